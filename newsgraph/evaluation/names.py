"""``newsgraph eval names FILE.tsv``: precision/recall/F1 of the transliteration-aware matcher.

Each line is ``name_a<TAB>name_b<TAB>1|0`` (1 = the same entity), optionally followed by a
fourth column naming the pair's source/stratum; lines starting with ``#`` are comments.  A
"positive" decision of the matcher (:func:`newsgraph.names.match_names`) on a pair labelled 1
is a true positive, on a pair labelled 0 a false positive; a "negative" decision on a pair
labelled 1 is a false negative.  Rows are reported overall and per source.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EvalError
from ..names import match_names
from .metrics import PRF, emit


def read_pairs(path: Path) -> list[tuple[str, str, bool, str]]:
    if not path.is_file():
        raise EvalError(f"name pair file {path} does not exist",
                        hint="build one with training/build_name_pairs.py or pass bench/names/name_pairs.tsv")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[2].strip() not in ("0", "1"):
            raise EvalError(f"{path}:{n}: expected name_a<TAB>name_b<TAB>1|0, got {line!r}")
        src = parts[3].strip() if len(parts) > 3 and parts[3].strip() else "all"
        out.append((parts[0], parts[1], parts[2].strip() == "1", src))
    if not out:
        raise EvalError(f"{path} contains no name pairs")
    return out


def evaluate(pairs: list[tuple[str, str, bool, str]]) -> tuple[dict[str, PRF], list[tuple[str, str, bool, str]]]:
    rows: dict[str, PRF] = {"overall": PRF()}
    errors = []
    for a, b, gold, src in pairs:
        pred = match_names(a, b)
        m = rows.setdefault(src, PRF())
        for target in (rows["overall"], m):
            if pred.same and gold:
                target.tp += 1
            elif pred.same:
                target.fp += 1
            elif gold:
                target.fn += 1
        if pred.same != gold:
            errors.append((a, b, gold, pred.reason))
    if len(rows) == 2:  # a single stratum: the overall row says it all
        rows = {"overall": rows["overall"]}
    return rows, errors


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@click.option("--errors", "show_errors", type=click.IntRange(min=0), default=0,
              help="also list up to N wrong decisions with the matcher's reason")
def command(path: Path, as_json: bool, show_errors: int) -> None:
    """Precision/recall/F1 of the name matcher on labelled name pairs."""
    try:
        pairs = read_pairs(path)
    except EvalError as exc:
        raise click.UsageError(str(exc)) from exc
    rows, errors = evaluate(pairs)
    emit(as_json, f"name matching on {path.name} ({len(pairs)} pairs)", rows,
         {"pairs": len(pairs), "positives": sum(p[2] for p in pairs)})
    if show_errors and not as_json:
        click.echo("")
        for a, b, gold, reason in errors[:show_errors]:
            click.echo(f"{'FN' if gold else 'FP'}  {a!r} / {b!r}: {reason}")
