"""Reported speech that is none: questions and namings with `man` (invented German sentences,
hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_a_question_with_a_speech_verb_is_no_reported_speech() -> None:
    doc = tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE fordert/VVFIN also/ADV höhere/ADJA Löhne/NN ?/$."
    )
    assert layer(doc) == []


def test_the_same_statement_without_the_question_mark_is_reported() -> None:
    doc = tagged("Die/ART Gewerkschaft/NN Verdi/NE fordert/VVFIN höhere/ADJA Löhne/NN ./$.")
    assert layer(doc) == [
        ("Reported", "Die Gewerkschaft Verdi fordert höhere Löhne.", "Die Gewerkschaft Verdi")
    ]


def test_a_naming_with_man_after_the_verb_is_no_claim_of_the_fronted_noun() -> None:
    doc = tagged(
        "Lastensegler/NN nannte/VVFIN man/PIS Flugzeuge/NN ,/$, die/PRELS ohne/APPR "
        "Motor/NN flogen/VVFIN ./$."
    )
    assert layer(doc) == []


def test_a_naming_by_a_named_speaker_stays_reported() -> None:
    doc = tagged(
        "Minister/NN Max/NE Huber/NE nannte/VVFIN den/ART Plan/NN einen/ART Fehler/NN ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Minister Max Huber nannte den Plan einen Fehler.",
            "Minister Max Huber",
        )
    ]
