"""Anchoring: turn :class:`~.values.Parse` objects into TIMEX3 values, in text order.

Rules (documented in ``docs/times.md``):

* deictic expressions (``gestern``, ``heute Abend``) count from the publication date (DCT);
* anaphoric ones (``am Tag zuvor``, ``zwei Tage später``, ``am selben Tag``, clock times)
  count from the *reference date*: the last date resolved earlier in the text, else the DCT;
* ``letzte Woche``, ``im Vorjahr``, ``Ende des Jahres`` count from the DCT in news and from
  the reference date in narratives (genre ``narrative``, e.g. WikiWarsDE);
* partial dates (``6. November``, ``im Juni``, ``am Montag``) take their year from the DCT in
  news, choosing the candidate year by the tense of the sentence (past → the most recent one
  on or before publication, future → the next one; day dates without tense → the nearest;
  months without tense → the most recent), and from the reference date in narratives;
* with neither a DCT nor a reference date the year stays unknown: ``XXXX-11-06``.  The tagger
  never uses the clock or the file date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Literal

from .values import Parse, Point, format_point, holiday_date, shift, unknown_value, weekday_near

Genre = Literal["news", "narrative"]
Tense = Literal["past", "future"] | None
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _gran_of(p: Parse) -> str:
    if p.day is not None:
        return "T" if p.part else "D"
    if p.month is not None:
        return "MO"
    if p.season is not None:
        return "S"
    if p.half is not None:
        return "Q" if p.half.startswith("Q") else "H"
    return "Y"


def _pick_year(p: Parse, dct: dt.date, tense: Tense) -> int:
    month = p.month or (_SEASON_MONTH.get(p.season or "", 0)) or (
        {"H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}.get(p.half or "", 1)
    )
    day_level = p.day is not None
    years = (dct.year - 1, dct.year, dct.year + 1)

    def as_date(y: int) -> dt.date:
        try:
            return dt.date(y, month, p.day or 1)
        except ValueError:
            return dt.date(y, month, 28)

    def before(y: int) -> bool:
        return as_date(y) <= dct if day_level else (y, month) <= (dct.year, dct.month)

    def after(y: int) -> bool:
        return as_date(y) >= dct if day_level else (y, month) >= (dct.year, dct.month)

    if tense == "future":
        return min(y for y in years if after(y))
    if tense == "past" or not day_level:
        return max(y for y in years if before(y))
    return min(years, key=lambda y: (abs((as_date(y) - dct).days), -y if before(y) else y))


def resolve(
    parses: Sequence[Parse],
    *,
    dct: dt.date | None,
    genre: Genre = "news",
    tense_of: Callable[[Parse], Tense] = lambda p: None,
) -> list[str]:
    """TIMEX3 values for the parses (in text order; the reference date moves along)."""
    ref: Point | None = None
    out: list[str] = []
    for p in parses:
        value, point = _resolve_one(p, dct, ref, genre, tense_of)
        if point is not None and _moves_reference(p, genre):
            ref = point
        out.append(value)
    return out


#: a bare year after these words is background ("ab 1941", "seit 1990"), not the story's time
BACKGROUND_SIGNALS = frozenset({"seit", "ab", "bis", "vor", "nach", "since", "until", "before", "after"})


def _moves_reference(p: Parse, genre: Genre) -> bool:
    """Does this expression become the reference date for the following ones?"""
    if genre == "narrative" and p.anchor in ("this", "dct"):
        return False  # "heute", "im Vorjahr" in a history text do not move the story
    year_only = p.year is not None and p.month is None and p.season is None and p.day is None
    return not (year_only and p.signal in BACKGROUND_SIGNALS)


def _base(p: Parse, dct: dt.date | None, ref: Point | None, genre: Genre) -> Point | None:
    if p.anchor == "dct":
        return Point.of(dct) if dct else None
    if p.anchor == "this" and genre == "news":
        return Point.of(dct) if dct else ref
    return ref if ref is not None else (Point.of(dct) if dct else None)


def _resolve_one(
    p: Parse, dct: dt.date | None, ref: Point | None, genre: Genre, tense_of: Callable[[Parse], Tense]
) -> tuple[str, Point | None]:
    if p.vague:
        return p.vague, None
    if p.duration:
        return p.duration, None
    if p.set_value:
        return p.set_value, None
    if p.century is not None:
        return (f"BC{p.century:02d}" if p.bc else f"{p.century:02d}"), None
    if p.decade is not None:
        if not p.decade_short:
            return f"{p.decade:03d}", None
        base_year = dct.year if dct else (ref.year if ref else None)
        if base_year is None:
            return f"XX{p.decade}", None
        century = base_year // 100
        if p.decade * 10 > base_year % 100:
            century -= 1
        return f"{century}{p.decade}", None
    if p.anchor != "none":
        return _relative(p, dct, ref, genre)
    if p.weekday is not None and p.day is None:
        return _weekday(p, dct, ref, genre, tense_of(p))
    year = p.year
    if p.yy is not None:
        base_year = ref.year if ref is not None else (dct.year if dct else None)
        if base_year is None:
            return unknown_value(p), None
        century = base_year // 100 * 100
        year = min((century - 100 + p.yy, century + p.yy, century + 100 + p.yy), key=lambda y: abs(y - base_year))
    if year is None:
        if p.year_from_ref or genre == "narrative":
            year = ref.year if ref is not None else (dct.year if dct else None)
        elif dct is not None:
            year = _pick_year(p, dct, tense_of(p))
        elif ref is not None:
            year = ref.year
        if year is None:
            return unknown_value(p), None
        year += p.year_offset
    if p.holiday is not None:
        try:
            d = holiday_date(p.holiday, year)
        except ValueError:
            return unknown_value(p), None
        point = Point(d.year, d.month, d.day, "D", bc=p.bc)
        return format_point(point), point
    gran = _gran_of(p)
    try:
        point = Point(year, p.month or 1, p.day or 1, gran, bc=p.bc or (ref.bc if ref and p.year is None else False),  # type: ignore[arg-type]
                      season=p.season, half=p.half, part=p.part)
        _ = point.date
    except ValueError:
        return unknown_value(p), None
    return format_point(point), point


def _relative(p: Parse, dct: dt.date | None, ref: Point | None, genre: Genre) -> tuple[str, Point | None]:
    base = _base(p, dct, ref, genre)
    unit = p.unit or "D"
    if base is None:
        return unknown_value(p), None
    if unit in ("D", "W", "WE") and base.gran in ("Y", "MO", "S", "H", "Q", "CE", "DE") and p.offset == 0 \
            and not p.part:
        return format_point(base), base  # "am selben Tag" after a month-level date
    if p.part and p.offset == 0 and unit == "D" and base.gran not in ("D", "T"):
        month = f"{base.month:02d}" if base.gran == "MO" else "XX"
        return f"{base.year:04d}-{month}-XXT{p.part}", None
    try:
        point = shift(base, p.offset, unit) if (p.offset or unit != "D" or base.gran != "D") else base
    except (ValueError, OverflowError):
        return unknown_value(p), None
    if unit == "D" and base.gran == "T":
        point = Point(base.year, base.month, base.day, "D")
    if p.anchor == "ref" and p.offset and p.keep_day and base.gran in ("D", "T"):
        d = point.date if unit != "W" else base.date + dt.timedelta(weeks=p.offset)
        if unit in ("MO", "Y"):
            try:
                d = base.date.replace(year=point.year, month=point.month if unit == "MO" else base.month)
            except ValueError:
                d = point.date
        point = Point(d.year, d.month, d.day, "D")
    if p.season:
        point = Point(point.year, 1, 1, "S", season=p.season)
    if p.part:
        if point.gran not in ("D", "T"):  # a clock time or part of day without a known day
            month = f"{point.month:02d}" if point.gran == "MO" else "XX"
            return f"{point.year:04d}-{month}-XXT{p.part}", None
        point = Point(point.year, point.month, point.day, "T", part=p.part)
    return format_point(point), point


def _weekday(p: Parse, dct: dt.date | None, ref: Point | None, genre: Genre, tense: Tense) -> tuple[str, Point | None]:
    if genre == "narrative" and ref is not None and ref.gran in ("D", "T"):
        base, direction = ref.date, "future"
    elif dct is not None:
        base, direction = dct, ("future" if tense == "future" else "past")
    elif ref is not None and ref.gran in ("D", "T"):
        base, direction = ref.date, "future"
    else:
        return unknown_value(p), None
    d = weekday_near(base, p.weekday or 1, direction)  # type: ignore[arg-type]
    if p.unit == "WE":  # `am Wochenende`: the weekend of that Saturday's week
        point = Point(d.year, d.month, d.day, "WE", week=d.isocalendar()[1])
        return format_point(point), point
    point = Point(d.year, d.month, d.day, "T" if p.part else "D", part=p.part)
    return format_point(point), point
