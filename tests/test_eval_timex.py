"""``newsgraph eval timex`` on a tiny hand-made corpus in the WikiWarsDE format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.errors import EvalError
from newsgraph.evaluation.timex import command, evaluate, load_corpus

FIXTURE = Path(__file__).parent / "data" / "timex_wikiwars"


def test_reader_maps_byte_offsets_to_characters() -> None:
    (doc,) = load_corpus(FIXTURE)
    assert doc.dct == "2011-02-16"
    assert [g.text for g in doc.gold][:3] == ["2011-02-16T17:00:00", "28. Juli 1914", "30. Juli"]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)  # text after "Überblick"
    heute = doc.gold[-1]
    assert (heute.value, heute.anchor) == ("PRESENT_REF", "2011-02-16")


def test_metrics_on_fixture() -> None:
    res = evaluate(load_corpus(FIXTURE))
    relaxed, value = res["relaxed"], res["value"]
    assert relaxed.tp == 6 and relaxed.fp == 0 and relaxed.fn == 0  # type: ignore[union-attr]
    assert value.tp == 6  # type: ignore[union-attr]
    assert res["value_accuracy"] == 1.0


def test_cli_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["relaxed"]["f1"] == 1.0 and data["documents"] == 1
    assert set(data) >= {"strict", "relaxed", "value", "value_accuracy"}


def test_cli_table() -> None:
    result = CliRunner().invoke(command, [str(FIXTURE)])
    assert result.exit_code == 0 and "relaxed" in result.output


def test_wrong_layout_raises(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        load_corpus(tmp_path)


def test_bad_offsets_raise(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "c")
    key = tmp_path / "c" / "key" / "mini.key.apf.xml"
    key.write_text(key.read_text(encoding="utf-8").replace('START="', 'START="1', 1), encoding="utf-8")
    with pytest.raises(EvalError):
        load_corpus(tmp_path / "c")


@pytest.mark.shared
def test_wikiwars_de_targets(shared_data: Path) -> None:
    corpus = shared_data / "time" / "wikiwars_de"
    if not corpus.is_dir():
        pytest.skip("WikiWarsDE not available")
    res = evaluate(load_corpus(corpus))
    assert res["relaxed"].f1 >= 0.90  # type: ignore[union-attr]
    assert res["value"].f1 >= 0.85  # type: ignore[union-attr]
