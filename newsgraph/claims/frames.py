"""Finding attribution frames in one quote-aware sentence.

A *frame* is the part of a sentence that says who speaks: a cue (verb ``sagte``, particle verb
``teilte ... mit``, phrase ``heißt es``, preposition ``laut``/``zufolge``/``nach Angaben``) plus
its source phrase.  Each frame yields an :class:`Attr`: the content parts, the cue parts, the
speaker span as written and the form, named like the german_news_quotes types (``Direct``,
``Indirect``, ``Reported``; the free-indirect ones are added later by :mod:`.discourse`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Token
from .lexicon import FormMatch, Lexicon
from .text import CLOSING, OPENING, Quote

Span2 = tuple[int, int]
_BOUNDARY = frozenset(",:;–—")
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_WH = frozenset(
    [
        "dass",
        "ob",
        "wie",
        "wer",
        "was",
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "inwieweit",
        "wonach",
        "that",
        "whether",
    ]
)
_ATTRIBUTE_PREPS = frozenset(
    ["in", "im", "aus", "bei", "beim", "vom", "von", "an", "am", "of", "in", "at", "from"]
)
_NON_NP = frozenset({"ADP", "SCONJ", "PART"})
#: articles that cannot be genitive: after a noun they open the next noun phrase
_NEW_NP = frozenset(["die", "das", "den", "dem", "ein", "eine", "einen", "einem", "the", "a", "an"])
_CONJ = frozenset(["und", "doch", "aber", "denn", "auch", "zudem", "außerdem", "and", "but"])


@dataclass
class Attr:
    """One attribution found in the text (mutable while the stage refines it)."""

    kind: str  # Direct | Indirect | Reported | FreeIndirect | IndirectFreeIndirect
    parts: list[Span2]
    cue: list[Span2] = field(default_factory=list)
    cls: str | None = None  # cue class from the lexicon
    speaker: Span2 | None = None
    unit: int = -1
    impersonal: bool = False
    parent: Attr | None = None  # the attribution a nested partial quote belongs to
    tail: int = -1  # last sentence of a free indirect stretch spanning several sentences
    points_back: bool = False  # `Das berichtete X.`: the content is the previous sentence
    mixed: bool = False
    #: the cue words when the german_news_quotes convention counts them as content (Reported)
    frame_cue: list[Span2] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def covers(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.parts)


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: token positions (relative to the sentence) and its class."""

    kind: str  # verb | phrase | prep
    positions: tuple[int, ...]
    cls: str
    word: str = ""
    impersonal: bool = False
    needs: tuple[str, ...] = ()
    reported: bool = True
    complement: bool = True
    unless: tuple[str, ...] = ()


class Sentence:
    """Token-level view of one quote-aware sentence."""

    def __init__(self, toks: list[Token], quotes: list[Quote], lex: Lexicon, index: int) -> None:
        self.toks = toks
        self.lex = lex
        self.index = index
        self.quotes = [q for q in quotes if toks and toks[0].start <= q.start < toks[-1].end]
        self.in_quote = [any(q.start <= t.start < q.end for q in self.quotes) for t in toks]
        self.lower = [t.text.lower() for t in toks]
        self.quote_starts = frozenset(q.start for q in self.quotes)

    # ---- word classes ----------------------------------------------------------------------
    def is_word(self, i: int) -> bool:
        return self.toks[i].text[0].isalnum()

    def is_cap(self, i: int) -> bool:
        return self.toks[i].text[0].isupper()

    def is_finite(self, i: int) -> bool:
        tok = self.toks[i]
        low = self.lower[i]
        if tok.text[0].isupper() and (i > 0 or low not in self.lex.finite):
            return False  # German nouns (`Angaben`, `Gerhardt`) and sentence-initial words
        if tok.tag:
            return tok.tag in _FINITE_TAGS
        if low in self.lex.finite or low in self.lex.subjunctive:
            return True
        return any(m.kind in ("finite", "separated") for m in self.lex.verb_matches(low))

    def is_subjunctive(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.feat("Mood") == "Sub":
            return True
        return self.lower[i] in self.lex.subjunctive and tok.pos not in ("NOUN", "PROPN")

    def is_boundary(self, i: int) -> bool:
        return self.toks[i].text in _BOUNDARY or self.toks[i].start in self.quote_starts

    def span(self, i: int, j: int) -> Span2:
        """Character span of tokens ``[i, j)``."""
        return self.toks[i].start, self.toks[j - 1].end

    def clause_end(self, i: int) -> int:
        """Index of the first boundary token at or after ``i`` (or the sentence end)."""
        n = len(self.toks)
        while i < n and not (self.is_boundary(i) and not self.in_quote[i]) and not self._final(i):
            i += 1
        return i

    def clause_start(self, i: int) -> int:
        while i > 0 and not self.is_boundary(i - 1):
            if self.toks[i - 1].text in CLOSING:
                inner = self.name_quote_start(i - 1)
                if inner is None:
                    break
                i = inner
                continue
            i -= 1
        return i

    def name_quote_start(self, close: int) -> int | None:
        """Token index of the opening mark when the quote closing at ``close`` is a name inside a
        noun phrase (`der Sender „Channel 10“`): short and right after a capitalised word."""
        end = self.toks[close].end
        for q in self.quotes:
            if q.end == end and q.words <= 3:
                k = next((j for j, t in enumerate(self.toks) if t.start == q.start), None)
                if k is not None and k > 0 and self.is_cap(k - 1) and self.is_word(k - 1):
                    return k
        return None

    def _final(self, i: int) -> bool:
        return i == len(self.toks) - 1 and self.toks[i].text in ".!?"

    def content_end(self) -> int:
        """Token index after the last content token (drops final punctuation)."""
        j = len(self.toks)
        while j > 0 and self.toks[j - 1].text in ".!?" and not self.in_quote[j - 1]:
            j -= 1
        return j

    # ---- cues ------------------------------------------------------------------------------
    def find_cues(self) -> list[Cue]:
        cues: list[Cue] = []
        used: set[int] = set()
        for phrase in self.lex.phrases:
            pos = self._match_phrase(phrase.words)
            if pos and not used.intersection(pos):
                kind = "prep" if phrase.prep else "phrase"
                cues.append(
                    Cue(
                        kind,
                        pos,
                        phrase.cls,
                        " ".join(phrase.words),
                        phrase.impersonal,
                        reported=phrase.reported,
                    )
                )
                used.update(pos)
        for i, low in enumerate(self.lower):
            if i in used or self.in_quote[i] or not self.is_word(i):
                continue
            prep = self.lex.preps.get(low)
            if prep is not None:
                cue = self._prep_cue(i, low, prep.position, prep.noun_required)
                if cue:
                    cues.append(cue)
                    used.update(cue.positions)
                continue
            matches = self.lex.verb_matches(low)
            if matches:
                cue = self._verb_cue(i, matches, used)
                if cue:
                    cues.append(cue)
                    used.update(cue.positions)
        if self.lex.language == "de":
            so = self._so_cue(used)
            if so:
                cues.append(so)
        return sorted(cues, key=lambda c: c.positions[0])

    def _match_phrase(self, words: tuple[str, ...]) -> tuple[int, ...] | None:
        n = len(self.toks)
        for start in range(n):
            if self.in_quote[start] or self.lower[start] != words[0]:
                continue
            pos = [start]
            i = start + 1
            ok = True
            k = 1
            while k < len(words):
                w = words[k]
                if w == "...":
                    k += 1
                    target = words[k]
                    j = i
                    while j < min(n, i + 7) and self.lower[j] != target and not self.is_boundary(j):
                        j += 1
                    if j >= n or self.lower[j] != target:
                        ok = False
                        break
                    pos.append(j)
                    i = j + 1
                elif i < n and self.lower[i] == w:
                    pos.append(i)
                    i += 1
                else:
                    ok = False
                    break
                k += 1
            if ok:
                return tuple(pos)
        return None

    def _verb_cue(self, i: int, matches: tuple[FormMatch, ...], used: set[int]) -> Cue | None:
        if self.toks[i].pos in ("NOUN", "PROPN", "ADJ") or (self.is_cap(i) and i > 0):
            return None  # `die Erklärung`, `Gesagte`, adjectival participles
        end = self.clause_end(i)
        for m in matches:
            if m.kind == "separated":
                # the particle closes the clause: `teilte ... mit,` / `gab ... bekannt.`
                particle = m.verb.particle or ""
                j = end - 1
                if j > i and self.lower[j] == particle and j not in used:
                    return Cue(
                        "verb",
                        (i, j),
                        m.verb.cls,
                        m.verb.lemma,
                        needs=m.verb.needs,
                        reported=m.verb.reported,
                        complement=m.verb.complement,
                        unless=m.verb.unless,
                    )
                continue
            if m.verb.particle and i > 0 and self.lower[i - 1] == m.verb.particle:
                return Cue(
                    "verb",
                    (i - 1, i),
                    m.verb.cls,
                    m.verb.lemma,
                    needs=m.verb.needs,
                    reported=m.verb.reported,
                    complement=m.verb.complement,
                    unless=m.verb.unless,
                )
            if m.kind == "infinitive" and not self._infinitive_is_cue(i):
                continue
            return Cue(
                "verb",
                (i,),
                m.verb.cls,
                m.verb.lemma,
                needs=m.verb.needs,
                reported=m.verb.reported,
                complement=m.verb.complement,
                unless=m.verb.unless,
            )
        return None

    def _infinitive_is_cue(self, i: int) -> bool:
        """`sagen` counts as finite plural (`Die Grünen verlangen, dass`), with a modal/future
        auxiliary, or as `zu`-infinitive."""
        if self.toks[i].tag == "VVFIN":
            return True
        if i + 2 < len(self.toks) and self.toks[i + 1].text == "," and self.lower[i + 2] in _WH:
            return True
        if self.lower[i].find("zu") > 0 and self.toks[i].text[0].islower():
            return True
        start = self.clause_start(i)
        return any(
            self.lower[j] in self.lex.finite and self.lower[j] not in ("ist", "sind")
            for j in range(start, i)
        ) or (i > 0 and self.lower[i - 1] == "zu")

    def _prep_cue(self, i: int, low: str, position: str, noun_required: bool) -> Cue | None:
        if low == "nach" and i > 0 and self._cue_noun(i - 1):
            position = "after"  # postposition: `seiner Meinung nach`, `Angaben nach`
        if position == "alone":
            return Cue("prep", (i,), "report", low)
        if position == "after":  # `X zufolge`
            j = i
            while j > 0 and not self.is_boundary(j - 1) and not self.is_finite(j - 1):
                j -= 1
            if j == i:
                return None
            if noun_required and not any(self._cue_noun(k) for k in range(j, i)):
                return None
            return Cue("prep", (i,), "report", "zufolge" if low == "nach" else low)
        # before: `laut X`, `nach Angaben X`
        nxt = self.np_end(i + 1)
        if nxt <= i + 1:
            return None
        if noun_required and not any(self._cue_noun(k) for k in range(i + 1, nxt)):
            return None
        return Cue("prep", (i,), "report", low)

    def _so_cue(self, used: set[int]) -> Cue | None:
        """`..., so X.` (trailing) or `So X.`: the source follows `so` directly."""
        for i, low in enumerate(self.lower):
            if low != "so" or i in used or self.in_quote[i] or i == 0:
                continue
            if self.toks[i - 1].text not in (",", "“", "”", '"', "«", "»"):
                continue
            end = self.np_end(i + 1)
            stop = self.clause_end(end) if end < self.content_end() else end
            if end > i + 1 and not any(self.is_finite(k) for k in range(end, stop)):
                return Cue("prep", (i,), "say", "so")  # `„...“, so X (zu den Gründen).`
        return None

    def _cue_noun(self, k: int) -> bool:
        return self.is_cap(k) and self.lex.is_cue_noun(self.toks[k].text)

    # ---- noun phrases ----------------------------------------------------------------------
    def np_end(self, i: int, limit: int | None = None) -> int:
        """End (exclusive) of the source noun phrase starting at ``i``."""
        n = len(self.toks) if limit is None else limit
        j = i
        seen_noun = False
        while j < n:
            tok = self.toks[j]
            low = self.lower[j]
            if tok.start in self.quote_starts:
                q = next(q for q in self.quotes if q.start == tok.start)
                if q.words > 4:
                    break  # a real quotation, not a quoted name
                k = j
                while k < n and self.toks[k].start < q.end:
                    seen_noun = seen_noun or self.toks[k].text[0].isupper()
                    k += 1
                j = k  # a quoted name: „Bild“-Zeitung, der Sender „Channel 10“
                continue
            if self.in_quote[j] or tok.text in OPENING or tok.text in CLOSING:
                j += 1
                continue
            if tok.text == "(":
                close = next((k for k in range(j, min(n, j + 8)) if self.toks[k].text == ")"), None)
                if close is None:
                    break
                j = close + 1
                continue
            if not tok.text[0].isalnum() and tok.text not in ("-", "&", "'s"):
                break
            if self.lex.language == "de" and tok.text[0].isupper() and j > 0:
                pass  # a capitalised word inside a German sentence is a noun or name
            elif tok.pos in ("VERB", "AUX") or (self.is_finite(j) and not tok.text[0].isupper()):
                break
            adverb = tok.pos == "ADV" or tok.tag == "ADJD"
            if adverb and not (j + 1 < n and self.toks[j + 1].tag == "ADJA"):
                break  # `Offiziell`, `Insbesondere` (sentence-initial adverbs)
            if tok.pos in _NON_NP and low not in self.lex.np_inner:
                break  # tagged adverbs, prepositions, conjunctions (`Dagegen`, `Trotz`)
            partitive = j == i and j + 1 < n and self.lower[j + 1] in ("der", "des", "von")
            pron = tok.pos == "PRON" and low not in self.lex.np_inner
            if pron and (j > i or low not in self.lex.pronouns) and not partitive:
                break  # relative, demonstrative and object pronouns (`Dies`, `Ihnen`)
            if j > i and low in _NEW_NP and self.is_cap(j - 1) and tok.feat("Case") != "Gen":
                break  # `die Regierung die Anwendung ...`: a second noun phrase begins
            if low in self.lex.np_stop and low not in self.lex.np_inner:
                if not (j + 2 < n and self._adjective_like(j + 1) and tok.pos in ("", "ADV")):
                    break
                j += 1  # `nach bisher unbestätigten Berichten`
                continue
            if tok.text[0].isupper() or tok.text[0].isdigit():
                seen_noun = True
            elif low in ("von", "vom", "of") and not (
                j + 1 < n and (self.is_cap(j + 1) or self.lower[j + 1] in self.lex.np_inner)
            ):
                break  # `sprach von weniger Fällen`: a complement, not part of the name
            elif low in self.lex.np_inner or tok.pos == "ADJ" or self._adjective_like(j):
                pass
            elif (j == i or self.is_cap(j - 1)) and any(c in low[1:] for c in "-.0123456789"):
                seen_noun = True  # lower-case brand names: `des Senders n-tv`, `laut bildblog.de`
            elif self.lex.language == "en" and not self.is_finite(j) and not tok.tag:
                seen_noun = True  # English common nouns: `the city council`
            else:
                break
            j += 1
        while j > i and self.lower[j - 1] in self.lex.np_inner:
            j -= 1
        return j if seen_noun else i

    def _adjective_like(self, j: int) -> bool:
        low = self.lower[j]
        if self.toks[j].pos in ("DET", "PRON", "ADP", "VERB", "AUX"):
            return False
        if low in self.lex.np_inner or low in self.lex.np_stop:
            return False
        nxt = j + 1
        return (
            self.lex.language == "de"
            and low.endswith(("e", "en", "er", "es", "em"))
            and nxt < len(self.toks)
            and (self.is_cap(nxt) or self._adjective_like_simple(nxt))
        )

    def _adjective_like_simple(self, j: int) -> bool:
        return self.lower[j].endswith(("e", "en", "er", "es", "em")) and not self.is_finite(j)

    def np_after(self, i: int) -> Span2 | None:
        """Source phrase after a cue or preposition, with an apposition (`X, die Leiterin ...,`)."""
        end = self.np_end(i)
        if end <= i:
            return None
        if (
            end + 1 < len(self.toks)
            and self.toks[end].text == ","
            and self.lower[end + 1] in ("der", "die", "das", "ein", "eine", "the", "a")
        ):
            app_end = self.np_end(end + 1)
            if app_end > end + 2 and (app_end >= self.content_end() or self.is_boundary(app_end)):
                end = app_end
        return self.span(i, end)

    def subject_before(self, v: int) -> Span2 | None:
        """The subject when it precedes the finite verb at ``v`` (`Der Minister sagte`)."""
        end = v
        if end > 1 and self.toks[end - 1].text == ",":
            end -= 1  # `X, Sprecher von Y, sagte`
        start = self.clause_start(end)
        while start < end and self.lower[start] in _CONJ:
            start += 1
        if start >= end:
            return None
        if self.lower[start] in _WH:
            start += 1  # subordinate clause: `dass der Staatschef beschlossen habe`
            if start >= end:
                return None
        first = self.lower[start]
        if first in self.lex.clause_openers and first not in self.lex.np_inner:
            return None
        if first in self.lex.pronouns and start + 1 == end:
            return self.span(start, end)
        if self.toks[start].feat("Case") in ("Acc", "Dat"):
            return None  # an object comes first (`Den Einsatz hat die Gewerkschaft ...`)
        np_end = self.np_end(start, end)
        if np_end <= start:
            return self._subject_with_apposition(v)
        if np_end < end:
            rest = range(np_end, end)
            if any(self.is_finite(k) or self.toks[k].text in ",;:" for k in rest):
                return None
            if self.toks[np_end].pos == "ADP" or self.lower[np_end] in _ATTRIBUTE_PREPS:
                # the whole Vorfeld is the subject: `Ein Regierungssprecher in Berlin sagte`
                e = end
                while e > np_end and (self._adverb(e - 1)):
                    e -= 1
                np_end = e
            elif not all(self._adverb(k) for k in rest):
                return None
        begin = start
        while begin >= 2 and self.toks[begin - 1].text == ",":
            prev = self.clause_start(begin - 1)
            if prev < begin - 1 and self.np_end_is(prev, begin - 1):
                begin = prev
            else:
                break
        return self.span(begin, np_end)

    def _adverb(self, k: int) -> bool:
        low = self.lower[k]
        return (
            self.toks[k].pos == "ADV" or low in self.lex.np_stop or low in self.lex.clause_openers
        ) and not self.is_cap(k)

    def np_end_is(self, i: int, j: int) -> bool:
        return self.np_end(i, j) == j

    def _subject_with_apposition(self, v: int) -> Span2 | None:
        """`John Kline, ein Repräsentant aus Minnesota, sagte`: name, apposition, verb."""
        if v < 4 or self.toks[v - 1].text != ",":
            return None
        comma = next((k for k in range(v - 2, 0, -1) if self.toks[k].text == ","), None)
        if comma is None:
            return None
        start = self.clause_start(comma)
        while start < comma and self.lower[start] in _CONJ:
            start += 1
        if start >= comma or not self.np_end_is(start, comma):
            return None
        if (
            self.lower[start] in self.lex.clause_openers
            and self.lower[start] not in self.lex.np_inner
        ):
            return None
        app = range(comma + 1, v - 1)
        if not app or any(self.is_finite(k) or self.in_quote[k] for k in app):
            return None
        first = comma + 1
        if not (self.lower[first] in self.lex.np_inner or self.is_cap(first)):
            return None
        return self.span(start, v - 1)

    def subject_after(self, v: int) -> Span2 | None:
        """The subject after the verb (inversion: `..., sagte der Minister`)."""
        i = v + 1
        n = len(self.toks)
        if i < n and self.lower[i] in ("sich", "himself", "herself", "itself", "themselves"):
            i += 1
        while (
            i < n
            and self.lower[i] in self.lex.clause_openers
            and self.lower[i] not in self.lex.np_inner
        ):
            if self.is_cap(i) and i > v + 1:
                break
            i += 1
        if i >= n:
            return None
        if self.lower[i] in self.lex.pronouns:
            return self.span(i, i + 1)
        return self.np_after(i)
