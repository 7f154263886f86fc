"""Train the built-in German dependency parser (``newsgraph/nlp/models/parser.npz``).

    python -m training.train_parser --shared ../shared [--jackknife 4] [--epochs 12] [--no-save]

Data (CC BY-SA, so the weights are CC BY-SA 4.0), the same split as the tagger:

* training: UD German GSD dev sentences 0–699 and UD German PUD sentences 0–799;
* held out, never trained or tuned on: GSD dev 700– and PUD 800–999
  (``newsgraph eval pos ../shared/data/ud/de_pud-ud.conllu --range 800:1000`` prints UAS/LAS).

Input tags are the built-in tagger's predictions, as at run time.  The tagger was trained on
the same sentences, so its tags there are too good; ``--jackknife K`` retrains the tagger K
times on K-1 folds and tags each fold with the model that did not see it (realistic noise).
Transitions: arc-hybrid with a dynamic oracle (epoch 1 follows the oracle, later epochs follow
the model's own decisions 90 % of the time).  Labels: a second perceptron over finished gold
arcs.  Deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsgraph.nlp.parser import (
    PARSER_PATH,
    DependencyParser,
    ParserModel,
    best_valid,
    children,
)
from newsgraph.nlp.parser_data import Tree, read_trees
from newsgraph.nlp.parser_features import (
    Atoms,
    Feature,
    Tagged,
    label_features,
    state_features,
)
from newsgraph.nlp.transition import N_MOVES, State, transition_costs

GSD_TRAIN = 700
PUD_TRAIN = 800
CAPACITY = 1_500_000


def log(msg: str) -> None:
    print(f"[train_parser {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def split_trees(shared: Path) -> tuple[list[Tree], list[Tree]]:
    ud = shared / "data" / "ud" if (shared / "data").is_dir() else shared / "ud"
    gsd = read_trees(ud / "de_gsd-ud-dev.conllu")
    pud = read_trees(ud / "de_pud-ud.conllu")
    return gsd[:GSD_TRAIN] + pud[:PUD_TRAIN], gsd[GSD_TRAIN:] + pud[PUD_TRAIN:]


def predicted_tags(trees: Sequence[Tree], jackknife: int = 0) -> list[list[Tagged]]:
    """Tags of the built-in tagger (or of K jackknifed taggers) on gold tokens."""
    from newsgraph.nlp.tagger import load_builtin_tagger

    words = [t.words for t in trees]
    if jackknife < 2:
        return load_builtin_tagger().tag_sentences(words)
    from newsgraph.nlp.features import FeatureCache
    from newsgraph.nlp.lexicon import Lexicon
    from newsgraph.nlp.tagger import PerceptronTagger
    from training.train_tagger import train as train_tagger

    out: list[list[Tagged]] = [[] for _ in trees]
    lexicon = Lexicon(live=False)
    for fold in range(jackknife):
        train = [t.sentence for i, t in enumerate(trees) if i % jackknife != fold]
        model = train_tagger(train, FeatureCache(lexicon), 12)
        tagger = PerceptronTagger(model, lexicon)
        which = [i for i in range(len(trees)) if i % jackknife == fold]
        for i, tags in zip(which, tagger.tag_sentences([words[i] for i in which]), strict=True):
            out[i] = tags
        log(f"tagger jackknife fold {fold + 1}/{jackknife}")
    return out


class Averaged:
    """An online averaged perceptron over a growing feature index."""

    def __init__(self, n_classes: int, capacity: int = CAPACITY) -> None:
        self.index: dict[Feature, int] = {}
        self.w = np.zeros((capacity, n_classes), dtype=np.float64)
        self.u = np.zeros((capacity, n_classes), dtype=np.float64)
        self.step = 1.0
        self.capacity = capacity

    def ids(self, feats: list[Feature], grow: bool) -> list[int]:
        index = self.index
        out = []
        for f in feats:
            i = index.get(f)
            if i is None and grow and len(index) < self.capacity:
                i = index[f] = len(index)
            if i is not None:
                out.append(i)
        return out

    def scores(self, ids: list[int]) -> list[float]:
        return self.w[ids].sum(axis=0).tolist()  # type: ignore[no-any-return]

    def update(self, ids: list[int], gold: int, guess: int) -> None:
        if gold != guess:
            self.w[ids, gold] += 1.0
            self.w[ids, guess] -= 1.0
            self.u[ids, gold] += self.step
            self.u[ids, guess] -= self.step
        self.step += 1.0

    def finish(self) -> tuple[dict[Feature, int], np.ndarray]:
        """Averaged weights of the features whose weights are not all zero."""
        n = len(self.index)
        avg = self.w[:n] - self.u[:n] / self.step
        keep = np.flatnonzero(np.abs(avg).max(axis=1) > 1e-3)
        names = sorted(self.index, key=self.index.__getitem__)
        features = {names[i]: j for j, i in enumerate(keep.tolist())}
        if (0,) not in features:  # the bias feature is always present
            features[(0,)] = len(features)
            keep = np.append(keep, self.index.get((0,), 0))
        return features, avg[keep].astype(np.float32)


def train_moves(
    data: Sequence[tuple[Atoms, tuple[int, ...]]], epochs: int, seed: int = 7
) -> Averaged:
    model = Averaged(N_MOVES)
    rng = np.random.default_rng(seed)
    order = np.arange(len(data))
    for epoch in range(epochs):
        rng.shuffle(order)
        correct = total = 0
        for k in order.tolist():
            atoms, gold_heads = data[k]
            gold = (0, *gold_heads)
            st = State(len(gold_heads))
            while not st.done:
                ids = model.ids(state_features(atoms, st), grow=True)
                scores = model.scores(ids)
                valid = st.valid()
                guess = best_valid(scores, valid)
                costs = transition_costs(st, gold)
                best_cost = min(c for c, v in zip(costs, valid, strict=True) if v)
                zero = [m for m in range(N_MOVES) if valid[m] and costs[m] == best_cost]
                target = max(zero, key=lambda m: scores[m])
                model.update(ids, target, guess if costs[guess] > best_cost else target)
                total += 1
                correct += costs[guess] == best_cost
                explore = epoch > 0 and rng.random() < 0.9
                st.apply(guess if explore else target)
        log(f"moves epoch {epoch + 1}/{epochs}: {correct / max(total, 1):.4f} oracle-agreeing")
    return model


def train_labels(
    data: Sequence[tuple[Atoms, tuple[int, ...], tuple[str, ...]]],
    names: tuple[str, ...],
    epochs: int,
    seed: int = 11,
) -> Averaged:
    model = Averaged(len(names), capacity=600_000)
    cid = {n: i for i, n in enumerate(names)}
    examples: list[tuple[Atoms, int, int, list[int], list[list[int]]]] = []
    for atoms, heads, _rels in data:
        full = [-1, *heads]
        kids = children(full)
        for d in range(1, len(full)):
            examples.append((atoms, d, full[d], full, kids))
    labels = [cid[r] for _a, _h, rels in data for r in rels]
    rng = np.random.default_rng(seed)
    order = np.arange(len(examples))
    for epoch in range(epochs):
        rng.shuffle(order)
        correct = 0
        for k in order.tolist():
            atoms, d, h, full, kids = examples[k]
            ids = model.ids(label_features(atoms, d, h, full, kids), grow=True)
            scores = model.scores(ids)
            guess = int(np.argmax(scores))
            model.update(ids, labels[k], guess)
            correct += guess == labels[k]
        log(f"labels epoch {epoch + 1}/{epochs}: train acc {correct / len(examples):.4f}")
    return model


def attachment(parser: DependencyParser, trees: Sequence[Tree], tags: Sequence[list[Tagged]]) -> tuple[float, float]:
    """UAS and LAS (punctuation included) on gold tokens with the given tags."""
    n = uas = las = 0
    for tree, tg in zip(trees, tags, strict=True):
        heads, rels = parser.parse(tree.words, tg)
        for h, r, gh, gr in zip(heads, rels, tree.heads, tree.deprels, strict=True):
            n += 1
            uas += h == gh
            las += h == gh and r == gr
    return uas / max(n, 1), las / max(n, 1)


def train(
    trees: Sequence[Tree], tags: Sequence[list[Tagged]], epochs: int, label_epochs: int
) -> ParserModel:
    atoms = [Atoms.of(t.words, tg) for t, tg in zip(trees, tags, strict=True)]
    moves = train_moves([(a, t.heads) for a, t in zip(atoms, trees, strict=True)], epochs)
    names = tuple(sorted({r for t in trees for r in t.deprels}))
    labels = train_labels(
        [(a, t.heads, t.deprels) for a, t in zip(atoms, trees, strict=True)], names, label_epochs
    )
    mf, mw = moves.finish()
    lf, lw = labels.finish()
    log(f"{len(mf)} transition features, {len(lf)} label features, {len(names)} labels")
    return ParserModel(
        move_features=mf,
        moves=mw,
        label_features=lf,
        labels=lw,
        label_names=names,
        meta={
            "train": f"GSD dev 0-{GSD_TRAIN - 1} + PUD 0-{PUD_TRAIN - 1}",
            "epochs": epochs,
            "label_epochs": label_epochs,
        },
    )


def main(
    shared: Path,
    *,
    epochs: int = 12,
    label_epochs: int = 8,
    jackknife: int = 4,
    save: bool = True,
    out: Path = PARSER_PATH,
) -> ParserModel:
    t0 = time.time()
    train_trees, heldout = split_trees(shared)
    log(f"{len(train_trees)} training sentences, {len(heldout)} held out")
    tags = predicted_tags(train_trees, jackknife)
    model = train(train_trees, tags, epochs, label_epochs)
    parser = DependencyParser(model)
    gsd_held = heldout[: len(heldout) - (1000 - PUD_TRAIN)]
    pud_held = heldout[len(gsd_held) :]
    for name, part in (("GSD 700:", gsd_held), ("PUD 800:1000", pud_held)):
        uas, las = attachment(parser, part, predicted_tags(part))
        log(f"held out {name}: UAS {uas:.4f} LAS {las:.4f}")
    if save:
        model.save(out)
        log(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return model


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--label-epochs", type=int, default=8)
    ap.add_argument("--jackknife", type=int, default=4, help="tagger folds (0: shipped tagger)")
    ap.add_argument("--out", type=Path, default=PARSER_PATH)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args()
    main(
        args.shared,
        epochs=args.epochs,
        label_epochs=args.label_epochs,
        jackknife=args.jackknife,
        save=not args.no_save,
        out=args.out,
    )
