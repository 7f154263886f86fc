"""Finding attribution frames in one quote-aware sentence.

A *frame* is the part of a sentence that says who speaks: a cue (verb ``sagte``, particle verb
``teilte ... mit``, phrase ``heißt es``, preposition ``laut``/``zufolge``/``nach Angaben``) plus
its source phrase.  Each frame yields an :class:`Attr`: the content parts, the cue parts, the
speaker span as written and the form, named like the german_news_quotes types (``Direct``,
``Indirect``, ``Reported``; the free-indirect ones are added later by :mod:`.discourse`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .lexicon import FormMatch
from .particle_clause import closing_particle
from .sentence import _WH, SentenceView, Span2
from .source_phrase_limits import attributed_phrase_end, parenthesis_frame
from .source_phrases import relative_source, temporal_nach, trailing_source_end, vorfeld_verb

#: punctuation that closes a clause
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", ")", "–", "-"})
#: possessives of the first person and of the polite address: an opinion phrase with them
#: (`war meiner Meinung nach gut`, `Wie wiegt Ihrer Ansicht nach ...?`) is the voice of the
#: text itself (an interview answer or question), nobody it reports
_OWN_VOICE = frozenset({"meiner", "unserer", "Ihrer", "deiner", "eurer", "Meiner", "Unserer"})


#: kinds of free indirect speech: a content without a frame of its own, whose source is an
#: earlier frame or speaker
FREE_KINDS = frozenset({"FreeIndirect", "IndirectFreeIndirect"})


#: the verbs of saying whose own subject is the speaker of a sentence opened by `nach X`
_SAYING = frozenset({"say"})


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
    #: a claim of the record that the german_news_quotes layer does not list (nested speech act)
    record_only: bool = False
    mixed: bool = False
    #: the cue words when the german_news_quotes convention counts them as content (Reported)
    frame_cue: list[Span2] = field(default_factory=list)
    #: free indirect speech: the cue of the frame it continues (quotations inside take it)
    source_cue: list[Span2] = field(default_factory=list)
    #: reported speech in the second conjunct of its subject (`..., und kündigte Aktionen an`)
    conjunct: bool = False
    #: a speech act kept for the record only (perfect tense, `bestätigte den Vorfall`), added
    #: after the other readings and taking no part in them
    aside: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def covers(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.parts)

    @property
    def anchor(self) -> Span2:
        """Where the claim is told: its cue, else the cue counted as content (Reported), else its
        speaker phrase or the start of its content (an enclosing claim holds this)."""
        return (self.cue or self.frame_cue or [self.speaker or self.parts[0]])[0]


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
    record: bool = False  # without a complement, a claim of the record only


#: finite forms of `haben`: with one, a participle closing the clause is a perfect tense
_HABEN = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"})
#: the word of a cue of a speech-act noun framing a complement (`die Forderung, ...`)
NOUN_FRAME = "frame-noun"
#: determiners of a genitive source after a speech-act noun (`die Warnung der Polizei`)
_GENITIVE = frozenset(
    ["des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "unseres", "dieses"]
)

#: prepositions whose source may also be a speaker (`gemäß einem Sprecher`), not only a text
_SPEAKER_PREPS = frozenset(["gemäß"])  # `nach dem Präsidenten` is mostly not a source


def _from_verb(m: FormMatch, span: tuple[int, ...]) -> Cue:
    """The cue a matched speech verb gives over the tokens ``span``."""
    v = m.verb
    return Cue(
        "verb",
        span,
        v.cls,
        v.lemma,
        needs=v.needs,
        reported=v.reported,
        complement=v.complement,
        unless=v.unless,
        record=v.record,
    )


#: determiners opening a noun phrase
_DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"})

#: finite forms of `lassen`, whose infinitive is the speech act done through others (`ließ
#: mitteilen, dass …`, `lässt erklären`)
_LASSEN = frozenset({"lässt", "ließ", "ließen", "lassen", "ließe", "lasse", "lasst"})


class Sentence(SentenceView):
    """A sentence with its cues: speech verbs, phrases, prepositions and `so X`."""

    # ---- cues ------------------------------------------------------------------------------
    def find_cues(self) -> list[Cue]:
        cues: list[Cue] = []
        used: set[int] = set()
        for phrase in self.lex.phrases:
            pos = self._match_phrase(phrase.words)
            if pos and phrase.words[-1] == "laut" and not self._closes_clause(pos[-1]):
                continue  # `wurden laut Polizei ...`: the preposition, no `laut werden`
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
            if low == "danach" and self._source_danach(i):
                cues.append(Cue("prep", (i,), "report", low))
                used.add(i)
                continue
            if low == "folge" and i > 0 and self.lower[i - 1] == "zu" and i - 1 not in used:
                # `Gerüchten zu Folge`: the older spelling of the postposition `zufolge`
                folge = self._prep_cue(i - 1, "zufolge", "after", False)
                if folge:
                    cues.append(replace(folge, positions=(i - 1, i)))
                    used.update((i - 1, i))
                continue
            prep = self.lex.preps.get(low)
            if prep is not None:
                cue = self._prep_cue(i, low, prep.position, prep.noun_required)
                if cue:
                    cues.append(cue)
                    used.update(cue.positions)
                continue
            matches = self.lex.verb_matches(low) or self._particle_apart(i)
            if matches:
                cue = self._verb_cue(i, matches, used)
                if cue and cue.unless and self._unless_in_clause(cue):
                    continue  # `sollte sich der Verdacht bestätigen`: no speech act
                if cue:
                    cues.append(cue)
                    used.update(cue.positions)
        for i, tok in enumerate(self.toks):
            cls = self.lex.frame_nouns.get(tok.text)
            if cls and i not in used and not self.in_quote[i] and self.frame_noun_comma(i) > 0:
                cues.append(Cue("prep", (i,), cls, NOUN_FRAME))
                used.add(i)
        if self.lex.language == "de":
            so = self._so_cue(used)
            if so:
                cues.append(so)
        return sorted(cues, key=lambda c: c.positions[0])

    def _unless_in_clause(self, cue: Cue) -> bool:
        """A word that unmakes the verb as a cue (its ``unless``: `sich bestätigen` is to come
        true, not to confirm) stands in the verb's own clause."""
        first, last = min(cue.positions), max(cue.positions)
        lo, hi = self.clause_start(first), self.clause_end(last)
        return any(self.lower[k] in cue.unless for k in range(lo, hi) if not self.in_quote[k])

    def _closes_clause(self, i: int) -> bool:
        """The word at ``i`` ends its clause: punctuation or the sentence end follows (not a
        quotation: `laut „Computerwoche“` is the preposition)."""
        return i + 1 >= len(self.toks) or self.toks[i + 1].text in _CLAUSE_ENDS

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
                    j, limit = i, i + 7
                    while j < min(n, limit) and self.lower[j] != target:
                        name = self.short_quotation_end(j, most=3) or j
                        if name > j:
                            limit += name - j - 1  # `gegenüber der Zeitung „X“`: one word
                            j = name
                            continue
                        if self.is_boundary(j):
                            break
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
        if (self.is_cap(i) and i > 0) or (
            self.toks[i].pos in ("NOUN", "PROPN", "ADJ")
            and not self._predicative_participle(i, matches)
        ):
            return None  # `die Erklärung`, `Gesagte`, adjectival participles
        if (
            self.toks[i].tag == "VVFIN"
            and self.lower[i].startswith("ge")
            and all(m.kind == "participle" and not m.verb.lemma.startswith("ge") for m in matches)
        ):
            # a finite verb spelt like a participle is another verb: `Muslime und Kopten
            # geraten aneinander` (geraten, not the participle of raten)
            return None
        for m in matches:
            if m.kind == "separated":
                # the particle closes the clause: `teilte ... mit,` / `gab ... bekannt.`
                particle = m.verb.particle or ""
                if (
                    i > 0
                    and self.lower[i - 1] == particle
                    and (i - 1) not in used
                    and self.toks[i - 1].tag != "PTKZU"  # `Zeit zu geben`: not zugeben
                ):
                    # written apart in a subordinate clause: `wie X bekannt gab`
                    return _from_verb(m, (i - 1, i))
                # the clause end, past a name apposition or insertions (`gab am Montag, dem ...,
                # bekannt`): one walk in particle_clause
                j = closing_particle(self, i, particle)
                if j > i and j not in used:
                    return _from_verb(m, (i, j))
                continue
            if m.verb.particle and i > 0 and self.lower[i - 1] == m.verb.particle:
                return _from_verb(m, (i - 1, i))
            lassen = self._lassen_before(i) if m.kind == "infinitive" else None
            if lassen is not None and lassen not in used:
                return _from_verb(m, (lassen, i))  # `ließ (über X) mitteilen, dass …`
            if m.kind == "infinitive" and not self._infinitive_is_cue(i):
                continue
            return _from_verb(m, (i,))
        return None

    def _lassen_before(self, i: int) -> int | None:
        """The finite `lassen` whose infinitive at ``i`` is a speech verb: the speech act done
        through others (`Der Minister ließ mitteilen, dass …`, `ließ über einen Sprecher
        erklären`); its subject is the source.  Only before the complement (a comma or colon
        after the infinitive); a trailing `..., ließ er verlautbaren.` is left to the trailing
        frame rules (on train it added a second frame the gold does not have)."""
        if i + 1 >= len(self.toks) or self.toks[i + 1].text not in (",", ":"):
            return None
        for j in range(i - 1, self.clause_start(i) - 1, -1):
            if self.in_quote[j]:
                return None
            if self.lower[j] in _LASSEN and self.toks[j].tag in ("VVFIN", "VAFIN", ""):
                return j
            if self.is_finite(j) or self.toks[j].tag in ("VVINF", "VVPP", "VVIZU"):
                return None
        return None

    def _particle_apart(self, i: int) -> tuple[FormMatch, ...]:
        """A participle or infinitive of a particle verb written apart from its particle, as
        the spelling reform has it for adjective particles (`hat bekannt gegeben`, `wurde
        klar gemacht`, `will bekannt geben`): the forms of the joined verb.  Not `zu` + an
        infinitive (`nichts zu sagen` is not `zusagen`)."""
        if i == 0 or self.toks[i - 1].tag not in ("ADJD", "PTKVZ", "") or self.in_quote[i - 1]:
            return ()
        joined = self.lex.verb_matches(self.lower[i - 1] + self.lower[i])
        return tuple(
            m
            for m in joined
            if m.kind in ("participle", "infinitive") and m.verb.particle == self.lower[i - 1]
        )

    def _predicative_participle(self, i: int, matches: tuple[FormMatch, ...]) -> bool:
        """A participle the tagger read as an adjective (`ADJD`) that closes a perfect-tense
        clause before its complement (`Die Gruppen hatten angekündigt, ...`): an auxiliary of
        `haben` stands earlier in the clause and a comma or colon follows."""
        if self.toks[i].tag != "ADJD" or not any(m.kind == "participle" for m in matches):
            return False
        if i + 1 >= len(self.toks) or self.toks[i + 1].text not in ",:":
            return False
        start = self.clause_start(i)
        return any(self.lower[k] in _HABEN for k in range(start, i))

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

    def _governed_noun(self, k: int) -> bool:
        """The noun phrase ending in the noun at ``k`` is already governed, so a `nach` after it
        is a preposition, not its postposition: the object of a preposition before it (`In
        einer Stellungnahme nach dem Angriff`) or a genitive attribute of a noun (`Ergebnis
        einer Untersuchung nach dem Tod`)."""
        j = k
        while j > 0 and self.toks[j - 1].tag in ("ADJA", "CARD"):
            j -= 1
        if j > 0 and self.toks[j - 1].tag in _DETERMINER_TAGS:
            j -= 1  # one determiner opens the phrase (`gegen die ihrer Meinung nach …`)
        if j == 0:
            return False
        before = self.toks[j - 1].tag
        return before in ("APPR", "APPRART") or (before in ("NN", "NE") and j < k)

    def _prep_cue(self, i: int, low: str, position: str, noun_required: bool) -> Cue | None:
        nxt_noun = i + 1 < len(self.toks) and self._cue_noun(i + 1)
        post = i > 0 and self._cue_noun(i - 1) and not self._governed_noun(i - 1)
        if low == "nach" and post and not nxt_noun:
            position = "after"  # postposition: `seiner Meinung nach`, `Angaben nach`
            own = i > 1 and self.toks[i - 2].text in _OWN_VOICE
            if own and (i > 2 or self.toks[i - 2].text != "Ihrer"):  # not `Ihrer` = `her`
                return None  # `meiner Meinung nach`, `Ihrer Ansicht nach`: the text's own voice
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
        if relative_source(self, i):
            return Cue("prep", (i,), "report", low)  # `Gerüchte, nach denen ...`
        nxt = self.np_end(i + 1)
        # a frame opening the sentence, a parenthesis or the clause after a colon fills the
        # Vorfeld (`(nach anderen Angaben liegt ...)`)
        opening = i == 0 or (self.toks[i - 1].text in ":;(" and not self.in_quote[i - 1])
        verb = vorfeld_verb(self, i + 1) if opening and nxt <= i + 1 else None
        if verb is not None and verb[1]:
            nxt = verb[0]  # `Laut einer am Montag veröffentlichten Studie ...`: the Vorfeld
        elif nxt <= i + 2:
            nxt = max(nxt, attributed_phrase_end(self, i + 1))  # `ist laut einer am ... Studie`
        if nxt <= i + 1:
            return None
        if noun_required and not any(
            self._cue_noun(k) or (low in _SPEAKER_PREPS and self._speaker_noun(k))
            for k in range(i + 1, nxt)
        ):
            return None
        if low == "nach" and temporal_nach(self, i, nxt):
            return None  # `zwei Monate nach dem Urteil`, `nach Abschluss der Ermittlungen`
        if (
            low == "nach"
            and opening
            and self.lower[i + 1] in ("dem", "der", "den")  # (not `Nach Angaben von X sagte Y`)
            and nxt < len(self.toks)
            and self.is_finite(nxt)
            and self.lex.finite_speech_verb(self.lower[nxt], _SAYING)
        ):
            return None  # `Nach dem Urteil sagte die Mutter, …`: the verb names its speaker
        return Cue("prep", (i,), "report", low)

    def _so_cue(self, used: set[int]) -> Cue | None:
        """`..., so X.` (trailing) or `So X.`: the source follows `so` directly."""
        for i, low in enumerate(self.lower):
            if low != "so" or i in used or self.in_quote[i] or i == 0 or i + 1 in used:
                continue  # `..., so heißt es`: the phrase is the cue
            if (
                self.toks[i - 1].text not in (",", "“", "”", '"', "«", "»")
                and parenthesis_frame(self, i) is None  # `Die Brücke ist marode (so X).`
            ):
                continue
            if self._so_degree(i):
                continue  # `…, so viele wie noch nie`: a comparison, no source
            end = self.np_end(i + 1)
            if end <= i + 1:
                end = trailing_source_end(self, i + 1)  # `..., so letztere.`
            stop = self.clause_end(end) if end < self.content_end() else end
            if end > i + 1 and not any(self.is_finite(k) for k in range(end, stop)):
                return Cue("prep", (i,), "say", "so")  # `„...“, so X (zu den Gründen).`
        return None

    def _so_degree(self, i: int) -> bool:
        """The `so` at ``i`` grades the word after it (`so viele wie noch nie`, `so schnell
        wie möglich`, `so weit, dass`): a lower-case adjective or quantifier follows, or any
        word when `wie`/`dass` closes the comparison within a few words (`so gestern Abend der
        Bürgermeister` is a source)."""
        nxt = i + 1
        if nxt >= len(self.toks) or self.is_cap(nxt) or self.in_quote[nxt]:
            return False
        if self.lower[nxt].startswith(("letzter", "erster", "beide")):
            return False  # `…, so letztere`: the one named last is the source
        if self.toks[nxt].text.rsplit("-", 1)[-1][:1].isupper():
            return False  # `…, so verdi-Verhandlungsführer X`: a compound noun
        if self.toks[nxt].tag in ("ADJD", "PIAT", "PIS", "PIDAT", "ADJA"):
            return True
        stop = min(nxt + 4, len(self.toks))
        return any(self.lower[k] in ("wie", "dass") for k in range(nxt + 1, stop))

    def frame_noun_source(self, i: int) -> tuple[int, int]:
        """Token range of the source after the speech-act noun at ``i``: a genitive or `von`
        phrase (`die Forderung des Verbands`, `der Hinweis von Max Muster`); empty if none."""
        k = i + 1
        if k >= len(self.toks) or self.in_quote[k]:
            return k, k
        if self.lower[k] in ("von", "vom"):
            span = self.np_after(k + 1)
        elif self.lower[k] in _GENITIVE or self.toks[k].tag == "NE":
            span = self.np_after(k)
        else:
            return k, k
        if span is None:
            return k, k
        end = k
        while end < len(self.toks) and self.toks[end].start < span[1]:
            end += 1
        return k, end

    def frame_noun_comma(self, i: int) -> int:
        """The comma after a speech-act noun (and its source) that opens its complement: a
        `dass`/`ob` clause, a clause in Konjunktiv or a zu-infinitive (`die Forderung, die
        Steuern zu senken`, `die Aussage, es gebe keine Gefahr`); not a relative clause.
        -1 when the noun frames nothing."""
        if self.toks[i].tag not in ("NN", "") or (not self.toks[i].tag and i == 0):
            return -1
        comma = self.frame_noun_source(i)[1]
        n = len(self.toks)
        if comma + 1 < n and self.lower[comma] == "an" and not self.in_quote[comma]:
            # `Anfragen an den Provider, die Seite zu sperren`: the addressee
            comma = max(comma, self.np_end(comma + 1))
        if comma + 1 >= n or self.toks[comma].text != "," or self.in_quote[comma]:
            return -1
        first = comma + 1
        if self.lower[first] in ("dass", "ob"):
            return comma
        if self.toks[first].tag in ("PRELS", "PRELAT", "KOUS", "KOUI", "PWS", "PWAV"):
            return -1
        if self.toks[first].tag == "APPR" and (
            first + 1 >= n or self.toks[first + 1].tag in ("PRELS", "PRELAT", "PWS", "PDS")
        ):
            return -1  # `die Forderung, auf die …`: a relative clause
        stop = next(
            (k for k in range(first, n) if self.is_boundary(k) or self.toks[k].text in ".!?"), n
        )
        # a clause opening with a preposition is a complement only as a zu-infinitive (`die
        # Warnung der Wärter, auf Flüchtende zu schießen`), a finite one may be relative
        if (self.toks[first].tag != "APPR" or self._article_noun(first + 1)) and any(
            self.is_subjunctive(k) and self.is_finite(k) for k in range(first, stop)
        ):
            return comma
        zu = any(
            self.toks[k].tag == "VVIZU" or (self.toks[k].tag == "PTKZU" and k + 1 < stop)
            for k in range(first, stop)
        )
        return comma if zu and not any(self.is_finite(k) for k in range(first, stop)) else -1

    def _source_danach(self, i: int) -> bool:
        """`Danach sei die Lage ernst.`: a sentence-initial `Danach` before a verb in
        Konjunktiv points back to a text (a report, a study) like `demnach`; before an
        indicative it mostly tells what happened next (`Danach fuhr er nach Hause`)."""
        first = next((k for k, t in enumerate(self.toks) if t.text[:1].isalnum()), -1)
        if i != first or i + 1 >= len(self.toks) or not self.is_finite(i + 1):
            return False
        return self.is_subjunctive(i + 1) and self.lower[i + 1] not in ("würde", "würden")

    def _article_noun(self, k: int) -> bool:
        """`bei den Toten`: an article and a noun after a preposition, not a relative pronoun."""
        return k + 1 < len(self.toks) and self.toks[k].tag == "ART" and self.toks[k + 1].tag == "NN"

    def _speaker_noun(self, k: int) -> bool:
        return self.is_cap(k) and self.lex.is_source_noun(self.toks[k].text)

    def _cue_noun(self, k: int) -> bool:
        text = self.toks[k].text
        if "-" in text[1:] and not self.in_quote[k]:
            head = text.rsplit("-", 1)[1]  # `dpa-Informationen`: the compound's last part
            return head[:1].isupper() and self.lex.is_cue_noun(head)
        return self.is_cap(k) and self.lex.is_cue_noun(text)
