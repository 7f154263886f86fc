"""The command line end to end: analyze (formats, stdin, options), ingest, show, search,
export, stats, and help for every command."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.commands import register
from newsgraph.record import Article

register(cli)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
STAGES = "structure,language"


def invoke(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, list(args), input=input)
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res.exit_code, res.stdout, res.stderr


def test_help_for_every_command() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    for name in ("analyze", "ingest", "show", "search", "export", "stats", "eval"):
        assert name in out
        code, sub, _ = invoke(name, "--help")
        assert code == 0 and "Usage:" in sub


def test_analyze_json_and_jsonl_examples() -> None:
    code, out, err = invoke("analyze", str(EXAMPLES), "--format", "jsonl", "--stages", STAGES)
    assert code == 0, err
    records = [Article.from_json(ln) for ln in out.splitlines()]
    # 6 text dumps (one English wire story) + 1 HTML page + 3 JSONL records
    assert len(records) == 10
    assert len({r.id for r in records}) == 10
    for r in records:
        english = r.source.path is not None and r.source.path.endswith("008_en_wire_korea.txt")
        assert r.language == ("en" if english else "de")
        assert r.blocks and all(b.language for b in r.blocks)
    code, out, _ = invoke("analyze", str(EXAMPLES / "001_hafenstreik_hamburg.txt"), "--format",
                          "json", "--stages", STAGES)
    rec = json.loads(out)
    assert rec["schema"].startswith("newsgraph.article/1") and "\n  " in out


def test_analyze_pretty_shows_title_and_blocks() -> None:
    code, out, _ = invoke("analyze", str(EXAMPLES / "004_bundeswehr_litauen.txt"), "--format",
                          "pretty", "--stages", STAGES)
    assert code == 0
    assert out.splitlines()[0] == "Bericht: Brigade in Litauen braucht mehr Zeit und Geld"
    assert "credit" in out and "Quelle: AP Photo" in out and "appeal" in out


def test_analyze_stdin_limit_published_lang() -> None:
    text = "Berlin (dpa) – Der Minister sagte am Montag, es gebe keine Einigung im Streit."
    code, out, _ = invoke("analyze", "-", "--format", "jsonl", "--published", "2025-11-07",
                          "--publisher", "Testblatt", "--lang", "en", "--stages", STAGES,
                          input=text)
    assert code == 0
    rec = json.loads(out)
    assert rec["source"]["published"] == "2025-11-07" and rec["source"]["published_basis"] == "user"
    assert rec["source"]["publisher"] == "Testblatt"
    assert rec["language"] == "en"
    code, out, _ = invoke("analyze", str(EXAMPLES), "--format", "jsonl", "--limit", "2",
                          "--stages", STAGES)
    assert code == 0 and len(out.splitlines()) == 2


def test_analyze_rejects_bad_options() -> None:
    code, _, err = invoke("analyze", str(EXAMPLES), "--published", "7.11.2025")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = invoke("analyze", str(EXAMPLES), "--stages", "structure,nonsense")
    assert code == 2 and "nonsense" in err


def test_analyze_default_pipeline_never_crashes() -> None:
    """Whatever later stages are installed, analyze prints valid records (stage problems are
    reported on stderr and in the record's pipeline log)."""
    code, out, err = invoke("analyze", str(EXAMPLES / "003_erdbeben_westtuerkei.txt"),
                            "--format", "jsonl")
    assert code in (0, 1), err
    rec = Article.from_json(out.splitlines()[0])
    assert rec.blocks and rec.pipeline
    if code == 1:
        assert "failed" in err


def test_ingest_show_search_export_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "ng.db")
    code, _, err = invoke("ingest", str(EXAMPLES), "--db", db, "--stages", STAGES)
    assert code == 0, err
    assert "10 ok" in err and "0 failed" in err
    code, _, err = invoke("ingest", str(EXAMPLES), "--db", db, "--stages", STAGES)
    assert code == 0 and "0 ok, 10 skipped" in err

    code, out, _ = invoke("search", "Hafenarbeitern", "--db", db, "--json")
    hits = [json.loads(ln) for ln in out.splitlines()]
    assert code == 0 and len(hits) == 1 and "Hafen" in hits[0]["title"]
    article_id = hits[0]["id"]

    code, out, _ = invoke("show", article_id[:6], "--db", db)
    assert code == 0 and "Warnstreik legt Hamburger Hafen lahm" in out
    code, out, _ = invoke("show", article_id, "--db", db, "--format", "json")
    assert json.loads(out)["id"] == article_id
    code, _, err = invoke("show", "zzzz", "--db", db)
    assert code == 1 and "no article" in err

    code, out, _ = invoke("stats", "--db", db, "--json")
    stats = json.loads(out)
    assert stats["tables"]["articles"] == 10
    assert stats["block_kinds"]["credit"] >= 4 and stats["languages"] == {"de": 9, "en": 1}
    code, out, _ = invoke("stats", "--db", db)
    assert "blocks per kind" in out and "appeal" in out

    out_dir = tmp_path / "csv"
    code, _, err = invoke("export", "--db", db, "--format", "csv", "--out", str(out_dir))
    assert code == 0, err
    with (out_dir / "articles.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 10 and "record" not in rows[0] and rows[0]["text"]
    jsonl = tmp_path / "all.jsonl"
    code, _, _ = invoke("export", "--db", db, "--format", "jsonl", "--out", str(jsonl))
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 10

    code, _, err = invoke("show", "x", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "does not exist" in err


def test_console_script_runs() -> None:
    exe = Path(sys.executable).parent / "newsgraph"
    if not exe.exists():
        pytest.skip("console script not installed")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert "newsgraph" in out.stdout
