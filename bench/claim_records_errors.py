"""Error analysis of the claim record fields (stance, speaker entity, via, said); not shipped.

    python bench/claim_records_errors.py score train      # the figures of `eval claim-records`
    python bench/claim_records_errors.py errors train [--field stance|speaker|via|said]

Reads the cached Docs of ``bench/claims_errors.py cache SPLIT`` (``$CLAIMS_CACHE``) and the
bundled gold ``newsgraph/evaluation/data/claim_records_SPLIT.jsonl``; runs only the claims stage,
so a rule change is measured in seconds.  Read errors on ``train``; ``dev`` is for measuring.
"""

from __future__ import annotations

import argparse
import pickle
from typing import Any

from claims_errors import CACHE, load_json

from newsgraph.claims.stage import analyse
from newsgraph.evaluation.claim_records import (
    FieldScores,
    GoldRecord,
    Prediction,
    bundled_gold,
    read_gold,
    report,
    same_source,
    score_document,
)


def predictions(split: str) -> list[tuple[dict[str, Any], Prediction, list[GoldRecord]]]:
    gold_file = bundled_gold(split)
    gold = read_gold(gold_file.read_text("utf-8").splitlines(), gold_file.name)
    with open(CACHE / f"{split}.pkl", "rb") as fh:
        docs = pickle.load(fh)
    out = []
    for name, data in load_json(split).items():
        records = gold.get(data["documentName"])
        doc = docs.get(name)
        if records is None or doc is None:
            continue
        claims, found = analyse(doc)
        art = doc.article
        out.append((data, Prediction(found, claims, art.entities, art.times), records))
    return out


def score(split: str) -> None:
    total = FieldScores()
    for data, pred, records in predictions(split):
        total.add(score_document(data, pred, records))
    rows, extra = report(total)
    for label, m in rows.items():
        print(f"{label:22s} P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.4f}  (tp {m.tp:.0f})")
    for key, val in extra.items():
        print(f"{key}: {val}")
    print("confusion:", dict(sorted(total.stance.items())))


def errors(split: str, only: str | None) -> None:
    for data, pred, records in predictions(split):
        text = data["originalText"]
        claims = {c.id: c for c in pred.claims}
        entities = {e.id: e for e in pred.entities}
        times = {t.id: t for t in pred.times}
        by_claim = {f.claim: f for f in pred.found if f.claim}
        for rec in records:
            s, e = rec.quote[0][0], rec.quote[-1][1]
            hits = [c for c in pred.claims if c.content.start < e and s < c.content.end]
            claim = max(
                hits,
                key=lambda c: min(e, c.content.end) - max(s, c.content.start),
                default=None,
            )
            if claim is None:
                continue
            where = f"{data['documentName'][:45]} @{s}"
            ctx = text[max(0, s - 140) : s] + "[[" + text[s:e][:160] + "]]"
            ctx = ctx.replace("\n", " / ")
            problems = []
            if rec.stance != claim.stance:
                ev = ",".join(x.text for x in claim.evidence)
                problems.append(("stance", f"gold {rec.stance} pred {claim.stance} ({ev})"))
            ent = entities.get(claim.speaker) if claim.speaker else None
            f = by_claim.get(claim.id.split(".")[0])
            phrase = f.speaker if f else None
            if rec.speaker and not same_source(text, rec.speaker, ent, phrase, claim.speaker_text):
                gold_name = text[rec.speaker[0] : rec.speaker[1]]
                shown = ent.name if ent else None
                problems.append(
                    ("speaker", f"gold {gold_name!r} pred {shown!r} text {claim.speaker_text!r}")
                )
            relay = claims.get(claim.via) if claim.via else None
            if rec.via or relay:
                gold_via = text[rec.via[0] : rec.via[1]] if rec.via else None
                rent = entities.get(relay.speaker) if relay and relay.speaker else None
                rf = by_claim.get(relay.id) if relay else None
                ok = bool(
                    relay
                    and rec.via
                    and same_source(
                        text, rec.via, rent, rf.speaker if rf else None, relay.speaker_text
                    )
                )
                if not ok:
                    shown = relay.speaker_text if relay else None
                    problems.append(("via", f"gold {gold_via!r} pred {shown!r}"))
            time = times.get(claim.said) if claim.said else None
            if rec.said or time:
                ok = bool(time and rec.said and time.start < rec.said[1] and rec.said[0] < time.end)
                if not ok:
                    gold_said = text[rec.said[0] : rec.said[1]] if rec.said else None
                    problems.append(
                        ("said", f"gold {gold_said!r} pred {time.text if time else None!r}")
                    )
            for kind, info in problems:
                if only is None or kind == only:
                    print(f"== {kind} {info} | {where}\n    {ctx}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("score", "errors"))
    ap.add_argument("split")
    ap.add_argument("--field", choices=("stance", "speaker", "via", "said"))
    args = ap.parse_args()
    if args.action == "score":
        score(args.split)
    else:
        errors(args.split, args.field)


if __name__ == "__main__":
    main()
