"""Consistency checks on one analysed record (used by ``bench/robustness.py`` and the tests).

:func:`check_record` returns a list of :class:`Problem` (empty when the record is sound):

* ``offset``     — a span lies outside ``text`` or has ``start > end``;
* ``span-text``  — a span's ``text`` differs from ``article.text[start:end]``;
* ``boundary``   — a span starts or ends inside a run of digits (``1215`` cut to ``15``);
* ``dangling``   — an id referenced by a claim, event or role does not exist (or has the wrong
  kind: a claim's ``said`` must be a time id, an event's ``place`` an entity id, ...);
* ``duplicate``  — two entities (or times, quantities, claims, events) share an id, or one id is
  used by two kinds of object;
* ``non-content``— an annotation overlaps a block that is not the article's own reporting
  (caption, credit, related, appeal, boilerplate, section);
* ``block``      — blocks overlap or are out of order;
* ``overlap``    — two time expressions, or two quantities, overlap each other;
* ``value``      — a normalised value is impossible: a calendar date that does not exist
  (``2023-02-29``, month 13), a quantity that is not finite or whose range ends below its start,
  an event confidence outside [0, 1].

The checks only read the published record, so they hold for any stage implementation.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.record import Article, Span


@dataclass(frozen=True)
class Problem:
    check: str  # offset | span-text | dangling | duplicate | non-content | block
    where: str  # e.g. "claims[c3].cue"
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.where}: {self.detail}"


@dataclass(frozen=True)
class _Located:
    """A span of the record with a label saying where it sits."""

    where: str
    start: int
    end: int
    text: str | None  # None when the record keeps no copy of the text (blocks)


def _spans(article: Article) -> Iterator[_Located]:
    """Every annotation span of the record except blocks."""
    for ent in article.entities:
        for i, m in enumerate(ent.mentions):
            yield _Located(f"entities[{ent.id}].mentions[{i}]", m.start, m.end, m.text)
    for i, role in enumerate(article.roles):
        yield _Located(f"roles[{i}]", role.start, role.end, role.text)
    for t in article.times:
        yield _Located(f"times[{t.id}]", t.start, t.end, t.text)
    for q in article.quantities:
        yield _Located(f"quantities[{q.id}]", q.start, q.end, q.text)
    for c in article.claims:
        yield _span(f"claims[{c.id}].content", c.content)
        if c.cue is not None:
            yield _span(f"claims[{c.id}].cue", c.cue)
        for i, ev in enumerate(c.evidence):
            yield _span(f"claims[{c.id}].evidence[{i}]", ev)
    for e in article.events:
        yield _span(f"events[{e.id}].trigger", e.trigger)
        for i, ev in enumerate(e.evidence):
            yield _span(f"events[{e.id}].evidence[{i}]", ev)


def _span(where: str, span: Span) -> _Located:
    return _Located(where, span.start, span.end, span.text)


def check_offsets(article: Article) -> list[Problem]:
    n = len(article.text)
    out: list[Problem] = []
    located = list(_spans(article))
    located += [_Located(f"blocks[{i}]", b.start, b.end, None)
                for i, b in enumerate(article.blocks)]
    for loc in located:
        if not (0 <= loc.start <= loc.end <= n):
            out.append(Problem("offset", loc.where,
                               f"[{loc.start}, {loc.end}) outside the text (length {n})"))
        elif loc.text is not None and article.text[loc.start:loc.end] != loc.text:
            out.append(Problem("span-text", loc.where,
                               f"{loc.text!r} != text[{loc.start}:{loc.end}] "
                               f"{article.text[loc.start:loc.end]!r}"))
        elif loc.text is not None and _cuts_number(article.text, loc.start, loc.end):
            ctx = article.text[max(0, loc.start - 10):loc.end + 10]
            out.append(Problem("boundary", loc.where,
                               f"{loc.text!r} starts or ends inside a number: …{ctx}…"))
    return out


def _cuts_number(text: str, start: int, end: int) -> bool:
    """The span starts inside a number (after a digit, or after ``9,`` / ``9.`` when it starts
    with a digit) or ends between two digits."""
    before = text[max(0, start - 2):start]
    return start < end and (
        (text[start:start + 1].isdigit() and (before[-1:].isdigit() or (
            len(before) == 2 and before[1] in ",." and before[0].isdigit())))
        or (end < len(text) and text[end - 1].isdigit() and text[end].isdigit()))


def check_blocks(article: Article) -> list[Problem]:
    out: list[Problem] = []
    for i, (a, b) in enumerate(zip(article.blocks, article.blocks[1:], strict=False)):
        if b.start < a.end:
            out.append(Problem("block", f"blocks[{i + 1}]",
                               f"{b.kind} [{b.start}, {b.end}) overlaps or precedes "
                               f"{a.kind} [{a.start}, {a.end})"))
    return out


def check_overlaps(article: Article) -> list[Problem]:
    """Times and quantities are flat layers: no two of the same layer share a character."""
    out: list[Problem] = []
    layers: dict[str, list[tuple[int, int, str, str]]] = {
        "times": [(t.start, t.end, t.id, t.text) for t in article.times],
        "quantities": [(q.start, q.end, q.id, q.text) for q in article.quantities],
    }
    for name, items in layers.items():
        items.sort()
        reach: tuple[int, str, str] | None = None  # the furthest end so far, its id and text
        for start, end, ident, text in items:
            if reach is not None and start < reach[0]:
                out.append(Problem("overlap", f"{name}[{ident}]",
                                   f"{text!r} overlaps {reach[1]} {reach[2]!r}"))
            if reach is None or end > reach[0]:
                reach = (end, ident, text)
    return out


def check_ids(article: Article) -> list[Problem]:
    """Unique ids per kind and across kinds; every reference points at an object of its kind."""
    kinds = {
        "entities": [e.id for e in article.entities],
        "times": [t.id for t in article.times],
        "quantities": [q.id for q in article.quantities],
        "claims": [c.id for c in article.claims],
        "events": [e.id for e in article.events],
    }
    out: list[Problem] = []
    owner: dict[str, str] = {}
    for kind, ids in kinds.items():
        for ident, count in Counter(ids).items():
            if count > 1:
                out.append(Problem("duplicate", kind, f"id {ident!r} used {count} times"))
            if ident in owner and owner[ident] != kind:
                out.append(Problem("duplicate", kind, f"id {ident!r} is also one of {owner[ident]}"))
            owner.setdefault(ident, kind)
    known = {kind: set(ids) for kind, ids in kinds.items()}

    def ref(where: str, value: str | None, kind: str) -> None:
        if value is not None and value not in known[kind]:
            out.append(Problem("dangling", where, f"{value!r} is not one of the record's {kind}"))

    for i, role in enumerate(article.roles):
        ref(f"roles[{i}].person", role.person, "entities")
        ref(f"roles[{i}].org", role.org, "entities")
    for c in article.claims:
        ref(f"claims[{c.id}].speaker", c.speaker, "entities")
        ref(f"claims[{c.id}].said", c.said, "times")
        ref(f"claims[{c.id}].via", c.via, "claims")
        if c.via == c.id:
            out.append(Problem("dangling", f"claims[{c.id}].via", "a claim cannot be its own source"))
    for e in article.events:
        ref(f"events[{e.id}].time", e.time, "times")
        ref(f"events[{e.id}].place", e.place, "entities")
        ref(f"events[{e.id}].quantity", e.quantity, "quantities")
        ref(f"events[{e.id}].claim", e.claim, "claims")
        for side, actors in (("actors", e.actors), ("targets", e.targets)):
            for j, actor in enumerate(actors):
                ref(f"events[{e.id}].{side}[{j}].entity", actor.entity, "entities")
    out += _via_cycles(article)
    return out


def _via_cycles(article: Article) -> list[Problem]:
    via = {c.id: c.via for c in article.claims if c.via is not None}
    out: list[Problem] = []
    for start in via:
        seen = {start}
        cur = via.get(start)
        while cur is not None:
            if cur in seen:
                out.append(Problem("dangling", f"claims[{start}].via", "the attribution chain loops"))
                break
            seen.add(cur)
            cur = via.get(cur)
    return out


def check_content_blocks(article: Article) -> list[Problem]:
    """No annotation may overlap a caption, credit, related link, appeal, boilerplate or section."""
    skipped = [b for b in article.blocks if not b.is_content]
    out: list[Problem] = []
    if not skipped:
        return out
    for loc in _spans(article):
        for b in skipped:
            if loc.start < b.end and b.start < loc.end:
                out.append(Problem("non-content", loc.where,
                                   f"{loc.text!r} [{loc.start}, {loc.end}) lies in a {b.kind} "
                                   f"block [{b.start}, {b.end})"))
                break
    return out


_CALENDAR = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:T.*)?")


def _impossible_date(value: str) -> bool:
    m = _CALENDAR.fullmatch(value)
    if m is None:
        return False  # durations, sets, partial (XXXX-11-04), weeks, seasons, decades ...
    try:
        dt.date(int(m["y"]), int(m["m"]), int(m["d"] or 1))
    except ValueError:
        return True
    return False


def check_values(article: Article) -> list[Problem]:
    out: list[Problem] = []
    for t in article.times:
        if _impossible_date(t.value):
            out.append(Problem("value", f"times[{t.id}]", f"{t.text!r} → impossible date {t.value!r}"))
    for q in article.quantities:
        if not math.isfinite(q.value) or (q.high is not None and not math.isfinite(q.high)):
            out.append(Problem("value", f"quantities[{q.id}]", f"{q.text!r} → {q.value}, {q.high}"))
        elif q.high is not None and q.high < q.value:
            out.append(Problem("value", f"quantities[{q.id}]",
                               f"{q.text!r}: range {q.value}–{q.high} ends below its start"))
    for e in article.events:
        if not 0.0 <= e.confidence <= 1.0:
            out.append(Problem("value", f"events[{e.id}].confidence", str(e.confidence)))
    return out


def check_record(article: Article) -> list[Problem]:
    """All checks; an empty list means the record is consistent."""
    return (check_offsets(article) + check_blocks(article) + check_overlaps(article)
            + check_ids(article) + check_content_blocks(article) + check_values(article))
