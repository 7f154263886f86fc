"""``newsgraph eval pos`` on a small CoNLL-U fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.errors import EvalError
from newsgraph.evaluation.pos import command, evaluate, parse_range
from newsgraph.nlp.conllu import read_conllu

FIXTURE = Path(__file__).parent / "fixtures" / "pos_small.conllu"


def test_reader_merges_contractions() -> None:
    sents = list(read_conllu(FIXTURE))
    assert [len(s.tokens) for s in sents] == [8, 9]
    am = sents[1].tokens[0]
    assert (am.form, am.lemma, am.upos, am.xpos) == ("Am", "an", "ADP", "APPRART")
    assert "Case=Dat" in am.feats
    split = list(read_conllu(FIXTURE, merge_contractions=False))
    assert len(split[1].tokens) == 11


def test_evaluate_scores_are_fractions_and_mostly_right() -> None:
    result = evaluate(list(read_conllu(FIXTURE)))
    assert result["tokens"] == 17
    assert 0.8 <= result["upos"] <= 1.0
    assert 0.0 <= result["all_feats"] <= 1.0
    assert result["feats"]["Mood"] == 1.0  # sagte = Ind, sei = Sub, kamen = Ind
    assert set(result["feats"]) >= {"Case", "Number", "Mood", "VerbForm"}


def test_cli_json_and_table() -> None:
    runner = CliRunner()
    out = runner.invoke(command, [str(FIXTURE), "--json", "--range", "0:1"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["sentences"] == 1 and data["tokens"] == 8
    table = runner.invoke(command, [str(FIXTURE)])
    assert table.exit_code == 0 and "upos" in table.output and "feats:Case" in table.output


def test_bad_inputs(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        list(read_conllu(tmp_path / "missing.conllu"))
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tnur\tzwei\n", encoding="utf-8")
    with pytest.raises(EvalError):
        list(read_conllu(bad))
    assert parse_range("2:5", 10) == slice(2, 5)
    assert parse_range(None, 10) == slice(0, 10)


def test_heldout_ud_accuracy_does_not_regress(shared_data: Path) -> None:
    """PUD sentences 800:1000 are never trained on (docs/models/tagger.md)."""
    sents = list(read_conllu(shared_data / "ud" / "de_pud-ud.conllu"))[800:1000]
    result = evaluate(sents)
    assert result["upos"] >= 0.93
    assert result["lemma"] >= 0.94
