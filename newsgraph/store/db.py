"""Opening, migrating and writing the SQLite store.

One writer at a time (SQLite's own lock plus ``BEGIN IMMEDIATE``); every article is written in
one transaction, so a crash or Ctrl-C can never leave half an article behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from ..errors import StoreError
from ..record import Article
from .corpus_entities import link_article, unlink_article
from .event_rows import fill_article
from .fts import index_article, unindex_article
from .schema import MIGRATIONS
from .stemmer import stem_text

#: Called inside the article's transaction after its rows were inserted / before deletion.
#: Add derived tables (indexes, caches) here so they can never drift from the articles.
AFTER_INSERT: tuple[Callable[[sqlite3.Connection, Article], None], ...] = (
    index_article, link_article, fill_article,
)
BEFORE_DELETE: tuple[Callable[[sqlite3.Connection, str], None], ...] = (
    unindex_article, unlink_article,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A newsgraph database file.  Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(
                        f"database {self.path} does not exist",
                        hint="create it with `newsgraph ingest PATH --db FILE`",
                    )
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                if self.path.parent and not self.path.parent.exists():
                    raise StoreError(
                        f"cannot create database {self.path}: folder {self.path.parent} does not exist",
                        hint="create the folder first or choose another --db path",
                    )
                self.conn = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.create_function("ng_stem", 1, stem_text, deterministic=True)
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                self.migrate()
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open database {self.path}: {exc}",
                hint="check that the file is a newsgraph database and the location is writable",
            ) from exc

    # ---- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns the names applied now."""
        c = self.conn
        c.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in c.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            try:
                c.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(sql):
                    c.execute(statement)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except sqlite3.Error as exc:
                c.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed on {self.path}: {exc}") from exc
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    # ---- reading ----------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def get(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT record FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return None if row is None else Article.from_json(row[0])

    def find_ids(self, prefix: str) -> list[str]:
        """Ids starting with ``prefix`` (so users can type a short id)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 20",
                (len(prefix), prefix),
            )
        ]

    def count(self, table: str = "articles") -> int:
        if table not in _TABLES:
            raise StoreError(f"unknown table {table!r}", hint=f"one of {', '.join(_TABLES)}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Stream every article (constant memory: keyset pagination over ids)."""
        last = ""
        while True:
            rows = self.conn.execute(
                "SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for r in rows:
                yield Article.from_json(r[1])
            last = rows[-1][0]

    # ---- writing ----------------------------------------------------------------------------
    def put(self, article: Article, *, force: bool = False) -> bool:
        """Store one article in one transaction.  Returns False when it was already there."""
        if self.readonly:
            raise StoreError(f"database {self.path} is open read-only")
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                if self.has(article.id):
                    if not force:
                        c.execute("ROLLBACK")
                        return False
                    for before_delete in BEFORE_DELETE:
                        before_delete(c, article.id)
                    c.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                _insert(c, article)
                for after_insert in AFTER_INSERT:
                    after_insert(c, article)
                c.execute("COMMIT")
            except BaseException:
                # Ctrl-C can land after COMMIT returned: then there is nothing to roll back,
                # and the interrupt (not a rollback error) must reach the caller
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {article.id} to {self.path}: {exc}") from exc
        return True

    def record_failure(self, path: str, reason: str) -> None:
        if self.readonly:
            return
        self.conn.execute("INSERT INTO failures VALUES (?, ?, ?)", (path, reason, _now()))


_TABLES = (
    "articles", "blocks", "entities", "mentions", "roles", "times", "quantities", "claims",
    "events", "event_args", "failures",
)


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration (a ";" inside a string or a trigger body does not split)."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                out.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n\t;"):
        out.append(pending.strip().rstrip(";").strip())
    return out


def _insert(c: sqlite3.Connection, a: Article) -> None:
    s = a.source
    c.execute(
        "INSERT INTO articles (id, schema, language, title, lead, text, path, url, publisher,"
        " section, published, published_basis, author, ingested_at, record)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.schema, a.language, a.title, a.lead, a.text, s.path, s.url, s.publisher,
         s.section, s.published, s.published_basis, s.author, _now(), a.to_json()),
    )
    c.executemany(
        'INSERT INTO blocks (article_id, idx, kind, start, "end", language) VALUES (?,?,?,?,?,?)',
        [(a.id, i, b.kind, b.start, b.end, b.language) for i, b in enumerate(a.blocks)],
    )
    for e in a.entities:
        c.execute(
            "INSERT INTO entities (article_id, id, type, name, iso3, wikidata, geonames, lat, lon,"
            " ids) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (a.id, e.id, e.type, e.name, e.ids.get("iso3"), e.ids.get("wikidata"),
             e.ids.get("geonames"), e.geo.lat if e.geo else None, e.geo.lon if e.geo else None,
             json.dumps(dict(e.ids), ensure_ascii=False)),
        )
        c.executemany(
            'INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?,?,?,?,?)',
            [(a.id, e.id, m.start, m.end, m.text) for m in e.mentions],
        )
    c.executemany(
        'INSERT INTO roles (article_id, idx, person, role, org, sector, start, "end", text)'
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(a.id, i, r.person, r.role, r.org, r.sector, r.start, r.end, r.text)
         for i, r in enumerate(a.roles)],
    )
    c.executemany(
        'INSERT INTO times (article_id, id, start, "end", text, value, kind, mod)'
        " VALUES (?,?,?,?,?,?,?,?)",
        [(a.id, t.id, t.start, t.end, t.text, t.value, t.kind, t.mod) for t in a.times],
    )
    c.executemany(
        'INSERT INTO quantities (article_id, id, start, "end", text, value, approx, unit, mod,'
        " high) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(a.id, q.id, q.start, q.end, q.text, q.value, int(q.approx), q.unit, q.mod, q.high)
         for q in a.quantities],
    )
    c.executemany(
        "INSERT INTO claims (article_id, id, speaker, speaker_text, cue_start, cue_end, cue_text,"
        " content_start, content_end, content_text, form, stance, said, via, occasion_text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(a.id, k.id, k.speaker, k.speaker_text,
          k.cue.start if k.cue else None, k.cue.end if k.cue else None,
          k.cue.text if k.cue else None, k.content.start, k.content.end, k.content.text,
          k.form, k.stance, k.said, k.via, k.occasion.text if k.occasion else None)
         for k in a.claims],
    )
    for v in a.events:
        c.execute(
            "INSERT INTO events (article_id, id, type, mode, cameo, trigger_start, trigger_end,"
            " trigger_text, time, place, quantity, claim, stance, confidence, reciprocal,"
            " time_basis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, v.id, v.type, v.mode, v.cameo, v.trigger.start, v.trigger.end,
             v.trigger.text, v.time, v.place, v.quantity, v.claim, v.stance, v.confidence,
             int(v.reciprocal), v.time_basis),
        )
        c.executemany(
            "INSERT INTO event_args (article_id, event_id, role, idx, entity, text, country,"
            " sector) VALUES (?,?,?,?,?,?,?,?)",
            [(a.id, v.id, role, i, x.entity, x.text, x.country, x.sector)
             for role, xs in (("actor", v.actors), ("target", v.targets))
             for i, x in enumerate(xs)],
        )
