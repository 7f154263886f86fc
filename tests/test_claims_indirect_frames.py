"""Frame shapes of indirect speech (`frame_shapes.py`, `attribution.py`): `wie` clauses that
compare or ask are no source frames; hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_wie_frame_with_a_source_reports_the_sentence() -> None:
    doc = tagged(
        "Wie/KOUS die/ART Polizei/NN mitteilte/VVFIN ,/$, wurde/VAFIN die/ART Straße/NN "
        "gesperrt/VVPP ./$."
    )
    assert layer(doc) == [("Indirect", "wurde die Straße gesperrt", "die Polizei")]


def test_a_bare_participle_after_wie_is_no_frame() -> None:
    doc = tagged(
        "Die/ART Straße/NN wurde/VAFIN ,/$, wie/KOUS angekündigt/VVPP ,/$, am/APPRART "
        "Montag/NN gesperrt/VVPP ./$."
    )
    assert layer(doc) == []


def test_wie_after_so_and_an_adjective_compares() -> None:
    doc = tagged(
        "Die/ART Rede/NN war/VAFIN so/ADV kurz/ADJD ,/$, wie/KOUS die/ART Gäste/NN "
        "erwartet/VVPP hatten/VAFIN ./$."
    )
    assert layer(doc) == []


def test_wie_before_a_degree_word_asks() -> None:
    doc = tagged(
        "Es/PPER kommt/VVFIN nicht/PTKNEG darauf/PROAV an/PTKVZ ,/$, wie/PWAV lange/ADV "
        "jemand/PIS die/ART Aktie/NN hält/VVFIN ./$."
    )
    assert layer(doc) == []
