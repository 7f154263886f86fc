"""Deciding the kind of every line: section, title, lead, caption, credit, body, related,
appeal, boilerplate.

Cues are general (``cues.yaml``) and combined by position, length, punctuation, how a paragraph
addresses the reader (Euch/Ihr/Sie), imperatives and the outlet's first person ("unsere
Artikel").  Quoted speech is blanked before scoring so that a politician's "wir" or "Sie" never
turns reporting into an appeal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dateline import date_only_line
from .layout import (
    Line,
    Segment,
    is_byline,
    is_furniture,
    is_section_like,
    is_title_like,
    split_credit,
    split_lines,
)
from .lexicon import Cues, count_sentences, count_words, ends_like_sentence, strip_quotes

_TOC = re.compile(r"^(?:Inhalt|Inhaltsverzeichnis|Inhaltsübersicht|In diesem Artikel|Contents|"
                  r"Table of contents)\W*$", re.I)
_AD_MARKER = re.compile(r"^\W*(?:Anzeige|Werbung|Advertisement|Sponsored)\W*$", re.I)
_APPEAL_MIN = 3.5  # appeal score anywhere in the article
_APPEAL_MIN_TAIL = 2.0  # in the last part of the article or after a related line
_BOILER_MIN = 3  # distinct cookie/legal cues in a paragraph


@dataclass(frozen=True)
class Layout:
    segments: tuple[Segment, ...]
    bylines: tuple[Line, ...]
    stamps: tuple[Line, ...]
    lines: tuple[Line, ...] = ()  # split_lines(text), for merge_segments


def appeal_score(text: str, cues: Cues) -> float:
    """How strongly a paragraph appeals to the reader (donate, subscribe, share, follow)."""
    plain = strip_quotes(text)
    outlet = len(cues.outlet_possessive.findall(plain))
    address = sum(1 for m in cues.reader_address.finditer(plain) if not _sentence_initial(plain, m.start()))
    imperative = len(cues.imperative.findall(plain))
    if outlet + address + imperative == 0:
        return 0.0  # an appeal talks to the reader or about the outlet itself
    # distinct cue words, inflections counted once ("Unterstützung", "unterstützt")
    words = {m.group(0).lower()[:6] for m in cues.appeal_words.finditer(plain)}
    return 1.0 * len(words) + 1.5 * outlet + 0.7 * address + 1.5 * imperative


def boilerplate_hits(text: str, cues: Cues) -> int:
    plain = strip_quotes(text)
    return len({m.group(0).lower() for m in cues.boilerplate.finditer(plain)})


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` opens the text or follows sentence-final punctuation (the last
    non-whitespace character before it; scanned backwards instead of copying the prefix)."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:…\n\"“„»«"


@dataclass
class _Lines:
    """Working state of one classification: the lines and what is known about each."""

    text: str
    lines: list[Line]
    kinds: list[str | None]
    splits: dict[int, list[Segment]] = field(default_factory=dict)  # caption+credit lines
    bylines: list[Line] = field(default_factory=list)
    stamps: list[Line] = field(default_factory=list)
    editorial: set[int] = field(default_factory=set)  # lines that open an editors' note
    hits: dict[str, int] = field(default_factory=dict)  # paragraph text -> boilerplate hits

    def boilerplate_hits(self, text: str, cues: Cues) -> int:
        """:func:`boilerplate_hits`, once per paragraph text (steps 1b and 3 both ask)."""
        found = self.hits.get(text)
        if found is None:
            found = self.hits[text] = boilerplate_hits(text, cues)
        return found


def classify_lines(text: str, cues: Cues, *, title_hint: str | None = None) -> Layout:
    lines = split_lines(text)
    st = _Lines(text, lines, [None] * len(lines))
    _line_cues(st, cues)  # 1. what single lines say about themselves
    _legal_notes(st, cues)  # 1b. cookie/consent/legal notes, also above the title
    title_idx = _head(st, cues, title_hint)  # 2. section line and title
    _paragraph_kinds(st, cues)  # 3. appeals, author boxes, trailing notes
    _lists_ads_captions(st, cues, title_idx)  # 4. headline lists, TOCs, ads, captions
    _mark_lead(lines, st.kinds, title_idx)  # 5. teaser / first paragraph
    _copyright_notices(st)  # 6. "© Verlag 2025" after the last reporting

    segments: list[Segment] = []
    for i, ln in enumerate(lines):
        if i in st.splits:
            segments.extend(st.splits[i])
        else:
            segments.append(Segment(st.kinds[i] or "body", ln.start, ln.end))
    return Layout(tuple(segments), tuple(st.bylines), tuple(st.stamps), tuple(lines))


def _line_cues(st: _Lines, cues: Cues) -> None:
    kinds = st.kinds
    for i, ln in enumerate(st.lines):
        if cues.related.match(ln.text):
            kinds[i] = "related"
        elif cues.editorial_note.match(ln.text):
            kinds[i] = "boilerplate"
            st.editorial.add(i)
        elif cues.stamp.match(ln.text) and count_words(ln.text) <= 14:
            kinds[i] = "boilerplate"
            st.stamps.append(ln)
        elif (segs := split_credit(ln, cues)) is not None:
            if len(segs) == 1 and cues.boilerplate.search(ln.text):
                kinds[i] = "boilerplate"  # "© 2025 Verlag. Alle Rechte vorbehalten."
            else:
                st.splits[i] = segs
                kinds[i] = "credit"
        elif cues.caption_marker.search(ln.text) and len(ln.text) <= 300:
            kinds[i] = "caption"
        elif is_byline(ln, cues):
            kinds[i] = "boilerplate"
            st.bylines.append(ln)
        elif is_furniture(ln, cues):
            kinds[i] = "boilerplate"
        elif date_only_line(ln.text) is not None:
            kinds[i] = "boilerplate"
            st.stamps.append(ln)


def _legal_notes(st: _Lines, cues: Cues) -> None:
    for idxs in _paragraphs(st.lines, st.kinds).values():
        text = " ".join(st.lines[i].text for i in idxs)
        if is_legal_note(text, cues, hits=st.boilerplate_hits(text, cues)):
            for i in idxs:
                st.kinds[i] = "boilerplate"


def _head(st: _Lines, cues: Cues, title_hint: str | None) -> int | None:
    head = [i for i in range(min(len(st.lines), 6)) if st.kinds[i] is None]
    title_idx = _find_title(st.lines, head, cues, title_hint)
    if title_idx is not None:
        st.kinds[title_idx] = "title"
        for j in head:
            if j < title_idx and is_section_like(st.lines[j].text, cues):
                st.kinds[j] = "section"
    return title_idx


def _paragraph_kinds(st: _Lines, cues: Cues) -> None:
    lines, kinds = st.lines, st.kinds
    n_paras = (lines[-1].para + 1) if lines else 0
    late_related = [
        lines[i].para for i, k in enumerate(kinds) if k == "related" and lines[i].para >= 0.5 * n_paras
    ]
    prev_kind: str | None = None
    paras = _paragraphs(lines, kinds)
    for para in sorted(paras):
        idxs = paras[para]
        after_related = any(rp < para for rp in late_related)
        in_tail = (n_paras > 3 and para >= 0.6 * n_paras) or after_related
        if len(idxs) <= 3 and any(i - 1 in st.editorial and lines[i - 1].para == para for i in idxs):
            kind: str | None = "boilerplate"  # the rest of a short editors' note
        else:
            text = " ".join(lines[i].text for i in idxs)
            kind = _paragraph_kind(text, cues, in_tail=in_tail, prev_kind=prev_kind,
                                   first_line=lines[idxs[0]].text,
                                   bhits=st.boilerplate_hits(text, cues))
        if kind is not None:
            for i in idxs:
                kinds[i] = kind
        prev_kind = kind if in_tail else None


def _lists_ads_captions(st: _Lines, cues: Cues, title_idx: int | None) -> None:
    lines, kinds, n = st.lines, st.kinds, len(st.lines)
    for i, ln in enumerate(lines):
        if kinds[i] is None and _TOC.match(ln.text):
            kinds[i] = "boilerplate"
            j = i + 1
            while j < n and kinds[j] is None and lines[j].para == ln.para and _headline(lines[j].text.rstrip("?")):
                kinds[j] = "boilerplate"
                j += 1
        if kinds[i] == "related" and _bare_header(ln.text, cues):
            j = i + 1
            while j < n and j - i <= 6 and kinds[j] is None and _headline(lines[j].text) and (
                lines[j].para - lines[j - 1].para <= 1
            ):
                kinds[j] = "related"
                j += 1
        if kinds[i] == "boilerplate" and _AD_MARKER.match(ln.text) and i + 1 < n:
            # the advertisement itself: the short line right under its marker, when it sells
            nxt = lines[i + 1]
            if kinds[i + 1] is None and _adjacent(st.text, ln, nxt) and count_words(nxt.text) <= 40 \
                    and (appeal_score(nxt.text, cues) > 0 or cues.appeal_words.search(nxt.text)):
                kinds[i + 1] = "boilerplate"
        if i in st.splits and len(st.splits[i]) == 1 and i > 0 and kinds[i - 1] is None:
            # a caption right above a credit-only line (same paragraph: never guess across)
            prev = lines[i - 1]
            if prev.para == ln.para and len(prev.text) <= 300 and prev.index != title_idx:
                kinds[i - 1] = "caption"


def _copyright_notices(st: _Lines) -> None:
    """A credit-only "© …" line after the last reporting is the page's copyright notice."""
    reporting = [i for i, k in enumerate(st.kinds) if k in (None, "body", "lead")]
    last_reporting = reporting[-1] if reporting else -1
    for i, segs in list(st.splits.items()):
        line_text = st.lines[i].text
        if len(segs) == 1 and i > last_reporting and re.match(r"^(?:©|\(c\)|Copyright)", line_text):
            del st.splits[i]
            st.kinds[i] = "boilerplate"


def _adjacent(text: str, a: Line, b: Line) -> bool:
    """Line ``b`` follows line ``a`` without a blank line between them."""
    return "\n\n" not in text[a.end : b.start]


def _paragraphs(lines: list[Line], kinds: list[str | None]) -> dict[int, list[int]]:
    """Paragraph number -> indexes of its lines not classified yet."""
    paras: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if kinds[i] is None:
            paras.setdefault(ln.para, []).append(i)
    return paras


def is_legal_note(text: str, cues: Cues, *, hits: int | None = None) -> bool:
    """Cookie, consent and legal notes: several such cues, or two that talk to the reader
    (``hits``: :func:`boilerplate_hits` of ``text`` when already known)."""
    hits = boilerplate_hits(text, cues) if hits is None else hits
    if hits < 2 or hits < count_sentences(text) * 0.5:
        return False
    plain = strip_quotes(text)
    address = any(not _sentence_initial(plain, m.start()) for m in cues.reader_address.finditer(plain))
    return hits >= _BOILER_MIN or address


def _find_title(
    lines: list[Line], head: list[int], cues: Cues, title_hint: str | None
) -> int | None:
    if not head:
        return None
    if title_hint:
        hint = " ".join(title_hint.split())
        for i in head:
            if lines[i].text == hint:
                return i
        return None
    # a title needs reporting after it
    rest = [ln for ln in lines[head[0] + 1 :] if count_words(ln.text) >= 12]
    if not rest:
        return None
    first = head[0]
    nxt = head[1] if len(head) > 1 else None
    if (
        nxt is not None
        and is_section_like(lines[first].text, cues)
        and is_title_like(lines[nxt].text)
        and count_words(lines[nxt].text) >= 2
    ):
        return nxt
    if is_title_like(lines[first].text):
        return first
    return None


def _paragraph_kind(
    text: str,
    cues: Cues,
    *,
    in_tail: bool,
    prev_kind: str | None,
    first_line: str,
    bhits: int | None = None,
) -> str | None:
    words = count_words(text)
    sentences = count_sentences(text)
    score = appeal_score(text, cues)
    density = score / sentences
    bhits = boilerplate_hits(text, cues) if bhits is None else bhits
    short = words <= 150  # author boxes and trailing notes are short; long runs are reporting
    if short and cues.author_box.match(first_line) and cues.author_bio.search(text):
        return "boilerplate"
    if in_tail and cues.author_bio.search(text) and words <= 80:
        return "boilerplate"
    if in_tail and words <= 40 and re.match(r"(?:Der|Die) (?:Autor|Autorin|Verfasser|Verfasserin)\b", first_line):
        return "boilerplate"  # "Die Autorin lehrt Verfassungsrecht in Mainz."
    if score >= _APPEAL_MIN and density >= 0.8:
        return "appeal"
    if in_tail and score >= _APPEAL_MIN_TAIL and density >= 0.5:
        return "appeal"
    if short and prev_kind in ("appeal", "boilerplate") and (score >= 1.0 or bhits >= 1):
        return prev_kind
    if in_tail and bhits >= 2 and words <= 60:
        return "boilerplate"
    return None


def _bare_header(text: str, cues: Cues) -> bool:
    m = cues.related.match(text)
    return m is not None and count_words(text[m.end():]) == 0


def _headline(text: str) -> bool:
    return count_words(text) <= 20 and not ends_like_sentence(text.rstrip("?!"))


def _mark_lead(lines: list[Line], kinds: list[str | None], title_idx: int | None) -> None:
    """The teaser, or else the first paragraph of reporting, when more reporting follows."""
    first_line = -1 if title_idx is None else title_idx
    candidates = [i for i in range(first_line + 1, len(lines)) if kinds[i] is None]
    if len(candidates) < 2:
        return
    first = candidates[0]
    para = lines[first].para
    lead_lines = [i for i in candidates if lines[i].para == para]
    text = " ".join(lines[i].text for i in lead_lines)
    later = [i for i in candidates if lines[i].para != para]
    if later and len(text) <= 700 and count_sentences(text) <= 5 and count_words(text) >= 8:
        for i in lead_lines:
            kinds[i] = "lead"
