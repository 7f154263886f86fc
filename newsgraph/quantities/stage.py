"""The ``quantities`` stage: fills ``article.quantities`` (ids ``q1``, ``q2``, …).

Only content blocks are analysed.  Numbers inside time expressions are not quantities: the
stage uses ``article.times`` when the ``times`` stage ran, else it runs the time tagger itself.
"""

from __future__ import annotations

from typing import ClassVar

from ..doc import Doc
from ..pipeline import BaseStage
from .tagger import tag_quantities


class QuantitiesStage(BaseStage):
    name: ClassVar[str] = "quantities"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("quantities",)

    def __call__(self, doc: Doc) -> None:
        art = doc.article
        spans = [(b.start, b.end) for b in art.content_blocks()] if art.blocks else [(0, len(art.text))]
        lang = "en" if (art.language or "").startswith("en") else "de"
        if "times" in doc.provided:
            exclude = [(t.start, t.end) for t in art.times]
        else:
            from ..temporal.tagger import tag_times
            from ..temporal.values import parse_iso_date

            times = tag_times(art.text, dct=parse_iso_date(art.source.published), lang=lang, spans=spans)
            exclude = [(t.start, t.end) for t in times]
        quantities = tag_quantities(art.text, lang=lang, spans=spans, exclude=exclude, tokens=doc.tokens)
        doc.update(quantities=tuple(quantities))
