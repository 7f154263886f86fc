"""The record: exact JSON round trip, content ids, schema version."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.io import article_from_text, content_id
from newsgraph.record import (
    SCHEMA,
    Actor,
    Article,
    Block,
    Claim,
    Entity,
    Event,
    Geo,
    Quantity,
    Role,
    TimeExpr,
)


def _full_article() -> Article:
    text = 'Yonhap berichtete, der NIS habe am 4. November bekanntgegeben, dass 5.000 Arbeiter verlegt würden.'
    a = article_from_text(text, published="2025-11-07")
    nis = Entity("e2", "ORG", "National Intelligence Service", {"wikidata": "Q487413"},
                 (a.span(23, 26),))
    yon = Entity("e1", "ORG", "Yonhap", {}, (a.span(0, 6),))
    rus = Entity("e3", "GPE", "Russia", {"iso3": "RUS"}, (), Geo(55.75, 37.62, "country", "RUS"))
    return a.replace(
        language="de",
        blocks=(Block("body", 0, len(text), "de"),),
        entities=(yon, nis, rus),
        roles=(Role("e2", "Geheimdienst", None, 19, 26, text[19:26], "GOV"),),
        times=(TimeExpr("t1", 32, 44, text[32:44], "2025-11-04"),),
        quantities=(Quantity("q1", 67, 80, text[67:80], 5000, False, "Arbeiter"),),
        claims=(
            Claim("c1", a.span(19, len(text) - 1), "indirect", "reported", "e1", "Yonhap",
                  a.span(7, 17)),
            Claim("c2", a.span(63, len(text) - 1), "indirect", "alleged", "e2", "der NIS",
                  a.span(45, 60), said="t1", via="c1", evidence=(a.span(45, 60),)),
        ),
        events=(
            Event("v1", "MOBILIZE", a.span(81, 88), actors=(Actor("NIS", "e2", "KOR", "GOV"),),
                  targets=(Actor("Arbeiter"),), quantity="q1", claim="c2", stance="alleged",
                  confidence=0.62, time="t1", time_basis="text"),
        ),
    )


def test_round_trip_exact() -> None:
    a = _full_article()
    d = a.to_dict()
    assert d["schema"] == SCHEMA
    assert next(iter(d)) == "schema"
    b = Article.from_json(a.to_json())
    assert b == a
    assert json.loads(b.to_json()) == d


def test_offsets_point_at_text() -> None:
    a = _full_article()
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text
    for c in a.claims:
        assert a.text[c.content.start : c.content.end] == c.content.text


def test_content_id_is_stable_and_normalised() -> None:
    assert content_id("Hallo Welt\r\n") == content_id("\ufeffHallo Welt")
    assert content_id("a") != content_id("b")
    assert len(content_id("x")) == 16


@given(st.text(min_size=1, max_size=200))
def test_round_trip_any_text(text: str) -> None:
    a = article_from_text(text)
    assert Article.from_json(a.to_json()) == a
