"""Build ``bench/entities/gold.jsonl``: mention → entity clusters for ``newsgraph eval entities``.

Two sources:

* ``bench/entities/src/*.txt`` — our own fictional articles, annotated inline:
  ``[surface|LABEL|cluster]`` for a named mention, ``{surface|cluster}`` for a descriptive noun
  phrase (``{der Minister|gruber}``) that refers to a named entity of the article.  The text
  (markup removed) is stored in the gold file.
* ``bench/entities/wikinews.tsv`` — annotations of German Wikinews articles (CC BY 2.5) by
  surface and occurrence; only ids and offsets are stored, the text is read at evaluation time
  from ``../shared/data/news/wikinews_de.jsonl``.

Files ``src/h*.txt`` go to ``bench/entities/heldout.jsonl`` instead: they were written after
the resolver was developed and measure it on text it was not tuned on.

Usage: ``python training/build_entity_gold.py [SHARED_DATA_DIR]``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench" / "entities"
MARKUP = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]+)\]|\{([^{}|]+)\|([^{}|]+)\}")


def parse_markup(raw: str) -> tuple[str, list[dict[str, object]]]:
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARKUP.finditer(raw):
        out.append(raw[pos:m.start()])
        length += m.start() - pos
        surface = m.group(1) or m.group(4)
        label = m.group(2) or "NOM"
        cluster = m.group(3) or m.group(5)
        mentions.append({"start": length, "end": length + len(surface), "text": surface,
                         "label": label, "cluster": cluster})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), mentions


def place(text: str, rows: list[tuple[str, str, str, str]]) -> list[dict[str, object]]:
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface, occ, label, cluster in sorted(rows, key=lambda r: -len(r[0])):
        hits = [m for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
                if not any(a < m.end() and m.start() < b for a, b in taken)]
        chosen = hits if occ == "all" else [hits[int(occ)]]
        if not chosen:
            raise SystemExit(f"no occurrence of {surface!r}")
        for m in chosen:
            taken.append((m.start(), m.end()))
            mentions.append({"start": m.start(), "end": m.end(), "text": surface,
                             "label": label, "cluster": cluster})
    return sorted(mentions, key=lambda m: int(m["start"]))  # type: ignore[call-overload]


def main(argv: list[str]) -> None:
    shared = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data"
    docs, heldout = [], []
    for path in sorted((BENCH / "src").glob("*.txt")):
        text, mentions = parse_markup(path.read_text(encoding="utf-8"))
        doc = {"id": path.stem, "source": "fictional", "licence": "Apache-2.0 (newsgraph)",
               "text": text, "mentions": mentions}
        # h*.txt were written after the resolver was developed and are kept apart
        (heldout if path.stem.startswith("h") else docs).append(doc)
    with (BENCH / "heldout.jsonl").open("w", encoding="utf-8") as fh:
        for d in heldout:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for line in (BENCH / "wikinews.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            aid, surface, occ, label, cluster = line.split("\t")
            rows.setdefault(aid, []).append((surface, occ, label, cluster))
    texts = {}
    with (shared / "news" / "wikinews_de.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in rows:
                texts[rec["id"]] = rec["text"]
    for aid, ann in rows.items():
        docs.append({"id": aid, "source": "wikinews", "licence": "CC BY 2.5 (Wikinews)",
                     "mentions": place(texts[aid], ann)})
    out = BENCH / "gold.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["mentions"]) for d in docs)  # type: ignore[arg-type]
    print(f"{len(docs)} documents, {n} mentions -> {out}")


if __name__ == "__main__":
    main(sys.argv)
