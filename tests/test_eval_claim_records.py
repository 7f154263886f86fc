"""``newsgraph eval claim-records``: stance, speaker entity, via and said of aligned claims."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.claims.stage import Found
from newsgraph.errors import EvalError
from newsgraph.evaluation.claim_records import (
    GoldRecord,
    Prediction,
    bundled_gold,
    command,
    read_gold,
    same_source,
    score_document,
)
from newsgraph.record import Claim, Entity, Span, TimeExpr

TEXT = (
    "Ministerin Anna Berger besuchte Leipzig. "
    "Laut der Zeitung Tagesblatt sagte sie am Dienstag, die Steuer werde steigen. "
    "Der Plan sei gut."
)


def _span(a: int, b: int, toks: list[tuple[int, int]]) -> dict[str, Any]:
    ids = [i for i, (s, e) in enumerate(toks) if s >= a and e <= b]
    spans = [{"charBegin": a, "charEnd": b, "begin": ids[0], "end": ids[-1] + 1}]
    return {"spans": spans, "text": TEXT[a:b], "tokenIds": ids}


def _at(word: str) -> tuple[int, int]:
    s = TEXT.index(word)
    return s, s + len(word)


def _data() -> dict[str, Any]:
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", TEXT)]
    empty = {"spans": [], "text": "", "tokenIds": []}
    q1 = (TEXT.index("die Steuer"), TEXT.index(". Der Plan"))
    q2 = (TEXT.index("Der Plan"), len(TEXT) - 1)
    return {
        "documentName": "7 - Synthetisch (2024-03-05)",
        "originalText": TEXT,
        "tokens": [{"charBegin": s, "charEnd": e, "text": TEXT[s:e]} for s, e in toks],
        "annotations": [
            {
                "type": "Indirect",
                "quote": _span(*q1, toks),
                "cue": _span(*_at("sagte"), toks),
                "speaker": _span(*_at("sie"), toks),
                "frame": empty,
                "addressee": empty,
            },
            {
                "type": "FreeIndirect",
                "quote": _span(*q2, toks),
                "cue": empty,
                "speaker": _span(*_at("sie"), toks),
                "frame": empty,
                "addressee": empty,
            },
        ],
    }


def _gold(data: dict[str, Any]) -> list[GoldRecord]:
    q = [
        tuple((s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"])
        for a in data["annotations"]
    ]
    return [
        GoldRecord(q[0], "future", _at("Anna Berger"), _at("Tagesblatt"), _at("am Dienstag")),
        GoldRecord(q[1], "reported", _at("Anna Berger")),
    ]


BERGER = Entity("e1", "PERSON", "Anna Berger", mentions=(Span(*_at("Anna Berger"), "Anna Berger"),))
PAPER = Entity("e2", "ORG", "Tagesblatt", mentions=(Span(*_at("Tagesblatt"), "Tagesblatt"),))
TUESDAY = TimeExpr("t1", *_at("am Dienstag"), "am Dienstag", "2024-03-05")


def _prediction(stance: str, speaker: str | None, via: str | None, said: str | None) -> Prediction:
    data = _data()
    q1 = data["annotations"][0]["quote"]["spans"][0]
    q1 = (q1["charBegin"], q1["charEnd"])
    found = [
        Found("Indirect", (q1,), (_at("sagte"),), _at("sie"), "c2"),
        Found("Reported", (q1,), (_at("Laut"),), _at("Zeitung Tagesblatt"), "c1"),
    ]
    claims = [
        Claim("c1", Span(*q1, TEXT[q1[0] : q1[1]]), "indirect", "reported", speaker="e2"),
        Claim(
            "c2",
            Span(*q1, TEXT[q1[0] : q1[1]]),
            "indirect",
            stance,  # type: ignore[arg-type]
            speaker=speaker,
            via=via,
            said=said,
        ),
    ]
    return Prediction(found, claims, [BERGER, PAPER], [TUESDAY])


def test_all_fields_right() -> None:
    data = _data()
    scores = score_document(data, _prediction("future", "e1", "c1", "t1"), _gold(data))
    # the second gold quotation has no prediction: not aligned, not scored
    assert scores.gold == 2 and scores.aligned == 1
    assert scores.stance == {("future", "future"): 1} and scores.stance_accuracy() == 1.0
    # the speaker phrase `sie` does not hold the name: the resolved subset counts it too
    assert scores.speaker == [1, 1] and scores.resolved == [1, 1]
    assert (scores.via.tp, scores.via.fp, scores.via.fn) == (1, 0, 0)
    assert (scores.said.tp, scores.said.fp, scores.said.fn) == (1, 0, 0)


def test_wrong_and_missing_fields() -> None:
    data = _data()
    scores = score_document(data, _prediction("reported", "e2", None, None), _gold(data))
    assert scores.stance == {("future", "reported"): 1}
    rows = scores.stance_rows()
    assert rows["future"].fn == 1 and rows["reported"].fp == 1
    assert scores.speaker == [0, 1] and scores.resolved == [0, 1]
    assert (scores.via.tp, scores.via.fn) == (0, 1) and (scores.said.tp, scores.said.fn) == (0, 1)


def test_an_unresolved_pronoun_is_no_speaker_entity() -> None:
    data = _data()
    scores = score_document(data, _prediction("future", None, "c1", "t1"), _gold(data))
    assert scores.speaker == [0, 1]


def test_same_source_by_mention_or_last_word() -> None:
    text = "Angela Merkel kam. Merkel sagte, Olaf Scholz sei gut."
    merkel = Entity("e1", "PERSON", "Merkel", mentions=(Span(19, 25, "Merkel"),))
    assert same_source(text, (0, 13), merkel, None)  # last words agree
    scholz = Entity("e2", "PERSON", "Olaf Scholz", mentions=(Span(33, 44, "Olaf Scholz"),))
    assert not same_source(text, (0, 13), scholz, (0, 13))  # an entity: its phrase is not used
    assert same_source(text, (0, 13), None, (0, 13))  # no entity: the phrase names it
    assert not same_source(text, (0, 13), None, (19, 25))
    assert not same_source(text, (0, 13), None, None)


def test_read_gold_rejects_bad_lines() -> None:
    ok = '{"doc": "d", "quotes": [{"quote": [[3, 9]], "stance": "alleged", "speaker": [0, 2]}]}'
    gold = read_gold([ok, ""], "g")
    assert gold["d"][0] == GoldRecord(((3, 9),), "alleged", (0, 2), None, None)
    with pytest.raises(EvalError, match="stance 'maybe'"):
        read_gold(['{"doc": "d", "quotes": [{"quote": [[3, 9]], "stance": "maybe"}]}'], "g")
    with pytest.raises(EvalError, match="g:1: expected null or"):
        read_gold(
            ['{"doc": "d", "quotes": [{"quote": [[3, 9]], "stance": "reported", "via": [5]}]}'],
            "g",
        )
    with pytest.raises(EvalError, match="not a claim-records gold line"):
        read_gold(["[1, 2]"], "g")


def test_command_runs_the_pipeline(tmp_path: Path) -> None:
    data = _data()
    split = tmp_path / "dev"
    split.mkdir()
    (split / "7.json").write_text(json.dumps(data), "utf-8")
    gold = {
        "doc": data["documentName"],
        "quotes": [
            {
                "quote": [list(s) for s in g.quote],
                "stance": g.stance,
                "speaker": list(g.speaker) if g.speaker else None,
                "via": list(g.via) if g.via else None,
                "said": list(g.said) if g.said else None,
            }
            for g in _gold(data)
        ],
    }
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps(gold) + "\n", "utf-8")
    res = CliRunner().invoke(command, [str(tmp_path), "--gold", str(gold_file), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["documents"] == 1 and out["gold quotations"] == 2
    assert out["aligned with a prediction"] >= 1
    assert {"via", "said", "stance accuracy"} <= set(out)
    missing = CliRunner().invoke(command, [str(tmp_path), "--split", "test"])
    assert isinstance(missing.exception, EvalError)
    assert "no claim-records gold" in str(missing.exception)


@pytest.mark.parametrize("split", ["dev", "train"])
def test_bundled_gold_parses(split: str) -> None:
    path = bundled_gold(split)
    gold = read_gold(path.read_text("utf-8").splitlines(), path.name)
    assert len(gold) >= 100
    assert sum(len(v) for v in gold.values()) >= 250


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev", "train"])
def test_bundled_gold_points_into_the_dataset(shared_data: Path, split: str) -> None:
    folder = shared_data / "attribution" / "german_news_quotes" / split
    docs = {}
    for p in folder.glob("*.json"):
        d = json.loads(p.read_text("utf-8"))
        docs[d["documentName"]] = d
    gold = read_gold(bundled_gold(split).read_text("utf-8").splitlines(), split)
    for name, records in gold.items():
        data = docs[name]
        quotes = {
            tuple((s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"])
            for a in data["annotations"]
        }
        n = len(data["originalText"])
        for r in records:
            assert r.quote in quotes
            for span in (r.speaker, r.via, r.said):
                assert span is None or span[1] <= n
