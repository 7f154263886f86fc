"""Analysis of words missing from the lexicon: inflected forms and German compounds.

German writes compounds as one word (``Küchen|monteure``, ``Bevölkerungs|wachstums``) and
inflects the last element, so most words a lexicon lacks are a known head with a modifier in
front, or a known word with an inflection ending it does not list.  :class:`CompoundAnalyser`
reads an unknown word

* as an **inflected known word** (:meth:`~CompoundAnalyser.inflected`): noun + case/plural
  ending (``Lehrers``, ``Defiziten``, umlaut plurals ``Sätze`` → ``Satz``), feminine ``-in``
  of a known noun (``Beraterin``), genitive of a name (``Kapstadts``), adjective + declension
  ending (``angenehmer``; comparatives ``feineren``; present participles ``begleitenden``),
  weak verb + past ending (``demonstrierte`` → ``demonstrieren``);
* otherwise as a **compound** (:meth:`~CompoundAnalyser.split`): its longest head (last
  element, at least four letters) with an open-class reading — noun or name for capitalised
  words, adjective or verb for lowercase ones, never a function word (``Küchenmonteure`` is
  not ``…|eure``) — whose modifier is a known word after removing a linking element
  (-s-, -es-, -n-, -en-, -er-, -e-, -ns-, -ens-: ``Regierung|s|sprecher``), a verb stem
  (``Wohn|zimmer``) or itself such a compound.  Without such a modifier the longest head of
  five or more letters is taken (``Mitter|rand``), which the tagger's unknown-word features
  mark as an implausible split (often a foreign name).

The candidates are the head's readings with the modifier glued to the lemma
(``Küchenmonteure`` → NN ``Küchenmonteur``).  Everything is looked up in the shipped table
only (no HanTa at run time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

Candidates = tuple[tuple[str, str], ...]

_VERB_TAGS = frozenset({"VVFIN", "VVINF", "VVPP", "VVIZU", "VVIMP"})
#: STTS tags the head (last element) of a capitalised / lowercase compound can have
_NOUN_HEAD_TAGS = frozenset({"NN", "NE"})
_LOWER_HEAD_TAGS = frozenset({"ADJA", "ADJD"}) | _VERB_TAGS
#: readings that make a word a plausible compound modifier (open classes)
_MODIFIER_TAGS = _NOUN_HEAD_TAGS | _LOWER_HEAD_TAGS | {"ADV", "CARD", "NNI"}
#: linking elements between compound parts (Fugenelemente)
LINKS = ("ens", "es", "en", "er", "ns", "s", "n", "e")
#: case/plural endings a noun may carry beyond its lexicon form, shortest first (``Züchter|n``,
#: not ``Zücht|ern``); ``-er`` plurals are left out: a stem + ``er`` is mostly an agent noun
#: (``Spieler``, ``Wähler``), not a plural
_NOUN_ENDINGS = ("s", "n", "e", "es", "en", "ns")
#: adjective declension endings
_ADJ_ENDINGS = ("em", "en", "er", "es", "e")
#: weak past-tense endings of verbs (``demonstrierte`` → ``demonstrieren``)
_PAST_ENDINGS = ("test", "tet", "ten", "te")
_UMLAUT = {"ä": "a", "ö": "o", "ü": "u"}
#: shortest head (compound element) analysed, with and without a plausible modifier
MIN_HEAD = 4
MIN_HEAD_ALONE = 5


def _without_umlaut(stem: str) -> str:
    """``stem`` with its last umlaut undone (``Sätz`` → ``Satz``); ``""`` when it has none."""
    for i in range(len(stem) - 1, 0, -1):
        if stem[i] in _UMLAUT:
            return stem[:i] + _UMLAUT[stem[i]] + stem[i + 1 :]
    return ""


@dataclass(frozen=True)
class Split:
    """A word analysed as modifier + head: ``word[:at]`` + ``word[at:]``."""

    at: int
    candidates: Candidates
    plausible: bool  # the modifier is a known word, a linked one or itself a compound


class CompoundAnalyser:
    """Readings of unknown words from a lexicon table (see the module doc)."""

    def __init__(self, table: Mapping[str, Candidates], *, capital_lower: bool = True) -> None:
        self.table = table
        self.capital_lower = capital_lower

    def _tags(self, word: str) -> set[str]:
        return {t for t, _ in self.table.get(word, ())}

    # -- inflection -----------------------------------------------------------------------
    def inflected(self, word: str) -> Candidates:
        """Readings of ``word`` as an inflected form of a known word: noun + case/plural
        ending (``Lehrers``, ``Defiziten``, ``Sätze``), feminine ``-in`` of a known noun
        (``Berater|in``), genitive of a name (``Albaniens``), adjective + declension ending
        (``angenehmer``, comparatives ``feineren``, present participles ``begleitenden``),
        weak verb + past ending (``demonstrierte``)."""
        if word[:1].isupper():
            return self._inflected_noun(word)
        return self._inflected_lower(word)

    def _inflected_noun(self, word: str) -> Candidates:
        table = self.table
        for end in ("innen", "in"):
            stem = word[: -len(end)]
            if word.endswith(end) and len(stem) >= 4 and "NN" in self._tags(stem):
                return (("NN", stem + "in"),)
        for end in _NOUN_ENDINGS:
            stem = word[: -len(end)]
            if len(stem) < 4 or not word.endswith(end):
                continue
            plain = _without_umlaut(stem) if end in ("e", "en") else ""
            allowed = ("NN", "NE") if end == "s" else ("NN",)
            out = tuple(
                dict.fromkeys(
                    (t, lemma)
                    for t, lemma in (*table.get(stem, ()), *table.get(plain, ()))
                    if t in allowed
                )
            )
            if out:
                return out
        return ()

    def _inflected_lower(self, word: str) -> Candidates:
        table = self.table
        out: list[tuple[str, str]] = list(self._verb_forms(word))
        for end in _PAST_ENDINGS:
            stem = word[: -len(end)]
            if len(stem) >= 3 and word.endswith(end):
                inf = next((stem + e for e in ("en", "n") if "VVINF" in self._tags(stem + e)), "")
                if inf:
                    out.append(("VVFIN", inf))
                break
        for end in _ADJ_ENDINGS:
            stem = word[: -len(end)]
            if len(stem) < 3 or not word.endswith(end):
                continue
            for base in (stem, stem[:-2] if stem.endswith("er") else ""):  # comparative
                lemma = next((lem for t, lem in table.get(base, ()) if t == "ADJD"), "")
                if not lemma and base.endswith("end") and "VVINF" in self._tags(base[:-1]):
                    lemma = base  # present participle of a known verb
                if lemma:
                    out.append(("ADJA", lemma))
                    break
            break
        return tuple(out)

    def _infinitive(self, word: str, p: int = 0) -> bool:
        """``word`` is a known infinitive, or (``p`` ≥ 2) a known word (a verb particle:
        ``klar``, ``hervor``) followed at ``p`` by one."""
        return "VVINF" in self._tags(word) or (
            p >= 2 and word[:p] in self.table and "VVINF" in self._tags(word[p:])
        )

    def _verb_forms(self, word: str) -> Candidates:
        """``zu``-infinitives of separable verbs (``abzuholen`` → ``abholen``) and ``ge``-
        participles (``gefreut`` → ``freuen``, ``zugeschaut`` → ``zuschauen``, ``geblasen``
        → ``blasen``) of known infinitives."""
        out: list[tuple[str, str]] = []
        for p in range(2, len(word) - 5):
            if word.startswith("zu", p) and self._infinitive(word[:p] + word[p + 2 :], p):
                out.append(("VVIZU", word[:p] + word[p + 2 :]))
                break
        for p in range(0, len(word) - 4):
            if p == 1 or not word.startswith("ge", p):
                continue
            core = word[:p] + word[p + 2 :]
            infs = [core] if core.endswith("en") else []
            for end in ("et", "t"):
                if core.endswith(end):
                    infs += [core[: -len(end)] + "en", core[: -len(end)] + "n"]
                    break
            inf = next((i for i in infs if self._infinitive(i, p)), "")
            if inf:
                out.append(("VVPP", inf))
                break
        return tuple(out)

    # -- heads and modifiers --------------------------------------------------------------
    def head_candidates(self, head: str) -> Candidates:
        """Open-class readings of ``head`` as it stands or inflected."""
        tags = _NOUN_HEAD_TAGS if head[:1].isupper() else _LOWER_HEAD_TAGS
        own = tuple(c for c in self.table.get(head, ()) if c[0] in tags)
        return own or self.inflected(head)

    def known_modifier(self, modifier: str, noun: bool, depth: int = 0) -> bool:
        """``modifier`` is a known open-class word once a linking element is removed
        (``Regierung|s``, ``Küche|n``, ``Kind|er``), a verb stem in a noun (``Wohn|zimmer``
        ← ``wohnen``) or itself a compound."""
        if len(modifier) < 3:
            return False
        cap = modifier[:1].upper() + modifier[1:]
        low = modifier.lower()
        stems = [cap] + [cap[: -len(link)] for link in LINKS if low.endswith(link)]
        for stem in stems:
            if len(stem) >= 3 and (
                self._tags(stem) & _MODIFIER_TAGS or self._tags(stem.lower()) & _MODIFIER_TAGS
            ):
                return True
        if noun and any("VVINF" in self._tags(low + e) for e in ("en", "n")):
            return True
        if depth < 2 and len(modifier) >= 6:
            return self.split(cap, depth=depth + 1, need_plausible=True) is not None
        return False

    def split(
        self,
        word: str,
        *,
        depth: int = 0,
        need_plausible: bool = False,
        min_head: int = MIN_HEAD,
        min_modifier: int = 2,
    ) -> Split | None:
        """The longest head of ``word`` (``min_head`` letters or more, after a modifier of
        ``min_modifier`` or more) with an open-class reading whose modifier is a plausible
        word; failing that (unless ``need_plausible``), its longest open-class head of
        :data:`MIN_HEAD_ALONE` letters or more (``Mitter|rand``: often a foreign name)."""
        upper = word[:1].isupper()
        fallback: Split | None = None
        n = len(word)
        for i in range(min_modifier, n - min_head + 1):
            head = word[i:]
            head = head[:1].upper() + head[1:] if upper else head
            cands = self.head_candidates(head)
            if not cands:
                continue
            if self.known_modifier(word[:i], upper, depth):
                return Split(i, cands, True)
            if fallback is None and n - i >= max(MIN_HEAD_ALONE, min_head) and not need_plausible:
                fallback = Split(i, cands, False)
        return fallback

    def candidates(self, word: str) -> tuple[int, Candidates]:
        """Where the head of an unknown word starts (0: the word is an inflected known word
        or has no known head) and its candidates, the modifier glued to each lemma.  A
        capitalised word whose lowercase form is a known or inflected adjective or verb
        (``Russische`` at the start of a sentence) gets those readings first."""
        lower: Candidates = ()
        if self.capital_lower and word[:1].isupper() and not word.isupper():
            low = word.lower()
            lower = tuple(c for c in self.table.get(low, ()) if c[0] in _LOWER_HEAD_TAGS)
            lower = lower or self._inflected_lower(low)
        at, cands = self._analyse(word)
        return (0, lower + cands) if lower else (at, cands)

    def _analyse(self, word: str) -> tuple[int, Candidates]:
        whole = self.inflected(word)
        if whole:
            return 0, whole
        found = self.split(word)
        if found is None:
            return 0, ()
        prefix = word[: found.at]
        upper = word[:1].isupper()
        return found.at, tuple(
            (t, prefix + (lemma[:1].lower() + lemma[1:] if upper else lemma))
            for t, lemma in found.candidates
        )
