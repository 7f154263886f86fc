"""Corpus-level entity identity: one row per real-world entity across articles and languages.

Every entity of a stored article is linked to a row of ``corpus_entities`` when the article is
written (in the article's own transaction: :func:`link_article` is a ``Store.put`` hook), and
unlinked when it is replaced or deleted.  The link row says *why* (``rule``/``reason``):

1. ``user``     — a merge group of the user's rules file names this entity;
2. ``id``       — the same Wikidata QID, ISO 3166 code, GeoNames id or KB id;
3. ``name``     — a person name the transliteration-aware matcher accepts for exactly one known
   person (``Sergej Schoigu`` ≡ ``Sergei Shoigu``; a bare surname only when it fits one person),
   or the same name key for other types (``Bundesnachrichtendienst`` in two articles);
4. ``new``      — nothing matched: a new corpus entity.

User rules (YAML, stored in the database by ``newsgraph entities --rules FILE`` so later
ingests honour them; reversible with ``--clear-rules``; both rebuild the links)::

    merge:                      # each group is one entity
      - [Oleg Saweljew, Oleg Savelyev]
    split:                      # never join these by name or id
      - [Kim Jong-un, Kim Jong-il]

Counts (articles, mentions) and first/last seen are kept on the row; surface forms are read
from the article mentions through the link table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..names import match_names, name_key
from ..record import Article, Entity
from ..resolve.surface import DETERMINERS

_ID_FIELDS = ("wikidata", "iso3", "geonames", "iso3166_2", "kb")


@dataclass(frozen=True)
class Rules:
    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[tuple[str, ...], ...] = ()
    _merge_key: Mapping[str, str] = field(default_factory=dict)
    _split_group: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: Any, source: str = "rules") -> Rules:
        if data is None:
            return cls()
        if not isinstance(data, Mapping) or not set(data) <= {"merge", "split"}:
            raise ConfigError(f"{source}: expected a mapping with 'merge' and/or 'split' lists",
                              hint="see docs/entities.md, 'Corpus identity'")
        groups: dict[str, list[tuple[str, ...]]] = {"merge": [], "split": []}
        for kind in ("merge", "split"):
            for g in data.get(kind) or []:
                if not isinstance(g, list) or len(g) < 2 or not all(isinstance(x, str) for x in g):
                    raise ConfigError(f"{source}: each {kind} entry must list two or more names: {g!r}")
                groups[kind].append(tuple(g))
        merge_key = {}
        for g in groups["merge"]:
            canon = name_key(g[0])
            for n in g:
                merge_key[name_key(n)] = canon
        split_group = {}
        for i, g in enumerate(groups["split"]):
            for n in g:
                split_group[_exact(n)] = i
        return cls(tuple(groups["merge"]), tuple(groups["split"]), merge_key, split_group)

    @classmethod
    def load(cls, path: str | Path) -> Rules:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"entity rules file {p} does not exist", hint="check the --rules path")
        try:
            return cls.parse(yaml.safe_load(p.read_text(encoding="utf-8")), str(p))
        except yaml.YAMLError as exc:
            raise ConfigError(f"cannot read entity rules {p}: {exc}") from exc

    def to_text(self) -> str:
        return yaml.safe_dump({"merge": [list(g) for g in self.merge],
                               "split": [list(g) for g in self.split]}, allow_unicode=True)

    def apart(self, a: str, b: str) -> bool:
        """Must the names ``a`` and ``b`` (spelled exactly so, any case) stay apart?"""
        a, b = _exact(a), _exact(b)
        ga, gb = self._split_group.get(a), self._split_group.get(b)
        return ga is not None and ga == gb and a != b


def _exact(name: str) -> str:
    return " ".join(name.casefold().split())


def load_rules(c: sqlite3.Connection) -> Rules:
    row = c.execute("SELECT content FROM corpus_entity_rules WHERE id = 1").fetchone()
    return Rules() if row is None else Rules.parse(yaml.safe_load(row[0]))


def _group(etype: str) -> str:
    return {"GPE": "place", "LOC": "place"}.get(etype, etype.lower())


def _name_like(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return text[:1].isupper() and first not in DETERMINERS


def _forms(e: Entity) -> list[str]:
    """Name-like surface forms of an article entity (descriptions like "der Minister" left out)."""
    return list(dict.fromkeys([e.name, *(m.text for m in e.mentions if _name_like(m.text))]))


def id_keys(e: Entity) -> list[str]:
    keys = []
    for f in _ID_FIELDS:
        v = e.ids.get(f)
        if not v:
            continue
        if f == "wikidata":
            keys.append(f"wikidata:{v}")
        else:
            keys.append(f"{'norp:' if e.type == 'NORP' else ''}{f}:{v}")
    return keys


def _name_keys(e: Entity) -> list[str]:
    g = _group(e.type)
    keys = []
    for form in _forms(e):
        k = name_key(form)
        if k:
            keys.append(f"name:{g}:{k}")
    if e.type == "PERSON" and name_key(e.name):
        keys.append(f"last:{name_key(e.name).split()[-1]}")
    return list(dict.fromkeys(keys))


def _candidates(c: sqlite3.Connection, keys: Iterable[str]) -> list[int]:
    out: list[int] = []
    for k in keys:
        for (cid,) in c.execute("SELECT corpus_id FROM corpus_entity_keys WHERE key = ?", (k,)):
            if cid not in out:
                out.append(cid)
    return out


def _corpus_names(c: sqlite3.Connection, cid: int) -> list[str]:
    row = c.execute("SELECT name, type FROM corpus_entities WHERE id = ?", (cid,)).fetchone()
    names = [row[0]] if row else []
    names += [r[0] for r in c.execute(
        "SELECT DISTINCT m.text FROM corpus_entity_links l JOIN mentions m ON "
        "m.article_id = l.article_id AND m.entity_id = l.entity_id WHERE l.corpus_id = ? LIMIT 50",
        (cid,))]
    return list(dict.fromkeys(n for n in names if n[:1].isupper()))


def _violates_split(rules: Rules, e: Entity, names: list[str]) -> bool:
    return any(rules.apart(a, n) for a in _forms(e) for n in names)


def identify(c: sqlite3.Connection, e: Entity, rules: Rules) -> tuple[int | None, str, str]:
    """The corpus entity this article entity is, with the rule and reason (None: new)."""
    for form in _forms(e):
        canon = rules._merge_key.get(name_key(form))
        if canon is not None:
            hit = _candidates(c, [f"user:{canon}"])
            return (hit[0] if hit else None), "user", f"merge rule groups {form!r}"
    for k in id_keys(e):
        for cid in _candidates(c, [k]):
            if not _violates_split(rules, e, _corpus_names(c, cid)):
                return cid, "id", f"same identifier {k}"
    g = _group(e.type)
    if e.type == "PERSON":
        last = name_key(e.name).split()[-1] if name_key(e.name) else ""
        fits = []
        for cid in _candidates(c, [f"last:{last}"]):
            typ = c.execute("SELECT type FROM corpus_entities WHERE id = ?", (cid,)).fetchone()
            names = _corpus_names(c, cid)
            if typ is None or typ[0] != "PERSON" or _violates_split(rules, e, names):
                continue
            best = max((match_names(e.name, n) for n in names), key=lambda m: (m.same, m.score),
                       default=None)
            if best is not None and best.same:
                fits.append((cid, best.reason))
        if len(fits) == 1:
            return fits[0][0], "name", fits[0][1]
        return None, "new", ("several people fit the name" if fits else "no known entity matches")
    for k in _name_keys(e):
        for cid in _candidates(c, [k]):
            typ = c.execute("SELECT type FROM corpus_entities WHERE id = ?", (cid,)).fetchone()
            if typ and _group(typ[0]) == g and not _violates_split(rules, e, _corpus_names(c, cid)):
                return cid, "name", f"same name key {k.split(':', 2)[-1]!r}"
    return None, "new", "no known entity matches"


def _create(c: sqlite3.Connection, e: Entity) -> int:
    keys = id_keys(e) + _name_keys(e)
    cur = c.execute(
        "INSERT INTO corpus_entities (type, name, key, wikidata, iso3, geonames, articles, mentions)"
        " VALUES (?,?,?,?,?,?,0,0)",
        (e.type, e.name, keys[0] if keys else f"name:{e.name}", e.ids.get("wikidata"),
         e.ids.get("iso3"), e.ids.get("geonames")),
    )
    assert cur.lastrowid is not None
    return int(cur.lastrowid)


def _add_keys(c: sqlite3.Connection, cid: int, e: Entity, rules: Rules) -> None:
    keys = id_keys(e) + _name_keys(e)
    for form in _forms(e):
        canon = rules._merge_key.get(name_key(form))
        if canon is not None:
            keys.append(f"user:{canon}")
    c.executemany("INSERT OR IGNORE INTO corpus_entity_keys (corpus_id, key) VALUES (?, ?)",
                  [(cid, k) for k in dict.fromkeys(keys)])


def refresh(c: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Recompute counts and first/last seen of corpus entities; drop rows with no article."""
    for cid in set(ids):
        row = c.execute(
            "SELECT count(DISTINCT l.article_id), min(coalesce(a.published, substr(a.ingested_at, 1, 10))),"
            " max(coalesce(a.published, substr(a.ingested_at, 1, 10))) FROM corpus_entity_links l"
            " JOIN articles a ON a.id = l.article_id WHERE l.corpus_id = ?", (cid,)).fetchone()
        if not row or not row[0]:
            c.execute("DELETE FROM corpus_entities WHERE id = ?", (cid,))
            continue
        n_mentions = c.execute(
            "SELECT count(*) FROM corpus_entity_links l JOIN mentions m ON m.article_id ="
            " l.article_id AND m.entity_id = l.entity_id WHERE l.corpus_id = ?", (cid,)).fetchone()[0]
        c.execute("UPDATE corpus_entities SET articles = ?, mentions = ?, first_seen = ?,"
                  " last_seen = ? WHERE id = ?", (row[0], n_mentions, row[1], row[2], cid))


def _article_date(c: sqlite3.Connection, article_id: str) -> str | None:
    row = c.execute("SELECT coalesce(published, substr(ingested_at, 1, 10)) FROM articles"
                    " WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else row[0]


def _maybe_rename(c: sqlite3.Connection, cid: int, e: Entity) -> None:
    """Show the best-known name: a KB/gazetteer name beats an article's form, a fuller form
    beats a shorter one (``Schoigu`` → ``Sergei Schoigu``)."""
    row = c.execute("SELECT name, wikidata, iso3, geonames FROM corpus_entities WHERE id = ?",
                    (cid,)).fetchone()
    if row is None or row[0] == e.name:
        return
    known_before = any(row[1:])
    known_now = any(e.ids.get(k) for k in ("wikidata", "iso3", "geonames"))
    fuller = len(e.name.split()) > len(row[0].split())
    if (known_now and not known_before) or (known_now == known_before and fuller):
        c.execute("UPDATE corpus_entities SET name = ?, wikidata = coalesce(wikidata, ?),"
                  " iso3 = coalesce(iso3, ?), geonames = coalesce(geonames, ?) WHERE id = ?",
                  (e.name, e.ids.get("wikidata"), e.ids.get("iso3"), e.ids.get("geonames"), cid))


def link_article(c: sqlite3.Connection, article: Article) -> None:
    """Store hook: link every entity of a freshly inserted article to its corpus entity.

    Counts are updated incrementally (constant work per entity, whatever the corpus size).
    """
    rules = load_rules(c)
    date = _article_date(c, article.id)
    for e in article.entities:
        cid, rule, reason = identify(c, e, rules)
        if cid is None:
            cid = _create(c, e)
        else:
            _maybe_rename(c, cid, e)
        _add_keys(c, cid, e, rules)
        new_article = c.execute("SELECT 1 FROM corpus_entity_links WHERE corpus_id = ? AND"
                                " article_id = ? LIMIT 1", (cid, article.id)).fetchone() is None
        c.execute("INSERT OR REPLACE INTO corpus_entity_links (article_id, entity_id, corpus_id,"
                  " rule, reason) VALUES (?,?,?,?,?)", (article.id, e.id, cid, rule, reason))
        c.execute(
            "UPDATE corpus_entities SET articles = articles + ?, mentions = mentions + ?,"
            " first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END,"
            " last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN ? ELSE last_seen END"
            " WHERE id = ?",
            (int(new_article), len(e.mentions), date, date, date, date, cid))


def unlink_article(c: sqlite3.Connection, article_id: str) -> None:
    """Store hook: remove an article's links before it is deleted or replaced."""
    date = _article_date(c, article_id)
    rows = c.execute(
        "SELECT l.corpus_id, count(DISTINCT l.entity_id), count(m.rowid) FROM corpus_entity_links l"
        " LEFT JOIN mentions m ON m.article_id = l.article_id AND m.entity_id = l.entity_id"
        " WHERE l.article_id = ? GROUP BY l.corpus_id", (article_id,)).fetchall()
    c.execute("DELETE FROM corpus_entity_links WHERE article_id = ?", (article_id,))
    for cid, _n_entities, n_mentions in rows:
        c.execute("UPDATE corpus_entities SET articles = articles - 1, mentions = mentions - ?"
                  " WHERE id = ?", (n_mentions, cid))
        row = c.execute("SELECT articles, first_seen, last_seen FROM corpus_entities WHERE id = ?",
                        (cid,)).fetchone()
        if row is None:
            continue
        if row[0] <= 0:
            c.execute("DELETE FROM corpus_entities WHERE id = ?", (cid,))
        elif date is not None and date in (row[1], row[2]):
            refresh(c, [cid])  # the first or last article went away: recompute the dates


def rebuild(c: sqlite3.Connection, rules: Rules | None = None, *, clear_rules: bool = False) -> int:
    """Recompute every link from the stored articles (in one transaction); returns #entities."""
    c.execute("BEGIN IMMEDIATE")
    try:
        if clear_rules:
            c.execute("DELETE FROM corpus_entity_rules")
        if rules is not None:
            c.execute("INSERT OR REPLACE INTO corpus_entity_rules (id, content) VALUES (1, ?)",
                      (rules.to_text(),))
        c.execute("DELETE FROM corpus_entity_links")
        c.execute("DELETE FROM corpus_entity_keys")
        c.execute("DELETE FROM corpus_entities")
        rows = c.execute("SELECT record FROM articles ORDER BY coalesce(published, ''), id").fetchall()
        for (record,) in rows:
            link_article(c, Article.from_json(record))
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise
    return int(c.execute("SELECT count(*) FROM corpus_entities").fetchone()[0])


# ---- reading ------------------------------------------------------------------------------
def top_entities(c: sqlite3.Connection, *, type: str | None = None, top: int = 50,
                 forms: int = 6) -> list[dict[str, Any]]:
    sql = "SELECT id, type, name, key, wikidata, iso3, geonames, articles, mentions, first_seen," \
          " last_seen FROM corpus_entities"
    args: list[Any] = []
    if type:
        sql += " WHERE type = ?"
        args.append(type)
    sql += " ORDER BY articles DESC, mentions DESC, name LIMIT ?"
    args.append(top)
    out = []
    for r in c.execute(sql, args).fetchall():
        form_rows = [f for f in c.execute(
            "SELECT m.text, count(*) AS n FROM corpus_entity_links l JOIN mentions m ON"
            " m.article_id = l.article_id AND m.entity_id = l.entity_id WHERE l.corpus_id = ?"
            " GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?", (r[0], forms * 4)).fetchall()
            if _name_like(f[0]) or (r[1] == "NORP" and " " not in f[0])][:forms]
        out.append({"id": r[0], "type": r[1], "name": r[2], "key": r[3],
                    "ids": {k: v for k, v in zip(("wikidata", "iso3", "geonames"), r[4:7], strict=True) if v},
                    "articles": r[7], "mentions": r[8], "first_seen": r[9], "last_seen": r[10],
                    "forms": [f[0] for f in form_rows]})
    return out


def explain(c: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Why the article entities named like ``name`` belong to their corpus entities."""
    k = name_key(name)
    rows = c.execute(
        "SELECT ce.id, ce.name, l.article_id, l.entity_id, e.name, l.rule, l.reason FROM"
        " corpus_entity_links l JOIN corpus_entities ce ON ce.id = l.corpus_id JOIN entities e ON"
        " e.article_id = l.article_id AND e.id = l.entity_id ORDER BY ce.id, l.article_id").fetchall()
    return [{"corpus_id": r[0], "corpus_name": r[1], "article": r[2], "entity": r[3],
             "article_name": r[4], "rule": r[5], "reason": r[6]}
            for r in rows if name_key(r[1]) == k or name_key(r[4]) == k]


def dumps(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
