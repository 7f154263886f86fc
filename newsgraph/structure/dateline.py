"""Publication dates written in the text: datelines (``Berlin, 6. November 2025 (dpa) –``),
stamps (``Stand: 06.11.2025 14:03 Uhr``) and date-only lines in the head of a dump."""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "oct": 10, "december": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 6. November 2025, 6.November 2025, 6 November 2025 (English order without the dot)
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:\.\s*|\s+)(?P<m>{_MONTH_ALT})\.?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})\b"),
    re.compile(rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})\b", re.I),
)

#: every pattern above has a four-digit year: text without one has no date
_YEAR_DIGITS = re.compile(r"\d{4}")


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first complete calendar date in ``text``: (``YYYY-MM-DD``, start, end)."""
    if not _YEAR_DIGITS.search(text):
        return None
    found: list[tuple[int, int, str]] = []
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            iso = _iso(m)
            if iso is not None:
                found.append((m.start(), m.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def _iso(m: re.Match[str]) -> str | None:
    gd = m.groupdict()
    month = int(gd["mn"]) if gd.get("mn") else MONTHS.get(gd["m"].lower().rstrip("."), 0)
    try:
        return date(int(gd["y"]), month, int(gd["d"])).isoformat()
    except ValueError:
        return None


def dateline_pattern(agency_alt: str) -> re.Pattern[str]:
    """``Ort[, Datum] (Agentur) –`` or ``Ort, Datum –`` at the start of a paragraph."""
    word = r"[A-ZÄÖÜ][\wÄÖÜäöüß.\-]*"
    # "Berlin", "Frankfurt am Main", "Halle (Saale)", "Washington/Kiew"
    place = rf"{word}(?:\s(?:am|an der|an|im|in|bei|ob|auf)\s{word}|[ /]{word}|\s\({word}\)){{0,3}}"
    return re.compile(
        rf"^(?P<head>{place}(?:\s*[,/]\s*[^()\n–—]{{4,40}}?)?\s*"
        rf"(?:\((?:{agency_alt})(?:[/,][^)]{{0,20}})?\))?)\s*[–—-]\s"
    )


def dateline_date(paragraph: str, agency_alt: str) -> tuple[str, int, int] | None:
    """The date inside a dateline that opens ``paragraph`` (offsets relative to it)."""
    m = dateline_pattern(agency_alt).match(paragraph)
    if not m:
        return None
    return find_date(m.group("head"))


def date_only_line(text: str) -> str | None:
    """``06.11.2025``, ``6. November 2025, 14:30 Uhr``: a head line that is only a date."""
    found = find_date(text)
    if found is None:
        return None
    iso, start, end = found
    rest = (text[:start] + text[end:]).strip(" ,|–—-")
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}(?:\s*Uhr)?\b|\bUhr\b|\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*,?", "", rest)
    return iso if not rest.strip(" ,|–—-") else None
