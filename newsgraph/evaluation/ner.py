"""``newsgraph eval ner FILE``: named-entity quality on GermEval-2014 TSV.

Scores the shipped recogniser (CRF + rules, exactly as the pipeline runs it) on the outer
GermEval level with exact span match.  Label mapping (see :mod:`newsgraph.ner.germeval`):
``OTH`` -> ``MISC``; ``-deriv``/``-part`` -> ``O`` (not names; our ``NORP`` mentions, which
correspond to ``LOCderiv``, are dropped before scoring); our ``GPE`` is scored as ``LOC`` and
``PERSON`` as ``PER``.

The headline ``micro`` row is over PER/ORG/LOC; ``micro+MISC`` adds MISC.  ``--part 0.8:1``
scores only the last 20 % of the sentences: the part of GermEval dev that the shipped model was
neither trained nor tuned on.  ``tokens/s`` is the recogniser's throughput (features, CRF and
rules) on this file, measured in CPU time of this process (one core, so it does not depend on
what else the machine runs); the UPOS tags the model uses come from the ``nlp`` stage's tagger, run
first and timed separately (``pos_tagger_tokens_per_s``), as in the pipeline.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..errors import EvalError
from ..ner.germeval import bio_spans, read_germeval, select_part
from ..ner.stage import RULES, EntityRecognizer
from .metrics import PRF, emit

#: our types -> GermEval types (None: not scored)
TO_GERMEVAL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "MISC": "MISC", "NORP": None}
CORE = ("PER", "ORG", "LOC")


def evaluate(
    path: Path, part: str = "0:1", model: str | None = None, rules: tuple[str, ...] = RULES
) -> tuple[dict[str, PRF], dict[str, object]]:
    """Per-type and micro P/R/F1 rows plus extra figures (sentences, tokens, tokens/s)."""
    sentences = select_part(read_germeval(path), part)
    recognizer = EntityRecognizer(model_path=model, rules=rules)
    rows = {t: PRF() for t in (*CORE, "MISC")}
    n_tokens = sum(len(s.tokens) for s in sentences)
    tags: list[list[str]] | None = None
    tag_time = 0.0
    if recognizer.needs_tags:
        t0 = time.process_time()
        tags = recognizer.pos_tags([s.tokens for s in sentences])
        tag_time = time.process_time() - t0
    t0 = time.process_time()
    found_all = recognizer.recognize_batch(
        [s.tokens for s in sentences], list(tags) if tags is not None else None
    )
    elapsed = time.process_time() - t0
    for sent, found in zip(sentences, found_all, strict=True):
        pred = set()
        for f in found:
            typ = TO_GERMEVAL.get(f.label)
            if typ:
                pred.add((f.start, f.end, typ))
        gold = set(bio_spans(sent.labels))
        for typ, row in rows.items():
            g = {s for s in gold if s[2] == typ}
            p = {s for s in pred if s[2] == typ}
            row.add(PRF(len(g & p), len(p - g), len(g - p)))
    micro = PRF()
    for t in CORE:
        micro.add(rows[t])
    micro_misc = PRF()
    micro_misc.add(micro)
    micro_misc.add(rows["MISC"])
    out = {**rows, "micro": micro, "micro+MISC": micro_misc}
    extra: dict[str, object] = {
        "sentences": len(sentences),
        "tokens": n_tokens,
        "tokens_per_s": round(n_tokens / elapsed) if elapsed else 0,
        "pos_tagger_tokens_per_s": round(n_tokens / tag_time) if tag_time else None,
        "part": part,
        "rules": ",".join(recognizer.rules) or "none",
    }
    return out, extra


@click.command(name="ner")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--part", default="0:1", show_default=True,
              help="fraction range of sentences to score, e.g. 0.8:1 for the held-out last 20%")
@click.option("--model", default=None, help="path of another .crfsuite model")
@click.option("--rules", default=",".join(RULES), show_default=True,
              help="comma-separated rule passes to apply ('' for the bare CRF)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(file: Path, part: str, model: str | None, rules: str, as_json: bool) -> None:
    """Score NER on a GermEval-2014 TSV FILE (outer level, exact span match)."""
    chosen = tuple(r for r in rules.split(",") if r)
    unknown = [r for r in chosen if r not in RULES]
    if unknown:
        raise EvalError(f"unknown rule(s) {unknown}", hint=f"choose from {', '.join(RULES)}")
    rows, extra = evaluate(file, part, model, chosen)
    emit(as_json, f"NER on {file} (part {part})", rows, extra)
