"""Which name an entity goes by across articles, and the read-only database handle.

With the store's corpus-level identity (migration ``003_corpus_entities``) an article's entity
goes by the name of the corpus entity it is linked to, so ``Sergej Schoigu`` in one article and
``Sergei Shoigu`` in another are one actor in the tables, the network and the actor pages.
Older databases fall back to the per-article canonical ``entities.name``.

Query text writes ``@name(alias)`` for "the cross-article name of the entity row ``alias``";
:meth:`ReadDb.execute` expands it.  Aliases come from fixed query text, never from users.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..store.event_rows import name_sql

_MARKER = re.compile(r"@name\(([A-Za-z_][A-Za-z0-9_]*)\)")
CORPUS_TABLES = ("corpus_entities", "corpus_entity_links")


def has_corpus_identity(conn: sqlite3.Connection) -> bool:
    found = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
            CORPUS_TABLES,
        )
    }
    return found == set(CORPUS_TABLES)


@dataclass(frozen=True)
class ReadDb:
    """A connection plus what the database offers; ``execute`` expands ``@name(alias)``."""

    conn: sqlite3.Connection
    corpus: bool

    @classmethod
    def wrap(cls, conn: sqlite3.Connection) -> ReadDb:
        return cls(conn, has_corpus_identity(conn))

    def expand(self, sql: str) -> str:
        return _MARKER.sub(lambda m: name_sql(m.group(1), self.corpus), sql)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(self.expand(sql), params)
