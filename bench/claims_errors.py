"""Error analysis for the claims stage on german_news_quotes (development aid, not shipped).

    python bench/claims_errors.py cache dev        # run the upstream stages once, pickle the Docs
    python bench/claims_errors.py score dev        # claims stage only on the cached Docs: P/R/F1
    python bench/claims_errors.py errors dev [--form Reported] [--kind fp|fn|speaker|cue]
    python bench/claims_errors.py snapshot train --file /tmp/before.pkl   # the layer, for later
    python bench/claims_errors.py diff train --file /tmp/before.pkl --text # what a change did

Another set in that format: ``QUOTES_DATA=bench/data/german_quotes`` (use its own
``CLAIMS_CACHE`` too).  The cache (``$CLAIMS_CACHE`` or ``/tmp/claims_cache``) holds the Docs after the default pipeline
without ``events``/``quantities``/``claims``, exactly what ``newsgraph eval quotes`` feeds the
claims stage, so ``score`` gives the same figures in seconds instead of minutes.  The data is
read from ``../shared`` and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.claims.stage import analyse
from newsgraph.evaluation.quotes import (
    _DATE,
    FORMS,
    Annotation,
    Scores,
    align,
    gold_annotations,
    predicted_annotations,
    score_document,
    token_offsets,
)

#: the data set (``$QUOTES_DATA``, e.g. ``bench/data/german_quotes``; default german_news_quotes)
DATA = Path(
    os.environ.get(
        "QUOTES_DATA",
        Path(__file__).resolve().parents[2] / "shared/data/attribution/german_news_quotes",
    )
)
CACHE = Path(os.environ.get("CLAIMS_CACHE", "/tmp/claims_cache"))


def load_json(split: str) -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text("utf-8")) for p in sorted((DATA / split).glob("*.json"))}


def build_cache(split: str) -> None:
    from newsgraph.io.ids import content_id
    from newsgraph.pipeline import Pipeline
    from newsgraph.record import Article, Source

    pipe = Pipeline.default(disable=("events", "quantities", "claims"))
    out = {}
    for name, data in load_json(split).items():
        text = data["originalText"]
        m = _DATE.search(str(data.get("documentName", "")))
        pub = m.group(1) if m else None
        art = Article(
            id=content_id(text),
            text=text,
            source=Source(published=pub, published_basis="metadata" if pub else None),
        )
        try:
            out[name] = pipe.run_doc(art)
        except Exception as exc:  # noqa: BLE001
            print("fail", name, exc, file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{split}.pkl", "wb") as fh:
        pickle.dump(out, fh)


def run(
    split: str,
) -> list[tuple[str, dict[str, Any], list[Any], list[Annotation], list[Annotation]]]:
    with open(CACHE / f"{split}.pkl", "rb") as fh:
        docs = pickle.load(fh)
    out = []
    for name, data in load_json(split).items():
        toks = token_offsets(data)
        doc = docs.get(name)
        found = list(analyse(doc)[1]) if doc is not None else []
        out.append(
            (name, data, found, predicted_annotations(found, toks), gold_annotations(data, toks))
        )
    return out


def show_scores(results: list[Any]) -> Scores:
    total = Scores.total(score_document(pred, gold) for _, _, _, pred, gold in results)
    rows = [
        ("quote", total.quote),
        ("cue", total.cue),
        ("speaker", total.speaker),
        ("joint", total.joint),
    ] + [(f, total.forms[f]) for f in FORMS]
    for label, m in rows:
        print(f"{label:22s} P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.4f}")
    return total


def _text(data: dict[str, Any], ids: frozenset[int]) -> str:
    toks = data["tokens"]
    return " ".join(
        toks[i]["text"]
        if isinstance(toks[i], dict) and "text" in toks[i]
        else data["originalText"][toks[i]["charBegin"] : toks[i]["charEnd"]]
        for i in sorted(ids)
    )


def _context(data: dict[str, Any], ids: frozenset[int], width: int = 160) -> str:
    if not ids:
        return ""
    toks = data["tokens"]
    s = toks[min(ids)]["charBegin"]
    e = toks[max(ids)]["charEnd"]
    text = data["originalText"]
    return text[max(0, s - width) : s] + "[[" + text[s:e] + "]]" + text[e : e + 60]


def errors(results: list[Any], form: str | None, kind: str | None) -> None:
    counts: Counter[str] = Counter()
    for name, data, _, pred, gold in results:
        pairs = align(pred, gold)
        ap = {i for i, _ in pairs}
        ag = {j for _, j in pairs}
        items = []
        for i, p in enumerate(pred):
            if i not in ap and (form is None or p.kind == form):
                items.append(("fp", p.kind, f"{len(p.quote)} tok", p))
        for j, g in enumerate(gold):
            if j not in ag and (form is None or g.kind == form):
                items.append(("fn", g.kind, f"{len(g.quote)} tok", g))
        for i, j in pairs:
            p, g = pred[i], gold[j]
            if form is not None and g.kind != form:
                continue
            if not (p.speaker & g.speaker) and (p.speaker or g.speaker):
                items.append(
                    (
                        "speaker",
                        g.kind,
                        f"pred={_text(data, p.speaker)!r} gold={_text(data, g.speaker)!r} ptype={p.kind}",
                        g,
                    )
                )
            elif not (p.cue & g.cue) and (p.cue or g.cue):
                items.append(
                    (
                        "cue",
                        g.kind,
                        f"pred={_text(data, p.cue)!r} gold={_text(data, g.cue)!r} ptype={p.kind}",
                        g,
                    )
                )
        for k, f, info, a in items:
            counts[f"{k} {f}"] += 1
            if kind is None or k == kind:
                print(f"== {k} {f} {info} | {name[:40]}")
                print("   ", _context(data, a.quote).replace("\n", " / "))
    for k, v in sorted(counts.items()):
        print(f"{k:30s} {v}")


def show(results: list[Any]) -> None:
    """Predicted and gold attributions of the selected documents, side by side."""
    for name, data, _, pred, gold in results:
        print("####", name)
        pairs = dict(align(pred, gold))
        for i, p in enumerate(pred):
            g = gold[pairs[i]] if i in pairs else None
            print(
                f"P{i} {p.kind} spk={_text(data, p.speaker)!r} cue={_text(data, p.cue)!r} :: {_text(data, p.quote)[:150]}"
            )
            if g is not None:
                print(
                    f"  G {g.kind} spk={_text(data, g.speaker)!r} cue={_text(data, g.cue)!r} :: {_text(data, g.quote)[:150]}"
                )
        for j, g in enumerate(gold):
            if j not in pairs.values():
                print(
                    f"G- {g.kind} spk={_text(data, g.speaker)!r} cue={_text(data, g.cue)!r} :: {_text(data, g.quote)[:150]}"
                )


def snapshot(results: list[Any], out: Path) -> None:
    """Pickle the layer of each document as (kind, quote, speaker, cue) token-id rows."""
    rows = {
        name: sorted(
            (p.kind, tuple(sorted(p.quote)), tuple(sorted(p.speaker)), tuple(sorted(p.cue)))
            for p in pred
        )
        for name, _data, _found, pred, _gold in results
    }
    with out.open("wb") as fh:
        pickle.dump(rows, fh)
    print(f"{len(rows)} documents -> {out}")


def diff(results: list[Any], old: Path, show_text: bool) -> None:
    """The layer rows that changed since the snapshot ``old`` (texts only with ``show_text``:
    the split's errors may be read, e.g. train)."""
    with old.open("rb") as fh:
        before = pickle.load(fh)
    for name, data, _found, pred, _gold in results:
        now = sorted(
            (p.kind, tuple(sorted(p.quote)), tuple(sorted(p.speaker)), tuple(sorted(p.cue)))
            for p in pred
        )
        was = before.get(name, [])
        if now == was:
            continue
        print("==", name[:60])
        if not show_text:
            continue
        for sign, rows in (("-", set(was) - set(now)), ("+", set(now) - set(was))):
            for kind, quote, speaker, cue in sorted(rows):
                q, sp, c = (_text(data, frozenset(x)) for x in (quote, speaker, cue))
                print(f"  {sign} {kind} | {q[:140]} | speaker {sp!r} | cue {c!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("cache", "score", "errors", "show", "snapshot", "diff"))
    ap.add_argument("split")
    ap.add_argument("--form")
    ap.add_argument("--kind")
    ap.add_argument("--doc", help="errors: only documents whose name starts with this")
    ap.add_argument("--file", type=Path, help="snapshot: where to write; diff: the old snapshot")
    ap.add_argument("--text", action="store_true", help="diff: print the changed rows' texts")
    args = ap.parse_args()
    if args.action == "cache":
        build_cache(args.split)
        return
    results = run(args.split)
    if args.action in ("snapshot", "diff"):
        if args.file is None:
            ap.error(f"{args.action} needs --file")
        if args.action == "snapshot":
            snapshot(results, args.file)
        else:
            diff(results, args.file, args.text)
        return
    if args.doc:
        results = [r for r in results if r[0].startswith(args.doc)]
    if args.action == "score":
        show_scores(results)
    elif args.action == "show":
        show(results)
    else:
        errors(results, args.form, args.kind)


if __name__ == "__main__":
    main()
