"""Retrain every shipped model (``make train-de``): runs ``main(shared)`` of each
``training/train_*.py`` module, in dependency order (the tagger first: NER uses its UPOS
tags as features), and reports the time each took.

    python -m training.train_all --shared ../shared [--only tagger,ner]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


#: recipes whose models later recipes read; they run first, in this order
FIRST: tuple[str, ...] = ("tagger",)


def _order(path: Path) -> tuple[int, str]:
    short = path.stem.removeprefix("train_")
    return (FIRST.index(short) if short in FIRST else len(FIRST), short)


def recipes(only: set[str] | None = None) -> list[str]:
    """Module names ``training.train_X`` found next to this file (``only`` filters by X)."""
    names = []
    for path in sorted(HERE.glob("train_*.py"), key=_order):
        short = path.stem.removeprefix("train_")
        if short == "all" or (only and short not in only):
            continue
        names.append(f"training.{path.stem}")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--only", default="", help="comma-separated recipe names, e.g. tagger,ner")
    args = ap.parse_args(argv)
    shared = args.shared.resolve()
    if not (shared / "data").is_dir():
        print(f"error: {shared}/data not found (pass --shared)", file=sys.stderr)
        return 2
    only = {x for x in args.only.split(",") if x} or None
    failed = []
    for name in recipes(only):
        t0 = time.time()
        print(f"== {name}", flush=True)
        try:
            importlib.import_module(name).main(shared)
        except Exception as exc:  # noqa: BLE001 - report and go on with the other recipes
            failed.append(name)
            print(f"!! {name} failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        print(f"== {name} done in {time.time() - t0:.0f}s", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
