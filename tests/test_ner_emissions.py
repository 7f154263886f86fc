"""Batched NER emissions (newsgraph/ner/emissions.py) equal the one-sentence feature sums bit for bit."""

from __future__ import annotations

import numpy as np

from newsgraph.ner.tagger import EntityTagger

SENTENCES = [
    ["Der", "russische", "Präsident", "Wladimir", "Putin", "traf", "in", "Moskau", "Vertreter",
     "der", "Vereinten", "Nationen", "."],
    ["Kim", "Jong-un", "besuchte", "Pjöngjang", "."],
    ["UN"],
    ["Die", "Nachrichtenagentur", "KCNA", "meldete", ",", "das", "Außenministerium", "in",
     "Berlin", "habe", "die", "Europäische", "Union", "informiert", "."],
    ["„", "Wir", "kommen", "“", ",", "sagte", "Angela", "Merkel", "am", "6.", "November", "."],
    ["zzqx", "Ölförderländer", "5.000", "Euro"],
]
UPOS = ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "NOUN", "DET", "ADJ",
        "PROPN", "PUNCT"]


def _reference(tagger: EntityTagger, words: list[str], tags: list[str] | None) -> np.ndarray:
    """The one-sentence computation as it was before batching: per-word vectors from
    ``add_emissions`` on zeros, stacked and shifted, then the sentence's extras."""
    weights, fx = tagger.weights, tagger.features
    vecs = []
    for w in words:
        vec = np.zeros((5, len(weights.labels)))
        weights.add_emissions(vec, fx.word_groups(w))
        vecs.append(vec)
    v = np.stack(vecs)
    em = v[:, 0].copy()
    em[1:] += v[:-1, 1]
    em[:-1] += v[1:, 2]
    em[2:] += v[:-2, 3]
    em[:-2] += v[2:, 4]
    weights.add_emissions(em, fx.extras(words, tags))
    return em


def test_batched_emissions_equal_the_sentence_path_bit_for_bit() -> None:
    tagger = EntityTagger()
    tags: list[list[str] | None] = [UPOS, None, ["PROPN"], None, None, ["X", "NOUN", "NUM", "NOUN"]]
    batch = tagger.table.emissions(SENTENCES, tags)
    for words, t, got in zip(SENTENCES, tags, batch, strict=True):
        ref = _reference(tagger, words, t)
        assert got.shape == ref.shape
        assert got.tobytes() == ref.tobytes(), words
        assert tagger.emissions(words, t).tobytes() == ref.tobytes()


def test_extra_ids_follow_the_feature_strings() -> None:
    tagger = EntityTagger()
    get = tagger.weights.attributes.get
    for words, t in ((SENTENCES[0], UPOS), (SENTENCES[3], None), (SENTENCES[2], ["PROPN"])):
        strings = tagger.features.extras(words, t)
        expected = [[i for i in map(get, feats) if i is not None] for feats in strings]
        assert tagger.table.extra_ids(words, t) == expected


def test_spans_batch_equals_sentence_by_sentence() -> None:
    tagger = EntityTagger()
    batch = tagger.spans_batch([list(s) for s in SENTENCES], chunk=4)
    assert batch == [tagger.spans(list(s)) for s in SENTENCES]
    assert any(batch)
