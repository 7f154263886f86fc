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

Speed: the word part (character CNN and word features) is computed once per word form and
cached per scorer instance; the context layers run over all tokens of a batch of sentences at
once as matrix products (sentences laid end to end with zero gaps, so one sentence never sees
another).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .features import FeatureExtractor

#: character ids: 0 padding, 1 unknown, 2 word begin, 3 word end
PAD, UNK, BOW, EOW = 0, 1, 2, 3
HEAD_CHARS, TAIL_CHARS = 12, 8
#: CRF feature prefixes (and whole names) that become inputs of the neural word encoder
_FEATURE_PREFIXES = ("g=", "gh=", "gt=", "n=", "h=", "osuf=", "len=", "ss=")
_FEATURE_NAMES = frozenset({"T", "U", "D", "dot", "UNKCAP", "cue", "orgm", "pname"})
#: half widths of the two context convolutions; sentences are separated by this many zero rows
CONTEXT_GAP = 2
_CACHE_LIMIT = 200_000


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

    def context(self, words: np.ndarray, pos: np.ndarray, gap: np.ndarray) -> np.ndarray:
        """Label log-scores of laid-out tokens: ``words`` [n, hc + f], ``pos`` ids [n], ``gap``
        [n] bool (separator rows, kept zero)."""
        x = np.concatenate([words, self.pos_emb[pos]], axis=1)
        x[gap] = 0.0
        h = np.maximum(conv_rows(x, self.ctx1_w, self.ctx1_b), 0.0)
        h[gap] = 0.0
        h = np.maximum(conv_rows(h, self.ctx2_w, self.ctx2_b), 0.0)
        return h @ self.out_w + self.out_b


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
        self._words: dict[str, np.ndarray] = {}  # word -> [members, hc + f]

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
            [np.concatenate([m.encode_words(mat, lengths), fvec], axis=1) for m in self.members],
            axis=1,
        )
        if len(self._words) + len(words) > _CACHE_LIMIT:
            self._words.clear()
        for w, row in zip(words, enc, strict=True):
            self._words[w] = row

    def probabilities(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]] | None = None
    ) -> list[np.ndarray]:
        """``[tokens x labels]`` probabilities for every sentence (empty ones give [0 x L])."""
        new = list(dict.fromkeys(w for s in sentences for w in s if w not in self._words))
        if new:
            self._encode_new(new)
        rows: list[np.ndarray] = []
        pos: list[int] = []
        spans: list[tuple[int, int]] = []
        zero = np.zeros_like(next(iter(self._words.values()))) if self._words else None
        gap = CONTEXT_GAP
        at = gap
        for n, sent in enumerate(sentences):
            tg = tags[n] if tags is not None and len(tags[n]) == len(sent) else None
            spans.append((at, at + len(sent)))
            for k, w in enumerate(sent):
                rows.append(self._words[w])
                pos.append(self.upos.get(tg[k], 0) if tg is not None else 0)
            at += len(sent) + gap
        if zero is None or not rows:
            return [np.zeros((0, len(self.labels))) for _ in sentences]
        total = at
        enc = np.zeros((total, *zero.shape), dtype=np.float32)
        is_gap = np.ones(total, dtype=bool)
        pos_ids = np.zeros(total, dtype=np.intp)
        idx = np.concatenate([np.arange(s, e) for s, e in spans])
        enc[idx] = np.stack(rows)
        is_gap[idx] = False
        pos_ids[idx] = pos
        probs = np.zeros((total, len(self.labels)))
        for m, member in enumerate(self.members):
            scores = member.context(enc[:, m], pos_ids, is_gap).astype(np.float64)
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
