"""Summary counts of a store (``newsgraph stats``)."""

from __future__ import annotations

from typing import Any

from .db import Store
from .export import EXPORT_TABLES


def _grouped(store: Store, sql: str) -> dict[str, int]:
    return {str(r[0]) if r[0] is not None else "(none)": int(r[1]) for r in store.conn.execute(sql)}


def store_stats(store: Store) -> dict[str, Any]:
    """Counts per table, block kind, language, publisher, entity type, event type, stance."""
    tables = {t: store.count(t) for t in (*EXPORT_TABLES, "failures")}
    first_last = store.conn.execute(
        "SELECT min(published), max(published) FROM articles"
    ).fetchone()
    return {
        "migrations": store.migrations(),
        "tables": tables,
        "block_kinds": _grouped(
            store, "SELECT kind, count(*) FROM blocks GROUP BY kind ORDER BY count(*) DESC, kind"
        ),
        "languages": _grouped(
            store,
            "SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC",
        ),
        "publishers": _grouped(
            store,
            "SELECT publisher, count(*) FROM articles GROUP BY publisher"
            " ORDER BY count(*) DESC LIMIT 15",
        ),
        "entity_types": _grouped(
            store, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY count(*) DESC"
        ),
        "event_types": _grouped(
            store,
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 20",
        ),
        "claim_stances": _grouped(
            store, "SELECT stance, count(*) FROM claims GROUP BY stance ORDER BY count(*) DESC"
        ),
        "published": {"first": first_last[0], "last": first_last[1]},
    }
