"""Per-request access to the read-only store (one connection per request, closed after it)."""

from __future__ import annotations

from typing import cast

from flask import current_app, g

from ..store import Store
from .identity import ReadDb
from .queries import FtsInfo, find_fts


def store() -> Store:
    found = g.get("store")
    if found is None:
        found = Store(current_app.config["NEWSGRAPH_DB"], readonly=True)
        g.store = found
    return cast(Store, found)


def conn() -> ReadDb:
    """The request's read-only database (knows whether corpus identity is available)."""
    found = g.get("db")
    if found is None:
        found = ReadDb.wrap(store().conn)
        g.db = found
    return cast(ReadDb, found)


def fts() -> FtsInfo | None:
    """The FTS5 index if the database has one (looked up once per request)."""
    if "fts" not in g:
        g.fts = find_fts(conn())
    return cast("FtsInfo | None", g.fts)


def close_store(exc: BaseException | None = None) -> None:
    found = g.pop("store", None)
    if found is not None:
        found.close()
