"""Error analysis of the claim record fields (stance, speaker entity, via, said); not shipped.

    python bench/claim_records_errors.py score train      # the figures of `eval claim-records`
    python bench/claim_records_errors.py errors train [--field stance|speaker|via|said]
    python bench/claim_records_errors.py score train --docs 250:500   # a slice of the documents

Reads the cached Docs of ``bench/claims_errors.py cache SPLIT`` (``$CLAIMS_CACHE``) and the
bundled gold ``newsgraph/evaluation/data/claim_records_SPLIT.jsonl`` (with ``$QUOTES_DATA``
set: that set's ``claim_records_SPLIT.jsonl``); runs only the claims stage,
so a rule change is measured in seconds.  Read errors on ``train``; ``dev`` is for measuring.
"""

from __future__ import annotations

import argparse
import os
import pickle
from typing import Any

from claims_errors import CACHE, DATA, load_json

from newsgraph.claims.stage import analyse
from newsgraph.evaluation.claim_records import (
    FieldScores,
    GoldRecord,
    Prediction,
    bundled_gold,
    judge_document,
    read_gold,
    report,
    score_document,
)


def predictions(
    split: str, docs_slice: slice | None = None
) -> list[tuple[dict[str, Any], Prediction, list[GoldRecord]]]:
    gold_file = (
        DATA / f"claim_records_{split}.jsonl"
        if "QUOTES_DATA" in os.environ
        else bundled_gold(split)
    )
    gold = read_gold(gold_file.read_text("utf-8").splitlines(), gold_file.name)
    with open(CACHE / f"{split}.pkl", "rb") as fh:
        docs = pickle.load(fh)
    out = []
    items = list(load_json(split).items())
    for name, data in items[docs_slice or slice(None)]:
        records = gold.get(data["documentName"])
        doc = docs.get(name)
        if records is None or doc is None:
            continue
        claims, found = analyse(doc)
        art = doc.article
        out.append((data, Prediction(found, claims, art.entities, art.times), records))
    return out


def score(split: str, docs_slice: slice | None = None) -> None:
    total = FieldScores()
    for data, pred, records in predictions(split, docs_slice):
        total.add(score_document(data, pred, records))
    rows, extra = report(total)
    for label, m in rows.items():
        print(f"{label:22s} P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.4f}  (tp {m.tp:.0f})")
    for key, val in extra.items():
        print(f"{key}: {val}")
    print("confusion:", dict(sorted(total.stance.items())))


def errors(split: str, only: str | None, docs_slice: slice | None = None) -> None:
    """Every wrong field of every aligned gold quotation, with its context."""
    for data, pred, records in predictions(split, docs_slice):
        text = data["originalText"]
        for v in judge_document(data, pred, records):
            rec, claim = v.record, v.claim
            s, e = rec.quote[0][0], rec.quote[-1][1]
            where = f"{data['documentName'][:45]} @{s}"
            ctx = (text[max(0, s - 140) : s] + "[[" + text[s:e][:160] + "]]").replace("\n", " / ")

            def gold_text(span: tuple[int, int] | None, text: str = text) -> str | None:
                return text[span[0] : span[1]] if span else None

            problems = []
            stance = claim.stance if claim else "none"
            if rec.stance != stance:
                ev = ",".join(x.text for x in claim.evidence) if claim else ""
                problems.append(("stance", f"gold {rec.stance} pred {stance} ({ev})"))
            if v.speaker_right is False:
                shown = v.speaker.name if v.speaker else None
                said_as = claim.speaker_text if claim else None
                problems.append(
                    ("speaker", f"gold {gold_text(rec.speaker)!r} pred {shown!r} text {said_as!r}")
                )
            if (rec.via or v.relay) and not v.relay_right:
                shown = v.relay.speaker_text if v.relay else None
                problems.append(("via", f"gold {gold_text(rec.via)!r} pred {shown!r}"))
            if (rec.said or v.time or v.occasion) and not v.time_right:
                shown = v.time.text if v.time else v.occasion.text if v.occasion else None
                problems.append(("said", f"gold {gold_text(rec.said)!r} pred {shown!r}"))
            for kind, info in problems:
                if only is None or kind == only:
                    print(f"== {kind} {info} | {where}\n    {ctx}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("score", "errors"))
    ap.add_argument("split")
    ap.add_argument("--field", choices=("stance", "speaker", "via", "said"))
    ap.add_argument("--docs", help="A:B, only documents A to B-1 (in name order)")
    args = ap.parse_args()
    docs_slice = None
    if args.docs:
        a, _, b = args.docs.partition(":")
        docs_slice = slice(int(a) if a else None, int(b) if b else None)
    if args.action == "score":
        score(args.split, docs_slice)
    else:
        errors(args.split, args.field, docs_slice)


if __name__ == "__main__":
    main()
