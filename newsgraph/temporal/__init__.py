"""Normalised time expressions (TIMEX3 values) for German and English news.

API::

    from newsgraph.temporal import tag_times, signal_before
    tag_times(text, *, dct: datetime.date | None, lang="de", spans=None, tokens=(),
              genre="news") -> list[TimeExpr]
    signal_before(text, start) -> "seit" | "bis" | "vor" | … | None

The ``times`` stage is :class:`newsgraph.temporal.stage.TimesStage`.  Values, mods and
anchoring rules are documented in ``docs/times.md``; word lists live in
``data/lexicon_de.yaml`` / ``data/lexicon_en.yaml``.
"""

from __future__ import annotations

from .tagger import signal_before, tag_times

__all__ = ["signal_before", "tag_times"]
