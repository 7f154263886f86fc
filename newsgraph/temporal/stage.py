"""The ``times`` stage: fills ``article.times`` (ids ``t1``, ``t2``, … in text order).

Only content blocks (title, lead, body) are analysed.  The anchor is
``article.source.published`` (from metadata, ``--published`` or a dateline); without it,
partial dates keep an unknown year (``XXXX-11-06``).  Tokens from the ``nlp`` stage are used
when present (tense of the sentence, ``Mai`` as a proper name); the tagger itself works on the
raw text.

Options (``Pipeline.default(config={"times": {...}})``):

* ``genre``: ``"news"`` (default; partial dates anchor on the publication date) or
  ``"narrative"`` (history/encyclopedic text; partial dates take the year of the previous date).
"""

from __future__ import annotations

from typing import Any, ClassVar

from ..doc import Doc
from ..errors import ConfigError
from ..pipeline import BaseStage
from .tagger import tag_times
from .values import parse_iso_date

GENRES = ("news", "narrative")


class TimesStage(BaseStage):
    name: ClassVar[str] = "times"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("times",)

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        genre = config.get("genre", "news")
        if genre not in GENRES:
            raise ConfigError(f"unknown genre {genre!r} for the times stage", hint=f"use one of {GENRES}")
        self.genre = genre

    def __call__(self, doc: Doc) -> None:
        art = doc.article
        spans = [(b.start, b.end) for b in art.content_blocks()] if art.blocks else [(0, len(art.text))]
        lang = "en" if (art.language or "").startswith("en") else "de"
        genre = doc.options.get("genre", self.genre)
        times = tag_times(
            art.text,
            dct=parse_iso_date(art.source.published),
            lang=lang,
            spans=spans,
            tokens=doc.tokens,
            genre=genre,
        )
        doc.update(times=tuple(times))
