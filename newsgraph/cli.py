"""The ``newsgraph`` command line.  ``newsgraph --help`` lists every command."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from . import __version__
from .errors import NewsgraphError
from .evaluation import EVAL_COMMANDS


class _LazyEvalGroup(click.Group):
    """Loads each ``eval`` sub-command from its module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = []
        for name, module in EVAL_COMMANDS.items():
            if importlib.util.find_spec(module) is not None:
                names.append(name)
        return names

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = EVAL_COMMANDS.get(cmd_name)
        if module is None or importlib.util.find_spec(module) is None:
            return None
        cmd = importlib.import_module(module).command
        assert isinstance(cmd, click.Command)
        return cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: who did what to whom, when and where, and who says so.

    Reads news articles (text dumps, HTML, JSON/JSONL) and writes one JSON record per article
    whose every annotation points at the exact characters it came from.
    """


@cli.group(cls=_LazyEvalGroup, name="eval")
def eval_group() -> None:
    """Measure quality on annotated data.  Every command accepts --json."""


def _register_commands() -> None:
    from .commands import register

    register(cli)


def main(argv: list[str] | None = None) -> Any:
    _register_commands()
    try:
        return cli.main(args=argv, prog_name="newsgraph", standalone_mode=True)
    except NewsgraphError as exc:  # pragma: no cover - click handles most paths
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
