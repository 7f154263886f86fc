"""Wrong readings of the session-11 record rules found by a read-only review with invented
sentences (``via``, ``said``, stance, speaker entities); each case failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, relays, said_text, speaker_name

from newsgraph.doc import Doc

#: (text, words of the claim's content, expected (speaker text, relaying speaker text) pairs)
NO_RELAY = [
    # a compound of `Agentur` is a public agency, not a news agency
    (
        "Die Bundesagentur für Arbeit teilte am Dienstag mit, die Zahl der Arbeitslosen sei"
        " gesunken. Nach Angaben eines Sprechers werde sie im Sommer weiter sinken.",
        "weiter sinken",
        {("Angaben eines Sprechers", None)},
    ),
    # the affiliation after a name is no medium that quotes
    (
        "Die Steuern seien zu hoch, wie Anna Berger vom Bund der Steuerzahler zitiert wird.",
        "zu hoch",
        {("Anna Berger vom Bund der Steuerzahler", None)},
    ),
    # the publisher of a study is its issuer, not a medium passing it on
    (
        "Laut einer Studie, die von der Universität Leipzig veröffentlicht wurde, sind die"
        " Mieten stark gestiegen.",
        "Mieten",
        {("einer Studie", None)},
    ),
    # a full stop after a day number ends no sentence: two sources side by side
    (
        "Die Zahl der Opfer stieg laut Polizei bis zum 3. Mai auf 40, darunter laut UNO 12 Kinder.",
        "12 Kinder",
        {("Polizei", None), ("UNO", None)},
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NO_RELAY)
def test_no_relay(
    claims_doc: Callable[[str], Doc], text: str, words: str, expected: set[tuple[str, None]]
) -> None:
    assert relays(claims_doc(text), words) == expected


def test_a_bare_agentur_is_still_a_news_agency(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Agentur berichtete, der Bürgermeister sei zurückgetreten. Nach Angaben der"
        " Polizei werde gegen ihn ermittelt."
    )
    assert relays(doc, "ermittelt") == {("Angaben der Polizei", "Die Agentur")}


def test_a_clock_time_after_nach_is_a_moment(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Kurz nach 14 Uhr teilte die Polizei mit, dass der Verdächtige gefasst worden sei."
    )
    assert said_text(doc, "gefasst") == "14 Uhr"


#: (text, words of the claim's content, stance)
STANCES = [
    # a participle of planning in a past passive or pluperfect tells of the past, no plan
    ("Laut Polizei sei der Überfall sorgfältig geplant worden.", "Überfall", "reported"),
    (
        "Der Sprecher sagte, der Anschlag sei von langer Hand geplant gewesen.",
        "Anschlag",
        "reported",
    ),
    # plural `hätten`/`würden` after `Dann`/`Damit` stand in for the Konjunktiv I
    (
        "Der Zeuge sagte, die Männer seien in die Bank gekommen. Dann hätten sie das Geld"
        " genommen.",
        "Geld genommen",
        "reported",
    ),
    # `nach Ansicht` in another clause leaves a plan a plan
    (
        "Nach Ansicht der Opposition ist das Gesetz falsch, sagte der Abgeordnete Karl Huber,"
        " die Brücke soll trotzdem im Mai eröffnet werden.",
        "Brücke soll",
        "future",
    ),
    # an intention noun inside a prepositional phrase says nothing about the content
    (
        "Sie sagte mit Blick auf das Ziel des Vereins, dass die Spenden gestiegen seien.",
        "Spenden",
        "reported",
    ),
    # controls: a plan stated with `sein`, a singular Konjunktiv II consequence
    ("Laut Stadt ist der Bau der Brücke für 2027 geplant.", "Brücke", "future"),
    (
        "Der Minister sagte, der Vertrag sei nicht unterschrieben. Damit wäre eine"
        " Verlängerung nicht nötig.",
        "Verlängerung",
        "hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "words", "stance"), STANCES)
def test_stance(claims_doc: Callable[[str], Doc], text: str, words: str, stance: str) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance


#: (text, words of the claim's content, the speaker's entity name or, without one, its words)
SPEAKERS = [
    # a team led by someone is no research group whose leader speaks for experts
    (
        "Das Team um Trainer Jürgen Klopp gewann am Samstag. Die Experten sagten, die Mannschaft"
        " sei gut vorbereitet gewesen.",
        "gut vorbereitet",
        "Die Experten",
    ),
    # the nearest owned mention of the noun names another body: no older one instead
    (
        "Die Experten der Bundesbank warnten vor einer Rezession. Die Experten des"
        " Internationalen Währungsfonds sagten, das Wachstum bleibe schwach. Die Experten"
        " rechnen mit steigenden Zinsen.",
        "steigenden Zinsen",
        "Experten des Internationalen Währungsfonds",
    ),
    # an adjective before the nearest mention of the head says more than the bare head
    (
        "Der französische Finanzminister traf am Montag den deutschen Minister. Der Minister"
        " sagte, die Gespräche seien gut verlaufen.",
        "gut verlaufen",
        "deutschen Minister",
    ),
    # a relative pronoun after a prepositional attribute refers to the head before it
    (
        "Die Partei verwies auf Umfragen unter Jungwählern, denen zufolge sie vorne liege.",
        "vorne liege",
        "Umfragen",
    ),
    # a verb particle the tagger reads as an adverb closes the main clause before the comma
    (
        "Die Polizei nahm am Montag einen Mann fest, der angab, er sei unschuldig.",
        "unschuldig",
        "einen Mann",
    ),
    # control: researchers are named by the leader of their group
    (
        "Ein Forscherteam um die Biologin Anna Berger hat eine neue Art entdeckt. Die Forscher"
        " vermuten, dass es noch mehr gibt.",
        "noch mehr",
        "Anna Berger",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), SPEAKERS)
def test_speaker(claims_doc: Callable[[str], Doc], text: str, words: str, name: str) -> None:
    assert speaker_name(claims_doc(text), words) == name


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei verwies auf Umfragen unter Jungwählern, denen zufolge",
        "Die Zeitung berichtete aus Moskau, wonach",
        "The minister resigned. According to a",
    ],
)
def test_a_frame_cut_off_at_the_end_is_no_crash(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    """A text that ends right after a source frame (a truncated article) keeps its claims
    stage: before, an attribution with no content raised IndexError and the stage failed."""
    doc = claims_doc(text)
    assert all(c.content.text for c in doc.article.claims)


def test_two_english_sources_by_preposition_stand_side_by_side(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "The death toll rose to 40 according to police, including 12 children according to the UN."
    )
    assert relays(doc, "death toll") == {("police", None), ("the UN", None)}
