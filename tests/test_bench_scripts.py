"""``bench/run_evals.py`` (make eval) and ``bench/robustness.py`` (make robustness) without
../shared: planning, skipping, JSON parsing, docs merging and a tiny robustness run."""

from __future__ import annotations

import json
from pathlib import Path

from bench import robustness, run_evals


def test_missing_shared_data_skips_with_a_reason(tmp_path: Path) -> None:
    jobs, skipped = run_evals.plan(tmp_path / "nowhere", None)
    labels = {j.command for j in jobs}
    assert "timex" not in labels and "ner" not in labels
    # the sets written for newsgraph ship in the repository; german_news_quotes needs shared data
    assert {j.label for j in jobs if j.command == "quotes"} == {
        "quotes english_quotes/dev", "quotes english_quotes/test",
        "quotes german_quotes/dev", "quotes german_quotes/test",
        "quotes german_quotes/dev2", "quotes german_quotes/test2",
        "quotes german_quotes/dev3", "quotes german_quotes/test3",
        "quotes german_quotes/dev4", "quotes german_quotes/test4",
        "quotes german_quotes/dev5", "quotes german_quotes/test5",
        "quotes german_quotes/dev6", "quotes german_quotes/test6",
        "quotes german_quotes/dev7", "quotes german_quotes/test7",
        "quotes german_quotes/dev8", "quotes german_quotes/test8",
        "quotes german_quotes/dev9", "quotes german_quotes/test9",
        "quotes german_quotes/dev10", "quotes german_quotes/test10",
        "quotes german_quotes/dev11", "quotes german_quotes/test11"}
    assert {j.label for j in jobs if j.command == "claim-records"} == {
        "claim-records german_quotes/dev", "claim-records german_quotes/test",
        "claim-records german_quotes/dev2", "claim-records german_quotes/test2",
        "claim-records german_quotes/dev3", "claim-records german_quotes/test3",
        "claim-records german_quotes/dev4", "claim-records german_quotes/test4",
        "claim-records german_quotes/dev5", "claim-records german_quotes/test5",
        "claim-records german_quotes/dev6", "claim-records german_quotes/test6",
        "claim-records german_quotes/dev7", "claim-records german_quotes/test7",
        "claim-records german_quotes/dev8", "claim-records german_quotes/test8",
        "claim-records german_quotes/dev9", "claim-records german_quotes/test9",
        "claim-records german_quotes/dev10", "claim-records german_quotes/test10",
        "claim-records german_quotes/dev11", "claim-records german_quotes/test11"}
    reasons = {s["label"].split()[0]: s["reason"] for s in skipped}
    assert reasons["timex"].startswith("input missing")
    assert reasons["ner"].startswith("input missing")
    # repository gold sets that need no shared data still run
    if "names" in labels:
        assert all(j.inputs and j.inputs[0].is_file() for j in jobs if j.command == "names")


def test_main_writes_results_and_exits_zero_when_everything_is_skipped(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    code = run_evals.main(["--shared", str(tmp_path / "nowhere"), "--only", "timex,ner",
                           "--out", str(out)])
    assert code == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["results"] == {}
    assert {s["label"].split()[0] for s in payload["skipped"]} == {"timex", "ner"}


def test_json_output_parsing_and_headline() -> None:
    metrics = run_evals.parse_json_output('loading model\n{"micro": {"precision": 0.5, '
                                          '"recall": 1.0, "f1": 0.6667}, "upos": 0.95, '
                                          '"tokens": 12, "per_type": {"x": {"f1": 1.0}}}\n')
    rows = dict(run_evals.headline(metrics))
    assert rows["micro"] == "P 0.500  R 1.000  F1 0.667"
    assert rows["upos"] == "0.950" and rows["tokens"] == "12"
    assert "per_type" not in rows
    try:
        run_evals.parse_json_output("Traceback: boom")
    except ValueError:
        pass
    else:  # pragma: no cover
        raise AssertionError("non-JSON output must be an error")


def test_targets_compare_measured_figures() -> None:
    results = {"timex wikiwars_de": {"status": "ok", "metrics": {"relaxed": {"f1": 0.95},
                                                                 "value": {"f1": 0.5}}}}
    lines = "\n".join(run_evals.target_lines(results))
    assert "| timex relaxed extent F1, WikiWarsDE | 0.950 | ≥ 0.90 | yes |" in lines
    assert "| timex value F1, WikiWarsDE | 0.500 | ≥ 0.85 | **no** |" in lines
    assert "| NER micro F1 (PER/ORG/LOC), GermEval held out | not measured |" in lines
    english = {"quotes english_quotes/dev": {"status": "ok", "metrics": {"joint": {"f1": 0.9}}}}
    lines = "\n".join(run_evals.target_lines(english))  # no German target from English figures
    assert "| quotes joint F1, german_news_quotes dev | not measured |" in lines


def test_targets_and_headline_show_bootstrap_intervals() -> None:
    metrics = {"joint": {"precision": 0.8, "recall": 0.7, "f1": 0.74},
               "speaker": {"f1": 0.77}, "f1_interval_95": {"joint": [0.69, 0.79]}}
    results = {"quotes german_news_quotes/dev": {"status": "ok", "metrics": metrics}}
    lines = "\n".join(run_evals.target_lines(results))
    assert "| quotes joint F1, german_news_quotes dev | 0.740 (95%: 0.690 – 0.790) |" in lines
    assert "| quotes speaker F1, german_news_quotes dev | 0.770 | ≥ 0.80 | **no** |" in lines
    assert dict(run_evals.headline(metrics))["joint F1, 95% bootstrap interval"] == "0.690 – 0.790"


def test_docs_update_replaces_only_its_own_section(tmp_path: Path) -> None:
    doc = tmp_path / "evaluation.md"
    doc.write_text("# Evaluation\n\n## Throughput\n\nfast\n\n" + run_evals.SECTION
                   + "\n\nold figures\n\n## POS\n\nkept\n", encoding="utf-8")
    results = {"names x.tsv": {"status": "ok", "command": "newsgraph eval names x.tsv --json",
                               "seconds": 1.0, "metrics": {"overall": {"precision": 1.0,
                                                                        "recall": 1.0,
                                                                        "f1": 1.0}}}}
    run_evals.update_docs(results, [], doc)
    text = doc.read_text(encoding="utf-8")
    assert "old figures" not in text and "## Throughput\n\nfast" in text
    assert "## POS\n\nkept" in text and text.count(run_evals.SECTION) == 1
    assert "`newsgraph eval names x.tsv --json`" in text
    robustness.update_docs(robustness.DOC_SECTION + "\n\nnew\n", doc)
    robustness.update_docs(robustness.DOC_SECTION + "\n\nnewer\n", doc)
    text = doc.read_text(encoding="utf-8")
    assert text.count(robustness.DOC_SECTION) == 1 and "newer" in text and "\nnew\n" not in text
    assert "## POS\n\nkept" in text


def test_robustness_run_on_a_tiny_corpus(tmp_path: Path) -> None:
    news = tmp_path / "data" / "news"
    news.mkdir(parents=True)
    lines = [
        {"id": "a1", "title": "Streik in Hamburg", "published": "2024-03-06",
         "text": "Die Gewerkschaft Verdi rief am Dienstag zum Streik auf. „Wir wollen mehr "
                 "Lohn“, sagte die Sprecherin Anna Berg. Rund 4.000 Beschäftigte legten die "
                 "Arbeit nieder."},
        {"id": "a2", "title": "Kurz", "published": "2024-03-07", "text": "Nichts geschah."},
    ]
    (news / "wikinews_de.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
        + '\n{"title": "ohne Text"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "robustness.json"
    code = robustness.main(["--shared", str(tmp_path), "--out", str(out), "--json"])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"] == 4 and report["tokens"] > 20
    assert report["failures"]["input"] == 2  # unreadable lines are reported, not fatal
    assert code == 1
    assert abs(sum(report["stage_share"].values()) - 1.0) < 0.01
    md = robustness.as_markdown(report)
    assert md.startswith(robustness.DOC_SECTION) and "articles/s" in md


def test_robustness_missing_corpus_is_exit_2(tmp_path: Path) -> None:
    assert robustness.main(["--shared", str(tmp_path)]) == 2
