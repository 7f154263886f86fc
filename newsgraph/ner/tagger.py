"""The CRF entity tagger: loads the shipped model and tags token sequences.

The model (``newsgraph/ner/models/ner-de.crfsuite``, trained by ``training/train_ner.py``)
predicts BIO labels over ``PER``, ``ORG``, ``LOC`` and ``MISC``.  Optional word clusters
(``ner-de.clusters.tsv``, ``word<TAB>bits``) sit next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import MissingDependency, ModelError
from .features import FeatureExtractor
from .germeval import bio_spans
from .hanta_lexicon import load_word_classes
from .lexicon import load_gazetteer

DEFAULT_MODEL = "ner-de.crfsuite"


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
            word, _, bits = line.partition("\t")
            if bits:
                out[word] = bits
    return out


def make_features(model_path: Path) -> FeatureExtractor:
    """The feature extractor a model was trained with (clusters stored next to the model)."""
    clusters = read_clusters(model_path.with_suffix(".clusters.tsv"))
    return FeatureExtractor(load_gazetteer(), clusters, load_word_classes())


class EntityTagger:
    """CRF tagger over token strings.  Not thread-safe (one per worker)."""

    def __init__(self, model_path: Path | None = None) -> None:
        try:
            import pycrfsuite
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise MissingDependency("python-crfsuite", "ner") from exc
        path = Path(model_path) if model_path is not None else default_model_path()
        if not path.is_file():
            raise ModelError(
                f"NER model {path} not found",
                hint="reinstall newsgraph or retrain it with `make train-de`",
            )
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except Exception as exc:  # crfsuite raises a bare ValueError/IOError
            raise ModelError(f"cannot load NER model {path}: {exc}") from exc
        self.features = make_features(path)

    def labels(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(self.features.sentence(words)))

    def spans(self, words: list[str]) -> list[TokenSpan]:
        """Entity spans with a confidence: the lowest token marginal inside the span."""
        labels = self.labels(words)
        out = []
        for s, e, typ in bio_spans(labels):
            score = min(self._tagger.marginal(labels[k], k) for k in range(s, e))
            out.append(TokenSpan(s, e, typ, round(score, 4)))
        return out


@lru_cache(maxsize=4)
def shared_tagger(model_path: str | None = None) -> EntityTagger:
    """One tagger per model path and process (the model file is immutable shipped data)."""
    return EntityTagger(Path(model_path) if model_path else None)
