"""Store migrations: a database made before a migration is upgraded in place, data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsgraph.io import article_from_text
from newsgraph.record import Article, Claim, Quantity, Span
from newsgraph.store import Store
from newsgraph.store import schema as store_schema


def _old_database(
    db: Path, monkeypatch, before: str, a: Article, insert: str, rows: list[tuple[Any, ...]]
) -> None:
    """A database made with the migrations named before ``before`` only: the article's record
    stored, and ``rows`` written with ``insert`` as the code of that time wrote them."""
    older = tuple(m for m in store_schema.MIGRATIONS if m[0] < before)
    monkeypatch.setattr("newsgraph.store.db.MIGRATIONS", older)
    with Store(db) as old:
        old.conn.execute("BEGIN")
        old.conn.execute(
            "INSERT INTO articles (id, schema, text, ingested_at, record) VALUES (?,?,?,?,?)",
            (a.id, a.schema, a.text, "2025-01-01", a.to_json()),
        )
        old.conn.executemany(insert, rows)
        old.conn.execute("COMMIT")
    monkeypatch.undo()


def test_quantity_bounds_migrate_existing_rows(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "old.db"
    text = "Mindestens 90 Menschen starben, 20 bis 30 wurden verletzt."
    a = article_from_text(text).replace(
        quantities=(
            Quantity("q1", 0, 13, text[0:13], 90, False, "Mensch", "MIN"),
            Quantity("q2", 32, 41, text[32:41], 20, False, None, None, 30),
        )
    )
    # an "old" database: only the earlier migrations, quantities written without bounds
    _old_database(
        db,
        monkeypatch,
        "005",
        a,
        'INSERT INTO quantities (article_id, id, start, "end", text, value, approx, unit)'
        " VALUES (?,?,?,?,?,?,?,?)",
        [(a.id, q.id, q.start, q.end, q.text, q.value, 0, q.unit) for q in a.quantities],
    )
    with Store(db) as new:
        assert "005_quantity_bounds" in new.migrations()
    rows = sqlite3.connect(db).execute(
        "SELECT id, mod, high FROM quantities ORDER BY id"
    ).fetchall()
    assert rows == [("q1", "MIN", None), ("q2", None, 30.0)]


def test_new_rows_store_bounds(tmp_path: Path) -> None:
    text = "mehr als 2.500 Polizisten"
    a = article_from_text(text).replace(
        quantities=(Quantity("q1", 0, len(text), text, 2500, False, "Polizist", "MORE_THAN"),)
    )
    with Store(tmp_path / "n.db") as s:
        assert s.put(a)
        row = s.conn.execute("SELECT mod, high, value FROM quantities").fetchone()
    assert tuple(row) == ("MORE_THAN", None, 2500.0)


def test_claim_occasions_migrate_existing_rows(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "old.db"
    text = "Der Trainer sagte nach dem Spiel, er sei zufrieden."
    occasion = Span(18, 32, text[18:32])
    a = article_from_text(text).replace(
        claims=(
            Claim("c1", Span(34, 50, text[34:50]), "indirect", "reported", occasion=occasion),
        )
    )
    # an "old" database: claims rows without the column, the record JSON has the field
    _old_database(
        db,
        monkeypatch,
        "007",
        a,
        "INSERT INTO claims (article_id, id, content_start, content_end, content_text, form,"
        " stance) VALUES (?,?,?,?,?,?,?)",
        [(a.id, "c1", 34, 50, text[34:50], "indirect", "reported")],
    )
    with Store(db) as new:
        assert "007_claim_occasion" in new.migrations()
    row = sqlite3.connect(db).execute("SELECT occasion_text FROM claims").fetchone()
    assert row == ("nach dem Spiel",)
    with Store(tmp_path / "n.db") as s:
        assert s.put(a)
        assert s.conn.execute("SELECT occasion_text FROM claims").fetchone()[0] == "nach dem Spiel"
