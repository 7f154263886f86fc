"""Session 23: claims layer and records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, layer, speaker_entity_name

from newsgraph.doc import Doc


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Staatsanwalt Markus Brehm hatte acht Jahre Haft gefordert.", "Staatsanwalt Markus Brehm"),
        (
            "Die Gewerkschaft Verdi hatte im Frühjahr eine Lohnerhöhung von sechs Prozent "
            "verlangt.",
            "Die Gewerkschaft Verdi",
        ),
    ],
)
def test_a_demand_in_the_pluperfect_is_reported_speech(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert layer(claims_doc(text)) == [("Reported", text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # an announcement in the pluperfect is background
        "Kanzlerin Angela Merkel hatte eine Politik der kleinen Schritte angekündigt.",
        # a demand of an unnamed group stays background in any tense
        "Die Opposition hatte eine Untersuchung gefordert.",
    ],
)
def test_other_pluperfect_speech_acts_stay_out_of_the_layer(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert layer(claims_doc(text)) == []


def test_an_abbreviated_surname_is_the_speaker(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Angeklagte Herbert P. wurde verurteilt. "
        "P. selbst hatte im Prozess bestritten, seine Kunden getäuscht zu haben."
    )
    assert ("Indirect", "seine Kunden getäuscht zu haben", "P.") in layer(doc)


def test_a_past_form_before_a_noun_is_its_attribute_not_a_second_verb(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = "Die Staatsanwaltschaft wirft Kevin Rau versuchten Totschlag vor."
    assert layer(claims_doc(text)) == [("Reported", text, "Die Staatsanwaltschaft")]


def test_a_past_form_before_the_noun_of_a_verb_final_clause_is_its_attribute(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Wie die Zeitung unter Berufung auf mit den Vorgängen vertraute Personen berichtete, "
        "hatte Brackwell Interesse bekundet."
    )
    assert layer(doc) == [("Indirect", "hatte Brackwell Interesse bekundet", "die Zeitung")]


def test_a_plural_konjunktiv_ii_standing_in_for_the_konjunktiv_i_goes_on_reporting(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `könnten`: the Konjunktiv I `können` would look like the indicative
    doc = claims_doc(
        "Der Deutsche Wetterdienst sagte, es werde stürmisch. Für weite Teile des Landes "
        "wurde eine Warnung ausgegeben. Oberhalb von 800 Metern könnten Orkanböen auftreten."
    )
    assert (
        "IndirectFreeIndirect",
        "Oberhalb von 800 Metern könnten Orkanböen auftreten.",
        "Der Deutsche Wetterdienst",
    ) in layer(doc)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a title right before a name is one person's, though `-leiter` could be a plural
        (
            "„Der Film ist gut“, sagte Imhof. Kulturamtsleiter Jürgen Haller, der den "
            "Aufsichtsrat leitet, kündigte eine Prüfung an. Sollten sich die Vorwürfe "
            "bestätigen, werde das Konsequenzen haben, sagte er.",
            "Konsequenzen haben",
            "Jürgen Haller",
        ),
        # a nominative `der` is masculine, whatever gender the morphology guessed
        (
            "Ein Sprecher der Firma sagte, man habe den Satelliten geortet. Der Stuttgarter "
            "Raumfahrtingenieur Ulrich Brandhorst sprach von einem „wahrscheinlichen "
            "Totalverlust“. Bei Kleinsatelliten falle jeder fünfte aus, sagte er.",
            "jeder fünfte",
            "Ulrich Brandhorst",
        ),
    ],
)
def test_er_points_back_to_the_man_who_spoke_last(
    claims_doc: Callable[[str], Doc], text: str, content: str, name: str
) -> None:
    assert speaker_entity_name(claims_doc(text), content) == name


def test_the_indictments_account_is_an_allegation(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Vor dem Landgericht begann der Prozess gegen Thorsten B. Laut Anklage lockte er den "
        "Händler in eine Lagerhalle. Dort habe er ihn mit einem Wagenheber erschlagen. "
        "Die Anklage hatte acht Jahre Haft gefordert."
    )
    assert claim_with(doc, "Lagerhalle").stance == "alleged"
    assert claim_with(doc, "Wagenheber").stance == "alleged"
    assert claim_with(doc, "acht Jahre").stance == "reported"  # a demand, no allegation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Gesundheitsamt Leipzig meldete 80 Fälle. "
            "Nach Angaben des Amtes war kaum jemand geimpft.",
            "Gesundheitsamt Leipzig",
        ),
        (
            "Das Bistum Passau bestätigte den Rücktritt. "
            "Nach Angaben des Bistums war kaum jemand geimpft.",
            "Bistum Passau",
        ),
        # the generic noun of a body: the last body of its kind
        (
            "Das Gesundheitsamt Leipzig meldete 80 Fälle. "
            "Nach Erkenntnissen der Behörde war kaum jemand geimpft.",
            "Gesundheitsamt Leipzig",
        ),
        (
            "Die Gewerkschaft ver.di rief zum Streik auf. Die Stadt bot zwei Prozent an. "
            "Nach Angaben der Gewerkschaft war kaum jemand zufrieden.",
            "ver.di",
        ),
    ],
)
def test_a_body_is_what_its_head_noun_refers_back_to(
    claims_doc: Callable[[str], Doc], text: str, name: str
) -> None:
    """`des Amtes` -> `Gesundheitsamt Leipzig` (the head in a name before its seat), `die
    Behörde` -> the last authority, `die Gewerkschaft` -> the last union."""
    assert speaker_entity_name(claims_doc(text), "kaum jemand") == name


def test_a_description_opening_a_paragraph_is_the_person_in_focus_of_its_gender(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Langstreckenläuferin Svenja Morgenthal ist positiv getestet worden. Morgenthal "
        "zählt zu den besten Läuferinnen. Sie wird von ihrem Vater Klaus Morgenthal "
        "trainiert.\n\nDie Athletin sagte, sie habe nie verbotene Mittel genommen."
    )
    assert speaker_entity_name(doc, "verbotene Mittel") == "Svenja Morgenthal"


def test_er_after_a_subject_named_in_apposition_is_that_person(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Das ist gut“, sagte der Jenaer Astrophysiker Henning Pabst.\n\nDer Koordinator der "
        "Bundesregierung für Raumfahrt, Malte Siebrecht, verteidigte die Ausgaben. „Planetare "
        "Verteidigung ist Vorsorge“, sagte er."
    )
    assert speaker_entity_name(doc, "Vorsorge") == "Malte Siebrecht"


def test_her_chairwoman_named_after_a_possessive_is_a_woman(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Unterricht sei ausgefallen, so Schulleiterin Petra Anschütz.\n\nDie "
        "Schulpflegschaft kritisierte die Stadt. Ihre Vorsitzende Claudia Berendsen sagte der "
        "Zeitung, viele Eltern hätten nichts erfahren. „Das erwarte ich anders“, sagte sie."
    )
    assert speaker_entity_name(doc, "erwarte ich") == "Claudia Berendsen"
