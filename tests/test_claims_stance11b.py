"""Stance rules of session 11, round C (`claims/stance_verbs.py`), found with the claim-records gold
on train documents 250-499: invented sentences run through the default pipeline up to the claims
stage.

Each rule case failed before: `offenbar` (an adverb of evidence) in the content or the frame made
the claim `alleged`; `warnen` with a clause or a quotation as content (`warnte, die Arbeitgeber
verfolgten …`, `warnte vor einer „…“`) made it `future`, and so did `würde` + a verb of state
(`würden sich … wünschen`, `würden für einen Unfall sprechen`); hearsay `soll` with a verb of
location or presence (`soll sich in … befinden`, `soll ihm ein Gutachten vorliegen`) was read as a
plan (`future`); a content closed by `zu wollen` (`gab an, den Fahrer nicht mehr einsetzen zu
wollen`) was `reported`, and so were `wollen` + a perfect infinitive (`wolle den Täter gesehen
haben`, `gehört haben wollen`) and a verb-final `soll` after `befinden`; `X beschuldigte Y, … zu
haben` was `alleged`. The controls say what must not change: `angeblich` stays distance, `soll`
with a verb of action or a passive stays a plan, hearsay `soll … haben` stays `alleged`, a narrated
warning (`Die Botschaft warnte vor Anschlägen.`) stays `future`, `würde … sprechen` without `für`
stays a future, and `zu wollen` under an accusation (`wirft den Rebellen vor, … errichten zu
wollen`) stays `reported`, `wolle … vorlegen` stays a future, `werden beschuldigt, …` stays
`alleged`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with

from newsgraph.doc import Doc

CASES = [
    # `offenbar` in the content: a conclusion of the speaker, no distance
    (
        "Der Landrat erklärte, bei der Planung der Brücke seien offenbar Fehler gemacht worden.",
        "Fehler",
        "reported",
    ),
    # `offenbar` in the frame, outside the content
    (
        "Die Ministerin zeigte sich besorgt, dass die Preise offenbar weiter steigen: „Das"
        " hat es so noch nicht gegeben.“",
        "so noch nicht",
        "reported",
    ),
    # hearsay `soll` with a verb of location: a state cannot be planned
    (
        "Laut der Zeitung soll sich der gesuchte Mann seit Wochen in einem Hotel in Lyon befinden.",
        "Hotel",
        "alleged",
    ),
    (
        "Wie der Sender berichtete, soll dem Gericht ein neues Gutachten über den Unfall"
        " vorliegen.",
        "Gutachten",
        "alleged",
    ),
    # `warnen` with a clause or a quotation as its content: the speaker's assessment
    (
        "Der Gewerkschaftschef warnte am Dienstag, die Arbeitgeber verfolgten mit der Reform"
        " nur ihre eigenen Ziele.",
        "Arbeitgeber",
        "reported",
    ),
    (
        "Die Vorsitzende warnte die Regierung vor einer „kurzsichtigen Sparpolitik“.",
        "Sparpolitik",
        "reported",
    ),
    # `würde` + a verb of state, wish or feeling: a present state in Konjunktiv II
    (
        "Laut einer Umfrage des Verbands würden sich die meisten Befragten längere"
        " Öffnungszeiten der Bäder wünschen.",
        "Öffnungszeiten",
        "reported",
    ),
    (
        "Der Gutachter erklärte, die Spuren am Wagen würden eher für einen Unfall sprechen.",
        "Spuren",
        "reported",
    ),
    # a `zu`-infinitive content closed by `zu wollen`: the speaker's own intention
    (
        "Die Firma gab am Montag an, den Fahrer bis auf Weiteres nicht mehr einsetzen zu wollen.",
        "Fahrer",
        "future",
    ),
    # `wollen` + a perfect infinitive: the subject claims it (verb-second and verb-final)
    (
        "Die Zeitung berichtete, ein Anwohner wolle den Täter auf einem Fahrrad gesehen haben.",
        "Anwohner",
        "alleged",
    ),
    (
        "Die Polizei prüft Berichte, wonach Zeugen am Abend einen Schuss gehört haben wollen.",
        "Schuss",
        "alleged",
    ),
    # a verb-final hearsay `soll` right after a verb of presence
    (
        "Laut der Polizei wurden zwei Männer festgenommen, unter denen sich der gesuchte Täter"
        " befinden soll.",
        "Täter",
        "alleged",
    ),
    # an accusation verb with a named accuser attributes the accusation neutrally
    (
        "Der Oppositionsführer beschuldigte am Montag den Minister, die Zahlen gefälscht zu haben.",
        "Zahlen",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "words", "stance"), CASES)
def test_stance(claims_doc: Callable[[str], Doc], text: str, words: str, stance: str) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance, (claim.stance, [e.text for e in claim.evidence])


CONTROLS = [
    # `angeblich` keeps its distance
    (
        "Der Landrat erklärte, bei der Planung der Brücke seien angeblich Fehler gemacht worden.",
        "Fehler",
        "alleged",
    ),
    # `soll` with a verb of action or a passive infinitive: a plan
    (
        "Laut der Stadt soll die alte Brücke im kommenden Frühjahr abgerissen werden.",
        "Brücke",
        "future",
    ),
    (
        "Nach Angaben des Konzerns soll ein weiteres Werk in Polen folgen.",
        "Werk",
        "future",
    ),
    # hearsay with a perfect infinitive stays alleged
    (
        "Laut der Zeitung soll sich der Mann seit Wochen in Lyon aufgehalten haben.",
        "Lyon",
        "alleged",
    ),
    # a narrated warning: what is warned of lies ahead
    (
        "Die Botschaft warnte am Freitag vor Anschlägen auf Hotels in der Hauptstadt.",
        "Anschlägen",
        "future",
    ),
    # `würde` + a verb of action, also `sprechen` without `für`: a future
    (
        "Der Minister sagte, er würde am Montag mit den Gewerkschaften über die Löhne sprechen.",
        "Gewerkschaften",
        "future",
    ),
    # under an accusation the intention is the accused's, as the speaker claims it
    (
        "Die Regierung wirft den Rebellen vor, im Norden eine eigene Verwaltung errichten zu"
        " wollen.",
        "Verwaltung",
        "reported",
    ),
    # `wollen` with a plain infinitive: an intention
    (
        "Der Minister sagte, er wolle das Gesetz noch im Mai vorlegen.",
        "Gesetz",
        "future",
    ),
    # the accuser-less passive keeps the distance
    (
        "Die beiden Männer werden beschuldigt, den Anschlag auf das Rathaus geplant zu haben.",
        "Anschlag",
        "alleged",
    ),
]


@pytest.mark.parametrize(("text", "words", "stance"), CONTROLS)
def test_control(claims_doc: Callable[[str], Doc], text: str, words: str, stance: str) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance, (claim.stance, [e.text for e in claim.evidence])
