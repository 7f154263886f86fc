"""Store commands: ``ingest``, ``show``, ``search``, ``export``, ``stats``."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import NoReturn

import click

from ..errors import NewsgraphError, StoreError
from ..io.batch import check_published, iter_inputs, parse_stage_list
from ..language import LANG_OPTIONS, check_lang
from ..store.db import Store
from ..store.ingest import IngestOptions, IngestReport, ingest

_DB = click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
                   help="the newsgraph SQLite database file")
_MAX_REASONS = 25


def register(cli: click.Group) -> None:
    for cmd in (ingest_cmd, show, search, export, stats):
        cli.add_command(cmd)


def _die(exc: NewsgraphError | str, code: int = 2) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(code)


def open_existing(db: str) -> Store:
    """Open a store that must exist (migrating it when the location is writable)."""
    path = Path(db)
    if not path.exists():
        _die(StoreError(f"database {db} does not exist",
                        hint="create it with `newsgraph ingest PATH --db FILE`"))
    try:
        if os.access(path, os.W_OK) and os.access(path.parent.resolve(), os.W_OK):
            return Store(path)
        return Store(path, readonly=True)
    except NewsgraphError as exc:
        _die(exc)


# ---- ingest ---------------------------------------------------------------------------------

class _Progress:
    """A one-line progress display with articles/s, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, report: IngestReport) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = report.ok / max(now - self.started, 1e-6)
        click.echo(
            f"\r  {report.done} done · {report.ok} stored · {report.skipped} skipped · "
            f"{len(report.failed)} failed · {rate:.1f} articles/s ",
            nl=False, err=True,
        )

    def finish(self) -> None:
        if self.enabled and self.last:
            click.echo("", err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_DB
@click.option("--force", is_flag=True, help="re-analyse and replace articles already stored")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="analysis processes (the database has one writer)")
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="publication date")
@click.option("--publisher", default=None, help="publisher name for the records")
@click.option("--lang", type=click.Choice(LANG_OPTIONS), default="auto", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="stop after N articles")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="largest input file accepted (default 20 MB or $NEWSGRAPH_MAX_BYTES)")
@click.option("--stages", default=None, metavar="LIST",
              help="comma-separated stages to run (default: every installed stage)")
@click.option("--disable", multiple=True, metavar="STAGE", help="skip a stage (repeatable)")
def ingest_cmd(
    paths: tuple[str, ...], db: str, force: bool, workers: int, published: str | None,
    publisher: str | None, lang: str, limit: int | None, max_bytes: int | None,
    stages: str | None, disable: tuple[str, ...],
) -> None:
    """Analyse articles and store them in the database.

    Idempotent (same content, same id: stored articles are skipped unless --force), one
    transaction per article, resumable after a crash or Ctrl-C.  Ends with a summary; the exit
    status is 1 when any input failed or a stage failed on an article, 130 when interrupted.
    """
    try:
        opts = IngestOptions(
            lang=check_lang(lang), force=force, workers=workers,
            stages=tuple(s) if (s := parse_stage_list(stages)) is not None else None,
            disable=disable,
        )
        published = check_published(published)
    except NewsgraphError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        store = Store(db)
    except NewsgraphError as exc:
        _die(exc)
    progress = _Progress(sys.stderr.isatty())
    with store:
        items = iter_inputs(paths, published=published, publisher=publisher,
                            max_bytes=max_bytes, limit=limit)
        try:
            report = ingest(store, items, opts, progress=progress)
        except StoreError as exc:
            progress.finish()
            _die(exc)
        progress.finish()
        total = store.count()
    _summary(report, db, total)
    if report.interrupted:
        sys.exit(130)
    if report.failed or report.degraded:
        sys.exit(1)


def _summary(report: IngestReport, db: str, total: int) -> None:
    rate = report.ok / report.seconds if report.seconds > 0 else 0.0
    click.echo(
        f"ingest {'INTERRUPTED' if report.interrupted else 'done'}: {report.ok} ok, "
        f"{report.skipped} skipped (already stored), {len(report.failed)} failed"
        f" · {report.seconds:.1f} s, {rate:.1f} articles/s · {total} articles in {db}",
        err=True,
    )
    for title, rows in (("failed", report.failed), ("stored with stage failures", report.degraded)):
        if not rows:
            continue
        click.echo(f"{title}:", err=True)
        for where, reason in rows[:_MAX_REASONS]:
            click.echo(f"  {where}: {reason}", err=True)
        if len(rows) > _MAX_REASONS:
            click.echo(f"  … and {len(rows) - _MAX_REASONS} more", err=True)
    if report.interrupted:
        click.echo("interrupted: everything listed as ok is stored; re-run to continue", err=True)


# ---- show / search --------------------------------------------------------------------------

@click.command()
@click.argument("article_id")
@_DB
@click.option("--format", "fmt", type=click.Choice(["pretty", "json"]), default="pretty",
              show_default=True)
def show(article_id: str, db: str, fmt: str) -> None:
    """Print one stored article; ID may be a unique prefix of the id."""
    with open_existing(db) as store:
        ids = store.find_ids(article_id)
        if not ids:
            _die(f"no article with id {article_id!r} in {db}", 1)
        if len(ids) > 1 and article_id not in ids:
            _die(f"id prefix {article_id!r} is ambiguous: {', '.join(ids[:10])}", 1)
        record = store.get(article_id if article_id in ids else ids[0])
    assert record is not None
    if fmt == "json":
        click.echo(record.to_json(indent=2))
    else:
        from ..pretty import render

        click.echo(render(record))


@click.command()
@click.argument("query", nargs=-1, required=True)
@_DB
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per hit")
def search(query: tuple[str, ...], db: str, limit: int, as_json: bool) -> None:
    """Full-text search (German-aware: stemmed, umlaut-insensitive).

    Words must all occur; "a phrase" in quotes, word* for prefixes, A OR B, -word to exclude.
    """
    from ..store.fts import search as fts_search

    with open_existing(db) as store:
        try:
            hits = fts_search(store.conn, " ".join(query), limit=limit)
        except NewsgraphError as exc:
            _die(exc)
        except sqlite3.OperationalError as exc:
            _die(StoreError(f"cannot search {db}: {exc}",
                            hint="open the database once with write access (e.g. newsgraph "
                                 "stats --db FILE) so its migrations are applied"))
    for h in hits:
        if as_json:
            click.echo(json.dumps(h.__dict__, ensure_ascii=False))
        else:
            head = click.style(h.id, fg="yellow")
            date = h.published or "????-??-??"
            click.echo(f"{head}  {date}  {h.title or '(no title)'}")
            click.echo(f"    {h.snippet}")
    if not hits and not as_json:
        click.echo("no matches", err=True)


# ---- export / stats -------------------------------------------------------------------------

@click.command()
@_DB
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover", "gdelt"]),
              default="jsonl", show_default=True)
@click.option("--out", required=True,
              help="file for jsonl (- for stdout); folder for csv/parquet (one file per table)")
def export(db: str, fmt: str, out: str) -> None:
    """Export the store, streaming (constant memory)."""
    from ..store import export as ex

    with open_existing(db) as store:
        try:
            if fmt == "jsonl":
                summary = ex.export_jsonl(store, out)
            elif fmt == "csv":
                summary = ex.export_csv(store, out)
            elif fmt == "parquet":
                summary = ex.export_parquet(store, out)
            else:
                summary = ex.export_events(store, out, fmt)
        except NewsgraphError as exc:
            _die(exc)
    click.echo(f"exported {summary.rows} rows to {', '.join(summary.files)}", err=True)


@click.command()
@_DB
@click.option("--json", "as_json", is_flag=True, help="print the counts as one JSON object")
def stats(db: str, as_json: bool) -> None:
    """Counts per table, per block kind, per language and per publisher."""
    from ..store.stats import store_stats

    with open_existing(db) as store:
        data = store_stats(store)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(f"{db}", bold=True) + f"  (migrations: {', '.join(data['migrations'])})")
    for title, key in (("rows per table", "tables"), ("blocks per kind", "block_kinds"),
                       ("articles per language", "languages"),
                       ("articles per publisher", "publishers"),
                       ("entities per type", "entity_types"), ("events per type", "event_types"),
                       ("claims per stance", "claim_stances")):
        rows = data[key]
        if not rows:
            continue
        click.echo(click.style(title, bold=True))
        width = max(len(str(k)) for k in rows)
        for k, v in rows.items():
            click.echo(f"  {str(k):<{width}}  {v:>8}")
    if data["published"]["first"]:
        click.echo(f"published: {data['published']['first']} … {data['published']['last']}")
