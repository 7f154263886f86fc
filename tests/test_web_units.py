"""Units of the workbench: span rendering, claim matching, cursors, snippets, SVG drawings."""

from __future__ import annotations

import re
import sqlite3
from html import unescape

import pytest
from web_corpus import chain_article

from newsgraph.record import Article, Block, Claim, Entity, Span
from newsgraph.web.annotate import render_blocks
from newsgraph.web.claim_queries import chain_of, similarity
from newsgraph.web.event_queries import places
from newsgraph.web.identity import ReadDb
from newsgraph.web.params import (
    ApiError,
    EventFilters,
    all_of,
    contains,
    decode_cursor,
    encode_cursor,
    equals,
    keyset,
    like_pattern,
)
from newsgraph.web.queries import MARK_CLOSE, MARK_OPEN, fetch_page, make_snippet
from newsgraph.web.svg import chain_svg, map_svg, network_svg, timeline_svg

_TAG = re.compile(r"<[^>]+>")


def _plain(html: str) -> str:
    """The text a browser shows, without the claim tags inserted before claims."""
    return unescape(_TAG.sub("", re.sub(r"<sup[^>]*>.*?</sup>", "", html)))


def test_rendering_keeps_every_character_once_and_in_order() -> None:
    a = chain_article()
    blocks = render_blocks(a)
    assert "".join(_plain(b.html) for b in blocks) == "".join(
        a.text[b.start:b.end] for b in sorted(a.blocks, key=lambda b: b.start))
    assert [b.kind for b in blocks if not b.is_content] == ["caption", "related", "appeal"]


def test_nested_claims_select_the_innermost() -> None:
    html = next(b.html for b in render_blocks(chain_article()) if b.kind == "body")
    segment = re.search(r'<span [^>]*data-claim="(c\d)"[^>]*>Nordkorea</span>', html)
    assert segment is not None and segment.group(1) == "c2"  # inside c1 and c2: c2 wins
    assert "National Intelligence Service · alleged</sup>" in html
    assert "Yonhap · reported</sup>" in html


def test_rendering_escapes_text_and_annotations() -> None:
    text = "<b>Boss</b> said \"x\" & left"
    a = Article(id="x", text=text, blocks=(Block("body", 0, len(text)),),
                entities=(Entity("e1", "PERSON", 'Evil"<name>', mentions=(Span(3, 7, "Boss"),)),),
                claims=(Claim("c1", Span(17, 20, '"x"'), "direct", "reported",
                              speaker_text="<script>"),))
    html = render_blocks(a)[0].html
    assert "<b>" not in html and "<script>" not in html and "&lt;b&gt;" in html
    assert 'data-tip="PERSON · Evil&quot;&lt;name&gt;"' in html


def test_spans_outside_the_text_are_ignored() -> None:
    a = Article(id="x", text="short", entities=(
        Entity("e1", "ORG", "X", mentions=(Span(3, 50, "?"),)),))
    assert _plain(render_blocks(a)[0].html) == "short"


def test_chain_of_follows_via_and_survives_cycles() -> None:
    claims = {
        "c1": {"id": "c1", "speaker_name": "Yonhap", "stance": "reported", "via": None},
        "c2": {"id": "c2", "speaker_name": "NIS", "stance": "alleged", "via": "c1"},
        "c3": {"id": "c3", "speaker_name": "A", "stance": "reported", "via": "c4"},
        "c4": {"id": "c4", "speaker_name": "B", "stance": "reported", "via": "c3"},
    }
    assert [n["label"] for n in chain_of(claims, "c2", "Testpost")] == [
        "Testpost", "Yonhap", "NIS"]
    assert [n["label"] for n in chain_of(claims, "c3", None)] == ["(article)", "B", "A"]


def test_claim_similarity() -> None:
    same = similarity("Nordkorea habe 1.500 Soldaten nach Russland entsandt",
                      "hat Nordkorea 1.500 Soldaten nach Russland entsandt")
    assert same == pytest.approx(1.0)
    longer = similarity("Nordkorea hat Soldaten entsandt",
                        "Nordkorea hat nach Angaben aus Seoul Soldaten nach Russland entsandt")
    assert 0.4 < longer < 1.0
    other = similarity("Nordkorea hat Soldaten nach Russland entsandt",
                       "Russland hat neue Sanktionen gegen Japan verhängt")
    assert other < 0.4
    assert similarity("Straße", "STRASSE") == pytest.approx(1.0)


def test_cursor_round_trip_and_rejection() -> None:
    assert decode_cursor(encode_cursor(["2024-06-20", "art", 3])) == ["2024-06-20", "art", 3]
    for bad in ("%%%", encode_cursor([]) + "x!", "eyJhIjoxfQ", "W3RydWVd"):  # {"a":1}, [true]
        with pytest.raises(ApiError) as err:
            decode_cursor(bad)
        assert err.value.status == 400


def test_keyset_pages_like_offsets() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT, b INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?, ?)",
                     [(x, y) for x in ("a", "b", "c") for y in range(4)])
    keys = [("a", "DESC"), ("b", "ASC")]
    seen: list[tuple[str, int]] = []
    cursor = None
    while True:
        where, params = keyset(keys, cursor)
        page = conn.execute(f"SELECT a, b FROM t WHERE {where} ORDER BY a DESC, b ASC LIMIT 5",
                            params).fetchall()
        if not page:
            break
        seen += page
        cursor = list(page[-1])
    assert seen == conn.execute("SELECT a, b FROM t ORDER BY a DESC, b ASC").fetchall()
    with pytest.raises(ApiError):
        keyset(keys, ["only one"])


def test_fetch_page_cuts_the_extra_row_and_keeps_the_sort_key_only_in_the_cursor() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE t (id INTEGER, day TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"2024-01-0{i}") for i in range(1, 6)])
    sql = "SELECT id, day AS _k0 FROM t WHERE id > ? ORDER BY day LIMIT ?"
    items, nxt = fetch_page(ReadDb(conn, corpus=False), sql, [1], 2, ["_k0", "id"])
    assert items == [{"id": 2}, {"id": 3}]
    assert decode_cursor(nxt) == ["2024-01-03", 3]
    assert fetch_page(ReadDb(conn, corpus=False), sql, [0], 5, ["_k0", "id"])[1] is None


def test_like_pattern_escapes_wildcards() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (s TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("100%",), ("1000",), ("a_b",), ("axb",)])

    def hits(q: str) -> list[str]:
        return [r[0] for r in conn.execute("SELECT s FROM t WHERE s LIKE ? ESCAPE '\\'",
                                           (like_pattern(q),))]

    assert hits("0%") == ["100%"] and hits("_") == ["a_b"]


def test_filter_clauses_bind_every_placeholder_in_order_and_skip_unset_values() -> None:
    assert all_of() == ("1", [])
    assert all_of(equals("a = ?", None), equals("a = ?", ""), contains("b LIKE ?", None)) == (
        "1", [])
    where, params = all_of(
        equals("a = ?", "x"),
        None,
        contains("(b LIKE ? ESCAPE '\\' OR c LIKE ? ESCAPE '\\')", "5%"),
        ("d IN (?, ?)", [1, 2]),
        equals("(e = ? OR f = ?)", 7),
    )
    assert where == ("a = ? AND (b LIKE ? ESCAPE '\\' OR c LIKE ? ESCAPE '\\')"
                     " AND d IN (?, ?) AND (e = ? OR f = ?)")
    assert params == ["x", "%5\\%%", "%5\\%%", 1, 2, 7, 7]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b, c, d, e, f)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", [
        ("x", "15%", "", 1, 7, 0), ("x", "", "a 5% b", 2, 0, 7),  # the two matches
        ("x", "500", "5x", 1, 7, 7),  # "5%" is no wildcard
        ("y", "5%", "", 1, 7, 7), ("x", "5%", "", 3, 7, 7), ("x", "5%", "", 1, 0, 0),
    ])
    found = conn.execute(f"SELECT b, c FROM t WHERE {where}", params).fetchall()
    assert found == [("15%", ""), ("", "a 5% b")]


def test_places_count_the_events_of_a_name_at_every_coordinate() -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript("""
        CREATE TABLE entities (article_id, id, type, name, lat, lon);
        INSERT INTO entities VALUES ('a1', 'e1', 'GPE', 'Kyiv', 50.4, 30.4),
            ('a2', 'e1', 'GPE', 'Kyiv', 50.6, 30.6), ('a3', 'e1', 'GPE', 'Lviv', 49.8, 24.0),
            ('a3', 'e2', 'PERSON', 'Nobody', NULL, NULL);
        CREATE TABLE event_rows (article_id, id, type, place, lat, lon);
        INSERT INTO event_rows VALUES ('a1', 'v1', 'ASSAULT', 'Kyiv', 50.4, 30.4),
            ('a1', 'v2', 'PROTEST', 'Kyiv', 50.4, 30.4), ('a2', 'v1', 'ASSAULT', 'Kyiv', 50.6, 30.6),
            ('a2', 'v2', 'ASSAULT', 'Kyiv', NULL, NULL), ('a3', 'v1', 'AID', NULL, NULL, NULL);
    """)
    db = ReadDb(conn, corpus=False)
    assert places(db, EventFilters()) == [
        {"name": "Kyiv", "type": "GPE", "lat": 50.5, "lon": 30.5, "articles": 2, "events": 3},
        {"name": "Lviv", "type": "GPE", "lat": 49.8, "lon": 24.0, "articles": 1, "events": 0},
    ]
    assert [(p["name"], p["events"]) for p in places(db, EventFilters(type="ASSAULT"))] == [
        ("Kyiv", 2)]
    assert places(db, EventFilters(type="AID")) == []
    assert [p["name"] for p in places(db, EventFilters(), limit=1)] == ["Kyiv"]


def test_snippet_marks_every_hit_near_the_first() -> None:
    text = "x " * 200 + "Die Soldaten kamen. Soldaten gingen." + " y" * 200
    snip = make_snippet(text, lambda w: w.lower() == "soldaten")
    assert snip.startswith("…") and snip.endswith("…")
    assert snip.count(MARK_OPEN) == 2 and snip.count(MARK_CLOSE) == 2


def test_svgs_escape_labels_and_handle_empty_data() -> None:
    evil = '<script>"&'
    nodes = [{"kind": "publisher", "label": evil, "stance": None},
             {"kind": "speaker", "label": "NIS", "stance": "alleged"}]
    for svg in (
        chain_svg(nodes, "chain-x"),
        timeline_svg({"interval": "day", "series": [evil],
                      "buckets": [{"start": "2024-01-01", "counts": {evil: 2}}]}),
        network_svg({"nodes": [{"name": evil, "events": 1}, {"name": "B", "events": 1}],
                     "edges": [{"source": evil, "target": "B", "weight": 1, "quad": 3,
                                "mutual": False}]}),
        map_svg([{"name": evil, "lat": 10.0, "lon": 170.0, "events": 1, "articles": 1}]),
    ):
        assert svg.startswith("<svg") and svg.endswith("</svg>")
        assert "<script>" not in svg
    assert "no dated events" in timeline_svg({"interval": "day", "series": [], "buckets": []})
    assert "no actor" in network_svg({"nodes": [], "edges": []})


def test_timeline_fills_empty_days() -> None:
    svg = timeline_svg({"interval": "day", "series": ["A"], "buckets": [
        {"start": "2024-01-01", "counts": {"A": 1}}, {"start": "2024-01-05", "counts": {"A": 3}}]})
    assert svg.count('class="bar"') == 2
    assert "01-05" in svg  # the last of five day slots is labelled


def test_top_names_break_ties_by_name() -> None:
    from collections import Counter

    from newsgraph.web.event_queries import top_names

    counts = Counter({"Zeta": 2, "Alpha": 2, "Mu": 5, "Beta": 1})
    assert top_names(counts, 3) == ["Mu", "Alpha", "Zeta"]
    assert top_names(Counter(), 3) == []
