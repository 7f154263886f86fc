"""The workbench JSON API over a real server and a real SQLite store (hand-made records)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from web_corpus import FILLER, all_articles, build_db, running_server

pytest.importorskip("flask")

N_ARTICLES = 4 + FILLER
N_EVENTS = sum(len(a.events) for a in all_articles())


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("api") / "corpus.db")


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    with running_server(db) as url:
        yield url


def call(base: str, path: str, params: dict[str, Any] | None = None,
         method: str = "GET") -> tuple[int, dict[str, Any]]:
    url = base + path + ("?" + urlencode(params) if params else "")
    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def ok(base: str, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    status, body = call(base, path, params)
    assert status == 200, body
    assert body["ok"] is True
    return body


def error(base: str, path: str, params: dict[str, Any] | None, status: int) -> str:
    got, body = call(base, path, params)
    assert got == status, body
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    return str(body["error"])


def walk(base: str, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item of a listing, following next_cursor."""
    out: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        page = ok(base, path, {**params, **({"cursor": cursor} if cursor else {})})
        out += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return out
    raise AssertionError("pagination does not end")


# ---- articles ---------------------------------------------------------------------------------


def test_articles_paginate_newest_first_without_gaps_or_repeats(base: str) -> None:
    items = walk(base, "/api/articles", {"limit": 5})
    ids = [i["id"] for i in items]
    assert len(ids) == N_ARTICLES == len(set(ids))
    dates = [i["published"] for i in items]
    assert dates == sorted(dates, reverse=True)
    first = ok(base, "/api/articles", {"limit": 5})
    assert len(first["items"]) == 5 and first["next_cursor"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"publisher": "testpost"}, {"art-chain", "art-assault"}),
    ({"language": "en"}, {"art-en"}),
    ({"entity": "Yonhap"}, {"art-chain", "art-echo"}),
    ({"event_type": "assault"}, {"art-assault"}),
    ({"stance": "denied"}, {"art-echo", "art-assault"}),
    ({"date_from": "2024-06-21", "date_to": "2024-06-30"}, {"art-echo", "art-assault"}),
])
def test_article_filters(base: str, params: dict[str, str], expected: set[str]) -> None:
    assert {i["id"] for i in walk(base, "/api/articles", params)} == expected


def test_article_record_round_trips(base: str) -> None:
    want = {a.id: a for a in all_articles()}["art-chain"]
    got = ok(base, "/api/articles/art-chain")["item"]
    assert got == json.loads(want.to_json())


def test_unknown_ids_are_404_with_the_error_shape(base: str) -> None:
    for path in ("/api/articles/nope", "/api/entities/Nobody", "/api/claims/art-chain/c99",
                 "/api/claims/nope/c1/sources", "/api/events/art-chain/v99", "/api/nothing"):
        error(base, path, None, 404)


def test_writes_are_refused(base: str) -> None:
    status, body = call(base, "/api/articles", method="POST")
    assert status == 405 and body["ok"] is False and body["status"] == 405


# ---- search -----------------------------------------------------------------------------------


def test_search_finds_all_words_with_highlighted_snippets(base: str) -> None:
    items = ok(base, "/api/search", {"q": "Soldaten Russland"})["items"]
    assert {i["id"] for i in items} == {"art-chain", "art-echo"}
    for it in items:
        assert "<mark>" in it["snippet_html"] and "<mark>" not in it["snippet"]


def test_search_filters_and_pagination(base: str) -> None:
    assert {i["id"] for i in walk(base, "/api/search", {"q": "Soldaten",
                                                        "publisher": "Morgenblatt"})} == {
        "art-echo"}
    pages = walk(base, "/api/search", {"q": "Regierung kritisierte", "limit": 5})
    ids = [i["id"] for i in pages]
    assert len(ids) == FILLER == len(set(ids))


def test_search_needs_words(base: str) -> None:
    error(base, "/api/search", None, 400)
    error(base, "/api/search", {"q": "!!! ???"}, 400)


def test_search_escapes_snippet_html(base: str) -> None:
    items = ok(base, "/api/search", {"q": "Spende"})["items"]
    assert items and all("<script" not in i["snippet_html"] for i in items)


# ---- entities ---------------------------------------------------------------------------------


def test_entities_listing_and_type_filter(base: str) -> None:
    items = walk(base, "/api/entities", {"limit": 3})
    keys = [(i["name"], i["type"]) for i in items]
    assert len(keys) == len(set(keys))
    assert items[0]["articles"] == FILLER  # Germany/Turkey appear in every filler article
    persons = walk(base, "/api/entities", {"type": "PERSON"})
    assert {i["name"] for i in persons} == {"Kim Jong-un", "Vladimir Putin"}
    error(base, "/api/entities", {"type": "ALIEN"}, 400)


def test_entity_detail_has_mentions_roles_claims_and_events(base: str) -> None:
    russia = ok(base, "/api/entities/Russia")["item"]
    assert {v["type"] for v in russia["events_as_actor"]} == {"ASSAULT", "REJECT"}
    assert sorted(v["type"] for v in russia["events_as_target"]) == ["AID", "MOBILIZE",
                                                                     "MOBILIZE"]
    assert [c["stance"] for c in russia["claims"]] == ["denied"]
    assert len(russia["mentions"]) == 5
    assert {f["text"]: f["count"] for f in russia["surface_forms"]} == {"Russland": 5}
    listed = {e["name"]: e for e in walk(base, "/api/entities", {"type": "GPE"})}
    assert (listed["Russia"]["first_seen"], listed["Russia"]["last_seen"]) == (
        "2024-06-20", "2024-06-25")
    nis = ok(base, "/api/entities/" + quote("National Intelligence Service"))["item"]
    assert [r["role"] for r in nis["roles"]] == ["Geheimdienst"]


# ---- claims -----------------------------------------------------------------------------------


def test_claims_listing_and_filters(base: str) -> None:
    alleged = walk(base, "/api/claims", {"stance": "alleged"})
    assert [(c["article_id"], c["id"]) for c in alleged] == [("art-chain", "c2")]
    by_speaker = walk(base, "/api/claims", {"speaker": "yonhap"})
    assert {(c["article_id"], c["id"]) for c in by_speaker} == {("art-chain", "c1"),
                                                               ("art-echo", "c1")}
    assert len(walk(base, "/api/claims", {"limit": 2})) == sum(
        len(a.claims) for a in all_articles())
    error(base, "/api/claims", {"stance": "maybe"}, 400)


def test_claim_chain_follows_via_from_the_publisher(base: str) -> None:
    claim = ok(base, "/api/claims/art-chain/c2")["item"]
    assert [n["label"] for n in claim["chain"]] == ["Testpost", "Yonhap",
                                                    "National Intelligence Service"]
    assert [n["kind"] for n in claim["chain"]] == ["publisher", "speaker", "speaker"]


def test_claim_sources_finds_the_other_carrier_and_its_chain(base: str) -> None:
    found = ok(base, "/api/claims/art-chain/c2/sources")["item"]
    carriers = {m["article_id"]: m for m in found["articles"]}
    assert set(carriers) == {"art-echo"}
    assert [n["label"] for n in carriers["art-echo"]["chain"]] == [
        "Morgenblatt", "Yonhap", "National Intelligence Service"]
    lone = ok(base, "/api/claims/art-assault/c1/sources")["item"]
    assert lone["articles"] == []


# ---- events -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["date", "type", "actor", "target", "place", "stance",
                                  "confidence", "publisher", "claim"])
def test_events_every_sort_pages_through_everything(base: str, sort: str) -> None:
    for order in ("asc", "desc"):
        items = walk(base, "/api/events", {"sort": sort, "order": order, "limit": 4})
        keys = [(e["article_id"], e["id"]) for e in items]
        assert len(keys) == N_EVENTS == len(set(keys))
    dated = walk(base, "/api/events", {"sort": "date", "order": "asc", "limit": 4})
    assert [e["date"] for e in dated] == sorted(e["date"] for e in dated)
    conf = walk(base, "/api/events", {"sort": "confidence", "order": "desc", "limit": 3})
    assert [e["confidence"] for e in conf] == sorted((e["confidence"] for e in conf),
                                                     reverse=True)


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "mobilize"}, {("art-chain", "v1"), ("art-echo", "v1")}),
    ({"quad": "1"}, {("art-chain", "v2")}),
    ({"actor": "north korea", "target": "russia"},
     {("art-chain", "v1"), ("art-chain", "v3"), ("art-echo", "v1")}),
    ({"actor": "Nordkorea"},  # the words in the text also match
     {("art-chain", "v1"), ("art-chain", "v3"), ("art-echo", "v1")}),
    ({"place": "Kyiv"}, {("art-assault", "v1")}),
    ({"stance": "alleged"}, {("art-chain", "v1"), ("art-chain", "v3")}),
    ({"date_from": "2024-06-19", "date_to": "2024-06-19"}, {("art-chain", "v2")}),
    ({"article": "art-echo"}, {("art-echo", "v1"), ("art-echo", "v2")}),
    ({"claim": "soldaten"}, {("art-chain", "v1"), ("art-chain", "v3"), ("art-echo", "v1")}),
])
def test_event_filters(base: str, params: dict[str, str], expected: set[tuple[str, str]]) -> None:
    got = {(e["article_id"], e["id"]) for e in walk(base, "/api/events", params)}
    assert got == expected


def test_event_detail_resolves_time_place_and_arguments(base: str) -> None:
    ev = ok(base, "/api/events/art-chain/v1")["item"]
    assert (ev["type"], ev["date"], ev["date_basis"], ev["place"], ev["quad"]) == (
        "MOBILIZE", "2024-06-20", "text", "Russia", 4)
    assert ev["claim_text"] == "Nordkorea 1.500 Soldaten nach Russland entsandt habe"
    assert [(a["role"], a["name"]) for a in ev["arguments"]] == [
        ("actor", "North Korea"), ("target", "Russia")]
    echo = ok(base, "/api/events/art-echo/v1")["item"]
    assert (echo["date"], echo["date_basis"]) == ("2024-06-22", "published")


def test_timeline_counts_by_day_and_week(base: str) -> None:
    day = ok(base, "/api/timeline", {"by": "type", "interval": "day"})["item"]
    assert sum(sum(b["counts"].values()) for b in day["buckets"]) == N_EVENTS
    week = ok(base, "/api/timeline", {"by": "type", "interval": "week"})["item"]
    from datetime import date

    assert all(date.fromisoformat(b["start"]).weekday() == 0 for b in week["buckets"])
    assert ok(base, "/api/timeline")["item"]["interval"] == "day"  # spans 61 days: auto = day
    actor = ok(base, "/api/timeline", {"by": "actor", "type": "ASSAULT"})["item"]
    assert actor["buckets"] == [{"start": "2024-06-25", "counts": {"Russia": 1}}]


def test_network_weights_and_quads(base: str) -> None:
    net = ok(base, "/api/network")["item"]
    edges = {(e["source"], e["target"], e["mutual"]): e for e in net["edges"]}
    nk = edges[("North Korea", "Russia", False)]
    assert nk["weight"] == 3 and nk["quad"] == 4 and nk["by_quad"] == {"2": 1, "4": 2}
    assert edges[("Kim Jong-un", "Vladimir Putin", True)]["quad"] == 1
    assert edges[("Germany", "Turkey", False)]["weight"] == FILLER


def test_places_have_coordinates_and_event_counts(base: str) -> None:
    places = {p["name"]: p for p in ok(base, "/api/places")["items"]}
    assert places["Kyiv"]["events"] == 1 and places["Kyiv"]["lat"] == pytest.approx(50.45)
    assert places["Moscow"]["events"] == 0
    assault = ok(base, "/api/places", {"type": "ASSAULT"})["items"]
    assert [(p["name"], p["events"]) for p in assault] == [("Kyiv", 1)]


# ---- bad parameters and injection -------------------------------------------------------------


@pytest.mark.parametrize(("path", "params"), [
    ("/api/articles", {"limit": "0"}),
    ("/api/articles", {"limit": "1000"}),
    ("/api/articles", {"limit": "ten"}),
    ("/api/articles", {"date_from": "yesterday"}),
    ("/api/articles", {"stance": "sure"}),
    ("/api/articles", {"cursor": "not-a-cursor!"}),
    ("/api/articles", {"cursor": "WzFd"}),  # a cursor of the wrong shape: [1]
    ("/api/events", {"sort": "trigger_text; DROP TABLE events"}),
    ("/api/events", {"order": "sideways"}),
    ("/api/events", {"quad": "7"}),
    ("/api/timeline", {"by": "colour"}),
    ("/api/timeline", {"interval": "year"}),
    ("/api/network", {"top": "1"}),
    ("/api/search", {"q": "x" * 500}),
    ("/api/entities", {"q": "a\x00b"}),
])
def test_bad_parameters_are_400(base: str, path: str, params: dict[str, str]) -> None:
    error(base, path, params, 400)


PAYLOADS = ("' OR '1'='1", "x\" OR 1=1 --", "%' UNION SELECT record FROM articles --",
            "'); DROP TABLE articles; --", "Russia' --", "_%")
STRING_PARAMS = {
    "/api/articles": ["publisher", "language", "entity", "event_type"],
    "/api/search": ["q", "publisher", "language", "entity", "event_type"],
    "/api/entities": ["q"],
    "/api/claims": ["speaker", "article", "q"],
    "/api/events": ["type", "actor", "target", "place", "article", "publisher", "claim"],
    "/api/timeline": ["type", "actor", "target", "place", "article", "publisher", "claim"],
    "/api/network": ["type", "actor", "target", "place", "article", "publisher", "claim"],
    "/api/places": ["type", "actor", "target", "place", "article", "publisher", "claim"],
}
#: parameters with a fixed form (enum, date, integer, cursor): any injection is a 400
CHECKED_PARAMS = {
    "/api/articles": ["date_from", "date_to", "stance", "limit", "cursor"],
    "/api/search": ["date_from", "date_to", "stance", "limit", "cursor"],
    "/api/entities": ["type", "limit", "cursor"],
    "/api/entities/Russia": ["type"],
    "/api/claims": ["stance", "limit", "cursor"],
    "/api/events": ["quad", "stance", "date_from", "date_to", "sort", "order", "limit",
                    "cursor"],
    "/api/timeline": ["quad", "stance", "date_from", "by", "interval", "top"],
    "/api/network": ["quad", "stance", "date_to", "top"],
    "/api/places": ["quad", "stance", "date_from", "limit"],
}


def _count(body: dict[str, Any]) -> int:
    if "items" in body:
        return len(body["items"])
    item = body["item"]
    return len(item.get("buckets", item.get("edges", [])))


@pytest.mark.parametrize("path", sorted(STRING_PARAMS))
def test_injection_in_every_string_parameter_matches_nothing(base: str, path: str) -> None:
    for name in STRING_PARAMS[path]:
        for payload in PAYLOADS:
            params = {name: payload}
            if path == "/api/search" and name != "q":
                params["q"] = "Soldaten"
            status, body = call(base, path, params)
            assert status in (200, 400), (name, payload, body)
            if status == 200:
                assert _count(body) == 0, (name, payload, body)
            else:
                assert body["ok"] is False and body["status"] == 400
    assert len(walk(base, "/api/articles", {"limit": 200})) == N_ARTICLES


@pytest.mark.parametrize("path", sorted(CHECKED_PARAMS))
def test_injection_in_checked_parameters_is_400(base: str, path: str) -> None:
    for name in CHECKED_PARAMS[path]:
        for payload in PAYLOADS:
            params = {name: payload, **({"q": "Soldaten"} if path == "/api/search" else {})}
            error(base, path, params, 400)


def test_injection_in_path_ids_is_404(base: str) -> None:
    for payload in PAYLOADS:
        enc = quote(payload, safe="")
        for path in (f"/api/articles/{enc}", f"/api/entities/{enc}",
                     f"/api/claims/{enc}/c1", f"/api/claims/art-chain/{enc}/sources",
                     f"/api/events/art-chain/{enc}"):
            error(base, path, None, 404)


# ---- OpenAPI ----------------------------------------------------------------------------------


def test_openapi_describes_every_api_route(base: str, db: Path) -> None:
    status, spec = call(base, "/openapi.json")
    assert status == 200 and spec["openapi"].startswith("3.")
    from newsgraph.web import create_app

    app = create_app(db)
    routes = {
        rule.rule.replace("<path:", "{").replace("<", "{").replace(">", "}")
        for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")
    }
    assert routes == set(spec["paths"])
    for path, item in spec["paths"].items():
        op = item["get"]
        assert op["summary"] and "400" in op["responses"]
        if "{" in path:
            assert "404" in op["responses"]
        for p in op["parameters"]:
            assert p["in"] in ("query", "path") and "schema" in p


def test_the_app_cannot_write(db: Path) -> None:
    import sqlite3

    from newsgraph.web import create_app
    from newsgraph.web.context import conn

    app = create_app(db)
    with app.test_request_context("/"), pytest.raises(sqlite3.OperationalError):
        conn().execute("DELETE FROM articles")
