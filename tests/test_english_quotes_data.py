"""Consistency of the English quotation-attribution set in bench/data/english_quotes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data" / "english_quotes"
TYPES = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
PARTS = ("quote", "cue", "speaker", "addressee", "frame")
FILES = sorted(DATA.glob("*/*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_document_counts_per_split() -> None:
    assert len(list((DATA / "dev").glob("*.json"))) == 50
    assert len(list((DATA / "test").glob("*.json"))) == 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:4])
def test_tokens_and_sentences_match_text(path: Path) -> None:
    doc = _load(path)
    text = doc["originalText"]
    assert re.search(r"\(\d{4}-\d{2}-\d{2}\)$", doc["documentName"])
    assert path.name == doc["documentName"] + ".json"
    tokens = doc["tokens"]
    prev_end = 0
    for i, tok in enumerate(tokens):
        assert tok["id"] == i
        assert text[tok["charBegin"] : tok["charEnd"]] == tok["text"]
        assert tok["charBegin"] >= prev_end and tok["text"].strip() == tok["text"] != ""
        assert text[prev_end : tok["charBegin"]].strip() == ""
        prev_end = tok["charEnd"]
    assert text[prev_end:].strip() == ""
    covered = []
    for k, sent in enumerate(doc["sentences"]):
        assert sent["id"] == k
        ids = list(range(sent["begin"], sent["end"]))
        assert sent["tokenIds"] == ids and ids
        covered.extend(ids)
        assert sent["tokens"] == [tokens[i]["text"] for i in ids]
        assert sent["charBegin"] == tokens[ids[0]]["charBegin"]
        assert sent["charEnd"] == tokens[ids[-1]]["charEnd"]
        assert text[sent["charBegin"] : sent["charEnd"]] == sent["text"]
        for w, i in enumerate(ids, 1):
            assert tokens[i]["sentence"] == k + 1 and tokens[i]["word"] == w
    assert covered == list(range(len(tokens)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:4])
def test_annotation_spans_match_tokens(path: Path) -> None:
    doc = _load(path)
    text = doc["originalText"]
    tokens = doc["tokens"]
    for n, ann in enumerate(doc["annotations"]):
        assert ann["id"] == n and ann["type"] in TYPES
        assert ann["quote"]["spans"], f"annotation {n} has no quote"
        for key in PARTS:
            part = ann[key]
            ids: list[int] = []
            for span in part["spans"]:
                b, e = span["begin"], span["end"]
                assert 0 <= b < e <= len(tokens)
                assert span["charBegin"] == tokens[b]["charBegin"]
                assert span["charEnd"] == tokens[e - 1]["charEnd"]
                ids.extend(range(b, e))
            assert part["tokenIds"] == ids
            pieces = [text[s["charBegin"] : s["charEnd"]] for s in part["spans"]]
            assert part["text"] == " ".join(pieces)
        if ann["type"] == "Direct":
            quote = ann["quote"]["text"]
            begin = ann["quote"]["spans"][0]["charBegin"]
            if re.search(r"\n\n[A-Z][\w .'-]*: $", text[:begin]):
                continue  # a Q&A answer turn (`Name: ...`, README sixth batch): no marks
            assert quote.startswith('"') and quote.rstrip(".").endswith('"')


def test_every_type_occurs_in_both_splits() -> None:
    for split in ("dev", "test"):
        kinds = {a["type"] for p in (DATA / split).glob("*.json") for a in _load(p)["annotations"]}
        assert kinds == TYPES, split


def test_files_equal_a_fresh_build() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "english_quotes_build.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
