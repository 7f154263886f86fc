"""The word- and clause-level part of the claims stage's sentence view: which token is a finite
verb or Konjunktiv, where a clause starts and ends, which quotation is a name inside a noun
phrase.  :class:`sentence.SentenceView` adds noun phrases and subjects on top of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import overload

from ..doc import Token
from .lexicon import Lexicon
from .tag_repair import repair_tags
from .text import CLOSING, Quote

Span2 = tuple[int, int]
_BOUNDARY = frozenset(",:;–—")
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: tags of the words before a noun inside its noun phrase (`die neue`, `seine sehr klare`)
NOUN_PHRASE_LEAD_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "ADV", "ADJD"})
#: finite forms of the passive auxiliary `werden`
PASSIVE_FINITE = frozenset({"wird", "werden", "wurde", "wurden"})
#: the same with the passive participle `worden`
PASSIVE_FORMS = PASSIVE_FINITE | {"worden"}
#: finite forms of `sein` (indicative and Konjunktiv)
SEIN_FINITE = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
#: lower-case forms of the old spelling, read as the current one everywhere
OLD_SPELLINGS: Mapping[str, str] = MappingProxyType({"daß": "dass"})
#: forms of `heißen` (`heißt es`: `es` itself names nobody)
HEISSEN = frozenset({"heißt", "hieß", "geheißen", "hiess", "heisst"})
#: German demonstratives that stand for a whole sentence in the Vorfeld (`Das berichtete X.`)
DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})


#: the words inside an extended attribute between its preposition and its adjective
_ATTRIBUTE_INNER = frozenset({"NN", "NE", "ART", "CARD", "ADJA", "ADJD", "ADV", "PPOSAT", "PDAT"})

#: two-word adverbials between a finite verb and its subject (`schrieb zum Beispiel X`)
_ADVERBIAL_PAIRS = frozenset({("zum", "beispiel"), ("unter", "anderem"), ("vor", "allem")})


#: indefinite articles (`für eine Senkung`)
_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer"})


#: tags of a clause-final infinitive or participle (`berichten`, `berichtet`)
_CLAUSE_FINAL_VERBS = frozenset({"VVINF", "VVPP", "VVIZU", "VAINF", "VMINF"})
#: tags of the words of a list of nouns (`regionale Konzerte, Lesungen und Theaterpremieren`)
_LIST_ITEM_TAGS = frozenset({"NN", "NE", "ADJA", "KON", "CARD", "TRUNC"})


class TokenView:
    """Word classes and clause limits of one quote-aware sentence's tokens."""

    def __init__(self, toks: list[Token], quotes: list[Quote], lex: Lexicon, index: int) -> None:
        self.toks = toks
        self.lex = lex
        self.index = index
        self.quotes = [q for q in quotes if toks and toks[0].start <= q.start < toks[-1].end]
        self.in_quote = [any(q.start <= t.start < q.end for q in self.quotes) for t in toks]
        # speech verbs the tagger misread, re-tagged by word order (`tag_repair.py`)
        self.toks = repair_tags(toks, self.in_quote, lex)
        # the old spelling `daß` (before 1996, Swiss and conservative copy) read as `dass`
        self.lower = [OLD_SPELLINGS.get(low, low) for low in (t.text.lower() for t in toks)]
        self.quote_starts = frozenset(q.start for q in self.quotes)

    # ---- word classes ----------------------------------------------------------------------
    def is_word(self, i: int) -> bool:
        return self.toks[i].text[0].isalnum()

    def last_word(self, lo: int, hi: int) -> int:
        """The last word token before ``hi`` and after ``lo`` (punctuation and closing marks
        skipped); ``lo`` when there is none."""
        last = hi - 1
        while last > lo and not self.is_word(last):
            last -= 1
        return last

    def is_cap(self, i: int) -> bool:
        return self.toks[i].text[0].isupper()

    def is_finite(self, i: int) -> bool:
        tok = self.toks[i]
        low = self.lower[i]
        if tok.text[0].isupper() and (i > 0 or low not in self.lex.finite):
            return False  # German nouns (`Angaben`, `Gerhardt`) and sentence-initial words
        if tok.tag in ("NN", "NE") and self._lower_case_second(i):
            return True  # `Hier sparte/NN der Präsident nicht mit Kritik`: nouns are capitalised
        if tok.tag:
            return tok.tag in FINITE_TAGS and not self._attributive_participle(i)
        if low in self.lex.finite or low in self.lex.subjunctive:
            return True
        if self._untagged_attribute(i):
            return False  # `einer am Montag veröffentlichten Mitteilung`: an attribute
        return any(m.kind in ("finite", "separated") for m in self.lex.verb_matches(low))

    def _untagged_attribute(self, i: int) -> bool:
        """Without tags: a participle of an inseparable verb inflected as an attribute between
        the words of a noun phrase (`einer am Montag veröffentlichten Mitteilung`, `die
        bestätigten Fälle`), not the preterite of the same spelling."""
        low = self.lower[i]
        return (
            0 < i < len(self.toks) - 1
            and low.startswith(("ver", "be", "er", "ent", "zer", "ge"))
            and low.endswith(("ten", "tem", "ter", "tes"))
            and self.is_cap(i + 1)
            and self.toks[i - 1].text not in ",;:"
            and (self.lower[i - 1] in self.lex.np_inner or self.is_cap(i - 1))
        )

    def speaking_nominative(self, span: Span2) -> bool:
        """``span`` opens with a nominative article (`die`, `das`, `ein(e)`; `der` only before a
        masculine noun: `der Zeitung` is dative) and its noun names someone who can speak."""
        words = [t for t in self.toks if span[0] <= t.start < span[1]]
        first = words[0].text.lower()
        if first not in ("die", "das", "ein", "eine", "der") or (
            first == "der" and words[0].feat("Gender") != "Masc"
        ):
            return False
        return any(t.tag == "NN" and self.lex.is_source_noun(t.text) for t in words)

    def modal_passive(self, k: int) -> bool:
        """The cue verb at ``k`` is a zu-infinitive after a finite `sein` of its clause (`ist
        davon auszugehen`, `ist festzustellen`): a modal passive without a speaker; not the
        complement of a predicate adjective (`war es wichtig zu betonen, dass …`)."""
        zu_infinitive = self.toks[k].tag == "VVIZU" or (
            k > 0 and self.lower[k - 1] == "zu" and self.toks[k].tag == "VVINF"
        )
        if not zu_infinitive:
            return False
        start = self.clause_start(k)
        finite = next((j for j in range(k - 1, start - 1, -1) if self.is_finite(j)), None)
        if finite is None or self.lower[finite] not in SEIN_FINITE:
            return False
        return not any(self.toks[j].tag in ("ADJD", "ADJA") for j in range(finite + 1, k))

    def _lower_case_second(self, i: int) -> bool:
        """The word at ``i`` is a lower-case verb form in the second place of a main clause
        after a one-word Vorfeld, before the subject (`Hier sparte der Präsident ...`): German
        nouns are capitalised, so a tagged noun there is the tagger's error."""
        low = self.lower[i]
        return (
            i == 1
            and low.isalpha()
            and low.endswith(("te", "ten", "t"))
            and self.is_cap(0)
            and self.toks[0].tag in ("ADV", "PROAV", "NE")
            and i + 1 < len(self.toks)
            and self.toks[i + 1].tag in ("ART", "PPER", "NE", "PPOSAT", "PDAT")
        )

    def _attributive_participle(self, i: int) -> bool:
        """A weak participle ending like a preterite that stands between a determiner with its
        adverb and a noun (`Der neu entdeckte Protoplanet`, `die zuvor vorgestellten Pläne`):
        an attribute the tagger read as a finite verb."""
        low = self.lower[i]
        if not low.endswith(("te", "ten")) or i + 1 >= len(self.toks) or i < 2:
            return False
        if self.toks[i + 1].tag != "NN":
            return False
        k = i - 1
        while k > 0 and self.toks[k].tag in ("ADJD", "ADV") and not self.is_cap(k):
            k -= 1
        return k < i - 1 and self.toks[k].tag in ("ART", "PDAT", "PPOSAT", "PIAT")

    def adverb_of_adjective(self, i: int, n: int) -> bool:
        """Token ``i`` is an adverb or negation (a chain of up to three) before an attributive
        adjective inside a noun phrase (`das finanziell angeschlagene Land`, `ein nicht
        genannter Vertreter`, `der erst kürzlich ernannte Bischof`)."""
        k = i
        while k < min(n, i + 3) and self.toks[k].tag in ("ADV", "ADJD", "PTKNEG"):
            if self.is_cap(k) and k > i:
                return False
            k += 1
        return i < k < n and self.toks[k].tag == "ADJA"

    def extended_attribute(self, i: int, n: int) -> int | None:
        """Token ``i`` is a preposition right after a determiner that opens an extended
        attribute (`das im TecDAX notierte Unternehmen`, `der am Montag veröffentlichte
        Bericht`): the index of the attributive adjective that closes it before its noun, else
        None. Only the words of a short noun phrase stand between (no comma, no verb)."""
        if i == 0 or self.toks[i].tag not in ("APPR", "APPRART"):
            return None
        if self.toks[i - 1].tag not in ("ART", "PDAT", "PPOSAT", "PIAT"):
            return None
        for k in range(i + 1, min(n - 1, i + 7)):
            tag = self.toks[k].tag
            if tag == "ADJA" and not self.is_cap(k) and self.toks[k + 1].tag in ("NN", "NE"):
                return k if k > i + 1 else None
            if tag not in _ATTRIBUTE_INNER or self.in_quote[k]:
                return None
        return None

    def skip_adverbials(self, v: int, i: int) -> int:
        """First token from ``i`` on after the adverbials that open the middle field behind the
        finite verb at ``v`` (`sagte auch`, `schrieb zum Beispiel die Zeitung`): the clause
        openers of the lexicon and the adverbial phrases of `_ADVERBIAL_PAIRS` (any other
        adverb may stand before an object: `hatte stets Fehler eingeräumt`)."""
        n = len(self.toks)
        while i < n and not self.in_quote[i]:
            low = self.lower[i]
            if tuple(self.lower[i : i + 2]) in _ADVERBIAL_PAIRS:
                i += 2
                continue
            opener = low in self.lex.clause_openers and low not in self.lex.np_inner
            if not opener or (self.is_cap(i) and i > v + 1):
                break
            i += 1
        if self._after_fronted_dass(v):
            # `Dass ..., bestätigte am Montag auf Anfrage ein Sprecher`: the frame of a fronted
            # `dass` clause has its subject in the middle field, behind time and place
            from .middle_field import subject_start  # (middle_field reads this module)

            return subject_start(self, v, []) or i
        return i

    def _after_fronted_dass(self, v: int) -> bool:
        """The finite verb at ``v`` follows the comma that closes a `dass` clause opening the
        sentence (past opening quotation marks): the first comma of the sentence."""
        if v < 3 or self.toks[v - 1].text != "," or self.in_quote[v - 1]:
            return False
        first = next((k for k in range(v) if self.is_word(k)), None)
        if first is None or self.lower[first] != "dass" or self.in_quote[first]:
            return False
        return not any(self.toks[k].text == "," for k in range(first, v - 1))

    def object_fuer(self, j: int) -> bool:
        """`für` at ``j`` with an indefinite noun phrase after a name or a counted noun opens
        the verb's object, no attribute of the name (`plädierte Portugal für eine Senkung`,
        `sprachen sich 75 Prozent für eine Offenlegung aus`); after other nouns it belongs to
        them (`der Entwurf für ein Gesetz`, `der Beauftragte für die Region`)."""
        if j < 1 or j + 1 >= len(self.toks) or self.lower[j + 1] not in _INDEFINITE:
            return False
        return self.toks[j - 1].tag == "NE" or (j > 1 and self.toks[j - 2].tag == "CARD")

    def is_subjunctive(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.feat("Mood") == "Sub":
            return True
        if self.lower[i] in self.lex.subjunctive and tok.pos not in ("NOUN", "PROPN"):
            return True
        # a third person singular in `-e` is no indicative (that ends in `-t`): the Konjunktiv I
        # the tagger missed (`die Polizei ermittle`)
        return (
            tok.tag == "VVFIN"
            and tok.feat("Person") == "3"
            and tok.feat("Number") == "Sing"
            and konjunktiv1_form(self.lower[i], (tok.lemma or "").lower())
        )

    def is_boundary(self, i: int) -> bool:
        return self.toks[i].text in _BOUNDARY or self.toks[i].start in self.quote_starts

    def span(self, i: int, j: int) -> Span2:
        """Character span of tokens ``[i, j)``."""
        return self.toks[i].start, self.toks[j - 1].end

    @overload
    def index_at(self, offset: int) -> int | None: ...
    @overload
    def index_at(self, offset: int, default: int) -> int: ...
    def index_at(self, offset: int, default: int | None = None) -> int | None:
        """Index of the first token starting at character ``offset`` (``default`` if none)."""
        return next((i for i, t in enumerate(self.toks) if t.start == offset), default)

    def indices_of(self, spans: Iterable[tuple[int, int]]) -> list[int]:
        """Indices of the tokens that start inside any of ``spans`` (a cue's words)."""
        spans = list(spans)
        return [i for i, t in enumerate(self.toks) if any(s <= t.start < e for s, e in spans)]

    def indices_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens lying wholly inside characters ``[start, end)``."""
        return [i for i, t in enumerate(self.toks) if start <= t.start and t.end <= end]

    def index_ending_at(self, offset: int) -> int | None:
        """Index of the first token ending at character ``offset`` (None if none)."""
        return next((i for i, t in enumerate(self.toks) if t.end == offset), None)

    def clause_end(self, i: int) -> int:
        """Index of the first boundary token at or after ``i`` (or the sentence end)."""
        n = len(self.toks)
        while i < n and not (self.is_boundary(i) and not self.in_quote[i]) and not self._final(i):
            i += 1
        return i

    def clause_start(self, i: int) -> int:
        verb = i
        while i > 0:
            if self.toks[i - 1].text == ")":
                # a parenthesis is part of the clause: `X (Y, Z) sagte`
                k = next(
                    (k for k in range(i - 2, max(-1, i - 14), -1) if self.toks[k].text == "("),
                    None,
                )
                if k is not None:
                    i = k
                    continue
            if self.is_boundary(i - 1):
                if self._list_comma(i - 1, verb):
                    i -= 1  # `über Konzerte, Lesungen und Theater berichten`: one clause
                    continue
                break
            if self.toks[i - 1].text in CLOSING:
                inner = self.name_quote_start(i - 1)
                if inner is None:
                    inner = self._predicate_quote_start(i - 1)
                if inner is None:
                    inner = self._attribute_quote_start(i - 1)
                if inner is None:
                    break
                i = inner
                continue
            i -= 1
        return i

    def _list_comma(self, comma: int, verb: int) -> bool:
        """The comma at ``comma`` joins the items of a list of nouns that runs up to the
        clause-final infinitive or participle at ``verb`` (`werde der Sender über Konzerte,
        Lesungen und Theater berichten`): no clause starts after it, a clause after a comma
        opens with a subordinator, a relative pronoun or a verb."""
        if (
            self.toks[comma].text != ","
            or not self.toks[verb].tag.startswith("V")
            or comma < 1
            or self.toks[comma - 1].tag not in ("NN", "NE")
            or self.toks[comma + 1].tag not in ("NN", "NE", "ADJA")
        ):
            return False
        words = range(comma + 1, verb)
        if not all(self.toks[k].tag in _LIST_ITEM_TAGS for k in words) or not any(
            self.lower[k] in ("und", "oder", "sowie") for k in words
        ):
            return False
        if self.toks[verb].tag in _CLAUSE_FINAL_VERBS:
            return True
        # a verb tagged finite (`berichten`) ends the list only when the clause before the
        # comma waits for it: an auxiliary or modal and no full verb (`Er kam nach Hause, Frau
        # und Kinder schliefen`: a clause of its own)
        before = range(self.clause_start(comma), comma)
        tags = [self.toks[k].tag for k in before]
        return any(t in ("VAFIN", "VMFIN") for t in tags) and not any(
            t.startswith("VV") for t in tags
        )

    def short_quotation_end(self, k: int, most: int = 4) -> int | None:
        """Token index after the quotation opening at ``k`` when it has one to ``most`` words (a
        quoted name: `der Sender „Channel 10“`, `gegenüber der Zeitung „Kurier“`); None when no
        quotation opens at ``k`` or it is longer (a real quotation)."""
        if k >= len(self.toks) or self.toks[k].start not in self.quote_starts:
            return None
        quote = next(q for q in self.quotes if q.start == self.toks[k].start)
        if not 1 <= quote.words <= most:
            return None
        end = k
        while end < len(self.toks) and self.toks[end].start < quote.end:
            end += 1
        return end

    def quoted_compound_end(self, end: int) -> int:
        """`die „Bild“-Zeitung`: a hyphen right after the closing mark joins the quoted name
        to the noun it qualifies; the token index of that noun, or after a `-Zeitung` read as
        one token (else ``end``)."""
        n = len(self.toks)
        if end >= n:
            return end
        text = self.toks[end].text
        if text == "-" and end + 1 < n and self.toks[end + 1].tag in ("NN", "NE"):
            return end + 1  # the noun is next (a hyphen, never a dash `–`, even written apart)
        glued = self.toks[end].start == self.toks[end - 1].end
        if glued and len(text) > 2 and text[0] == "-" and text[1].isupper():
            return end + 1  # (`-Zeitung` as one token)
        return end

    def _short_quote_openings(self, close: int, most: int) -> Iterator[int]:
        """Token index (never the first) of the opening mark of each quote of at most ``most``
        words that closes at ``close``."""
        end = self.toks[close].end
        for q in self.quotes:
            if q.end == end and q.words <= most:
                k = self.index_at(q.start)
                if k is not None and k > 0:
                    yield k

    def name_quote_start(self, close: int) -> int | None:
        """Token index of the opening mark when the quote closing at ``close`` is a name inside a
        noun phrase (`der Sender „Channel 10“`): short and right after a capitalised word."""
        for k in self._short_quote_openings(close, 4):
            if self.is_cap(k - 1) and self.is_word(k - 1):
                return k
            if k > 1 and attached_name(self, k):
                # `Ein Sprecher der „Acme AG“`, `Die Sprecherin von „Ärzte ohne Grenzen“`
                return k
        return None

    def _predicate_quote_start(self, close: int) -> int | None:
        """Token index of the opening mark when the quote closing at ``close`` is a short
        predicate after `als` (`wurde als „extrem“ bezeichnet`): part of the clause."""
        return next(
            (k for k in self._short_quote_openings(close, 6) if self.lower[k - 1] == "als"), None
        )

    def _attribute_quote_start(self, close: int) -> int | None:
        """Token index of the opening mark when the quote closing at ``close`` is a short term
        after a determiner or attributive adjective (`seines sogenannten „Bäderkonzepts
        2020“`): the head of a noun phrase, part of the clause; no speech opens there."""
        return next(
            (
                k
                for k in self._short_quote_openings(close, 4)
                if self.toks[k - 1].tag in _ATTRIBUTE_TAGS
            ),
            None,
        )

    def _final(self, i: int) -> bool:
        return i == len(self.toks) - 1 and self.toks[i].text in ".!?"

    def content_end(self) -> int:
        """Token index after the last content token (drops final punctuation)."""
        j = len(self.toks)
        while j > 0 and self.toks[j - 1].text in ".!?" and not self.in_quote[j - 1]:
            j -= 1
        return j


#: tags of the words a quoted head noun can follow inside its noun phrase
_ATTRIBUTE_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA"})
#: words that attach a quoted name to the noun before them (`Sprecher der „X“`, `Chef von „X“`)
_NAME_LINKS = frozenset({"der", "des", "von", "vom"})


def attached_name(view: TokenView, k: int) -> bool:
    """The quotation opening at ``k`` is a capitalised name attached by a genitive article or
    `von` to the noun before it (`Ein Sprecher der „Acme AG“`)."""
    return (
        view.lower[k - 1] in _NAME_LINKS
        and view.is_cap(k - 2)
        and view.is_word(k - 2)
        and k + 1 < len(view.toks)
        and view.is_word(k + 1)
    )


def konjunktiv1_form(low: str, lemma: str) -> bool:
    """``low`` is the Konjunktiv I singular of the verb ``lemma``: stem + `e` (`plane`,
    `arbeite`; `ermittele`, `ändere`), or with the `e` of `-eln`/`-ern` dropped (`ermittle`)."""
    if len(lemma) < 4 or not lemma.endswith("n") or not low.endswith("e"):
        return False
    if low == lemma[:-1]:
        return True
    return lemma.endswith(("eln", "ern")) and low == lemma[:-3] + lemma[-2] + "e"
