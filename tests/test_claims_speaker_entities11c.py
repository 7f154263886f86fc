"""Speaker entities, session 11 round C (`claims/focus_persons.py`): a definite description of a
person that the article links to no name is the person named last before it in its paragraph
(`Christian Klien … Der 23-jährige Sportler gab bekannt`).  Invented sentences through the
default pipeline up to the claims stage; the person cases failed before (no entity), the
controls must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import speaker_name

from newsgraph.doc import Doc

CASES = [
    (
        "Der Skispringer Markus Lindner hat die Vorwürfe am Montag zurückgewiesen. Der"
        " 27-jährige Sportler sagte, er habe an dem Abend das Hotel nicht verlassen.",
        "das Hotel nicht verlassen",
        "Markus Lindner",
    ),
    (
        "Auf der Kundgebung sprach Thomas Berger vor etwa 2000 Menschen. Der Organisator"
        " erklärte, die Polizei habe die Route ohne Grund verkürzt.",
        "die Route ohne Grund verkürzt",
        "Thomas Berger",
    ),
    (
        "Die Sängerin Maria Hofer hat ihre Tournee abgesagt. Die Künstlerin sagte, sie müsse"
        " sich zunächst von einer Operation erholen.",
        "von einer Operation erholen",
        "Maria Hofer",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_a_description_is_the_person_in_focus(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def _speaker_entities(doc: Doc, words: str) -> list[str | None]:
    hits = [c for c in doc.article.claims if words in c.content.text]
    assert hits, [(c.speaker_text, c.content.text) for c in doc.article.claims]
    return [c.speaker for c in hits]


def test_a_person_of_an_earlier_paragraph_is_no_longer_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Bürgermeister Karl Huber hat die Wahl verloren.\n\nDer Wahlleiter teilte mit, dass"
        " die Beteiligung bei 61 Prozent gelegen habe."
    )
    assert _speaker_entities(doc, "61 Prozent") == [None]


def test_an_office_of_a_country_names_its_own_holder(claims_doc: Callable[[str], Doc]) -> None:
    # `der italienische Innenminister` is whoever holds that office, not the person in focus
    doc = claims_doc(
        "Der Bankier Paul Weber wurde in Rom festgenommen. Der italienische Innenminister"
        " sagte, die Ermittlungen würden noch Wochen dauern."
    )
    assert _speaker_entities(doc, "noch Wochen dauern") == [None]


def test_a_spokesman_is_another_person(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Unternehmer Paul Weber wurde am Montag festgenommen. Der Sprecher sagte, die"
        " Ermittlungen würden noch Wochen dauern."
    )
    assert _speaker_entities(doc, "noch Wochen dauern") == [None]


def test_a_genitive_role_noun_finds_its_name_in_the_base_form(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `des Sonderermittlers` is the role written `Sonderermittler Peter Brandt` further on
    # (not joined by an apposition or in the same paragraph)
    doc = claims_doc(
        "Nach Ansicht des Sonderermittlers habe die Behörde schwere Fehler gemacht.\n\nDie"
        " Regierung wies das zurück.\n\nDer Bericht von Sonderermittler Peter Brandt umfasst"
        " 300 Seiten."
    )
    assert speaker_name(doc, "schwere Fehler") == "Peter Brandt"


def test_a_name_in_the_genitive_is_no_role(claims_doc: Callable[[str], Doc]) -> None:
    # `des ZDFs` is a name: no base form `ZDF` before another name (`das ZDF Gero Lange`)
    doc = claims_doc(
        "Laut Angaben des ZDFs soll der Film im Herbst laufen.\n\nAls Regisseur verpflichtete"
        " das ZDF Gero Lange."
    )
    assert speaker_name(doc, "im Herbst laufen") != "Gero Lange"
