"""HTML pages through trafilatura: the article body plus metadata (title, date, author, site,
url, language).  A page without an article (a navigation page, an empty shell) is an error."""

from __future__ import annotations

import re
from typing import Any

from ..errors import UnsupportedInput
from ..record import Article
from .compose import compose_article

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MIN_CHARS = 40


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<html" in head and "<body" in text[:20000].lower()
    )


def _meta(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None) if not isinstance(doc, dict) else doc.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    value = str(value).strip()
    return value or None


def article_from_html(
    html: str,
    *,
    path: str | None,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Extract the main text and metadata; raise :class:`UnsupportedInput` if there is none."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    body = _meta(doc, "text") if doc is not None else None
    if not body or len(body) < _MIN_CHARS:
        raise UnsupportedInput(
            "HTML page without article text (trafilatura found no main content)",
            path=path,
            hint="pass the article page itself, not an index, login or cookie page",
        )
    # trafilatura writes one paragraph per line: make them blank-line separated paragraphs
    body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    meta_date = _meta(doc, "date")
    m = _DATE.match(meta_date or "")
    meta_published = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
    basis = "user" if published else ("metadata" if meta_published else None)
    categories = _meta(doc, "categories")
    return compose_article(
        body,
        title=_meta(doc, "title"),
        path=path,
        url=url or _meta(doc, "url"),
        publisher=publisher or _meta(doc, "sitename") or _meta(doc, "hostname"),
        published=published or meta_published,
        published_basis=basis,
        section=categories.split(",")[0].strip() if categories else None,
        author=_meta(doc, "author"),
        language=_meta(doc, "language"),
    )
