"""Reading paths (files, directories, ``-`` for stdin) into articles.

:func:`read_path` never raises for a bad input: it yields an :class:`~newsgraph.errors.InputError`
in place of the article, naming the file and the reason, so a batch can report it and go on.

Formats are chosen by extension (``.json``, ``.jsonl``/``.ndjson``, ``.html``/``.htm``) and
otherwise by content (HTML, JSON, or a plain-text dump of a web article).  Directories are walked
recursively and lazily, one directory listing at a time, in sorted order; hidden entries are
skipped.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputNotFound, UnsupportedInput
from ..record import Article
from .compose import compose_article
from .encoding import check_size, decode_bytes, max_bytes_default, sniff_binary
from .html import article_from_html, looks_like_html
from .jsonrec import read_json_text, read_jsonl_lines

__all__ = ["ReadResult", "iter_files", "read_bytes", "read_path", "read_stdin"]

ReadResult = Article | InputError

_JSON_EXT = {".json"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_HTML_EXT = {".html", ".htm", ".xhtml"}


def read_path(
    path: str | Path,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[ReadResult]:
    """Articles (or errors) from a file, a directory (recursively) or ``-`` (stdin)."""
    if str(path) == "-":
        yield from read_stdin(published=published, publisher=publisher, max_bytes=max_bytes)
        return
    p = Path(path)
    if not p.exists():
        yield InputNotFound("no such file or directory", path=str(p),
                            hint="check the path (relative paths start at the current folder)")
        return
    if p.is_dir():
        for f in iter_files(p):
            yield from _read_file(f, published=published, publisher=publisher,
                                  max_bytes=max_bytes)
        return
    yield from _read_file(p, published=published, publisher=publisher, max_bytes=max_bytes)


def iter_files(root: Path) -> Iterator[Path]:
    """Regular files below ``root``, depth first, sorted by name, hidden entries skipped.

    Only one directory listing is held at a time per level, so a folder with many thousands
    of files streams.  Symlinked directories are not followed (no cycles).
    """
    try:
        with os.scandir(root) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from iter_files(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path)
        except OSError:
            continue


def read_stdin(
    *, published: str | None = None, publisher: str | None = None, max_bytes: int | None = None,
    stream: BinaryIO | None = None,
) -> Iterator[ReadResult]:
    """Everything on stdin as one input (text, HTML, JSON or JSONL, detected by content)."""
    fh = stream if stream is not None else sys.stdin.buffer
    limit = max_bytes_default() if max_bytes is None else max_bytes
    data = fh.read(limit + 1)
    yield from read_bytes(data, name="<stdin>", path=None, published=published,
                          publisher=publisher, max_bytes=limit)


def _read_file(
    p: Path, *, published: str | None, publisher: str | None, max_bytes: int | None
) -> Iterator[ReadResult]:
    name = str(p)
    ext = p.suffix.lower()
    try:
        if ext in _JSONL_EXT:
            yield from _read_jsonl_file(p, published=published, publisher=publisher,
                                        max_bytes=max_bytes)
            return
        size = p.stat().st_size
        check_size(size, path=name, max_bytes=max_bytes)
        with p.open("rb") as fh:
            data = fh.read()
    except InputError as exc:
        yield exc
        return
    except PermissionError:
        yield UnsupportedInput("permission denied", path=name, hint="check the file's permissions")
        return
    except OSError as exc:
        yield UnsupportedInput(f"cannot read file: {exc.strerror or exc}", path=name)
        return
    yield from read_bytes(data, name=name, path=name, published=published, publisher=publisher,
                          max_bytes=max_bytes, ext=ext)


def read_bytes(
    data: bytes,
    *,
    name: str,
    path: str | None,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
    ext: str = "",
) -> Iterator[ReadResult]:
    """Decode and parse one input given as bytes (format by ``ext`` or by content)."""
    try:
        text = decode_bytes(data, path=name, max_bytes=max_bytes).text
    except InputError as exc:
        yield exc
        return
    stripped = text.lstrip()
    if ext in _JSON_EXT or (not ext and stripped.startswith(("{", "["))):
        if not ext and _is_jsonl(stripped):
            yield from read_jsonl_lines(iter(text.splitlines()), path=name, published=published,
                                        publisher=publisher)
            return
        yield from read_json_text(text, path=name, published=published, publisher=publisher)
        return
    if ext in _JSONL_EXT:
        yield from read_jsonl_lines(iter(text.splitlines()), path=name, published=published,
                                    publisher=publisher)
        return
    if ext in _HTML_EXT or looks_like_html(text):
        try:
            yield article_from_html(text, path=path or name, published=published,
                                    publisher=publisher)
        except InputError as exc:
            yield exc
        return
    yield compose_article(text, path=path, publisher=publisher, published=published,
                          published_basis="user" if published else None)


def _is_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines()[:3] if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") and ln.rstrip().endswith("}")
                                  for ln in lines)


def _read_jsonl_file(
    p: Path, *, published: str | None, publisher: str | None, max_bytes: int | None
) -> Iterator[ReadResult]:
    """Stream a JSONL file line by line; the size limit applies per record, not per file."""
    name = str(p)
    limit = max_bytes_default() if max_bytes is None else max_bytes
    with p.open("rb") as fh:
        head = fh.read(4096)
    if not head.strip():
        yield UnsupportedInput("empty input (no records)", path=name)
        return
    kind = sniff_binary(head)
    if kind is not None:
        yield UnsupportedInput(f"binary file ({kind}), not JSONL", path=name)
        return

    def lines() -> Iterator[str | InputError]:
        with p.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if len(raw) > limit:
                    yield UnsupportedInput(
                        f"record too large ({len(raw)} bytes, limit {limit})",
                        path=f"{name}:{lineno}",
                        hint="raise the limit with --max-bytes / NEWSGRAPH_MAX_BYTES",
                    )
                    continue
                try:
                    yield unicodedata.normalize(
                        "NFC", raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                    )
                except UnicodeDecodeError:
                    yield unicodedata.normalize("NFC", raw.decode("cp1252", errors="replace"))

    yield from read_jsonl_lines(lines(), path=name, published=published, publisher=publisher)
