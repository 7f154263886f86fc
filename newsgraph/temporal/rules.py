"""Rule plumbing shared by the language rule sets: :class:`Rule` and small helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..quantities.numbers import parse_digits, parse_number_word
from .lexicon import Lexicon
from .values import Parse

Handler = Callable[[re.Match[str], str, Lexicon], Iterable[Parse]]


@dataclass(frozen=True)
class Rule:
    """One pattern: ``regex`` finds candidates, ``handler`` turns a match into parses."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    priority: int = 0  # breaks ties between equally long overlapping candidates


def count_value(word: str, lex: Lexicon) -> int | None:
    """``drei`` → 3, ``15`` → 15, ``einen`` → 1; vague counts (``wenige``) → -1."""
    w = word.strip().casefold()
    if w in lex.vague_counts or w in {"ein paar", "paar"}:
        return -1
    if w in {"anderthalb", "eineinhalb", "one and a half"}:
        return -2  # 1.5: written as the next smaller unit by the caller
    if w.isdigit():
        return int(w)
    d = parse_digits(w, lex.lang)
    if d is not None and d.is_integer():
        return int(d)
    return parse_number_word(w, lex.lang)


def duration_value(n: int, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT4H``, ``PXY`` (n = -1), ``P18M`` (n = -2 with Y)."""
    if n == -2:  # one and a half units, written in the next smaller unit
        smaller = {"Y": "P18M", "MO": "P6W", "D": "PT36H", "H": "PT90M", "DE": "P15Y"}
        if unit in smaller:
            return smaller[unit]
        n = -1
    if unit == "H" and n > 0 and n % 24 == 0:
        n, unit = n // 24, "D"
    count = "X" if n < 0 else str(n)
    if unit == "MO":
        return f"P{count}M"
    if unit in ("H", "S") or unit == "M":
        return f"PT{count}{unit}"
    if unit == "DE":
        return f"P{count}DE"
    if unit == "CE":
        return f"P{count}CE"
    if unit == "WE":
        return f"P{count}WE"
    return f"P{count}{unit}"


def preceding_word(text: str, start: int) -> str:
    """The word right before ``start`` (punctuation stripped), or ``""``."""
    m = re.search(r"(\S+)\s*$", text[max(0, start - 40) : start])
    return m.group(1).strip("(„“\"'‚‘,") if m else ""


def following_word(text: str, end: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[end : end + 40])
    return m.group(1) if m else ""
