"""``newsgraph eval timex DIR``: time tagging on the WikiWarsDE format (TIMEX2 standoff).

``DIR`` holds ``in/NAME.sgm`` (SGML with ``<DATETIME>`` = document creation time and the raw
text) and ``key/NAME.key.apf.xml`` (APF standoff: ``<timex2 VAL=…>`` with ``<charseq START END>``,
END inclusive, offsets in UTF-8 *bytes* of the text with all tags removed).  Some key files repeat ``VAL``
(the first is the anchor value, the last the value), so the key is read with regexes, not an
XML parser.

Metrics: extent precision/recall/F1, *strict* (same start and end) and *relaxed* (overlap,
one-to-one); value accuracy over relaxed matches and value P/R/F1 (a prediction counts when
it overlaps a gold expression and has its value).  TIMEX2 ``PRESENT_REF`` anchored on a date
(``heute``) is TIMEX3's plain date, so a predicted date equal to that anchor counts as correct;
no other anchor is accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import click

from ..errors import EvalError
from ..temporal.tagger import tag_times
from ..temporal.values import parse_iso_date
from .metrics import PRF, emit


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int  # exclusive
    text: str
    value: str
    anchor: str | None


@dataclass(frozen=True)
class WikiWarsDoc:
    name: str
    text: str
    dct: str | None
    gold: tuple[GoldTimex, ...]


_TIMEX = re.compile(r"<timex2\s+(?P<attrs>[^>]*)>(?P<body>.*?)</timex2>", re.S | re.I)
_VAL = re.compile(r'\bVAL="([^"]*)"', re.I)
_CHARSEQ = re.compile(r'<charseq\s+START="(\d+)"\s+END="(\d+)"\s*>(.*?)</charseq>', re.S | re.I)


def read_sgm(path: Path) -> tuple[str, str | None]:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<DATETIME>\s*([^<]+?)\s*</DATETIME>", raw)
    return re.sub(r"<[^>]+>", "", raw), (m.group(1)[:10] if m else None)


def _byte_to_char(text: str) -> list[int]:
    """``table[b]`` = character offset of UTF-8 byte offset ``b``."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def read_key(path: Path, text: str) -> list[GoldTimex]:
    b2c = _byte_to_char(text)
    out = []
    for m in _TIMEX.finditer(path.read_text(encoding="utf-8")):
        vals = _VAL.findall(m["attrs"])
        value = vals[-1] if vals else ""
        anchor = vals[0] if len(vals) > 1 else None
        for cs in _CHARSEQ.finditer(m["body"]):
            start, end = int(cs[1]), int(cs[2]) + 1
            if end >= len(b2c):
                raise EvalError(f"{path.name}: offset {end} beyond the end of the text")
            out.append(GoldTimex(b2c[start], b2c[end], cs[3], value, anchor))
    return out


def load_corpus(directory: Path) -> list[WikiWarsDoc]:
    indir, keydir = directory / "in", directory / "key"
    if not indir.is_dir() or not keydir.is_dir():
        raise EvalError(
            f"{directory} is not in the WikiWarsDE format",
            hint="expected in/NAME.sgm and key/NAME.key.apf.xml",
        )
    docs = []
    for sgm in sorted(indir.glob("*.sgm")):
        key = keydir / f"{sgm.stem}.key.apf.xml"
        if not key.exists():
            raise EvalError(f"no key file for {sgm.name}", hint=f"expected {key}")
        text, dct = read_sgm(sgm)
        gold = read_key(key, text)
        for g in gold:
            if text[g.start : g.end] != g.text:
                raise EvalError(f"{key.name}: offsets {g.start}-{g.end} do not match {g.text!r}")
        docs.append(WikiWarsDoc(sgm.stem, text, dct, tuple(gold)))
    if not docs:
        raise EvalError(f"no .sgm files in {indir}")
    return docs


def _value_ok(pred: str, gold: GoldTimex) -> bool:
    if pred == gold.value:
        return True
    return gold.value == "PRESENT_REF" and gold.anchor is not None and pred == gold.anchor


def evaluate(docs: list[WikiWarsDoc], *, genre: str = "narrative") -> dict[str, PRF | float | int]:
    strict, relaxed, value = PRF(), PRF(), PRF()
    matched = correct = 0
    for doc in docs:
        pred = tag_times(doc.text, dct=parse_iso_date(doc.dct), lang="de", genre=genre)  # type: ignore[arg-type]
        gold = list(doc.gold)
        exact = {(g.start, g.end) for g in gold}
        s_tp = sum(1 for p in pred if (p.start, p.end) in exact)
        strict.add(PRF(s_tp, len(pred) - s_tp, len(gold) - s_tp))
        used: set[int] = set()
        r_tp = v_tp = 0
        for p in pred:
            best = None
            for i, g in enumerate(gold):
                if i not in used and p.start < g.end and g.start < p.end:
                    best = i
                    if (g.start, g.end) == (p.start, p.end):
                        break
            if best is None:
                continue
            used.add(best)
            r_tp += 1
            if _value_ok(p.value, gold[best]):
                v_tp += 1
        relaxed.add(PRF(r_tp, len(pred) - r_tp, len(gold) - r_tp))
        value.add(PRF(v_tp, len(pred) - v_tp, len(gold) - v_tp))
        matched += r_tp
        correct += v_tp
    return {
        "strict": strict,
        "relaxed": relaxed,
        "value": value,
        "value_accuracy": correct / matched if matched else 0.0,
        "documents": len(docs),
    }


@click.command(name="timex")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--genre", type=click.Choice(["narrative", "news"]), default="narrative",
              show_default=True, help="anchoring of partial dates (WikiWarsDE is narrative)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(directory: Path, genre: str, as_json: bool) -> None:
    """Evaluate the time tagger on a WikiWarsDE-format corpus in DIRECTORY."""
    res = evaluate(load_corpus(directory), genre=genre)
    rows = {k: v for k, v in res.items() if isinstance(v, PRF)}
    extra = {k: v for k, v in res.items() if not isinstance(v, PRF)}
    emit(as_json, f"timex ({directory})", rows, extra)
