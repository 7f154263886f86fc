"""``newsgraph entities``: the corpus-level entities of a store (one row per real-world entity)."""

from __future__ import annotations

import json
import sys
from typing import NoReturn

import click

from ..errors import NewsgraphError, StoreError
from ..record import ENTITY_TYPES
from ..store import corpus_entities as ce


def register(cli: click.Group) -> None:
    cli.add_command(entities)


def _die(exc: NewsgraphError | str) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="the newsgraph SQLite database file")
@click.option("--type", "etype", type=click.Choice(list(ENTITY_TYPES)), default=None,
              help="only entities of this type")
@click.option("--top", type=click.IntRange(min=1), default=50, show_default=True,
              help="how many entities to list (most articles first)")
@click.option("--rebuild", is_flag=True, help="recompute all corpus links from the stored articles")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), default=None,
              help="YAML merge/split rules to store and apply (implies --rebuild)")
@click.option("--clear-rules", is_flag=True, help="forget the stored rules (implies --rebuild)")
@click.option("--explain", "explain_name", default=None, metavar="NAME",
              help="show why the article entities called NAME are linked as they are")
@click.option("--json", "as_json", is_flag=True, help="print one JSON list")
def entities(db: str, etype: str | None, top: int, rebuild: bool, rules_path: str | None,
             clear_rules: bool, explain_name: str | None, as_json: bool) -> None:
    """List corpus entities: all surface forms, article count, first/last seen.

    Entities are linked across articles when a stored article is written; --rebuild recomputes
    the links (needed once for databases created before corpus entities existed, and after
    editing the rules file).  See docs/entities.md.
    """
    from pathlib import Path

    from ..store.db import Store

    if not Path(db).exists():
        _die(StoreError(f"database {db} does not exist",
                        hint="create it with `newsgraph ingest PATH --db FILE`"))
    try:
        rules = ce.Rules.load(rules_path) if rules_path else None
        with Store(db) as store:
            c = store.conn
            stale = (c.execute("SELECT count(*) FROM corpus_entity_links").fetchone()[0] == 0
                     and c.execute("SELECT count(*) FROM entities").fetchone()[0] > 0)
            if rebuild or rules is not None or clear_rules or stale:
                n = ce.rebuild(c, rules, clear_rules=clear_rules)
                if not as_json:
                    click.echo(f"rebuilt corpus entities: {n}", err=True)
            if explain_name:
                rows = ce.explain(c, explain_name)
                if as_json:
                    click.echo(ce.dumps(rows))
                else:
                    for r in rows:
                        click.echo(f"#{r['corpus_id']} {r['corpus_name']}  <-  {r['article']}"
                                   f" {r['entity']} {r['article_name']!r}: {r['rule']} ({r['reason']})")
                return
            rows = ce.top_entities(c, type=etype, top=top)
    except NewsgraphError as exc:
        _die(exc)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no entities")
        return
    width = min(40, max(len(r["name"]) for r in rows))
    click.echo(f"{'id':>5}  {'type':6}  {'name':{width}}  {'art':>5} {'ment':>5}  "
               f"{'first':10}  {'last':10}  forms")
    for r in rows:
        click.echo(f"{r['id']:>5}  {r['type']:6}  {r['name'][:width]:{width}}  {r['articles']:>5}"
                   f" {r['mentions']:>5}  {r['first_seen'] or '':10}  {r['last_seen'] or '':10}  "
                   f"{' | '.join(r['forms'])}")
