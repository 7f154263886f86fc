"""A small neural token scorer for NER, run in plain numpy (no torch at run time).

The model (trained by ``training/ner_neural.py``) reads each word through

* a character CNN: characters (case kept, with begin/end marks; long words cut to their first
  12 and last 8 characters) are embedded, convolved with width 3 and max-pooled;
* cheap word features: the CRF extractor's gazetteer kinds, HanTa classes, shape and
  organisation flags (:func:`word_feature_names`);
* the token's UPOS tag (from the ``nlp`` stage's tagger), embedded;

followed by two 1-D convolutions over the words of the sentence (context of +-3 words) and a
softmax over the BIO labels.  A model file (``.npz``) may hold several members (the k models of
a jackknife); their label probabilities are averaged.

Speed: the first context layer is linear in its inputs, so a word form's contribution to it
(character CNN and word features times the layer's weights at each kernel offset) is computed
once and kept in a table per scorer instance, and so is each UPOS tag's; a sentence then costs
gathers and additions for that layer plus the small second layer, run over all tokens of a batch
of sentences at once (laid end to end with zero gaps, so one sentence never sees another).
Not used by the shipped model (so it lives in ``training/``, not in the package): on the
tuning folds its scores did not improve the CRF (docs/models/ner.md, rows 43-45).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsgraph.errors import ModelError
from newsgraph.ner.features import FeatureExtractor

try:  # keeps numpy's BLAS on one thread while scoring (threads would only spin: small matrices)
    from threadpoolctl import ThreadpoolController
except ImportError:  # pragma: no cover - declared dependency
    ThreadpoolController = None

#: character ids: 0 padding, 1 unknown, 2 word begin, 3 word end
PAD, UNK, BOW, EOW = 0, 1, 2, 3
HEAD_CHARS, TAIL_CHARS = 12, 8
#: CRF feature prefixes (and whole names) that become inputs of the neural word encoder
_FEATURE_PREFIXES = ("g=", "gh=", "gt=", "n=", "h=", "osuf=", "len=", "ss=")
_FEATURE_NAMES = frozenset({"T", "U", "D", "dot", "UNKCAP", "cue", "orgm", "pname"})
#: half widths of the two context convolutions; sentences are separated by this many zero rows
CONTEXT_GAP = 2
#: word forms whose first-layer parts are cached (about 4 KB each with 3 members)
_CACHE_LIMIT = 30_000


def char_ids(word: str, chars: dict[str, int]) -> list[int]:
    """Character ids of a word with begin/end marks (long words: head and tail only)."""
    if len(word) > HEAD_CHARS + TAIL_CHARS:
        word = word[:HEAD_CHARS] + word[-TAIL_CHARS:]
    return [BOW, *(chars.get(c, UNK) for c in word), EOW]


def word_feature_names(fx: FeatureExtractor, word: str) -> list[str]:
    """The CRF extractor's word-intrinsic features that the neural encoder reads."""
    own = fx.word_groups(word)[0]
    return [f for f in own if f in _FEATURE_NAMES or f.startswith(_FEATURE_PREFIXES)]


def conv_rows(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """1-D convolution over the rows of ``x`` [n, d] with zero padding (same length out).

    ``w`` is [width, d, out] (torch's Conv1d weight transposed), ``b`` [out]."""
    width = w.shape[0]
    half = width // 2
    n = x.shape[0]
    padded = np.zeros((n + 2 * half, x.shape[1]), dtype=x.dtype)
    padded[half : half + n] = x
    out = np.broadcast_to(b, (n, b.shape[0])).copy()
    for k in range(width):
        out += padded[k : k + n] @ w[k]
    return out


@dataclass(frozen=True)
class Member:
    """Weights of one network (numpy arrays, float32)."""

    char_emb: np.ndarray  # [chars, dc]
    char_w: np.ndarray  # [3, dc, hc]
    char_b: np.ndarray  # [hc]
    pos_emb: np.ndarray  # [upos, dp]
    ctx1_w: np.ndarray  # [5, hc + features + dp, h]
    ctx1_b: np.ndarray
    ctx2_w: np.ndarray  # [3, h, h]
    ctx2_b: np.ndarray
    out_w: np.ndarray  # [h, labels]
    out_b: np.ndarray

    def encode_words(self, ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Character-CNN vectors of padded char-id rows ``ids`` [n, L] ([n, hc])."""
        emb = self.char_emb[ids]  # [n, L, dc]
        width = self.char_w.shape[0]
        n, length = ids.shape
        windows = length - width + 1
        out = np.zeros((n, windows, self.char_w.shape[2]), dtype=np.float32)
        for k in range(width):
            out += emb[:, k : k + windows] @ self.char_w[k]
        valid = np.arange(windows)[None, :] < (lengths - width + 1)[:, None]
        out = np.where(valid[:, :, None], out, -np.inf)
        return np.maximum(out.max(1) + self.char_b, 0.0)

    def word_part(self, vec: np.ndarray) -> np.ndarray:
        """The first context layer's contribution of word vectors ``vec`` [n, hc + f] at each
        of its kernel offsets: [n, width, h] (cached per word form by the scorer)."""
        return self.word_part_of(vec, 0)

    def pos_part(self) -> np.ndarray:
        """The same for every UPOS tag: [tags, width, h]."""
        return self.word_part_of(self.pos_emb, self.ctx1_w.shape[1] - self.pos_emb.shape[1])

    def word_part_of(self, vec: np.ndarray, offset: int) -> np.ndarray:
        n, d = vec.shape
        width, _, h = self.ctx1_w.shape
        w = self.ctx1_w[:, offset : offset + d, :].transpose(1, 0, 2).reshape(d, width * h)
        return (vec @ w).reshape(n, width, h)

    def context(self, part: np.ndarray, gap: np.ndarray) -> np.ndarray:
        """Label log-scores of laid-out tokens from their first-layer parts ``part``
        [n, width, h] (word part + UPOS part, zero on the separator rows ``gap``)."""
        n, width, h = part.shape
        half = width // 2
        padded = np.zeros((n + 2 * half, width, h), dtype=part.dtype)
        padded[half : half + n] = part
        h1 = np.broadcast_to(self.ctx1_b, (n, h)).copy()
        for k in range(width):
            h1 += padded[k : k + n, k]
        h1 = np.maximum(h1, 0.0)
        h1[gap] = 0.0
        h2 = np.maximum(conv_rows(h1, self.ctx2_w, self.ctx2_b), 0.0)
        return h2 @ self.out_w + self.out_b


MEMBER_FIELDS = tuple(Member.__dataclass_fields__)


class NeuralScorer:
    """Label probabilities per token from a neural ``.npz`` model (mean over its members)."""

    def __init__(self, path: Path, features: FeatureExtractor) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelError(f"neural NER model {path} not found", hint="run `make train-de`")
        try:
            with np.load(self.path, allow_pickle=False) as data:
                self.labels = tuple(str(x) for x in data["labels"])
                chars = [str(x) for x in data["chars"]]
                feats = [str(x) for x in data["features"]]
                upos = [str(x) for x in data["upos"]]
                n_members = int(data["members"])
                self.members = [
                    Member(*(data[f"m{m}_{f}"].astype(np.float32) for f in MEMBER_FIELDS))
                    for m in range(n_members)
                ]
        except (OSError, KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"cannot read neural NER model {path}: {exc}") from exc
        self.chars = {c: i for i, c in enumerate(chars)}
        self.feature_index = {f: i for i, f in enumerate(feats)}
        self.upos = {t: i for i, t in enumerate(upos)}
        self.fx = features
        self._pos_parts = [m.pos_part() for m in self.members]
        #: word form -> row of ``_table``, which holds its first-layer parts [members, width, h]
        self._index: dict[str, int] = {}
        width, _, hidden = self.members[0].ctx1_w.shape if self.members else (0, 0, 0)
        self._table = np.zeros((1024, len(self.members), width, hidden), dtype=np.float32)
        self._pool = ThreadpoolController() if ThreadpoolController is not None else None

    def _one_thread(self) -> AbstractContextManager[object]:
        if self._pool is None:
            return nullcontext()
        return self._pool.limit(limits=1, user_api="blas")

    def _encode_new(self, words: list[str]) -> None:
        ids = [char_ids(w, self.chars) for w in words]
        lengths = np.array([len(r) for r in ids])
        mat = np.zeros((len(ids), int(lengths.max())), dtype=np.intp)
        for i, r in enumerate(ids):
            mat[i, : len(r)] = r
        fvec = np.zeros((len(words), len(self.feature_index)), dtype=np.float32)
        for i, w in enumerate(words):
            for f in word_feature_names(self.fx, w):
                j = self.feature_index.get(f)
                if j is not None:
                    fvec[i, j] = 1.0
        enc = np.stack(
            [m.word_part(np.concatenate([m.encode_words(mat, lengths), fvec], axis=1))
             for m in self.members],
            axis=1,
        )
        start = len(self._index) + 1  # row 0 stays zero (separator rows)
        if start + len(words) > self._table.shape[0]:
            grown = np.zeros((max(2 * self._table.shape[0], start + len(words)),
                              *self._table.shape[1:]), dtype=np.float32)
            grown[:start] = self._table[:start]
            self._table = grown
        self._table[start : start + len(words)] = enc
        for n, w in enumerate(words):
            self._index[w] = start + n

    def probabilities(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]] | None = None
    ) -> list[np.ndarray]:
        """``[tokens x labels]`` probabilities for every sentence (empty ones give [0 x L])."""
        with self._one_thread():
            return self._probabilities(sentences, tags)

    def _probabilities(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]] | None
    ) -> list[np.ndarray]:
        index = self._index
        new = list(dict.fromkeys(w for s in sentences for w in s if w not in index))
        if new and len(index) + len(new) > _CACHE_LIMIT:
            index.clear()
            new = list(dict.fromkeys(w for s in sentences for w in s))
        if new:
            self._encode_new(new)
        gap = [0] * CONTEXT_GAP
        rows: list[int] = list(gap)
        pos: list[int] = list(gap)
        spans: list[tuple[int, int]] = []
        upos = self.upos
        for n, sent in enumerate(sentences):
            tg = tags[n] if tags is not None and len(tags[n]) == len(sent) else None
            spans.append((len(rows), len(rows) + len(sent)))
            rows += [index[w] for w in sent]
            pos += [upos.get(t, 0) for t in tg] if tg is not None else [0] * len(sent)
            rows += gap
            pos += gap
        row_ids = np.array(rows, dtype=np.intp)
        is_gap = row_ids == 0
        pos_ids = np.array(pos, dtype=np.intp)
        enc = self._table[row_ids]  # [tokens, members, width, h]
        probs = np.zeros((len(rows), len(self.labels)))
        for m, member in enumerate(self.members):
            part = enc[:, m] + self._pos_parts[m][pos_ids]
            part[is_gap] = 0.0
            scores = member.context(part, is_gap).astype(np.float64)
            scores -= scores.max(1, keepdims=True)
            ex = np.exp(scores)
            probs += ex / ex.sum(1, keepdims=True)
        probs /= len(self.members)
        return [probs[s:e] for s, e in spans]


#: probability buckets of the CRF features (lower bounds)
BUCKETS = (0.15, 0.4, 0.7, 0.9)


def crf_features(probs: np.ndarray, labels: Sequence[str]) -> list[list[str]]:
    """CRF features of one sentence's neural probabilities: each non-``O`` label with at least
    0.15 probability as ``nnB=LABEL`` (B = bucket 1-4), the argmax label of the token
    (``nnA=``) and of its neighbours (``-1nnA=``, ``+1nnA=``)."""
    n = probs.shape[0]
    out: list[list[str]] = [[] for _ in range(n)]
    if n == 0:
        return out
    best = probs.argmax(1).tolist()
    bucket = np.searchsorted(np.asarray(BUCKETS), probs, side="right")  # 0 = below 0.15
    for i in range(n):
        feats = out[i]
        for j in np.flatnonzero(bucket[i]).tolist():
            if labels[j] != "O":
                feats.append(f"nn{bucket[i, j]}={labels[j]}")
        feats.append("nnA=" + labels[best[i]])
        if i:
            feats.append("-1nnA=" + labels[best[i - 1]])
        if i + 1 < n:
            feats.append("+1nnA=" + labels[best[i + 1]])
    return out
