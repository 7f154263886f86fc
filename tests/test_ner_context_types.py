"""Names typed by the noun next to them (``newsgraph.ner.context_types``) and role nouns in the
genitive before a name (session 20)."""

from __future__ import annotations

import pytest

from newsgraph.ner.context_types import (
    add_institution_names,
    relabel_organisation_names,
    relabel_placed_names,
)
from newsgraph.ner.lexicon import load_gazetteer
from newsgraph.ner.rules import Found, add_titled_names


def _spans(model: list[tuple[int, int, str]]) -> list[Found]:
    return [Found(a, b, label, 0.9, "ner") for a, b, label in model]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a foreign place the model read as a person or a firm
        ("in der Provinz Tarmel im Osten", [(3, 4, "PERSON")], [(3, 4, "LOC")]),
        ("die Hafenstadt Korvas liegt", [(2, 3, "ORG")], [(2, 3, "LOC")]),
        ("im Landkreis Ober-Wendel wurde", [(2, 3, "MISC")], [(2, 3, "LOC")]),
        ("des Bundesstaates Tamaro hat", [(2, 3, "PERSON")], [(2, 3, "LOC")]),
        # a known city keeps its gazetteer type
        ("in der Hauptstadt Berlin", [(3, 4, "ORG")], [(3, 4, "GPE")]),
        # no noun of a place before it, or a place already: nothing changes
        ("der Minister Tarmel sagte", [(2, 3, "PERSON")], [(2, 3, "PERSON")]),
        ("in der Provinz Tarmel", [(3, 4, "LOC")], [(3, 4, "LOC")]),
        # a town whose name ends like such a noun is no noun of a place
        ("in Darmstadt Tarmel", [(2, 3, "PERSON")], [(2, 3, "PERSON")]),
        # the noun inside a name the model tagged (`Stadtwerke`-like spans) is no cue
        ("die Stadt Tarmel", [(1, 3, "ORG")], [(1, 3, "ORG")]),
    ],
)
def test_a_name_after_a_noun_of_a_place_is_a_place(
    text: str, model: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]
) -> None:
    out = relabel_placed_names(text.split(), _spans(model), load_gazetteer())
    assert [(s.start, s.end, s.label) for s in out] == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("an der Corvin University forschen", [(2, 4, "PERSON")], [(2, 4, "ORG")]),
        ("die Harlan Institution teilte mit", [(1, 2, "GPE")], [(1, 3, "ORG")]),
        ("das Marlow Museum zeigt", [(1, 3, "MISC")], [(1, 3, "ORG")]),
        # one word alone is no institution's name; a person before a lower-case word stays
        ("die University teilte mit", [(1, 2, "PERSON")], [(1, 2, "PERSON")]),
        ("sagte John Corvin am Montag", [(1, 3, "PERSON")], [(1, 3, "PERSON")]),
    ],
)
def test_a_name_ending_in_an_institution_noun_is_an_organisation(
    text: str, model: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]
) -> None:
    out = add_institution_names(text.split(), _spans(model))
    assert [(s.start, s.end, s.label) for s in out] == expected


@pytest.mark.parametrize(
    "text",
    [
        "nach Angaben des Gouverneurs Nasser Talib der Provinz",
        "laut dem Präsidenten Nasser Talib ist",
        "die Rede des Ministers Anna Talib am Montag",
    ],
)
def test_a_role_noun_in_the_genitive_or_dative_before_a_name_makes_it_a_person(text: str) -> None:
    words = text.split()
    k = words.index("Talib")
    out = add_titled_names(words, [], load_gazetteer())
    assert [(s.start, s.end, s.label) for s in out] == [(k - 1, k + 1, "PERSON")]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("die Tageszeitung Nuevo Correo schreibt", [(2, 4, "PERSON")], [(2, 4, "ORG")]),
        ("der Nachrichtenagentur Barnam zufolge", [(2, 3, "PERSON")], [(2, 3, "ORG")]),
        ("das Medienhaus Kellinger entließ", [(2, 3, "MISC")], [(2, 3, "ORG")]),
        # a place after a medium's noun, or a person after another noun, stays
        ("die Zeitung Berlin-Post", [(2, 3, "GPE")], [(2, 3, "GPE")]),
        ("der Redakteur Hans Barnam schreibt", [(2, 4, "PERSON")], [(2, 4, "PERSON")]),
        # a group, movement or association, with the connectors of a foreign name
        (
            "die Menschenrechtsgruppe Justice pour le Kivu erhob",
            [(2, 3, "PERSON")],
            [(2, 6, "ORG")],
        ),
        (
            "die Hilfsorganisation Médecins du Monde",
            [(2, 3, "PERSON"), (4, 5, "LOC")],
            [(2, 5, "ORG")],
        ),
        ("der Rebellenbewegung Sarak sagte", [(2, 3, "PERSON")], [(2, 3, "ORG")]),
        ("die Umweltinitiative Friends of the Valley", [(2, 3, "MISC")], [(2, 6, "ORG")]),
        # German words after it belong to the sentence, lower-case words without a name after
        # them too
        ("die Initiative Grünwald für Bäume", [(2, 3, "PERSON")], [(2, 3, "ORG")]),
        ("die Gruppe Karmo de facto", [(2, 3, "PERSON")], [(2, 3, "ORG")]),
        # a member of a group in a genitive before their name; a name particle opens no name
        ("die Ikone der Bewegung Sarah Palin", [(4, 6, "PERSON")], [(4, 6, "PERSON")]),
        ("der Terrororganisation Abu Sayyaf", [(2, 4, "PERSON")], [(2, 4, "ORG")]),
    ],
)
def test_a_name_after_the_noun_of_a_medium_or_a_group_is_an_organisation(
    text: str, model: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]
) -> None:
    out = relabel_organisation_names(text.split(), _spans(model), load_gazetteer())
    assert [(s.start, s.end, s.label) for s in out] == expected


def test_the_abbreviation_of_a_common_noun_is_no_name() -> None:
    from newsgraph.ner.rules import drop_generic_nouns

    text = "Angaben einer Nichtregierungsorganisation ( NGO ) und der UNO zufolge"
    words = text.split(" ")
    spans = _spans([(4, 5, "ORG"), (8, 9, "ORG")])
    assert [(s.start, s.end) for s in drop_generic_nouns(words, spans)] == [(8, 9)]
