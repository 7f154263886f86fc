"""Robustness run (``make robustness``): the full default pipeline over every Wikinews article.

Reads ``../shared/data/news/wikinews_de.jsonl`` through the ordinary JSONL reader (the ``id``,
``title`` and ``published`` of each line are kept), runs ``Pipeline.default(on_error="record")``
on every article and reports

* per-stage failure counts with the first few error messages, article ids and tracebacks
  (and the stages skipped because an earlier one failed);
* the share of CPU time spent in each stage, articles/s and tokens/s;
* the sanity checks of :mod:`bench.record_checks` on every record (offsets inside the text,
  span texts equal text slices, referenced ids exist, no duplicate ids, no annotations in
  non-content blocks), the exact JSON round trip, and — when ``jsonschema`` is installed — the
  published schema ``docs/schema/article.schema.json``.

The exit status is 1 when any stage failed or any check failed, else 0.  The full report is
written as JSON to ``out/robustness.json`` (``--out``).

    python -m bench.robustness --shared ../shared [--limit N] [--workers 2] [--json] [--update-docs]
    python -m bench.robustness --input other_corpus.jsonl     # any JSONL with "text" per line
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.doc_sections import DOCS, replace_section
from bench.record_checks import check_record
from newsgraph.doc import Doc
from newsgraph.pipeline import Pipeline, Stage
from newsgraph.record import Article, Source

REPO = Path(__file__).resolve().parent.parent
SCHEMA_PATH = REPO / "docs" / "schema" / "article.schema.json"
DOC_SECTION = "## Robustness (`make robustness`)"
SHOW = 3  # examples kept per failure kind
WARM_UP = ("Berlin (dpa) – Die Ministerin sagte am Montag, die Lage sei ernst. "
           "„Wir verhandeln weiter“, erklärte sie. Rund 5.000 Menschen demonstrierten.")


class TimedStage:
    """Wraps a stage: same name and capabilities, adds CPU timing and the last traceback."""

    def __init__(self, inner: Stage) -> None:
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self.requires = inner.requires
        self.provides = inner.provides
        self.cpu = 0.0
        self.tokens = 0
        self.last_traceback: str | None = None

    def __call__(self, doc: Doc) -> None:
        t0 = time.process_time()
        try:
            self.inner(doc)
        except Exception:
            self.last_traceback = traceback.format_exc()
            raise
        finally:
            self.cpu += time.process_time() - t0
            self.tokens = len(doc.tokens)


@dataclass
class ArticleResult:
    id: str
    tokens: int = 0
    chars: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # stage, error, traceback
    skipped: list[str] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)  # check, where, detail


def _schema_validator() -> Any:
    try:
        import jsonschema
    except ImportError:
        return None
    if not SCHEMA_PATH.is_file():
        return None
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def analyse_one(pipe: Pipeline, timed: list[TimedStage], article: Article,
                validator: Any) -> ArticleResult:
    res = ArticleResult(article.id, chars=len(article.text))
    for t in timed:
        t.last_traceback = None
        t.tokens = 0
    try:
        record = pipe.run(article)
    except Exception as exc:  # the runner itself must never raise under "record"
        res.failures.append({"stage": "pipeline", "error": f"{type(exc).__name__}: {exc}",
                             "traceback": traceback.format_exc()})
        return res
    res.tokens = max((t.tokens for t in timed), default=0)
    by_name = {f"{t.name}@{t.version}": t for t in timed}
    for run in record.pipeline:
        if run.status == "failed":
            stage = by_name.get(run.stage)
            res.failures.append({"stage": run.stage, "error": run.error or "",
                                 "traceback": (stage.last_traceback if stage else None) or ""})
        elif run.status == "skipped":
            res.skipped.append(run.stage)
    for p in check_record(record):
        res.problems.append({"check": p.check, "where": p.where, "detail": p.detail})
    if Article.from_json(record.to_json()) != record:
        res.problems.append({"check": "round-trip", "where": "record",
                             "detail": "Article.from_json(to_json()) differs from the record"})
    if validator is not None:
        for err in list(validator.iter_errors(record.to_dict()))[:3]:
            path = "/".join(str(x) for x in err.absolute_path)
            res.problems.append({"check": "schema", "where": path or "record",
                                 "detail": err.message[:300]})
    return res


def run_share(articles: list[Article]) -> dict[str, Any]:
    """Analyse one worker's share; returns per-article results and per-stage CPU seconds."""
    t_load = time.perf_counter()
    base = Pipeline.default(on_error="record")
    timed = [TimedStage(s) for s in base.stages]
    pipe = Pipeline(list(timed), on_error="record")
    validator = _schema_validator()
    # lazily loaded models and lexicons load here, not inside the timed loop
    pipe.run(Article(id="warm-up", text=WARM_UP, source=Source(published="2024-03-05")))
    load_s = time.perf_counter() - t_load
    for t in timed:
        t.cpu = 0.0
    t0, c0 = time.perf_counter(), time.process_time()
    results = []
    for i, article in enumerate(articles, 1):
        results.append(analyse_one(pipe, timed, article, validator))
        if i % 100 == 0:
            print(f"  ... {i}/{len(articles)} articles", file=sys.stderr, flush=True)
    return {
        "results": [r.__dict__ for r in results],
        "stage_cpu": {t.name: t.cpu for t in timed},
        "stages": pipe.names,
        "seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
        "load_seconds": load_s,
    }


def read_articles(path: Path, limit: int | None) -> tuple[list[Article], list[dict[str, Any]]]:
    """The articles of a JSONL corpus, and a failed result for each line that cannot be read."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.io.jsonrec import article_from_record

    out: list[Article] = []
    bad: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                out.append(article_from_record(json.loads(line), where=where, path=str(path)))
            except (ValueError, NewsgraphError) as exc:  # JSON syntax or record errors
                fail = {"stage": "input", "error": f"{type(exc).__name__}: {exc}", "traceback": ""}
                bad.append(ArticleResult(where, failures=[fail]).__dict__)
            if limit and len(out) >= limit:
                break
    return out, bad


def summarise(shares: list[dict[str, Any]], show: int) -> dict[str, Any]:
    results = [r for s in shares for r in s["results"]]
    stage_cpu: dict[str, float] = defaultdict(float)
    for s in shares:
        for k, v in s["stage_cpu"].items():
            stage_cpu[k] += v
    busy = sum(s["cpu_seconds"] for s in shares)
    wall = max(s["seconds"] for s in shares)
    tokens = sum(r["tokens"] for r in results)
    fail_count: Counter[str] = Counter()
    fail_examples: dict[str, list[dict[str, str]]] = defaultdict(list)
    skip_count: Counter[str] = Counter()
    check_count: Counter[str] = Counter()
    check_examples: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in results:
        for f in r["failures"]:
            fail_count[f["stage"]] += 1
            if len(fail_examples[f["stage"]]) < show:
                fail_examples[f["stage"]].append({"article": r["id"], **f})
        skip_count.update(r["skipped"])
        for p in r["problems"]:
            check_count[p["check"]] += 1
            if len(check_examples[p["check"]]) < show:
                check_examples[p["check"]].append({"article": r["id"], **p})
    staged = sum(stage_cpu.values())
    return {
        "articles": len(results),
        "stages": shares[0]["stages"],
        "workers": len(shares),
        "tokens": tokens,
        "seconds": round(wall, 2),
        "load_seconds": round(max(s["load_seconds"] for s in shares), 2),
        "articles_per_s": round(len(results) / wall, 2) if wall else None,
        "tokens_per_s": round(tokens / wall) if wall else None,
        "tokens_per_s_per_core": round(tokens / busy) if busy else None,
        "stage_share": {k: round(v / staged, 3) for k, v in stage_cpu.items()} if staged else {},
        "stage_cpu_seconds": {k: round(v, 2) for k, v in stage_cpu.items()},
        "articles_with_failures": sum(1 for r in results if r["failures"]),
        "failures": dict(fail_count),
        "failure_examples": dict(fail_examples),
        "skipped": dict(skip_count),
        "articles_with_problems": sum(1 for r in results if r["problems"]),
        "problems": dict(check_count),
        "problem_examples": dict(check_examples),
    }


def print_report(s: dict[str, Any], out: Any = sys.stdout) -> None:
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"Robustness: {s['articles']} articles, {s['tokens']} tokens, {s['workers']} worker(s), "
      f"stages {', '.join(s['stages'])}")
    p(f"  {s['seconds']} s wall ({s['load_seconds']} s loading not timed): "
      f"{s['articles_per_s']} articles/s, {s['tokens_per_s']} tokens/s "
      f"({s['tokens_per_s_per_core']} tokens/s per core of CPU time)")
    p("\nStage CPU share")
    for name, share in sorted(s["stage_share"].items(), key=lambda kv: -kv[1]):
        p(f"  {name:<12} {share:6.1%}  {s['stage_cpu_seconds'][name]:8.1f} s")
    p(f"\nStage failures: {sum(s['failures'].values())} in {s['articles_with_failures']} articles")
    for stage, n in s["failures"].items():
        p(f"  {stage}: {n}")
        for ex in s["failure_examples"][stage]:
            p(f"    {ex['article']}: {ex['error'][:200]}")
            tb = [ln for ln in ex.get("traceback", "").strip().splitlines()
                  if ln.strip().strip("^~")]
            for ln in tb[-5:-1]:
                p(f"      {ln.strip()[:160]}")
    if s["skipped"]:
        p("  skipped because of an earlier failure: "
          + ", ".join(f"{k} ×{v}" for k, v in s["skipped"].items()))
    p(f"\nRecord checks: {sum(s['problems'].values())} problems in "
      f"{s['articles_with_problems']} articles")
    for check, n in s["problems"].items():
        p(f"  {check}: {n}")
        for ex in s["problem_examples"][check]:
            p(f"    {ex['article']}: {ex['where']}: {ex['detail'][:200]}")
    ok = not s["failures"] and not s["problems"]
    p("\nOK: no stage failed, every record passed every check" if ok else "\nFAILED")


def as_markdown(s: dict[str, Any]) -> str:
    """The "Robustness" section of docs/evaluation.md."""
    lines = [
        DOC_SECTION, "",
        "Measured by `make robustness` (`python -m bench.robustness --shared ../shared`): the "
        f"full default pipeline ({', '.join(s['stages'])}) with `on_error=\"record\"` on "
        f"{s['articles']} articles of `{s['corpus']}` ({s['tokens']} tokens), {s['workers']} worker(s); "
        f"model loading ({s['load_seconds']} s) is not timed.  Articles/s and tokens/s are wall "
        "clock on a shared machine; per core uses CPU time.", "",
        "| figure | value |", "|---|---|",
        f"| articles/s (wall clock) | {s['articles_per_s']} |",
        f"| tokens/s (wall clock) | {s['tokens_per_s']} |",
        f"| tokens/s per core (CPU time) | {s['tokens_per_s_per_core']} |",
        f"| stage failures | {sum(s['failures'].values())} in {s['articles_with_failures']} "
        "articles |",
        f"| record-check problems | {sum(s['problems'].values())} in "
        f"{s['articles_with_problems']} articles |",
    ]
    for name, share in sorted(s["stage_share"].items(), key=lambda kv: -kv[1]):
        lines.append(f"| CPU share of stage `{name}` | {share:.1%} |")
    for stage, n in s["failures"].items():
        ex = s["failure_examples"][stage][0]
        lines.append(f"| failures of `{stage}` | {n} (e.g. {ex['article']}: "
                     f"`{ex['error'][:80]}`) |")
    for check, n in s["problems"].items():
        ex = s["problem_examples"][check][0]
        lines.append(f"| check `{check}` | {n} (e.g. {ex['article']}: {ex['where']}) |")
    return "\n".join(lines) + "\n"


def update_docs(section: str, path: Path = DOCS) -> None:
    """Replace (or append) the robustness section of docs/evaluation.md."""
    replace_section(DOC_SECTION, section, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--input", type=Path, default=None,
                    help="another JSONL corpus (text, id, title, published) instead of Wikinews")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--show", type=int, default=SHOW, help="examples kept per failure kind")
    ap.add_argument("--out", type=Path, default=REPO / "out" / "robustness.json")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ap.add_argument("--update-docs", action="store_true",
                    help="write the figures into docs/evaluation.md")
    args = ap.parse_args(argv)
    path = args.input or args.shared / "data" / "news" / "wikinews_de.jsonl"
    if not path.is_file():
        print(f"{path} not found: pass --shared pointing at the shared data folder",
              file=sys.stderr)
        return 2
    articles, unreadable = read_articles(path, args.limit)
    workers = max(1, min(args.workers, len(articles)))
    if workers == 1:
        shares = [run_share(articles)]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            shares = list(pool.map(run_share, [articles[i::workers] for i in range(workers)]))
    if unreadable:
        shares[0]["results"] = unreadable + shares[0]["results"]
    summary = {"corpus": path.name, **summarise(shares, args.show)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    full = {**summary, "per_article": [r for s in shares for r in s["results"]
                                       if r["failures"] or r["problems"]]}
    args.out.write_text(json.dumps(full, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print_report(summary)
        print(f"(full report: {args.out})")
    if args.update_docs:
        update_docs(as_markdown(summary))
    return 1 if summary["failures"] or summary["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
