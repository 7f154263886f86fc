"""A multiclass averaged perceptron over sparse binary features, on numpy.

Training works on examples given as arrays of feature ids; inference scores many examples at
once with one gather and one segmented sum (:func:`score_batch`), which is what makes the
tagger fast in pure Python + numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

IdArray = npt.NDArray[np.int64]
Matrix = npt.NDArray[np.float32]


def train_averaged(
    examples: Sequence[IdArray],
    labels: Sequence[int],
    n_features: int,
    n_classes: int,
    *,
    epochs: int = 8,
    seed: int = 13,
) -> Matrix:
    """Averaged perceptron weights ``(n_features, n_classes)`` for the given examples."""
    weights = np.zeros((n_features, n_classes), dtype=np.float64)
    totals = np.zeros((n_features, n_classes), dtype=np.float64)
    rng = np.random.default_rng(seed)
    order = np.arange(len(examples))
    step = 1.0
    for _epoch in range(epochs):
        rng.shuffle(order)
        for idx in order.tolist():
            ids = examples[idx]
            gold = labels[idx]
            guess = int(np.argmax(weights[ids].sum(axis=0)))
            if guess != gold:
                weights[ids, gold] += 1.0
                weights[ids, guess] -= 1.0
                totals[ids, gold] += step
                totals[ids, guess] -= step
            step += 1.0
    averaged = weights - totals / step
    return averaged.astype(np.float32)


def score_batch(weights: Matrix, ids: IdArray, offsets: IdArray) -> Matrix:
    """Scores of each example: rows ``weights[ids[offsets[i]:offsets[i+1]]]`` summed."""
    if len(offsets) == 0:
        return np.zeros((0, weights.shape[1]), dtype=np.float32)
    return np.add.reduceat(weights[ids], offsets, axis=0)


def accuracy(weights: Matrix, examples: Sequence[IdArray], labels: Sequence[int]) -> float:
    if not examples:
        return 0.0
    ids = np.concatenate(examples)
    offsets = np.cumsum([0] + [len(e) for e in examples[:-1]]).astype(np.int64)
    pred = score_batch(weights, ids, offsets).argmax(axis=1)
    return float((pred == np.asarray(labels)).mean())
