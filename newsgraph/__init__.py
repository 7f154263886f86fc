"""newsgraph: who did what to whom, when and where — and who says so.

Python API::

    import newsgraph
    article = newsgraph.analyze("Der Minister sagte, ...", published="2025-11-07")
    print(article.to_json(indent=2))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import NewsgraphError
from .pipeline import Pipeline
from .record import SCHEMA, Article

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Article", "NewsgraphError", "Pipeline", "__version__", "analyze"]


def analyze(
    text_or_path: str | Path,
    *,
    published: str | None = None,
    publisher: str | None = None,
    lang: str = "auto",
    pipeline: Pipeline | None = None,
    **options: Any,
) -> Article:
    """Analyse one article given as text or as a path to a file, and return its record.

    A ``Path`` (or a string naming an existing file) is read with the input readers (text,
    HTML, JSON); any other string is analysed as the article text itself.
    """
    from .io import article_from_text

    pipe = pipeline or Pipeline.default()
    path = Path(text_or_path) if isinstance(text_or_path, Path) else None
    if path is None and isinstance(text_or_path, str) and "\n" not in text_or_path:
        candidate = Path(text_or_path)
        if len(text_or_path) < 4096 and candidate.is_file():
            path = candidate
    if path is not None:
        from .io.readers import read_path

        articles = [a for a in read_path(path, published=published, publisher=publisher)]
        if not articles:
            from .errors import InputError

            raise InputError("no article found", path=str(path))
        first = articles[0]
        if isinstance(first, Exception):
            raise first
        article = first
    else:
        article = article_from_text(str(text_or_path), published=published, publisher=publisher)
    return pipe.run(article, lang=lang, **options)
