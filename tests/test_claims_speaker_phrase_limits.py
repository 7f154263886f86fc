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


def test_name_apposition_after_a_description_after_the_verb() -> None:
    # the subject after the verb is a description; the name between commas belongs to it
    doc = tagged(
        "Dann/ADV hat/VAFIN sich/PRF die/ART Leiterin/NN des/ART/Case=Gen Bauamts/NN/Case=Gen "
        ",/$, Lena/NE Korff/NE ,/$, gegen/APPR den/ART Plan/NN ausgesprochen/VVPP und/KON "
        "behauptet/VVPP ,/$, die/ART Kosten/NN seien/VAFIN/Mood=Sub zu/PTKA hoch/ADJD ./$.",
        persons=("Lena Korff",),
    )
    assert speakers(doc) == ["die Leiterin des Bauamts , Lena Korff"]


def test_name_opening_the_content_is_no_apposition() -> None:
    # `, Lena Korff habe ...`: the name is the subject of the reported clause
    doc = tagged(
        "Am/APPRART Montag/NN sagte/VVFIN die/ART Leiterin/NN des/ART/Case=Gen "
        "Bauamts/NN/Case=Gen ,/$, Lena/NE Korff/NE habe/VAFIN/Mood=Sub den/ART Plan/NN "
        "gekannt/VVPP ./$.",
        persons=("Lena Korff",),
    )
    assert speakers(doc) == ["die Leiterin des Bauamts"]


def test_object_of_the_verb_before_the_comma_is_no_description_of_the_name() -> None:
    doc = tagged(
        "Jonas/NE Feld/NE nannte/VVFIN seinen/PPOSAT Fehler/NN „/$( unnötig/ADJD “/$( ,/$, "
        "Trainer/NN Max/NE Muster/NE bezeichnete/VVFIN die/ART Strafe/NN als/KOKOM „/$( "
        "viel/ADV zu/PTKA hart/ADJD “/$( ./$.",
        persons=("Jonas Feld", "Max Muster"),
    )
    assert "Trainer Max Muster" in speakers(doc)
    assert not any(s and s.startswith("seinen") for s in speakers(doc))


def test_article_before_a_possessive_opinion_phrase_is_no_part_of_it() -> None:
    # `Die seiner Ansicht nach teure Reform`: the article belongs to `Reform`
    doc = tagged(
        "Er/PPER kritisierte/VVFIN die/ART seiner/PPOSAT Ansicht/NN nach/APPO viel/ADV zu/PTKA "
        "teure/ADJA Reform/NN der/ART Bahn/NN ./$.",
    )
    assert "seiner Ansicht" in speakers(doc)
    assert "die seiner Ansicht" not in speakers(doc)


def test_quoted_name_before_zufolge_begins_with_its_article() -> None:
    doc = tagged(
        "Zudem/ADV lobte/VVFIN der/ART Minister/NN dem/ART „/$( Kurier/NE “/$( zufolge/APPO "
        "die/ART Polizei/NN ./$.",
    )
    assert "dem „ Kurier “" in speakers(doc)
