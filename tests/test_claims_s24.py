"""Session 24: claims layer and records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import layer, speaker_entity_name

from newsgraph.claims.time_words import temporal
from newsgraph.doc import Doc


@pytest.mark.parametrize(
    ("word", "is_time"),
    [
        ("samstagabend", True),
        ("sonntags", True),
        ("dienstagvormittag", True),
        ("mittwochmorgens", True),
        ("juni", True),
        # a compound whose head is no time word
        ("sonntagszeitung", False),
        ("montagsdemo", False),
        ("sonntagsfrage", False),
    ],
)
def test_a_weekday_compound_is_a_time_word_only_with_a_part_of_the_day(
    word: str, is_time: bool
) -> None:
    assert temporal(word) is is_time


def test_a_paper_named_after_a_weekday_is_a_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Wirtschaft ist gespalten, wie die «SonntagsZeitung» berichtete.")
    assert layer(doc) == [("Indirect", "Die Wirtschaft ist gespalten", "die «SonntagsZeitung»")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Überschuss sank um 27 Prozent, wie das im TecDAX notierte Unternehmen am "
            "Donnerstag mitteilte.",
            "Der Überschuss sank um 27 Prozent",
            "das im TecDAX notierte Unternehmen",
        ),
        (
            "Die Bank hat ihre Prognose gesenkt, wie aus ihrer am Freitag veröffentlichten "
            "Projektion hervorgeht.",
            "Die Bank hat ihre Prognose gesenkt",
            "ihrer am Freitag veröffentlichten Projektion",
        ),
        (
            "Die Bank hat ihre Prognose gesenkt, wie aus dem Bericht hervorgeht.",
            "Die Bank hat ihre Prognose gesenkt",
            "dem Bericht",
        ),
    ],
)
def test_a_source_with_an_extended_attribute_is_read_whole(
    claims_doc: Callable[[str], Doc], text: str, content: str, speaker: str
) -> None:
    assert layer(claims_doc(text)) == [("Indirect", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma dürfe die Geräte nicht mehr verkaufen, teilte der Anwalt der Entwickler, "
        "Till Brenneke, am Mittwoch mit.",
        "Die Firma dürfe die Geräte nicht mehr verkaufen, gab der Anwalt, Till Brenneke, bekannt.",
    ],
)
def test_a_particle_after_a_name_apposition_and_adverbials_closes_the_frame(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    found = layer(claims_doc(text))
    assert [(k, c) for k, c, _ in found] == [
        ("Indirect", "Die Firma dürfe die Geräte nicht mehr verkaufen")
    ]
    assert found[0][2].endswith("Till Brenneke")


def test_a_surname_read_as_a_noun_takes_no_paper_as_its_genitive(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Finanzminister Klaus Brandstätter lehnte ab. „Wir haben es versprochen“, sagte "
        "Brandstätter der „Welt am Sonntag“."
    )
    assert ("Direct", "„Wir haben es versprochen“", "Brandstätter") in layer(doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # where the information comes from belongs to the source
        (
            "Nach Angaben aus Regierungskreisen liegen bereits drei Modelle vor.",
            "Angaben aus Regierungskreisen",
        ),
        (
            "Nach Informationen aus Parteikreisen soll der Vorstand zurücktreten.",
            "Informationen aus Parteikreisen",
        ),
        # a stretch of time in the Vorfeld is no speaker: the subject follows the verb
        (
            "Zwei Tage nach der Wahl hat das Bündnis angekündigt, das Ergebnis anzufechten.",
            "das Bündnis",
        ),
        ("Wenige Stunden später sagte der Minister, die Lage sei ernst.", "der Minister"),
        # a diplomat speaks to the agency after him, no agency has one
        ("„Die Waffenruhe gilt“, sagte der Diplomat der Nachrichtenagentur NTB.", "der Diplomat"),
        (
            "Die Lage sei ernst, sagte der Sondergesandte der Nachrichtenagentur dpa.",
            "der Sondergesandte",
        ),
        # a medium has editors: the genitive stays
        ("Die Lage sei ernst, sagte ein Redakteur der Zeitung.", "ein Redakteur der Zeitung"),
    ],
)
def test_the_speaker_phrase_of_the_only_claim(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert [s for _, _, s in layer(claims_doc(text))] == [speaker]


def test_a_name_once_called_er_is_no_antecedent_of_sie(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Delegierten wählten den Bürgermeister Stefan Wimmleitner an die Spitze. Seine "
        "Gegenkandidatin, die Abgeordnete Karin Puchegger, kam auf 18 Prozent. „Wir haben "
        "verstanden“, sagte Wimmleitner. Eine Koalition schloss er aus.\n\n"
        "Puchegger hatte eine „Erneuerung“ gefordert. Nach der Abstimmung gratulierte sie dem "
        "Sieger. „18 Prozent sind keine Niederlage“, sagte sie."
    )
    assert speaker_entity_name(doc, "18 Prozent sind") == "Karin Puchegger"


def test_a_description_with_an_extended_attribute_refers_to_the_company_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Karlsruher Softwarehersteller Kordalis hat weniger verdient. Der Überschuss sank "
        "um 27 Prozent, wie das im TecDAX notierte Unternehmen am Donnerstag mitteilte."
    )
    assert speaker_entity_name(doc, "Der Überschuss sank") == "Kordalis"
