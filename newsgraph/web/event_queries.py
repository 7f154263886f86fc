"""Read-only queries over events: the table, one event, the timeline, the actor network, places.

An event's *date* is its time expression's value when that is a calendar date, else the
article's publication date (``date_basis`` says which).  Its actors and targets are entity
names where the argument links to an entity, else the argument's text.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from ..store.event_rows import row_select
from .identity import ReadDb
from .params import (
    QUAD_OF_TYPE,
    EventFilters,
    all_of,
    contains,
    equals,
    keyset,
    order_by,
    quad_of,
)
from .queries import Page, Row, fetch_page, rows

#: one row per event, computed (databases from before migration ``006_event_rows``, which
#: stores these rows in the table ``event_rows``); user values never enter this text
EVENTS_VIEW = row_select(lambda alias: f"@name({alias})")


def events_source(conn: ReadDb) -> str:
    """The stored rows (``event_rows``) where the database has them, else the computed view."""
    found = conn.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_rows'"
    ).fetchone()
    return "event_rows" if found else f"({EVENTS_VIEW})"


#: sortable columns of the events table (whitelist: name -> SQL expression over the view)
SORTS: dict[str, str] = {
    "date": "COALESCE(date, '')",
    "type": "type",
    "actor": "COALESCE(actors, '')",
    "target": "COALESCE(targets, '')",
    "place": "COALESCE(place, '')",
    "stance": "stance",
    "confidence": "confidence",
    "publisher": "COALESCE(publisher, '')",
    "claim": "COALESCE(claim_text, '')",
}


def _argument_like(role: str) -> str:
    """Events with an argument of ``role`` matching the two LIKE operands: by the name the
    argument goes by, or by its words in the text ("Nordkorea")."""
    return (
        f"(ev.{role}s LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM event_args fx"
        " WHERE fx.article_id = ev.article_id AND fx.event_id = ev.id"
        f" AND fx.role = '{role}' AND fx.text LIKE ? ESCAPE '\\'))"
    )


def _where(f: EventFilters) -> tuple[str, list[Any]]:
    quad_types = [t for t, q in QUAD_OF_TYPE.items() if q == f.quad]
    return all_of(
        equals("type = ?", f.type),
        (f"type IN ({', '.join('?' for _ in quad_types)})", quad_types) if f.quad else None,
        contains(_argument_like("actor"), f.actor),
        contains(_argument_like("target"), f.target),
        contains("ev.place LIKE ? ESCAPE '\\'", f.place),
        contains("ev.claim_text LIKE ? ESCAPE '\\'", f.claim),
        equals("stance = ?", f.stance),
        equals("date >= ?", f.date_from),
        equals("date <= ?", f.date_to),
        equals("article_id = ?", f.article),
        equals("publisher = ? COLLATE NOCASE", f.publisher),
    )


def _decorate(item: Row) -> Row:
    item["quad"] = quad_of(item.get("type"))
    item["reciprocal"] = bool(item.get("reciprocal"))
    return item


def list_events(
    conn: ReadDb,
    f: EventFilters,
    sort: str,
    descending: bool,
    limit: int,
    cursor: list[Any] | None,
) -> Page:
    direction = "DESC" if descending else "ASC"
    keys = [(SORTS[sort], direction), ("article_id", "ASC"), ("id", "ASC")]
    where, params = _where(f)
    after, after_params = keyset(keys, cursor)
    sql = (
        f"SELECT *, {SORTS[sort]} AS _k0 FROM {events_source(conn)} ev"
        f" WHERE {where} AND {after} ORDER BY {order_by(keys)} LIMIT ?"
    )
    items, nxt = fetch_page(conn, sql, [*params, *after_params], limit, ["_k0", "article_id", "id"])
    return [_decorate(it) for it in items], nxt


def get_event(conn: ReadDb, article_id: str, event_id: str) -> Row | None:
    found = rows(conn.execute(
        f"SELECT * FROM {events_source(conn)} WHERE article_id = ? AND id = ?", (article_id, event_id)
    ))
    if not found:
        return None
    item = _decorate(found[0])
    item["arguments"] = rows(conn.execute(
        "SELECT x.role, x.idx, x.entity, x.text, x.country, x.sector, @name(en) AS name, en.type"
        " FROM event_args x LEFT JOIN entities en ON en.article_id = x.article_id"
        " AND en.id = x.entity WHERE x.article_id = ? AND x.event_id = ? ORDER BY x.role, x.idx",
        (article_id, event_id),
    ))
    return item


def _iter_filtered(conn: ReadDb, f: EventFilters, columns: str) -> sqlite3.Cursor:
    where, params = _where(f)
    return conn.execute(f"SELECT {columns} FROM {events_source(conn)} ev WHERE {where}", params)


def top_names(counts: Counter[str], n: int) -> list[str]:
    """The ``n`` most frequent names, ties broken by name (not by the order rows were read)."""
    return sorted(counts, key=lambda name: (-counts[name], name))[:n]


def week_start(day: str) -> str:
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


#: with interval "auto", spans longer than this many days are counted per week
AUTO_WEEK_DAYS = 90


def timeline(
    conn: ReadDb, f: EventFilters, by: str, interval: str, top: int = 8
) -> Row:
    """Event counts per day or ISO week (keyed by its Monday) per type or per actor.

    ``interval`` "auto" picks weeks when the dated events span more than
    :data:`AUTO_WEEK_DAYS` days, else days.
    """
    per_day: dict[date, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for row in _iter_filtered(conn, f, "date, type, actors"):
        try:
            day = date.fromisoformat((row[0] or "")[:10])
        except ValueError:
            continue
        names = [row[1]] if by == "type" else [a for a in (row[2] or "").split("; ") if a]
        for name in names or ["(none)"]:
            per_day[day][name] += 1
            totals[name] += 1
    if interval == "auto":
        span = (max(per_day) - min(per_day)).days if per_day else 0
        interval = "week" if span > AUTO_WEEK_DAYS else "day"
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for day, c in per_day.items():
        counts[week_start(day.isoformat()) if interval == "week" else day.isoformat()].update(c)
    keep = top_names(totals, top)
    series: list[str] = list(keep)
    buckets = []
    for bucket in sorted(counts):
        c = counts[bucket]
        values = {name: c[name] for name in keep if c[name]}
        other = sum(n for name, n in c.items() if name not in keep)
        if other:
            values["(other)"] = other
            if "(other)" not in series:
                series.append("(other)")
        buckets.append({"start": bucket, "counts": values})
    return {"by": by, "interval": interval, "series": series, "buckets": buckets}


def network(conn: ReadDb, f: EventFilters, top: int = 30) -> Row:
    """Actor → target edges weighted by event count, with counts per quad class.

    Reciprocal events add undirected (``mutual``) edges between their actors.
    """
    where, params = _where(f)
    source = events_source(conn)
    sql = (
        "SELECT v.type, COALESCE(@name(ea), xa.text) AS src, COALESCE(@name(et), xt.text) AS dst"
        f" FROM (SELECT article_id, id, type FROM {source} ev WHERE {where}) v"
        " JOIN event_args xa ON xa.article_id = v.article_id AND xa.event_id = v.id"
        " AND xa.role = 'actor'"
        " JOIN event_args xt ON xt.article_id = v.article_id AND xt.event_id = v.id"
        " AND xt.role = 'target'"
        " LEFT JOIN entities ea ON ea.article_id = xa.article_id AND ea.id = xa.entity"
        " LEFT JOIN entities et ON et.article_id = xt.article_id AND et.id = xt.entity"
    )
    # reciprocal events (talks between X and Y): every pair of their actors, undirected
    mutual_sql = (
        "SELECT v.type, COALESCE(@name(e1), x1.text), COALESCE(@name(e2), x2.text)"
        f" FROM (SELECT article_id, id, type FROM {source} ev WHERE {where}"
        " AND reciprocal = 1) v"
        " JOIN event_args x1 ON x1.article_id = v.article_id AND x1.event_id = v.id"
        " AND x1.role = 'actor'"
        " JOIN event_args x2 ON x2.article_id = v.article_id AND x2.event_id = v.id"
        " AND x2.role = 'actor' AND x2.idx > x1.idx"
        " LEFT JOIN entities e1 ON e1.article_id = x1.article_id AND e1.id = x1.entity"
        " LEFT JOIN entities e2 ON e2.article_id = x2.article_id AND e2.id = x2.entity"
    )
    edges: dict[tuple[str, str, bool], Counter[int]] = defaultdict(Counter)
    degree: Counter[str] = Counter()
    for mutual, query in ((False, sql), (True, mutual_sql)):
        for etype, src, dst in conn.execute(query, params):
            if not src or not dst or src == dst:
                continue
            if mutual and dst < src:
                src, dst = dst, src
            edges[(src, dst, mutual)][quad_of(etype) or 0] += 1
            degree[src] += 1
            degree[dst] += 1
    nodes = top_names(degree, top)
    keep = set(nodes)
    out_edges = []
    for (src, dst, mutual), quads in sorted(edges.items()):
        if src in keep and dst in keep:
            out_edges.append({
                "source": src, "target": dst, "weight": sum(quads.values()),
                "mutual": mutual, "quad": quads.most_common(1)[0][0] or None,
                "by_quad": {str(q): n for q, n in sorted(quads.items())},
            })
    return {
        "nodes": [{"name": n, "events": degree[n]} for n in nodes],
        "edges": out_edges,
    }


def places(conn: ReadDb, f: EventFilters, limit: int = 500) -> list[Row]:
    """Places with coordinates: how many events happen there and how often they are named.

    Unfiltered, every place with coordinates is listed; with event filters, only the places of
    matching events.
    """
    filtered = bool(f.as_query())
    where, params = _where(f)
    # events per place name (one count per name, looked up once per listed place)
    event_counts: Counter[str] = Counter(name for (name,) in conn.execute(
        f"SELECT place FROM {events_source(conn)} ev WHERE {where} AND lat IS NOT NULL", params
    ))
    out = []
    for r in conn.execute(
        "SELECT @name(e) AS name, e.type, round(avg(e.lat), 3) AS lat,"
        " round(avg(e.lon), 3) AS lon, count(DISTINCT e.article_id) AS articles FROM entities e"
        " WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, e.type"
        " ORDER BY articles DESC, name LIMIT ?",
        (limit,),
    ):
        n_events = event_counts[r[0]]
        if filtered and not n_events:
            continue
        out.append({"name": r[0], "type": r[1], "lat": r[2], "lon": r[3],
                    "articles": r[4], "events": n_events})
    return out
