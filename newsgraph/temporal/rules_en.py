"""English time patterns (basic coverage): ``November 6, 2025``, ``6 November``, ``in June
2024``, ``in 2024``, ``yesterday``/``today``/``tomorrow`` (+ ``morning``…), weekdays,
``last/next/this week``, ``three days ago/later``, durations, clock times, ``the 1990s``,
``the 20th century``.  Handlers return :class:`~newsgraph.temporal.values.Parse` objects,
anchored by :mod:`.anchor` exactly like the German ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..quantities.numbers import NUMBER_WORD_RE_EN
from .rulebase import (
    Lexicon,
    Rule,
    alternation,
    count_value,
    duration_value,
    load_lexicon,
    preceding_word,
)
from .values import Parse

MONTH_CONTEXT = frozenset(["in", "since", "until", "till", "by", "of", "from", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "between", "and", "or", "through"])
_EN_UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "MO", "months": "MO", "year": "Y",
             "years": "Y", "decade": "DE", "decades": "DE", "weekend": "WE", "century": "CE", "hour": "H",
             "hours": "H", "minute": "M", "minutes": "M"}


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    lex = load_lexicon("en")
    mon = alternation([m.capitalize() for m in lex.months])
    wd = alternation([w.capitalize() for w in lex.weekdays])
    units = alternation(lex.units)
    num = rf"(?:\d+|(?i:{NUMBER_WORD_RE_EN}|a\s+few|several|a\s+couple\s+of|few))"
    R = re.compile
    return (
        Rule("iso", R(r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"), _iso, 3),
        Rule("us_numeric", R(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4})(?![\d/])"), _iso, 2),
        Rule("mdy", R(rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\.?\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?:,?\s+(?P<y>\d{{4}}))?"), _date, 3),
        Rule("dmy", R(rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?"), _date, 3),
        Rule("month_year", R(rf"(?P<mon>{mon})\.?,?\s+(?P<y>\d{{4}})(?!\d)"), _date, 2),
        Rule("month", R(rf"(?<![\w.])(?P<mon>{mon})(?![\w])"), _month, 0),
        Rule("year", R(r"(?<![\d.,$€£])(?P<y>1\d{3}|20\d{2})(?![\d]|,\d|\.\d)"), _year, 0),
        Rule("decade", R(r"(?:the\s+)?(?P<dec>\d{4}|'\d{2}|\d{2})s(?![\w])"), _decade, 1),
        Rule("century", R(r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century"), _century, 2),
        Rule("deictic", R(r"(?<![\w-])(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])"), _deictic, 2),
        Rule("this_part", R(r"(?<![\w-])(?P<rel>this|last)\s+(?P<p>morning|afternoon|evening|night)(?![\w-])"), _this_part, 2),
        Rule("vague", R(rf"(?<![\w-])(?P<w>{alternation(lex.vague, capitalize=True)})(?![\w-])"), _vague, 0),
        Rule("rel_unit", R(r"(?<![\w-])(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing|[Ss]ame)\s+(?P<u>week|weekend|month|year|decade|day)(?![\w-])"), _rel_unit, 2),
        Rule("rel_plural", R(rf"(?<![\w-])(?P<rel>[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:(?P<n>{num})\s+)?(?P<u>days|weeks|months|years|decades|hours)(?![\w-])"), _rel_plural, 2),
        Rule("day_before", R(r"(?<![\w-])(?:[Tt]he\s+)?(?P<u>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)(?![\w-])|(?<![\w-])(?:[Tt]he\s+)?(?P<rel>next|previous|following)\s+(?P<u2>day|morning|evening|night)(?![\w-])"), _day_before, 3),
        Rule("ago", R(rf"(?P<n>{num})\s+(?P<u>{units})\s+(?P<dir>ago|later|earlier|before|after|afterwards)(?![\w-])"), _ago, 3),
        Rule("duration", R(rf"(?:(?P<mod>more\s+than|less\s+than|over|at\s+least|about|around|nearly|almost|up\s+to)\s+)?(?P<n>{num})\s+(?P<u>{units})(?![\w-])"), _duration, 1),
        Rule("clock", R(r"(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?![\w])|(?<![\d:])(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])"), _clock, 2),
        Rule("part_of_day", R(r"(?:(?:in|at|on|during)\s+the\s+|at\s+)(?P<p>morning|afternoon|evening|night|noon|midnight)(?![\w-])"), _part_of_day, 1),
        Rule("weekday", R(rf"(?<![\w-])(?P<wd>{wd})(?P<pl>s)?(?![\w-])"), _weekday, 1),
        Rule("set", R(r"(?<![\w-])(?P<w>daily|weekly|monthly|annually|yearly|hourly|every\s+(?:day|week|month|year))(?![\w-])"), _set, 1),
    )


def _iso(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    mo, d = int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    return [Parse(m.start(), m.end(), year=int(m["y"]), month=mo, day=d)]


def _date(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    gd = m.groupdict()
    y = int(gd["y"]) if gd.get("y") else None
    d = int(gd["d"]) if gd.get("d") else None
    mon = lex.month(m["mon"].rstrip(".")) or lex.month(m["mon"])
    if mon == 5 and d is None and y is None:
        return []
    return [Parse(m.start(), m.end(), year=y, month=mon, day=d)]


def _month(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if preceding_word(text, m.start()).casefold() not in MONTH_CONTEXT:
        return []
    if m["mon"] == "May" and re.match(r"\s+(be|have|not|also)\b", text[m.end() :]):
        return []
    return [Parse(m.start(), m.end(), month=lex.month(m["mon"]))]


def _year(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    prev = preceding_word(text, m.start()).casefold()
    nxt = re.match(r"[ \t]+([a-z][\w-]*)", text[m.end() : m.end() + 30])
    if prev in {"about", "around", "over", "than", "nearly", "almost", "some", "least", "to", "flight", "no.", "number", "page"}:
        return []
    if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in {"was", "has", "is", "saw", "as", "its", "his", "this"}:
        return []  # "2500 soldiers"
    return [Parse(m.start(), m.end(), year=int(m["y"]))]


def _decade(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    dec = m["dec"].lstrip("'")
    if not dec.endswith("0"):
        return []
    if len(dec) == 4:
        return [Parse(m.start(), m.end(), decade=int(dec) // 10)]
    return [Parse(m.start(), m.end(), decade=int(dec) // 10, decade_short=True)]


def _century(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    c = int(m["c"])
    return [Parse(m.start(), m.end(), century=c - 1)] if 1 <= c <= 22 else []


def _deictic(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    w = m["w"].casefold()
    part = lex.parts_of_day.get(m["p"]) if m["p"] else ("NI" if w == "tonight" else None)
    offset = lex.deictic_days.get(w, 0)
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="dct", offset=offset, unit="D", part=part)]


def _this_part(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    offset = -1 if m["rel"] == "last" and m["p"] == "night" else 0
    return [Parse(m.start(), m.end(), "time", anchor="dct", offset=offset, unit="D", part=lex.parts_of_day[m["p"]])]


def _vague(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    return [Parse(m.start(), m.end(), vague=lex.vague[m["w"].casefold()])]


def _rel_unit(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    rel = m["rel"].casefold()
    unit = _EN_UNITS[m["u"]]
    offset = -1 if rel in {"last", "past", "previous"} else (1 if rel in {"next", "coming", "following"} else 0)
    anchor = "ref" if rel in {"following", "same"} else "this"
    return [Parse(m.start(), m.end(), anchor=anchor, offset=offset, unit=unit)]  # type: ignore[arg-type]


def _rel_plural(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    n = count_value(m["n"], lex) if m["n"] else -1
    if n is None:
        return []
    return [Parse(m.start(), m.end(), "duration", duration=duration_value(n, _EN_UNITS[m["u"]]))]


def _ago(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    n = count_value(m["n"], lex)
    unit = lex.units.get(m["u"].casefold())
    if n is None or unit is None or unit in ("S", "M", "H", "CE"):
        return []
    back = m["dir"] in {"ago", "earlier", "before"}
    if n < 0:
        return [Parse(m.start(), m.end(), vague="PAST_REF" if back else "FUTURE_REF")]
    anchor = "this" if m["dir"] == "ago" else "ref"
    return [Parse(m.start(), m.end(), anchor=anchor, offset=-n if back else n, unit=unit)]  # type: ignore[arg-type]


def _day_before(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if m["u"]:
        unit = _EN_UNITS[m["u"]] if m["u"] != "night" else "D"
        offset = -1 if m["dir"] in {"before", "earlier"} else 1
        part = "NI" if m["u"] == "night" else None
    else:
        unit, offset = "D", (-1 if m["rel"] == "previous" else 1)
        part = lex.parts_of_day.get(m["u2"]) if m["u2"] != "day" else None
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="ref", offset=offset, unit=unit, part=part)]


_MODS = {"more than": "AFTER", "over": "AFTER", "at least": "AFTER", "less than": "BEFORE", "up to": "BEFORE",
         "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX"}


def _duration(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    n = count_value(m["n"], lex)
    unit = lex.units.get(m["u"].casefold())
    if n is None or unit is None:
        return []
    mod = _MODS.get(" ".join(m["mod"].split()).casefold()) if m["mod"] else None
    return [Parse(m.start(), m.end(), "duration", duration=duration_value(n, unit), mod=mod)]


def _clock(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if m["h24"]:
        h, mi = int(m["h24"]), int(m["mi24"])
    else:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if m["ap"].startswith("p") and h < 12:
            h += 12
        if m["ap"].startswith("a") and h == 12:
            h = 0
    return [Parse(m.start(), m.end(), "time", anchor="ref", unit="D", part=f"{h:02d}:{mi:02d}")]


def _part_of_day(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    return [Parse(m.start("p"), m.end(), "time", anchor="ref", unit="D", part=lex.parts_of_day[m["p"]])]


def _weekday(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    wd = lex.weekdays[m["wd"].casefold()]
    if m["pl"]:
        return [Parse(m.start(), m.end(), "set", set_value=f"XXXX-WXX-{wd}")]
    return [Parse(m.start(), m.end(), weekday=wd)]


def _set(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    w = " ".join(m["w"].split()).casefold()
    table = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
             "every day": "P1D", "every week": "P1W", "every month": "P1M", "every year": "P1Y"}
    return [Parse(m.start(), m.end(), "set", set_value=table[w])]
