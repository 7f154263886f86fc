"""The ``structure`` stage: blocks, title, lead, section, byline author and dateline date."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from ..doc import Doc
from ..pipeline import BaseStage
from ..record import Block, BlockKind
from .classify import Layout, classify_lines
from .dateline import dateline_date, find_date
from .layout import Line, Segment, split_lines
from .lexicon import load_cues

_BYLINE_PREFIX = re.compile(r"^(?:Von|Autor(?:in)?\s*:|Autoren\s*:|By)\s*", re.I)


class StructureStage(BaseStage):
    """Splits a text dump into typed blocks; non-reporting blocks are skipped by later stages.

    Fills ``article.blocks``, ``title`` and ``lead`` (unless the input gave them),
    ``source.section`` (from a section line), ``source.author`` (from a byline) and, when no
    publication date was given, ``source.published`` from a dateline or stamp in the text
    (``published_basis="text"``).
    """

    name = "structure"
    version = "1"
    requires = ("text",)
    provides = ("blocks",)

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> None:
        art = doc.article
        layout = classify_lines(art.text, self.cues, title_hint=art.title)
        blocks = merge_segments(art.text, layout.segments, layout.lines or None)
        text = art.text

        def first(kind: str) -> str | None:
            b = next((b for b in blocks if b.kind == kind), None)
            return " ".join(text[b.start : b.end].split()) if b else None

        src = art.source
        changes: dict[str, Any] = {}
        if src.section is None and (section := first("section")):
            changes["section"] = section
        if src.author is None and layout.bylines:
            # "Von Anna Beispiel, Dresden": the name, without the place
            author = _BYLINE_PREFIX.sub("", layout.bylines[0].text).split(",")[0].strip(" |")
            if author:
                changes["author"] = author
        if src.published is None and (found := text_date(text, blocks, layout, self.cues)):
            changes["published"] = found
            changes["published_basis"] = "text"
        doc.update(
            blocks=blocks,
            title=art.title or first("title"),
            lead=art.lead or first("lead"),
            source=dataclasses.replace(src, **changes) if changes else src,
        )


def merge_segments(
    text: str, segments: tuple[Segment, ...], lines: Sequence[Line] | None = None
) -> tuple[Block, ...]:
    """One block per run of same-kind segments inside a paragraph (see
    :func:`~newsgraph.structure.layout.split_lines`); each body paragraph is its own block.
    ``lines`` are ``split_lines(text)`` when the caller has them already."""
    if lines is None:
        lines = split_lines(text)
    starts = [ln.start for ln in lines]

    def para_of(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        return lines[i].para if i >= 0 else -1

    blocks: list[Block] = []
    block_para: list[int] = []
    for seg in segments:
        kind: BlockKind = seg.kind  # type: ignore[assignment]
        para = para_of(seg.start)
        if blocks:
            prev = blocks[-1]
            gap = text[prev.end : seg.start]
            if prev.kind == kind and block_para[-1] == para and gap.strip() == "":
                blocks[-1] = Block(kind, prev.start, seg.end)
                continue
            if prev.kind == kind and kind == "related" and gap.strip() == "":
                blocks[-1] = Block(kind, prev.start, seg.end)
                continue
        blocks.append(Block(kind, seg.start, seg.end))
        block_para.append(para)
    return tuple(blocks)


def text_date(text: str, blocks: tuple[Block, ...], layout: Layout, cues: Any) -> str | None:
    """A publication date written in the text: stamp lines first, then a dateline."""
    for ln in layout.stamps:
        found = find_date(ln.text)
        if found:
            return found[0]
    # the dateline opens the first reporting paragraph (after a teaser, if there is one)
    reporting = [b for b in blocks if b.kind in ("lead", "body")][:2]
    for b in reporting:
        found = dateline_date(text[b.start : b.end], cues.dateline_agency)
        if found:
            return found[0]
    return None
