"""Calendar arithmetic and TIMEX3 value strings.

A :class:`Parse` is what a pattern understood about one expression before anchoring: calendar
fields (possibly partial), a relative offset (``gestern`` = -1 day from the publication date,
``am Tag zuvor`` = -1 day from the previous date), a duration, a set or a vague reference.
:class:`Point` is an anchored calendar point at some granularity; :func:`format_point`
writes the TIMEX3 value (``2025-11-06``, ``2025-11``, ``2025-W45``, ``2025-SU``, ``199``,
``19``, ``BC0492``, ``2025-11-06T14:30``, ``2025-11-06TEV``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["CE", "DE", "Y", "H", "Q", "S", "MO", "W", "WE", "D", "T"]
#: none: absolute or partial calendar fields; dct: deictic (gestern), always the publication
#: date; ref: anaphoric (am Tag zuvor), the previous date in the text; this: "dieses Jahr",
#: "letzte Woche" — the publication date in news, the previous date in narratives
Anchor = Literal["none", "dct", "ref", "this"]


@dataclass(frozen=True)
class Parse:
    """The meaning of one matched expression (see module docstring)."""

    start: int
    end: int
    kind: Literal["date", "time", "duration", "set"] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    bc: bool = False
    century: int | None = None  # TIMEX "19" for the 20th century
    decade: int | None = None  # TIMEX "199" for the 1990s; two-digit decades are < 10 → 10*n
    decade_short: bool = False  # "90er": century still unknown
    season: str | None = None  # SP SU FA WI
    half: str | None = None  # H1 H2 / Q1..Q4
    week: int | None = None
    weekday: int | None = None  # 1 = Monday
    part: str | None = None  # MO AF EV NI or "HH:MM"
    anchor: Anchor = "none"
    offset: int = 0
    unit: str | None = None  # D W MO Y DE CE WE for relative expressions
    vague: str | None = None  # PRESENT_REF PAST_REF FUTURE_REF
    duration: str | None = None  # P3D, PT4H, PXY
    set_value: str | None = None
    mod: str | None = None
    year_from_ref: bool = False  # "des Jahres": the year of the reference date
    year_offset: int = 0  # "des folgenden Jahres": +1 on the reference year
    holiday: str | None = None  # "12-25" or Easter-relative "E+49"
    keep_day: bool = False  # "drei Monate später" after a day keeps day granularity
    yy: int | None = None  # two-digit year ("1.9.39"): century from the reference/DCT
    signal: str | None = None  # preposition before the expression (seit, ab, bis, vor, nach)

    def replace(self, **changes: object) -> Parse:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_partial(self) -> bool:
        """Calendar fields without a year (``6. November``, ``im Juni``, ``am Montag``)."""
        return self.anchor == "none" and self.year is None and (
            self.month is not None or self.season is not None or self.weekday is not None
            or self.half is not None
        )


@dataclass(frozen=True)
class Point:
    """An anchored calendar point; ``gran`` says which fields are meaningful."""

    year: int
    month: int = 1
    day: int = 1
    gran: Granularity = "D"
    bc: bool = False
    season: str | None = None
    half: str | None = None
    week: int | None = None
    part: str | None = None

    @property
    def date(self) -> dt.date:
        return dt.date(max(1, self.year), self.month, self.day)

    @classmethod
    def of(cls, d: dt.date, gran: Granularity = "D") -> Point:
        return cls(d.year, d.month, d.day, gran)


def shift(p: Point, n: int, unit: str) -> Point:
    """``p`` moved by ``n`` units; the result has the unit's granularity."""
    d = p.date
    if unit == "D":
        return Point.of(d + dt.timedelta(days=n), "D")
    if unit in ("W", "WE"):
        nd = d + dt.timedelta(weeks=n)
        y, w, _ = nd.isocalendar()
        return Point(nd.year, nd.month, nd.day, "WE" if unit == "WE" else "W", week=w)
    if unit == "MO":
        m = p.year * 12 + (p.month - 1) + n
        return Point(m // 12, m % 12 + 1, 1, "MO")
    if unit == "Y":
        return Point(p.year + n, 1, 1, "Y", bc=p.bc)
    if unit == "DE":
        return Point(p.year + 10 * n, 1, 1, "DE")
    if unit == "CE":
        return Point(p.year + 100 * n, 1, 1, "CE")
    raise ValueError(f"unknown unit {unit}")


def format_point(p: Point) -> str:
    """TIMEX3 value of an anchored point."""
    if p.bc:
        base = f"BC{p.year:04d}"
        if p.gran == "Y":
            return base
        if p.gran == "S" and p.season:
            return f"{base}-{p.season}"
        if p.gran == "MO":
            return f"{base}-{p.month:02d}"
        if p.gran == "CE":
            return f"BC{p.year // 100:02d}"
        return f"{base}-{p.month:02d}-{p.day:02d}"
    y = f"{p.year:04d}"
    if p.gran == "CE":
        return y[:2]
    if p.gran == "DE":
        return y[:3]
    if p.gran == "Y":
        return y
    if p.gran == "S":
        return f"{y}-{p.season}"
    if p.gran in ("H", "Q"):
        return f"{y}-{p.half}"
    if p.gran == "MO":
        return f"{y}-{p.month:02d}"
    if p.gran in ("W", "WE"):
        week = p.week if p.week is not None else p.date.isocalendar()[1]
        iso_year = p.date.isocalendar()[0]
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if p.gran == "WE" else "")
    day = f"{y}-{p.month:02d}-{p.day:02d}"
    if p.gran == "T" and p.part:
        return f"{day}T{p.part}"
    return day


def unknown_value(parse: Parse) -> str:
    """Value with an unknown year (no publication date): ``XXXX-11-06``, ``XXXX-06``."""
    if parse.month is not None and parse.day is not None:
        base = f"XXXX-{parse.month:02d}-{parse.day:02d}"
    elif parse.month is not None:
        base = f"XXXX-{parse.month:02d}"
    elif parse.season is not None:
        base = f"XXXX-{parse.season}"
    elif parse.weekday is not None:
        base = f"XXXX-WXX-{parse.weekday}"
    else:
        base = "XXXX-XX-XX"
    if parse.part and parse.day is not None:
        base += f"T{parse.part}"
    return base


def weekday_near(base: dt.date, weekday: int, direction: Literal["past", "future"]) -> dt.date:
    """The given ISO weekday on or before (past) / on or after (future) ``base``."""
    delta = (weekday - base.isoweekday()) % 7
    if direction == "future":
        return base + dt.timedelta(days=delta)
    back = (base.isoweekday() - weekday) % 7
    return base - dt.timedelta(days=back)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar, anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> dt.date:
    """``12-25`` or ``E+49`` (days after Easter Sunday) in ``year``."""
    if spec.startswith("E"):
        return easter(year) + dt.timedelta(days=int(spec[1:]))
    month, day = spec.split("-")
    return dt.date(year, int(month), int(day))


def parse_iso_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) → date; ``None`` when absent or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
