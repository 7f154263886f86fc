"""Train the shipped German NER model (``newsgraph/ner/models/ner-de.npz``).

    python -m training.train_ner --shared ../shared            # ship: train on all training data
    python -m training.train_ner --shared ../shared --tune     # develop: train 0-60 %, score 60-80 %
    python -m training.train_ner --shared ../shared --tune b   # second fold: train 20-80 %, score 0-20 %

Data: GermEval 2014 dev sentences 0-80 % (the last 20 % are the held-out test part, never used
here), DFKI SmartData, the gazetteer built by :mod:`training.ner_lexicon`.  Runs in minutes on
2 cores.  ``main(shared)`` is what ``training/train_all.py`` calls.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from newsgraph.ner.germeval import LabelledSentence, bio_spans
from newsgraph.ner.lexicon import load_gazetteer
from newsgraph.ner.tagger import DEFAULT_MODEL, EntityTagger

from . import ner_data
from .ner_lexicon import build_gazetteer, write_gazetteer

REPO = Path(__file__).resolve().parent.parent
NER_DIR = REPO / "newsgraph" / "ner"
#: SmartData parts used (tweets and traffic reports lowered the tuning score)
SMARTDATA_SOURCES = ("news",)
#: SmartData annotates only its own concept types (no MISC, uneven coverage), so its sentences
#: without any annotated entity are left out: on the two tuning folds, mean of three shuffling
#: seeds, +1.2 / +0.3 F1 points (ORG +3 / +4)
SMARTDATA_WITH_ENTITIES_ONLY = True
#: train with UPOS features from the nlp stage's tagger
USE_POS = True
#: averaged perceptron, 20 epochs: on two tuning folds (docs/models/ner.md) L-BFGS was
#: +1.0 / -1.8 F1 points, 10 epochs -1.2 / -1.9, 40 epochs -0.4 / -0.4
ALGORITHM = "ap"
PARAMS: dict[str, dict] = {
    "lbfgs": {"c1": 0.05, "c2": 0.02, "max_iterations": 120, "feature.possible_transitions": True},
    "ap": {"max_iterations": 20, "feature.possible_transitions": True},
    "pa": {"max_iterations": 30, "feature.possible_transitions": True},
}


def build_lexicon(shared: Path) -> None:
    words = ner_data.words(shared)
    vocab = {w.lower() for w in words}
    n = write_gazetteer(build_gazetteer(shared, vocab, words), NER_DIR / "data" / "gazetteer.tsv")
    load_gazetteer.cache_clear()
    print(f"gazetteer: {n} entries", file=sys.stderr)


def train(
    sentences: Sequence[LabelledSentence],
    model: Path,
    params: dict | None = None,
    algorithm: str = ALGORITHM,
) -> None:
    """Train with crfsuite and export the weights to ``model`` (``.npz``).  The crfsuite file
    (``model`` with suffix ``.crfsuite``) is an intermediate and is not shipped."""
    import pycrfsuite

    from newsgraph.ner.crf import export_crfsuite
    from newsgraph.ner.tagger import make_features

    fx = make_features(model)
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    tags = upos_tags([list(s.tokens) for s in sentences]) if USE_POS else None
    for n, sent in enumerate(sentences):
        trainer.append(
            fx.sentence(list(sent.tokens), tags[n] if tags else None), list(sent.labels)
        )
    trainer.set_params({**PARAMS.get(algorithm, {}), **(params or {})})
    model.parent.mkdir(parents=True, exist_ok=True)
    t = time.time()
    raw = REPO / "build" / (model.stem + ".crfsuite")
    raw.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(raw))
    n_attr = export_crfsuite(raw, model)
    print(
        f"trained {model.name} on {len(sentences)} sentences in {time.time() - t:.0f}s "
        f"({n_attr} attributes)",
        file=sys.stderr,
    )


def upos_tags(sentences: list[list[str]]) -> list[list[str]]:
    """UPOS of every token by the ``nlp`` stage's German tagger (cached per token tuple)."""
    from newsgraph.nlp.tagger import load_builtin_tagger

    key = [tuple(s) for s in sentences]
    missing = [list(k) for k in dict.fromkeys(key) if k not in _POS_CACHE]
    if missing:
        tagged = load_builtin_tagger().tag_sentences(missing)
        for words, tg in zip(missing, tagged, strict=True):
            _POS_CACHE[tuple(words)] = [t[0] for t in tg]
    return [_POS_CACHE[k] for k in key]


_POS_CACHE: dict[tuple[str, ...], list[str]] = {}


def score(model: Path, sentences: Sequence[LabelledSentence], types: tuple[str, ...]) -> dict:
    tagger = EntityTagger(model)
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    tags = upos_tags([list(s.tokens) for s in sentences]) if tagger.uses_pos else None
    for n, sent in enumerate(sentences):
        gold = {s for s in bio_spans(sent.labels) if s[2] in types}
        spans = tagger.spans(list(sent.tokens), tags[n] if tags else None)
        pred = {(s.start, s.end, s.label) for s in spans if s.label in types}
        for typ in types:
            g = {s for s in gold if s[2] == typ}
            p = {s for s in pred if s[2] == typ}
            c = per.setdefault(typ, [0, 0, 0])
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)

    def f1(a: int, b: int, c: int) -> float:
        return 2 * a / (2 * a + b + c) if a else 0.0

    out = {t: round(f1(*c), 4) for t, c in per.items()}
    out["micro"] = round(f1(tp, fp, fn), 4)
    return out


def training_sentences(shared: Path, part: str, smartdata: bool = True) -> list[LabelledSentence]:
    sents = list(ner_data.germeval(shared, part))
    if smartdata:
        sents += [
            s for s in ner_data.smartdata(shared, SMARTDATA_SOURCES)
            if not SMARTDATA_WITH_ENTITIES_ONLY or any(lab != "O" for lab in s.labels)
        ]
    random.Random(13).shuffle(sents)
    return sents


def main(shared: Path, *, tune: bool | str = False, rebuild_lexicon: bool = True) -> None:
    """Rebuild the gazetteer and train the model; with ``tune`` (a fold name of
    :data:`ner_data.TUNE_FOLDS`, ``True`` = ``"a"``) train and score that tuning fold instead."""
    shared = Path(shared)
    if shared.name != "data" and (shared / "data").is_dir():
        shared = shared / "data"
    if rebuild_lexicon:
        build_lexicon(shared)
    if tune:
        train_part, tune_part = ner_data.TUNE_FOLDS["a" if tune is True else str(tune)]
        model = REPO / "build" / "ner-tune.npz"
        train(training_sentences(shared, train_part), model)
        dev = ner_data.germeval(shared, tune_part)
        print("tune PER/ORG/LOC:", score(model, dev, ("PER", "ORG", "LOC")))
        print("tune +MISC:", score(model, dev, ("PER", "ORG", "LOC", "MISC")))
        return
    model = NER_DIR / "models" / DEFAULT_MODEL
    train(training_sentences(shared, ner_data.TRAIN_PART), model)


def cli(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument(
        "--tune", nargs="?", const="a", default=False, choices=sorted(ner_data.TUNE_FOLDS),
        help="tuning fold: a = train 0-60 %%, score 60-80 %%; b = train 20-80 %%, score 0-20 %%",
    )
    ap.add_argument("--no-lexicon", action="store_true", help="reuse the existing gazetteer")
    args = ap.parse_args(argv)
    main(args.shared, tune=args.tune, rebuild_lexicon=not args.no_lexicon)


if __name__ == "__main__":
    cli()
