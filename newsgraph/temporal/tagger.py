"""The time tagger: find expressions with the language's rules, attach mods, merge, anchor.

:func:`tag_times` is the one entry point (the ``times`` stage and ``newsgraph eval timex``
call it).  Steps:

1. every rule of the language runs over the text; candidates outside ``spans`` (the content
   blocks) are dropped;
2. overlapping candidates: the longest wins, then the rule priority;
3. mod words before a core become part of it (``Anfang``/``Mitte``/``Ende [des]`` →
   START/MID/END, ``frühen``/``späten`` → START/END, ``gegen``/``etwa``/``um`` → APPROX);
   ``Ende`` alone is never a time;
4. a part of day followed by ``des``/``vom`` + a date merges with it (``Abend des 22. Juni``);
5. anchoring in text order (:mod:`.anchor`), using tokens' ``Tense`` morphology when the nlp
   stage ran, else auxiliary/marker words, to choose past or future for partial dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..doc import Token
from ..record import TimeExpr
from . import rules_de, rules_en
from .anchor import Genre, Tense, resolve
from .rulebase import Rule, load_lexicon
from .values import Parse

_MOD_BEFORE = re.compile(
    r"(?P<w>(?:[Gg]egen\s+|[Zz]u\s+|[Zz]um\s+|[Ss]eit\s+|[Ii]m\s+)?(?:Anfang|Beginn|Mitte|Ende|Ausgang|Laufe|Verlauf)(?:\s+(?:des|der|dieses))?"
    r"|frühen|späten|ausgehenden|beginnenden"
    r"|[Uu]ngefähr|[Ee]twa|[Cc]irca|ca\.|[Gg]egen|[Uu]m|[Rr]und"
    r"|[Ee]arly|[Mm]id-?|[Ll]ate|[Tt]he\s+end\s+of|[Aa]bout|[Aa]round)\s*$"
)
_MOD_WORD = {
    "anfang": "START", "beginn": "START", "frühen": "START", "beginnenden": "START", "early": "START",
    "mitte": "MID", "mid": "MID", "mid-": "MID",
    "ende": "END", "ausgang": "END", "späten": "END", "ausgehenden": "END", "late": "END", "end": "END",
}
_APPROX_WORDS = frozenset({"um", "ungefähr", "etwa", "circa", "ca.", "gegen", "rund", "about", "around"})
_PAST = re.compile(
    r"\b(war|waren|wurde|wurden|hatte|hatten|hat|haben|gab|sagte|sagten|erklärte|erklärten|teilte|"
    r"berichtete|kam|kamen|fand|fanden|traf|trafen|begann|stattgefunden|ge\w+t|was|were|had|did|said)\b"
)
#: lower-case words in -te/-ten/-tet are mostly weak past-tense verbs (explodierten, sagte);
#: superlatives/ordinals (-sten, -iten, -zten) and participle adjectives (-nnten) are excluded
_WEAK_PAST = re.compile(r"\b[a-zäöüß]{3,}(?<!s)(?<!i)(?<!z)(?<!u)(?<!nn)te(n|t)?\b")
_FUTURE = re.compile(
    r"\b(wird|werden|soll|sollen|will|wollen|plant|planen|geplant|angekündigt|voraussichtlich|"
    r"bevorstehenden?|kommenden?|nächsten?|will|shall|going to|plans?|scheduled)\b"
)


def rules_for(lang: str) -> tuple[Rule, ...]:
    return rules_en.rules() if lang == "en" else rules_de.rules()


def _candidates(text: str, spans: Sequence[tuple[int, int]], lang: str) -> list[tuple[Parse, int]]:
    lex = load_lexicon("en" if lang == "en" else "de")
    out: list[tuple[Parse, int]] = []
    for rule in rules_for(lang):
        for m in rule.regex.finditer(text):
            for p in rule.handler(m, text, lex):
                if p.end > p.start and any(s <= p.start and p.end <= e for s, e in spans) \
                        and not _cuts_number(text, p.start, p.end):
                    out.append((p, rule.priority))
    return out


def _cuts_number(text: str, start: int, end: int) -> bool:
    """True when the span starts or ends inside a number (``1215 Uhr`` → ``15 Uhr``,
    ``9,58 Sekunden`` → ``58 Sekunden``)."""
    before = text[max(0, start - 2):start]
    return text[start:start + 1].isdigit() and (before[-1:].isdigit() or (
        len(before) == 2 and before[1] in ",." and before[0].isdigit())) or (
        end < len(text) and text[end - 1].isdigit() and text[end].isdigit())


def _select(cands: list[tuple[Parse, int]]) -> list[Parse]:
    cands.sort(key=lambda c: (-(c[0].end - c[0].start), -c[1], c[0].start))
    taken: list[Parse] = []
    for p, _ in cands:
        if all(p.end <= q.start or p.start >= q.end for q in taken):
            taken.append(p)
    return sorted(taken, key=lambda p: p.start)


def _attach_mods(text: str, parses: list[Parse]) -> list[Parse]:
    """Extend each core leftwards over mod words (``Ende``, ``Anfang des``, ``gegen``, ``um``)."""
    out: list[Parse] = []
    for p in parses:
        floor = out[-1].end if out else 0
        while p.kind != "set" and not p.vague:
            lo = max(floor, p.start - 40)
            m = _MOD_BEFORE.search(text[lo : p.start])
            if not m:
                break
            words = m["w"].split()
            first = words[0].casefold()
            if first in {"seit", "zu", "zum", "im"}:  # signal + mod: the signal stays outside
                words = words[1:]
            head = words[0].casefold()
            if head in {"um", "gegen"} and p.kind == "time":
                break  # "um 15 Uhr": the clock rule decides
            bare_year = p.year is not None and p.month is None and p.season is None and p.half is None
            if head == "um" and not bare_year:
                break  # "Kampf um Mai…": "um" is an approximation only before a year
            mod: str | None
            if head in _APPROX_WORDS:
                mod = p.mod or "APPROX"
            elif head in {"laufe", "verlauf"}:
                mod = p.mod  # "im Laufe des Jahres": the whole year
            else:
                mod = _MOD_WORD.get(head, "APPROX")
                mod = p.mod if p.mod not in (None, "APPROX") else mod
            start = lo + m.start("w") + (len(m["w"]) - len(" ".join(words)) if first in {"seit", "zu", "zum", "im"} else 0)
            if start >= p.start:
                break
            p = p.replace(start=start, mod=mod)
        out.append(p)
    return out


def _merge(text: str, parses: list[Parse]) -> list[Parse]:
    out: list[Parse] = []
    for p in parses:
        if out:
            q = out[-1]
            gap = text[q.end : p.start]
            if q.part and q.day is None and q.weekday is None and q.anchor == "ref" and q.offset == 0 \
                    and re.fullmatch(r"\s+(des|vom|am|of|on)\s+", gap) and p.kind in ("date", "time") \
                    and (p.day is not None or p.weekday is not None or p.anchor != "none"):
                out[-1] = p.replace(start=q.start, kind="time", part=q.part, mod=q.mod or p.mod)
                continue
            if q.kind == "date" and q.day is not None and q.part is None and p.kind == "time" \
                    and p.anchor == "ref" and p.offset == 0 and p.part and ":" in p.part \
                    and re.fullmatch(r",?\s+", gap):
                out[-1] = q.replace(end=p.end, kind="time", part=p.part)
                continue
        out.append(p)
    return out


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    right_c = [i for i in (text.find(". ", pos), text.find("\n", pos), text.find("! ", pos), text.find("? ", pos)) if i >= 0]
    return left + 1, (min(right_c) if right_c else len(text))


def _tense_from_tokens(tokens: Sequence[Token], start: int, end: int) -> Tense:
    toks = [t for t in tokens if start <= t.start < end]
    if not toks:
        return None
    lemmas = {t.lemma.casefold() for t in toks}
    finite = [t for t in toks if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"]
    if any(t.feat("Tense") == "Past" for t in finite):
        return "past"  # the main clause's past wins over future in reported speech
    if any(t.feat("VerbForm") == "Part" for t in toks) and any(
        t.lemma.casefold() in {"haben", "sein"} for t in finite
    ):
        return "past"
    if any(t.lemma.casefold() == "werden" for t in finite) and any(
        t.feat("VerbForm") == "Inf" and t.pos == "VERB" for t in toks
    ):
        return "future"
    if lemmas & {"sollen", "wollen", "planen"}:
        return "future"
    return None


def tense_at(text: str, pos: int, tokens: Sequence[Token] = ()) -> Tense:
    """Past or future reading of the sentence around ``pos`` (``None`` when unclear)."""
    s, e = _sentence_bounds(text, pos)
    if tokens:
        t = _tense_from_tokens(tokens, s, e)
        if t is not None:
            return t
    sent = text[s:e]
    fut = _FUTURE.search(sent)
    past = _PAST.search(sent) or _WEAK_PAST.search(sent)
    if fut and not past:
        return "future"
    if past:
        return "past"
    return None


def _drop_names(parses: list[Parse], tokens: Sequence[Token], text: str) -> list[Parse]:
    """With tokens: a bare month tagged as a proper name followed by another name is a name."""
    if not tokens:
        return parses
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for p in parses:
        i = starts.get(p.start)
        if i is not None and p.month is not None and p.day is None and p.year is None and \
                tokens[i].pos == "PROPN" and i + 1 < len(tokens) and tokens[i + 1].pos == "PROPN" \
                and tokens[i].end == p.end:
            continue
        out.append(p)
    return out


_SIGNAL = re.compile(r"\b(seit|ab|bis|vor|nach|von|um|zwischen|since|until|before|after|from)\s+(?:(?:dem|den|der|zum|zur|the)\s+)?$", re.I)


def _signals(text: str, parses: list[Parse]) -> list[Parse]:
    out = []
    for p in parses:
        m = _SIGNAL.search(text[max(0, p.start - 25) : p.start])
        out.append(p.replace(signal=m.group(1).casefold()) if m and p.signal is None else p)
    return out


def signal_before(text: str, start: int) -> str | None:
    """The temporal preposition right before an expression (``seit``, ``bis``, ``vor`` …).

    The record's ``TimeExpr`` has no field for it; the events/claims stages can use this
    to read ``seit September`` as the start of an interval.
    """
    m = _SIGNAL.search(text[max(0, start - 25) : start])
    return m.group(1).casefold() if m else None


def tag_times(
    text: str,
    *,
    dct: dt.date | None = None,
    lang: str = "de",
    spans: Sequence[tuple[int, int]] | None = None,
    tokens: Sequence[Token] = (),
    genre: Genre = "news",
) -> list[TimeExpr]:
    """Time expressions of ``text`` with TIMEX3 values, ids ``t1``, ``t2``, … in text order."""
    spans = [(0, len(text))] if spans is None else list(spans)
    parses = _select(_candidates(text, spans, lang))
    parses = _attach_mods(text, parses)
    parses = _merge(text, parses)
    parses = _drop_names(parses, tokens, text)
    parses = _signals(text, parses)
    def tense_of(p: Parse) -> Tense:
        if p.signal in {"seit", "since"}:
            return "past"  # "seit September": on or before publication
        return tense_at(text, p.start, tokens)

    values = resolve(parses, dct=dct, genre=genre, tense_of=tense_of)
    out = []
    for i, (p, value) in enumerate(zip(parses, values, strict=True), start=1):
        kind = p.kind
        if p.vague:
            kind = "date"
        out.append(TimeExpr(id=f"t{i}", start=p.start, end=p.end, text=text[p.start : p.end],
                            value=value, kind=kind, mod=p.mod))  # type: ignore[arg-type]
    return out
