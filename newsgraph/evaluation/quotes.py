"""``newsgraph eval quotes DIR``: quotation attribution on german_news_quotes (Wikinews).

Reads the dataset's JSON documents from ``DIR`` (a split folder, or the dataset folder with
``dev``/``train``/``test``; ``--split`` picks one), runs the pipeline on each ``originalText``
(publication date taken from the document name, ``... (2005-08-20)``) and scores the claims
stage's attributions (layer ``claims.attributions``) against the gold annotations.

Matching (token overlap with one-to-one alignment):

1. every span is turned into the set of dataset tokens it overlaps;
2. predicted and gold quotations of a document are aligned one-to-one, greedily by the largest
   quote-token overlap (pairs without overlap stay unaligned).  Equal overlaps occur mostly where
   the gold marks one quotation twice (a quoting medium and the quoted person); ties go to the pair
   whose speaker and cue agree, then to the larger speaker and cue overlap and the same form, then
   to the spans' positions, so the result never depends on the order in which the annotations
   are listed;
3. ``quote``: true positives are the overlapping quote tokens of aligned pairs; precision divides
   by all predicted quote tokens, recall by all gold quote tokens.  ``cue`` and ``speaker`` are
   scored the same way on the cue and speaker tokens of aligned pairs;
4. ``joint``: the quote overlap of an aligned pair counts only when its speaker and its cue are
   right as well (they overlap the gold ones, or both are absent);
5. per form (``Direct``, ``Indirect``, ``FreeIndirect``, ``IndirectFreeIndirect``, ``Reported``):
   quote-token overlap of aligned pairs whose predicted and gold types agree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..record import Article, Source
from .metrics import PRF, bootstrap_f1, emit

FORMS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")


@dataclass(frozen=True)
class Annotation:
    kind: str
    quote: frozenset[int]
    cue: frozenset[int]
    speaker: frozenset[int]


@dataclass
class Scores:
    quote: PRF
    cue: PRF
    speaker: PRF
    joint: PRF
    forms: dict[str, PRF]

    @classmethod
    def empty(cls) -> Scores:
        return cls(PRF(), PRF(), PRF(), PRF(), {f: PRF() for f in FORMS})

    @classmethod
    def total(cls, parts: Iterable[Scores]) -> Scores:
        """The sum of ``parts`` (per-document scores)."""
        out = cls.empty()
        for part in parts:
            out.add(part)
        return out

    def add(self, other: Scores) -> None:
        self.quote.add(other.quote)
        self.cue.add(other.cue)
        self.speaker.add(other.speaker)
        self.joint.add(other.joint)
        for f in FORMS:
            self.forms[f].add(other.forms[f])


def token_index(
    tokens: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]
) -> frozenset[int]:
    """Ids of the tokens overlapping any of ``spans`` (char offsets, end exclusive)."""
    out = set()
    for s, e in spans:
        for i, (ts, te) in enumerate(tokens):
            if ts < e and te > s:
                out.add(i)
    return frozenset(out)


def annotation_spans(annotation: Mapping[str, Any], key: str) -> list[tuple[int, int]]:
    """Character spans of one part (``quote``, ``cue``, ``speaker``, …) of a dataset annotation."""
    part = annotation.get(key) or {}
    return [(int(s["charBegin"]), int(s["charEnd"])) for s in part.get("spans", ())]


def token_offsets(data: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Character spans of a dataset document's tokens."""
    return [(int(t["charBegin"]), int(t["charEnd"])) for t in data["tokens"]]


def gold_annotations(data: dict[str, Any], tokens: Sequence[tuple[int, int]]) -> list[Annotation]:
    return [
        Annotation(
            str(a.get("type")),
            token_index(tokens, annotation_spans(a, "quote")),
            token_index(tokens, annotation_spans(a, "cue")),
            token_index(tokens, annotation_spans(a, "speaker")),
        )
        for a in data.get("annotations", ())
    ]


def _content(a: Annotation) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(sorted(part)) for part in (a.quote, a.speaker, a.cue))


def _pair_key(p: Annotation, g: Annotation) -> tuple[Any, ...]:
    """Sort key of a candidate pair: largest quote overlap first; ties (one quotation annotated
    twice) by agreement of speaker and cue, their overlaps and the form, then by the spans
    themselves, never by list position."""
    agree = _agree(p.speaker, g.speaker) + _agree(p.cue, g.cue)
    return (
        -len(p.quote & g.quote),
        -agree,
        -len(p.speaker & g.speaker),
        -len(p.cue & g.cue),
        p.kind != g.kind,
        _content(p),
        p.kind,
        _content(g),
        g.kind,
    )


def align(pred: Sequence[Annotation], gold: Sequence[Annotation]) -> list[tuple[int, int]]:
    """One-to-one alignment, greedily by the largest quote-token overlap (ties: module doc)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.quote & g.quote:
                pairs.append((_pair_key(p, g), i, j))
    pairs.sort(key=lambda x: x[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _agree(p: frozenset[int], g: frozenset[int]) -> bool:
    return bool(p & g) or (not p and not g)


def score_document(pred: Sequence[Annotation], gold: Sequence[Annotation]) -> Scores:
    sc = Scores.empty()
    pairs = align(pred, gold)
    tp = {"quote": 0, "cue": 0, "speaker": 0, "joint": 0}
    form_tp = dict.fromkeys(FORMS, 0)
    for i, j in pairs:
        p, g = pred[i], gold[j]
        overlap = len(p.quote & g.quote)
        tp["quote"] += overlap
        tp["cue"] += len(p.cue & g.cue)
        tp["speaker"] += len(p.speaker & g.speaker)
        if _agree(p.speaker, g.speaker) and _agree(p.cue, g.cue):
            tp["joint"] += overlap
        if p.kind == g.kind and g.kind in form_tp:
            form_tp[g.kind] += overlap
    for name, metric in (
        ("quote", sc.quote),
        ("cue", sc.cue),
        ("speaker", sc.speaker),
        ("joint", sc.joint),
    ):
        key = "quote" if name == "joint" else name
        n_pred = sum(len(getattr(p, key)) for p in pred)
        n_gold = sum(len(getattr(g, key)) for g in gold)
        metric.tp = tp[name]
        metric.fp = n_pred - tp[name]
        metric.fn = n_gold - tp[name]
    for f in FORMS:
        n_pred = sum(len(p.quote) for p in pred if p.kind == f)
        n_gold = sum(len(g.quote) for g in gold if g.kind == f)
        sc.forms[f] = PRF(form_tp[f], n_pred - form_tp[f], n_gold - form_tp[f])
    return sc


def document_files(path: Path, split: str) -> list[Path]:
    if not path.exists():
        raise EvalError(
            f"{path} does not exist",
            hint="pass the german_news_quotes folder or one of its split folders",
        )
    folder = path / split if (path / split).is_dir() else path
    files = sorted(folder.glob("*.json"))
    if not files:
        raise EvalError(
            f"no *.json documents in {folder}", hint="expected german_news_quotes JSON files"
        )
    return files


def analysed_doc(text: str, published: str | None, pipe: Any) -> Any:
    """The Doc of ``text`` after ``pipe`` (an empty Doc when ``pipe`` is None) and the claims
    stage (run here when the pipeline lacks it)."""
    from ..claims.stage import ClaimsStage
    from ..doc import Doc
    from ..io.ids import content_id

    article = Article(
        id=content_id(text),
        text=text,
        source=Source(published=published, published_basis="metadata" if published else None),
    )
    doc = pipe.run_doc(article) if pipe is not None else Doc(article=article)
    if "claims" not in doc.provided:
        ClaimsStage()(doc)
    return doc


def predict(text: str, published: str | None, pipe: Any) -> list[Any]:
    """Run the pipeline and the claims stage; return the attribution layer."""
    from ..claims.stage import LAYER

    return list(analysed_doc(text, published, pipe).layers.get(LAYER, ()))


def predicted_annotations(
    found: Sequence[Any], tokens: Sequence[tuple[int, int]]
) -> list[Annotation]:
    return [
        Annotation(
            f.kind,
            token_index(tokens, f.parts),
            token_index(tokens, f.cue),
            token_index(tokens, [f.speaker] if f.speaker else []),
        )
        for f in found
    ]


def evaluate(files: Sequence[Path], pipe: Any) -> tuple[Scores, int]:
    """Summed scores of ``files`` and the number of documents the pipeline failed on."""
    per_document, failed = evaluate_documents(files, pipe)
    return Scores.total(per_document), failed


def evaluate_documents(files: Sequence[Path], pipe: Any) -> tuple[list[Scores], int]:
    """Scores of each document of ``files`` (in order) and the number the pipeline failed on."""
    out: list[Scores] = []
    failed = 0
    for path in files:
        try:
            data = json.loads(path.read_text("utf-8"))
            text = data["originalText"]
            toks = token_offsets(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EvalError(f"{path}: not a german_news_quotes document ({exc})") from exc
        m = _DATE.search(str(data.get("documentName", "")))
        try:
            found = predict(text, m.group(1) if m else None, pipe)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            click.echo(f"warning: {path.name}: {type(exc).__name__}: {exc}", err=True)
            failed += 1
            found = []
        out.append(score_document(predicted_annotations(found, toks), gold_annotations(data, toks)))
    return out, failed


def intervals(per_document: Sequence[Scores], rounds: int) -> dict[str, list[float]]:
    """95% bootstrap intervals (documents resampled) of the quote, cue, speaker and joint F1."""
    rows = [
        {"quote": d.quote, "cue": d.cue, "speaker": d.speaker, "joint": d.joint}
        for d in per_document
    ]
    return {name: list(iv) for name, iv in bootstrap_f1(rows, rounds).items()}


@click.command("quotes")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--split", default="dev", show_default=True, help="sub-folder when PATH is the dataset root"
)
@click.option("--limit", type=int, default=None, help="only the first N documents")
@click.option("--claims-only", is_flag=True, help="skip the other stages (claims fallbacks only)")
@click.option(
    "--bootstrap",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="also print 95% intervals of each F1 from N resamplings of the documents",
)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(
    path: Path, split: str, limit: int | None, claims_only: bool, bootstrap: int, as_json: bool
) -> None:
    """Quote, cue, speaker and joint P/R/F1 on german_news_quotes documents in PATH."""
    files = document_files(path, split)[:limit]
    pipe = None
    stages: list[str] = []
    if not claims_only:
        from ..pipeline import Pipeline

        pipe = Pipeline.default(disable=("events", "quantities", "claims"))
        stages = pipe.names
    per_document, failed = evaluate_documents(files, pipe)
    scores = Scores.total(per_document)
    extra: dict[str, Any] = {
        "documents": len(files),
        "failed": failed,
        "stages": " ".join(stages) + " claims",
    }
    if bootstrap:
        found = intervals(per_document, bootstrap)
        if as_json:
            extra["f1_interval_95"] = found
        else:
            for name, (lo, hi) in found.items():
                extra[f"{name} F1 95% interval ({bootstrap} resamplings)"] = f"{lo:.4f} - {hi:.4f}"
    rows = {
        "quote": scores.quote,
        "cue": scores.cue,
        "speaker": scores.speaker,
        "joint": scores.joint,
    }
    emit(
        as_json, f"german_news_quotes ({path.name}/{split})", rows, extra, [("forms", scores.forms)]
    )
