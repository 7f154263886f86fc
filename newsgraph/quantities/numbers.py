"""Reading numbers written in digits or words, German and English.

* :func:`parse_digits` reads ``5.000``, ``1,3``, ``2.500``, ``1 000``, ``3.5`` (English), ``10'000``
  with the language's decimal/grouping conventions;
* :func:`parse_number_word` reads ``fünftausend``, ``zweihundertfünfzig``, ``einundzwanzig``,
  ``drei``, ``zwölf``, ``a hundred``, ``twenty-five``;
* :data:`SCALES` are the scale words (``Millionen``, ``Mrd.``, ``million``).

Used by the quantities tagger and by the time tagger (``drei Tage später``).
"""

from __future__ import annotations

import re

UNITS_DE: dict[str, int] = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "beide": 2, "beiden": 2, "beider": 2,
}
TENS_DE: dict[str, int] = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
UNITS_EN: dict[str, int] = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "both": 2,
}
#: scale words after a number: value multiplier
SCALES: dict[str, float] = {
    "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6,
    "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
    "billion": 1e12, "billionen": 1e12, "thousand": 1e3, "millions": 1e6,
    "billions": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3, "trillion": 1e12,
}
#: English "billion" is 10^9
SCALES_EN_OVERRIDE: dict[str, float] = {"billion": 1e9}
#: vague counting words: value, approx
VAGUE_DE: dict[str, float] = {
    "dutzend": 12, "dutzende": 24, "dutzenden": 24, "hunderte": 200, "hunderten": 200,
    "tausende": 2000, "tausenden": 2000, "zehntausende": 20000, "zehntausenden": 20000,
    "hunderttausende": 200000, "hunderttausenden": 200000, "millionen": 2e6,
}
VAGUE_EN: dict[str, float] = {
    "dozens": 24, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2e6, "dozen": 12,
}

_DIGITS_DE = re.compile(r"^\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_DIGITS_EN = re.compile(r"^\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_digits(text: str, lang: str = "de") -> float | None:
    """``5.000`` → 5000, ``1,3`` → 1.3 (German); ``5,000`` → 5000, ``1.3`` → 1.3 (English)."""
    t = text.strip().replace("'", ".") if lang == "de" else text.strip()
    if lang == "de":
        if not _DIGITS_DE.match(t):
            return None
        t = re.sub(r"[.\u202f\u00a0 ]", "", t).replace(",", ".")
    else:
        if not _DIGITS_EN.match(t):
            return None
        t = re.sub(r"[,\u202f\u00a0 ]", "", t)
    try:
        return float(t)
    except ValueError:
        return None


def _below_thousand_de(word: str) -> int | None:
    if not word:
        return 0
    if word in UNITS_DE:
        return UNITS_DE[word]
    if word in TENS_DE:
        return TENS_DE[word]
    if "hundert" in word:
        head, _, rest = word.partition("hundert")
        h = 1 if head in ("", "ein") else UNITS_DE.get(head)
        r = _below_thousand_de(rest)
        if h is None or r is None or r >= 100:
            return None
        return h * 100 + r
    if "und" in word:
        unit, _, tens = word.partition("und")
        u = {"ein": 1}.get(unit, UNITS_DE.get(unit))
        t = TENS_DE.get(tens)
        if u is not None and t is not None and 0 < u < 10:
            return t + u
    return None


def parse_number_word(text: str, lang: str = "de") -> int | None:
    """Integer value of a number word, or ``None`` (``fünftausend`` → 5000)."""
    w = text.strip().casefold()
    if not w:
        return None
    if lang == "en":
        parts = re.split(r"[\s-]+", w)
        total, cur = 0, 0
        for p in parts:
            if p in UNITS_EN:
                cur += UNITS_EN[p]
            elif p == "hundred":
                cur = max(cur, 1) * 100
            elif p == "thousand":
                total += max(cur, 1) * 1000
                cur = 0
            elif p == "and":
                continue
            else:
                return None
        return total + cur
    if "tausend" in w:
        head, _, rest = w.partition("tausend")
        h = 1 if head in ("", "ein") else _below_thousand_de(head)
        r = _below_thousand_de(rest)
        if h is None or r is None:
            return None
        return h * 1000 + r
    return _below_thousand_de(w)


NUMBER_WORD_RE_DE = (
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn"
    r"|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig"
    r"|siebzig|achtzig|neunzig|hundert|tausend|und)+|eins|eine[nmrs]?|null|beiden?)"
)
NUMBER_WORD_RE_EN = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a|an)(?:[\s-](?:hundred|thousand|one|two|three|four|five|six|seven|eight"
    r"|nine))*)"
)
