"""Session 25: claims layer and records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import layer, speaker_entity_name

from newsgraph.claims.time_words import duration_unit, time_noun
from newsgraph.doc import Doc


@pytest.mark.parametrize(
    ("word", "unit", "head"),
    [
        ("tage", True, True),
        ("tagen", True, True),
        ("jahres", True, True),
        ("jahrzehnts", True, True),
        ("sekunden", True, True),
        ("abend", False, True),
        ("wochenende", False, True),
        # no time: a compound with another head, a word that only starts like a unit
        ("tageszeitung", False, False),
        ("monatsbericht", False, False),
        ("stundenlohn", False, False),
        ("minister", False, False),
    ],
)
def test_units_of_time_in_every_inflection_head_a_time_adverbial(
    word: str, unit: bool, head: bool
) -> None:
    assert duration_unit(word) is unit
    assert time_noun(word) is head


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ein Arzt sagte der Nachrichtenagentur Reuters, viele Verletzte hätten schwere "
            "Verbrennungen erlitten.",
            "Ein Arzt",
        ),
        (
            "Ein örtlicher Mandatsträger sagte AFP am Telefon, über dem Lager wehe die Fahne der "
            "Rebellen.",
            "Ein örtlicher Mandatsträger",
        ),
        (
            "Ihr Sprecher, Oberst Karim Haddad, sagte der staatlichen Nachrichtenagentur, die "
            "Luftwaffe habe nur Waffenlager angegriffen.",
            "Ihr Sprecher, Oberst Karim Haddad",
        ),
        (
            "Der Sprecher, Major Tom Ribeiro, erklärte der Tageszeitung, die Truppen würden "
            "die Stadt halten.",
            "Der Sprecher, Major Tom Ribeiro",
        ),
        # a masculine medium after the verb can be the subject
        (
            "Die Luftwaffe habe nur Waffenlager angegriffen, sagte der Sender.",
            "der Sender",
        ),
    ],
)
def test_the_medium_spoken_to_in_the_dative_is_no_subject(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert [s for _, _, s in layer(claims_doc(text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Landrätin Petra Kolbe hatte im Rahmen ihres sogenannten „Klinikplans 2030“ "
        "vorgeschlagen, das Kreiskrankenhaus zu schließen.",
        "Landrätin Petra Kolbe hat mit dem „Klinikplan“ angekündigt, das Kreiskrankenhaus zu "
        "schließen.",
    ],
)
def test_a_quoted_head_noun_in_the_middle_field_leaves_the_subject_to_the_frame(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert [s for _, _, s in layer(claims_doc(text))] == ["Landrätin Petra Kolbe"]


def test_a_source_with_a_relative_clause_before_heisst_es_and_a_time(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "In einer Erklärung des Verteidigungsministeriums, die im Rundfunk verlesen wurde, "
        "hieß es am Abend, die Angreifer seien zurückgeschlagen worden."
    )
    assert layer(claims_doc(text)) == [
        (
            "Indirect",
            "die Angreifer seien zurückgeschlagen worden",
            "einer Erklärung des Verteidigungsministeriums",
        )
    ]


def test_heisst_es_darin_after_the_content_points_back_like_darin_heisst_es(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Das Landesamt legte am Montag seinen Bericht vor. Eine Ursache sei noch nicht "
        "gefunden, heißt es darin."
    )
    assert layer(claims_doc(text)) == [
        ("Indirect", "Eine Ursache sei noch nicht gefunden", "darin")
    ]


def test_nach_before_a_verb_of_saying_with_its_own_subject_is_temporal(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Nach dem Urteil sagte die 52-Jährige der Zeitung, zehn Jahre seien zu wenig. "
        "Sie habe auf mehr gehofft."
    )
    assert layer(claims_doc(text)) == [
        ("Indirect", "zehn Jahre seien zu wenig", "die 52-Jährige"),
        ("IndirectFreeIndirect", "Sie habe auf mehr gehofft.", "die 52-Jährige"),
    ]


def test_a_cue_verb_in_a_clause_of_wer_frames_nothing(claims_doc: Callable[[str], Doc]) -> None:
    text = (
        "„Das Geld fehlt“, sagte die Kämmerin. Wer ehrlich rechne, komme an einer Schließung "
        "nicht vorbei."
    )
    assert layer(claims_doc(text)) == [
        ("Direct", "„Das Geld fehlt“", "die Kämmerin"),
        (
            "IndirectFreeIndirect",
            "Wer ehrlich rechne, komme an einer Schließung nicht vorbei.",
            "die Kämmerin",
        ),
    ]


def test_ihr_zufolge_skips_a_man_for_the_feminine_group_named_before(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Der Sprecher der Rebellen, Oberstleutnant Jean Mbeki, sagte, die Kämpfer würden die "
        "Stadt halten.\n\nDie Menschenrechtsorganisation Human Rights Watch erhob dagegen "
        "schwere Vorwürfe. Ihr zufolge sollen Kämpfer mindestens 17 Männer erschossen haben."
    )
    assert speaker_entity_name(claims_doc(text), "17 Männer") == "Human Rights Watch"


def test_an_organisation_named_before_its_abbreviation_is_the_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the recogniser links the abbreviation to an entity of its own here
    text = (
        "Die Bundesvereinigung Deutscher Apothekerverbände (ABDA) forderte, die Plattformen "
        "strenger zu kontrollieren."
    )
    name = speaker_entity_name(claims_doc(text), "Plattformen")
    assert name == "Bundesvereinigung Deutscher Apothekerverbände"
