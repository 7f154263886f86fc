"""Passive `wie` frames (`passive_wie_frames.py`): the phrase between `wie` and a passive
participle is no speaker; the `von` agent is, or nobody; hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_passive_wie_frame_without_agent_names_nobody() -> None:
    doc = tagged(
        "Die/ART Regel/NN gilt/VVFIN nur/ADV bei/APPR Gefahr/NN ,/$, wie/KOUS dieser/PDAT "
        "Grundsatz/NN im/APPRART Gesetz/NN formuliert/VVPP wird/VAFIN ./$."
    )
    assert layer(doc) == [("Indirect", "Die Regel gilt nur bei Gefahr", None)]


def test_passive_wie_frame_speaks_through_its_agent_not_its_dative() -> None:
    doc = tagged(
        "Die/ART Brücke/NN bleibt/VVFIN gesperrt/ADJD ,/$, wie/KOUS dem/ART Sender/NN "
        "von/APPR der/ART Stadtverwaltung/NN mitgeteilt/VVPP wurde/VAFIN ./$."
    )
    assert layer(doc) == [("Indirect", "Die Brücke bleibt gesperrt", "der Stadtverwaltung")]


def test_active_wie_frame_keeps_its_subject() -> None:
    doc = tagged(
        "Die/ART Brücke/NN bleibt/VVFIN gesperrt/ADJD ,/$, wie/KOUS die/ART "
        "Stadtverwaltung/NN mitgeteilt/VVPP hat/VAFIN ./$."
    )
    assert layer(doc) == [("Indirect", "Die Brücke bleibt gesperrt", "die Stadtverwaltung")]
