"""Reading inputs (text dumps, HTML, JSON/JSONL, ...) into :class:`~newsgraph.record.Article`."""

from __future__ import annotations

from ..record import Article, Source
from .ids import content_id, normalise_text

__all__ = ["article_from_text", "content_id", "normalise_text", "read_path"]


def __getattr__(name: str) -> object:
    # lazy: importing newsgraph.io must not pull in trafilatura
    if name == "read_path":
        from .readers import read_path

        return read_path
    raise AttributeError(name)


def article_from_text(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    published_basis: str | None = None,
    title: str | None = None,
    language: str = "und",
) -> Article:
    """Build an unanalysed article from raw text (normalised, with its content id)."""
    norm = normalise_text(text)
    basis = published_basis if published_basis else ("user" if published else None)
    source = Source(
        path=path, url=url, publisher=publisher, published=published, published_basis=basis  # type: ignore[arg-type]
    )
    return Article(id=content_id(norm), text=norm, source=source, title=title, language=language)
