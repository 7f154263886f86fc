"""The data-driven part of the time tagger: word lists per language (``data/lexicon_*.yaml``).

Patterns are generated from these lists (:mod:`newsgraph.temporal.rules_de`,
:mod:`newsgraph.temporal.rules_en`), so adding a spelling or a relative word is a data change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, tuple[str, str | None]]
    parts_of_day: Mapping[str, str]
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
        deictic_days=dict(raw["deictic_days"]),
        vague=dict(raw["vague"]),
        units=dict(raw["units"]),
        mods=dict(raw["mods"]),
        vague_counts=frozenset(raw.get("vague_counts", ())),
        previous=frozenset(raw.get("previous", ())),
        next=frozenset(raw.get("next", ())),
        this=frozenset(raw.get("this", ())),
    )
