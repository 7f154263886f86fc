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


def test_a_speech_act_in_a_contrastive_waehrend_clause_is_a_claim_of_its_own() -> None:
    doc = tagged(
        "Während/KOUS die/ART Polizei/NN von/APPR 4.000/CARD Teilnehmern/NN sprach/VVFIN ,/$, "
        "sprachen/VVFIN die/ART Veranstalter/NN von/APPR 10.000/CARD ./$."
    )
    assert layer(doc) == [
        ("Reported", "Während die Polizei von 4.000 Teilnehmern sprach", "die Polizei"),
        ("Reported", "sprachen die Veranstalter von 10.000.", "die Veranstalter"),
    ]


def test_a_contrastive_clause_keeps_its_parenthesis_and_its_subject() -> None:
    doc = tagged(
        "Während/APPR die/ART Rundschau/NE von/APPR 400/CARD Gästen/NN sprach/VVFIN (/$( "
        "das/ART Blatt/NN hatte/VAFIN sogar/ADV 500/CARD angegeben/VVPP )/$( ,/$, "
        "sprachen/VVFIN die/ART Veranstalter/NN von/APPR 300/CARD ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Während die Rundschau von 400 Gästen sprach ( das Blatt hatte sogar 500 angegeben )",
            "die Rundschau",
        ),
        ("Reported", "sprachen die Veranstalter von 300.", "die Veranstalter"),
    ]


def test_a_speech_act_in_a_temporal_clause_stays_background() -> None:
    doc = tagged(
        "Nachdem/KOUS die/ART Polizei/NN von/APPR 4.000/CARD Teilnehmern/NN sprach/VVFIN ,/$, "
        "löste/VVFIN sich/PRF die/ART Versammlung/NN auf/PTKVZ ./$."
    )
    assert layer(doc) == []


def test_leading_a_table_is_no_citing() -> None:
    doc = tagged(
        "Der/ART FC/NE Muster/NE führt/VVFIN die/ART Tabelle/NN mit/APPR 59/CARD "
        "Punkten/NN an/PTKVZ ./$."
    )
    assert layer(doc) == []


def test_citing_reasons_with_anfuehren_stays_reported() -> None:
    doc = tagged(
        "Minister/NN Max/NE Huber/NE führte/VVFIN mehrere/PIAT Gründe/NN für/APPR "
        "die/ART Absage/NN an/PTKVZ ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Minister Max Huber führte mehrere Gründe für die Absage an.",
            "Minister Max Huber",
        )
    ]


def test_things_that_recall_something_do_not_speak() -> None:
    doc = tagged(
        "Die/ART Rufe/NN der/ART Menge/NN erinnerten/VVFIN an/APPR die/ART Proteste/NN "
        "von/APPR 1979/CARD ./$."
    )
    assert layer(doc) == []


def test_a_named_speaker_reminding_of_something_is_reported() -> None:
    doc = tagged(
        "Ministerin/NN Anna/NE Huber/NE erinnerte/VVFIN an/APPR die/ART Zusagen/NN "
        "der/ART Regierung/NN ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Ministerin Anna Huber erinnerte an die Zusagen der Regierung.",
            "Ministerin Anna Huber",
        )
    ]
