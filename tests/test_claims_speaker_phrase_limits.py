"""Limits of speaker phrases set by German word order, on invented hand-tagged sentences
(``word/TAG[/morph]`` notation of ``test_claims_speakers.py``)."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged


def test_apposition_closed_by_the_finite_verb_of_the_vorfeld() -> None:
    # one phrase before the finite verb: the apposition needs no closing comma
    doc = tagged(
        "Nach/APPR Angaben/NN von/APPR Jan/NE Berg/NE ,/$, dem/ART/Case=Dat Leiter/NN/Case=Dat "
        "der/ART/Case=Gen Feuerwehr/NN/Case=Gen sind/VAFIN zwei/CARD Häuser/NN "
        "beschädigt/VVPP worden/VAPP ./$.",
        persons=("Jan Berg",),
    )
    assert speakers(doc) == ["Angaben von Jan Berg , dem Leiter der Feuerwehr"]


def test_relative_clause_in_the_vorfeld_is_no_apposition() -> None:
    doc = tagged(
        "Nach/APPR Angaben/NN von/APPR Jan/NE Berg/NE ,/$, der/PRELS die/ART Feuerwehr/NN "
        "leitet/VVFIN ,/$, sind/VAFIN zwei/CARD Häuser/NN beschädigt/VVPP worden/VAPP ./$.",
        persons=("Jan Berg",),
    )
    assert speakers(doc) == ["Angaben von Jan Berg"]
