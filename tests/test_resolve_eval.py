"""The evaluation commands for entity resolution and name matching."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.evaluation.entities import B3, b3, load_gold
from newsgraph.evaluation.names import read_pairs

REPO = Path(__file__).resolve().parent.parent


def test_b3_textbook_example() -> None:
    # gold {1,2,3} {4,5}; response {1,2} {3,4,5}
    gold = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}
    resp = {1: "x", 2: "x", 3: "y", 4: "y", 5: "y"}
    m = B3()
    b3(gold, resp, m)
    assert abs(m.precision - (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5) < 1e-9
    assert abs(m.recall - (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5) < 1e-9


def test_b3_missing_response_is_singleton() -> None:
    m = B3()
    b3({1: "a", 2: "a"}, {1: "x"}, m)
    assert m.precision == 1.0 and m.recall == 0.5


def test_eval_names_command(tmp_path: Path) -> None:
    f = tmp_path / "pairs.tsv"
    f.write_text("# comment\nSchoigu\tShoigu\t1\tperson\nKim Jong-un\tKim Jong-il\t0\tperson\n"
                 "Kiew\tKyiv\t1\tplace\nMoskau\tMinsk\t1\tplace\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "names", str(f), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["overall"]["tp"] == 2 and out["overall"]["fn"] == 1 and out["overall"]["fp"] == 0
    assert out["place"]["recall"] == 0.5
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\tyes\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "names", str(bad)])
    assert res.exit_code == 2 and "expected name_a" in res.output


def test_eval_entities_command(tmp_path: Path) -> None:
    text = "Der Minister Hans Meier traf Anna Berg. Meier sagte, Berg sei klug."
    doc = {"id": "x", "text": text, "mentions": [
        {"start": text.index(s, p), "end": text.index(s, p) + len(s), "text": s, "label": "PERSON", "cluster": c}
        for s, p, c in [("Hans Meier", 0, "m"), ("Anna Berg", 0, "b"), ("Meier", 40, "m"), ("Berg", 50, "b")]]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "entities", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["B3 named"]["f1"] == 1.0 and out["documents"] == 1


def test_shipped_benchmarks_are_well_formed() -> None:
    pairs = read_pairs(REPO / "bench" / "names" / "name_pairs.tsv")
    assert len(pairs) > 3000 and {p[3] for p in pairs} == {"person", "place", "country"}
    assert any(p[2] for p in pairs) and not all(p[2] for p in pairs)
    for name in ("gold.jsonl", "heldout.jsonl"):
        docs, _ = load_gold(REPO / "bench" / "entities" / name, Path("/nonexistent"))
        assert docs and all(d["mentions"] for d in docs)  # offsets are checked while loading
