"""Lines and paragraphs of a text dump, with character offsets, and the line-level cues.

A *line* is a non-empty physical line (offsets exclude surrounding whitespace); a *paragraph*
is a run of lines between blank lines.  Web dumps often put different things on consecutive
lines of one paragraph (a teaser, then the image caption glued to its credit), so blocks are
decided per line and merged per paragraph afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Cues, at_most_words, count_words, ends_like_sentence

_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
_SEPARATOR = re.compile(r"^[\W_]+$")
#: editors' initials closing an agency report: "bfi/ck", "(dpa/afp)", "jk/dpa"
_AGENCY_SIGNATURE = re.compile(
    r"^\(?[a-zäöü]{1,4}(?:/[a-zäöü]{1,4})+\)?$"  # bfi/ck
    r"|^\(\s*[\w-]{2,12}(?:\s*[/,]\s*[\w-]{2,12}){0,3}\s*\)$"  # (dpa), (dpa/AFP), (APA)
)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    para: int  # paragraph number
    index: int  # line number among non-empty lines


@dataclass(frozen=True)
class Segment:
    """A classified stretch of one line."""

    kind: str
    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets; ``para`` increases at every blank line, and at every line
    of a run whose lines are whole paragraphs (dumps that separate paragraphs by single line
    breaks), see :func:`_one_paragraph_per_line`."""
    return _one_paragraph_per_line(_blank_line_paragraphs(text))


def _one_paragraph_per_line(lines: list[Line]) -> list[Line]:
    """Split blank-line paragraphs whose lines mostly end a sentence: such lines are
    paragraphs themselves, whereas hard-wrapped lines end mid-sentence."""
    groups: dict[int, list[Line]] = {}
    for ln in lines:
        groups.setdefault(ln.para, []).append(ln)
    out: list[Line] = []
    para = -1
    for _, group in sorted(groups.items()):
        long_lines = [ln for ln in group if not at_most_words(ln.text, 11)]
        whole = (
            len(group) >= 3
            and len(long_lines) >= 2
            and sum(ends_like_sentence(ln.text) for ln in long_lines) >= 0.6 * len(long_lines)
        )
        if whole:
            for ln in group:
                para += 1
                out.append(Line(ln.start, ln.end, ln.text, para, ln.index))
        else:
            para += 1
            out.extend(Line(ln.start, ln.end, ln.text, para, ln.index) for ln in group)
    return out


def _blank_line_paragraphs(text: str) -> list[Line]:
    out: list[Line] = []
    para = 0
    pos = 0
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            if blank and out:
                para += 1
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(Line(start, start + len(stripped), stripped, para, len(out)))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def split_credit(line: Line, cues: Cues) -> list[Segment] | None:
    """Split ``caption + credit`` (``...RusslandQuelle: Sputnik © Name``) at the glue point.

    Returns the segments (caption may be absent) or None when the line is no credit line.
    """
    text = line.text
    if len(text) > 400:
        return None
    cut = _credit_start(text, cues)
    if cut is None:
        return None
    credit = text[cut:]
    caption = text[:cut].rstrip(" |/–—-,;")
    if count_words(credit) > 14 or len(credit) > 120:
        return None
    # a caption is one or two sentences; a long multi-sentence paragraph is reporting
    if caption and (len(caption) > 300 or caption.count(". ") > 2):
        return None
    segs: list[Segment] = []
    if caption:
        segs.append(Segment("caption", line.start, line.start + len(caption)))
    segs.append(Segment("credit", line.start + cut, line.end))
    return segs


def _credit_start(text: str, cues: Cues) -> int | None:
    best: int | None = None
    for m in cues.credit_marker.finditer(text):
        pos = m.start()
        if pos > 0 and text[pos - 1] == "(" and not m.group(0).startswith("("):
            pos -= 1
        # the credit runs to the end of the line: the rest must be short
        if len(text) - pos <= 120:
            best = pos if best is None else min(best, pos)
            break
    # the agency credit pattern needs a "/" or "|" (``dpa/AFP``, ``Foto: X | dpa``)
    m2 = cues.agency_credit.search(text) if "/" in text or "|" in text else None
    if m2 is not None and len(text) - m2.start() <= 80 and count_words(text[m2.start():]) <= 10:
        best = m2.start() if best is None else min(best, m2.start())
    if best is None:
        return None
    # a credit inside running text ("laut Quelle: ...") needs the caption to end or be glued
    if best > 0:
        before = text[:best]
        glued = before[-1].isalnum() and text[best].isupper()
        if not glued and not re.search(r"[\s.)\]|/–—-]$", before):
            return None
    return best


def is_furniture(line: Line, cues: Cues) -> bool:
    """Short page furniture: 'Artikel teilen', 'Lesezeit 3 Min', a bare URL, a separator."""
    text = line.text
    if _URL_ONLY.match(text) or _SEPARATOR.match(text) or _AGENCY_SIGNATURE.match(text):
        return True
    short = at_most_words(text, 6)
    if short and cues.furniture.match(re.sub(r"\d+", " ", text)):
        return True  # "Kommentare (12)", "Teilen", "Facebook Twitter E-Mail"
    if re.match(r"^(?:Schlagw[öo]rter|Tags|Themen)\s*:", text, re.I) and at_most_words(text, 25):
        return True
    return short and not ends_like_sentence(text) and bool(cues.boilerplate.search(text))


def is_byline(line: Line, cues: Cues) -> bool:
    """A short author line ('Von Anna Beispiel, Berlin', 'Autorin: ...')."""
    return at_most_words(line.text, 12) and bool(cues.author_box.match(line.text)) and (
        not ends_like_sentence(line.text) or line.text.endswith(":")
    )


def is_title_like(text: str) -> bool:
    words = count_words(text)
    return 1 <= words <= 30 and len(text) <= 250 and not re.search(r"[.;,]\s*$", text)


def is_section_like(text: str, cues: Cues) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[>|/»›•·]\s*", text) if p.strip()]
    if not parts:
        return False
    if any(p.lower() in cues.sections for p in parts):
        return count_words(text) <= 8 and not ends_like_sentence(text)
    return count_words(text) <= 4 and len(text) <= 40 and not re.search(r"[.!?:;,]\s*$", text)
