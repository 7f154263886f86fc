"""Quantity tagger: numbers with what they count, German and English.

``etwa 5.000 nordkoreanische Militärbauarbeiter`` → value 5000, approx, mod APPROX, unit
``Militärbauarbeiter`` (the head noun; its lemma when tokens are available).  Handled:
digits in the language's format (``5.000``, ``1,3``; ``5,000``, ``1.3``), number words
(``fünftausend``), scale words (``1,3 Millionen``, ``3 Mrd. Euro``), vague counts
(``Dutzende``, ``Tausende`` → approx), bounds (``mindestens 90`` → MIN, ``mehr als 2.500`` →
MORE_THAN), ranges (``20 bis 30``, ``zwischen 20 und 30`` → value 20, high 30), percentages
(unit ``%``), money (ISO 4217 codes: ``EUR``, ``USD``) and measures (``km``, ``t``).

Not quantities: dates, times and durations (anything inside a time expression), ordinals
(``der 3. Versuch``), years, phone-like numbers (``030 1234567``), codes and references
(``Nr. 170/39``, ``§ 5``, ``F-35``, ``G7``), clock times and scores (``4:45``, ``2:1``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..doc import Token
from ..record import Quantity
from .numbers import (
    NUMBER_WORD_RE_DE,
    NUMBER_WORD_RE_EN,
    SCALES,
    SCALES_EN_OVERRIDE,
    VAGUE_DE,
    VAGUE_EN,
    parse_digits,
    parse_number_word,
)

_REFERENCE_WORDS = re.compile(
    r"(Nr\.|Nummer|No\.|§|Artikel|Art\.|Absatz|Abs\.|Seite|S\.|Kapitel|Resolution|Platz|Punkt|"
    r"Tel\.|Telefon|Fax|Zimmer|Paragraf|Paragraph|Jahrgang|Ausgabe|Folge|Staffel|Version|Kanal|"
    r"Linie|Gleis|Block|Level|Stufe|Runde|Tag|Woche|Kalenderwoche|KW|page|article|section|"
    r"number|room|flight|Flug)\s*$"
)
_SENTENCE_STARTERS = frozenset(
    ["Der", "Die", "Das", "Den", "Dem", "Des", "Er", "Sie", "Es", "Ein", "Eine", "Einer", "In", "Im", "Am", "An", "Auf", "Aus", "Auch", "Doch", "Aber", "Nach", "Laut", "Wie", "Dies", "Diese", "Dieser", "Damit", "Dabei", "Daher", "Zudem", "Außerdem", "Bei", "Mit", "Von", "Vor", "Zu", "Zum", "Zur", "Und", "Wir", "Ich", "Man", "So", "Nun", "Noch", "Als", "Wenn", "Weil", "Dass", "Seit", "Bis", "Für", "Gegen", "Über", "Unter", "The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "In", "On", "At"]
)
_TIME_NOUNS = frozenset(
    ["tag", "tage", "tagen", "tages", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahres", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "jahrzehnt", "jahrzehnte", "jahrhundert", "jahrhunderte", "uhr", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries"]
)
_EN_STOP = frozenset(
    ["and", "or", "the", "a", "an", "in", "on", "to", "at", "for", "by", "from", "per", "with", "were", "was", "are", "is", "have", "had", "has", "been", "be", "will", "would", "could", "said", "says", "who", "which", "that", "than", "as", "of", "into", "over", "under", "after", "before", "since", "this", "these", "those", "their", "its", "his", "her", "our", "your"]
)
_ADJ_END = re.compile(r"^[a-zäöüß][\wäöüß-]*(e|en|er|es|em)$")


@dataclass(frozen=True)
class UnitTable:
    surface: Mapping[str, str]  # surface → canonical unit (percent, money, measures)
    money: frozenset[str]
    mods: Mapping[str, Mapping[str, str]]


@lru_cache(maxsize=1)
def unit_table() -> UnitTable:
    raw = yaml.safe_load(resources.files("newsgraph.quantities").joinpath("data/units.yaml").read_text("utf-8"))
    surface: dict[str, str] = {}
    for group in ("percent", "currency", "measure"):
        for k, v in raw[group].items():
            surface[str(k)] = str(v)
    return UnitTable(
        surface=surface,
        money=frozenset(str(v) for v in raw["currency"].values()),
        mods={"de": dict(raw["mods_de"]), "en": dict(raw["mods_en"])},
    )


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=2)
def _core_regex(lang: str) -> re.Pattern[str]:
    if lang == "en":
        digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        words = NUMBER_WORD_RE_EN
        vague = "(?i:" + _alt(list(VAGUE_EN)) + ")"
        scale = r"million|billion|trillion|thousand|bn|m\b|k\b"
    else:
        digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
        words = NUMBER_WORD_RE_DE
        vague = _alt([w.capitalize() for w in VAGUE_DE])
        scale = r"Millionen|Million|Mio\.|Mio|Milliarden|Milliarde|Mrd\.|Mrd|Billionen|Billion|Tausend|tausend|Tsd\.|Hundert"
    num = rf"(?:(?<![\w.,/:\-+])(?:{digits})(?![\w]|[.,:/]\d)|(?<![\w-])(?i:{words})(?![\w-]))"
    num2 = rf"(?:(?<![\w.,/:+])(?:{digits})(?![\w]|[.,:/]\d)|(?<![\w])(?i:{words})(?![\w-]))"
    return re.compile(
        rf"(?P<cur>[$€£]\s?)?(?P<num>{num})(?:\s*(?P<scale>{scale}))?"
        rf"(?:\s*(?P<sep>bis|und|to|and|-|–)\s*(?P<num2>{num2})(?:\s*(?P<scale2>{scale}))?)?"
        rf"|(?<![\w-])(?P<vague>{vague})(?![\w-])"
    )


def _number(text: str, lang: str) -> float | None:
    t = text.strip()
    d = parse_digits(t, lang)
    if d is not None:
        return d
    w = parse_number_word(t, lang)
    return float(w) if w is not None else None


def _scale(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    w = word.casefold()
    if lang == "en" and w in SCALES_EN_OVERRIDE:
        return SCALES_EN_OVERRIDE[w]
    if w == "hundert":
        return 100.0
    return SCALES.get(w, 1.0)


def _is_article(word: str, scale: str | None) -> bool:
    """``ein``/``eine``/``a`` count only before a scale word (``eine Million``)."""
    return word.casefold() in {"ein", "eine", "einen", "einem", "einer", "eines", "eins", "a", "an", "one", "beide", "beiden", "beider", "both"} and not scale


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    value: float
    high: float | None
    approx: bool
    mod: str | None
    unit: str | None


def _mod_before(text: str, start: int, lang: str) -> tuple[int, str | None]:
    mods = unit_table().mods["en" if lang == "en" else "de"]
    window = text[max(0, start - 30) : start]
    m = re.search(rf"(?<![\w])(?P<w>{_alt(list(mods))})\s+$", window, flags=re.I)
    if not m:
        between = re.search(r"(?<![\w])(?P<w>zwischen|between)\s+$", window, flags=re.I)
        if between:
            return start - (len(window) - between.start("w")), None
        return start, None
    return start - (len(window) - m.start("w")), mods[m["w"].casefold()] if m["w"].casefold() in mods else mods.get(m["w"], "APPROX")


def _unit_after(text: str, end: int, lang: str, tokens: Sequence[Token], tok_at: Mapping[int, int]) -> tuple[int, str | None, bool]:
    """(new end, unit, is_time_noun) for what follows a number."""
    table = unit_table().surface
    rest = text[end : end + 80]
    m = re.match(r"\s*([%€$£°]C?|[^\s,.;:!?()\"„“”]+(?:\s+(?:cent|points|kilometres|kilometers))?)", rest)
    if m:
        word = m.group(1)
        if word in table or word.casefold() in {k.casefold() for k in table if len(k) > 3}:
            canon = table.get(word) or next(v for k, v in table.items() if k.casefold() == word.casefold())
            return end + m.end(), canon, False
    # the counted noun: skip adjectives/participles, "von"/"of", then take a noun
    pos = end
    for _ in range(4):
        m = re.match(r"(\s+)([^\s,.;:!?()\"„“”]+)", text[pos : pos + 60])
        if not m:
            return end, None, False
        word = m.group(2)
        wstart = pos + len(m.group(1))
        i = tok_at.get(wstart)
        tok = tokens[i] if i is not None else None
        if word.casefold() in _TIME_NOUNS:
            return end, None, True
        if tok is not None and tok.pos:
            if tok.pos in ("NOUN", "PROPN"):
                return wstart + len(word), tok.lemma or word, False
            if tok.pos in ("ADJ", "NUM", "ADV") or word.casefold() in {"von", "of"} or (
                tok.pos == "DET" and _ADJ_END.match(word) and len(word) > 5
            ):
                pos = wstart + len(word)
                continue
            return end, None, False
        if lang == "de":
            if word[:1].isupper():
                return wstart + len(word), word, False
            if _ADJ_END.match(word) or word in {"von", "weitere", "mehr"}:
                pos = wstart + len(word)
                continue
            return end, None, False
        # English: adjectives and nouns are lower case; take the last word of a short run
        if word.casefold() in {"of", "more", "other", "new", "additional"} or word.endswith(("ed", "ian", "ese", "ish")):
            pos = wstart + len(word)
            continue
        if re.fullmatch(r"[A-Za-z][a-z-]+", word) and word.casefold() not in _EN_STOP:
            head_end, head = wstart + len(word), word
            nxt = re.match(r"\s+([a-z][a-z-]+)", text[head_end : head_end + 30])
            if nxt and nxt.group(1) not in _EN_STOP and not nxt.group(1).endswith(("ed", "ly", "ing")):
                head_end, head = head_end + nxt.end(), nxt.group(1)  # "police officers"
            return head_end, head.casefold() if head[0].islower() else head, False
        return end, None, False
    return end, None, False


def _excluded(text: str, start: int, end: int, core: str, found_unit: str | None, has_scale: bool) -> bool:
    before = text[max(0, start - 20) : start]
    if _REFERENCE_WORDS.search(before):
        return True
    digits = core.replace(".", "").replace(",", "")
    if digits.isdigit() and len(digits) > 1 and digits.startswith("0"):
        return True  # 030, 0800: phone prefixes and codes
    if re.match(r"\s?[/-]\s?\d{3,}", text[end : end + 8]) or re.search(r"(\+\d{1,3}|\b0\d{1,5}|Tel\.|Telefon|Fax)[\s/()-]*$", before):
        return True  # 030 1234567, +49 …
    if re.fullmatch(r"\d+", core) and re.match(r"\.\s+(?!(?:" + "|".join(_SENTENCE_STARTERS) + r")\b)\S", text[end : end + 20]):
        return True  # ordinal: "der 3. Versuch", "die 105. Auflage", "6. November"
    # a bare four-digit number without a unit is a year
    return bool(re.fullmatch(r"1\d{3}|20\d{2}", core)) and not has_scale and found_unit is None


def tag_quantities(
    text: str,
    *,
    lang: str = "de",
    spans: Sequence[tuple[int, int]] | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    tokens: Sequence[Token] = (),
) -> list[Quantity]:
    """Quantities in ``text`` (ids ``q1``, ``q2``, … in text order).

    ``exclude`` are spans that cannot hold quantities (time expressions); ``tokens`` give
    lemmas for the counted noun.
    """
    lang = "en" if lang.startswith("en") else "de"
    spans = [(0, len(text))] if spans is None else list(spans)
    tok_at = {t.start: i for i, t in enumerate(tokens)}
    found: list[_Found] = []
    rx = _core_regex(lang)
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            break
        s, e = m.start(), m.end()
        pos = e
        if not any(a <= s and e <= b for a, b in spans):
            continue
        if any(a < e and s < b for a, b in exclude):
            continue
        if m["vague"]:
            word = m["vague"].casefold()
            value = (VAGUE_EN if lang == "en" else VAGUE_DE)[word]
            ue, unit, is_time = _unit_after(text, e, lang, tokens, tok_at)
            if is_time:
                continue
            found.append(_Found(s, ue, value, None, True, "APPROX", unit))
            continue
        num_text = m["num"]
        number: float | None
        if _is_article(num_text, m["scale"]) or (lang == "en" and num_text.casefold() in {"a", "an"}):
            continue
        number = _number(num_text, lang)
        if number is None:
            continue
        value = number * _scale(m["scale"], lang)
        high = None
        if m["num2"] and m["sep"].casefold() in {"und", "and"} and not re.search(
            r"(zwischen|between)\s+$", text[max(0, s - 12) : s], flags=re.I
        ):
            e = pos = m.end("scale") if m["scale"] else m.end("num")
        elif m["num2"]:
            v2 = _number(m["num2"], lang)
            if v2 is not None and not _is_article(m["num2"], m["scale2"]):
                v2 *= _scale(m["scale2"] or m["scale"], lang)
                if m["scale2"] and not m["scale"]:
                    value *= _scale(m["scale2"], lang)
                if v2 > value:
                    high = v2
            if high is None:  # "3 und 4" that is not a range: keep the first number only
                e = pos = m.end("scale") if m["scale"] else m.end("num")
        mstart, mod = _mod_before(text, s, lang)
        ue, unit, is_time = _unit_after(text, e, lang, tokens, tok_at)
        if is_time:
            continue  # a duration or date: the time tagger's business
        if m["cur"]:
            unit = unit_table().surface.get(m["cur"].strip(), unit)
        if _excluded(text, s, e, num_text, unit, bool(m["scale"])):
            continue
        if unit is None and not mod and not m["scale"]:
            prev = re.search(r"([A-ZÄÖÜ][\w-]*)\s+$", text[max(0, s - 30) : s])
            if prev and prev.group(1) not in _SENTENCE_STARTERS and not re.search(r"[.!?:]\s+[\w-]+\s+$", text[max(0, s - 32) : s]):
                continue  # "Boeing 737", "Artikel 5": a name with a number
        approx = mod == "APPROX"
        found.append(_Found(mstart, ue, value, high, approx, mod, unit))
    out = []
    # a mod or counted noun found beyond the block (next line, boilerplate) does not count
    inside = [f for f in found if any(a <= f.start and f.end <= b for a, b in spans)]
    # a flat layer: a quantity overlapping an earlier one ("27 von 35 Stimmen" / "35 Stimmen")
    # is dropped, the earlier (longer on ties) one is kept
    flat: list[_Found] = []
    for f in sorted(inside, key=lambda f: (f.start, -f.end)):
        if not flat or f.start >= flat[-1].end:
            flat.append(f)
    for i, f in enumerate(flat, start=1):
        out.append(Quantity(id=f"q{i}", start=f.start, end=f.end, text=text[f.start : f.end], value=f.value,
                            approx=f.approx, unit=f.unit, mod=f.mod, high=f.high))  # type: ignore[arg-type]
    return out
