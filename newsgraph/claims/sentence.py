"""A token-level view of one quote-aware sentence: word classes, clauses and noun phrases.

:class:`SentenceView` answers the questions every frame rule asks (is this word a finite verb,
where does the clause end, which noun phrase starts here, what is the subject of this verb); it
uses the nlp stage's POS tags and morphology when present and word lists otherwise."""

from __future__ import annotations

import re

from .np_words import DATIVE_QUANTIFIERS, PHRASE_QUANTIFIERS, adjective_like, quantity_starts
from .speaker_recipients import addressed_medium
from .text import CLOSING, OPENING
from .time_words import temporal
from .token_view import Span2, TokenView
from .topic_vorfeld import topic_marked
from .vorfeld_subjects import (
    adjective_only,
    adverbial_vorfeld,
    bare_noun,
    list_end,
    object_first,
)

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
#: pronouns that are nominative only: right after a finite verb they are its subject
_AFTER_VERB_SUBJECTS = frozenset({"man", "er", "ich", "wir", "du"})
#: articles that cannot be genitive: after a noun they open the next noun phrase
_NEW_NP = frozenset(["die", "das", "den", "dem", "ein", "eine", "einen", "einem", "the", "a", "an"])
#: article and pronoun forms that are nominative and accusative alike
_NOM_ACC_FORMS = frozenset(["die", "das", "eine", "ein", "keine", "diese", "dieses", "alle"])
_CONJ = frozenset(["und", "doch", "aber", "denn", "auch", "zudem", "außerdem", "and", "but"])


#: conjunctions joining two subjects; words opening a paired one (`sowohl A als auch B`)
_COORD = frozenset(["und", "sowie", "als", "oder", "noch"])
_PAIRED = frozenset(["sowohl", "weder", "entweder"])
_OPINIONS = frozenset(["meinung", "ansicht", "auffassung", "überzeugung", "einschätzung"])
_SUBJECT_PRONOUNS = frozenset({"er", "wir", "ich", "he", "we", "i"})


#: a nominalised age (`die 39-Jährige`, `des 54-Jährigen`)
_AGE_NOUN = re.compile(r"\d+-[Jj]ährige[nrs]?")


class SentenceView(TokenView):
    """Token-level view of one quote-aware sentence (cue finding is in :class:`frames.Sentence`):
    the word classes and clause limits of :class:`TokenView`, noun phrases and subjects."""

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
                j = self.quoted_compound_end(k)  # a quoted name: die „Bild“-Zeitung, „Channel 10“
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
            slash = tok.text == "/" and j > i and self.is_cap(j - 1) and self.is_cap(j + 1)
            if not tok.text[0].isalnum() and tok.text not in ("-", "&", "'s") and not slash:
                break
            if slash:
                j += 1  # `CDU / CSU-Fraktion` with a separate slash stays one name
                continue
            if (
                self.lex.language == "de"
                and tok.text[0].isupper()
                and (
                    j > 0
                    or "-" in tok.text[1:]
                    or (tok.pos == "AUX" and low not in self.lex.finite)
                )
            ):
                pass  # a capitalised word inside a German sentence is a noun or name
            elif tok.pos in ("VERB", "AUX") or (self.is_finite(j) and not tok.text[0].isupper()):
                break
            adverb = self.adverb_of_adjective(j, n)  # `das finanziell angeschlagene Land`
            if (tok.pos == "ADV" or tok.tag == "ADJD") and not adverb:
                break  # `Offiziell`, `Insbesondere` (sentence-initial adverbs)
            if (
                low == "aus"
                and j > i
                and j + 1 < n
                and self.is_cap(j + 1)
                and self.lex.is_cue_noun(self.toks[j - 1].text)
            ):
                j += 1  # `nach Angaben aus Khartum`, `Informationen aus Regierungskreisen`
                continue
            attribute = self.extended_attribute(j, n) if limit is not None else None
            if attribute is not None:
                j = attribute  # `das im TecDAX notierte Unternehmen`
                continue
            if tok.pos in _NON_NP and low not in self.lex.np_inner and not adverb:
                break  # tagged adverbs, prepositions, conjunctions (`Dagegen`, `Trotz`)
            partitive = j == i and j + 1 < n and self.lower[j + 1] in ("der", "des", "von")
            pron = tok.pos == "PRON" and low not in self.lex.np_inner
            if pron and (j > i or low not in self.lex.pronouns) and not partitive:
                break  # relative, demonstrative and object pronouns (`Dies`, `Ihnen`)
            if (
                j > i
                and low in _NEW_NP
                and (self.is_cap(j - 1) or self.toks[j - 1].text == ")")
            ):  # (none of these forms is a genitive, whatever the tagger guesses: `einen`/Gen)
                # `die Regierung die Anwendung ...`, `die Behörde (DGAC) die Sicherheit`: a
                # second noun phrase begins
                break
            if j > i and low == "der" and _AGE_NOUN.fullmatch(self.toks[j - 1].text):
                break  # `sagte die 39-Jährige der Agentur`: an age takes no genitive (a dative)
            if (
                j > i
                and tok.tag == "NN"
                and tok.text.isalpha()  # (not `Nr.` of `dem Dekret Nr. 72`)
                and self.lex.is_cue_noun(self.toks[j - 1].text)
                and self.lower[j - 1] not in self.lex.np_inner
            ):
                break  # `nach seinen Angaben Investitionen …`: a bare noun opens the content
            if low == "für" and j + 1 < n and (self.object_fuer(j) or quantity_starts(self, j + 1)):
                break  # `plädierte X für eine Senkung`, `für 184 Flugzeuge`: the verb's object
            if j > i and self.is_cap(j - 1) and quantity_starts(self, j):
                break  # `nach Angaben der Polizei 900 Menschen`: the next noun phrase is counted
            if low in self.lex.np_stop and low not in self.lex.np_inner:
                if not (j + 2 < n and adjective_like(self, j + 1) and tok.pos in ("", "ADV")):
                    break
                j += 1  # `nach bisher unbestätigten Berichten`
                continue
            if tok.text[0].isupper() or tok.text[0].isdigit():
                seen_noun = True
            elif low in ("von", "vom", "of") and not (
                j + 1 < n and (self.is_cap(j + 1) or self.lower[j + 1] in self.lex.np_inner)
            ):
                break  # `sprach von weniger Fällen`: a complement, not part of the name
            elif (
                low in self.lex.np_inner
                or tok.pos == "ADJ"
                or adverb
                or tok.tag in ("PDAT", "PPOSAT")  # `laut dieser Studie`, `nach ihren Angaben`
                or adjective_like(self, j)
                or (j == i and tok.tag == "PIAT" and low in PHRASE_QUANTIFIERS)  # `mehrere X`
            ):
                pass
            elif (j == i or self.is_cap(j - 1)) and any(c in low[1:] for c in "-.0123456789"):
                seen_noun = True  # lower-case brand names: `des Senders n-tv`, `laut bildblog.de`
            elif tok.tag in ("NE", "NN") and j > i:
                seen_noun = True  # lower-case names tagged as such: `die taz`, `eBay`
            elif self.lex.language == "en" and not self.is_finite(j) and not tok.tag:
                seen_noun = True  # English common nouns: `the city council`
            else:
                break
            j += 1
        while j > i and (
            self.lower[j - 1] in self.lex.np_inner
            # a noun phrase never ends in an attributive adjective: `laut Bilanz des Amtes der
            # zweitwärmste seit …` (a nominalised adjective of the content after the source)
            or self.toks[j - 1].tag == "ADJA" and self.toks[j - 1].text[:1].islower()
        ):
            j -= 1
        return j if seen_noun else i

    def np_after(self, i: int) -> Span2 | None:
        """Source phrase after a cue or preposition, with an apposition (`X, die Leiterin ...,`)."""
        end = self.np_end(i)
        if end <= i:
            return None
        n = len(self.toks)
        if (
            end + 1 < n
            and self.lower[end] in ("in", "im", "aus")
            and self.toks[end + 1].tag == "NE"
            and not self.in_quote[end]
        ):
            place_end = self.np_end(end + 1)  # `die Regierung in Lomé`
            if place_end > end + 1:
                end = place_end
        if end + 1 < n and self.toks[end].text == "," and not self.in_quote[end + 1]:
            first = end + 1
            article = self.lower[first] in ("der", "die", "das", "ein", "eine", "the", "a")
            named = self.toks[first].tag in ("NE", "ADJA") or (
                self.toks[first].tag == "NN" and first + 1 < n and self.toks[first + 1].tag == "NE"
            )
            if article or named:
                # apposition: `X, die Leiterin von Y,` / `der Vorsitzende von Y, Max Muster`
                app_end = self.np_end(first)
                if app_end > first + (0 if named else 1) and (
                    app_end >= self.content_end() or self.is_boundary(app_end)
                ):
                    end = app_end
        return self.span(i, end)

    def subject_before(self, v: int) -> Span2 | None:
        """The subject when it precedes the finite verb at ``v`` (`Der Minister sagte`)."""
        end = v
        if end > 1 and self.toks[end - 1].text == ",":
            end -= 1  # `X, Sprecher von Y, sagte`
        last = end
        if end < v and not self._subject_follows(v):
            end = self._skip_embedded(end)  # `X, der ... war, um ... zu feiern, gratulierte`
        start = self.clause_start(end)
        while start < end and self.lower[start] in _CONJ:
            start += 1
        if start >= end:
            return None
        verb_final = False
        if self.toks[start].tag == "KOUS" and not self._clause_final(v):
            return None  # `Als Begründung sagte X`: `als` with a noun opens no clause
        if self.lower[start] in _WH or self.toks[start].tag == "KOUS":
            start += 1  # subordinate clause: `dass der Staatschef beschlossen habe`
            verb_final = True
            if start >= end:
                return None
        elif end == v and self.relative_start(start) and self._clause_final(v):
            rel = start + (1 if self.toks[start].tag == "APPR" else 0)
            nxt = self.toks[rel + 1] if rel + 1 < end else None
            own_subject = (
                nxt is not None
                and nxt.tag in ("ART", "PPER", "NE", "NN", "PPOSAT", "PIS")
                and nxt.feat("Case") not in ("Dat", "Acc")
            )
            if rel == start and (
                (self.toks[rel].feat("Case") == "Nom" and not own_subject)
                or self._opinion_genitive(rel + 1, end)
            ):
                return self.span(rel, rel + 1)  # `..., der ... betonte, ...`: the relative pronoun
            start = rel + 1  # `bei dem sie gesagt hatte`, `den die Zeitung zitiert`
            verb_final = True
            if start >= end:
                return None
        first = self.lower[start]
        if first in self.lex.clause_openers and first not in self.lex.np_inner:
            return None
        if adverbial_vorfeld(self, start, end):
            return None  # `Mit Blick auf X sagte Y`, `Für Dienstag kündigte X … an`
        if first in self.lex.pronouns and start + 1 == end:
            return self.span(start, end)
        if v + 1 < len(self.toks) and self.lower[v + 1] in _SUBJECT_PRONOUNS:
            return None  # `Die Arbeit der Koalition bezeichnete er als ...`: object first
        if self._object_first(start, v, verb_final):
            return None  # an object comes first (`Den Einsatz hat die Gewerkschaft ...`)
        np_end = self._coordinated(start, end, self.np_end(start + (first in _PAIRED), end))
        if np_end <= start:
            return self._subject_with_apposition(v)
        if np_end < end:
            rest = range(np_end, end)
            if any(self.is_finite(k) or self.toks[k].text in ",;:" for k in rest):
                return None
            if verb_final and self.toks[start].feat("Case") in (None, "Nom"):
                pass  # objects stand between subject and verb: `nachdem X dem Richter mitteilte`
            elif self.toks[np_end].pos == "ADP" or self.lower[np_end] in _ATTRIBUTE_PREPS:
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
            if prev < begin - 1 and self._nominal(prev, begin - 1):
                begin = prev
            else:
                break
        if np_end == end < last and self.lower[end + 1] in ("unter", "darunter"):
            np_end = last  # the group's members belong to the speaker: `X, unter ihnen Y,`
        if list_end(self, begin, v) or adjective_only(self, begin, np_end):
            return None  # `Betroffen seien A, B und C, teilte X mit`; `Optimistischer …`
        return self.span(begin, np_end)

    def _coordinated(self, start: int, end: int, np_end: int) -> int:
        """End of a coordinated subject (`A und B`, `sowohl A als auch B`), else ``np_end``."""
        if not start < np_end < end - 1 or self.lower[start] in self.lex.pronouns:
            return np_end
        k = np_end + (2 if self.lower[np_end : np_end + 2] == ["als", "auch"] else 1)
        if self.lower[np_end] not in _COORD or k >= end or self.toks[k].feat("Case") == "Dat":
            return np_end
        return end if self.np_end(k, end) == end else np_end

    def _subject_follows(self, v: int) -> bool:
        """A name or nominative follows the verb at ``v`` (`Die Äußerung von X, die ..., nannte Y`)."""
        k = v + 1
        if k >= len(self.toks) or self.in_quote[k]:
            return False
        tok = self.toks[k]
        if addressed_medium(self, v):
            return False  # `X, ein Sprecher, sagte der Nachrichtenagentur Reuters`: a dative
        return tok.tag == "NE" or (tok.tag in ("ART", "PPER") and tok.feat("Case") == "Nom")

    def _skip_embedded(self, comma: int) -> int:
        """The comma before relative and infinitive clauses between a subject and its verb."""
        k = comma
        for _ in range(3):
            s = self.clause_start(k)
            if s < 2 or self.toks[s - 1].text != ",":
                break
            if self.lower[s] == "darunter" or self.lower[s : s + 2] == ["unter", "ihnen"]:
                k = s - 1  # `Die Initiatoren, unter ihnen X und Y, betonen`
                continue
            verb = any(self.is_finite(t) or self.toks[t].tag == "PTKZU" for t in range(s, k))
            relative = self.relative_start(s)
            if relative and self.toks[k - 1].tag in ("VVINF", "VAINF", "VMINF"):
                verb = True  # `, gegen den sich die Ermittlungen richten/VVINF,`: it is finite
            if not verb or not (relative or self.toks[s].tag == "KOUI"):
                break
            k = s - 1
        return k if k < comma and self.np_end_is(self.clause_start(k), k) else comma

    def _object_first(self, start: int, v: int, verb_final: bool) -> bool:
        """The Vorfeld starting at ``start`` is an object of the verb at ``v``: tagged accusative
        or dative; for a form that is nominative as well (`die`, `das`, `eine`) only when a
        nominative subject follows the verb (`Die Pläne kritisierte der Verband`), since the
        tagger's case there is a guess (`die Betreiber sprechen von ...`); in a verb-final
        clause the tagged case stands (`die Alternative, die X nannte`)."""
        case = self.toks[start].feat("Case")
        if self.lower[start] in DATIVE_QUANTIFIERS:
            case = "Dat"  # `Mehreren Ministern warfen die Anwälte … vor` (nominative `mehrere`)
        if case not in ("Acc", "Dat"):
            return False
        bare = self.toks[start].tag in ("NN", "NE")  # no article: the case is the tagger's guess
        if verb_final or (not bare and (case == "Dat" or self._clause_final(v))):
            return True
        if self.lower[start] not in _NOM_ACC_FORMS and not bare:
            return True
        nxt = v + 1
        while nxt < len(self.toks) and self.toks[nxt].tag in ("ADV", "PTKNEG"):
            nxt += 1
        if nxt >= len(self.toks) or self.in_quote[nxt] or addressed_medium(self, v):
            return False  # (`der Nachrichtenagentur X` after the verb is no nominative)
        tok = self.toks[nxt]
        return tok.feat("Case") == "Nom" and (
            tok.tag in ("NE", "NN", "PPER", "PIS")
            or (
                tok.tag in ("ART", "PPOSAT", "PDAT", "PIAT")
                and self.lower[nxt] != self.lower[start]
            )
        )

    def _clause_final(self, v: int) -> bool:
        """The verb at ``v`` ends its clause (verb-final order of subordinate clauses)."""
        k = v + 1
        n = len(self.toks)
        while k < n and self.toks[k].tag in ("VAFIN", "VMFIN", "VAINF", "VMINF", "VVINF", "PTKVZ"):
            k += 1
        return k >= n or self.is_boundary(k) or self.toks[k].text in ".!?)"

    def _named(self, span: Span2) -> bool:
        return any(span[0] <= t.start < span[1] and t.tag == "NE" for t in self.toks)

    def subject(self, v: int) -> Span2 | None:
        """The subject of the finite verb at ``v``: before it, unless the Vorfeld holds no name
        or topic adverb (`X hingegen warf Y vor`) and a named subject follows the verb (object
        first: `Die Anwendung stellte der Vorsitzende X in Frage`, `Die Äußerungen bezeichnete X`)."""
        before = self.subject_before(v)
        if v + 1 < len(self.toks) and self.lower[v + 1] in _AFTER_VERB_SUBJECTS:
            return self.span(v + 1, v + 2)  # `Alles in allem kann man`, `Gestern sagte er`
        if before is None or self._named(before) or topic_marked(self, before, v):
            return before
        nxt = self.toks[v + 1] if v + 1 < len(self.toks) else None
        if self.speaking_nominative(before) and nxt is not None and nxt.tag == "NE":
            # `Die Kanzlerin forderte Russland auf, …`: a phrase naming someone who can speak,
            # in the nominative, is the subject; the bare name after the verb is the object
            return before
        if nxt is not None and self.lower[v + 1] == "es" and bare_noun(self, before):
            # `Gelassener/NN sah es X: …`: `es` is the object, the subject follows it
            after = self.np_after(v + 2)
            if after is not None and (self._named(after) or self.speaking_nominative(after)):
                return after
        if (
            nxt is None
            or self.in_quote[v + 1]
            or not (nxt.tag == "NE" or (nxt.tag == "ART" and self.lower[v + 1] in ("der", "ein")))
        ):
            return before
        first = self.lower[next(k for k, t in enumerate(self.toks) if t.start == before[0])]
        if first in self.lex.pronouns or first in _SUBJECT_PRONOUNS:
            return before
        if addressed_medium(self, v):
            return before  # `Ein Arzt sagte der Nachrichtenagentur Reuters, …`: spoken to
        after = self.np_after(v + 1)
        if after is not None and self._named(after):
            return after
        return after if object_first(self, v, before, after) else before

    def relative_start(self, k: int) -> bool:
        """A relative clause starts at ``k`` (`der ...`, `bei dem ...`) after a comma."""
        if k == 0 or self.toks[k - 1].text != ",":
            return False
        if self.toks[k].tag == "APPR" and k + 1 < len(self.toks):
            return self.toks[k + 1].tag in ("PRELS", "PWS")
        if self.toks[k].tag == "ART" and k + 1 < len(self.toks) and self.is_finite(k + 1):
            return self.lower[k] in ("der", "die", "das")  # `Ägypten, das vorschlug, ...`
        return self.toks[k].tag == "PRELS"

    def _opinion_genitive(self, k: int, end: int) -> bool:
        """`die der Überzeugung waren`: a genitive predicate; the relative pronoun is subject."""
        return end == k + 2 and self.lower[k] == "der" and self.lower[k + 1] in _OPINIONS

    def _adverb(self, k: int) -> bool:
        low = self.lower[k]
        return (
            self.toks[k].pos == "ADV" or low in self.lex.np_stop or low in self.lex.clause_openers
        ) and not self.is_cap(k)

    def _nominal(self, i: int, j: int) -> bool:
        """Tokens ``[i, j)`` are one noun phrase, possibly with a prepositional attribute
        (`Der Fraktionsvorsitzende im Landtag`, before an apposition `, Max Muster,`)."""
        end = self.np_end(i, j)
        if end == j:
            return True
        return (
            i < end < j
            and (self.toks[end].pos == "ADP" or self.lower[end] in _ATTRIBUTE_PREPS)
            and not any(self.is_finite(k) or self.in_quote[k] for k in range(i, j))
            and self.np_end(end + 1, j) == j
        )

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
        i = self.skip_adverbials(v, i)  # `sagte auch`, `schrieb zum Beispiel die Zeitung`
        while i < n and temporal(self.lower[i]):
            i += 1  # `sagte Samstagabend X`, `erklärte Anfang Juni X`
        if i >= n:
            return None
        if self.lower[i] == "es" and i + 1 < n and self.toks[i + 1].tag in ("ART", "NE", "PPOSAT"):
            i += 1  # `hält es der Präsident für möglich`: `es` is the correlate object
        if self.lower[i] in self.lex.pronouns:
            return self.span(i, i + 1)
        if i > v + 1 and self.lower[i - 1] == "als":
            return None  # `ist aber als Verschlusssache eingestuft`: a predicate, no subject
        if (
            i > v + 1
            and self.toks[i - 1].tag in ("APPR", "APPRART")
            and self.lower[i - 1] not in ("in", "im")
            and self.toks[i].feat("Case") in ("Acc", "Dat")
        ):
            # `berichtete über einen Marsch`: the object of a preposition (not the document of
            # `steht in dem Entwurf`)
            return None
        return self.np_after(i)
