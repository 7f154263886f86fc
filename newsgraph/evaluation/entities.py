"""``newsgraph eval entities GOLD``: in-document entity resolution, mention-level B³.

GOLD is a JSONL file (``bench/entities/gold.jsonl``, built by
``training/build_entity_gold.py``), one document per line::

    {"id": ..., "text": ... (or omitted for Wikinews documents, read from --wikinews),
     "mentions": [{"start", "end", "text", "label", "cluster"}, ...]}

``label`` ``NOM`` marks a descriptive noun phrase (``der Minister``) the system has to find
itself; all other gold mentions are given to the ``resolve`` stage as its input (so the score
measures resolution, not NER).  Reported:

* ``B3 named``   — B³ precision/recall/F1 over the named mentions;
* ``B3 all``     — B³ over named + descriptive gold mentions (a descriptive mention the system
  did not find counts as a singleton);
* ``nominal``    — detection of the descriptive mentions (exact span), P/R/F1;
* ``pairwise``   — coreference links between named mentions, P/R/F1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..doc import Doc, Mention
from ..errors import EvalError
from ..record import Article
from .metrics import PRF, emit

DEFAULT_WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "wikinews_de.jsonl"


@dataclass
class B3(PRF):
    """B³ as micro-averaged per-mention precision/recall (``tp`` = number of mentions)."""

    p_sum: float = 0.0
    r_sum: float = 0.0

    @property
    def precision(self) -> float:
        return self.p_sum / self.tp if self.tp else 0.0

    @property
    def recall(self) -> float:
        return self.r_sum / self.tp if self.tp else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "mentions": self.tp}


def b3(gold: dict[int, str], resp: dict[int, str], out: B3) -> None:
    """Add the B³ counts of one document (keys: mention index; values: cluster ids)."""
    gsets: dict[str, set[int]] = {}
    rsets: dict[str, set[int]] = {}
    for m, g in gold.items():
        gsets.setdefault(g, set()).add(m)
    for m in gold:
        rsets.setdefault(resp.get(m, f"singleton:{m}"), set()).add(m)
    for m, g in gold.items():
        k = gsets[g]
        r = rsets[resp.get(m, f"singleton:{m}")]
        inter = len(k & r)
        out.p_sum += inter / len(r)
        out.r_sum += inter / len(k)
        out.tp += 1


def load_gold(path: Path, wikinews: Path) -> tuple[list[dict[str, Any]], int]:
    if not path.is_file():
        raise EvalError(f"gold file {path} does not exist",
                        hint="use bench/entities/gold.jsonl or build it with training/build_entity_gold.py")
    docs, skipped = [], 0
    texts: dict[str, str] = {}
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    need = {d["id"] for d in raw if "text" not in d}
    if need and wikinews.is_file():
        with wikinews.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in need:
                    texts[rec["id"]] = rec["text"]
    for d in raw:
        text = d.get("text") or texts.get(d["id"])
        if text is None:
            skipped += 1
            continue
        for m in d["mentions"]:
            if text[m["start"]:m["end"]] != m["text"]:
                raise EvalError(f"{path}: document {d['id']}: offsets {m['start']}-{m['end']} do not"
                                f" hold {m['text']!r}", hint="rebuild the gold file")
        docs.append({**d, "text": text})
    return docs, skipped


def evaluate(docs: list[dict[str, Any]]) -> dict[str, PRF]:
    from ..resolve.stage import ResolveStage

    stage = ResolveStage()
    named, allm, nominal, pairs = B3(), B3(), PRF(), PRF()
    for d in docs:
        gm = d["mentions"]
        inputs = [Mention(m["start"], m["end"], m["text"], m["label"], 1.0, "gold")
                  for m in gm if m["label"] != "NOM"]
        doc = Doc(article=Article(id=d["id"], text=d["text"]), mentions=inputs)
        stage(doc)
        by_span = {(m.start, m.end): m.entity for m in doc.mentions if m.entity}
        resp = {i: by_span[(m["start"], m["end"])] for i, m in enumerate(gm)
                if (m["start"], m["end"]) in by_span}
        gold_named = {i: m["cluster"] for i, m in enumerate(gm) if m["label"] != "NOM"}
        b3(gold_named, resp, named)
        b3({i: m["cluster"] for i, m in enumerate(gm)}, resp, allm)
        gold_nom = {(m["start"], m["end"]) for m in gm if m["label"] == "NOM"}
        sys_nom = {(m.start, m.end) for m in doc.mentions if m.source == "coref"}
        nominal.tp += len(gold_nom & sys_nom)
        nominal.fp += len(sys_nom - gold_nom)
        nominal.fn += len(gold_nom - sys_nom)
        idx = sorted(gold_named)
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                same_g = gold_named[i] == gold_named[j]
                same_r = resp.get(i) is not None and resp.get(i) == resp.get(j)
                pairs.tp += same_g and same_r
                pairs.fp += same_r and not same_g
                pairs.fn += same_g and not same_r
    return {"B3 named": named, "B3 all": allm, "nominal": nominal, "pairwise": pairs}


@click.command()
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--wikinews", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_WIKINEWS,
              show_default=True, help="Wikinews JSONL with the texts of gold documents stored without text")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(gold: Path, wikinews: Path, as_json: bool) -> None:
    """Mention-level B³ of in-document entity resolution on gold mention clusters."""
    try:
        docs, skipped = load_gold(gold, wikinews)
    except EvalError as exc:
        raise click.UsageError(str(exc)) from exc
    if not docs:
        raise click.UsageError(f"no evaluable documents in {gold} (Wikinews texts not found at {wikinews})")
    rows = evaluate(docs)
    emit(as_json, f"entity resolution on {gold.name} ({len(docs)} documents)", rows,
         {"documents": len(docs), "skipped_without_text": skipped,
          "mentions": sum(len(d["mentions"]) for d in docs),
          "note": "B3 rows: the TP column counts the mentions scored; FP/FN do not apply"})
