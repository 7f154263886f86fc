"""What the language rule sets share: the word lists (``data/lexicon_*.yaml``) and rule plumbing.

Patterns are generated from the word lists (:mod:`newsgraph.temporal.rules_de`,
:mod:`newsgraph.temporal.rules_en`), so adding a spelling or a relative word is a data change.
A :class:`Rule` pairs a regex with a handler that returns :class:`~.values.Parse` objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError
from ..quantities.numbers import parse_digits, parse_number_word
from .values import Parse

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, tuple[str, str | None]]
    parts_of_day: Mapping[str, str]
    holidays: Mapping[str, str]
    deictic_days: Mapping[str, int]
    vague: Mapping[str, str]
    units: Mapping[str, str]
    mods: Mapping[str, str]
    vague_counts: frozenset[str]
    previous: frozenset[str]
    next: frozenset[str]
    this: frozenset[str]

    def month(self, word: str) -> int | None:
        return self.months.get(word.casefold())


def alternation(words: Iterable[str], *, capitalize: bool = False) -> str:
    """A regex alternation of the words, longest first (``Juni|Juli|Jun\\.``)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w)
        if capitalize:
            forms.add(w[:1].upper() + w[1:])
    return "|".join(re.escape(w) for w in sorted(forms, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ConfigError(
            f"no time lexicon for language {lang!r}", hint=f"supported: {', '.join(LANGUAGES)}"
        )
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("newsgraph.temporal").joinpath(f"data/lexicon_{lang}.yaml").read_text("utf-8")
    )
    return Lexicon(
        lang=lang,
        months=dict(raw["months"]),
        weekdays=dict(raw["weekdays"]),
        seasons={k: (v[0], v[1]) for k, v in raw["seasons"].items()},
        parts_of_day={k: str(v) for k, v in raw["parts_of_day"].items()},
        holidays={str(k): str(v) for k, v in raw.get("holidays", {}).items()},
        deictic_days=dict(raw["deictic_days"]),
        vague=dict(raw["vague"]),
        units=dict(raw["units"]),
        mods=dict(raw["mods"]),
        vague_counts=frozenset(raw.get("vague_counts", ())),
        previous=frozenset(raw.get("previous", ())),
        next=frozenset(raw.get("next", ())),
        this=frozenset(raw.get("this", ())),
    )


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
        smaller = {"Y": "P1Y6M", "MO": "P6W", "D": "PT36H", "H": "PT90M", "DE": "P15Y"}
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
