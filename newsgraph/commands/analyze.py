"""``newsgraph analyze``: read articles and print one record per article."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from ..errors import NewsgraphError
from ..io.batch import (
    build_pipeline,
    check_published,
    describe_input,
    iter_inputs,
    parse_stage_list,
    run_with,
    stage_problems,
)
from ..language import LANG_OPTIONS, check_lang
from ..record import Article


def register(cli: click.Group) -> None:
    cli.add_command(analyze)


def _fail(err: NewsgraphError) -> NoReturn:
    raise click.UsageError(str(err))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["pretty", "json", "jsonl"]), default="json",
              show_default=True, help="pretty: readable view; json: indented; jsonl: one per line")
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="publication date (overrides dates found in metadata or text)")
@click.option("--publisher", default=None, help="publisher name for the records")
@click.option("--lang", type=click.Choice(LANG_OPTIONS), default="auto", show_default=True,
              help="article language; auto detects it")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="stop after N articles")
@click.option("--on-error", type=click.Choice(["record", "raise"]), default="record",
              show_default=True,
              help="record: report a failing input or stage and go on; raise: stop at the first problem")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="largest input file accepted (default 20 MB or $NEWSGRAPH_MAX_BYTES)")
@click.option("--stages", default=None, metavar="LIST",
              help="comma-separated stages to run (default: every installed stage)")
@click.option("--disable", multiple=True, metavar="STAGE",
              help="skip a pipeline stage (repeatable), e.g. --disable events")
def analyze(
    paths: tuple[str, ...],
    fmt: str,
    published: str | None,
    publisher: str | None,
    lang: str,
    limit: int | None,
    on_error: str,
    max_bytes: int | None,
    stages: str | None,
    disable: tuple[str, ...],
) -> None:
    """Analyse articles and print their records.

    PATHS are files (text dumps, .html, .json, .jsonl), directories (read recursively) or
    `-` for stdin.  Problems are reported on stderr, one line per input; the exit status is 1
    when any input or stage failed.
    """
    try:
        published = check_published(published)
        lang = check_lang(lang)
        pipe, load_failures = build_pipeline(
            stages=parse_stage_list(stages), disable=disable,
            on_error="raise" if on_error == "raise" else "record",
        )
    except NewsgraphError as exc:
        _fail(exc)
    failed = 0
    count = 0
    for item in iter_inputs(paths, published=published, publisher=publisher,
                            max_bytes=max_bytes, limit=limit):
        if not isinstance(item, Article):
            if on_error == "raise":
                raise item
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        record = run_with(pipe, load_failures, item, lang=lang)
        for problem in stage_problems(record):
            click.echo(f"warning: {describe_input(item)}: {problem}", err=True)
            failed += 1
        _emit(record, fmt, first=count == 0)
        count += 1
    if count == 0 and failed == 0:
        click.echo("error: no articles found in the given paths", err=True)
        sys.exit(1)
    if failed:
        click.echo(f"{count} article(s) analysed, {failed} problem(s)", err=True)
        sys.exit(1)


def _emit(record: Article, fmt: str, *, first: bool) -> None:
    if fmt == "jsonl":
        click.echo(record.to_json())
    elif fmt == "json":
        click.echo(record.to_json(indent=2))
    else:
        from ..pretty import render

        if not first:
            click.echo("\n" + "─" * 80)
        click.echo(render(record))
