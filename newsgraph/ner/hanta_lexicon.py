"""Word-class knowledge from the HanTa German model (``HanTa`` package, LGPL), read at run time.

HanTa ships a morphological model trained on German newspaper text whose morpheme tables say
which stems are proper names (``NE``), common nouns (``NN``), name or noun acronyms and
foreign words.  The entity tagger uses that as features: a capitalised German word that is a
known common noun (``Regierung``) is rarely a name, a known ``NE`` stem (``Jelzin``) often is.
Nothing is copied from the model into newsgraph; it is looked up from the installed package.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_NOUN_ENDINGS = ("en", "n", "es", "s", "e", "er", "ern")
_CLASSES = {"NE": "NE", "NN": "NN", "ACR_NE": "ACRNE", "ACR_NN": "ACRNN", "FM": "FM", "ADJ": "ADJ"}


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
            for end in _NOUN_ENDINGS:
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
    for tag, cls in _CLASSES.items():
        num = tagger.tag2int.get(tag)
        table = tagger.LP_m_t.get(num, {}) if num is not None else {}
        stems[cls] = frozenset(k for k in table if k)
    ne_table = tagger.LP_m_t.get(tagger.tag2int["NE"], {})
    return build_word_classes(stems, {k: lp for k, lp in ne_table.items() if k})
