"""Speaker entities of texts and collectives that speak (session 11): a report cited as `der
Bericht`, `Dem Bericht zufolge`, `laut XY-Bericht` is its issuer when the article says who
issued it (a genitive owner, a compound naming it, the subject of a verb of publishing, the
speaker who speaks in it); `die Richter` the court named before; `Die Forscher` the
institution an earlier `Forscher der …` names.  Invented sentences through the default
pipeline up to the claims stage; each case failed before (no entity), the controls must stay
without an entity (no guess by type alone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import speaker_name

from newsgraph.doc import Doc

CASES = [
    # the genitive owner of the report's first mention
    (
        "Laut einem Bericht der Umweltorganisation Greenpeace ist der Rhein stark verschmutzt."
        " Dem Bericht zufolge sterben dort jedes Jahr Tausende Fische.",
        "Tausende Fische",
        "Greenpeace",
    ),
    # the subject of a verb of publishing (a separable one: `legte … vor`)
    (
        "Die Weltbank legte am Dienstag in Washington ihren Bericht vor. Der Bericht kritisiert,"
        " dass die Regierungen zu viel Geld für Waffen ausgäben.",
        "zu viel Geld",
        "World Bank",
    ),
    # the speaker who speaks in the report (`fordert X in einem … Bericht`)
    (
        "In einem am Montag veröffentlichten Bericht fordert Generalsekretär Kofi Annan mehr"
        " Hilfe für die Flüchtlinge. Im Bericht heißt es, die Lage in den Lagern sei dramatisch.",
        "dramatisch",
        "Kofi Annan",
    ),
    # a compound naming the issuer by the abbreviation given in parentheses
    (
        "Die Menschenrechtsorganisation amnesty international (ai) kritisierte die Regierung"
        " scharf. Laut ai-Bericht werden in dem Land Gefangene gefoltert.",
        "Gefangene gefoltert",
        "Amnesty International",
    ),
    # the court named before
    (
        "Das Bundesverwaltungsgericht hat die Klage des Beamten abgewiesen. Die Richter"
        " erklärten, der Vertrag sei von Anfang an gültig gewesen.",
        "von Anfang an gültig",
        "Bundesverwaltungsgericht",
    ),
    # a speech is the text of whoever gave it (the speaker who speaks in it)
    (
        "In seiner „Neujahrsrede“, die am Abend im Fernsehen übertragen wurde, mahnte"
        " Bundespräsident Horst Köhler zu mehr Zusammenhalt. „Wir brauchen einander“, hieß es"
        " in der Rede.",
        "Wir brauchen einander",
        "Horst Kohler",  # the entity name as the resolver writes it
    ),
    # an owner the article abbreviated in parentheses after its name
    (
        "Die Menschenrechtsorganisation amnesty international (ai) kritisierte die Regierung."
        " Nach Ansicht von ai werden die Gefangenen in dem Land systematisch gefoltert.",
        "systematisch gefoltert",
        "Amnesty International",
    ),
    # researchers after `ein Team um X`: the person who leads them
    (
        "Ein Forscherteam um den Biologen Thomas Meier hat 500 Mäuse untersucht. Die"
        " Wissenschaftler stellten fest, dass die Tiere ohne Schlaf schneller altern.",
        "schneller altern",
        "Thomas Meier",
    ),
    # a genitive owner named before by a compound of its noun leading the name
    (
        "Der Energiekonzern RWE will in Polen ein neues Kraftwerk bauen. Nach Angaben des"
        " Konzerns sollen dort 300 neue Stellen entstehen.",
        "300 neue Stellen",
        "RWE",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_issuer_of_a_text(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def _speakers(doc: Doc, words: str) -> list[str | None]:
    hits = [c for c in doc.article.claims if words in c.content.text]
    assert hits, [(c.speaker_text, c.content.text) for c in doc.article.claims]
    return [c.speaker for c in hits]


def test_a_report_nobody_is_said_to_have_issued_stays_the_report(
    claims_doc: Callable[[str], Doc],
) -> None:
    # Lufthansa is named, but nothing joins it to the report: no guess by type
    doc = claims_doc(
        "Ein Flugzeug der Lufthansa musste am Freitag in München notlanden. Dem Bericht zufolge"
        " hatte ein Triebwerk Feuer gefangen."
    )
    assert _speakers(doc, "Triebwerk") == [None]


def test_judges_without_a_court_named_stay_unresolved(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Siemens AG hat den Prozess verloren. Die Richter erklärten, der Vertrag sei von"
        " Anfang an ungültig gewesen."
    )
    assert _speakers(doc, "ungültig") == [None]


def test_an_indefinite_owner_is_nobody_named_before(claims_doc: Callable[[str], Doc]) -> None:
    # `eines Sprechers` is some spokesman, not the `Regierungssprecher X` named before
    doc = claims_doc(
        "Regierungssprecher Ulrich Wilhelm wies die Kritik zurück. Nach Angaben eines Sprechers"
        " sollen die Gespräche am Montag weitergehen."
    )
    assert _speakers(doc, "weitergehen") == [None]


def test_a_report_about_a_country_is_not_the_countrys(claims_doc: Callable[[str], Doc]) -> None:
    # `Irak-Bericht`: the first part is the topic (a place), not the issuer
    doc = claims_doc(
        "Der Irak hat neue Wahlen angekündigt. Laut dem Irak-Bericht sind die Wahlen nicht frei."
    )
    assert _speakers(doc, "nicht frei") == [None]
