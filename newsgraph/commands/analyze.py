"""``newsgraph analyze``: print one record per article."""

from __future__ import annotations

import click

from ..io import article_from_text
from ..pipeline import Pipeline


def register(cli: click.Group) -> None:
    cli.add_command(analyze)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["pretty", "json", "jsonl"]), default="json")
@click.option("--published", default=None, help="publication date YYYY-MM-DD")
@click.option("--publisher", default=None)
def analyze(paths: tuple[str, ...], fmt: str, published: str | None, publisher: str | None) -> None:
    """Analyse articles and print their records (minimal version: text files only)."""
    pipe = Pipeline.default()
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            article = article_from_text(fh.read(), path=p, published=published, publisher=publisher)
        click.echo(pipe.run(article).to_json(indent=None if fmt == "jsonl" else 2))
