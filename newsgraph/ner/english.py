"""English post-correction of the entity mentions (the recogniser is trained on German).

The CRF and the rule passes of :mod:`newsgraph.ner.rules` are German; on English text they
find most names but type and bound many of them wrongly (``North Korea`` PERSON, ``Park said``
MISC, ``South Korea's`` with the possessive, ``Monday`` LOC, a dateline ``SEOUL`` ORG).
:func:`correct_english` repairs the mentions of one English document before the document
pass of :func:`newsgraph.ner.stage.propagate` and before ``resolve`` builds entities from them:

1. boundaries: a mention never runs over an English speech verb or function word
   (``Park said`` -> ``Park``); lower-case words and punctuation are cut from its edges and a
   possessive ``'s``/``’s`` (or the bare apostrophe of ``Reuters'``) from its end;
2. time words (weekdays, months, ``today`` ...) are never entities; an ambiguous month
   (``May``, ``March``) only in a temporal context (``in May``, ``May 4``);
3. datelines (``SEOUL, Nov 4 (Reuters) -``): the capitalised place is GPE, the agency ORG;
4. organisations: ``X Ministry``, ``Ministry of X``, ``X Agency``, ``X Service``, ``Inc.`` ... -> ORG;
5. titles: ``President``/``Minister``/``Mr``/``Ms`` + capitalised words -> PERSON for the names;
6. places: a mention (or an untagged capitalised word) that the gazetteer knows as a country,
   state or city, and not as a person name, is GPE; ``LOC`` kinds stay LOC.

Only the stage calls this, and only for English articles: German output is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..doc import Mention, Token
from ..geo.countries import country_of_adjective, find_country
from ..geo.normalize import is_acronym
from .lexicon import GPE_KINDS, LOC_KINDS, Gazetteer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    "said says say told tells tell added adds stated states announced announces explained "
    "explains asked asks warned warns wrote writes claimed claims insisted insists noted notes "
    "replied replies argued argues confirmed confirms denied denies reported reports "
    "acknowledged admitted suggested stressed urged declared recalled predicted estimated "
    "according"
)
#: lower-case words that end a name: verbs, pronouns, conjunctions, most prepositions
FUNCTION_WORDS = _words(
    "is are was were be been being has have had do does did will would could should can "
    "cannot must might shall who whom whose which that this these those it its he she they "
    "we i you his her their our my your him them us me on at in to with from by after before "
    "as but or while when because if than then since until during about over under into "
    "also not no yes there here where what why how a an more most many some all both several "
    "each every other such"
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
MONTHS = _words(
    "january february april june july september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: months that are also names or verbs: time words only in a temporal context
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august"})
TIME_WORDS = _words(
    "today yesterday tomorrow tonight morning afternoon evening night week weekend month year "
    "decade century spring summer autumn fall winter noon midnight"
)
_TEMPORAL_BEFORE = _words(
    "in on since by until till last next early late mid this from through of before after "
    "during"
)
ORG_HEADS = _words(
    "ministry agency service department office commission council committee authority bureau "
    "administration bank corporation company group party association federation union "
    "university institute court police army navy force forces board parliament assembly "
    "senate congress foundation organisation organization network airlines airways "
    "exchange fund hospital clinic school college museum airport"
)
ORG_SUFFIXES = _words(
    "inc inc. corp corp. ltd ltd. llc plc co co. ag gmbh sa s.a. nv n.v. group holdings"
)
TITLES = _words(
    "president minister mr mr. ms ms. mrs mrs. dr dr. chancellor senator sen. governor gov. "
    "mayor prime vice foreign defence defense interior finance secretary premier king queen "
    "prince princess pope general gen. judge justice ambassador lawmaker rep. representative "
    "chairman chairwoman ceo spokesman spokeswoman chief executive manager coach deputy leader "
    "economist analyst novelist author professor researcher actor singer officer"
)
#: title words that need a preceding head (``Foreign Minister``), never a title alone
_TITLE_MODIFIERS = frozenset({"chief", "prime", "vice", "foreign", "defence", "defense", "interior", "finance"})
_DATELINE = re.compile(
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
_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")
#: lower-case name parts: ``al-Sisi``, ``bin Salman``, ``van der Leyen``
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|ben|abu|de|da|di|d|l)[-'’][A-Z]")
_PARTICLE = frozenset({"al", "bin", "ibn", "ben", "abu", "van", "von", "de", "da", "di", "du",
                       "der", "den", "la", "le", "dos", "das", "del"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


@dataclass(frozen=True)
class _Span:
    """Token range ``[start, end)`` into the document's content tokens, with a label."""

    start: int
    end: int
    label: str
    score: float
    source: str
    own: bool = False  # made by a rule of this module (not to be undone by the document pass)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def is_time_word(word: str, prev: str = "", nxt: str = "") -> bool:
    """Weekday, month or time noun (``Monday``, ``Nov``, ``tonight``); ``May``/``March`` only
    after a temporal preposition or before a day number."""
    low = str.lower(word).rstrip(".")
    if low in WEEKDAYS or low in MONTHS or low in TIME_WORDS:
        return True
    if low in AMBIGUOUS_MONTHS:
        return str.lower(prev) in _TEMPORAL_BEFORE or nxt[:1].isdigit()
    return False


def _breaks_name(word: str) -> bool:
    low = str.lower(word)
    return not _cap(word) and (low in SPEECH_VERBS or low in FUNCTION_WORDS)


def _edge_ok(word: str) -> bool:
    """Whether a token may start or end a name: capitalised (or ``al-Sisi``), not a digit or
    punctuation."""
    return word[:1].isupper() or _PREFIXED.match(word) is not None


class EnglishCorrector:
    """The corrections of the module doc over one document's content tokens."""

    def __init__(self, gaz: Gazetteer, tokens: Sequence[Token], sentence_starts: set[int]) -> None:
        self.gaz = gaz
        self.tokens = tokens
        self.words = [t.text for t in tokens]
        self.sentence_starts = set(sentence_starts)

    # ---- helpers ---------------------------------------------------------------------------
    def _word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def _place_kind(self, words: Sequence[str]) -> str | None:
        """``GPE``/``LOC`` when the gazetteer knows the words as a place but not as a person."""
        forms = [" ".join(words)]
        if all(w.isupper() for w in words if w[:1].isalpha()):
            forms.append(" ".join(w.capitalize() for w in words))
        for form in forms:
            kinds = self.gaz.forms.get(form)
            if kinds is None and len(words) > 1:
                lw = [w.lower() for w in form.split()]
                hits = [k for n, k in self.gaz.phrases_at(lw, 0) if n == len(lw)]
                kinds = frozenset(hits) if hits else None
            if form in ENGLISH_PLACES:
                return ENGLISH_PLACES[form]
            if not kinds and not is_acronym(form) and country_of_adjective(form) is None \
                    and find_country(form) is not None:
                return "GPE"  # country names the gazetteer lacks ("Great Britain")
            if not kinds:
                continue
            if kinds & {"first", "last"} and "country" not in kinds and len(words) == 1:
                return None
            if kinds & GPE_KINDS:
                return "GPE"
            if kinds & LOC_KINDS:
                return "LOC"
        return None

    # ---- 1. boundaries and time words ------------------------------------------------------
    def _trim(self, sp: _Span) -> list[_Span]:
        """Split at breaking words, cut lower-case/punctuation edges and time words."""
        parts: list[tuple[int, int]] = []
        start = sp.start
        for i in range(sp.start, sp.end):
            if _breaks_name(self.words[i]):
                parts.append((start, i))
                start = i + 1
            elif _POSSESSIVE.search(self.words[i]) and i + 1 < sp.end:
                parts.append((start, i + 1))  # "South Korea's Park": two names
                start = i + 1
        parts.append((start, sp.end))
        out: list[_Span] = []
        for n, (s, e) in enumerate(parts):
            while s < e and (not _edge_ok(self.words[s]) or self._time_at(s)
                             or str.lower(self.words[s]) in FUNCTION_WORDS
                             or (str.lower(self.words[s]) in TITLES - {"general"} and s + 1 < e)):
                s += 1  # "The", "A", "Economist Paul Rennick"
            named = _cap(self._word(e)) and e == sp.end  # "Finance Minister" + a name
            while e > s and (not _edge_ok(self.words[e - 1]) or self._time_at(e - 1)
                             or (named and str.lower(self.words[e - 1]) in TITLES)):
                e -= 1
            if e <= s or all(str.lower(w) in TITLES for w in self.words[s:e]):
                continue
            # "Merkel told CNN": a later part keeps the label, an acronym is an organisation
            acronym = n > 0 and e == s + 1 and self.words[s].isupper() and len(self.words[s]) > 1
            part = _Span(s, e, "ORG" if acronym else sp.label, sp.score, sp.source)
            out.append(self._extend_person(part) if part.label == "PERSON" else part)
        return out

    def _time_at(self, i: int) -> bool:
        return is_time_word(self.words[i], self._word(i - 1), self._word(i + 1))

    def _extend_person(self, sp: _Span) -> _Span:
        """``Theresa`` + ``May``: a following capitalised word the gazetteer knows as a family
        name (not a time word, not a place) joins a PERSON mention."""
        e = sp.end
        while e < len(self.words) and e - sp.start < 4 and _NAME_WORD.match(self.words[e]) \
                and "last" in self.gaz.kinds(_POSSESSIVE.sub("", self.words[e])) \
                and not self._time_at(e) and self._place_kind([self.words[e]]) is None:
            e += 1
        return sp if e == sp.end else _Span(sp.start, e, sp.label, sp.score, sp.source)

    # ---- 3. datelines ----------------------------------------------------------------------
    def datelines(self, text: str) -> list[_Span]:
        out: list[_Span] = []
        by_start = {t.start: i for i, t in enumerate(self.tokens)}
        for i in sorted(self.sentence_starts):
            if i >= len(self.tokens):
                continue
            m = _DATELINE.match(text, self.tokens[i].start)
            if m is None or m.group("place").isupper() is False:
                continue
            after = by_start.get(m.end())
            if after is not None:
                self.sentence_starts.add(after)  # "SEOUL, Nov 4 (Reuters) - Carmaker X ..."
            out.extend(self._char_span(by_start, m.start("place"), m.end("place"), "GPE", i))
            if m.group("agency"):
                out.extend(self._char_span(by_start, m.start("agency"), m.end("agency"), "ORG", i))
        return out

    def _char_span(self, by_start: dict[int, int], s: int, e: int, label: str, i: int) -> list[_Span]:
        first = by_start.get(s)
        if first is None:
            return []
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= e:
            last += 1
        if last == first or self.tokens[last - 1].end != e:
            return []
        if label == "GPE" and any(not (self.words[k].isupper() or self.words[k] == "/")
                                  for k in range(first, last)):
            return []
        return [_Span(first, last, label, 0.9, "pattern", True)]

    # ---- 4. organisations ------------------------------------------------------------------
    def organisations(self) -> list[_Span]:
        """Capitalised runs headed by an organisation word (``Defence Ministry``), ``X of Y``
        after such a head (``Ministry of Foreign Affairs``), company suffixes (``Apple Inc.``)."""
        out: list[_Span] = []
        i, n = 0, len(self.words)
        while i < n:
            if not _cap(self.words[i]) or self._time_at(i):
                i += 1
                continue
            j = i
            while j < n and _cap(self.words[j]) and not self._time_at(j):
                j += 1
                if _POSSESSIVE.search(self.words[j - 1]):
                    break  # "Norway's Foreign Ministry": the owner is not part of it
            start = i
            while start < j - 1 and (str.lower(self.words[start]) in FUNCTION_WORDS
                                     or str.lower(self.words[start]) == "the"):
                start += 1  # "The", "A", "In" before the name
            run = [str.lower(_POSSESSIVE.sub("", w)) for w in self.words[start:j]]
            heads = [k for k, w in enumerate(run)
                     if (w in ORG_HEADS and (k > 0 or self._of_follows(start + k)))
                     or (w in ORG_SUFFIXES and k > 0)]
            if heads:
                e = start + heads[-1] + 1
                while run[e - 1 - start] in ORG_HEADS and self._of_follows(e - 1):
                    e += 2  # over "of"/"for" and the first capitalised word
                    while e < n and _cap(self.words[e]) and not self._time_at(e):
                        e += 1
                    if str.lower(self.words[e - 1]) not in ORG_HEADS or not self._of_follows(e - 1):
                        break
                if e - start >= 2:
                    out.append(_Span(start, e, "ORG", 0.85, "pattern", True))
                j = max(j, e)
            i = j
        for k, word in enumerate(self.words):
            name = INSTITUTIONS.get(word)
            if name and all(self._word(k + m + 1) == w for m, w in enumerate(name)):
                out.append(_Span(k, k + 1 + len(name), "ORG", 0.85, "pattern", True))
        return out

    def _of_follows(self, i: int) -> bool:
        return str.lower(self._word(i + 1)) in ("of", "for") and _cap(self._word(i + 2))

    # ---- 5. titled persons -----------------------------------------------------------------
    def titled_persons(self) -> list[_Span]:
        out: list[_Span] = []
        n = len(self.words)
        i = 0
        while i < n:
            low = str.lower(self.words[i])
            if low not in TITLES or low in _TITLE_MODIFIERS or not _cap(self.words[i]):
                i += 1
                continue
            j = i + 1
            while j < n and str.lower(self.words[j]) in TITLES and _cap(self.words[j]):
                j += 1
            k = j
            while k < n and k - j < 5 and not self._time_at(k) and str.lower(self.words[k]) not in ORG_HEADS:
                word = self.words[k]
                if _NAME_WORD.match(word) or (k > j and _PREFIXED.match(word)):
                    k += 1
                elif k > j and word in _PARTICLE:
                    m = k  # "Ursula von der Leyen", "Mohammed bin Salman"
                    while m < k + 2 and self._word(m) in _PARTICLE:
                        m += 1
                    if not _NAME_WORD.match(self._word(m)):
                        break
                    k = m + 1
                else:
                    break
                if _POSSESSIVE.search(self.words[k - 1]):
                    break
            if k > j and not self._place_kind(self.words[j:k]):
                out.append(_Span(j, k, "PERSON", 0.85, "pattern", True))
            i = max(k, i + 1)
        return out

    # ---- 6. places -------------------------------------------------------------------------
    def untagged_places(self, covered: set[int]) -> list[_Span]:
        """Capitalised gazetteer places no mention covers: countries anywhere, cities and
        states not at a sentence start; not inside a longer capitalised run."""
        out: list[_Span] = []
        n = len(self.words)
        for i in range(n):
            if i in covered or not _cap(self.words[i]) or (i > 0 and _cap(self.words[i - 1])
                                                           and i not in self.sentence_starts):
                continue
            for length in (3, 2, 1):
                e = i + length
                if e > n or any(k in covered for k in range(i, e)):
                    continue
                if e < n and _cap(self.words[e]) and not _POSSESSIVE.search(self.words[e - 1]):
                    continue
                words = [_POSSESSIVE.sub("", w) for w in self.words[i:e]]
                kind = self._place_kind(words)
                if kind is None:
                    continue
                kinds = self.gaz.forms.get(" ".join(words), frozenset())
                if i in self.sentence_starts and length == 1 and "country" not in kinds:
                    continue
                out.append(_Span(i, e, kind, 0.8, "gazetteer"))
                break
        return out

    # ---- the whole correction --------------------------------------------------------------
    def correct(self, spans: list[_Span], text: str) -> list[_Span]:
        trimmed = [p for sp in spans for p in self._trim(sp)]
        rules = self.datelines(text) + self.organisations() + self.titled_persons()
        # rule spans win over model spans they overlap
        kept = [sp for sp in trimmed
                if not any(r.start < sp.end and sp.start < r.end for r in rules)]
        merged = sorted(kept + rules, key=lambda s: (s.start, -s.end))
        out: list[_Span] = []
        last_end = -1
        for sp in merged:
            if sp.start < last_end:
                continue
            label = sp.label
            if not sp.own or label == "GPE":
                words = [_POSSESSIVE.sub("", w) for w in self.words[sp.start:sp.end]]
                place = self._place_kind(words)
                if place is not None and (label != "PERSON" or len(words) > 1 or words[0] in
                                          ENGLISH_PLACES or "country" in self.gaz.kinds(words[0])):
                    label = place
            out.append(_Span(sp.start, sp.end, label, sp.score, sp.source, sp.own))
            last_end = sp.end
        covered = {k for sp in out for k in range(sp.start, sp.end)}
        out += self.untagged_places(covered)
        return self.document_pass(sorted(out, key=lambda s: (s.start, s.end)))

    # ---- 7. document level -----------------------------------------------------------------
    def document_pass(self, spans: list[_Span]) -> list[_Span]:
        """Corrections that need the whole article:

        * a sentence-initial capitalised word whose lower-case form the article uses elsewhere
          is a common noun (``Hospital officials ...``, ``Carmaker Velnor Motors``), and so is
          a first word whose removal leaves another mention's text; a sentence-initial
          one-word PERSON that occurs nowhere else and is no known name part is dropped;
        * a place named in a dateline (``HARWICK``) is a GPE wherever it recurs (``Harwick``);
        * a nationality word (``Spanish``, or a place of the article + ``n``/``ian``:
          ``Ostravia`` -> ``Ostravian``) is NORP."""
        lower = {w for w in self.words if w[:1].islower()}
        texts = {" ".join(self.words[sp.start:sp.end]) for sp in spans}
        out: list[_Span] = []
        for sp in spans:
            s = sp.start
            if s in self.sentence_starts and not sp.own:
                first = _POSSESSIVE.sub("", self.words[s])
                rest = " ".join(self.words[s + 1:sp.end])
                if first.lower() in lower or (rest and rest in texts):
                    s += 1
                elif sp.end == s + 1 and sp.label == "PERSON" and self.words.count(first) == 1 \
                        and not self.gaz.forms.get(first, frozenset()) & {"first", "last"}:
                    continue  # "Consumer group X ...": a lone unknown capitalised word
            if s < sp.end:
                out.append(_Span(s, sp.end, sp.label, sp.score, sp.source, sp.own))
        places = {" ".join(self.words[sp.start:sp.end]).title(): sp.label for sp in out
                  if sp.label in ("GPE", "LOC")}
        stems = {p.rstrip("aeyo") for p in places if " " not in p}
        stems = {p for p in stems if not self._nationality(p, stems - {p})}
        places = {p: k for p, k in places.items() if not self._nationality(p, stems)}
        result: list[_Span] = []
        for sp in out:
            word = _POSSESSIVE.sub("", " ".join(self.words[sp.start:sp.end]))
            label = sp.label
            if sp.end - sp.start == 1 and self._nationality(word, stems):
                label = "NORP"
            elif label not in ("GPE", "LOC") and word.title() in places and word[:1].isupper():
                label = places[word.title()]
            result.append(_Span(sp.start, sp.end, label, sp.score, sp.source, sp.own))
        covered = {k for sp in result for k in range(sp.start, sp.end)}
        for i, word in enumerate(self.words):
            if i not in covered and _cap(word) and self._nationality(word, stems):
                result.append(_Span(i, i + 1, "NORP", 0.8, "gazetteer"))
        return sorted(result, key=lambda s: (s.start, s.end))

    @staticmethod
    def _nationality(word: str, stems: set[str]) -> bool:
        if not word[:1].isupper() or " " in word:
            return False
        if country_of_adjective(word) is not None:
            return True
        return any(word.endswith(end) and word[: -len(end)] in stems and len(word) > len(end) + 3
                   for end in ("ian", "an", "n", "ese", "ish", "i"))


def correct_english(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    gaz: Gazetteer,
    sentence_starts: set[int],
) -> list[Mention]:
    """Corrected mentions of an English document.

    ``tokens`` are the content tokens in text order, ``sentence_starts`` the indexes into them
    of the first token of each sentence; mentions that do not align with tokens are kept as
    they are."""
    index = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    spans: list[_Span] = []
    unaligned: list[Mention] = []
    for m in mentions:
        s, e = index.get(m.start), ends.get(m.end)
        if s is None or e is None or e < s:
            unaligned.append(m)
            continue
        spans.append(_Span(s, e + 1, m.label, m.score, m.source))
    fixed = EnglishCorrector(gaz, tokens, sentence_starts).correct(spans, text)
    out = list(unaligned)
    for sp in fixed:
        start, end = tokens[sp.start].start, tokens[sp.end - 1].end
        surface = text[start:end]
        cut = _POSSESSIVE.search(surface)
        if cut is not None and cut.start() > 0:
            end = start + cut.start()
            surface = text[start:end]
        if surface:
            out.append(Mention(start, end, surface, sp.label, sp.score, sp.source))
    return sorted(out, key=lambda m: (m.start, m.end))


def sentence_starts(sentences: Sequence[Sequence[Token]]) -> set[int]:
    """Indexes of the sentences' first tokens in the concatenated token list."""
    out: set[int] = set()
    pos = 0
    for toks in sentences:
        if toks:
            out.add(pos)
        pos += len(toks)
    return out
