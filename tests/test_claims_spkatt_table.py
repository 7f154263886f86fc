"""The SpkAtt cue table (``training/spkatt_table.py``, a rejected experiment the shipped lexicon
does not read): reading and writing it, which rows it selects, the frame verbs it would add to
the German lexicon, and their use in a frame.  Invented rows and hand-tagged invented sentences;
the committed table is only checked for form."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from claims_docs import hand_tagged, layer

import newsgraph.claims.lexicon as lexicon_module
import newsgraph.claims.stage as stage_module
import training
from newsgraph.claims.lexicon import Lexicon, build_lexicon, load_lexicon
from newsgraph.errors import ConfigError
from training.spkatt_table import (
    CueRow,
    CueTable,
    Selection,
    format_table,
    load_spkatt_table,
    parse_table,
    with_table_cues,
)

ON = Selection(min_cues=5, min_rate=0.5, min_clause=0.3, max_first=0.5, enabled=True)


def row(lemma: str, occ: int, cues: int, clause: int, first: int = 0, **kw: object) -> CueRow:
    patterns = (("clause", clause), ("message", cues), ("src_first", first))
    return CueRow("verb", lemma, occ, cues, patterns, **kw)  # type: ignore[arg-type]


@pytest.fixture()
def german_data() -> dict[str, object]:
    text = (lexicon_module.resources.files("newsgraph.claims") / "cues_de.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


# ---- the file format -------------------------------------------------------------------------


def test_table_round_trip_keeps_rows_and_selection() -> None:
    rows = [
        row("folgen", 20, 10, 6, particle="", forms=(("folgte", "VVFIN"),)),
        row("zusammenfügen", 8, 8, 3, particle="zusammen"),
    ]
    text = format_table(rows, ON, "invented rows\nsecond line")
    assert text.startswith("# invented rows\n# second line\n#@ select ")
    table = parse_table(text)
    assert table.rows == tuple(rows)
    assert table.selection == ON
    assert table.rows[0].rate == 0.5 and table.rows[0].share("clause") == 0.6


def test_select_line_without_enabled_selects_nothing() -> None:
    text = (
        "#@ select min_cues=1 min_rate=0 min_clause=0\n"
        + format_table([row("folgen", 10, 10, 10)], ON, "").split("\n", 2)[2]
    )
    table = parse_table(text)
    assert not table.selection.enabled
    assert table.selected("verb") == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verb\tfolgen\t\t10\n", "columns"),
        ("verb\tfolgen\t\tzehn\t5\t0.5\tclause=1\t\n", "integers"),
        ("verb\tfolgen\t\t10\t5\t0.5\tclause\t\n", "name=value"),
        ("#@ select min_cues=x min_rate=0 min_clause=0\n", "select"),
    ],
)
def test_malformed_table_raises_config_error(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_table(text)


# ---- selection -----------------------------------------------------------------------------


def test_selection_needs_count_rate_complements_and_few_first_person_sources() -> None:
    assert ON.accepts(row("folgen", 10, 8, 4))
    assert not ON.accepts(row("folgen", 10, 4, 4))  # too few cue uses
    assert not ON.accepts(row("folgen", 40, 8, 4))  # a cue in one use of five
    assert not ON.accepts(row("folgen", 10, 8, 1))  # rarely with a complement
    assert not ON.accepts(row("folgen", 10, 8, 4, first=6))  # mostly `ich ...`: own thoughts
    assert not dataclasses.replace(ON, enabled=False).accepts(row("folgen", 10, 8, 4))


# ---- the verbs it adds to the lexicon -----------------------------------------------------


def test_disabled_or_empty_table_leaves_the_lexicon_data_as_it_is(
    german_data: dict[str, object],
) -> None:
    assert with_table_cues(german_data, CueTable()) is german_data
    committed = load_spkatt_table()
    assert not committed.selection.enabled  # the experiment was rejected
    assert with_table_cues(german_data, committed) is german_data


def test_the_shipped_lexicon_is_the_hand_written_one(german_data: dict[str, object]) -> None:
    shipped = load_lexicon("de")
    assert shipped == build_lexicon("de", german_data)


def test_known_verbs_are_not_replaced(german_data: dict[str, object]) -> None:
    table = CueTable((row("sagen", 10, 10, 10),), ON)
    assert with_table_cues(german_data, table) is german_data


def test_selected_verbs_become_complement_frames(german_data: dict[str, object]) -> None:
    table = CueTable(
        (
            row("zeigen", 20, 18, 10),
            row("zusammenfassen", 8, 8, 5, particle="zusammen"),
            row(
                "verschweigen",
                6,
                6,
                4,
                forms=(("verschwieg", "VVFIN"), ("verschwiegen", "VVPP")),
            ),
            row("wissen", 20, 20, 10, first=15),  # first person: not taken
            row("kennen", 20, 20, 10, forms=(("kennt", "VVFIN"), ("kannte", "VVFIN"))),
        ),
        ON,
    )
    lex = build_lexicon("de", with_table_cues(german_data, table))
    kinds = {
        w: {(m.verb.lemma, m.kind, m.verb.reported) for m in lex.verb_matches(w)}
        for w in ("zeigte", "gezeigt", "fasste", "zusammengefasst", "verschwieg", "weiß", "kannte")
    }
    assert kinds["zeigte"] == {("zeigen", "finite", False)}
    assert kinds["gezeigt"] == {("zeigen", "participle", False)}
    assert ("zusammenfassen", "separated", False) in kinds["fasste"]
    assert kinds["zusammengefasst"] == {("zusammenfassen", "participle", False)}
    assert kinds["verschwieg"] == {("verschweigen", "finite", False)}
    assert not kinds["weiß"]
    assert kinds["kannte"] == {("kennen", "finite", False)}  # observed irregular form
    # a Konjunktiv I cue mostly sits inside someone else's indirect speech
    assert not lex.verb_matches("zeige")


@pytest.fixture()
def table_enabled(
    monkeypatch: pytest.MonkeyPatch, german_data: dict[str, object]
) -> Iterator[None]:
    table = CueTable((row("zeigen", 20, 18, 10),), ON)
    lexicon = build_lexicon("de", with_table_cues(german_data, table))

    def with_table(language: str) -> Lexicon:
        return lexicon if language.startswith("de") else load_lexicon(language)

    monkeypatch.setattr(stage_module, "load_lexicon", with_table)
    yield
    monkeypatch.undo()


SENTENCE = (
    "Die/ART Untersuchung/NN zeigte/VVFIN ,/$, dass/KOUS die/ART Preise/NN "
    "gestiegen/VVPP seien/VAFIN/Mood=Sub ./$."
)


def test_without_the_table_the_verb_frames_nothing() -> None:
    assert layer(hand_tagged([[SENTENCE]])) == []


@pytest.mark.usefixtures("table_enabled")
def test_a_table_verb_frames_a_dass_clause() -> None:
    assert layer(hand_tagged([[SENTENCE]])) == [
        ("Indirect", "dass die Preise gestiegen seien", "Die Untersuchung")
    ]


@pytest.mark.usefixtures("table_enabled")
def test_a_table_verb_frames_no_reported_speech() -> None:
    doc = hand_tagged([["Die/ART Untersuchung/NN zeigte/VVFIN große/ADJA Lücken/NN ./$."]])
    assert layer(doc) == []


# ---- the committed table -------------------------------------------------------------------


def test_committed_table_has_attribution_and_rows() -> None:
    text = (Path(training.__file__).resolve().parent / "spkatt_cues.tsv").read_text("utf-8")
    assert "CC BY-SA 4.0" in text and "SpkAtt" in text
    table = parse_table(text)
    lemmas = {r.lemma for r in table.rows if r.kind == "verb"}
    assert {"sagen", "fordern"} <= lemmas
    assert all(r.cues <= r.occurrences for r in table.rows if r.kind != "mwe")
