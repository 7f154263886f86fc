"""Build the claim-records gold (``newsgraph/evaluation/data/claim_records_*.jsonl``).

Annotators (see ``docs/evaluation.md``, "Claim records") write one JSON line per document of
german_news_quotes with *strings* copied from the text, per gold quotation ``q`` (numbered in
text order, partial quotations nested in a quotation of the same speaker left out):

    {"doc": documentName, "quotes": [{"q": 0, "stance": "reported", "speaker": "Patrick Kamanda",
                                      "via": null, "said": "am Montag"}, ...]}

This script turns the strings into character offsets (the speaker name: its nearest occurrence
before the quotation, else the first one; the relaying source: its nearest occurrence to the
quotation; the time: its nearest occurrence to the cue), so the gold kept in the repository
holds offsets only and no text of the non-commercial dataset.  Where two annotators did the same
document, the first file wins and their agreement is printed.

    python bench/claim_records_gold.py --split dev OUT.jsonl ANNOTATION.jsonl [...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsgraph.evaluation.quotes import annotation_spans

DATA = Path(__file__).resolve().parents[2] / "shared/data/attribution/german_news_quotes"


def gold_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The dataset annotations that get a record line, in text order (their index is ``q``)."""
    anns = [a for a in data["annotations"] if annotation_spans(a, "quote")]
    anns.sort(
        key=lambda a: (annotation_spans(a, "quote")[0][0], annotation_spans(a, "quote")[-1][1])
    )
    out = []
    for a in anns:
        b, e = annotation_spans(a, "quote")[0][0], annotation_spans(a, "quote")[-1][1]
        if a.get("isNested"):
            outer = [
                o
                for o in anns
                if o is not a
                and o.get("hasNested")
                and annotation_spans(o, "quote")[0][0] <= b
                and annotation_spans(o, "quote")[-1][1] >= e
            ]
            if outer:
                o = min(
                    outer,
                    key=lambda o: (
                        annotation_spans(o, "quote")[-1][1] - annotation_spans(o, "quote")[0][0]
                    ),
                )
                mine = set(a["speaker"]["tokenIds"])
                if not mine or mine & set(o["speaker"]["tokenIds"]):
                    continue
        out.append(a)
    return out


def locate(text: str, needle: str | None, anchor: int, before: bool) -> list[int] | None:
    """Offsets of the occurrence of ``needle`` chosen for ``anchor`` (None for no string)."""
    if not needle:
        return None
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        raise ValueError(f"{needle!r} does not occur in the text")
    if before:
        earlier = [h for h in hits if h < anchor]
        start = earlier[-1] if earlier else hits[0]
    else:
        start = min(hits, key=lambda h: abs(h - anchor))
    return [start, start + len(needle)]


def convert(data: dict[str, Any], line: dict[str, Any]) -> dict[str, Any]:
    text = data["originalText"]
    items = gold_items(data)
    by_q = {int(x["q"]): x for x in line["quotes"]}
    if set(by_q) != set(range(len(items))):
        raise ValueError(f"quotes {sorted(by_q)} annotated, expected 0..{len(items) - 1}")
    quotes = []
    for q, a in enumerate(items):
        x = by_q[q]
        quote = annotation_spans(a, "quote")
        cue = annotation_spans(a, "cue")
        quotes.append(
            {
                "quote": [list(s) for s in quote],
                "stance": x["stance"],
                "speaker": locate(text, x.get("speaker"), quote[0][0], before=True),
                "via": locate(text, x.get("via"), quote[0][0], before=False),
                "said": locate(text, x.get("said"), (cue or quote)[0][0], before=False),
            }
        )
    return {"doc": data["documentName"], "quotes": quotes}


def agreement(
    first: dict[str, Any], second: dict[str, Any], text: str, tally: dict[str, int]
) -> None:
    for a, b in zip(first["quotes"], second["quotes"], strict=True):
        tally["quotes"] += 1
        tally["stance"] += a["stance"] == b["stance"]
        for key in ("speaker", "via", "said"):
            same = (a[key] is None) == (b[key] is None) and (
                a[key] is None
                or text[a[key][0] : a[key][1]].split()[-1]
                == text[b[key][0] : b[key][1]].split()[-1]
            )
            tally[key] += same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("out", type=Path)
    ap.add_argument("annotations", type=Path, nargs="+")
    args = ap.parse_args(argv)
    docs = {}
    for path in sorted((DATA / args.split).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        docs[data["documentName"]] = data
    gold: dict[str, dict[str, Any]] = {}
    tally = {"quotes": 0, "stance": 0, "speaker": 0, "via": 0, "said": 0}
    problems = 0
    for path in args.annotations:
        for no, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            line = json.loads(raw)
            data = docs.get(line["doc"])
            try:
                if data is None:
                    raise ValueError("no such document in the split")
                record = convert(data, line)
            except (ValueError, KeyError) as exc:
                print(f"{path.name}:{no}: {line.get('doc', '?')[:50]}: {exc}", file=sys.stderr)
                problems += 1
                continue
            if record["doc"] in gold:
                agreement(gold[record["doc"]], record, data["originalText"], tally)
            else:
                gold[record["doc"]] = record
    with args.out.open("w", encoding="utf-8") as fh:
        for name in sorted(gold):
            fh.write(json.dumps(gold[name], ensure_ascii=False) + "\n")
    n = sum(len(r["quotes"]) for r in gold.values())
    print(f"{len(gold)} documents, {n} quotations -> {args.out}; {problems} problems")
    if tally["quotes"]:
        print(
            f"agreement on doubly annotated quotations (n={tally['quotes']}): "
            + ", ".join(
                f"{k} {tally[k] / tally['quotes']:.3f}"
                for k in ("stance", "speaker", "via", "said")
            )
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
