"""Post-correction of German sentence units: cuts that cannot be sentence ends, ends missed.

:func:`split_units` (``text.py``) cuts at sentence-final punctuation and at the nlp stage's
sentence starts.  A statistical sentence splitter trained on other text reads some German
periods wrongly, and a wrong cut breaks a claim apart: its frame lands in one unit and its
content in the next.  :func:`repaired_units` joins two neighbouring units of one paragraph when
the cut between them cannot be a sentence end, and cuts a unit after a year glued to its period
that the splitter read as an ordinal.  The rules read German orthography only:

- a German sentence never starts with a lower-case word (`Benedikt XVI. „ist und bleibt ...“`,
  `ca. 6,8 Millionen`); a unit that does continues the one before it;
- a period between digits that the tokenizer split off is a thousands separator (`1.476-mal`;
  other words fused to a period, `Wahl.Unterdessen`, are sentence ends that lost their space);
- a period after a number of one to three digits is an ordinal when an article, a contracted
  preposition, an attributive adjective or determiner stands before the number, when a month
  or a century word follows (`des 2. Weltkriegs`, `der 22. Oktober`, `im frühen 16. Jahrhundert`),
  or when the number opens the line or follows a dash (`Hannover 96 - 1. FSV Mainz 05`);
- a four-digit year fused with its period by the tokenizer ends the sentence when a
  capitalised word follows (`ein Börsengang nach 2011. Premium Aerotec rechnet ...`).

Line breaks stay hard boundaries: the rules never join units of two paragraphs.
"""

from __future__ import annotations

import re

from ..doc import Token
from .particle_clause import _MONTHS  # the standard names and the Austrian `Jänner`
from .text import DASHES, OPENING, Quote, Unit

#: month names (and the century words) that follow an ordinal day or number
_ORDINAL_NOUNS = _MONTHS | {"jahrhundert", "jahrhunderts", "jahrtausend", "jahrtausends"}
#: STTS tags of words that stand before an ordinal inside a noun phrase (`des 2.`, `am 3.`,
#: `ihren verlorenen 2.`, `dieser 5.`, `seinem 100.`)
_ORDINAL_LEFT_TAGS = frozenset(["ART", "APPRART", "ADJA", "PDAT", "PPOSAT", "PIAT", "PIDAT"])
_SHORT_NUMBER_RE = re.compile(r"\d{1,3}")
_GLUED_YEAR_RE = re.compile(r"(\d{4})\.")


def repaired_units(
    text: str, tokens: list[Token], units: list[Unit], quotes: list[Quote]
) -> list[Unit]:
    """``units`` with impossible cuts joined and glued year ends cut (see the module doc)."""
    joined: list[Unit] = []
    for unit in units:
        if joined and _false_cut(text, tokens, joined[-1], unit):
            last = joined[-1]
            joined[-1] = Unit(last.start, unit.end, last.tok_start, unit.tok_end, last.paragraph)
        else:
            joined.append(unit)
    out: list[Unit] = []
    for unit in joined:
        out.extend(_cut_glued_years(text, tokens, unit, quotes))
    return out


def _false_cut(text: str, tokens: list[Token], left: Unit, right: Unit) -> bool:
    """The cut between ``left`` and ``right`` (neighbours) cannot end a German sentence."""
    if left.paragraph != right.paragraph or left.tok_end != right.tok_start:
        return False
    i = left.tok_end - 1
    last, first = tokens[i], tokens[i + 1]
    gap = text[last.end : first.start]
    if "\n" in gap:
        return False
    if not last.text.endswith("."):
        return False
    if gap == "" and last.text == "." and i > 0 and _number_halves(tokens[i - 1], first):
        return True  # `1.476-mal`: the period is inside a number
    word = _first_word(tokens, i + 1, right.tok_end)
    if word is not None and _lower_start(tokens[word]):
        return True
    if last.text != "." or i == 0 or tokens[i - 1].end != last.start:
        return False
    before = tokens[i - 1]
    if _SHORT_NUMBER_RE.fullmatch(before.text):
        return _ordinal(text, tokens, i - 1, first)
    return False


def _number_halves(left: Token, right: Token) -> bool:
    """``left`` and ``right`` are the digits around a thousands period the tokenizer split
    (`1.476`); other words fused to a period (`Wahl.Unterdessen`) are sentence ends whose space
    the source lost."""
    return left.text.isdigit() and right.text[:1].isdigit() and left.end + 1 == right.start


def _first_word(tokens: list[Token], k: int, end: int) -> int | None:
    """Index of the first token from ``k`` that is no opening quotation mark."""
    while k < end and tokens[k].text in OPENING:
        k += 1
    return k if k < end else None


def _lower_start(tok: Token) -> bool:
    """A word all in lower case (`ist`, `ca`); not `eBay`, `’Ndrangheta`, a number or a tag
    reading it as a name."""
    word = tok.text
    return word.isalpha() and word.islower() and tok.tag not in ("NE", "FM")


def _ordinal(text: str, tokens: list[Token], num: int, nxt: Token) -> bool:
    """The number ``tokens[num]`` followed by a period reads as an ordinal."""
    if nxt.text.lower() in _ORDINAL_NOUNS:
        return True
    if num == 0:
        return True
    left = tokens[num - 1]
    if "\n" in text[left.end : tokens[num].start]:
        return True  # a numbered line (`1. FC Nürnberg`)
    return left.tag in _ORDINAL_LEFT_TAGS or left.text in DASHES


def _cut_glued_years(text: str, tokens: list[Token], unit: Unit, quotes: list[Quote]) -> list[Unit]:
    """``unit`` cut after each year fused with its sentence period (`nach 2011.` + capital)."""
    pieces: list[Unit] = []
    start = unit.tok_start
    for k in range(unit.tok_start, unit.tok_end - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        m = _GLUED_YEAR_RE.fullmatch(tok.text)
        if m is None or not 1500 <= int(m.group(1)) <= 2099:
            continue
        if not (nxt.text[:1].isupper() or nxt.text[:1] in OPENING) or nxt.start == tok.end:
            continue
        if any(q.start < tok.end and nxt.start < q.end for q in quotes):
            continue  # a quotation stays in one unit
        pieces.append(Unit(tokens[start].start, tok.end, start, k + 1, unit.paragraph))
        start = k + 1
    pieces.append(Unit(tokens[start].start, unit.end, start, unit.tok_end, unit.paragraph))
    return pieces
