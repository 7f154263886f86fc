"""Read-only queries for articles, full-text search and entities (actors).

All SQL here is fixed text; user values are bound with ``?``.  Listings return
``(items, next_cursor)`` with keyset cursors (see :func:`newsgraph.web.params.keyset`).
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .identity import ReadDb
from .params import (
    ApiError,
    ArticleFilters,
    all_of,
    contains,
    encode_cursor,
    equals,
    keyset,
    like_pattern,
    order_by,
)

Row = dict[str, Any]
Page = tuple[list[Row], str | None]

_WORD = re.compile(r"\w+", re.UNICODE)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def rows(cur: sqlite3.Cursor) -> list[Row]:
    return [dict(r) for r in cur.fetchall()]


def page_of(items: list[Row], limit: int, key: list[str]) -> Page:
    """Cut the one extra row fetched to know whether there is a next page."""
    if len(items) <= limit:
        return items, None
    items = items[:limit]
    return items, encode_cursor([items[-1][k] for k in key])


def fetch_page(conn: ReadDb, sql: str, params: list[Any], limit: int, key: list[str]) -> Page:
    """One page of a keyset listing: ``sql`` ends in ``LIMIT ?`` (bound here to one row more
    than ``limit``, to know whether there is a next page); the cursor holds the ``key`` columns
    of the page's last row; the sort-key column ``_k0`` is dropped from the items."""
    items, nxt = page_of(rows(conn.execute(sql, [*params, limit + 1])), limit, key)
    for it in items:
        it.pop("_k0", None)
    return items, nxt


# ---- articles ---------------------------------------------------------------------------------

_ARTICLE_COLS = (
    "a.id, a.title, a.publisher, a.published, a.language, a.url, a.section, a.author,"
    " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS n_claims,"
    " (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS n_events,"
    " (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS n_entities"
)
_ARTICLE_KEYS = [("COALESCE(a.published, '')", "DESC"), ("a.id", "ASC")]


def list_articles(
    conn: ReadDb, filters: ArticleFilters, limit: int, cursor: list[Any] | None
) -> Page:
    where, params = filters.sql("a")
    after, after_params = keyset(_ARTICLE_KEYS, cursor)
    sql = (
        f"SELECT {_ARTICLE_COLS}, COALESCE(a.published, '') AS _k0 FROM articles a"
        f" WHERE {where} AND {after} ORDER BY {order_by(_ARTICLE_KEYS)} LIMIT ?"
    )
    return fetch_page(conn, sql, [*params, *after_params], limit, ["_k0", "id"])


def article_record(conn: ReadDb, article_id: str) -> str | None:
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else str(row[0])


def publishers(conn: ReadDb) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL ORDER BY 1"
        )
    ]


def overview(conn: ReadDb) -> dict[str, int]:
    out = {}
    for name in ("articles", "entities", "claims", "events"):
        out[name] = int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
    return out


# ---- search -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FtsInfo:
    """The store's full-text index (migration ``002_fts``): stemmed title/body by rowid."""

    table: str


def find_fts(conn: ReadDb) -> FtsInfo | None:
    """The FTS5 index if this database has one (older databases fall back to LIKE)."""
    try:
        from ..store.fts import FTS_TABLE
    except ImportError:  # pragma: no cover - store without FTS support
        return None
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).fetchone()
    return FtsInfo(FTS_TABLE) if found and _IDENT.match(FTS_TABLE) else None


def query_words(q: str) -> list[str]:
    words = _WORD.findall(q)
    if not words:
        raise ApiError(400, "parameter 'q' must contain at least one word")
    return words[:20]


def _fts_match(q: str) -> tuple[str, Callable[[str], bool]]:
    """The MATCH expression (the store's query syntax, German stemming) and a hit test."""
    from ..errors import ConfigError
    from ..store.fts import build_query
    from ..store.stemmer import cistem

    try:
        match, stems = build_query(q)
    except ConfigError as exc:
        raise ApiError(400, f"parameter 'q': {exc.message}") from None
    return match, lambda word: cistem(word) in stems


def search(
    conn: ReadDb,
    q: str,
    filters: ArticleFilters,
    limit: int,
    cursor: list[Any] | None,
    fts: FtsInfo | None,
) -> Page:
    """Articles matching ``q`` (all words; with FTS also "phrases", word*, OR, -word).

    Ranked by BM25 with the FTS index, else newest first; cursor = [offset].
    """
    offset = 0
    if cursor is not None:
        if len(cursor) != 1 or not isinstance(cursor[0], int) or cursor[0] < 0:
            raise ApiError(400, "parameter 'cursor' does not belong to this search")
        offset = cursor[0]
    where, params = filters.sql("a")
    if fts is not None:
        match, is_hit = _fts_match(q)
        sql = (
            "SELECT a.id, a.title, a.publisher, a.published, a.language, a.text AS _text"
            f" FROM {fts.table} f JOIN articles a ON a.rowid = f.rowid"
            f" WHERE {fts.table} MATCH ? AND {where}"
            f" ORDER BY bm25({fts.table}, 3.0, 1.0), a.id LIMIT ? OFFSET ?"
        )
        try:
            items = rows(conn.execute(sql, [match, *params, limit + 1, offset]))
        except sqlite3.OperationalError as exc:
            raise ApiError(400, f"cannot search for {q!r}: {exc}") from None
    else:
        words = query_words(q)
        lowered = [w.casefold() for w in words]
        likes = " AND ".join("(COALESCE(a.title, '') || ' ' || a.text) LIKE ? ESCAPE '\\'"
                             for _ in words)
        sql = (
            "SELECT a.id, a.title, a.publisher, a.published, a.language, a.text AS _text"
            f" FROM articles a WHERE {likes} AND {where}"
            " ORDER BY COALESCE(a.published, '') DESC, a.id LIMIT ? OFFSET ?"
        )
        items = rows(conn.execute(
            sql, [*(like_pattern(w) for w in words), *params, limit + 1, offset]
        ))

        def is_hit(word: str) -> bool:
            return any(w in word.casefold() for w in lowered)

    nxt = encode_cursor([offset + limit]) if len(items) > limit else None
    items = items[:limit]
    for it in items:
        raw = make_snippet(it.pop("_text"), is_hit)
        it["snippet"] = raw.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        it["snippet_html"] = (
            html.escape(raw).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
        )
    return items, nxt


def make_snippet(text: str, is_hit: Callable[[str], bool], width: int = 90) -> str:
    """A window of ``text`` around the first hit, every hit wrapped in the mark characters."""
    first = next((m for m in _WORD.finditer(text[:500_000]) if is_hit(m.group(0))), None)
    centre = first.start() if first else 0
    start = max(0, centre - width)
    end = min(len(text), centre + width)
    window = text[start:end]
    marked = _WORD.sub(
        lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}" if is_hit(m.group(0)) else m.group(0),
        window,
    )
    marked = " ".join(marked.split())
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")


# ---- entities ---------------------------------------------------------------------------------

_ENTITY_KEYS = [("articles", "DESC"), ("name", "ASC"), ("type", "ASC")]


def list_entities(
    conn: ReadDb,
    q: str | None,
    etype: str | None,
    limit: int,
    cursor: list[Any] | None,
) -> Page:
    where, params = all_of(
        contains("@name(e) LIKE ? ESCAPE '\\'", q),
        equals("e.type = ?", etype),
    )
    after, after_params = keyset(_ENTITY_KEYS, cursor)
    sql = (
        "SELECT * FROM (SELECT @name(e) AS name, e.type, count(DISTINCT e.article_id) AS articles,"
        " sum((SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id"
        "   AND m.entity_id = e.id)) AS mentions,"
        " max(e.wikidata) AS wikidata, max(e.iso3) AS iso3, avg(e.lat) AS lat, avg(e.lon) AS lon,"
        " min(a.published) AS first_seen, max(a.published) AS last_seen"
        " FROM entities e JOIN articles a ON a.id = e.article_id"
        f" WHERE {where} GROUP BY 1, e.type)"
        f" WHERE {after} ORDER BY {order_by(_ENTITY_KEYS)} LIMIT ?"
    )
    return fetch_page(conn, sql, [*params, *after_params], limit, ["articles", "name", "type"])


def _same_entity(alias: str) -> str:
    """Rows of ``alias`` that are the entity named by the next two parameters: the corpus
    entity whose own or per-article name it is (so every spelling leads to the same page)."""
    return (f"@name({alias}) IN (SELECT @name(e0) FROM entities e0"
            " WHERE e0.name = ? OR @name(e0) = ?)")


def entity_detail(conn: ReadDb, name: str, etype: str | None) -> Row | None:
    """Everything known about the entity called ``name`` across articles."""
    type_sql, type_params = ("AND e.type = ?", [etype]) if etype else ("", [])
    summary = rows(conn.execute(
        "SELECT e.type, count(DISTINCT e.article_id) AS articles, max(e.wikidata) AS wikidata,"
        " max(e.iso3) AS iso3, avg(e.lat) AS lat, avg(e.lon) AS lon FROM entities e"
        f" WHERE {_same_entity('e')} {type_sql} GROUP BY e.type ORDER BY articles DESC",
        [name, name, *type_params],
    ))
    if not summary:
        return None
    base = f"JOIN entities e ON e.article_id = x.article_id AND {_same_entity('e')} {type_sql}"
    mentions = rows(conn.execute(
        "SELECT x.article_id, a.title, a.published, x.start, x.\"end\", x.text,"
        " substr(a.text, max(1, x.start - 59), min(x.start, 60)) AS before,"
        " substr(a.text, x.\"end\" + 1, 60) AS after"
        f" FROM mentions x {base} AND x.entity_id = e.id JOIN articles a ON a.id = x.article_id"
        " ORDER BY a.published DESC, x.article_id, x.start LIMIT 200",
        [name, name, *type_params],
    ))
    roles = rows(conn.execute(
        "SELECT x.article_id, x.role, x.sector, x.text, x.start, x.\"end\","
        " (SELECT @name(o) FROM entities o WHERE o.article_id = x.article_id AND o.id = x.org)"
        " AS org,"
        " (SELECT @name(p) FROM entities p WHERE p.article_id = x.article_id AND p.id = x.person)"
        " AS person"
        f" FROM roles x {base} AND (x.person = e.id OR x.org = e.id)"
        " ORDER BY x.article_id, x.start LIMIT 200",
        [name, name, *type_params],
    ))
    claims = rows(conn.execute(
        "SELECT x.article_id, x.id, x.content_text, x.stance, x.form, x.cue_text, x.via,"
        " a.title, a.published FROM claims x"
        " JOIN articles a ON a.id = x.article_id"
        " LEFT JOIN entities e ON e.article_id = x.article_id AND e.id = x.speaker"
        f" WHERE ({_same_entity('e')} OR (x.speaker IS NULL"
        " AND x.speaker_text = ? COLLATE NOCASE))"
        " ORDER BY a.published DESC, x.article_id, x.content_start LIMIT 200",
        [name, name, name],
    ))
    surface_forms = rows(conn.execute(
        f"SELECT x.text, count(*) AS count FROM mentions x {base} AND x.entity_id = e.id"
        " GROUP BY x.text ORDER BY count DESC, x.text LIMIT 50",
        [name, name, *type_params],
    ))
    out: Row = {"name": name, "types": summary, "surface_forms": surface_forms,
                "mentions": mentions, "roles": roles, "claims": claims}
    if conn.corpus:
        # why each article's entity is this one (the store's corpus identity links)
        out["identity"] = rows(conn.execute(
            "SELECT x.article_id, a.title, x.entity_id, e.name AS article_name, x.rule, x.reason"
            f" FROM corpus_entity_links x {base} AND x.entity_id = e.id"
            " JOIN articles a ON a.id = x.article_id ORDER BY a.published, x.article_id LIMIT 200",
            [name, name, *type_params],
        ))
    for role in ("actor", "target"):
        out[f"events_as_{role}"] = rows(conn.execute(
            "SELECT DISTINCT v.article_id, v.id, v.type, v.trigger_text, v.stance, a.published,"
            " a.title FROM event_args x"
            f" {base} AND x.entity = e.id"
            " JOIN events v ON v.article_id = x.article_id AND v.id = x.event_id"
            " JOIN articles a ON a.id = x.article_id"
            " WHERE x.role = ? ORDER BY a.published DESC, v.article_id, v.id LIMIT 200",
            [name, name, *type_params, role],
        ))
    return out
