"""The shipped gazetteer (``newsgraph/ner/data/gazetteer.tsv``) and inflection-aware lookups.

Kinds of entries:

``country`` ``state`` ``city`` ``town`` ``village`` ``region`` ``landscape``
    place names (countries/states/cities are GPE, regions/landscapes LOC)
``norp_adj`` ``norp_noun``
    nationality adjective stems (``nordkoreanisch``) and demonyms (``Nordkoreaner``)
``first`` ``last``
    person-name parts, incl. transliterated foreign names
``org`` ``org_acronym``
    organisation names (lower-cased phrases) and acronyms

Lookups strip German inflection: genitive ``-s`` (``Russlands``, ``Pjöngjangs``), adjective
endings (``nordkoreanischen`` -> ``nordkoreanisch``) and plural/feminine demonym endings.

The module also holds :class:`WordClasses`, word-class knowledge read at run time from the
installed HanTa German model (see the section comment below).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

GPE_KINDS = frozenset({"country", "state", "city", "town", "village"})
LOC_KINDS = frozenset({"region", "landscape"})
_ADJ_ENDINGS = ("en", "er", "es", "em", "e")
_NOUN_ENDINGS = ("innen", "in", "n", "s")


@dataclass(frozen=True)
class Gazetteer:
    """Forms -> kinds; multi-word names are indexed by their first word."""

    forms: dict[str, frozenset[str]]
    #: multi-word names by their first two lower-cased words
    lower_phrases: dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]
    adjectives: frozenset[str]
    demonyms: frozenset[str]

    def kinds(self, word: str) -> frozenset[str]:
        """Kinds of a single word, allowing German inflection (genitive, adjective endings)."""
        hit = self.forms.get(word)
        if hit is not None:
            return hit
        if len(word) > 3 and word[-1] == "s":
            base = word[:-1]
            if base[-1:] == "'" or base[-1:] == "’":
                base = base[:-1]
            hit = self.forms.get(base)
            if hit is not None:
                return hit & (GPE_KINDS | LOC_KINDS | {"first", "last", "org_acronym"})
        elif word[-1:] == "n" and len(word) > 4 and word[-2] == "e":
            hit = self.forms.get(word[:-1])  # dative plural: den Niederlanden, Philippinen
            if hit is not None and "country" in hit:
                return frozenset({"country"})
        elif word[-1:] in ("'", "’") and len(word) > 3:
            hit = self.forms.get(word[:-1])
            if hit is not None:
                return hit
        return frozenset()

    def norp(self, word: str) -> str | None:
        """``"adj"`` for an inflected nationality adjective, ``"noun"`` for a demonym."""
        low = word.lower()
        if low in self.adjectives:
            return "adj"
        if low.endswith(_ADJ_ENDINGS):  # the loop finds nothing otherwise
            for end in _ADJ_ENDINGS:
                if low.endswith(end) and low[: -len(end)] in self.adjectives:
                    return "adj"
        if word[:1].isupper():
            if word in self.demonyms:
                return "noun"
            if word.endswith(_NOUN_ENDINGS):
                for end in _NOUN_ENDINGS:
                    if word.endswith(end) and word[: -len(end)] in self.demonyms:
                        return "noun"
        return None

    def phrases_at(self, words: list[str], i: int) -> list[tuple[int, str]]:
        """Multi-word gazetteer phrases starting at ``words[i]``: ``(length, kind)``."""
        if i + 1 >= len(words):
            return []
        cands = self.lower_phrases.get((words[i].lower(), words[i + 1].lower()))
        if not cands:
            return []
        out = []
        for phrase, kind in cands:
            n = len(phrase)
            if i + n <= len(words) and all(
                words[i + k].lower() == phrase[k] for k in range(2, n)
            ):
                out.append((n, kind))
        return out


def parse_gazetteer(lines: list[str]) -> Gazetteer:
    forms: dict[str, set[str]] = {}
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    adjectives: set[str] = set()
    demonyms: set[str] = set()
    for line in lines:
        if not line or line.startswith("#"):
            continue
        form, _, kind = line.partition("\t")
        if kind == "norp_adj":
            adjectives.add(form)
        elif kind == "norp_noun":
            demonyms.add(form)
        words = form.split()
        if len(words) > 1:
            key = tuple(w.lower() for w in words)
            phrases.setdefault((key[0], key[1]), []).append((key, kind))
            continue
        forms.setdefault(form, set()).add(kind)
    return Gazetteer(
        forms={k: frozenset(v) for k, v in forms.items()},
        lower_phrases={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
        adjectives=frozenset(adjectives),
        demonyms=frozenset(demonyms),
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (empty when the data file is missing, e.g. before training)."""
    try:
        text = resources.files("newsgraph.ner").joinpath("data/gazetteer.tsv").read_text("utf-8")
    except FileNotFoundError:
        text = ""
    return parse_gazetteer(text.splitlines())


# ---- word classes from HanTa ------------------------------------------------------------------
# HanTa (LGPL) ships a morphological model trained on German newspaper text whose morpheme
# tables say which stems are proper names (NE), common nouns (NN), name or noun acronyms and
# foreign words.  A capitalised word that is a known common noun (``Regierung``) is rarely a
# name; a known NE stem (``Jelzin``) often is.  Nothing is copied from the model into
# newsgraph: the tables are read from the installed package at run time.

_HANTA_ENDINGS = ("en", "n", "es", "s", "e", "er", "ern")
_HANTA_CLASSES = {"NE": "NE", "NN": "NN", "ACR_NE": "ACRNE", "ACR_NN": "ACRNN", "FM": "FM", "ADJ": "ADJ"}


@dataclass(frozen=True)
class WordClasses:
    """Lower-cased word forms -> HanTa classes (``NN``; ``NN~`` when reached by stripping a
    German inflection ending), NE frequency buckets, and all noun forms for compound heads."""

    forms: dict[str, tuple[str, ...]]
    noun_forms: frozenset[str]

    def classes(self, word: str) -> list[str]:
        """Feature values for one word: its classes, or ``NNhead`` when a known noun ends the
        word (``Außenministerium`` -> ``ministerium``)."""
        low = word.lower()
        hit = self.forms.get(low)
        if hit is not None:
            return list(hit)
        if len(low) >= 8:
            nouns = self.noun_forms
            for k in range(3, len(low) - 3):
                if low[k:] in nouns:
                    return ["NNhead"]
        return []


def build_word_classes(stems: dict[str, frozenset[str]], ne_logprob: dict[str, float]) -> WordClasses:
    forms: dict[str, list[str]] = {}
    for cls, words in stems.items():
        for stem in words:
            forms.setdefault(stem, []).append(cls)
        for stem in words:
            for end in _HANTA_ENDINGS:
                lst = forms.setdefault(stem + end, [])
                if cls not in lst and cls + "~" not in lst:
                    lst.append(cls + "~")
    for stem, lp in ne_logprob.items():
        forms.setdefault(stem, []).append(f"NEr{0 if lp > -7 else 1 if lp > -9 else 2}")
    nn = stems.get("NN", frozenset())
    noun_forms = frozenset(
        [*nn, *(n + e for n in nn for e in ("en", "n", "s", "e")), ]
    )
    return WordClasses({k: tuple(v) for k, v in forms.items()}, noun_forms)


@lru_cache(maxsize=1)
def load_word_classes() -> WordClasses:
    """The HanTa tables (empty when HanTa is not installed)."""
    try:
        from HanTa import HanoverTagger
    except ImportError:  # pragma: no cover - HanTa is a declared dependency
        return WordClasses({}, frozenset())
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    stems: dict[str, frozenset[str]] = {}
    for tag, cls in _HANTA_CLASSES.items():
        num = tagger.tag2int.get(tag)
        table = tagger.LP_m_t.get(num, {}) if num is not None else {}
        stems[cls] = frozenset(k for k in table if k)
    ne_table = tagger.LP_m_t.get(tagger.tag2int["NE"], {})
    return build_word_classes(stems, {k: lp for k, lp in ne_table.items() if k})
