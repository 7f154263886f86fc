"""What before a finite verb cannot be its subject, although the noun-phrase reader takes it.

:meth:`.sentence.SentenceView.subject_before` reads the phrase before a finite verb as its
subject; these checks (session 12, found on wire-style German news) turn it down when

* a prepositional phrase fills the Vorfeld (`Mit Blick auf X sagte Y`, `Trotz der Kritik hielt
  X an …`, `Für Dienstag kündigte die Opposition … an`; `für` only before a time, since `Für
  Senator X ist …` names a viewpoint; never `von`: `Von der Leyen`), checked with the tagger's
  preposition tag so that a name it misreads is not taken for one;
* the phrase is the end of a list in reported content, between the comma after a Konjunktiv
  clause and the comma before a trailing frame (`Betroffen seien Angaben zu Gewicht, Schlafdauer
  und Herzfrequenz, teilte das Unternehmen mit`): a list closes with its conjunction, so an
  apposition (`X, Jean Dupont, hat …`) stays a subject;
* a comparative adjective alone opens the sentence (`Optimistischer äußerte sich X: …`; not a
  noun made of an adjective: `Überlebende schilderten, …`).

The words of time come from :mod:`.time_words`, shared with the phrase-end readers.
"""

from __future__ import annotations

from .time_words import duration_unit, temporal
from .token_view import Span2, TokenView

#: prepositions whose phrase in the Vorfeld is an adverbial, never the subject
_VORFELD_PREPS = frozenset(
    ["mit", "ohne", "gegen", "durch", "um", "bis", "zu", "zum", "zur", "aus", "unter", "neben"]
    + ["hinter", "zwischen", "wegen", "trotz", "ab", "angesichts"]
)
#: tags of words that can head a subject (an adjective alone cannot)
_NOMINAL_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS", "PRELS", "PWS", "FM", "CARD", "XY"})
#: a stretch of time opening an adverbial (`Zwei Tage nach der Wahl`, `Wenige Stunden später`)
_COUNTING = frozenset({"ein", "eine", "einen", "wenige", "einige", "mehrere", "zwei", "drei"})
_AFTER_DURATION = frozenset({"nach", "vor", "später", "zuvor", "danach", "darauf", "vorher"})


def adverbial_vorfeld(view: TokenView, start: int, end: int) -> bool:
    """The Vorfeld ``[start, end)`` opens with a preposition of an adverbial (module doc), or
    is a stretch of time before or after something (`Zwei Tage nach der Wahl hat X …`)."""
    if (
        start + 2 < end
        and (view.toks[start].tag == "CARD" or view.lower[start] in _COUNTING)
        and duration_unit(view.lower[start + 1])
        and view.lower[start + 2] in _AFTER_DURATION
    ):
        return True
    if view.toks[start].tag not in ("APPR", "APPRART"):
        return False
    first = view.lower[start]
    if first in _VORFELD_PREPS:
        return True
    nxt = start + 1
    return (
        first == "für" and nxt < end and (view.toks[nxt].tag == "CARD" or temporal(view.lower[nxt]))
    )


def list_end(view: TokenView, begin: int, v: int) -> bool:
    """The phrase at ``begin`` closes a list in reported content before the trailing frame
    whose verb is at ``v`` (module doc)."""
    if begin < 2 or view.toks[begin - 1].text != "," or view.toks[v - 1].text != ",":
        return False
    if not any(view.lower[k] in ("und", "sowie", "oder") for k in range(begin, v - 1)):
        return False
    if any(view.is_finite(k) for k in range(begin, v - 1)):
        return False  # `A und B, die lange gestritten hatten, erklärten …`: a subject
    return any(
        view.is_finite(k) and view.is_subjunctive(k) and not view.in_quote[k]
        for k in range(begin - 1)
    )


def adjective_only(view: TokenView, begin: int, end: int) -> bool:
    """``[begin, end)`` is a comparative adjective with no noun or pronoun (`Optimistischer`)."""
    tok = view.toks[begin]
    return (
        tok.tag in ("ADJA", "ADJD")
        and tok.feat("Degree") == "Cmp"  # not a noun made of an adjective: `Überlebende`
        and not any(view.toks[k].tag in _NOMINAL_TAGS for k in range(begin, end))
    )


#: endings of feminine nouns (`Anwältin`, `Regierung`, `Kommission`, `Polizei`, `Agentur`)
_FEMININE_ENDINGS = ("in", "ung", "ion", "ei", "heit", "keit", "schaft", "tät", "ur", "e")
#: masculine nouns of persons ending in `-e` (`der Experte`, `der Vorsitzende`)
_MASCULINE_E = ("experte", "zeuge", "vorsitzende", "beauftragte", "abgeordnete", "kollege", "junge")


def masculine_noun(word: str) -> bool:
    """``word`` (lower case) is not marked feminine by its ending, so `der` before it is the
    masculine nominative (`der Anwalt`, `der Experte`), not the feminine dative or genitive
    (`der Zeitung`, `der Polizei`) -- the morphology of the tagger often mistakes the two."""
    if word.endswith(_MASCULINE_E):
        return True
    return not word.endswith(_FEMININE_ENDINGS)


def object_first(view: TokenView, v: int, before: Span2, after: Span2 | None) -> bool:
    """`Das Urteil nannte der Anwalt …`: `der` and a masculine noun naming someone who can
    speak right after the verb ``v`` are its subject; the phrase ``before`` it, naming no
    one who speaks, is the object."""
    return (
        after is not None
        and view.lower[v + 1] == "der"
        and v + 2 < len(view.toks)
        and view.toks[v + 2].tag == "NN"
        and view.lex.is_source_noun(view.toks[v + 2].text)
        and masculine_noun(view.lower[v + 2])
        and not view.speaking_nominative(before)
    )


def bare_noun(view: TokenView, span: Span2) -> bool:
    """``span`` is one common noun without an article (`Gelassener`, an adjective the tagger
    read as a noun): no subject of its own before an expletive `es`."""
    words = [t for t in view.toks if span[0] <= t.start < span[1]]
    return len(words) == 1 and words[0].tag == "NN"
