"""Events: actor country from city/regional adjectives and from the KB's officials (fictional text)."""

from __future__ import annotations

import pytest

from newsgraph.doc import Doc
from newsgraph.events.nationality import city_adjective_country
from newsgraph.events.people import kb_person
from newsgraph.events.stage import extract_events
from newsgraph.record import Article, Entity, Event, Source, Span


def events_of(text: str) -> list[Event]:
    return extract_events(Doc(article=Article(id="t", text=text, source=Source(published="2024-05-06"))))


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Berliner", "DEU"), ("Moskauer", "RUS"), ("Münchner", "DEU"), ("Mailänder", "ITA"), ("Wiener", "AUT")],
)
def test_city_adjectives_name_the_city_country(word: str, iso3: str) -> None:
    assert city_adjective_country(word) == iso3


@pytest.mark.parametrize("word", ["Anhänger", "Bürger", "Arbeiter", "Schweizer", "Richter", "berliner"])
def test_ordinary_nouns_in_er_are_no_city_adjectives(word: str) -> None:
    assert city_adjective_country(word) is None


def test_city_and_regional_adjectives_code_state_agents() -> None:
    text = "In Bagdad wurde ein Mann erschossen. Die römische Staatsanwaltschaft klagte den Soldaten an."
    ev = next(e for e in events_of(text) if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in ev.actors] == [("ITA", "JUD")]
    ev = next(e for e in events_of("In Paris verhaftete die Moskauer Polizei am Montag drei Männer.") if e.type == "COERCE")
    assert [(a.country, a.sector) for a in ev.actors] == [("RUS", "POL")]


def test_city_adjective_in_a_possessor_genitive_does_not_code_the_person() -> None:
    ev = next(e for e in events_of("Die Polizei in Manila verhaftete den Entführer der Göttinger Familie.") if e.type == "COERCE")
    assert [t.country for t in ev.targets] != ["DEU"]


def test_kb_person_by_surname_needs_an_office_on_the_date_and_the_article_country() -> None:
    found = kb_person("Putin", "2016-05-01", frozenset({"RUS", "UKR"}))
    assert found is not None and (found.country, found.sector) == ("RUS", "GOV")
    assert kb_person("Putin", "2016-05-01", frozenset({"FRA"})) is None  # never situated in RUS
    assert kb_person("Putin", "1960-01-01", frozenset({"RUS"})) is None  # no dated role yet
    assert kb_person("Müller", "2016-05-01", frozenset({"DEU"})) is None


def test_kb_person_finds_bare_surnames_the_kb_name_index_refuses() -> None:
    # why events.people keeps its own surname index beside the KB's person index
    from newsgraph.kb import load_kb

    assert load_kb().find("Merkel", "PERSON") == []
    found = kb_person("Merkel", "2010-05-01", frozenset({"DEU"}))
    assert found is not None and found.kb == "phoenix:angela-merkel"


def _article(text: str, surname: str, published: str) -> Article:
    spans, start = [], text.find(surname)
    while start >= 0:
        spans.append(Span(start, start + len(surname), surname))
        start = text.find(surname, start + 1)
    ent = Entity(id="e1", type="PERSON", name=surname, mentions=tuple(spans))
    moskau = text.find("Moskau")
    place = Entity(id="e2", type="GPE", name="Moskau", mentions=(Span(moskau, moskau + 6, "Moskau"),))
    return Article(id="t", text=text, source=Source(published=published), entities=(ent, place))


def test_surname_of_an_official_gets_country_and_sector_from_the_kb() -> None:
    text = "Lawrow kritisierte am Montag in Moskau die Regierung Frankreichs."
    ev = next(e for e in extract_events(Doc(article=_article(text, "Lawrow", "2016-03-01"))) if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in ev.actors] == [("RUS", "GOV")]


def test_demonym_before_a_name_is_the_person_nationality() -> None:
    text = "In Bangkok wurde der Schweizer Oliver Jufer am Montag festgenommen."
    ents = (Entity(id="e1", type="PERSON", name="Oliver Jufer", mentions=(Span(text.find("Oliver"), text.find(" am"), "Oliver Jufer"),)),)
    art = Article(id="t", text=text, source=Source(published="2007-01-01"), entities=ents)
    ev = next(e for e in extract_events(Doc(article=art)) if e.type == "COERCE")
    assert [t.country for t in ev.targets] == ["CHE"]


def test_protesters_take_the_country_where_they_protest() -> None:
    ev = next(e for e in events_of("In Kiew protestierten am Sonntag tausende Demonstranten gegen die Regierung.") if e.type == "PROTEST")
    assert [a.country for a in ev.actors] == ["UKR"]


def test_definite_description_takes_the_country_of_its_antecedent() -> None:
    text = (
        "Bewaffnete griffen am Montag das französische Konsulat in Dschidda an. "
        "Das Konsulat wurde später von Sicherheitskräften abgeriegelt."
    )
    ev = next(e for e in events_of(text) if e.type == "COERCE")
    assert [(t.text, t.country) for t in ev.targets] == [("Das Konsulat", "FRA")]


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("ostukrainischen", "UKR"), ("süditalienische", "ITA"), ("südkoreanische", "KOR"),
        ("nordamerikanische", None), ("westjordanische", None), ("prorussische", None),
        ("pro-russischen", None), ("deutsch-französische", None),
    ],
)
def test_compass_prefixes_keep_the_country_and_pro_or_double_adjectives_name_none(word: str, iso3: str | None) -> None:
    from newsgraph.events.agents import agent_tables
    from newsgraph.events.nationality import geo_country_of_word

    t = agent_tables()
    assert (t.country_of_adjective(word) or geo_country_of_word(word)) == iso3


def test_dateline_before_a_colon_situates_state_agents() -> None:
    ev = next(e for e in events_of(
        "Kenia: Polizei nimmt drei Männer fest\n\nDie Männer sollen aus Deutschland stammen. "
        "Deutschland bat um Auskunft."
    ) if e.type == "COERCE")
    assert [(a.country, a.sector) for a in ev.actors] == [("KEN", "POL")]


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("Ex-Präsident", "ELI"), ("Altbundeskanzler", "ELI"), ("Alterspräsident", "GOV"),
        ("Regierungskritiker", "OPP"), ("Streikenden", "LAB"), ("Piraten", "CRM"),
    ],
)
def test_agent_nouns_for_former_leaders_critics_strikers_and_pirates(noun: str, sector: str) -> None:
    from newsgraph.events.agents import agent_tables

    assert agent_tables().sector_of_noun(noun) == sector


def test_nationality_in_an_apposition_after_the_name_but_not_in_a_relative_clause() -> None:
    from newsgraph.events.agents import ActorCoder

    text = "Oliver Jufer, ein Schweizer, wurde verhaftet. Max Muster, der die deutsche Polizei angriff, floh."
    ents = (
        Entity(id="e1", type="PERSON", name="Oliver Jufer", mentions=(Span(0, 12, "Oliver Jufer"),)),
        Entity(id="e2", type="PERSON", name="Max Muster", mentions=(Span(text.find("Max"), text.find("Max") + 10, "Max Muster"),)),
    )
    coder = ActorCoder(Article(id="t", text=text, source=Source(), entities=ents))
    assert coder.person_country("e1") == "CHE"
    assert coder.person_country("e2") is None


def test_known_organisation_in_a_genitive_beats_its_generic_head_noun() -> None:
    text = "Inspektoren der Internationalen Atomenergieorganisation kritisierten am Montag die Regierung Irans."
    ev = next(e for e in events_of(text) if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in ev.actors] == [("UNO", "IGO")]


def test_police_are_placed_by_where_they_act_not_where_the_suspects_come_from() -> None:
    text = "Die Polizei nahm am Montag zwei Männer aus Polen in Hamburg fest."
    ev = next(e for e in events_of(text) if e.type == "COERCE" and e.actors)
    assert [(a.country, a.sector) for a in ev.actors] == [("DEU", "POL")]
