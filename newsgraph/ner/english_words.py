"""Word lists and word tests of the English entity post-correction (:mod:`.english`).

The calendar words come from the English time lexicon of :mod:`newsgraph.temporal`
(``temporal/data/lexicon_en.yaml``: months with their abbreviations, weekdays, seasons,
parts of the day, ``today``/``yesterday``/``tomorrow``), as in :func:`.rules.drop_dates`;
this module adds only what that lexicon lacks (weekday abbreviations, calendar units).
The other lists say where an English name ends (speech verbs, function words), what heads
an organisation (``Ministry``, ``Inc.``), which words are titles before a person's name,
and the English place names the shipped gazetteer lacks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..geo.countries import country_of_adjective
from ..temporal.rulebase import load_lexicon


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = words(
    "said says say told tells tell added adds stated states announced announces explained "
    "explains asked asks warned warns wrote writes claimed claims insisted insists noted notes "
    "replied replies argued argues confirmed confirms denied denies reported reports "
    "acknowledged admitted suggested stressed urged declared recalled predicted estimated "
    "according"
)
#: lower-case words that end a name: verbs, pronouns, conjunctions, most prepositions
FUNCTION_WORDS = words(
    "is are was were be been being has have had do does did will would could should can "
    "cannot must might shall who whom whose which that this these those it its he she they "
    "we i you his her their our my your him them us me on at in to with from by after before "
    "as but or while when because if than then since until during about over under into "
    "also not no yes there here where what why how a an more most many some all both several "
    "each every other such"
)
#: weekday abbreviations (the time lexicon has the full names only)
WEEKDAY_ABBREVIATIONS = words("mon tue tues wed thu thur thurs fri sat sun")
#: months that are also names or verbs: time words only in a temporal context
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august"})
#: calendar units that are never names (the time lexicon's other units are lower-case nouns)
CALENDAR_UNITS = words("week weekend month year decade century")
#: words before an ambiguous month that make it a month (``in May``, ``since March``)
TEMPORAL_BEFORE = words(
    "in on since by until till last next early late mid this from through of before after "
    "during"
)
ORG_HEADS = words(
    "ministry agency service department office commission council committee authority bureau "
    "administration bank corporation company group party association federation union "
    "university institute court police army navy force forces board parliament assembly "
    "senate congress foundation organisation organization network airlines airways "
    "exchange fund hospital clinic school college museum airport"
)
ORG_SUFFIXES = words(
    "inc inc. corp corp. ltd ltd. llc plc co co. ag gmbh sa s.a. nv n.v. group holdings"
)
TITLES = words(
    "president minister mr mr. ms ms. mrs mrs. dr dr. chancellor senator sen. governor gov. "
    "mayor prime vice foreign defence defense interior finance secretary premier king queen "
    "prince princess pope general gen. judge justice ambassador lawmaker rep. representative "
    "chairman chairwoman ceo spokesman spokeswoman chief executive manager coach deputy leader "
    "economist analyst novelist author professor researcher actor singer officer"
)
#: title words that need a preceding head (``Foreign Minister``), never a title alone
TITLE_MODIFIERS = words("chief prime vice foreign defence defense interior finance")
#: titles cut from the start of a longer mention (``General Motors`` keeps its first word)
LEADING_TITLES = TITLES - {"general"}
#: ``SEOUL, Nov 4 (Reuters) -``: place, optional date, optional agency, dash
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3})"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?(?:\s+\d{1,2})?)?"  # , Nov 4
    r"(?:\s*\((?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})\))?"  # (Reuters)
    r"\s*(?:-{1,2}|–|—)\s"
)
#: English place names the shipped gazetteer lacks or shares with surnames
ENGLISH_PLACES: dict[str, str] = {
    "Britain": "GPE", "Scotland": "GPE", "Northern Ireland": "GPE", "Crimea": "LOC",
    "West Bank": "LOC", "Gaza Strip": "LOC", "Kashmir": "LOC", "Darfur": "LOC",
}
#: seats of government that stand for the institution (first word -> the rest)
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "White": ("House",), "Kremlin": (), "Pentagon": (), "Downing": ("Street",),
    "Élysée": (), "Elysee": (), "Bundestag": (), "Congress": (), "Parliament": (),
}
NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")
#: lower-case name parts: ``al-Sisi``, ``bin Salman``, ``van der Leyen``
PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|ben|abu|de|da|di|d|l)[-'’][A-Z]")
PARTICLES = words("al bin ibn ben abu van von de da di du der den la le dos das del")
#: a possessive ``'s``/``’s`` or the bare apostrophe of ``Reuters'`` at the end of a word
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
#: endings that make a nationality word of a place stem (``Ostravia`` -> ``Ostravian``)
_NATIONALITY_ENDINGS = ("ian", "an", "n", "ese", "ish", "i")


@lru_cache(maxsize=1)
def _calendar() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Weekdays, unambiguous months and time nouns, lower-case and without a final dot."""
    lex = load_lexicon("en")
    days = frozenset(lex.weekdays) | WEEKDAY_ABBREVIATIONS
    months = frozenset(m.rstrip(".") for m in lex.months) - AMBIGUOUS_MONTHS
    nouns = frozenset((*lex.seasons, *lex.parts_of_day, *lex.deictic_days)) | CALENDAR_UNITS
    return days, months, nouns


def is_time_word(word: str, prev: str = "", nxt: str = "") -> bool:
    """Weekday, month or time noun (``Monday``, ``Nov``, ``tonight``); ``May``/``March`` only
    after a temporal preposition or before a day number."""
    low = word.lower().rstrip(".")
    if any(low in group for group in _calendar()):
        return True
    if low in AMBIGUOUS_MONTHS:
        return prev.lower() in TEMPORAL_BEFORE or nxt[:1].isdigit()
    return False


def cap(word: str) -> bool:
    return word[:1].isupper()


def bare(word: str) -> str:
    """The word without a possessive ending (``Korea's`` -> ``Korea``)."""
    return POSSESSIVE.sub("", word)


def breaks_name(word: str) -> bool:
    """A lower-case speech verb or function word: a name never runs over it."""
    low = word.lower()
    return not cap(word) and (low in SPEECH_VERBS or low in FUNCTION_WORDS)


def edge_ok(word: str) -> bool:
    """Whether a token may start or end a name: capitalised (or ``al-Sisi``), not a digit or
    punctuation."""
    return cap(word) or PREFIXED.match(word) is not None


def is_nationality(word: str, stems: set[str]) -> bool:
    """A nationality word: a known country adjective (``Spanish``) or one of the place
    ``stems`` of the article with a nationality ending."""
    if not cap(word) or " " in word:
        return False
    if country_of_adjective(word) is not None:
        return True
    return any(word.endswith(end) and word[: -len(end)] in stems and len(word) > len(end) + 3
               for end in _NATIONALITY_ENDINGS)
