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
    """Lower-cased stems per HanTa class."""

    stems: dict[str, frozenset[str]]
    ne_rank: dict[str, int]  # NE stem -> frequency bucket (0 = frequent)

    def classes(self, word: str) -> list[str]:
        """Feature values for one word: classes of the word (inflection stripped) and of its
        compound head (``Außenministerium`` -> ``NN`` via ``ministerium``)."""
        low = word.lower()
        out = []
        for cls, stems in self.stems.items():
            if low in stems:
                out.append(cls)
            else:
                for end in _NOUN_ENDINGS:
                    if low.endswith(end) and low[: -len(end)] in stems:
                        out.append(cls + "~")
                        break
        if low in self.ne_rank:
            out.append(f"NEr{self.ne_rank[low]}")
        if not out and len(low) >= 8:
            nn = self.stems.get("NN", frozenset())
            for k in range(3, len(low) - 3):
                head = low[k:]
                if head in nn or any(
                    head.endswith(e) and head[: -len(e)] in nn for e in ("en", "n", "s", "e")
                ):
                    out.append("NNhead")
                    break
        return out


@lru_cache(maxsize=1)
def load_word_classes() -> WordClasses:
    """The HanTa tables (empty when HanTa is not installed)."""
    try:
        from HanTa import HanoverTagger
    except ImportError:  # pragma: no cover - HanTa is a declared dependency
        return WordClasses({}, {})
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    stems: dict[str, frozenset[str]] = {}
    for tag, cls in _CLASSES.items():
        num = tagger.tag2int.get(tag)
        table = tagger.LP_m_t.get(num, {}) if num is not None else {}
        stems[cls] = frozenset(k for k in table if k)
    ne_table = tagger.LP_m_t.get(tagger.tag2int["NE"], {})
    rank = {k: (0 if lp > -7 else 1 if lp > -9 else 2) for k, lp in ne_table.items() if k}
    return WordClasses(stems, rank)
