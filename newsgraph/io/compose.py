"""Composing the article text from separate title and body (HTML and JSON inputs).

When a title comes separately, the text is ``title + "\\n\\n" + body`` so that every offset,
including those of the title, points into one string and the structure stage sees the same
layout as in a text dump.
"""

from __future__ import annotations

from typing import cast

from ..record import Article, PublishedBasis, Source
from .ids import content_id, normalise_text


def compose_text(body: str, title: str | None) -> str:
    body = normalise_text(body)
    title = " ".join(normalise_text(title).split()) if title else ""
    if not title:
        return body
    first_line = body.lstrip("\n").split("\n", 1)[0].strip()
    if first_line == title:
        return body
    return f"{title}\n\n{body}"


def compose_article(
    body: str,
    *,
    title: str | None = None,
    path: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    published_basis: str | None = None,
    section: str | None = None,
    author: str | None = None,
    language: str | None = None,
) -> Article:
    """An unanalysed article: normalised text (title first), content id and source."""
    text = compose_text(body, title)
    basis = published_basis if published else None
    source = Source(
        path=path,
        url=url,
        publisher=publisher,
        section=section,
        published=published,
        published_basis=cast("PublishedBasis | None", basis),
        author=author,
    )
    clean_title = " ".join(normalise_text(title).split()) if title else ""
    return Article(
        id=content_id(text),
        text=text,
        source=source,
        title=clean_title or None,
        language=language or "und",
    )
