"""Fit the event confidence model on the dev set and write ``newsgraph/events/confidence_de.json``.

Usage::

    .venv/bin/python bench/events_dev/calibrate.py [--gold bench/events_dev/gold.jsonl] [--half tune]
        [--cache /tmp/events_cache.pkl]

``--half tune`` fits on the tuning half of the dev split only (``bench/events_errors.py``,
``bench/events_dev/README.md``), so that the check half measures the calibration honestly;
``--cache`` reads the input Docs that ``bench/events_errors.py cache`` pickled.

Every predicted event of the dev articles is labelled 1 when it matches a gold event at the
strictest level of ``newsgraph eval events`` (type + actor + recipient), else 0, and a logistic
regression (L2, plain gradient descent) is fitted on the features of
``newsgraph.events.merge.features``.  The confidence of an event is then an estimate of the
probability that its type and participants are right.  Re-run after changing the extractor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.evaluation import events as ev  # noqa: E402
from newsgraph.events.extract import extract_mentions  # noqa: E402
from newsgraph.events.lexicon import load_lexicon  # noqa: E402
from newsgraph.events.merge import build_events_with_features  # noqa: E402


def half_of(doc_id: str) -> str:
    """The dev split of ``bench/events_errors.py``: odd first byte of sha256(id) = check half."""
    return "check" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 else "tune"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(HERE / "gold.jsonl"))
    ap.add_argument("--out", default=str(REPO / "newsgraph" / "events" / "confidence_de.json"))
    ap.add_argument("--l2", type=float, default=0.5)
    ap.add_argument("--half", choices=["all", "tune", "check"], default="all")
    ap.add_argument("--cache", default=None, help="pickled input Docs from bench/events_errors.py cache")
    args = ap.parse_args()
    gold = ev.load_gold(args.gold)
    lex = load_lexicon()
    if args.cache:
        docs = pickle.loads(Path(args.cache).read_bytes())
    else:
        corpus = ev._load_corpus(ev.default_corpus(), {g["doc"] for g in gold if "text" not in g})
        docs = ev.input_docs([ev.article_for(rec, corpus) for rec in gold])
    if args.half != "all":
        keep = [i for i, rec in enumerate(gold) if half_of(str(rec.get("doc"))) == args.half]
        gold = [gold[i] for i in keep]
        docs = [docs[i] for i in keep]
    rows, labels = [], []
    names: list[str] = []
    for rec, doc in zip(gold, docs, strict=True):
        scored = build_events_with_features(extract_mentions(doc, lex))
        preds = [e for e, _f in scored]
        pairs = dict((pi, gi) for gi, pi in ev.align(doc.text, rec["events"], preds))
        for pi, (e, feats) in enumerate(scored):
            names = sorted(feats)
            ok = 0
            if pi in pairs:
                g = rec["events"][pairs[pi]]
                if g["type"] == e.type:
                    if g.get("reciprocal") or e.reciprocal:
                        ok = ev._parties_match(g["actors"] + g["targets"], list(e.actors) + list(e.targets))
                    else:
                        ok = ev._parties_match(g["actors"], e.actors) and ev._parties_match(g["targets"], e.targets)
            rows.append([feats[n] for n in names])
            labels.append(float(ok))
    x = np.array(rows)
    y = np.array(labels)
    w = np.zeros(x.shape[1])
    for _ in range(5000):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + args.l2 * w / len(y)
        w -= 0.5 * grad
    p = 1.0 / (1.0 + np.exp(-x @ w))
    brier = float(np.mean((p - y) ** 2))
    out = {
        "about": "logistic confidence model for newsgraph events, fitted by bench/events_dev/calibrate.py",
        "fitted_on": Path(args.gold).name + ("" if args.half == "all" else f" ({args.half} half)"),
        "events": len(y),
        "positive_rate": round(float(y.mean()), 4),
        "brier": round(brier, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
    }
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
