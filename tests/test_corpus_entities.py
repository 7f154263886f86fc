"""Corpus-level entities in a real SQLite store: identity across articles, rules, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.commands import register
from newsgraph.errors import ConfigError
from newsgraph.record import Article, Entity, Source, Span
from newsgraph.store.corpus_entities import Rules
from newsgraph.store.db import Store

register(cli)


def article(aid: str, published: str, text: str, ents: list[tuple[str, str, str, dict[str, str]]]) -> Article:
    """An article whose entities are given as (id, type, surface, ids); offsets from the text."""
    entities = []
    for eid, etype, surface, ids in ents:
        start = text.index(surface)
        entities.append(Entity(eid, etype, surface, ids,  # type: ignore[arg-type]
                               (Span(start, start + len(surface), surface),)))
    return Article(id=aid, text=text, source=Source(published=published), entities=tuple(entities))


A1 = article("a1", "2024-06-01", "Sergej Schoigu traf Wladimir Putin in Russland.", [
    ("e1", "PERSON", "Sergej Schoigu", {}), ("e2", "PERSON", "Wladimir Putin", {}),
    ("e3", "GPE", "Russland", {"iso3": "RUS", "wikidata": "Q159"})])
A2 = article("a2", "2024-07-15", "Sergei Shoigu met Vladimir Putin in Russia; Schoigu smiled.", [
    ("e1", "PERSON", "Sergei Shoigu", {}), ("e2", "PERSON", "Vladimir Putin", {}),
    ("e3", "GPE", "Russia", {"iso3": "RUS"})])
A3 = article("a3", "2024-08-01", "Kim Jong-un und Kim Jong-il; der Bundesnachrichtendienst.", [
    ("e1", "PERSON", "Kim Jong-un", {}), ("e2", "PERSON", "Kim Jong-il", {}),
    ("e3", "ORG", "Bundesnachrichtendienst", {})])
A4 = article("a4", "2024-09-01", "Der Bundesnachrichtendienst warnte vor Oleg Savelyev.", [
    ("e1", "ORG", "Bundesnachrichtendienst", {}), ("e2", "PERSON", "Oleg Savelyev", {})])
A5 = article("a5", "2024-09-02", "Oleg Salyukov und Putin.", [
    ("e1", "PERSON", "Oleg Salyukov", {}), ("e2", "PERSON", "Putin", {})])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as s:
        for a in (A1, A2, A3, A4, A5):
            s.put(a)
    return path


def corpus(path: Path) -> dict[str, dict[str, object]]:
    with Store(path) as s:
        rows = s.conn.execute("SELECT id, name, articles, first_seen, last_seen FROM corpus_entities").fetchall()
        return {r[1]: {"id": r[0], "articles": r[2], "first": r[3], "last": r[4]} for r in rows}


def link_of(path: Path, aid: str, eid: str) -> tuple[int, str, str]:
    with Store(path) as s:
        r = s.conn.execute("SELECT corpus_id, rule, reason FROM corpus_entity_links WHERE"
                           " article_id = ? AND entity_id = ?", (aid, eid)).fetchone()
        return r[0], r[1], r[2]


def test_one_row_per_real_world_entity(db: Path) -> None:
    assert link_of(db, "a1", "e1")[0] == link_of(db, "a2", "e1")[0]  # Schoigu / Shoigu
    cid, rule, reason = link_of(db, "a2", "e1")
    assert rule == "name" and reason
    assert link_of(db, "a1", "e3")[0] == link_of(db, "a2", "e3")[0]  # Russland / Russia by iso3
    assert link_of(db, "a2", "e3")[1] == "id"
    assert link_of(db, "a3", "e1")[0] != link_of(db, "a3", "e2")[0]  # Kim Jong-un != Kim Jong-il
    assert link_of(db, "a3", "e3")[0] == link_of(db, "a4", "e1")[0]  # same org name
    assert link_of(db, "a5", "e2")[0] == link_of(db, "a1", "e2")[0]  # bare surname, one Putin
    assert link_of(db, "a5", "e1")[0] != link_of(db, "a4", "e2")[0]  # Salyukov != Savelyev
    rows = corpus(db)
    schoigu = rows["Sergej Schoigu"]
    assert schoigu["articles"] == 2 and schoigu["first"] == "2024-06-01" and schoigu["last"] == "2024-07-15"
    assert rows["Wladimir Putin"]["articles"] == 3


def test_replacing_and_rebuilding_keep_counts_right(db: Path) -> None:
    def snapshot() -> dict[str, tuple[object, ...]]:
        with Store(db) as s:
            return {r[0]: tuple(r[1:]) for r in s.conn.execute(
                "SELECT name, articles, mentions, first_seen, last_seen FROM corpus_entities")}

    later = article("a1", "2025-01-01", A1.text, [  # same id, new date and fewer entities
        ("e1", "PERSON", "Sergej Schoigu", {})])
    with Store(db) as s:
        s.put(A2, force=True)
        s.put(later, force=True)
    incremental = snapshot()
    assert incremental["Sergej Schoigu"] == (2, 2, "2024-07-15", "2025-01-01")
    assert incremental["Wladimir Putin"][0] == 2
    with Store(db) as s:
        from newsgraph.store.corpus_entities import rebuild
        rebuild(s.conn)
    # the display name of a name-only entity comes from the earliest article; the counts agree
    assert sorted(snapshot().values()) == sorted(incremental.values())  # type: ignore[type-var]


def test_user_rules_merge_split_and_revert(db: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("merge:\n  - [Oleg Savelyev, Oleg Salyukov]\nsplit:\n"
                     "  - [Sergej Schoigu, Sergei Shoigu]\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(cli, ["entities", "--db", str(db), "--rules", str(rules), "--json"])
    assert res.exit_code == 0, res.output
    assert link_of(db, "a4", "e2")[0] == link_of(db, "a5", "e1")[0]
    assert link_of(db, "a4", "e2")[1] == "user"
    assert link_of(db, "a1", "e1")[0] != link_of(db, "a2", "e1")[0]
    # the stored rules are honoured for articles stored later
    a6 = article("a6", "2024-10-01", "Oleg Salyukov sprach.", [("e1", "PERSON", "Oleg Salyukov", {})])
    with Store(db) as s:
        s.put(a6)
    assert link_of(db, "a6", "e1")[0] == link_of(db, "a4", "e2")[0]
    res = runner.invoke(cli, ["entities", "--db", str(db), "--clear-rules", "--json"])
    assert res.exit_code == 0
    assert link_of(db, "a4", "e2")[0] != link_of(db, "a5", "e1")[0]
    assert link_of(db, "a1", "e1")[0] == link_of(db, "a2", "e1")[0]


def test_cli_lists_and_explains(db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["entities", "--db", str(db), "--type", "PERSON", "--top", "2", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert len(rows) == 2 and rows[0]["name"] == "Wladimir Putin" and rows[0]["articles"] == 3
    assert set(rows[0]["forms"]) >= {"Wladimir Putin", "Vladimir Putin", "Putin"}
    res = runner.invoke(cli, ["entities", "--db", str(db)])
    assert res.exit_code == 0 and "Bundesnachrichtendienst" in res.output
    res = runner.invoke(cli, ["entities", "--db", str(db), "--explain", "Sergei Shoigu"])
    assert "name" in res.output and "a2" in res.output


def test_cli_errors(tmp_path: Path, db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["entities", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "does not exist" in res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: [Putin]\n", encoding="utf-8")
    res = runner.invoke(cli, ["entities", "--db", str(db), "--rules", str(bad)])
    assert res.exit_code == 2 and "two or more names" in res.output
    with pytest.raises(ConfigError):
        Rules.parse({"join": []})


def test_display_name_and_forms(tmp_path: Path) -> None:
    b1 = article("b1", "2024-01-01", "Der Minister Saweljew sprach.", [
        ("e1", "PERSON", "Saweljew", {})])
    b1 = b1.replace(entities=(Entity("e1", "PERSON", "Saweljew", {},
                                     (Span(0, 12, "Der Minister"), Span(13, 21, "Saweljew"))),))
    b2 = article("b2", "2024-02-01", "Oleg Saweljew reiste ab.", [("e1", "PERSON", "Oleg Saweljew", {})])
    with Store(tmp_path / "d.db") as s:
        s.put(b1)
        s.put(b2)
        from newsgraph.store.corpus_entities import top_entities
        rows = top_entities(s.conn, type="PERSON")
    assert len(rows) == 1 and rows[0]["name"] == "Oleg Saweljew" and rows[0]["articles"] == 2
    assert "Der Minister" not in rows[0]["forms"] and "Saweljew" in rows[0]["forms"]
