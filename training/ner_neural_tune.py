"""Measure the neural scorer on the NER tuning folds (docs/models/ner.md, rows 43+).

    python -m training.ner_neural_tune --fold a --seeds 13 14 15 --arms ref nn
    python -m training.ner_neural_tune --fold a --seeds 13 --arms alone
    python -m training.ner_neural_tune --speed a13     # recogniser speed, ref vs nn models

Arms, each trained with the same cached UPOS tags (the ``nlp`` tagger is run once per sentence
and cached under ``build/ner-neural/``, so both arms of a comparison see identical tags):

``ref``   the CRF recipe of ``training/train_ner.py`` (training sentences shuffled by the seed);
``nn``    the same CRF plus the features of :func:`training.ner_neural_model.crf_features` from a
          neural scorer jackknifed over k folds of the CRF's training sentences (seed = the
          shuffling seed); at test time the mean of the k members;
``alone`` one neural network on all training sentences, argmax labels, no CRF, no rules.

``ref`` and ``nn`` are scored with the rules of the shipped recipe (micro F1 PER/ORG/LOC, as
``newsgraph eval ner``).  Results are appended as JSON lines to ``build/ner-neural/runs.jsonl``.
Never touches GermEval 80-100 % (the held-out part).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsgraph.evaluation.ner import CORE, TO_GERMEVAL
from newsgraph.ner.germeval import LabelledSentence, bio_spans, repair_bio
from newsgraph.ner.stage import RULES, EntityRecognizer
from newsgraph.ner.tagger import EntityTagger, make_features

from . import ner_data, train_ner
from .ner_neural import LABELS, Hyper, jackknife, train_single
from .ner_neural_model import NeuralScorer, crf_features

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "build" / "ner-neural"


def cached_tags(shared: Path, sentences: Sequence[LabelledSentence]) -> list[list[str]]:
    """UPOS of the sentences, from the cache file (tagged once; the same for every arm)."""
    cache = WORK / "upos.pkl"
    table: dict[tuple[str, ...], list[str]] = {}
    if cache.is_file():
        table = pickle.loads(cache.read_bytes())
    missing = [list(s.tokens) for s in sentences if s.tokens not in table]
    if missing:
        for toks, tg in zip(missing, train_ner.upos_tags(missing), strict=True):
            table[tuple(toks)] = tg
        WORK.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(table))
    train_ner._POS_CACHE.update(table)
    return [table[s.tokens] for s in sentences]


def fold_sentences(shared: Path, fold: str, seed: int) -> tuple[list[LabelledSentence], list[LabelledSentence]]:
    train_part, tune_part = ner_data.TUNE_FOLDS[fold]
    sents = list(ner_data.germeval(shared, train_part))
    sents += [s for s in ner_data.smartdata(shared, train_ner.SMARTDATA_SOURCES)
              if any(lab != "O" for lab in s.labels)]
    random.Random(seed).shuffle(sents)
    return sents, ner_data.germeval(shared, tune_part)


def train_crf(sentences: Sequence[LabelledSentence], tags: Sequence[Sequence[str]],
              extra: Sequence[list[list[str]]] | None, model: Path) -> None:
    """The recipe's CRF (averaged perceptron, 20 epochs), optionally with extra features."""
    import pycrfsuite

    from newsgraph.ner.crf import export_crfsuite

    fx = make_features(model)
    trainer = pycrfsuite.Trainer(algorithm=train_ner.ALGORITHM, verbose=False)
    for n, sent in enumerate(sentences):
        feats = fx.sentence(list(sent.tokens), tags[n])
        if extra is not None:
            for f, more in zip(feats, extra[n], strict=True):
                f += more
        trainer.append(feats, list(sent.labels))
    trainer.set_params(train_ner.PARAMS[train_ner.ALGORITHM])
    raw = model.with_suffix(".crfsuite")
    trainer.train(str(raw))
    export_crfsuite(raw, model)


class NeuralFeatureTagger(EntityTagger):
    """The CRF tagger whose emissions also get the neural scorer's features."""

    def __init__(self, model_path: Path, neural: NeuralScorer) -> None:
        super().__init__(model_path)
        self.neural = neural
        self._pending: dict[tuple[str, ...], np.ndarray] = {}

    def emissions(self, words: list[str], tags: list[str] | None = None) -> np.ndarray:
        em = super().emissions(words, tags)
        probs = self._pending.get(tuple(words))
        if probs is None:
            probs = self.neural.probabilities([words], [tags] if tags else None)[0]
        self.weights.add_emissions(em, crf_features(probs, self.neural.labels))
        return em

    def spans_batch(self, sentences, tags=None, chunk=64):  # noqa: ANN001
        probs = self.neural.probabilities(sentences, tags)
        self._pending = {tuple(s): p for s, p in zip(sentences, probs, strict=True)}
        try:
            return super().spans_batch(sentences, tags, chunk)
        finally:
            self._pending = {}


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def score_recognizer(tagger: EntityTagger, sents: Sequence[LabelledSentence],
                     tags: Sequence[Sequence[str]]) -> dict[str, float]:
    """Micro F1 PER/ORG/LOC with the recipe's rules (as ``newsgraph eval ner``)."""
    rec = EntityRecognizer(model_path=tagger.path, rules=RULES)
    rec.tagger = tagger
    found = rec.recognize_batch([list(s.tokens) for s in sents], [list(t) for t in tags])
    return score_spans(sents, [{(f.start, f.end, TO_GERMEVAL.get(f.label)) for f in fs}
                               for fs in found])


def score_spans(sents: Sequence[LabelledSentence], preds: Sequence[set]) -> dict[str, float]:
    tp = fp = fn = 0
    for sent, pred in zip(sents, preds, strict=True):
        gold = {s for s in bio_spans(sent.labels) if s[2] in CORE}
        p = {s for s in pred if s[2] in CORE}
        tp, fp, fn = tp + len(gold & p), fp + len(p - gold), fn + len(gold - p)
    return {"micro": f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}


def run(shared: Path, fold: str, seed: int, arm: str, hp: Hyper, k: int) -> dict:
    t0 = time.time()
    train, tune = fold_sentences(shared, fold, seed)
    tags = cached_tags(shared, train)
    tune_tags = cached_tags(shared, tune)
    fx = make_features(train_ner.NER_DIR / "models" / "ner-de.npz")
    tag = f"{fold}{seed}{arm}"
    if arm == "alone":
        path = WORK / f"alone-{tag}.npz"
        train_single(train, tags, fx, path, seed=seed, hp=hp)
        probs = NeuralScorer(path, fx).probabilities([s.tokens for s in tune], tune_tags)
        preds = [set(bio_spans(repair_bio([LABELS[i] for i in p.argmax(1)]))) for p in probs]
        res = score_spans(tune, preds)
    else:
        crf = WORK / f"crf-{tag}.npz"
        extra = None
        if arm == "nn":
            nn_path = WORK / f"nn-{tag}.npz"
            oof = jackknife(train, tags, fx, nn_path, k=k, seed=seed, hp=hp)
            extra = [crf_features(p, LABELS) for p in oof]
        train_crf(train, tags, extra, crf)
        tagger: EntityTagger = (NeuralFeatureTagger(crf, NeuralScorer(nn_path, fx))
                                if arm == "nn" else EntityTagger(crf))
        res = score_recognizer(tagger, tune, tune_tags)
    res.update(fold=fold, seed=seed, arm=arm, k=k, hyper=hp.__dict__,
               seconds=round(time.time() - t0))
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / "runs.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(res) + "\n")
    print(json.dumps(res), file=sys.stderr)
    return res


def speed(shared: Path, tag: str, folder: Path = WORK, repeats: int = 2) -> None:
    """CPU-time speed of the recogniser (features, CRF, rules) with the ``ref`` and the ``nn``
    models of one run (``tag`` = fold + seed, e.g. ``a13``) on GermEval 0-80 % (speed only),
    in batches of 30 sentences (about one article), caches cold."""
    sents = ner_data.germeval(shared, ner_data.TRAIN_PART)
    tags = cached_tags(shared, sents)
    n = sum(len(s.tokens) for s in sents)

    def rate(tagger: EntityTagger) -> float:
        rec = EntityRecognizer(model_path=tagger.path, rules=RULES)
        rec.tagger = tagger
        t0 = time.process_time()
        for i in range(0, len(sents), 30):
            rec.recognize_batch([list(s.tokens) for s in sents[i : i + 30]],
                                [list(t) for t in tags[i : i + 30]])
        return n / (time.process_time() - t0)

    for _ in range(repeats):
        ref = rate(EntityTagger(folder / f"crf-{tag}ref.npz"))
        crf = folder / f"crf-{tag}nn.npz"
        nn = rate(NeuralFeatureTagger(crf, NeuralScorer(folder / f"nn-{tag}nn.npz",
                                                          make_features(crf))))
        print(f"{n} tokens, cold caches: CRF + rules {ref:.0f} tokens/s; "
              f"with neural features {nn:.0f} tokens/s")


def cli(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--fold", choices=sorted(ner_data.TUNE_FOLDS), default="a")
    ap.add_argument("--seeds", type=int, nargs="+", default=[13, 14, 15])
    ap.add_argument("--arms", nargs="+", default=["ref", "nn"], choices=["ref", "nn", "alone"])
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--epochs", type=int, default=Hyper.epochs)
    ap.add_argument("--hidden", type=int, default=Hyper.hidden)
    ap.add_argument("--speed", metavar="TAG", help="only measure the speed of run TAG (a13)")
    ap.add_argument("--dir", type=Path, default=WORK, help="folder of the runs' models")
    args = ap.parse_args(argv)
    if args.speed:
        speed(args.shared, args.speed, args.dir)
        return
    hp = Hyper(epochs=args.epochs, hidden=args.hidden)
    for seed in args.seeds:
        for arm in args.arms:
            run(args.shared, args.fold, seed, arm, hp, args.k)


if __name__ == "__main__":
    cli()
