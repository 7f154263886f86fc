"""``newsgraph eval quotes``: token-overlap matching and the command on a tiny synthetic split."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.errors import EvalError
from newsgraph.evaluation.quotes import Annotation, align, command, evaluate, score_document


def ann(
    kind: str,
    quote: set[int],
    cue: frozenset[int] = frozenset(),
    speaker: frozenset[int] = frozenset(),
) -> Annotation:
    return Annotation(kind, frozenset(quote), frozenset(cue), frozenset(speaker))


def test_alignment_is_one_to_one_by_largest_overlap() -> None:
    pred = [ann("Direct", {1, 2, 3, 4}), ann("Direct", {3, 4, 5})]
    gold = [ann("Direct", {3, 4, 5, 6})]
    # overlaps of 2 and 3 tokens: the larger one wins, the other prediction stays unaligned
    assert align(pred, gold) == [(1, 0)]


def test_a_quotation_annotated_twice_aligns_by_speaker_not_by_list_order() -> None:
    # the gold marks one quotation twice: for the quoting medium (speaker 0) and for the quoted
    # person (speaker 1); both predictions cover it too, listed the other way round
    quote = {4, 5, 6}
    gold = [
        ann("Direct", quote, speaker=frozenset({0})),
        ann("Direct", quote, speaker=frozenset({1})),
    ]
    pred = [
        ann("Direct", quote, speaker=frozenset({1})),
        ann("Direct", quote, speaker=frozenset({0})),
    ]
    assert sorted(align(pred, gold)) == [(0, 1), (1, 0)]
    scores = score_document(pred, gold)
    assert scores.joint.tp == 6 and scores.speaker.tp == 2


_tokens = st.frozensets(st.integers(0, 12), max_size=5)
_annotations = st.lists(
    st.builds(
        Annotation, st.sampled_from(["Direct", "Indirect", "Reported"]), _tokens, _tokens, _tokens
    ),
    max_size=5,
)


@given(_annotations, _annotations, st.randoms(use_true_random=False))
def test_scores_do_not_depend_on_the_order_of_annotations(
    pred: list[Annotation], gold: list[Annotation], rnd: Any
) -> None:
    def counts(p: list[Annotation], g: list[Annotation]) -> list[tuple[int, int, int]]:
        sc = score_document(p, g)
        prfs = [sc.quote, sc.cue, sc.speaker, sc.joint, *sc.forms.values()]
        return [(m.tp, m.fp, m.fn) for m in prfs]

    shuffled_pred, shuffled_gold = list(pred), list(gold)
    rnd.shuffle(shuffled_pred)
    rnd.shuffle(shuffled_gold)
    assert counts(pred, gold) == counts(shuffled_pred, shuffled_gold)


def test_scores_count_tokens_and_joint_needs_speaker_and_cue() -> None:
    gold = [ann("Indirect", {5, 6, 7, 8}, cue=frozenset({2}), speaker=frozenset({0, 1}))]
    good = score_document(
        [ann("Indirect", {5, 6, 7}, cue=frozenset({2}), speaker=frozenset({1}))], gold
    )
    assert (good.quote.tp, good.quote.fp, good.quote.fn) == (3, 0, 1)
    assert good.joint.tp == 3 and good.speaker.tp == 1
    wrong_speaker = score_document(
        [ann("Indirect", {5, 6, 7}, cue=frozenset({2}), speaker=frozenset({9}))], gold
    )
    assert wrong_speaker.quote.tp == 3 and wrong_speaker.joint.tp == 0
    assert wrong_speaker.forms["Indirect"].tp == 3
    missing = score_document([], gold)
    assert missing.quote.fn == 4 and missing.quote.precision == 0.0


def _document(tmp: Path) -> Path:
    text = "Der Minister sagte, die Lage sei ernst. Es regnete."
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]

    def span(a: int, b: int) -> dict[str, object]:
        ids = [i for i, (s, e) in enumerate(toks) if s >= a and e <= b]
        spans = [{"charBegin": a, "charEnd": b, "begin": ids[0], "end": ids[-1] + 1}]
        return {"spans": spans, "text": text[a:b], "tokenIds": ids}

    q0 = text.index("die Lage")
    data = {
        "documentName": "1 - Test (2024-01-02)",
        "originalText": text,
        "tokens": [
            {"charBegin": s, "charEnd": e, "id": i, "text": text[s:e]}
            for i, (s, e) in enumerate(toks)
        ],
        "annotations": [
            {
                "type": "Indirect",
                "quote": span(q0, text.index(".")),
                "cue": span(text.index("sagte"), text.index("sagte") + 5),
                "speaker": span(0, text.index(" sagte")),
                "frame": span(0, q0),
                "addressee": {"spans": [], "text": "", "tokenIds": []},
            }
        ],
    }
    folder = tmp / "dev"
    folder.mkdir()
    (folder / "1 - Test (2024-01-02).pretty.json").write_text(json.dumps(data), "utf-8")
    return tmp


def test_command_json_on_synthetic_split(tmp_path: Path) -> None:
    root = _document(tmp_path)
    result = CliRunner().invoke(command, [str(root), "--claims-only", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["joint"]["f1"] == 1.0 and out["speaker"]["recall"] == 1.0
    assert out["forms"]["Indirect"]["f1"] == 1.0 and out["documents"] == 1


def test_missing_directory_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        from newsgraph.evaluation.quotes import document_files

        document_files(tmp_path / "nope", "dev")


@pytest.mark.shared
def test_dev_split_sample(shared_data: Path) -> None:
    folder = shared_data / "attribution" / "german_news_quotes" / "dev"
    files = sorted(folder.glob("*.json"))[:20]
    scores, failed = evaluate(files, None)
    assert failed == 0
    assert scores.quote.f1 > 0.4 and scores.speaker.f1 > 0.3


def test_command_reports_bootstrap_intervals(tmp_path: Path) -> None:
    root = _document(tmp_path)
    result = CliRunner().invoke(
        command, [str(root), "--claims-only", "--bootstrap", "50", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    # one document scored perfectly: every resample is that document again
    assert out["f1_interval_95"]["joint"] == [1.0, 1.0]
    assert set(out["f1_interval_95"]) == {"quote", "cue", "speaker", "joint"}
    table = CliRunner().invoke(command, [str(root), "--claims-only", "--bootstrap", "20"])
    assert "joint F1 95% interval (20 resamplings): 1.0000 - 1.0000" in table.output
