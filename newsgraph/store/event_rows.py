"""The events table of the workbench, materialised: one row per event (migration ``006_event_rows``).

Each row holds what the events table shows: the event's own columns, its *date* (the time
expression's value when that is a calendar date, else the article's publication date;
``date_basis`` says which), its time, place (name, coordinates, ISO3), actors and targets
(``; ``-joined names in argument order), the claim it is part of and the article's publisher,
title and publication date.  Names are cross-article names: the corpus entity's name where the
article entity is linked to one, else the entity's own name, else the argument's text.

The rows are written in the article's own transaction (:func:`fill_article`, a Store.put hook)
and go with the article (``ON DELETE CASCADE``).  Because a corpus entity's name can change
later (a fuller name arrives, ``newsgraph entities --rebuild``, merge/split rules), triggers on
``corpus_entities`` and ``corpus_entity_links`` refresh the names of the affected rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..record import Article


def name_sql(alias: str, corpus: bool) -> str:
    """SQL expression: the cross-article name of entity row ``alias`` (NULL when no row) — the
    corpus entity's name where the database has corpus identity and the row is linked."""
    if not corpus:
        return f"{alias}.name"
    return (
        "COALESCE((SELECT ce.name FROM corpus_entity_links cl JOIN corpus_entities ce"
        f" ON ce.id = cl.corpus_id WHERE cl.article_id = {alias}.article_id"
        f" AND cl.entity_id = {alias}.id), {alias}.name)"
    )


def _name(alias: str) -> str:
    return name_sql(alias, True)


NameSql = Callable[[str], str]


def _args(role: str, ev: str, name: NameSql = _name) -> str:
    """``; ``-joined names of the event ``ev``'s arguments in ``role``, in argument order."""
    return (
        f"(SELECT group_concat(n, '; ') FROM (SELECT COALESCE({name('en')}, x.text) AS n"
        " FROM event_args x LEFT JOIN entities en ON en.article_id = x.article_id"
        f" AND en.id = x.entity WHERE x.article_id = {ev}.article_id AND x.event_id = {ev}.id"
        f" AND x.role = '{role}' ORDER BY x.idx))"
    )


_DATE_OK = "t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
#: an event's date over ``times t`` and ``articles a``: the time's calendar date, else published
EVENT_DATE = f"CASE WHEN {_DATE_OK} THEN substr(t.value, 1, 10) ELSE a.published END"
#: which of the two :data:`EVENT_DATE` took
EVENT_DATE_BASIS = f"CASE WHEN {_DATE_OK} THEN 'text' WHEN a.published IS NOT NULL THEN 'published' END"

#: the columns, in the order ``SELECT *`` returns them
COLUMNS = (
    "article_id", "id", "type", "mode", "cameo", "trigger_start", "trigger_end", "trigger_text",
    "stance", "confidence", "claim", "reciprocal", "quantity", "date", "date_basis",
    "time_value", "time_text", "place", "lat", "lon", "place_iso3", "actors", "targets",
    "claim_text", "publisher", "title", "published",
)


def row_select(name: NameSql = _name) -> str:
    """One computed row per event of the ``events`` table, columns :data:`COLUMNS` (append a
    WHERE over ``e``); ``name`` writes the name expression of an entity row alias."""
    return (
        "SELECT e.article_id, e.id, e.type, e.mode, e.cameo, e.trigger_start, e.trigger_end,"
        " e.trigger_text, e.stance, e.confidence, e.claim, e.reciprocal, e.quantity,"
        f" {EVENT_DATE} AS date, {EVENT_DATE_BASIS} AS date_basis,"
        f" t.value AS time_value, t.text AS time_text, {name('pe')} AS place, pe.lat AS lat,"
        f" pe.lon AS lon, pe.iso3 AS place_iso3, {_args('actor', 'e', name)} AS actors,"
        f" {_args('target', 'e', name)} AS targets, c.content_text AS claim_text,"
        " a.publisher, a.title, a.published"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time"
        " LEFT JOIN entities pe ON pe.article_id = e.article_id AND pe.id = e.place"
        " LEFT JOIN claims c ON c.article_id = e.article_id AND c.id = e.claim"
    )


ROW_SELECT = row_select()

_INSERT = f"INSERT INTO event_rows ({', '.join(COLUMNS)}) {ROW_SELECT}"

#: recompute the name columns of the rows selected by ``{which}`` (pairs article_id, id)
_RENAME = (
    f"UPDATE event_rows SET actors = {_args('actor', 'event_rows')},"
    f" targets = {_args('target', 'event_rows')},"
    f" place = (SELECT {_name('pe')} FROM events e2 JOIN entities pe"
    " ON pe.article_id = e2.article_id AND pe.id = e2.place"
    " WHERE e2.article_id = event_rows.article_id AND e2.id = event_rows.id)"
    " WHERE (article_id, id) IN ({which})"
)

#: events naming article entity (``{art}``, ``{ent}``) as argument or place
_OF_ENTITY = (
    "SELECT x.article_id, x.event_id FROM event_args x"
    " WHERE x.article_id = {art} AND x.entity = {ent}"
    " UNION SELECT p.article_id, p.id FROM events p WHERE p.article_id = {art} AND p.place = {ent}"
)

#: events naming any article entity linked to corpus entity ``{cid}``
_OF_CORPUS = (
    "SELECT x.article_id, x.event_id FROM corpus_entity_links l JOIN event_args x"
    " ON x.article_id = l.article_id AND x.entity = l.entity_id WHERE l.corpus_id = {cid}"
    " UNION SELECT p.article_id, p.id FROM corpus_entity_links l JOIN events p"
    " ON p.article_id = l.article_id AND p.place = l.entity_id WHERE l.corpus_id = {cid}"
)


def _trigger(name: str, when: str, which: str) -> str:
    return (
        f"CREATE TRIGGER {name} {when} BEGIN"
        f" {_RENAME.format(which=which)}; END"
    )


MIGRATION = ";\n".join([
    "CREATE TABLE event_rows ("
    " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,"
    " trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,"
    " stance TEXT NOT NULL, confidence REAL NOT NULL, claim TEXT,"
    " reciprocal INTEGER NOT NULL DEFAULT 0, quantity TEXT,"
    " date TEXT, date_basis TEXT, time_value TEXT, time_text TEXT,"
    " place TEXT, lat REAL, lon REAL, place_iso3 TEXT, actors TEXT, targets TEXT,"
    " claim_text TEXT, publisher TEXT, title TEXT, published TEXT,"
    " PRIMARY KEY (article_id, id))",
    # the sort keys of the workbench's events table (same expressions as its ORDER BY)
    "CREATE INDEX event_rows_date ON event_rows(COALESCE(date, ''), article_id, id)",
    "CREATE INDEX event_rows_type ON event_rows(type, article_id, id)",
    "CREATE INDEX event_rows_actors ON event_rows(COALESCE(actors, ''), article_id, id)",
    "CREATE INDEX event_rows_targets ON event_rows(COALESCE(targets, ''), article_id, id)",
    "CREATE INDEX event_rows_place ON event_rows(COALESCE(place, ''), article_id, id)",
    "CREATE INDEX event_rows_stance ON event_rows(stance, article_id, id)",
    "CREATE INDEX event_rows_confidence ON event_rows(confidence, article_id, id)",
    "CREATE INDEX event_rows_publisher ON event_rows(COALESCE(publisher, ''), article_id, id)",
    "CREATE INDEX event_rows_publisher_nocase ON event_rows(publisher COLLATE NOCASE)",
    "CREATE INDEX event_rows_claim ON event_rows(COALESCE(claim_text, ''), article_id, id)",
    _INSERT,
    _trigger("event_rows_link_insert", "AFTER INSERT ON corpus_entity_links",
             _OF_ENTITY.format(art="NEW.article_id", ent="NEW.entity_id")),
    _trigger("event_rows_link_delete", "AFTER DELETE ON corpus_entity_links",
             _OF_ENTITY.format(art="OLD.article_id", ent="OLD.entity_id")),
    _trigger("event_rows_link_update", "AFTER UPDATE ON corpus_entity_links",
             _OF_ENTITY.format(art="NEW.article_id", ent="NEW.entity_id") + " UNION "
             + _OF_ENTITY.format(art="OLD.article_id", ent="OLD.entity_id")),
    _trigger("event_rows_rename",
             "AFTER UPDATE OF name ON corpus_entities WHEN OLD.name IS NOT NEW.name",
             _OF_CORPUS.format(cid="NEW.id")),
]) + ";"


def fill_article(c: sqlite3.Connection, article: Article) -> None:
    """Write the article's event rows (in its transaction, after its corpus links)."""
    if article.events:
        c.execute(f"{_INSERT} WHERE e.article_id = ?", (article.id,))
