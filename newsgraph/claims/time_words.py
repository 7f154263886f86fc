"""German words of time, shared by the rules that must tell a time adverbial from a source.

A phrase headed by a word of time (`Zwei Tage nach der Wahl`, `Am Samstagabend`, `Anfang Mai`,
`in den kommenden Wochen`) is an adverbial: never a speaker, never a subject.  The rules ask
different questions of the same vocabulary, so this module holds the vocabulary once and the
questions as small functions:

* :func:`temporal`: a month or weekday word (`Juni`, `Samstagabend`, `sonntags`), never a
  compound with another head (`Sonntagszeitung`, `Montagsdemo`);
* :func:`duration_unit`: a unit of a stretch of time in any inflection (`Tage`, `Stunden`,
  `Jahrzehnts`);
* :data:`DAY_PARTS`: the parts of a day (`Abend` after `gestern`, `Montag`);
* :func:`time_noun`: the head of a time adverbial: a unit, a part of the day, the weekend;
* :data:`SEASONS`: the seasons, which `nächsten`/`kommenden` put in the future like a unit.
"""

from __future__ import annotations

import re

MONTHS = frozenset(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september"]
    + ["oktober", "november", "dezember"]
)
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
#: what may follow a weekday in a word of time: `Samstagabend`, `sonntags`, `Montagnacht`
_DAY_TIME = re.compile(r"(?:s|e|en)?(?:(?:vor|nach)?mittags?|morgens?|abends?|nachts?|früh)?")
#: the parts of a day
DAY_PARTS = frozenset({"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"})
SEASONS = frozenset({"sommer", "winter", "herbst", "frühjahr", "frühling", "saison"})
#: a unit of time in any inflection (`Tag`, `Tage`, `Tagen`, `Tages`, `Jahrzehnts`)
_UNIT = re.compile(
    r"(?:sekunde|minute|stunde|tag|woche|monat|jahr|jahrzehnt|jahrhundert)(?:e|en|n|s|es)?"
)


def temporal(low: str) -> bool:
    """Month and weekday words (`Juni`, `Samstagabend`, `sonntags`): adverbials, never a
    source; a compound with another head is no time (`Sonntagszeitung`, `Montagsdemo`)."""
    if low in MONTHS:
        return True
    day = next((d for d in WEEKDAYS if low.startswith(d)), None)
    return day is not None and _DAY_TIME.fullmatch(low, len(day)) is not None


def duration_unit(low: str) -> bool:
    """``low`` is a unit of time (`Stunden`, `Tage`, `Jahres`)."""
    return _UNIT.fullmatch(low) is not None


def time_noun(low: str) -> bool:
    """``low`` heads a time adverbial: a unit of time, a part of the day or the weekend."""
    return duration_unit(low) or low in DAY_PARTS or low in ("wochenende", "wochenendes")
