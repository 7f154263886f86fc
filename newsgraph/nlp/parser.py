"""The built-in German dependency parser: greedy arc-hybrid transitions + an arc labeller.

Two averaged perceptrons (numpy) share nothing but the token atoms: one picks the next
transition of the arc-hybrid system (:mod:`newsgraph.nlp.transition`) from state features,
the other labels every finished arc with a UD relation (``nsubj``, ``obj``, ``obl``, …)
(:mod:`newsgraph.nlp.parser_features`).  Input is the tagger's output (UPOS, STTS, lemma,
morphology); output per token is the 1-based head (0 = root) and the relation.

Weights: ``models/parser.npz`` (when shipped); ``training/train_parser.py`` rebuilds them;
model card ``docs/models/parser.md``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .lexicon import MODEL_DIR
from .parser_features import Atoms, Feature, Tagged, label_features, state_features
from .perceptron import Matrix
from .transition import LEFT, RIGHT, SHIFT, State

PARSER_PATH = MODEL_DIR / "parser.npz"
Parse = tuple[list[int], list[str]]  # heads (1-based, 0 = root), relations


def _pack(features: Sequence[Feature]) -> np.ndarray:
    """One line per feature, its parts separated by tabs (tokens never hold whitespace)."""
    text = "\n".join("\t".join(str(x) for x in f) for f in features)
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def _unpack(data: np.ndarray) -> list[Feature]:
    out: list[Feature] = []
    for line in bytes(data).decode("utf-8").split("\n"):
        template, *parts = line.split("\t")
        out.append((int(template), *parts))
    return out


@dataclass(frozen=True)
class ParserModel:
    move_features: Mapping[Feature, int]
    moves: Matrix  # (n_move_features, 3)
    label_features: Mapping[Feature, int]
    labels: Matrix  # (n_label_features, n_labels)
    label_names: tuple[str, ...]
    meta: Mapping[str, object]

    def save(self, path: Path) -> None:
        mf = sorted(self.move_features, key=self.move_features.__getitem__)
        lf = sorted(self.label_features, key=self.label_features.__getitem__)
        meta = {"label_names": list(self.label_names), "meta": dict(self.meta)}
        np.savez_compressed(
            path,
            move_features=_pack(mf),
            moves=self.moves.astype(np.float16),
            label_features=_pack(lf),
            labels=self.labels.astype(np.float16),
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> ParserModel:
        if not path.is_file():
            raise ModelError(
                f"parser weights {path} are missing",
                hint="train them with `python -m training.train_parser --shared ../shared`",
            )
        try:
            with np.load(path, allow_pickle=False) as data:
                mf = _unpack(data["move_features"])
                lf = _unpack(data["label_features"])
                moves = data["moves"].astype(np.float32)
                labels = data["labels"].astype(np.float32)
                meta = json.loads(bytes(data["meta"]).decode("utf-8"))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"parser weights {path} are unreadable: {exc}") from exc
        return cls(
            move_features={n: i for i, n in enumerate(mf)},
            moves=moves,
            label_features={n: i for i, n in enumerate(lf)},
            labels=labels,
            label_names=tuple(meta["label_names"]),
            meta=meta.get("meta", {}),
        )


def best_valid(scores: Sequence[float], valid: tuple[bool, bool, bool]) -> int:
    """The highest-scoring move among the valid ones."""
    best = -1
    best_score = 0.0
    for move in (SHIFT, LEFT, RIGHT):
        if valid[move] and (best < 0 or scores[move] > best_score):
            best, best_score = move, scores[move]
    return best


def children(heads: Sequence[int]) -> list[list[int]]:
    """``kids[i]``: the dependents of token i (``heads[0]`` unused), left to right."""
    kids: list[list[int]] = [[] for _ in heads]
    for d in range(1, len(heads)):
        if heads[d] >= 0:
            kids[heads[d]].append(d)
    return kids


def single_root(heads: list[int], scores_order: Sequence[int] | None = None) -> list[int]:
    """Attach every root dependent but the first to the first one (UD has one root)."""
    roots = [d for d in range(1, len(heads)) if heads[d] == 0]
    if len(roots) > 1:
        main = roots[0]
        for d in roots[1:]:
            heads[d] = main
    return heads


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _one_subject(
    rels: list[str], heads: Sequence[int], scores: np.ndarray, names: Sequence[str]
) -> list[str]:
    """At most one subject per head: the best-scoring keeps it, the others take their best
    non-subject relation (``Den Vertrag unterzeichnete der Minister``: one of the two
    nominatives by the tagger is wrong)."""
    subj_cols = [i for i, n in enumerate(names) if n in _SUBJECTS]
    by_head: dict[int, list[int]] = {}
    for d, r in enumerate(rels):
        if r in _SUBJECTS:
            by_head.setdefault(heads[d + 1], []).append(d)
    for deps in by_head.values():
        if len(deps) < 2:
            continue
        others = []
        for d in deps:
            row = scores[d].copy()
            row[subj_cols] = -np.inf
            others.append((float(scores[d].max() - row.max()), d, int(row.argmax())))
        others.sort(reverse=True)  # the clearest subject keeps the relation
        for _margin, d, alt in others[1:]:
            rels[d] = names[alt]
    return rels


class DependencyParser:
    """Parses tagged sentences with a :class:`ParserModel`."""

    name = "builtin"

    def __init__(self, model: ParserModel) -> None:
        self.model = model
        self._mf = model.move_features
        self._lf = model.label_features
        self._moves = model.moves
        self._labels = model.labels

    def heads(self, atoms: Atoms, n: int) -> list[int]:
        """Unlabelled heads (index 0 unused) by greedy transitions."""
        st = State(n)
        mf = self._mf
        w = self._moves
        while not st.done:
            ids = [i for f in state_features(atoms, st) if (i := mf.get(f)) is not None]
            scores = w[ids].sum(axis=0).tolist()
            st.apply(best_valid(scores, st.valid()))
        heads = st.heads
        heads[0] = -1
        return single_root(heads)

    def label(self, atoms: Atoms, heads: list[int]) -> list[str]:
        kids = children(heads)
        lf = self._lf
        rows = [
            [i for f in label_features(atoms, d, heads[d], heads, kids) if (i := lf.get(f)) is not None]
            for d in range(1, len(heads))
        ]
        if not rows:
            return []
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        ids = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lengths.sum()))
        offsets = np.zeros(len(rows), dtype=np.int64)
        np.cumsum(lengths[:-1], out=offsets[1:])
        scores = np.add.reduceat(self._labels[ids], offsets, axis=0)
        names = self.model.label_names
        root = names.index("root") if "root" in names else -1
        if root >= 0:
            scores[:, root] = -np.inf
        best = scores.argmax(axis=1).tolist()
        out = [names[b] if heads[d + 1] else "root" for d, b in enumerate(best)]
        return _one_subject(out, heads, scores, names)

    def parse(self, words: Sequence[str], tags: Sequence[Tagged]) -> Parse:
        if not words:
            return [], []
        atoms = Atoms.of(words, tags)
        heads = self.heads(atoms, len(words))
        rels = self.label(atoms, heads)
        return heads[1:], rels

    def parse_sentences(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[Tagged]]
    ) -> list[Parse]:
        return [self.parse(w, t) for w, t in zip(sentences, tags, strict=True)]


@lru_cache(maxsize=2)
def load_parser_model(path: Path = PARSER_PATH) -> ParserModel:
    return ParserModel.load(path)


def load_builtin_parser(path: Path = PARSER_PATH) -> DependencyParser:
    """The shipped parser (raises :class:`~newsgraph.errors.ModelError` when not installed)."""
    return DependencyParser(load_parser_model(path))
