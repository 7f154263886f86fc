"""A linear-chain CRF decoder in numpy over weights exported from a crfsuite model.

Training uses python-crfsuite (``training/train_ner.py``); the trained model is exported to a
small ``.npz`` file (attribute names, a state-weight matrix ``[attributes x labels]`` and the
label-transition matrix).  Decoding here is exact Viterbi plus forward-backward marginals, so
results equal crfsuite's, but the emission scores of a word's features can be summed once per
word form and cached — which makes tagging several times faster than calling crfsuite with
feature strings for every token.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError


@dataclass(frozen=True)
class CrfWeights:
    labels: tuple[str, ...]
    attributes: Mapping[str, int]
    state: np.ndarray  # [n_attributes, n_labels] float64
    transitions: np.ndarray  # [n_labels (from), n_labels (to)]

    def emission(self, features: Iterable[str]) -> np.ndarray:
        """Summed state weights of a bag of features (unknown features weigh nothing)."""
        idx = [i for i in map(self.attributes.get, features) if i is not None]
        if not idx:
            return np.zeros(len(self.labels))
        return self.state[idx].sum(0)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        n = emissions.shape[0]
        if n == 0:
            return []
        trans = self.transitions
        back = np.empty((n, len(self.labels)), dtype=np.intp)
        delta = emissions[0]
        for t in range(1, n):
            cand = delta[:, None] + trans
            back[t] = cand.argmax(0)
            delta = cand.max(0) + emissions[t]
        best = [int(delta.argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(back[t, best[-1]]))
        best.reverse()
        return best

    def decode_batch(self, emissions: Sequence[np.ndarray]) -> list[tuple[list[int], np.ndarray]]:
        """Viterbi paths and marginals of several sentences at once (padded to one length), so
        the per-position numpy calls are shared by the whole batch."""
        if not emissions:
            return []
        lengths = np.array([len(e) for e in emissions])
        bsz, tmax, k = len(emissions), int(lengths.max()), len(self.labels)
        em = np.zeros((bsz, tmax, k))
        for b, e in enumerate(emissions):
            em[b, : len(e)] = e
        trans = self.transitions
        ident = np.broadcast_to(np.arange(k), (bsz, k))
        back = np.empty((tmax, bsz, k), dtype=np.intp)
        # active[t]: the sentences that still have a token at position t
        active = (np.arange(tmax)[:, None] < lengths[None, :])[:, :, None]
        rows_b = np.arange(bsz)[:, None]
        cols_k = np.arange(k)[None, :]
        delta = em[:, 0]
        for t in range(1, tmax):
            cand = delta[:, :, None] + trans
            idx = cand.argmax(1)
            new = cand[rows_b, idx, cols_k] + em[:, t]  # the maxima, as take_along_axis
            delta = np.where(active[t], new, delta)
            back[t] = np.where(active[t], idx, ident)
        paths = np.empty((bsz, tmax), dtype=np.intp)
        cur = delta.argmax(1)
        paths[:, tmax - 1] = cur
        rows = np.arange(bsz)
        for t in range(tmax - 1, 0, -1):
            cur = back[t, rows, cur]
            paths[:, t - 1] = cur
        # scaled forward-backward
        exp_t = self._exp_transitions()
        exp_e = np.exp(em - em.max(2, keepdims=True))
        alpha = np.empty_like(em)
        beta = np.ones_like(em)
        a = exp_e[:, 0] / exp_e[:, 0].sum(1, keepdims=True)
        alpha[:, 0] = a
        for t in range(1, tmax):
            new = (a @ exp_t) * exp_e[:, t]
            new /= new.sum(1, keepdims=True)
            a = np.where(active[t], new, a)
            alpha[:, t] = a
        bvec = np.ones((bsz, k))
        exp_t_back = exp_t.T
        for t in range(tmax - 2, -1, -1):
            new = (exp_e[:, t + 1] * bvec) @ exp_t_back
            new /= new.sum(1, keepdims=True)
            bvec = np.where(active[t + 1], new, 1.0)
            beta[:, t] = bvec
        post = alpha * beta
        post /= post.sum(2, keepdims=True)
        return [
            (paths[b, : lengths[b]].tolist(), post[b, : lengths[b]]) for b in range(bsz)
        ]

    def marginals(self, emissions: np.ndarray) -> np.ndarray:
        """``P(y_t = label | x)`` for every position (scaled forward-backward)."""
        n, k = emissions.shape
        exp_t = self._exp_transitions()
        exp_e = np.exp(emissions - emissions.max(1, keepdims=True))
        alpha = np.empty((n, k))
        beta = np.empty((n, k))
        a = exp_e[0] / exp_e[0].sum()
        alpha[0] = a
        for t in range(1, n):
            a = (a @ exp_t) * exp_e[t]
            a /= a.sum()
            alpha[t] = a
        b = np.ones(k)
        beta[n - 1] = b
        for t in range(n - 2, -1, -1):
            b = exp_t @ (exp_e[t + 1] * b)
            b /= b.sum()
            beta[t] = b
        post = alpha * beta
        post /= post.sum(1, keepdims=True)
        return post

    def _exp_transitions(self) -> np.ndarray:
        cached = self.__dict__.get("_exp_t")
        if cached is None:
            cached = np.exp(self.transitions)
            object.__setattr__(self, "_exp_t", cached)
        return cached

    def add_emissions(self, em: np.ndarray, features: Sequence[Sequence[str]]) -> None:
        """Add the state weights of per-row feature lists to ``em`` (rows x labels) in place."""
        get = self.attributes.get
        cols: list[int] = []
        bounds = [0]
        for feats in features:
            cols.extend([i for i in map(get, feats) if i is not None])
            bounds.append(len(cols))
        if not cols:
            return
        cum = np.empty((len(cols) + 1, em.shape[1]))
        cum[0] = 0.0
        np.cumsum(self.state[cols], axis=0, out=cum[1:])
        b = np.asarray(bounds)
        em += cum[b[1:]] - cum[b[:-1]]


def export_crfsuite(crfsuite_model: Path, out: Path) -> int:
    """Convert a trained crfsuite model to our ``.npz`` format; returns the attribute count."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
    lab_index = {lab: i for i, lab in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    attr_index = {a: i for i, a in enumerate(attrs)}
    state = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (attr, lab), w in info.state_features.items():
        state[attr_index[attr], lab_index[lab]] = w
    trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        trans[lab_index[a], lab_index[b]] = w
    np.savez_compressed(
        out,
        labels=np.array(labels),
        attributes=np.array(attrs),
        state=state,
        transitions=trans,
    )
    return len(attrs)


def load_weights(path: Path) -> CrfWeights:
    if not path.is_file():
        raise ModelError(
            f"NER model {path} not found", hint="reinstall newsgraph or run `make train-de`"
        )
    try:
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(x) for x in data["labels"])
            attrs = [str(x) for x in data["attributes"]]
            state = data["state"].astype(np.float64)
            trans = data["transitions"].astype(np.float64)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"cannot read NER model {path}: {exc}") from exc
    if state.shape != (len(attrs), len(labels)) or trans.shape != (len(labels), len(labels)):
        raise ModelError(f"NER model {path} is inconsistent (shapes {state.shape}, {trans.shape})")
    return CrfWeights(labels, {a: i for i, a in enumerate(attrs)}, state, trans)
