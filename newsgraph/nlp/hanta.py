"""HanTa (Hanover Tagger, LGPL, ships a German model) as word-level lexicon and as a tagger.

* :class:`HantaLexicon` answers "which STTS tags and lemmas can this word have" (HanTa's
  ``tag_word`` candidates).  The shipped tagger uses a precomputed table of these answers
  (``models/lexicon.tsv.gz``) and asks HanTa live only for words missing from it, caching the
  answers per instance.
* :class:`HantaTagger` runs HanTa's own HMM over whole sentences (``model="hanta"``): accurate
  but about 5k tokens/s, too slow for the default pipeline; kept for comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..errors import MissingDependency
from .morph import format_feats, verb_features
from .tagsets import normalise_stts, punct_stts, upos_of

Tagged = tuple[str, str, str, str]  # (UPOS, STTS, lemma, morph)


@lru_cache(maxsize=1)
def load_hanta() -> Any:
    try:
        from HanTa import HanoverTagger as ht
    except ImportError as exc:  # pragma: no cover - HanTa is a core dependency
        raise MissingDependency("HanTa", "all") from exc
    return ht.HanoverTagger("morphmodel_ger.pgz")


def hanta_stts(tag: str) -> str:
    tag = normalise_stts(tag)
    return "NN" if tag == "NNA" else tag


class HantaLexicon:
    """Word → ranked ``(STTS, lemma)`` candidates from HanTa, cached per instance."""

    def __init__(self, max_cache: int = 200_000) -> None:
        self._cache: dict[str, tuple[tuple[str, str], ...]] = {}
        self._max = max_cache

    def candidates(self, word: str) -> tuple[tuple[str, str], ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        out = analyse_word(word)
        if len(self._cache) < self._max:
            self._cache[word] = out
        return out


def analyse_word(word: str, top: int = 3) -> tuple[tuple[str, str], ...]:
    """Up to ``top`` ``(STTS, lemma)`` candidates of ``word``, most likely first."""
    tagger = load_hanta()
    try:
        ranked = tagger.tag_word(word, cutoff=top)
    except Exception:  # noqa: BLE001 - HanTa raises on odd input; treat as unknown
        return ()
    out: list[tuple[str, str]] = []
    for tag, _score in ranked[:top]:
        try:
            lemma = tagger.analyze(word, taglevel=1, pos=tag)[0]
        except Exception:  # noqa: BLE001
            lemma = word
        out.append((hanta_stts(tag), str(lemma)))
    return tuple(out)


class HantaTagger:
    """HanTa's sentence tagger with newsgraph's STTS→UPOS mapping and morphology rules."""

    name = "hanta"

    def __init__(self) -> None:
        self._tagger = load_hanta()

    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[Tagged]]:
        return [self.tag(words) for words in sentences]

    def tag(self, words: list[str]) -> list[Tagged]:
        if not words:
            return []
        raw = self._tagger.tag_sent(words, taglevel=1)
        out: list[Tagged] = []
        left: list[str] = []
        for word, (_w, lemma, tag) in zip(words, raw, strict=True):
            stts = hanta_stts(tag)
            if stts.startswith("$"):
                stts = punct_stts(word)
            feats: dict[str, str] = {}
            if stts.startswith("V"):
                verb_features(word, stts, lemma, left, feats)
            out.append((upos_of(stts), stts, lemma, format_feats(feats)))
            left.append(word.lower())
        return out
