"""Top-level CLI commands, one module each.  Every module defines ``register(cli)``."""

from __future__ import annotations

import importlib
import importlib.util

import click

#: modules under newsgraph.commands, registered in this order
COMMAND_MODULES: tuple[str, ...] = (
    "analyze",  # newsgraph analyze
    "store_cmds",  # ingest, show, search, export, stats
    "entities_cmd",  # newsgraph entities (corpus-level entities)
    "serve",  # newsgraph serve (web UI + API)
)


def register(cli: click.Group) -> None:
    for name in COMMAND_MODULES:
        module_name = f"{__name__}.{name}"
        if importlib.util.find_spec(module_name) is None:
            continue
        importlib.import_module(module_name).register(cli)
