"""Full-text search with German-aware matching (SQLite FTS5 over a CISTEM-stemmed copy).

The ``articles_fts`` table (migration ``002_fts``) holds, per article (``rowid`` = the
article's rowid), the stemmed title and text, tokenised by ``unicode61 remove_diacritics 2``.
Queries are stemmed the same way, so ``Gesprächen`` finds ``Gespräch`` and ``Gespräche``.
The rows are written by :func:`index_article` inside the article's own transaction.

Query syntax: words (all must occur), ``"a phrase"``, ``word*`` (prefix), ``A OR B``,
``-word`` (must not occur).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ..errors import ConfigError
from ..record import Article
from .stemmer import cistem, stem_text, words

FTS_TABLE = "articles_fts"
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Hit:
    id: str
    title: str | None
    published: str | None
    publisher: str | None
    score: float
    snippet: str


def index_article(c: sqlite3.Connection, a: Article) -> None:
    """Write the FTS row of an article just inserted (same transaction)."""
    c.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, title, body)"
        " SELECT rowid, ?, ? FROM articles WHERE id = ?",
        (stem_text(a.title), stem_text(a.text), a.id),
    )


def unindex_article(c: sqlite3.Connection, article_id: str) -> None:
    """Remove the FTS row of an article about to be deleted (same transaction)."""
    c.execute(
        f"DELETE FROM {FTS_TABLE} WHERE rowid IN (SELECT rowid FROM articles WHERE id = ?)",
        (article_id,),
    )


def _terms(text: str) -> list[str]:
    return [cistem(m.group(0)) for m in words(text)]


def build_query(query: str) -> tuple[str, set[str]]:
    """The FTS5 MATCH expression for a user query, plus the stems to highlight."""
    positive: list[str] = []
    negative: list[str] = []
    stems: set[str] = set()
    pending_or = False
    for m in _TOKEN.finditer(query):
        neg, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
        if word is not None and word == "OR":
            pending_or = bool(positive)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            neg, word = True, word[1:]
        prefix = word is not None and word.endswith("*")
        terms = _terms(phrase if phrase is not None else (word or "").rstrip("*"))
        if not terms:
            continue
        expr = '"' + " ".join(terms) + '"' + ("*" if prefix else "")
        if neg:
            negative.append(expr)
            continue
        stems.update(terms)
        if pending_or and positive:
            positive[-1] = f"({positive[-1]} OR {expr})"
        else:
            positive.append(expr)
        pending_or = False
    if not positive:
        raise ConfigError(
            f"search query {query!r} has no words to look for",
            hint='give at least one word; use "quotes" for phrases and -word to exclude',
        )
    match = " AND ".join(positive)
    for n in negative:
        match = f"({match}) NOT {n}"
    return match, stems


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20) -> list[Hit]:
    """Articles matching ``query``, best first (BM25, title weighted 3x)."""
    match, stems = build_query(query)
    rows = conn.execute(
        f"SELECT a.id, a.title, a.published, a.publisher, a.text,"
        f" bm25({FTS_TABLE}, 3.0, 1.0) AS score"
        f" FROM {FTS_TABLE} JOIN articles a ON a.rowid = {FTS_TABLE}.rowid"
        f" WHERE {FTS_TABLE} MATCH ? ORDER BY score LIMIT ?",
        (match, limit),
    ).fetchall()
    return [Hit(r[0], r[1], r[2], r[3], -float(r[5]), snippet(r[4], stems)) for r in rows]


def snippet(text: str, stems: set[str], *, width: int = 160) -> str:
    """A window of ``text`` around the first word whose stem was searched for, marked «…»."""
    for m in words(text[:500_000]):
        if cistem(m.group(0)) in stems:
            start = max(0, m.start() - width // 2)
            end = min(len(text), m.end() + width // 2)
            before = text[start : m.start()]
            after = text[m.end() : end]
            out = f"{before}«{m.group(0)}»{after}"
            out = " ".join(out.split())
            return ("…" if start else "") + out + ("…" if end < len(text) else "")
    return " ".join(text[:width].split()) + ("…" if len(text) > width else "")
