"""The entity tagger: CRF weights plus cached per-word emission scores.

The shipped model ``newsgraph/ner/models/ner-de.npz`` (trained by ``training/train_ner.py``
and exported by :func:`newsgraph.ner.crf.export_crfsuite`) predicts BIO labels over ``PER``,
``ORG``, ``LOC`` and ``MISC``.  Optional word clusters (``ner-de.clusters.tsv``) sit next to it.

Speed: a word's feature groups (see :meth:`FeatureExtractor.word_groups`) are summed into
emission vectors once per word form, so tagging a token costs a few vector additions; the
sentences of a document are scored in batches (:mod:`newsgraph.ner.emissions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .crf import CrfWeights, load_weights
from .emissions import EmissionTable
from .features import FeatureExtractor
from .germeval import bio_spans
from .lexicon import load_gazetteer, load_word_classes

DEFAULT_MODEL = "ner-de.npz"
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class TokenSpan:
    """An entity over tokens ``[start, end)`` with the model's confidence."""

    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC
    score: float


def default_model_path() -> Path:
    return Path(__file__).resolve().parent / "models" / DEFAULT_MODEL


def read_clusters(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            word, _, ids = line.partition("\t")
            if ids:
                out[word] = ids
    return out


def clusters_path(model_path: Path) -> Path:
    return model_path.parent / (model_path.name.split(".", 1)[0] + ".clusters.tsv")


def make_features(model_path: Path) -> FeatureExtractor:
    """The feature extractor a model was trained with (clusters stored next to the model)."""
    return FeatureExtractor(
        load_gazetteer(), read_clusters(clusters_path(model_path)), load_word_classes()
    )


class EntityTagger:
    """CRF tagger over token strings.  Keeps a per-instance cache of word emission vectors."""

    def __init__(self, model_path: Path | None = None) -> None:
        path = Path(model_path) if model_path is not None else default_model_path()
        self.path = path
        self.weights: CrfWeights = load_weights(path)
        self.features = make_features(path)
        self.table = EmissionTable(self.weights, self.features, max_words=_CACHE_LIMIT)

    def emissions(self, words: list[str], tags: list[str] | None = None) -> np.ndarray:
        """``[tokens x labels]`` state scores, identical to summing each token's features."""
        if not words:
            raise ValueError("emissions of an empty sentence")
        return self.table.emissions([words], [tags])[0]

    @property
    def uses_pos(self) -> bool:
        """Whether the model was trained with UPOS features (then pass ``tags``)."""
        return "pos=PROPN" in self.weights.attributes

    def labels(self, words: list[str], tags: list[str] | None = None) -> list[str]:
        if not words:
            return []
        labels = self.weights.labels
        return [labels[i] for i in self.weights.viterbi(self.emissions(words, tags))]

    def spans(self, words: list[str], tags: list[str] | None = None) -> list[TokenSpan]:
        """Entity spans with a confidence: the lowest token marginal inside the span."""
        if not words:
            return []
        em = self.emissions(words, tags)
        best = self.weights.viterbi(em)
        names = self.weights.labels
        labels = [names[i] for i in best]
        spans = list(bio_spans(labels))
        if not spans:
            return []
        marg = self.weights.marginals(em)
        return [
            TokenSpan(s, e, typ, round(float(min(marg[k, best[k]] for k in range(s, e))), 4))
            for s, e, typ in spans
        ]


    def spans_batch(
        self, sentences: list[list[str]], tags: list[list[str]] | None = None, chunk: int = 64
    ) -> list[list[TokenSpan]]:
        """:meth:`spans` for many sentences, decoded together (faster for whole documents)."""
        out: list[list[TokenSpan]] = [[] for _ in sentences]
        order = [i for i in sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
                 if sentences[i]]
        names = self.weights.labels
        # a subclass that changes the emissions of a sentence gets them sentence by sentence
        batched = type(self).emissions is EntityTagger.emissions
        for c in range(0, len(order), chunk):
            ids = order[c : c + chunk]
            if batched:
                ems = self.table.emissions(
                    [sentences[i] for i in ids], [tags[i] if tags else None for i in ids]
                )
            else:
                ems = [self.emissions(sentences[i], tags[i] if tags else None) for i in ids]
            for i, (best, marg) in zip(ids, self.weights.decode_batch(ems), strict=True):
                labels = [names[j] for j in best]
                out[i] = [
                    TokenSpan(s, e, typ, round(float(min(marg[k, best[k]] for k in range(s, e))), 4))
                    for s, e, typ in bio_spans(labels)
                ]
        return out


@lru_cache(maxsize=4)
def shared_tagger(model_path: str | None = None) -> EntityTagger:
    """One tagger per model path and process (the model file is immutable shipped data)."""
    return EntityTagger(Path(model_path) if model_path else None)
