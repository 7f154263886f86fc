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
The word lists and word tests (speech verbs, titles, organisation heads, calendar words from
the English time lexicon) are in :mod:`.english_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..doc import Mention, Token
from ..geo.countries import country_of_adjective, find_country
from ..geo.normalize import is_acronym
from .english_words import (
    DATELINE,
    ENGLISH_PLACES,
    FUNCTION_WORDS,
    INSTITUTIONS,
    LEADING_TITLES,
    NAME_WORD,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    POSSESSIVE,
    PREFIXED,
    TITLE_MODIFIERS,
    TITLES,
    bare,
    breaks_name,
    cap,
    edge_ok,
    is_nationality,
    is_time_word,
)
from .lexicon import GPE_KINDS, LOC_KINDS, Gazetteer

__all__ = ["EnglishCorrector", "correct_english", "is_time_word", "sentence_starts"]


@dataclass(frozen=True)
class _Span:
    """Token range ``[start, end)`` into the document's content tokens, with a label."""

    start: int
    end: int
    label: str
    score: float
    source: str
    own: bool = False  # made by a rule of this module (not to be undone by the document pass)


def _covered(spans: Sequence[_Span]) -> set[int]:
    """The token indexes the spans cover."""
    return {k for sp in spans for k in range(sp.start, sp.end)}


class EnglishCorrector:
    """The corrections of the module doc over one document's content tokens."""

    def __init__(self, gaz: Gazetteer, tokens: Sequence[Token], sentence_starts: set[int]) -> None:
        self.gaz = gaz
        self.tokens = tokens
        self.words = [t.text for t in tokens]
        self.low = [w.lower() for w in self.words]
        self.sentence_starts = set(sentence_starts)
        #: whether each token is a time word (in its context), computed once
        self.time = [is_time_word(w, self._word(i - 1), self._word(i + 1))
                     for i, w in enumerate(self.words)]
        self._places: dict[tuple[str, ...], str | None] = {}

    # ---- helpers ---------------------------------------------------------------------------
    def _word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def _text(self, sp: _Span) -> str:
        return " ".join(self.words[sp.start:sp.end])

    def _place_kind(self, words: Sequence[str]) -> str | None:
        """``GPE``/``LOC`` when the gazetteer knows the words as a place but not as a person
        (asked once per word sequence: the passes ask about the same words again)."""
        key = tuple(words)
        if key not in self._places:
            self._places[key] = self._lookup_place(words)
        return self._places[key]

    def _lookup_place(self, words: Sequence[str]) -> str | None:
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
            if breaks_name(self.words[i]):
                parts.append((start, i))
                start = i + 1
            elif POSSESSIVE.search(self.words[i]) and i + 1 < sp.end:
                parts.append((start, i + 1))  # "South Korea's Park": two names
                start = i + 1
        parts.append((start, sp.end))
        out: list[_Span] = []
        for n, (s, e) in enumerate(parts):
            while s < e and (not edge_ok(self.words[s]) or self._time_at(s)
                             or self.low[s] in FUNCTION_WORDS
                             or (self.low[s] in LEADING_TITLES and s + 1 < e)):
                s += 1  # "The", "A", "Economist Paul Rennick"
            named = cap(self._word(e)) and e == sp.end  # "Finance Minister" + a name
            while e > s and (not edge_ok(self.words[e - 1]) or self._time_at(e - 1)
                             or (named and self.low[e - 1] in TITLES)):
                e -= 1
            if e <= s or all(w in TITLES for w in self.low[s:e]):
                continue
            # "Merkel told CNN": a later part keeps the label, an acronym is an organisation
            acronym = n > 0 and e == s + 1 and self.words[s].isupper() and len(self.words[s]) > 1
            part = replace(sp, start=s, end=e, label="ORG" if acronym else sp.label)
            out.append(self._extend_person(part) if part.label == "PERSON" else part)
        return out

    def _time_at(self, i: int) -> bool:
        return self.time[i]

    def _extend_person(self, sp: _Span) -> _Span:
        """``Theresa`` + ``May``: a following capitalised word the gazetteer knows as a family
        name (not a time word, not a place) joins a PERSON mention."""
        e = sp.end
        while e < len(self.words) and e - sp.start < 4 and NAME_WORD.match(self.words[e]) \
                and "last" in self.gaz.kinds(bare(self.words[e])) \
                and not self._time_at(e) and self._place_kind([self.words[e]]) is None:
            e += 1
        return sp if e == sp.end else replace(sp, end=e)

    # ---- 3. datelines ----------------------------------------------------------------------
    def datelines(self, text: str) -> list[_Span]:
        out: list[_Span] = []
        by_start = {t.start: i for i, t in enumerate(self.tokens)}
        for i in sorted(self.sentence_starts):
            if i >= len(self.tokens):
                continue
            m = DATELINE.match(text, self.tokens[i].start)
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
            if not cap(self.words[i]) or self._time_at(i):
                i += 1
                continue
            j = i
            while j < n and cap(self.words[j]) and not self._time_at(j):
                j += 1
                if POSSESSIVE.search(self.words[j - 1]):
                    break  # "Norway's Foreign Ministry": the owner is not part of it
            start = i
            while start < j - 1 and (self.low[start] in FUNCTION_WORDS
                                     or self.low[start] == "the"):
                start += 1  # "The", "A", "In" before the name
            run = [bare(w).lower() for w in self.words[start:j]]
            heads = [k for k, w in enumerate(run)
                     if (w in ORG_HEADS and (k > 0 or self._of_follows(start + k)))
                     or (w in ORG_SUFFIXES and k > 0)]
            if heads:
                e = start + heads[-1] + 1
                while run[e - 1 - start] in ORG_HEADS and self._of_follows(e - 1):
                    e += 2  # over "of"/"for" and the first capitalised word
                    while e < n and cap(self.words[e]) and not self._time_at(e):
                        e += 1
                    if self.low[e - 1] not in ORG_HEADS or not self._of_follows(e - 1):
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
        return self._word(i + 1).lower() in ("of", "for") and cap(self._word(i + 2))

    # ---- 5. titled persons -----------------------------------------------------------------
    def titled_persons(self) -> list[_Span]:
        out: list[_Span] = []
        n = len(self.words)
        i = 0
        while i < n:
            low = self.low[i]
            if low not in TITLES or low in TITLE_MODIFIERS or not cap(self.words[i]):
                i += 1
                continue
            j = i + 1
            while j < n and self.low[j] in TITLES and cap(self.words[j]):
                j += 1
            k = j
            while k < n and k - j < 5 and not self._time_at(k) and self.low[k] not in ORG_HEADS:
                word = self.words[k]
                if NAME_WORD.match(word) or (k > j and PREFIXED.match(word)):
                    k += 1
                elif k > j and word in PARTICLES:
                    m = k  # "Ursula von der Leyen", "Mohammed bin Salman"
                    while m < k + 2 and self._word(m) in PARTICLES:
                        m += 1
                    if not NAME_WORD.match(self._word(m)):
                        break
                    k = m + 1
                else:
                    break
                if POSSESSIVE.search(self.words[k - 1]):
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
            if i in covered or not cap(self.words[i]) or (i > 0 and cap(self.words[i - 1])
                                                           and i not in self.sentence_starts):
                continue
            for length in (3, 2, 1):
                e = i + length
                if e > n or any(k in covered for k in range(i, e)):
                    continue
                if e < n and cap(self.words[e]) and not POSSESSIVE.search(self.words[e - 1]):
                    continue
                words = [bare(w) for w in self.words[i:e]]
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
                words = [bare(w) for w in self.words[sp.start:sp.end]]
                place = self._place_kind(words)
                if place is not None and (label != "PERSON" or len(words) > 1 or words[0] in
                                          ENGLISH_PLACES or "country" in self.gaz.kinds(words[0])):
                    label = place
            out.append(replace(sp, label=label))
            last_end = sp.end
        covered = _covered(out)
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
        texts = {self._text(sp) for sp in spans}
        out: list[_Span] = []
        for sp in spans:
            s = sp.start
            if s in self.sentence_starts and not sp.own:
                first = bare(self.words[s])
                rest = " ".join(self.words[s + 1:sp.end])
                if first.lower() in lower or (rest and rest in texts):
                    s += 1
                elif sp.end == s + 1 and sp.label == "PERSON" and self.words.count(first) == 1 \
                        and not self.gaz.forms.get(first, frozenset()) & {"first", "last"}:
                    continue  # "Consumer group X ...": a lone unknown capitalised word
            if s < sp.end:
                out.append(replace(sp, start=s))
        places = {self._text(sp).title(): sp.label for sp in out
                  if sp.label in ("GPE", "LOC")}
        stems = {p.rstrip("aeyo") for p in places if " " not in p}
        stems = {p for p in stems if not is_nationality(p, stems - {p})}
        places = {p: k for p, k in places.items() if not is_nationality(p, stems)}
        result: list[_Span] = []
        for sp in out:
            word = bare(self._text(sp))
            label = sp.label
            if sp.end - sp.start == 1 and is_nationality(word, stems):
                label = "NORP"
            elif label not in ("GPE", "LOC") and word.title() in places and word[:1].isupper():
                label = places[word.title()]
            result.append(replace(sp, label=label))
        covered = _covered(result)
        for i, word in enumerate(self.words):
            if i not in covered and cap(word) and is_nationality(word, stems):
                result.append(_Span(i, i + 1, "NORP", 0.8, "gazetteer"))
        return sorted(result, key=lambda s: (s.start, s.end))


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
        cut = POSSESSIVE.search(surface)
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
