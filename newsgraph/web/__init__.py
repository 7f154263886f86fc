"""The analyst's workbench: web pages and a JSON API over the store (``newsgraph serve``).

Needs the optional ``web`` extra (Flask).  :func:`create_app` opens the store read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import MissingDependency

if TYPE_CHECKING:
    from flask import Flask


def create_app(db_path: str | Path) -> Flask:
    try:
        import flask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependency("flask", "web") from exc
    from .app import build_app

    return build_app(db_path)


__all__ = ["create_app"]
