"""Consistency of the quotation-attribution sets written for newsgraph (bench/data/english_quotes,
bench/data/german_quotes): tokens, sentences and spans against the text, the claim-records gold of
the German set, and the JSON files against a fresh build of their YAML sources."""

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
GERMAN = REPO / "bench" / "data" / "german_quotes"
TYPES = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
PARTS = ("quote", "cue", "speaker", "addressee", "frame")
FILES = sorted(DATA.glob("*/*.json")) + sorted(GERMAN.glob("*/*.json"))
#: opening and closing quotation marks a Direct quote span starts and ends with
OPENING = {"english_quotes": '"', "german_quotes": '„»«"'}
CLOSING = {"english_quotes": '"', "german_quotes": '“«»"'}


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@pytest.mark.parametrize(
    ("data", "split", "count"),
    [
        (DATA, "dev", 50),
        (DATA, "test", 30),
        (GERMAN, "dev", 37),
        (GERMAN, "test", 35),
        (GERMAN, "dev2", 12),
        (GERMAN, "test2", 12),
    ],
)
def test_document_counts_per_split(data: Path, split: str, count: int) -> None:
    assert len(list((data / split).glob("*.json"))) == count


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name[:2]}-{p.name[:4]}")
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


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name[:2]}-{p.name[:4]}")
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
            marks = path.parent.parent.name
            assert quote[0] in OPENING[marks] and quote.rstrip(".")[-1] in CLOSING[marks], quote


@pytest.mark.parametrize("data", [DATA, GERMAN], ids=lambda p: p.name)
def test_every_type_occurs_in_both_splits(data: Path) -> None:
    for split in ("dev", "test"):
        kinds = {a["type"] for p in (data / split).glob("*.json") for a in _load(p)["annotations"]}
        assert kinds == TYPES, split


@pytest.mark.parametrize("split", ["dev", "test", "dev2", "test2"])
def test_german_claim_records_name_annotations_of_their_documents(split: str) -> None:
    from newsgraph.evaluation.claim_records import STANCE_CLASSES, read_gold

    gold_file = GERMAN / f"claim_records_{split}.jsonl"
    gold = read_gold(gold_file.read_text("utf-8").splitlines(), gold_file.name)
    docs = {p.name[: -len(".json")]: _load(p) for p in (GERMAN / split).glob("*.json")}
    assert set(gold) == set(docs)
    stances = set()
    for name, records in gold.items():
        doc = docs[name]
        text = doc["originalText"]
        quotes = {
            tuple((s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"])
            for a in doc["annotations"]
        }
        for rec in records:
            assert tuple(rec.quote) in quotes
            stances.add(rec.stance)
            for span in (rec.speaker, rec.via, rec.said):
                if span is not None:
                    assert 0 <= span[0] < span[1] <= len(text)
                    assert text[span[0] : span[1]].strip() == text[span[0] : span[1]]
    assert stances <= set(STANCE_CLASSES)
    assert {"reported", "alleged", "future"} <= stances


@pytest.mark.parametrize("name", ["english", "german"])
def test_files_equal_a_fresh_build(name: str) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "quotes_build.py"), name, "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
