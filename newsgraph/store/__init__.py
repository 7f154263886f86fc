"""The embedded SQLite store (WAL, FTS5): one table per record list, named migrations."""

from .db import Store

__all__ = ["Store"]
