"""Quotations introduced by a noun of wording: slogans, inscriptions, statements (invented
German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import cues, layer
from claims_docs import tagged_paragraphs as tagged


def test_slogan_of_the_clause_subject() -> None:
    doc = tagged(
        "Im/APPRART Vorfeld/NN haben/VAFIN Anhänger/NN der/ART Gruppe/NN mit/APPR der/ART "
        "Parole/NN „/$( Wir/PPER kommen/VVFIN wieder/ADV “/$( gedroht/VVPP ./$."
    )
    assert layer(doc) == [("Direct", "„Wir kommen wieder“", "Anhänger der Gruppe")]
    assert {"haben", "Parole"} <= set(cues(doc)[0].split())


def test_inscription_belongs_to_its_carrier() -> None:
    doc = tagged(
        "Einige/PIAT Demonstranten/NN trugen/VVFIN Stoffbänder/NN mit/APPR der/ART "
        "Aufschrift/NN „/$( Freiheit/NN =/$( Pflicht/NN “/$( am/APPRART Arm/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Freiheit = Pflicht“", "Stoffbänder")]


def test_wording_noun_as_subject_takes_the_place_it_is_written_in() -> None:
    doc = tagged(
        "In/APPR der/ART Zeitung/NN fand/VVFIN sich/PRF dazu/PROAV die/ART Feststellung/NN "
        "„/$( Mit/APPR diesem/PDAT Heft/NN beginnt/VVFIN eine/ART neue/ADJA Zeit/NN “/$( ./$."
    )
    assert layer(doc) == [
        ("Direct", "„Mit diesem Heft beginnt eine neue Zeit“", "der Zeitung"),
    ]
    assert {"fand", "Feststellung"} <= set(cues(doc)[0].split())


def test_wording_noun_before_wie_etwa() -> None:
    doc = tagged(
        "Die/ART Gegner/NN verbreiteten/VVFIN Slogans/NN wie/KON etwa/ADV „/$( Nein/PTKANT "
        "zum/APPRART Neubau/NN “/$( ./$."
    )
    assert layer(doc) == [("Direct", "„Nein zum Neubau“", "Die Gegner")]


def test_chant_without_a_voice_is_no_quote() -> None:
    doc = tagged(
        "Die/ART Sprechchöre/NN „/$( Weg/ADV mit/APPR dem/ART Zaun/NN “/$( waren/VAFIN "
        "laut/ADJD ./$."
    )
    assert layer(doc) == []


def test_a_motto_is_a_name_not_wording() -> None:
    doc = tagged(
        "Die/ART Gruppe/NN trat/VVFIN unter/APPR dem/ART Motto/NN „/$( Gemeinsam/ADJD "
        "für/APPR die/ART Stadt/NN “/$( auf/PTKVZ ./$."
    )
    assert layer(doc) == []


# `Für X ist Y „...“`: the named holder of an opinion evaluates in the quoted words


def test_named_opinion_holder_after_fuer() -> None:
    doc = tagged(
        "Für/APPR den/ART Minister/NN Max/NE Muster/NE ist/VAFIN die/ART Lage/NN "
        "„/$( sehr/ADV bedrohlich/ADJD “/$( ./$."
    )
    assert layer(doc) == [("Direct", "„sehr bedrohlich“", "den Minister Max Muster")]
    assert cues(doc) == ["ist"]


def test_fuer_without_a_name_is_a_beneficiary() -> None:
    doc = tagged(
        "Für/APPR die/ART Umwelt/NN ist/VAFIN das/PDS „/$( eine/ART Katastrophe/NN “/$( ./$."
    )
    assert layer(doc) == []


def test_a_quotation_inside_the_subject_is_no_evaluation() -> None:
    doc = tagged(
        "Für/APPR Anna/NE Muster/NE ist/VAFIN dann/ADV die/ART „/$( Zeit/NN der/ART "
        "Ehrlichkeit/NN “/$( der/ART Regierung/NN vorbei/PTKVZ ./$."
    )
    assert layer(doc) == []


# a whole quoted sentence alone in a parenthesis after a name is that person's words


def test_quoted_sentence_in_parentheses_after_a_name() -> None:
    doc = tagged(
        "Viele/PIAT gratulierten/VVFIN ,/$, so/ADV der/ART Bürgermeister/NN Max/NE "
        "Muster/NE (/$( „/$( Das/PDS ist/VAFIN verdient/VVPP ./$. “/$( )/$( und/KON "
        "die/ART Ministerin/NN ./$."
    )
    rows = [row for row in layer(doc) if row[1] == "„Das ist verdient.“"]
    assert rows == [("Direct", "„Das ist verdient.“", "der Bürgermeister Max Muster")]
    assert "so" in cues(doc)


def test_a_gloss_in_parentheses_is_no_quotation() -> None:
    doc = tagged(
        "Die/ART Partei/NN heißt/VVFIN Nova/NE Vita/NE (/$( „/$( Neues/ADJA Leben/NN “/$( )/$( ./$."
    )
    assert layer(doc) == []


# a sentence that sums up the quoted sentence before it sources it


def test_summing_sentence_sources_the_quotation_before() -> None:
    doc = tagged(
        "„/$( Jeder/PIAT Dritte/NN glaubt/VVFIN nicht/PTKNEG mehr/ADV an/APPR die/ART "
        "Politik/NN ./$. “/$( | Das/PDS ist/VAFIN die/ART zentrale/ADJA Aussage/NN "
        "einer/ART Studie/NN ./$."
    )
    assert layer(doc) == [
        (
            "Direct",
            "„Jeder Dritte glaubt nicht mehr an die Politik.“",
            "die zentrale Aussage einer Studie",
        )
    ]
    assert cues(doc) == ["ist"]


def test_a_summing_noun_without_its_source_sources_nothing() -> None:
    doc = tagged(
        "„/$( Jeder/PIAT Dritte/NN glaubt/VVFIN nicht/PTKNEG mehr/ADV an/APPR die/ART "
        "Politik/NN ./$. “/$( | Das/PDS ist/VAFIN die/ART zentrale/ADJA Aussage/NN ./$."
    )
    assert not any(row[2] and "Aussage" in row[2] for row in layer(doc))


# `von … die Rede sein`


def test_von_die_rede_frames_the_quotation_in_its_von_phrase() -> None:
    doc = tagged(
        "In/APPR einem/ART Brief/NN war/VAFIN von/APPR einem/ART „/$( offenen/ADJA "
        "Gespräch/NN “/$( die/ART Rede/NN ./$."
    )
    assert layer(doc) == [("Direct", "„offenen Gespräch“", "einem Brief")]
    assert cues(doc) == ["war von die Rede"]


def test_von_without_die_rede_is_no_such_frame() -> None:
    doc = tagged(
        "In/APPR einem/ART Brief/NN war/VAFIN von/APPR einem/ART „/$( offenen/ADJA "
        "Gespräch/NN “/$( nichts/PIS zu/PTKZU lesen/VVINF ./$."
    )
    assert not any("Rede" in c for c in cues(doc))


def test_a_rejected_claim_is_not_voiced_by_the_subject() -> None:
    doc = tagged(
        "Der/ART Minister/NN belächelte/VVFIN die/ART Behauptung/NN „/$( Wir/PPER "
        "wurden/VAFIN getäuscht/VVPP “/$( ./$."
    )
    assert not any(
        row[1] == "„Wir wurden getäuscht“" and row[2] == "Der Minister" for row in layer(doc)
    )
