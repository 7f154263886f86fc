"""Error analysis for the events stage on the PLOVER dev set (development aid, not shipped).

    python bench/events_errors.py cache                 # run the input stages once, pickle the Docs
    python bench/events_errors.py score [--half tune|check|all] [--min-conf X]
    python bench/events_errors.py errors [--half tune|check|all] [--kind fp|fn|args|type]

``cache`` stores the Docs after every installed stage before ``events`` (exactly what
``newsgraph eval events`` feeds the events stage) in ``$EVENTS_CACHE`` (default
``/tmp/events_cache.pkl``), so ``score``/``errors`` re-run only the events stage.

The split of the dev set (see ``bench/events_dev/README.md``): a document is in the *check*
half when the first byte of ``sha256(doc id)`` is odd, else in the *tuning* half.  Rules are
developed on the tuning half; a change is kept only when it does not lower the check half.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from newsgraph.evaluation import events as ev  # noqa: E402
from newsgraph.events.stage import extract_events  # noqa: E402

GOLD = REPO / "bench" / "events_dev" / "gold.jsonl"
CACHE = Path(os.environ.get("EVENTS_CACHE", "/tmp/events_cache.pkl"))


def half_of(doc_id: str) -> str:
    return "check" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 else "tune"


def build_cache() -> None:
    gold = ev.load_gold(GOLD)
    corpus = ev._load_corpus(ev.default_corpus(), {g["doc"] for g in gold if "text" not in g})
    docs = ev.input_docs([ev.article_for(rec, corpus) for rec in gold])
    CACHE.write_bytes(pickle.dumps(docs))
    print(f"cached {len(docs)} docs in {CACHE}")


def run(half: str, min_conf: float = 0.0) -> tuple[list[dict[str, Any]], list[Any]]:
    gold = ev.load_gold(GOLD)
    docs = pickle.loads(CACHE.read_bytes())
    recs, arts = [], []
    for rec, doc in zip(gold, docs, strict=True):
        if half != "all" and half_of(str(rec.get("doc"))) != half:
            continue
        events = tuple(e for e in extract_events(doc) if e.confidence >= min_conf)
        recs.append(rec)
        arts.append(dataclasses.replace(doc.article, events=events))
    return recs, arts


def summary(half: str, min_conf: float = 0.0) -> dict[str, float]:
    recs, arts = run(half, min_conf)
    res = ev.score(recs, arts)
    out = {}
    for name, prf in res["rows"].items():
        out[name] = (round(prf.precision, 3), round(prf.recall, 3), round(prf.f1, 3))
    out.update({k: v for k, v in res["extra"].items() if k.endswith("_acc")})
    out["gold"] = res["extra"]["gold_events"]
    out["pred"] = res["extra"]["pred_events"]
    return out


def _ctx(text: str, start: int, end: int, width: int = 90) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " ")


def _fmt_gold_parties(ps: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['text']}={p.get('country')}/{p.get('sector')}" for p in ps) or "-"


def _fmt_pred_parties(ps: Any) -> str:
    return "; ".join(f"{p.text}={p.country}/{p.sector}" for p in ps) or "-"


def errors(half: str, kind: str | None) -> None:
    recs, arts = run(half)
    counts: Counter[str] = Counter()
    for rec, art in zip(recs, arts, strict=True):
        gold = rec["events"]
        pred = list(art.events)
        pairs = ev.align(art.text, gold, pred)
        pg = {gi for gi, _ in pairs}
        pp = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in pg:
                counts["fn"] += 1
                if kind in (None, "fn"):
                    t = g["trigger"]
                    print(f"FN {rec['doc']} {g['type']}/{g.get('mode')} A[{_fmt_gold_parties(g['actors'])}] T[{_fmt_gold_parties(g['targets'])}]")
                    print("   ", _ctx(art.text, t["start"], t["end"]))
        for pi, p in enumerate(pred):
            if pi not in pp:
                counts["fp"] += 1
                if kind in (None, "fp"):
                    print(f"FP {rec['doc']} {p.type}/{p.mode} conf={p.confidence:.2f} A[{_fmt_pred_parties(p.actors)}] T[{_fmt_pred_parties(p.targets)}]")
                    print("   ", _ctx(art.text, p.trigger.start, p.trigger.end))
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g["type"] != p.type:
                counts["type"] += 1
                if kind in (None, "type"):
                    print(f"TYPE {rec['doc']} gold {g['type']} pred {p.type} ({p.trigger.text})")
                    print("   ", _ctx(art.text, p.trigger.start, p.trigger.end))
                continue
            if g.get("reciprocal") or p.reciprocal:
                ok = ev._parties_match(g["actors"] + g["targets"], list(p.actors) + list(p.targets))
            else:
                ok = ev._parties_match(g["actors"], p.actors) and ev._parties_match(g["targets"], p.targets)
            if not ok:
                counts["args"] += 1
                if kind in (None, "args"):
                    print(f"ARGS {rec['doc']} {g['type']} recip g={g.get('reciprocal')} p={p.reciprocal} conf={p.confidence:.2f}")
                    print(f"    gold A[{_fmt_gold_parties(g['actors'])}] T[{_fmt_gold_parties(g['targets'])}]")
                    print(f"    pred A[{_fmt_pred_parties(p.actors)}] T[{_fmt_pred_parties(p.targets)}]")
                    print("   ", _ctx(art.text, p.trigger.start, p.trigger.end, 160))
    print(dict(counts))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["cache", "score", "errors"])
    ap.add_argument("--half", default="all", choices=["tune", "check", "all"])
    ap.add_argument("--kind", default=None, choices=["fp", "fn", "args", "type"])
    ap.add_argument("--min-conf", type=float, default=0.0)
    args = ap.parse_args()
    if args.cmd == "cache":
        build_cache()
    elif args.cmd == "score":
        halves = ["tune", "check", "all"] if args.half == "all" else [args.half]
        for h in halves:
            print(h, summary(h, args.min_conf))
    else:
        errors(args.half, args.kind)


if __name__ == "__main__":
    main()
