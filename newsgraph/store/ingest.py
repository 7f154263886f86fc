"""Ingesting articles: analysis in worker processes, one writer, one transaction per article.

* Idempotent: an article whose content id is already stored is skipped before analysis
  (``force`` re-analyses and replaces it).
* Resumable: every article is committed on its own, so after a crash, a killed worker or
  Ctrl-C a re-run skips what is stored and does the rest; nothing is ever half-written.
* Parallel: with ``workers > 1`` articles are analysed in a process pool (bounded number in
  flight); only this process writes.  A worker that dies fails only the articles it held.
"""

from __future__ import annotations

import signal
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import InputError, StoreError
from ..io.batch import build_pipeline, describe_input, input_reason, run_with, stage_problems
from ..io.readers import ReadResult
from ..record import Article
from .db import Store


@dataclass(frozen=True)
class IngestOptions:
    lang: str = "auto"
    force: bool = False
    workers: int = 1
    stages: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()


@dataclass
class IngestReport:
    ok: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    degraded: list[tuple[str, str]] = field(default_factory=list)  # stored, but a stage failed
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return self.ok + self.skipped + len(self.failed)


@lru_cache(maxsize=4)
def _pipeline(stages: tuple[str, ...] | None, disable: tuple[str, ...]) -> Any:
    """One pipeline per process (built lazily in each worker, then reused)."""
    return build_pipeline(stages=stages, disable=disable, on_error="record")


def analyse(article: Article, stages: tuple[str, ...] | None, disable: tuple[str, ...],
            lang: str) -> Article:
    """Run the batch pipeline on one article (in a worker process or in-process)."""
    pipe, load_failures = _pipeline(stages, disable)
    return run_with(pipe, load_failures, article, lang=lang)


Progress = Callable[[IngestReport], None]


def ingest(
    store: Store,
    items: Iterable[ReadResult],
    opts: IngestOptions,
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """Analyse and store every article of ``items``; input errors are reported, not raised."""
    report = IngestReport()
    started = time.monotonic()
    try:
        todo = _filter(store, items, opts, report)
        if opts.workers <= 1:
            for article in todo:
                _store(store, article, analyse(article, opts.stages, opts.disable, opts.lang),
                       opts, report)
                if progress:
                    progress(report)
        else:
            _run_pool(store, todo, opts, report, progress)
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.monotonic() - started
    return report


def _filter(store: Store, items: Iterable[ReadResult], opts: IngestOptions,
            report: IngestReport) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputError):
            reason = input_reason(item)
            report.failed.append((describe_input(item), reason))
            try:
                store.record_failure(describe_input(item), reason)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to {store.path}: {exc}") from exc
            continue
        if not opts.force and store.has(item.id):
            report.skipped += 1
            continue
        yield item


def _store(store: Store, source: Article, record: Article, opts: IngestOptions,
           report: IngestReport) -> None:
    where = describe_input(source)
    try:
        written = store.put(record, force=opts.force)
    except StoreError as exc:
        if not isinstance(exc.__cause__, sqlite3.IntegrityError):
            raise  # the database cannot be written at all (read-only, disk full): stop
        report.failed.append((where, f"invalid record: {exc}"))
        return
    if not written:
        report.skipped += 1
        return
    report.ok += 1
    for problem in stage_problems(record):
        report.degraded.append((where, problem))


def _run_pool(store: Store, todo: Iterator[Article], opts: IngestOptions,
              report: IngestReport, progress: Progress | None) -> None:
    max_in_flight = opts.workers * 4
    pending: dict[Future[Article], Article] = {}
    pool = _new_pool(opts)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < max_in_flight:
                article = next(todo, None)
                if article is None:
                    exhausted = True
                    break
                try:
                    fut = pool.submit(analyse, article, opts.stages, opts.disable, opts.lang)
                except BrokenProcessPool:
                    pool = _restart(pool, opts)
                    fut = pool.submit(analyse, article, opts.stages, opts.disable, opts.lang)
                pending[fut] = article
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                article = pending.pop(fut)
                try:
                    record = fut.result()
                except BrokenProcessPool:
                    broken = True
                    report.failed.append((describe_input(article),
                                          "analysis worker died (killed or out of memory); "
                                          "re-run ingest to retry"))
                    continue
                except Exception as exc:  # noqa: BLE001 - report and go on
                    report.failed.append((describe_input(article), f"{type(exc).__name__}: {exc}"))
                    continue
                _store(store, article, record, opts, report)
            if broken:
                for article in pending.values():
                    report.failed.append((describe_input(article),
                                          "analysis worker died (killed or out of memory); "
                                          "re-run ingest to retry"))
                pending.clear()
                pool = _restart(pool, opts)
            if progress:
                progress(report)
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _new_pool(opts: IngestOptions) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=opts.workers, initializer=_ignore_sigint)


def _restart(pool: ProcessPoolExecutor, opts: IngestOptions) -> ProcessPoolExecutor:
    pool.shutdown(wait=False, cancel_futures=True)
    return _new_pool(opts)
