"""`newsgraph eval blocks`: the gold parser and a regression guard on the bundled gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.errors import EvalError
from newsgraph.evaluation.blocks import command, evaluate, parse_gold

DATA = Path(__file__).resolve().parent.parent / "newsgraph" / "evaluation" / "data"


def test_parse_gold_glued_markers_and_continuations() -> None:
    raw = (
        "# comment\n=== one\n@section Politik\n\n@title Ein Titel\n\n"
        "@lead Ein Teaser.\n@caption Bild von etwas@credit Foto: dpa\n\n"
        "@body Erste Zeile\nzweite Zeile.\n"
    )
    (doc,) = parse_gold(raw)
    assert doc.text == (
        "Politik\n\nEin Titel\n\nEin Teaser.\nBild von etwasFoto: dpa\n\nErste Zeile\nzweite Zeile."
    )
    got = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert got == [
        ("section", "Politik"), ("title", "Ein Titel"), ("lead", "Ein Teaser."),
        ("caption", "Bild von etwas"), ("credit", "Foto: dpa"),
        ("body", "Erste Zeile\nzweite Zeile."),
    ]


def test_parse_gold_errors() -> None:
    with pytest.raises(EvalError):
        parse_gold("no documents here")
    with pytest.raises(EvalError):
        parse_gold("=== x\nline without marker\n")


@pytest.mark.parametrize("name", ["blocks_dev.txt", "blocks_test.txt", "blocks_holdout.txt",
                                  "blocks_holdout2.txt"])
def test_no_reporting_is_skipped_on_gold_sets(name: str) -> None:
    per_kind, content, exact, _ = evaluate(parse_gold((DATA / name).read_text(encoding="utf-8")))
    # the important direction: reporting is never marked as furniture
    assert content["skip"].precision >= 0.99
    assert content["content"].recall >= 0.99
    assert content["skip"].recall >= 0.9
    assert exact["blocks"].f1 >= 0.9


def test_command_json() -> None:
    res = CliRunner().invoke(command, ["--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["documents"] >= 10
    assert set(out["content vs skipped per character"]) == {"content", "skip"}


def test_single_newline_variant_loses_no_reporting() -> None:
    from newsgraph.evaluation.blocks import collapse_blank_lines

    docs = [collapse_blank_lines(d) for d in parse_gold((DATA / "blocks_dev.txt").read_text(encoding="utf-8"))]
    assert all("\n\n" not in d.text for d in docs)
    for d in docs:
        for b in d.blocks:
            assert d.text[b.start : b.end].strip() == d.text[b.start : b.end]
    _, content, _, _ = evaluate(docs)
    assert content["skip"].precision >= 0.99 and content["content"].recall >= 0.99
