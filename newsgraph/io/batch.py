"""Helpers shared by the batch commands (``analyze``, ``ingest``): option checks, iterating
many paths, and describing per-article problems in one line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from ..errors import ConfigError, InputError, NewsgraphError
from ..pipeline import STAGES, ErrorPolicy, Pipeline, Stage, available_stages, load_stage
from ..record import Article, StageRun
from .readers import ReadResult, read_path

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_published(value: str | None) -> str | None:
    """Validate a user-given publication date (``YYYY-MM-DD``)."""
    if value is None:
        return None
    if not _ISO.match(value):
        raise ConfigError(f"--published {value!r} is not a date", hint="use YYYY-MM-DD, e.g. 2025-11-07")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--published {value!r} is not a valid date: {exc}") from exc
    return value


def iter_inputs(
    paths: Iterable[str],
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
    limit: int | None = None,
) -> Iterator[ReadResult]:
    """Articles and input errors from all ``paths`` in order; ``limit`` counts articles."""
    n = 0
    for p in paths:
        for item in read_path(p, published=published, publisher=publisher, max_bytes=max_bytes):
            if isinstance(item, Article):
                if limit is not None and n >= limit:
                    return
                n += 1
            yield item


def describe_input(item: ReadResult) -> str:
    if isinstance(item, InputError):
        return item.path or "<input>"
    return item.source.path or item.source.url or f"<stdin:{item.id}>"


def input_reason(exc: InputError) -> str:
    """The reason of an input error without the path prefix (the path is shown separately)."""
    msg = exc.message
    if exc.path and msg.startswith(f"{exc.path}: "):
        msg = msg[len(exc.path) + 2 :]
    return msg if exc.hint is None else f"{msg} ({exc.hint})"


def stage_problems(article: Article) -> list[str]:
    """``stage@v failed: reason`` for every stage that failed on this article."""
    return [f"{r.stage} {r.status}: {r.error}" for r in article.pipeline if r.status == "failed"]


def parse_stage_list(value: str | None) -> list[str] | None:
    """``"structure,language"`` -> names, checked against the registry."""
    if not value:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s) {', '.join(unknown)}",
                          hint=f"known stages: {', '.join(STAGES)}")
    return names


def build_pipeline(
    *,
    stages: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    on_error: ErrorPolicy = "record",
) -> tuple[Pipeline, list[StageRun]]:
    """The default pipeline for batch commands, tolerant of stages that fail to load.

    A stage that is not installed is left out silently; a stage that is installed but raises
    while loading is left out too and reported as a failed :class:`StageRun` (so records say
    that its lists are empty because it did not run, never because nothing was found).  With
    ``on_error="raise"`` a load failure raises.
    """
    skip = set(disable)
    unknown = [n for n in skip if n not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s) {', '.join(unknown)}",
                          hint=f"known stages: {', '.join(STAGES)}")
    wanted = list(stages) if stages is not None else list(STAGES)
    loaded: list[Stage] = []
    load_failures: list[StageRun] = []
    provided: set[str] = {"text", "source"}
    for name in available_stages([n for n in STAGES if n in wanted and n not in skip]):
        try:
            stage = load_stage(name)
        except Exception as exc:  # noqa: BLE001 - a broken optional stage must not stop a batch
            if on_error == "raise":
                raise
            msg = exc.message if isinstance(exc, NewsgraphError) else f"{type(exc).__name__}: {exc}"
            load_failures.append(StageRun(f"{name}", "failed", f"could not load: {msg}"))
            continue
        if all(r in provided for r in stage.requires):
            loaded.append(stage)
            provided.update(stage.provides)
    return Pipeline(loaded, on_error=on_error), load_failures


def run_with(pipe: Pipeline, load_failures: list[StageRun], article: Article,
             **options: object) -> Article:
    """Run ``pipe`` and add the stages that could not be loaded to the record's log."""
    record = pipe.run(article, **options)
    if load_failures:
        record = record.replace(pipeline=tuple(load_failures) + record.pipeline)
    return record
