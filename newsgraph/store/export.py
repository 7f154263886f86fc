"""Streaming exports of the store: JSONL records, or one CSV / Parquet file per table.

Everything is read with keyset pagination (``WHERE rowid > ? ORDER BY rowid LIMIT n``), so
memory stays constant however large the store is.  Columns are exactly the table columns
documented in ``docs/store.md`` (the ``articles`` table without its ``record`` column, which is
what the JSONL export is for).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import ConfigError, MissingDependency, StoreError
from .db import Store

#: Tables written by the CSV/Parquet exports, in this order.
EXPORT_TABLES: tuple[str, ...] = (
    "articles", "blocks", "entities", "mentions", "roles", "times", "quantities", "claims",
    "events", "event_args",
)
_SKIP_COLUMNS = {"articles": {"record"}}
BATCH = 5000


@dataclass(frozen=True)
class ExportSummary:
    files: tuple[str, ...]
    rows: int


def table_columns(store: Store, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of the exported columns of ``table``."""
    cols = [(r[1], (r[2] or "TEXT").upper()) for r in store.conn.execute(f"PRAGMA table_info({table})")]
    skip = _SKIP_COLUMNS.get(table, set())
    return [c for c in cols if c[0] not in skip]


def iter_rows(store: Store, table: str, columns: list[str], *, batch: int = BATCH) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of rows of ``table`` in rowid order (keyset pagination)."""
    col_sql = ", ".join(f'"{c}"' for c in columns)
    last = -1
    while True:
        rows = store.conn.execute(
            f"SELECT rowid, {col_sql} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [tuple(r)[1:] for r in rows]


def export_jsonl(store: Store, out: str) -> ExportSummary:
    """One full record per line (``out`` may be ``-`` for stdout)."""
    n = 0
    fh: IO[str]
    with _open_text(out) as fh:
        for article in store.iter_articles():
            fh.write(article.to_json())
            fh.write("\n")
            n += 1
    return ExportSummary((out,), n)


class _open_text:
    def __init__(self, out: str) -> None:
        self.out = out
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.out == "-":
            return sys.stdout
        path = Path(self.out)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.fh = path.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()


def _out_dir(out: str) -> Path:
    if out == "-":
        raise ConfigError("CSV and Parquet exports write one file per table",
                          hint="give a folder with --out, e.g. --out export/")
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"--out {out} is a file", hint="CSV/Parquet exports need a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create folder {path}: {exc.strerror or exc}") from exc
    return path


def export_csv(store: Store, out: str) -> ExportSummary:
    """``<out>/<table>.csv`` for every table, with a header row of column names."""
    folder = _out_dir(out)
    files: list[str] = []
    total = 0
    for table in EXPORT_TABLES:
        cols = [c for c, _ in table_columns(store, table)]
        target = folder / f"{table}.csv"
        with _open_text(str(target)) as fh:
            writer = csv.writer(fh)
            writer.writerow(cols)
            for rows in iter_rows(store, table, cols):
                writer.writerows(rows)
                total += len(rows)
        files.append(str(target))
    return ExportSummary(tuple(files), total)


def export_parquet(store: Store, out: str) -> ExportSummary:
    """``<out>/<table>.parquet`` for every table, written in row groups of :data:`BATCH`."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingDependency("pyarrow", "parquet") from exc
    folder = _out_dir(out)
    types = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    files: list[str] = []
    total = 0
    for table in EXPORT_TABLES:
        cols = table_columns(store, table)
        schema = pa.schema([(name, types.get(decl, pa.string())) for name, decl in cols])
        target = folder / f"{table}.parquet"
        with pq.ParquetWriter(str(target), schema) as writer:
            for rows in iter_rows(store, table, [c for c, _ in cols]):
                columns = list(zip(*rows, strict=True))
                batch = pa.record_batch(
                    [pa.array(list(col), type=schema.field(i).type) for i, col in enumerate(columns)],
                    schema=schema,
                )
                writer.write_batch(batch)
                total += len(rows)
        files.append(str(target))
    return ExportSummary(tuple(files), total)


def export_events(store: Store, out: str, fmt: str) -> ExportSummary:
    """PLOVER / GDELT-style event exports, provided by ``newsgraph.store.event_exports``."""
    try:
        from . import event_exports  # type: ignore[attr-defined]
    except ImportError as exc:
        raise ConfigError(
            f"--format {fmt} is not available in this installation",
            hint="the event export module newsgraph.store.event_exports is missing",
        ) from exc
    writer = getattr(event_exports, f"write_{fmt}", None)
    if writer is None:
        raise ConfigError(f"--format {fmt} is not available (no write_{fmt} in event_exports)")
    result = writer(store, out)
    rows = int(result) if isinstance(result, int) else 0
    return ExportSummary((out,), rows)
