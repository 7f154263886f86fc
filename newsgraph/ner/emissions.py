"""Emission scores of many sentences at once, with exactly the arithmetic of the one-sentence path.

:meth:`EntityTagger.emissions <newsgraph.ner.tagger.EntityTagger.emissions>` scores a sentence
as: each word's five cached group vectors (own, as word -1, +1, -2, +2; see
:meth:`~newsgraph.ner.features.FeatureExtractor.word_groups`), added in that order, then the
sentence's context features (:meth:`~newsgraph.ner.features.FeatureExtractor.extras`) added
through one running sum over the sentence (:meth:`~newsgraph.ner.crf.CrfWeights.add_emissions`).
:class:`EmissionTable` computes the same numbers for a batch of sentences with a few numpy
calls instead of a dozen per sentence and per new word:

* the group vectors of all new words of a batch come from one padded gather and one cumulative
  sum along each word's own features (``cumsum`` accumulates sequentially, so each row equals the
  one-word computation bit for bit);
* the context features are mapped to weight rows without building the feature strings for the
  part-of-speech and position features, and summed with one padded running sum per sentence.

Floating-point sums depend on their order, so every sum here runs over the same terms in the
same order as the one-sentence path; ``tests/test_ner_model.py`` checks equality bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .crf import CrfWeights
from .features import FeatureExtractor

_N_GROUPS = 5
_WORD_BATCH = 256


def _padded_running_sums(state: np.ndarray, rows: Sequence[Sequence[int]]) -> np.ndarray:
    """``[len(rows), max_len + 1, labels]``: per row list, 0 then the running sums of its
    weight rows (what ``add_emissions`` computes for one list)."""
    width = max(len(r) for r in rows)
    idx = np.zeros((len(rows), width), dtype=np.intp)
    for k, r in enumerate(rows):
        idx[k, : len(r)] = r
    cum = np.empty((len(rows), width + 1, state.shape[1]))
    cum[:, 0] = 0.0
    np.cumsum(state[idx], axis=1, out=cum[:, 1:])
    return cum


class EmissionTable:
    """Per-word group vectors of one tagger (grown on demand) and batched sentence emissions."""

    def __init__(
        self, weights: CrfWeights, features: FeatureExtractor, max_words: int = 200_000
    ) -> None:
        self.weights = weights
        self.features = features
        self.max_words = max_words
        self.rows: dict[str, int] = {}
        self.vectors = np.zeros((1024, _N_GROUPS, len(weights.labels)))
        attrs = weights.attributes
        self._bias = attrs.get("bias")
        self._bos = attrs.get("BOS")
        self._eos = attrs.get("EOS")
        self._tag_ids: dict[tuple[str | None, str, str | None], list[int]] = {}

    # ---- word vectors ---------------------------------------------------------------------
    def word_rows(self, words: Sequence[str]) -> np.ndarray:
        """Rows of ``self.vectors`` for ``words`` (computing the vectors of new words)."""
        rows = self.rows
        if len(rows) + len(words) > self.max_words:
            rows.clear()  # bounded memory: start over rather than grow without limit
        new = [w for w in dict.fromkeys(words) if w not in rows]
        for k in range(0, len(new), _WORD_BATCH):
            self._add_words(new[k : k + _WORD_BATCH])
        return np.fromiter(map(rows.__getitem__, words), dtype=np.intp, count=len(words))

    def _add_words(self, words: list[str]) -> None:
        get = self.weights.attributes.get
        cols: list[list[int]] = []
        bounds: list[list[int]] = []
        for word in words:
            ids: list[int] = []
            b = [0]
            for feats in self.features.word_groups(word):
                ids.extend([i for i in map(get, feats) if i is not None])
                b.append(len(ids))
            cols.append(ids)
            bounds.append(b)
        if max(map(len, cols)) == 0:
            diff = np.zeros((len(words), _N_GROUPS, self.vectors.shape[2]))
        else:
            cum = _padded_running_sums(self.weights.state, cols)
            b_arr = np.asarray(bounds, dtype=np.intp)
            w_idx = np.arange(len(words))[:, None]
            diff = cum[w_idx, b_arr[:, 1:]] - cum[w_idx, b_arr[:, :-1]]
        first = len(self.rows)
        need = first + len(words)
        if need > len(self.vectors):
            grown = np.zeros((max(need, 2 * len(self.vectors)), *self.vectors.shape[1:]))
            grown[:first] = self.vectors[:first]
            self.vectors = grown
        # ``zeros += diff`` in the one-word path: 0.0 + x (turns -0.0 into 0.0 as it did)
        self.vectors[first:need] = diff + 0.0
        for k, word in enumerate(words):
            self.rows[word] = first + k

    # ---- context features -----------------------------------------------------------------
    def _tag_window(self, prev: str | None, tag: str, nxt: str | None) -> list[int]:
        """Rows of a token's part-of-speech features (``pos=``, ``-1pos=``, ``pos2=``,
        ``+1pos=``, in that order) given its tag and its neighbours' (``None`` at the edges)."""
        get = self.weights.attributes.get
        feats = ["pos=" + tag]
        if prev is not None:
            feats += ["-1pos=" + prev, f"pos2={prev}|{tag}"]
        if nxt is not None:
            feats.append("+1pos=" + nxt)
        return [i for i in map(get, feats) if i is not None]

    def extra_ids(self, words: Sequence[str], tags: Sequence[str] | None) -> list[list[int]]:
        """Weight rows of :meth:`FeatureExtractor.extras`, per token, in its order."""
        n = len(words)
        get = self.weights.attributes.get
        lows = [w.lower() for w in words]
        bias = self._bias
        out: list[list[int]] = [[bias] if bias is not None else [] for _ in range(n)]
        if tags is not None and len(tags) == n:
            windows = self._tag_ids
            for i, tag in enumerate(tags):
                key = (tags[i - 1] if i else None, tag, tags[i + 1] if i + 1 < n else None)
                ids = windows.get(key)
                if ids is None:
                    ids = windows[key] = self._tag_window(*key)
                out[i].extend(ids)
        if n:
            if self._bos is not None:
                out[0].append(self._bos)
            if self._eos is not None:
                out[-1].append(self._eos)
        for i in range(1, n):
            pair = f"{lows[i - 1]}|{lows[i]}"
            f = get("b=" + pair)
            if f is not None:
                out[i].append(f)
            f = get("b+=" + pair)
            if f is not None:
                out[i - 1].append(f)
        gaz = self.features.gaz
        phrases = gaz.lower_phrases
        if n > 1 and phrases:
            wl = list(words)
            for i in range(n - 1):
                if (lows[i], lows[i + 1]) not in phrases:
                    continue
                for length, kind in gaz.phrases_at(wl, i):
                    f = get("pg=B-" + kind)
                    if f is not None:
                        out[i].append(f)
                    f = get("pg=I-" + kind)
                    if f is not None:
                        for k in range(i + 1, i + length):
                            out[k].append(f)
        return out

    # ---- sentences ------------------------------------------------------------------------
    def emissions(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str] | None]
    ) -> list[np.ndarray]:
        """``[tokens x labels]`` emission scores of each (non-empty) sentence."""
        lengths = [len(s) for s in sentences]
        words = [w for s in sentences for w in s]
        rows = self.word_rows(words)
        vec = self.vectors
        n = len(words)
        em = vec[rows, 0]
        starts = np.repeat(np.cumsum([0, *lengths[:-1]]), lengths)
        pos = np.arange(n) - starts
        size = np.repeat(lengths, lengths)
        for offset, group in ((-1, 1), (1, 2), (-2, 3), (2, 4)):
            at = np.flatnonzero(pos >= -offset) if offset < 0 else np.flatnonzero(pos + offset < size)
            em[at] += vec[rows[at + offset], group]
        cols: list[list[int]] = []
        lower: list[int] = []
        upper: list[int] = []
        owner: list[int] = []
        token_at: list[int] = []
        first = 0
        for k, sent in enumerate(sentences):
            ids = self.extra_ids(sent, tags[k])
            if any(ids):  # add_emissions adds nothing for a sentence without known features
                flat: list[int] = []
                for token_ids in ids:
                    lower.append(len(flat))
                    flat.extend(token_ids)
                    upper.append(len(flat))
                token_at.extend(range(first, first + len(sent)))
                owner.extend([len(cols)] * len(sent))
                cols.append(flat)
            first += len(sent)
        if cols:
            cum = _padded_running_sums(self.weights.state, cols)
            o = np.asarray(owner, dtype=np.intp)
            at = np.asarray(token_at, dtype=np.intp)
            em[at] += cum[o, np.asarray(upper, dtype=np.intp)] - cum[o, np.asarray(lower, dtype=np.intp)]
        out = []
        first = 0
        for length in lengths:
            out.append(em[first : first + length])
            first += length
        return out
