"""The stored events table (migration 006_event_rows) always equals the computed view."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from web_corpus import all_articles, build_db, chain_article

from newsgraph.store import Store, corpus_entities
from newsgraph.store import schema as store_schema
from newsgraph.store.db import AFTER_INSERT
from newsgraph.store.event_rows import fill_article
from newsgraph.web.event_queries import EVENTS_VIEW, events_source, get_event, list_events
from newsgraph.web.identity import ReadDb
from newsgraph.web.params import EventFilters


def _read(path: Path) -> ReadDb:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return ReadDb.wrap(conn)


def _stored(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT * FROM event_rows ORDER BY article_id, id").fetchall()


def _computed(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    db = ReadDb.wrap(conn)
    return db.execute(f"SELECT * FROM ({EVENTS_VIEW}) ORDER BY article_id, id").fetchall()


def _same(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    stored, computed = _stored(conn), _computed(conn)
    conn.close()
    assert stored == computed
    return stored


def test_new_database_fills_rows_like_the_view(tmp_path: Path) -> None:
    rows = _same(build_db(tmp_path / "w.db"))
    assert len(rows) == sum(len(a.events) for a in all_articles())
    assert any(r[21] and "; " not in r[21] for r in rows)  # actors column holds names
    assert events_source(_read(tmp_path / "w.db")) == "event_rows"


def test_database_from_before_the_migration_is_backfilled(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "old.db"
    # a database without the event rows (the later migrations' columns are needed by the
    # current insert code, so only 006 is left out)
    before = tuple(m for m in store_schema.MIGRATIONS if m[0] != "006_event_rows")
    monkeypatch.setattr("newsgraph.store.db.MIGRATIONS", before)
    monkeypatch.setattr("newsgraph.store.db.AFTER_INSERT",
                        tuple(h for h in AFTER_INSERT if h is not fill_article))
    build_db(db)
    old = _read(db)
    assert events_source(old).startswith("(")  # the computed view serves old databases
    old_page = list_events(old, EventFilters(), "actor", False, 50, None)
    assert old_page[0]
    old.conn.close()
    monkeypatch.undo()
    with Store(db) as new:
        assert "006_event_rows" in new.migrations()
    rows = _same(db)
    assert len(rows) == sum(len(a.events) for a in all_articles())
    assert list_events(_read(db), EventFilters(), "actor", False, 50, None) == old_page


def test_force_reingest_and_corpus_renames_keep_rows_consistent(tmp_path: Path) -> None:
    db = build_db(tmp_path / "w.db")
    before = _same(db)
    a = chain_article()
    with Store(db) as store:
        assert store.put(a, force=True)
        assert store.put(a, force=True)
        # a corpus entity gets a new name: the stored names follow
        cid = store.conn.execute(
            "SELECT l.corpus_id FROM corpus_entity_links l JOIN event_args x"
            " ON x.article_id = l.article_id AND x.entity = l.entity_id LIMIT 1"
        ).fetchone()[0]
        store.conn.execute("UPDATE corpus_entities SET name = 'Umbenannt' WHERE id = ?", (cid,))
    renamed = _same(db)
    assert len(renamed) == len(before)
    assert any("Umbenannt" in (r[21] or "") + (r[22] or "") for r in renamed)
    with Store(db) as store:
        corpus_entities.rebuild(store.conn)
    assert _same(db) == before
    with Store(db) as store:
        store.conn.execute("DELETE FROM articles WHERE id = ?", (a.id,))
    rows = _same(db)
    assert len(rows) == len(before) - len(a.events)
    assert get_event(_read(db), a.id, a.events[0].id) is None
