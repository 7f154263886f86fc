"""JSON and JSONL inputs: records with at least ``text`` and optionally ``title``, ``url``,
``published``, ``publisher``, ``id``, ``section``, ``author``, ``language``.

A ``.json`` file holds one record, a list of records, or a full newsgraph record (which is
read back as is, keeping its analysis).  A ``.jsonl`` file holds one record per line; a bad line
is reported with its line number and the other lines are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..errors import InputError, RecordError
from ..record import SCHEMA_FAMILY, Article
from .compose import compose_article

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FIELDS_HINT = 'a record needs "text" (string) and may have "title", "url", "published", "publisher", "id"'


def parse_published(value: Any, *, where: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time string; None for null/empty."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f'"published" must be a date string, got {type(value).__name__}', path=where)
    m = _DATE.match(value.strip())
    if not m:
        raise RecordError(
            f'"published" is not an ISO date: {value!r}', path=where, hint="use YYYY-MM-DD"
        )
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


def _opt_str(rec: Mapping[str, Any], key: str, where: str) -> str | None:
    value = rec.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(f'"{key}" must be a string, got {type(value).__name__}', path=where)
    return value.strip() or None


def article_from_record(
    rec: Any,
    *,
    where: str,
    path: str | None,
    published: str | None = None,
    publisher: str | None = None,
) -> Article:
    """One JSON object -> an unanalysed :class:`Article` (or a stored record read back)."""
    if not isinstance(rec, Mapping):
        raise RecordError(f"expected a JSON object, got {type(rec).__name__}", path=where,
                          hint=_FIELDS_HINT)
    schema = rec.get("schema")
    if isinstance(schema, str) and schema.startswith(SCHEMA_FAMILY):
        try:
            return Article.from_dict(rec)
        except (TypeError, KeyError, ValueError) as exc:
            raise RecordError(f"malformed newsgraph record: {exc}", path=where) from exc
    text = rec.get("text")
    if text is None:
        keys = ", ".join(sorted(str(k) for k in rec)[:8]) or "none"
        raise RecordError(f'JSON record without "text" (fields: {keys})', path=where,
                          hint=_FIELDS_HINT)
    if not isinstance(text, str):
        raise RecordError(f'"text" must be a string, got {type(text).__name__}', path=where)
    if not text.strip():
        raise RecordError('"text" is empty', path=where, hint=_FIELDS_HINT)
    rec_published = parse_published(rec.get("published", rec.get("date")), where=where)
    given_id = rec.get("id")
    if given_id is not None and not isinstance(given_id, (str, int)):
        raise RecordError(f'"id" must be a string or number, got {type(given_id).__name__}',
                          path=where)
    article = compose_article(
        text,
        title=_opt_str(rec, "title", where),
        path=path,
        url=_opt_str(rec, "url", where),
        publisher=publisher or _opt_str(rec, "publisher", where),
        published=published or rec_published,
        published_basis="user" if published else ("metadata" if rec_published else None),
        section=_opt_str(rec, "section", where),
        author=_opt_str(rec, "author", where),
        language=_opt_str(rec, "language", where),
    )
    # an id given by the input is kept (users look articles up by it); else the content hash
    if given_id is not None and str(given_id).strip():
        article = article.replace(id=str(given_id).strip())
    return article


def read_json_text(
    text: str, *, path: str, published: str | None = None, publisher: str | None = None
) -> Iterator[Article | InputError]:
    """A ``.json`` document: one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RecordError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          path=path, hint="check the file with `python -m json.tool FILE`")
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield RecordError("JSON list is empty", path=path, hint=_FIELDS_HINT)
        return
    for i, rec in enumerate(items):
        where = path if len(items) == 1 else f"{path}[{i}]"
        try:
            yield article_from_record(rec, where=where, path=path, published=published,
                                      publisher=publisher)
        except InputError as exc:
            yield exc


def read_jsonl_lines(
    lines: Iterable[str | InputError], *, path: str, published: str | None = None,
    publisher: str | None = None,
) -> Iterator[Article | InputError]:
    """A ``.jsonl`` stream, one record per line; blank lines are ignored."""
    seen = False
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(f"invalid JSON on this line: {exc.msg}", path=where)
            continue
        try:
            yield article_from_record(rec, where=where, path=path, published=published,
                                      publisher=publisher)
        except InputError as exc:
            yield exc
    if not seen:
        yield RecordError("empty JSONL file (no records)", path=path, hint=_FIELDS_HINT)
