"""``newsgraph eval events`` on a tiny fixture (records given with --pred, no other stage)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.evaluation.events import align, command, score
from newsgraph.record import Actor, Article, Event, Span

TEXT = "Die Polizei nahm in Hamburg fünf Männer fest. Die Armee griff das Dorf an."


def _gold() -> dict:
    i = TEXT.index("nahm")
    j = TEXT.index("griff")
    return {
        "doc": "fixture-1",
        "text": TEXT,
        "events": [
            {
                "type": "COERCE", "trigger": {"start": i, "end": i + 4, "text": "nahm"}, "mentions": [],
                "actors": [{"text": "Polizei", "country": "DEU", "sector": "POL"}],
                "targets": [{"text": "fünf Männer", "country": None, "sector": "CVL"}],
                "time": None, "place": {"start": TEXT.index("Hamburg"), "end": TEXT.index("Hamburg") + 7, "text": "Hamburg"},
                "stance": "asserted",
            },
            {
                "type": "ASSAULT", "trigger": {"start": j, "end": j + 5, "text": "griff"}, "mentions": [],
                "actors": [{"text": "Armee", "country": "DEU", "sector": "MIL"}], "targets": [],
                "time": None, "place": None, "stance": "asserted",
            },
        ],
    }


def _pred() -> Article:
    i = TEXT.index("nahm")
    j = TEXT.index("griff")
    return Article(
        id="fixture-1", text=TEXT,
        events=(
            Event(id="ev1", type="COERCE", trigger=Span(i, i + 4, "nahm"), actors=(Actor("Die Polizei", None, "DEU", "POL"),),
                  targets=(Actor("fünf Männer", None, None, "CVL"),), place="Hamburg"),
            Event(id="ev2", type="ASSAULT", trigger=Span(j, j + 5, "griff"), actors=(Actor("Die Armee", None, "RUS", "MIL"),)),
        ),
    )


def test_score_counts_each_tier() -> None:
    result = score([_gold()], [_pred()])
    rows = result["rows"]
    assert rows["type"].tp == 2 and rows["type"].fp == 0
    assert rows["type+actor_country"].tp == 1  # the army is coded RUS, gold says DEU
    assert rows["type+actor+target"].tp == 1
    assert result["extra"]["place_acc"] == 1.0


def test_alignment_uses_trigger_overlap() -> None:
    assert align(TEXT, _gold()["events"], list(_pred().events)) == [(0, 0), (1, 1)]


def test_eval_command_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold(), ensure_ascii=False) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(_pred().to_json() + "\n", encoding="utf-8")
    res = CliRunner().invoke(command, [str(gold), "--pred", str(pred), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["type"]["f1"] == 1.0
    assert out["type+actor+target"]["precision"] == 0.5
    assert out["stance_acc"] == 1.0 and out["articles"] == 1
    table = CliRunner().invoke(command, [str(gold), "--pred", str(pred)])
    assert "type+actor+target" in table.output


def test_eval_command_reports_bad_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"nope": 1}\n', encoding="utf-8")
    res = CliRunner().invoke(command, [str(bad), "--pred", str(bad)])
    assert res.exit_code != 0
    assert "events" in str(res.exception) or "events" in res.output


def test_dev_set_offsets_match_the_corpus(shared_data: Path, repo_root: Path) -> None:
    from newsgraph.evaluation.events import _load_corpus, article_for, load_gold

    gold = load_gold(repo_root / "bench" / "events_dev" / "gold.jsonl")
    assert len(gold) >= 40
    corpus = _load_corpus(shared_data / "news" / "wikinews_de.jsonl", {g["doc"] for g in gold})
    for rec in gold:
        art = article_for(rec, corpus)
        for ev in rec["events"]:
            tr = ev["trigger"]
            assert art.text[tr["start"] : tr["end"]] == tr["text"]
