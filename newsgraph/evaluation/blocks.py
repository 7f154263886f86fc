"""``newsgraph eval blocks``: block detection (structure stage) against gold annotations.

Gold format (``newsgraph/evaluation/data/blocks_dev.txt``): documents start with
``=== name``; every line starts with ``@kind `` and may contain further ``@kind `` markers
where a block is glued to the previous one (``@caption …@credit Quelle: …``); a line without
a marker continues the previous block.  Lines starting with ``#`` before the first document
are comments.

Metrics: per non-whitespace character, the kind (P/R/F1 per kind) and whether it is the
article's own reporting (``content`` = title/lead/body) or not (``skip``, what later stages
ignore); and exact block matches (kind, start, end) after merging as the stage does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import click

from ..errors import EvalError
from ..io import article_from_text
from ..io.ids import normalise_text
from ..pipeline import Pipeline, load_stage
from ..record import CONTENT_BLOCKS, Block
from ..structure.layout import Segment
from ..structure.stage import merge_segments
from .metrics import PRF, emit

KINDS = ("section", "title", "lead", "caption", "credit", "body", "related", "appeal",
         "boilerplate")
_MARKER = re.compile(r"@(" + "|".join(KINDS) + r") ?")


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    blocks: tuple[Block, ...]


def default_data() -> Path:
    return Path(str(resources.files("newsgraph.evaluation").joinpath("data", "blocks_dev.txt")))


def parse_gold(raw: str, *, source: str = "gold") -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    name: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if name is not None:
            docs.append(_parse_doc(name, lines, source))

    for line in raw.splitlines():
        if line.startswith("=== "):
            flush()
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
        elif line.strip() and not line.startswith("#"):
            raise EvalError(f"{source}: text before the first '=== name' line: {line[:40]!r}")
    flush()
    if not docs:
        raise EvalError(f"{source}: no documents (expected '=== name' lines)")
    return docs


def _parse_doc(name: str, lines: list[str], source: str) -> GoldDoc:
    text_parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    kind: str | None = None
    for line in lines:
        line = line.rstrip()
        if not line:
            text_parts.append("")
            pos += 1
            continue
        idx = 0
        plain = ""
        starts = list(_MARKER.finditer(line))
        if not starts or starts[0].start() != 0:
            if kind is None:
                raise EvalError(f"{source}: {name}: line without a kind marker: {line[:40]!r}")
            segments.append(Segment(kind, pos, pos + len(line)))
            plain = line
        else:
            for i, m in enumerate(starts):
                kind = m.group(1)
                end = starts[i + 1].start() if i + 1 < len(starts) else len(line)
                piece = line[m.end() : end]
                # a block glued after a space ("… Tauchroboters @credit (Foto: …)") ends before it
                segments.append(Segment(kind, pos + idx, pos + idx + len(piece.rstrip())))
                plain += piece
                idx += len(piece)
        text_parts.append(plain)
        pos += len(plain) + 1
    text = "\n".join(text_parts)
    stripped = text.strip("\n")
    offset = len(text) - len(text.lstrip("\n"))
    segs = tuple(Segment(s.kind, s.start - offset, s.end - offset) for s in segments if s.end > s.start)
    if normalise_text(stripped) != stripped:
        raise EvalError(f"{source}: {name}: trailing spaces or other non-normalised text")
    return GoldDoc(name, stripped, merge_segments(stripped, segs))


def collapse_blank_lines(doc: GoldDoc) -> GoldDoc:
    """The same document with single line breaks between paragraphs (blocks remapped)."""
    keep = [True] * len(doc.text)
    for m in re.finditer(r"\n\n+", doc.text):
        for i in range(m.start() + 1, m.end()):
            keep[i] = False
    new_pos = []
    pos = 0
    for k in keep:
        new_pos.append(pos)
        pos += int(k)
    new_pos.append(pos)
    text = "".join(ch for ch, k in zip(doc.text, keep, strict=True) if k)
    blocks = tuple(Block(b.kind, new_pos[b.start], new_pos[b.end]) for b in doc.blocks)
    return GoldDoc(doc.name, text, blocks)


def char_kinds(text: str, blocks: tuple[Block, ...]) -> list[str | None]:
    kinds: list[str | None] = [None] * len(text)
    for b in blocks:
        for i in range(b.start, b.end):
            kinds[i] = b.kind
    return kinds


def evaluate(docs: list[GoldDoc]) -> tuple[dict[str, PRF], dict[str, PRF], dict[str, PRF], list[str]]:
    pipe = Pipeline([load_stage("structure")])
    per_kind = {k: PRF() for k in KINDS}
    content = {"content": PRF(), "skip": PRF()}
    exact = {"blocks": PRF()}
    errors: list[str] = []
    for doc in docs:
        pred = pipe.run(article_from_text(doc.text))
        if pred.text != doc.text:
            raise EvalError(f"{doc.name}: text changed on reading")
        gold_k = char_kinds(doc.text, doc.blocks)
        pred_k = char_kinds(doc.text, pred.blocks)
        for i, ch in enumerate(doc.text):
            if ch.isspace():
                continue
            g, p = gold_k[i] or "body", pred_k[i] or "body"
            if g == p:
                per_kind[g].tp += 1
            else:
                per_kind[g].fn += 1
                per_kind[p].fp += 1
            gc = "content" if g in CONTENT_BLOCKS else "skip"
            pc = "content" if p in CONTENT_BLOCKS else "skip"
            if gc == pc:
                content[gc].tp += 1
            else:
                content[gc].fn += 1
                content[pc].fp += 1
        gold_set = {(b.kind, b.start, b.end) for b in doc.blocks}
        pred_set = {(b.kind, b.start, b.end) for b in pred.blocks}
        exact["blocks"].tp += len(gold_set & pred_set)
        exact["blocks"].fp += len(pred_set - gold_set)
        exact["blocks"].fn += len(gold_set - pred_set)
        for kind, s, e in sorted(gold_set - pred_set, key=lambda x: x[1]):
            got = sorted({pred_k[i] or "body" for i in range(s, e) if not doc.text[i].isspace()})
            errors.append(f"{doc.name}: gold {kind} «{doc.text[s:e][:50]}» predicted {'/'.join(got)}")
    return per_kind, content, exact, errors


@click.command("blocks")
@click.option("--data", type=click.Path(exists=True, dir_okay=False), default=None,
              help="gold file (default: the bundled dev set)")
@click.option("--json", "as_json", is_flag=True, help="print the metrics as one JSON object")
@click.option("--errors", "show_errors", is_flag=True, help="list the gold blocks that were missed")
@click.option("--single-newlines", is_flag=True,
              help="first turn blank lines into single line breaks (dumps without blank lines)")
def command(data: str | None, as_json: bool, show_errors: bool, single_newlines: bool) -> None:
    """Block detection (section, title, lead, caption, credit, body, related, appeal,
    boilerplate) against gold annotations, per character and per block."""
    path = Path(data) if data else default_data()
    docs = parse_gold(path.read_text(encoding="utf-8"), source=str(path))
    if single_newlines:
        docs = [collapse_blank_lines(d) for d in docs]
    per_kind, content, exact, errors = evaluate(docs)
    rows = {k: v for k, v in per_kind.items() if v.tp + v.fp + v.fn}
    emit(as_json, f"block kinds per character ({len(docs)} documents, {path.name})", rows,
         extra={"documents": len(docs)},
         sections=[("content vs skipped per character", content), ("exact blocks", exact)])
    if show_errors and not as_json:
        click.echo("")
        for line in errors:
            click.echo(line)
