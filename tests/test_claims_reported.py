"""Reported speech in the perfect tense (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_present_perfect_demand_with_an_object_is_reported() -> None:
    doc = tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE hat/VAFIN eine/ART Untersuchung/NN des/ART Unfalls/NN "
        "gefordert/VVPP ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Die Gewerkschaft Verdi hat eine Untersuchung des Unfalls gefordert.",
            "Die Gewerkschaft Verdi",
        )
    ]


def test_present_perfect_announcement_with_a_named_subject_is_reported() -> None:
    doc = tagged(
        "Der/ART Bürgermeister/NN Max/NE Huber/NE hat/VAFIN neue/ADJA Radwege/NN "
        "angekündigt/VVPP ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Der Bürgermeister Max Huber hat neue Radwege angekündigt.",
            "Der Bürgermeister Max Huber",
        )
    ]


def test_present_perfect_accusation_with_two_objects_is_reported() -> None:
    doc = tagged(
        "Minister/NN Max/NE Huber/NE hat/VAFIN der/ART Firma/NN Betrug/NN vorgeworfen/VVPP ./$."
    )
    assert layer(doc) == [
        ("Reported", "Minister Max Huber hat der Firma Betrug vorgeworfen.", "Minister Max Huber")
    ]


def test_pluperfect_announcement_stays_background() -> None:
    # (a demand in the pluperfect is reported speech: tests/test_claims_s23.py)
    doc = tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE hatte/VAFIN eine/ART Untersuchung/NN des/ART Unfalls/NN "
        "angekündigt/VVPP ./$."
    )
    assert layer(doc) == []


def test_present_perfect_agreement_is_no_reported_speech() -> None:
    doc = tagged(
        "Bonn/NE und/KON Köln/NE haben/VAFIN eine/ART Partnerschaft/NN vereinbart/VVPP ./$."
    )
    assert layer(doc) == []


def test_present_perfect_demand_of_an_unnamed_group_stays_background() -> None:
    doc = tagged(
        "Die/ART Gewerkschaft/NN hat/VAFIN eine/ART Untersuchung/NN des/ART Unfalls/NN "
        "gefordert/VVPP ./$."
    )
    assert layer(doc) == []


def test_perfect_demand_in_a_later_clause_is_not_read_as_reported() -> None:
    doc = tagged(
        "Der/ART Streik/NN dauert/VVFIN an/PTKVZ ,/$, weil/KOUS die/ART Gewerkschaft/NN Verdi/NE "
        "mehr/PIAT Lohn/NN gefordert/VVPP hat/VAFIN ./$."
    )
    assert all(kind != "Reported" for kind, _, _ in layer(doc))
