"""Throughput benchmark (``make bench``): structure → language → nlp → entities on Wikinews.

Runs the German pipeline over ``../shared/data/news/wikinews_de.jsonl`` in ``--workers``
processes (default 1), each on its own share of the articles, and prints tokens per second per
core (total tokens / summed CPU time of the workers, so other load on the machine does not
distort it), the wall-clock rate, the CPU time per stage, and the peak resident memory of each
worker.  Model loading happens before the clock starts and is
reported separately.  ``--update-docs`` writes the figures into the "Throughput" section of
``docs/evaluation.md``.

    python -m bench.throughput --shared ../shared [--workers 2] [--stages structure,language,nlp]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

DEFAULT_STAGES = ("structure", "language", "nlp", "entities")
DOCS = Path(__file__).resolve().parent.parent / "docs" / "evaluation.md"


def _articles(path: Path, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out[:limit] if limit else out


def run_worker(args: tuple[list[dict[str, Any]], tuple[str, ...]]) -> dict[str, Any]:
    records, stage_names = args
    from newsgraph.doc import Doc
    from newsgraph.pipeline import Pipeline, load_stage
    from newsgraph.record import Article, Source

    t_load = time.perf_counter()
    stages = [load_stage(name) for name in stage_names]
    Pipeline(stages)  # checks the composition
    warm = Doc(Article(id="warm", text="Warm-up. Der Minister sagte, er sei zufrieden."))
    warm.provided.update({"text", "source"})
    for stage in stages:
        stage(warm)
        warm.provided.update(stage.provides)
    load_s = time.perf_counter() - t_load
    per_stage: dict[str, float] = defaultdict(float)
    tokens = 0
    chars = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for rec in records:
        article = Article(
            id=rec["id"],
            text=rec["text"],
            source=Source(published=rec.get("published")),
            title=rec.get("title"),
        )
        doc = Doc(article=article)
        doc.provided.update({"text", "source"})
        for stage in stages:
            ts = time.process_time()
            stage(doc)
            per_stage[stage.name] += time.process_time() - ts
            doc.provided.update(stage.provides)
        tokens += len(doc.tokens)
        chars += len(rec["text"])
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "articles": len(records),
        "tokens": tokens,
        "chars": chars,
        "seconds": wall,
        "cpu_seconds": cpu,
        "load_seconds": load_s,
        "per_stage": dict(per_stage),
        "peak_rss_mb": rss_kb / 1024,
    }


def bench(shared: Path, workers: int, stages: tuple[str, ...], limit: int | None) -> dict[str, Any]:
    path = shared / "data" / "news" / "wikinews_de.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path} not found: pass --shared pointing at the shared data folder")
    records = _articles(path, limit)
    shares = [records[i::workers] for i in range(workers)]
    if workers == 1:
        results = [run_worker((shares[0], stages))]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(run_worker, [(s, stages) for s in shares]))
    tokens = sum(r["tokens"] for r in results)
    busy = sum(r["cpu_seconds"] for r in results)
    per_stage: dict[str, float] = defaultdict(float)
    for r in results:
        for k, v in r["per_stage"].items():
            per_stage[k] += v
    return {
        "corpus": str(path.name),
        "articles": sum(r["articles"] for r in results),
        "tokens": tokens,
        "workers": workers,
        "stages": list(stages),
        "tokens_per_s_per_core": round(tokens / busy) if busy else None,
        "tokens_per_s_wall_clock": round(tokens / max(r["seconds"] for r in results)),
        "stage_share": {k: round(v / busy, 3) for k, v in per_stage.items()},
        "stage_tokens_per_s": {k: round(tokens / v) for k, v in per_stage.items() if v},
        "load_seconds": round(max(r["load_seconds"] for r in results), 2),
        "peak_rss_mb_per_worker": [round(r["peak_rss_mb"]) for r in results],
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def as_markdown(result: dict[str, Any]) -> str:
    lines = [
        "## Throughput",
        "",
        "Measured by `make bench` (`python -m bench.throughput --shared ../shared`): stages "
        f"{' → '.join(result['stages'])} on `{result['corpus']}` ({result['articles']} articles, "
        f"{result['tokens']} tokens), {result['workers']} worker(s), Python {result['python']} "
        f"on {result['machine']}.  Model loading ({result['load_seconds']} s) is not timed.  "
        "Per-core figures use the workers' CPU time, so other load on a shared machine does not "
        "distort them; the wall-clock rate includes time spent waiting for a CPU.",
        "",
        "| figure | value |",
        "|---|---|",
        f"| tokens/s per core (CPU time) | {result['tokens_per_s_per_core']} |",
        f"| tokens/s wall clock, all workers | {result['tokens_per_s_wall_clock']} |",
        f"| peak RSS per worker (MB) | {', '.join(map(str, result['peak_rss_mb_per_worker']))} |",
    ]
    for name, tps in result["stage_tokens_per_s"].items():
        lines.append(
            f"| stage `{name}`: tokens/s of CPU (share) | {tps} ({result['stage_share'][name]:.0%}) |"
        )
    return "\n".join(lines) + "\n"


def update_docs(section: str, path: Path = DOCS) -> None:
    """Replace (or append) the "## Throughput" section of docs/evaluation.md."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Evaluation\n"
    start = text.find("## Throughput")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + 3)
        text = text[:start] + section + (text[nxt + 1 :] if nxt >= 0 else "")
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--stages", default=",".join(DEFAULT_STAGES))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--update-docs", action="store_true", help="write docs/evaluation.md")
    args = ap.parse_args(argv)
    result = bench(args.shared, args.workers, tuple(args.stages.split(",")), args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(as_markdown(result))
    if args.update_docs:
        update_docs(as_markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
