"""German time patterns.  Each :class:`~newsgraph.temporal.rulebase.Rule` pairs a regex built from
``data/lexicon_de.yaml`` with a handler that returns :class:`~newsgraph.temporal.values.Parse`
objects.  Anchoring (which year, which Monday) happens later in :mod:`.anchor`; mods written
before a core (``Anfang``, ``Ende des``, ``gegen``) are attached by :mod:`.tagger`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..quantities.numbers import NUMBER_WORD_RE_DE
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

#: words before a bare month name that make it a month (not ``Mai`` the name)
MONTH_CONTEXT = frozenset(
    ["im", "in", "seit", "bis", "ab", "vom", "zum", "des", "den", "dem", "monat", "monats", "anfang", "mitte", "ende", "beginn", "und", "oder", "sowie", "noch", "schon", "bereits", "erst", "letzten", "vergangenen", "nächsten", "kommenden", "zwischen", "vor", "nach", "zum", "zur", "später", "früher", "für", "diesen", "diesem", "dieses", "jenes", "ausgang", "von", "während", "auch"]
)
#: "desselben Jahres", "des folgenden Jahres" after a month/day/season
REL_YEAR = (
    r"(?P<rel>\s+(?:desselben|dieses|des\s+(?:gleichen|selben|folgenden|darauffolgenden|vorigen|"
    r"vergangenen|laufenden|nächsten|neuen))\s+Jahres)"
)
_REL_YEAR_OFFSET = {"folgenden": 1, "darauffolgenden": 1, "nächsten": 1, "neuen": 1, "vorigen": -1, "vergangenen": -1}
YEAR_LEAD = r"(?:(?:das|dem|des)\s+)?Jahr(?:e|es)?"
BC = r"\s*(?:v\.\s?Chr\.?|vor\s+Christus)"


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    lex = load_lexicon("de")
    mon = alternation(lex.months, capitalize=True)
    wd = alternation(lex.weekdays, capitalize=True)
    season = alternation(lex.seasons, capitalize=True)
    units = alternation(sorted(lex.units), capitalize=True)
    num = rf"(?:\d+|(?i:{NUMBER_WORD_RE_DE}|anderthalb|eineinhalb|ein\s+paar|{alternation(lex.vague_counts)}))"
    prev = alternation(lex.previous)
    nxt = alternation(lex.next)
    this = alternation(lex.this)
    pod = alternation([k for k in lex.parts_of_day if not k.endswith("s") or k.endswith("stunden")], capitalize=True)
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])\."
    year4 = r"(?P<y>1\d{3}|20\d{2}|21\d{2})(?!\d)"
    year_any = rf"(?:{year4}|(?P<ybc>\d{{1,4}})(?={BC}))(?P<bc>{BC})?"
    R = re.compile
    return (
        Rule("iso", R(r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<t>\d{2}:\d{2}(?::\d{2})?))?(?![\d-])"), _iso, 3),
        Rule("numeric", R(r"(?<![\d.,§/])(?P<d>[12]\d|3[01]|0?[1-9])\.\s?(?P<m>1[0-2]|0?[1-9])\.(?:\s?(?P<y>\d{4}|\d{2})(?![\d.,]))?(?!\d)"), _numeric, 2),
        Rule("day_month", R(rf"(?:(?P<wd>{wd}),?\s+(?:(?:den|dem)\s+)?)?{day}\s?(?P<mon>{mon})(?![a-zäöü])(?:\s+{year_any}|{REL_YEAR})?"), _day_month, 3),
        Rule("holiday", R(rf"(?<![\w-])(?P<h>{alternation(lex.holidays, capitalize=True)})(?![\w-])(?:\s+{year_any})?"), _holiday, 2),
        Rule("half_year_dir", R(r"(?:[Ee]in\s+)?halbes\s+Jahr\s+(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)(?![\w-])"), _half_year_dir, 3),
        Rule("day_coord", R(rf"{day}\s*(?=(?:(?:und|bis(?:\s+zum)?|oder|auf\s+den|zum)\s+|[–\-/,]\s*)(?:(?:[12]\d|3[01]|0?[1-9])\.\s*(?:(?:und|bis(?:\s+zum)?|oder|auf\s+den|zum)\s+|[–\-/,]\s*))*(?:[12]\d|3[01]|0?[1-9])\.\s?(?P<mon>{mon})(?:\s+(?P<y>\d{{4}}))?)"), _day_coord, 1),
        Rule("month_year", R(rf"(?P<mon>{mon})(?![a-zäöü])\s+{year_any}"), _month_year, 2),
        Rule("month_coord", R(rf"(?P<mon>{mon})\s*(?:/|und|bis|oder|–|-)\s*(?=(?P<mon2>{mon})\s+(?P<y>\d{{4}}))"), _month_coord, 1),
        Rule("month", R(rf"(?<![\w.])(?P<mon>{mon})(?![a-zäöü]){REL_YEAR}?"), _month, 0),
        Rule("year", R(rf"(?:(?P<lead>{YEAR_LEAD})\s+)?(?<![\d.,/])(?:{year4}|(?P<y3>\d{{1,4}})(?={BC}))(?P<bc>{BC})?(?![.,]\d)"), _year, 0),
        Rule("year_range", R(r"(?<![\d.,])(?P<y1>1\d{3}|20\d{2})\s*(?P<sep>/|–|-|bis)\s*(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\d.,])"), _year_range, 1),
        Rule("year_range_bc", R(rf"(?<![\d.,])(?P<y1>\d{{1,4}})\s*(?:/|–|-|bis)\s*(?P<y2>\d{{1,4}})(?P<bc>{BC})"), _year_range_bc, 2),
        Rule("decade", R(r"(?P<dec>\d{2,4})er(?:[-\s]?Jahren?\b)?|(?P<word>(?i:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger))(?:[-\s]?Jahren?\b)?"), _decade, 1),
        Rule("century", R(rf"(?P<c>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jahrhunderte?|Jh\.)(?P<bc>{BC})?"), _century, 2),
        Rule("season", R(rf"(?P<season>{season})(?:e?s)?(?![a-zäöü])(?:\s+(?:des\s+Jahres\s+)?{year_any}|{REL_YEAR})?"), _season, 1),
        Rule("half", R(rf"(?P<o>ersten|zweiten|1\.|2\.|dritten|vierten|3\.|4\.)\s+(?P<what>Jahreshälfte|Halbjahr(?:es)?|Hälfte\s+des\s+Jahres|Quartal(?:s)?)(?:\s+{year_any})?"), _half, 2),
        Rule("part_of_year", R(rf"(?P<m>Ende|Anfang|Mitte|Beginn|Laufe|Ausgang|Verlauf|Hälfte)\s+(?:des|dieses)\s+(?P<u>Jahres|Monats)(?:\s+{year_any})?"), _part_of_year, 2),
        Rule("year_compound", R(rf"(?P<c>Jahres|Monats)(?P<m2>ende|beginn|anfang|mitte|wechsel)(?:\s+{year_any})?"), _part_of_year, 2),
        Rule("deictic", R(r"(?<![\w-])(?P<w>heute|Heute|gestern|Gestern|vorgestern|Vorgestern|übermorgen|Übermorgen|morgen)(?:\s+(?P<p>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))?(?![\w-])"), _deictic, 2),
        Rule("deictic_adj", R(r"(?P<w>heutigen|gestrigen|morgigen|vorgestrigen)\s+(?P<n>Tag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend|Abend|Morgen)"), _deictic, 2),
        Rule("vague", R(rf"(?<![\w-])(?P<w>{alternation(lex.vague, capitalize=True)})(?![\w-])"), _vague, 0),
        Rule("rel_unit", R(rf"(?P<rel>(?i:{prev}|{nxt}|{this}))\s+(?P<u>Woche|Wochenende|Monat|Monats|Jahr|Jahres|Jahrzehnts?|Jahrhunderts?|Tag|Tages|Nacht|Abend|Morgen|Quartal|Quartals|Halbjahr(?:es)?|Sommer|Winter|Herbst|Frühjahr|Frühling)(?![\w-])"), _rel_unit, 2),
        Rule("rel_plural", R(rf"(?P<rel>(?i:{prev}|{nxt}))\s+(?:(?P<n>{num})\s+)?(?P<u>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten|Stunden)(?![\w-])"), _rel_plural, 2),
        Rule("compound_rel", R(r"(?<![\w-])(?P<w>Vorjahr|Vorjahres|Folgejahr|Folgejahres|Vormonat|Vormonats|Vorwoche|Folgewoche|Vortag|Vortages|Folgetag|Folgetages|Vorabend|Vorabends)(?![\w-])"), _compound_rel, 1),
        Rule("tag_zuvor", R(r"(?:(?P<a>[Aa]m|[Ii]m|[Ii]n\s+der)\s+)?(?P<u>Tag|Abend|Morgen|Nacht|Woche|Monat|Jahr)\s+(?P<dir>zuvor|davor|vorher|danach|darauf)(?![\w-])|(?P<tags>[Tt]ags)\s+(?P<dir2>zuvor|darauf|davor|danach)"), _tag_zuvor, 2),
        Rule("n_units_dir", R(rf"(?P<n>{num})\s+(?P<u>{units})\s+(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)(?![\w-])"), _n_units_dir, 3),
        Rule("vor_n_units", R(rf"(?P<pre>[Vv]or|[Nn]ach|[Ii]n|[Bb]innen|[Ii]nnerhalb\s+von)\s+(?P<n>{num})\s+(?P<u>{units})(?![\w-])"), _pre_n_units, 2),
        Rule("duration", R(rf"(?:(?P<mod>mehr\s+als|weniger\s+als|über|mindestens|knapp|fast|rund|etwa|ungefähr|bis\s+zu|gut)\s+)?(?P<n>{num})\s+(?P<u>{units})(?![\w-])"), _duration, 1),
        Rule("half_year", R(r"(?:(?P<mod>mehr\s+als|über|fast|knapp|rund|etwa)\s+)?(?:ein(?:em|es)?\s+)?(?P<w>halbes|halben)\s+(?P<u>Jahr|Jahres|Jahrhundert)(?![\w-])"), _half_year, 1),
        Rule("adj_duration", R(rf"(?P<n>\d+-?|{NUMBER_WORD_RE_DE}|mehr|viel|wenig)(?P<u>tägig|wöchig|monatig|jährig|stündig)(?:e[nmrs]?)?(?![\w-])|(?P<l>tage|wochen|monate|jahre|jahrzehnte|stunden)lang(?:e[nmrs]?)?(?![\w-])", re.I), _adj_duration, 1),
        Rule("clock", R(r"(?:(?P<pre>gegen|Gegen)\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr(?:\s+(?P<mi2>[0-5]\d)(?!\d|\.\d|\s+[A-ZÄÖÜ]))?(?:\s+(?P<pod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?"), _clock, 2),
        Rule("part_of_day", R(rf"(?:(?P<pre>[Aa]m|[Ii]n\s+der|[Ii]n\s+den|[Zz]ur|[Gg]egen|[Ii]m|[Bb]ei|[Uu]m|[Dd]es|[Vv]om)\s+)(?P<adj>frühen|späten|gleichen|selben)?\s*(?P<pod>{pod})(?:s)?(?![\w-])(?:\s+(?P<rel>desselben|des\s+gleichen|des\s+selben|des\s+folgenden|des\s+nächsten|des\s+darauffolgenden|des\s+vorigen)\s+Tages)?"), _part_of_day, 1),
        Rule("weekend", R(r"(?<![\w-])(?:[Aa]m|[Üü]bers|[Üü]ber\s+das)\s+(?P<w>Wochenende)(?![\w-])"), _weekend, 1),
        Rule("weekday", R(rf"(?<![\w-])(?P<wd>{wd})(?P<pod>abend|morgen|vormittag|mittag|nachmittag|nacht)?(?P<pl>s)?(?![\w-])"), _weekday, 1),
        Rule("set", R(r"(?<![\w-])(?:(?P<adv>täglich|wöchentlich|monatlich|jährlich|stündlich|allabendlich|alljährlich)|(?P<pro>pro|je)\s+(?P<u>Tag|Woche|Monat|Jahr|Stunde)|(?P<jed>jeden|jede|jedes)\s+(?P<u2>Tag|Woche|Monat|Jahr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Morgen|Abend))(?![\w-])"), _set, 1),
    )


# ---- handlers ------------------------------------------------------------------------------


def _int(m: re.Match[str], name: str) -> int | None:
    g = m.groupdict().get(name)
    return int(g) if g else None


def _year_of(m: re.Match[str]) -> tuple[int | None, bool]:
    gd = m.groupdict()
    y = gd.get("y") or gd.get("ybc") or gd.get("y3")
    return (int(y) if y else None), bool(gd.get("bc"))


def _iso(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    mo, d = int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    return [Parse(m.start(), m.end(), "time" if m["t"] else "date", year=int(m["y"]), month=mo, day=d, part=m["t"])]


def _numeric(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    before = text[max(0, m.start() - 12) : m.start()]
    if re.search(r"(§|Nr\.|Art\.|Abs\.|Kapitel|Punkt|Version|Ziffer)\s*$", before):
        return []
    y = m["y"]
    year = None
    if y and len(y) == 4:
        year = int(y)
    return [Parse(m.start(), m.end(), year=year, month=int(m["m"]), day=int(m["d"]),
                  yy=int(y) if y and len(y) == 2 else None)]


def _rel_year(m: re.Match[str]) -> tuple[bool, int]:
    rel = m.groupdict().get("rel")
    if not rel:
        return False, 0
    return True, _REL_YEAR_OFFSET.get(rel.split()[-2].casefold() if len(rel.split()) > 2 else "", 0)


def _day_month(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    y, bc = _year_of(m)
    from_ref, off = _rel_year(m)
    return [Parse(m.start(), m.end(), year=y, bc=bc, month=lex.month(m["mon"]), day=int(m["d"]),
                  year_from_ref=from_ref, year_offset=off)]


def _holiday(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    spec = lex.holidays[" ".join(m["h"].split()).casefold()]
    y, bc = _year_of(m)
    month = 4 if spec.startswith("E") else int(spec.split("-")[0])
    return [Parse(m.start(), m.end(), year=y, bc=bc, month=month, day=1, holiday=spec)]


def _half_year_dir(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    back = m["dir"] in {"zuvor", "davor", "vorher", "früher"}
    return [Parse(m.start(), m.end(), anchor="ref", offset=-6 if back else 6, unit="MO", keep_day=True)]


def _day_coord(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    y = _int(m, "y")
    return [Parse(m.start(), m.start() + len(m.group(0).rstrip()), year=y, month=lex.month(m["mon"]), day=int(m["d"]))]


def _month_year(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    y, bc = _year_of(m)
    return [Parse(m.start(), m.end(), year=y, bc=bc, month=lex.month(m["mon"]))]


def _month_coord(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    end = m.start() + len(m["mon"])
    return [Parse(m.start(), end, year=int(m["y"]), month=lex.month(m["mon"]))]


def _month(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if not m["rel"]:
        prev = preceding_word(text, m.start()).casefold()
        if prev not in MONTH_CONTEXT:
            return []
        if m["mon"].endswith(".") or m["mon"].casefold() in {"mai", "april", "august", "juli", "juni"}:
            # "im Mai", but not "Mai Thi" / "August Bebel": a following capitalised word
            # without punctuation is a name, unless it is a year or another time word
            nxt = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]+)", text[m.end() : m.end() + 30])
            if nxt and prev not in {"im", "seit", "bis", "ab", "anfang", "mitte", "ende", "beginn", "vom", "zum"}:
                return []
    from_ref, off = _rel_year(m)
    return [Parse(m.start(), m.end(), month=lex.month(m["mon"]), year_from_ref=from_ref, year_offset=off)]


def _year_ok(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless the context makes it a count or a code."""
    if m["lead"] or m["bc"]:
        return True
    before = text[max(0, m.start() - 25) : m.start()]
    if re.search(r"(Nr\.|Nummer|Seite|S\.|§|Art\.|Artikel|Tel\.|Fax|PLZ|Platz|Kilometer|km|Punkte?n?|Stimmen|Euro|Dollar|\$|€)\s*$", before):
        return False
    if re.search(r"\b(mehr als|weniger als|über|mindestens|knapp|fast|insgesamt|rund|etwa|ca\.|circa|weitere|bis zu|nur|Zahl von|zahl)\s*$", before):
        return False
    after = text[m.end() : m.end() + 30]
    if re.match(r"\s*(%|Prozent|Euro|Dollar|Franken|Pfund|km|m\b|t\b|kg|Meter|Tonnen|Mal|mal\b|x\b)", after):
        return False
    if re.search(r"(^|\n)\s*[*•\-–]?\s*$|\(\s*$|\b([Aa]b|[Ss]eit|[Bb]is|[Vv]on|[Ii]m|[Ee]rst|[Ss]chon|[Bb]ereits)\s+$", before):
        return True
    nxt = re.match(r"[ \t\u00a0]+([A-ZÄÖÜ][\wäöüß-]*)", after)
    if nxt:
        word = nxt.group(1)
        from ..geo.countries import (
            find_country,  # a country after a year: "als Deutschland 1939 Polen …"
        )

        if find_country(word) is None and re.search(r"(en|er|e|n|s|innen|ten|ische)$", word):
            return False
    return True


def _year(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if not _year_ok(m, text):
        return []
    y, bc = _year_of(m)
    if y is None:
        return []
    return [Parse(m.start(), m.end(), year=y, bc=bc)]


def _year_range(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 200:
        return []
    # the end of a range does not become the narrative's reference year
    return [Parse(m.start("y1"), m.end("y1"), year=y1), Parse(m.start("y2"), m.end("y2"), year=y2, signal="bis")]


def _year_range_bc(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y2 < y1 <= y2 + 200:
        return []
    return [Parse(m.start("y1"), m.end("y1"), year=y1, bc=True), Parse(m.start("y2"), m.end(), year=y2, bc=True)]


_DECADE_WORDS = {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6, "siebziger": 7, "achtziger": 8, "neunziger": 9}


def _decade(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if m["word"]:
        return [Parse(m.start(), m.end(), decade=_DECADE_WORDS[m["word"].lower()], decade_short=True)]
    dec = m["dec"]
    if len(dec) == 4 and dec.endswith("0"):
        return [Parse(m.start(), m.end(), decade=int(dec) // 10)]
    if len(dec) == 2 and dec.endswith("0"):
        return [Parse(m.start(), m.end(), decade=int(dec) // 10, decade_short=True)]
    return []


def _century(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    c = int(m["c"])
    if not 1 <= c <= 22:
        return []
    return [Parse(m.start(), m.end(), century=c - 1 if not m["bc"] else c, bc=bool(m["bc"]))]


def _season(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    code, mod = lex.seasons[m["season"].casefold()]
    y, bc = _year_of(m)
    from_ref, off = _rel_year(m)
    return [Parse(m.start(), m.end(), year=y, bc=bc, season=code, mod=mod, year_from_ref=from_ref, year_offset=off)]


def _half(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    o = {"ersten": 1, "1.": 1, "zweiten": 2, "2.": 2, "dritten": 3, "3.": 3, "vierten": 4, "4.": 4}[m["o"]]
    quarter = m["what"].startswith("Quartal")
    if not quarter and o > 2:
        return []
    y, bc = _year_of(m)
    return [Parse(m.start(), m.end(), year=y, half=f"Q{o}" if quarter else f"H{o}", year_from_ref=y is None)]


_PART_MOD = {"ende": "END", "anfang": "START", "beginn": "START", "mitte": "MID", "ausgang": "END", "laufe": None, "verlauf": None, "wechsel": None, "hälfte": None}


def _part_of_year(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    gd = m.groupdict()
    word = (gd.get("m") or gd["m2"]).casefold()
    unit = (gd.get("u") or gd["c"]).casefold()
    y, bc = _year_of(m)
    mod = _PART_MOD.get(word)
    if unit.startswith("monat"):
        return [Parse(m.start(), m.end(), anchor="this", unit="MO", mod=mod)]
    if y is not None:
        return [Parse(m.start(), m.end(), year=y, bc=bc, mod=mod)]
    return [Parse(m.start(), m.end(), anchor="this", unit="Y", mod=mod)]


def _deictic(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    w = m["w"].casefold()
    base = {"heutigen": "heute", "gestrigen": "gestern", "morgigen": "morgen", "vorgestrigen": "vorgestern"}.get(w, w)
    offset = lex.deictic_days[base]
    part = None
    p = (m.groupdict().get("p") or "").casefold()
    if p:
        part = "MO" if p == "früh" else lex.parts_of_day.get(p)
    if base == "morgen" and p == "morgen":
        part = "MO"
    n = (m.groupdict().get("n") or "").casefold()
    if n in lex.parts_of_day:
        part = lex.parts_of_day[n]
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="dct", offset=offset, unit="D", part=part)]


def _vague(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    w = m["w"].casefold()
    if w == "nun" and re.match(r"\s*(ja|mal|einmal)\b", text[m.end() :]):
        return []
    return [Parse(m.start(), m.end(), vague=lex.vague[w])]


_UNIT_OF = {
    "woche": "W", "wochenende": "WE", "monat": "MO", "monats": "MO", "jahr": "Y", "jahres": "Y",
    "jahrzehnt": "DE", "jahrzehnts": "DE", "jahrhundert": "CE", "jahrhunderts": "CE", "tag": "D",
    "tages": "D", "nacht": "D", "abend": "D", "morgen": "D", "quartal": "Q", "quartals": "Q",
    "halbjahr": "H", "halbjahres": "H",
}
_SEASON_OF = {"sommer": "SU", "winter": "WI", "herbst": "FA", "frühjahr": "SP", "frühling": "SP"}


def _rel_unit(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    rel = m["rel"].casefold().split()[-1]
    u = m["u"].casefold()
    anaphoric = rel in {"selben", "gleichen", "demselben", "desselben", "derselben", "folgenden",
                        "folgende", "folgender", "folgendes", "darauffolgenden", "darauffolgende", "anschließenden"}
    offset = -1 if rel in lex.previous else (1 if rel in lex.next else 0)
    if u in _SEASON_OF:
        return [Parse(m.start(), m.end(), season=_SEASON_OF[u], anchor="ref" if anaphoric else "this", offset=offset, unit="Y")]
    unit = _UNIT_OF[u]
    if unit in ("Q", "H"):
        return []
    part = {"nacht": "NI", "abend": "EV", "morgen": "MO"}.get(u)
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="ref" if anaphoric else "this", offset=offset, unit=unit, part=part)]


_PLURAL_UNIT = {"tage": "D", "tagen": "D", "wochen": "W", "monate": "MO", "monaten": "MO", "jahre": "Y", "jahren": "Y", "jahrzehnte": "DE", "jahrzehnten": "DE", "stunden": "H"}


def _rel_plural(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    unit = _PLURAL_UNIT[m["u"].casefold()]
    n = count_value(m["n"], lex) if m["n"] else -1
    if n is None:
        return []
    return [Parse(m.start(), m.end(), "duration", duration=duration_value(n, unit))]


_COMPOUND = {
    "vorjahr": (-1, "Y"), "vorjahres": (-1, "Y"), "folgejahr": (1, "Y"), "folgejahres": (1, "Y"),
    "vormonat": (-1, "MO"), "vormonats": (-1, "MO"), "vorwoche": (-1, "W"), "folgewoche": (1, "W"),
    "vortag": (-1, "D"), "vortages": (-1, "D"), "folgetag": (1, "D"), "folgetages": (1, "D"),
    "vorabend": (-1, "D"), "vorabends": (-1, "D"),
}


def _compound_rel(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    w = m["w"].casefold()
    off, unit = _COMPOUND[w]
    part = "EV" if w.startswith("vorabend") else None
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="ref" if unit == "D" else "this", offset=off, unit=unit, part=part)]


def _tag_zuvor(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    d = (m["dir"] or m["dir2"]).casefold()
    off = -1 if d in {"zuvor", "davor", "vorher"} else 1
    u = (m["u"] or "tag").casefold()
    unit = _UNIT_OF.get(u, "D")
    part = {"nacht": "NI", "abend": "EV", "morgen": "MO"}.get(u)
    return [Parse(m.start(), m.end(), "time" if part else "date", anchor="ref", offset=off, unit=unit, part=part)]


def _unit(word: str, lex: Lexicon) -> str | None:
    return lex.units.get(word.casefold())


def _n_units_dir(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    n = count_value(m["n"], lex)
    unit = _unit(m["u"], lex)
    if n is None or unit is None or unit in ("S", "M", "CE"):
        return []
    back = m["dir"].casefold() in {"zuvor", "davor", "vorher", "früher"}
    if n < 0 or unit == "H":
        return [Parse(m.start(), m.end(), vague="PAST_REF" if back else "FUTURE_REF")]
    return [Parse(m.start(), m.end(), anchor="ref", offset=-n if back else n, unit=unit, keep_day=unit in ("W", "MO"))]


def _pre_n_units(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    pre = m["pre"].casefold()
    n = count_value(m["n"], lex)
    unit = _unit(m["u"], lex)
    if n is None or unit is None:
        return []
    if pre == "vor":
        if n < 0 or unit in ("H", "M", "S", "CE"):
            return [Parse(m.start(), m.end(), vague="PAST_REF")]
        return [Parse(m.start(), m.end(), anchor="this", offset=-n, unit=unit)]
    if pre == "nach" and n > 0 and unit == "D":  # "nach zwei Tagen": a date; "nach 20 Jahren": a span
        return [Parse(m.start(), m.end(), anchor="ref", offset=n, unit=unit)]
    # "in drei Tagen", "binnen zwei Wochen": a duration (the preposition is not part of it)
    start = m.start("n")
    return [Parse(start, m.end(), "duration", duration=duration_value(n, unit))]


_DUR_MOD = {"mehr als": "AFTER", "über": "AFTER", "mindestens": "AFTER", "gut": "AFTER", "weniger als": "BEFORE",
            "bis zu": "BEFORE", "knapp": "APPROX", "fast": "APPROX", "rund": "APPROX", "etwa": "APPROX", "ungefähr": "APPROX"}


def _duration(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    n = count_value(m["n"], lex)
    unit = _unit(m["u"], lex)
    if n is None or unit is None:
        return []
    if m["n"].casefold() in {"eines", "einer"} or (m["n"].casefold() == "einem" and m["u"].casefold() == "tag"):
        return []  # "eines Tages", "an einem Tag" are not durations
    mod = _DUR_MOD.get(" ".join(m["mod"].split()).casefold()) if m["mod"] else None
    return [Parse(m.start(), m.end(), "duration", duration=duration_value(n, unit), mod=mod)]


def _half_year(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    u = m["u"].casefold()
    value = "P50Y" if u.startswith("jahrhundert") else "P6M"
    mod = _DUR_MOD.get(" ".join(m["mod"].split()).casefold()) if m["mod"] else None
    return [Parse(m.start(), m.end(), "duration", duration=value, mod=mod)]


_ADJ_UNIT = {"tägig": "D", "wöchig": "W", "monatig": "MO", "jährig": "Y", "stündig": "H",
             "tage": "D", "wochen": "W", "monate": "MO", "jahre": "Y", "jahrzehnte": "DE", "stunden": "H"}


def _adj_duration(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    if m["l"]:
        return [Parse(m.start(), m.end(), "duration", duration=duration_value(-1, _ADJ_UNIT[m["l"].casefold()]))]
    raw = m["n"].rstrip("-").casefold()
    n = -1 if raw in {"mehr", "viel", "wenig"} else count_value(raw, lex)
    if n is None:
        return []
    return [Parse(m.start(), m.end(), "duration", duration=duration_value(n, _ADJ_UNIT[m["u"].casefold()]))]


def _clock(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    h, mi = int(m["h"]), int(m["mi"] or m["mi2"] or 0)
    pod = (m["pod"] or "").casefold()
    if pod in {"nachmittags", "abends"} and h < 12:
        h += 12
    if h > 24:
        return []
    return [Parse(m.start(), m.end(), "time", anchor="ref", unit="D", part=f"{h:02d}:{mi:02d}",
                  mod="APPROX" if m["pre"] else None)]


def _part_of_day(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    pre = m["pre"].casefold()
    code = lex.parts_of_day[m["pod"].casefold()]
    start = m.start("adj") if m["adj"] and m["adj"] not in ("gleichen", "selben") else m.start("pod")
    mod = None
    if pre == "gegen":
        start, mod = m.start(), "APPROX"
    if m["adj"] == "frühen":
        mod = "START"
    elif m["adj"] == "späten":
        mod = "END"
    rel = (m["rel"] or "").split()
    offset = {"folgenden": 1, "nächsten": 1, "darauffolgenden": 1, "vorigen": -1}.get(rel[-1].casefold() if rel else "", 0)
    return [Parse(start, m.end(), "time", anchor="ref", offset=offset, unit="D", part=code, mod=mod)]


def _weekday(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    wd = lex.weekdays[m["wd"].casefold()]
    if m["pl"] and not m["pod"]:
        if m["wd"][0].islower():
            return [Parse(m.start(), m.end(), "set", set_value=f"XXXX-WXX-{wd}")]
        if not re.search(r"(des|jeden|am)\s+$", text[max(0, m.start() - 8) : m.start()]):
            return []
    if m["wd"][0].islower():
        return []
    part = lex.parts_of_day.get(m["pod"]) if m["pod"] else None
    return [Parse(m.start(), m.end(), "time" if part else "date", weekday=wd, part=part)]


def _weekend(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    """`am Wochenende`: the weekend nearest the reference in the direction of the tense, like a
    weekday (`am Samstag`); its value is the ISO week's weekend (``2026-W10-WE``)."""
    return [Parse(m.start("w"), m.end("w"), "date", weekday=6, unit="WE")]


def _set(m: re.Match[str], text: str, lex: Lexicon) -> Iterable[Parse]:
    word = (m["adv"] or m["u"] or m["u2"] or "").casefold()
    table = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "alljährlich": "P1Y",
             "stündlich": "PT1H", "allabendlich": "XXXX-XX-XXTEV", "tag": "P1D", "woche": "P1W", "monat": "P1M",
             "jahr": "P1Y", "stunde": "PT1H", "morgen": "XXXX-XX-XXTMO", "abend": "XXXX-XX-XXTEV"}
    if word in lex.weekdays:
        return [Parse(m.start(), m.end(), "set", set_value=f"XXXX-WXX-{lex.weekdays[word]}")]
    return [Parse(m.start(), m.end(), "set", set_value=table[word])]
