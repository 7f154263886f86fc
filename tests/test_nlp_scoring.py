"""The tagger's batched per-word partial sums (newsgraph/nlp/scoring.py) equal the one-word sums
bit for bit, and the base scores equal summing every token's pass-1 features."""

from __future__ import annotations

import numpy as np

from newsgraph.nlp.features import base_features
from newsgraph.nlp.tagger import load_builtin_tagger

SENTENCES = [
    ["Der", "Minister", "sagte", ",", "er", "sei", "zufrieden", "."],
    ["Kim", "Jong-un", "besuchte", "am", "6.", "November", "Pjöngjang", "."],
    ["Militärbauingenieure", "zzqx", "5.000", "Euro"],
    ["Ja"],
]


def _one_word_rows(scorer, word: str) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """The partial sums of one word as the scorer computed them one word at a time."""
    own, around, _ = scorer.cache.get(word)
    ids: list[int] = []
    offsets: list[int] = []
    for feats in (own, around[-2], around[-1], around[1], around[2]):
        offsets.append(len(ids))
        ids.extend(scorer.index[f] for f in feats if f in scorer.index)
        ids.append(scorer.zero)
    idx = np.asarray(ids, dtype=np.int64)
    at = np.asarray(offsets, dtype=np.int64)
    return np.add.reduceat(scorer.w1z[idx], at, axis=0), np.add.reduceat(scorer.w2z[idx], at, axis=0)


def test_batched_word_rows_equal_one_word_rows_bit_for_bit() -> None:
    scorer = load_builtin_tagger().scorer
    scorer.base_scores(SENTENCES)
    for word in {w for s in SENTENCES for w in s}:
        row = scorer.rows[word]
        r1, r2 = _one_word_rows(scorer, word)
        assert scorer.v1[row].tobytes() == r1.tobytes(), word
        assert scorer.v2[row].tobytes() == r2.tobytes(), word


def test_base_scores_equal_feature_sums() -> None:
    tagger = load_builtin_tagger()
    s1, _ = tagger.scorer.base_scores(SENTENCES)
    index = tagger.model.features
    k = 0
    for sent in SENTENCES:
        for feats in base_features(tagger.cache, sent):
            ids = [index[f] for f in feats if f in index]
            assert np.allclose(s1[k], tagger.model.pass1[ids].sum(axis=0), atol=1e-4)
            k += 1
    assert k == len(s1)


def test_many_new_words_at_once_grow_the_tables() -> None:
    scorer = load_builtin_tagger().scorer
    words = [f"Wort{i}x" for i in range(5000)]
    s1, s2 = scorer.base_scores([words[:2500], words[2500:]])
    assert s1.shape[0] == 5000 and len(scorer.v1) >= len(scorer.rows) >= 5000
    r1, _ = _one_word_rows(scorer, words[4999])
    assert scorer.v1[scorer.rows[words[4999]]].tobytes() == r1.tobytes()
