"""Metonymy: does a capital or country mention stand for its government?

In "die Zusammenarbeit zwischen Moskau und Pjöngjang" or "Washington verhängte Sanktionen"
the capital names the government, so an event actor is the country (``RUS``, ``PRK``,
``USA``).  In "in Moskau", "nach Pjöngjang" it is the place.  :func:`government_of` decides
with three cues from the sentence:

* a locative preposition right before the mention (``in``, ``nach``, ``aus``, ``bei`` …)
  means *place*;
* a coordination ``zwischen X und Y`` / ``X und Y`` next to a relation noun, or a political
  cue word anywhere in the sentence (Zusammenarbeit, Beziehungen, Sanktionen, Abkommen,
  erklärte, warf … vor — see :data:`POLITICAL_CUES`), means *government*;
* the mention as the subject of a speech or action verb right after it
  (``Moskau erklärte``, ``Peking warnt``) means *government*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Place

LOCATIVE = frozenset(
    ["in", "im", "nach", "aus", "bei", "nahe", "nahe", "bei", "um", "ab", "über", "via", "gen", "bis", "vor", "nördlich", "südlich", "östlich", "westlich", "außerhalb", "innerhalb", "zwischen-orten", "at", "near", "to", "from", "into"]
)
POLITICAL_CUES = re.compile(
    r"\b(Zusammenarbeit|Kooperation|Beziehung\w*|Verhältnis\w*|Bündnis\w*|Allianz\w*|Abkommen\w*"
    r"|Vertrag\w*|Vertr[äa]g\w*|Sanktion\w*|Partnerschaft\w*|Gespräch\w*|Verhandlung\w*"
    r"|Regierung\w*|Führung|Annäherung|Spannung\w*|Konflikt\w*|Streit\w*|Achse|Dialog\w*"
    r"|erklärt\w*|kritisiert\w*|forder\w*|warnt\w*|warnte\w*|droht\w*|verurteilt\w*"
    r"|beschuldigt\w*|wirft|warf|bestreitet|bestritt|dementiert\w*|unterstützt\w*"
    r"|liefert\w*|verhängt\w*|reagiert\w*|protestiert\w*|besteht|bestand|lehnt\w*|lehnte\w*"
    r"|cooperation|relations|ties|sanctions|talks|accused|warned|said|demanded)\b"
)
SUBJECT_VERBS = re.compile(
    r"^\s*(?:hat|hatte|habe|will|wollte|soll|sollte|wird|würde|kann|konnte)?\s*"
    r"(erklärt|erklärte|kritisiert|kritisierte|forder|warnt|warnte|droht|drohte|verurteilt"
    r"|beschuldigt|wirft|warf|bestreitet|bestritt|dementiert|betont|betonte|reagiert|verhängt"
    r"|lehnt|lehnte|weist|wies|sagt|sagte|teilte|kündigt|kündigte|says|said|warned|accused)",
)


def _place_country(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.kind == "country":
        return place.iso3
    if place.kind == "city":
        return place.capital_of
    return None


def government_of(
    mention: str,
    sentence: str,
    *,
    start: int | None = None,
    context: Sequence[str] = (),
) -> str | None:
    """ISO alpha-3 of the government a country/capital mention stands for, else ``None``.

    ``sentence`` is the sentence text; ``start`` the offset of the mention inside it (the
    first occurrence is used when omitted); ``context`` as for :func:`newsgraph.geo.lookup`.
    A capital only counts when it is the capital of a country (``Moskau`` → ``RUS``); other
    cities return ``None``.
    """
    from . import lookup

    iso3 = _place_country(lookup(mention, context=context))
    if iso3 is None:
        return None
    if start is None:
        start = sentence.find(mention)
        if start < 0:
            return None
    before = sentence[:start].split()
    prev = before[-1].strip("„“\"'(").lower() if before else ""
    prev2 = before[-2].lower() if len(before) > 1 else ""
    if prev in LOCATIVE or (prev in {"der", "die", "den", "dem", "des", "the"} and prev2 in LOCATIVE):
        return None
    after = sentence[start + len(mention) :]
    if SUBJECT_VERBS.match(after):
        return iso3
    window = sentence[max(0, start - 60) : start + len(mention) + 60]
    if re.search(r"\bzwischen\b|\bbetween\b", sentence[: start + 1]) and POLITICAL_CUES.search(window):
        return iso3
    if POLITICAL_CUES.search(sentence):
        return iso3
    return None
