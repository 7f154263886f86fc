"""Speaker entities found with the claim-records gold (session 10): possessive source phrases
(`seiner Meinung nach`, `laut ihren Angaben`, `nach eigenen Angaben`) and definite
descriptions that the article joins to a name by an apposition (`die Umweltschutzorganisation
WWF` … `Die Umweltschutzorganisation teilte mit`).  Invented sentences through the default
pipeline up to the claims stage; each speaker case failed before (no entity), the last test
is a control (no guess by type alone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import speaker_name

from newsgraph.doc import Doc

CASES = [
    (
        "Bürgermeister Karl Huber eröffnete am Montag die neue Brücke. Seiner Meinung nach sei"
        " der Bau viel zu teuer gewesen.",
        "viel zu teuer",
        "Karl Huber",
    ),
    (
        "Die Ministerin Anna Berger besuchte das Werk in Leipzig. Laut ihren Angaben sollen dort"
        " 200 neue Stellen entstehen.",
        "neue Stellen",
        "Anna Berger",
    ),
    (
        "Der Konzern Siemens hat nach eigenen Angaben im vergangenen Jahr mehr Gewinn gemacht.",
        "mehr Gewinn",
        "Siemens",
    ),
    (
        "Die Umweltschutzorganisation Greenpeace protestierte am Hafen. Die"
        " Umweltschutzorganisation teilte mit, dass das Öl die Küste bedrohe.",
        "die Küste bedrohe",
        "Greenpeace",
    ),
    (
        "Anna Berger, eine Aktivistin der Gruppe Klimaschutz, stand vor dem Rathaus. Die"
        " Aktivistin sagte, die Stadt müsse endlich handeln.",
        "endlich handeln",
        "Anna Berger",
    ),
    # the owner of a cue noun without an article before it
    (
        "Die Umweltschutzorganisation Greenpeace protestierte am Hafen. Nach Meinung der"
        " Umweltschutzorganisation sei das Öl eine Gefahr für die Küste.",
        "eine Gefahr",
        "Greenpeace",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_speaker_entity(claims_doc: Callable[[str], Doc], text: str, words: str, name: str) -> None:
    assert speaker_name(claims_doc(text), words) == name


def test_a_description_no_apposition_joins_stays_unresolved(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Die Organisation` is never joined to a name by the recogniser's type alone: the
    # initiative is named, but nothing says it is an `Organisation`
    doc = claims_doc(
        "Die Bürgerinitiative Hafenblick protestierte am Hafen. Die Organisation teilte mit, "
        "dass das Öl die Küste bedrohe."
    )
    hits = [c for c in doc.article.claims if "Küste" in c.content.text]
    assert hits and all(c.speaker is None for c in hits)


def test_a_description_of_a_kind_the_kb_knows_resolves(claims_doc: Callable[[str], Doc]) -> None:
    # (session 19) the KB knows Greenpeace as an NGO, and `die Organisation` may refer to one
    doc = claims_doc(
        "Greenpeace protestierte am Hafen. Die Organisation teilte mit, dass das Öl die Küste"
        " bedrohe."
    )
    assert speaker_name(doc, "die Küste bedrohe") == "Greenpeace"


def test_an_adjective_of_a_group_is_no_speaker_entity(claims_doc: Callable[[str], Doc]) -> None:
    # `norwegischen` is a group (NORP) written as an adjective: the study is not Norway
    doc = claims_doc(
        "Nach einer norwegischen Studie verdreifacht schon leichtes Rauchen das Risiko."
    )
    hits = [c for c in doc.article.claims if "Risiko" in c.content.text]
    assert hits and all(c.speaker is None for c in hits), [
        (c.speaker_text, c.speaker) for c in hits
    ]


def _speaker_texts(doc: Doc, words: str) -> list[str | None]:
    return [c.speaker_text for c in doc.article.claims if words in c.content.text]


def test_own_statements_in_a_subordinate_clause_and_with_an_object(
    claims_doc: Callable[[str], Doc],
) -> None:
    # review findings: the subject of the `dass` clause, not of the sentence; the subject in
    # the middle field ends before the object
    doc = claims_doc(
        "Die Stadt teilte mit, dass die Feuerwehr nach eigenen Angaben die Hälfte abgesucht habe."
    )
    assert "die Feuerwehr" in _speaker_texts(doc, "die Hälfte")
    doc = claims_doc("Nach eigenen Angaben hat die Polizei Peter Müller festgenommen.")
    assert _speaker_texts(doc, "festgenommen") == ["die Polizei"]


def test_a_relative_clause_is_no_apposition(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Hans Meier, der die Organisation gegründet hat, kam. Die Organisation teilte mit,"
        " dass sie klagen werde."
    )
    hits = [c for c in doc.article.claims if "klagen" in c.content.text]
    assert hits and all(c.speaker is None for c in hits)


def test_a_capitalised_adjective_of_a_group_is_no_speaker_entity(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Italienische Behörden teilten mit, dass der Flughafen geschlossen sei.")
    hits = [c for c in doc.article.claims if "Flughafen" in c.content.text]
    assert hits and all(c.speaker is None for c in hits), [
        (c.speaker_text, c.speaker) for c in hits
    ]
