"""The ``events`` pipeline stage: PLOVER events for ``article.events``."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from ..doc import Doc
from ..pipeline import BaseStage
from ..record import Event
from .extract import extract_mentions
from .lexicon import Lexicon, load_lexicon
from .merge import build_events


def extract_events(doc: Doc, lexicon: Lexicon | None = None, *, published_fallback: bool = True) -> list[Event]:
    """Events of one document (uses whatever earlier stages provided; see docs/events.md)."""
    lex = lexicon or load_lexicon()
    events = build_events(extract_mentions(doc, lex))
    if published_fallback and doc.article.source.published:
        events = [
            e if e.time is not None else dataclasses.replace(e, time_basis="published")
            for e in events
        ]
    return events


class EventsStage(BaseStage):
    """PLOVER-coded events: who did what to whom, when, where, how many, and who says so.

    Options: ``lexicon`` (path of a YAML trigger lexicon replacing the shipped German one),
    ``published_fallback`` (default True: events without a time expression get
    ``time_basis="published"``).
    """

    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1"
    # The stage itself degrades gracefully when one of these layers is empty (own tokenizer,
    # gazetteer and text fallbacks, see docs/events.md); the pipeline contract still asks for
    # them so that a record's events are only made once the layers they point to exist.
    requires: ClassVar[tuple[str, ...]] = ("tokens", "entities", "times", "quantities", "claims")
    provides: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        path = config.get("lexicon")
        self.lexicon = load_lexicon(path) if path else load_lexicon()
        self.published_fallback = bool(config.get("published_fallback", True))

    def __call__(self, doc: Doc) -> None:
        doc.update(events=tuple(extract_events(doc, self.lexicon, published_fallback=self.published_fallback)))
