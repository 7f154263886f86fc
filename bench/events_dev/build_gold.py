"""Turn the hand-written ``annotations.yaml`` into ``gold.jsonl`` with character offsets.

Usage::

    .venv/bin/python bench/events_dev/build_gold.py [--corpus ../shared/data/news/wikinews_de.jsonl]

Each annotation names strings of the article text; this script finds them (whole words,
``text#n`` = the n-th occurrence) in ``normalise_text(title + "\\n\\n" + text)`` -- the text the
evaluation builds for each Wikinews record -- and writes their offsets.  Actors and places are
looked up nearest to the trigger when no occurrence number is given.  Nothing here looks at
system output: the annotations are the source of truth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.io.ids import normalise_text  # noqa: E402


def occurrences(text: str, needle: str) -> list[int]:
    pat = re.compile(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])")
    return [m.start() for m in pat.finditer(text)]


def locate(text: str, ref: str, near: int | None = None) -> dict[str, Any]:
    needle, _, nth = ref.partition("#")
    hits = occurrences(text, needle)
    if not hits:
        raise SystemExit(f"not found: {ref!r}")
    if nth:
        if int(nth) > len(hits):
            raise SystemExit(f"{ref!r}: only {len(hits)} occurrences")
        start = hits[int(nth) - 1]
    elif near is not None:
        start = min(hits, key=lambda h: abs(h - near))
    else:
        start = hits[0]
    return {"start": start, "end": start + len(needle), "text": needle}


def party(text: str, spec: str, near: int) -> dict[str, Any]:
    ref, _, codes = spec.partition(" = ")
    country, _, sector = codes.strip().partition(" ")
    out = locate(text, ref.strip(), near)
    out["country"] = None if country in ("", "-") else country
    out["sector"] = sector.strip() or None
    return out


def build(annotations: list[dict[str, Any]], corpus: dict[str, dict[str, Any]]) -> list[dict]:
    out = []
    for art in annotations:
        rec = corpus[art["doc"]]
        text = normalise_text(rec["title"] + "\n\n" + rec["text"])
        events = []
        for ev in art.get("events") or []:
            trig = locate(text, ev["trigger"])
            near = trig["start"]
            item: dict[str, Any] = {
                "type": ev["type"],
                "mode": ev.get("mode"),
                "trigger": trig,
                "mentions": [locate(text, r, near) for r in ev.get("also", [])],
                "actors": [party(text, s, near) for s in ev.get("actors", [])],
                "targets": [party(text, s, near) for s in ev.get("targets", [])],
                "reciprocal": bool(ev.get("reciprocal", False)),
                "time": locate(text, ev["time"], near) if ev.get("time") else None,
                "place": locate(text, ev["place"], near) if ev.get("place") else None,
                "quantity": locate(text, ev["quantity"], near) if ev.get("quantity") else None,
                "stance": ev.get("stance", "asserted"),
            }
            events.append(item)
        out.append(
            {
                "doc": art["doc"],
                "published": rec.get("published"),
                "title": rec["title"],
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
                "events": events,
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared/data/news/wikinews_de.jsonl"))
    ap.add_argument("--out", default=str(HERE / "gold.jsonl"))
    args = ap.parse_args()
    corpus = {}
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            corpus[rec["id"]] = rec
    annotations = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    gold = build(annotations, corpus)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in gold:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["events"]) for r in gold)
    print(f"{len(gold)} articles, {n} events -> {args.out}")


if __name__ == "__main__":
    main()
