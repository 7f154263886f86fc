"""Precision/recall/F1 bookkeeping and the table/JSON output every eval command shares."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import click


@dataclass
class PRF:
    """Counts for one metric; ``tp_pred``/``tp_gold`` differ for one-to-many matching."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def print_table(title: str, rows: Mapping[str, PRF], extra: Mapping[str, Any] | None = None) -> None:
    """A readable P/R/F1 table followed by extra key/value lines."""
    click.echo(title)
    width = max([len(k) for k in rows] + [8])
    click.echo(f"{'':{width}}  {'P':>7} {'R':>7} {'F1':>7} {'TP':>7} {'FP':>7} {'FN':>7}")
    for name, m in rows.items():
        click.echo(
            f"{name:{width}}  {m.precision:7.4f} {m.recall:7.4f} {m.f1:7.4f}"
            f" {m.tp:7.0f} {m.fp:7.0f} {m.fn:7.0f}"
        )
    for key, val in (extra or {}).items():
        click.echo(f"{key}: {val:.4f}" if isinstance(val, float) else f"{key}: {val}")


def emit(
    as_json: bool,
    title: str,
    rows: Mapping[str, PRF],
    extra: Mapping[str, Any] | None = None,
    sections: Sequence[tuple[str, Mapping[str, PRF]]] = (),
) -> None:
    """Print the metrics as a table or, with ``as_json``, as one JSON object on stdout."""
    if as_json:
        out: dict[str, Any] = {name: m.as_dict() for name, m in rows.items()}
        for sec_name, sec_rows in sections:
            out[sec_name] = {n: m.as_dict() for n, m in sec_rows.items()}
        out.update(extra or {})
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    print_table(title, rows, extra)
    for sec_name, sec_rows in sections:
        click.echo("")
        print_table(sec_name, sec_rows)


def bootstrap_f1(
    documents: Sequence[Mapping[str, PRF]],
    rounds: int,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, tuple[float, float]]:
    """Percentile interval of each metric's micro F1 under resampling of whole documents.

    ``documents`` holds one mapping of metric name to counts per document; each of ``rounds``
    replicates draws as many documents with replacement and sums their counts.  Documents, not
    spans, are the unit because errors cluster in documents (one long free indirect stretch).
    The generator is local and seeded, so the same input always gives the same interval.
    """
    if rounds < 1 or not documents:
        return {}
    if not 0.0 < level < 1.0:
        raise ValueError(f"confidence level must lie between 0 and 1, got {level}")
    rng = random.Random(seed)
    names = list(documents[0])
    samples: dict[str, list[float]] = {name: [] for name in names}
    n = len(documents)
    for _ in range(rounds):
        picks = [documents[rng.randrange(n)] for _ in range(n)]
        for name in names:
            total = PRF()
            for doc in picks:
                total.add(doc[name])
            samples[name].append(total.f1)
    lo_k = int((1.0 - level) / 2 * rounds)
    hi_k = min(rounds - 1, int((1.0 + level) / 2 * rounds))
    out = {}
    for name, values in samples.items():
        values.sort()
        out[name] = (round(values[lo_k], 4), round(values[hi_k], 4))
    return out
