"""Read GermEval-2014 NER TSV files and turn BIO label sequences into spans.

A GermEval file has one token per line (``index<TAB>token<TAB>outer<TAB>inner``), a ``#`` line
with the source URL before each sentence and a blank line after it.  We use the *outer* level.
Label mapping (documented in ``docs/models/ner.md``):

* ``PER``/``ORG``/``LOC`` stay, ``OTH`` becomes ``MISC``;
* ``-deriv`` (``deutsche``) and ``-part`` (``EU-Kommission`` inside a longer word) labels become
  ``O``: they mark words that *contain* or *derive from* a name, not names.  Our NORP mentions
  (``nordkoreanische``) correspond to ``LOCderiv`` and are dropped before scoring.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalError

GERMEVAL_TYPES: dict[str, str] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass(frozen=True)
class LabelledSentence:
    """One sentence: its ordinal in the file, tokens and BIO labels (``B-PER``, ``O``...)."""

    index: int
    tokens: tuple[str, ...]
    labels: tuple[str, ...]


def map_label(raw: str) -> str:
    """Map one raw outer GermEval label to our BIO scheme."""
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, _, typ = raw.partition("-")
    mapped = GERMEVAL_TYPES.get(typ)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_germeval(path: Path) -> list[LabelledSentence]:
    """All sentences of a GermEval-2014 TSV file (raises :class:`EvalError` when malformed)."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file", hint="pass a GermEval-2014 TSV file")
    out: list[LabelledSentence] = []
    toks: list[str] = []
    labs: list[str] = []

    def flush() -> None:
        if toks:
            out.append(LabelledSentence(len(out), tuple(toks), tuple(repair_bio(labs))))
            toks.clear()
            labs.clear()

    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if line.startswith("#\t") or line == "#":
                flush()
                continue
            cols = line.split("\t")
            if len(cols) < 3 or not cols[0].isdigit():
                raise EvalError(
                    f"{path}:{lineno}: expected 'index<TAB>token<TAB>outer<TAB>inner'",
                    hint="the file must be GermEval-2014 NER TSV",
                )
            toks.append(cols[1])
            labs.append(map_label(cols[2]))
    flush()
    if not out:
        raise EvalError(f"{path}: no sentences found", hint="is this a GermEval-2014 TSV file?")
    return out


def repair_bio(labels: Sequence[str]) -> list[str]:
    """Turn a stray ``I-X`` (after ``O`` or another type) into ``B-X``."""
    out: list[str] = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def bio_spans(labels: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` token spans (end exclusive) of a BIO sequence."""
    start = -1
    typ = ""
    for i, lab in enumerate([*labels, "O"]):
        if start >= 0 and (lab == "O" or lab.startswith("B-") or lab[2:] != typ):
            yield start, i, typ
            start = -1
        if lab.startswith("B-") or (lab.startswith("I-") and start < 0):
            start, typ = i, lab[2:]
    return


def select_part(sentences: Sequence[LabelledSentence], part: str) -> list[LabelledSentence]:
    """Sentences in the fractional range ``"a:b"`` of the file (``"0.8:1"`` = last 20 %)."""
    try:
        lo_s, _, hi_s = part.partition(":")
        lo, hi = float(lo_s or 0), float(hi_s or 1)
    except ValueError as exc:
        raise EvalError(f"bad --part {part!r}", hint="use FROM:TO fractions, e.g. 0.8:1") from exc
    if not 0 <= lo < hi <= 1:
        raise EvalError(f"bad --part {part!r}", hint="need 0 <= FROM < TO <= 1")
    n = len(sentences)
    return list(sentences[round(lo * n) : round(hi * n)])


def to_bio(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO labels of length ``n`` for token spans."""
    labels = ["O"] * n
    for s, e, typ in spans:
        labels[s] = "B-" + typ
        for i in range(s + 1, e):
            labels[i] = "I-" + typ
    return labels
