"""Every bad input of the issue: one clear message naming the file and the reason, the batch
goes on, the exit status is non-zero, and the database never holds a partial article."""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.commands import register

register(cli)

GOOD = (
    "Politik\n\nRegierung legt Haushaltsentwurf vor\n\n"
    "Die Bundesregierung hat am Mittwoch ihren Entwurf für den Haushalt vorgelegt. "
    "Der Finanzminister sagte, die Schuldenbremse werde eingehalten.\n\n"
    "Die Opposition kritisierte den Entwurf als unsozial und kündigte Widerstand an."
)
STAGES = "structure,language"


def make_bad_inputs(d: Path) -> dict[str, str]:
    """Files and the words their error message must contain."""
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\n \t\n")
    (d / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20)
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "archive.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    (d / "garbage.txt").write_bytes(bytes(range(1, 9)) * 300 + b"\x81\x8d\x8f\x90\x9d" * 100)
    (d / "nav.html").write_text(
        "<html><head><title>Start</title></head><body><nav><a href='/a'>A</a> "
        "<a href='/b'>B</a></nav></body></html>", encoding="utf-8")
    (d / "notext.json").write_text(json.dumps({"title": "Nur ein Titel", "url": "https://x"}),
                                   encoding="utf-8")
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "report.pdf": "PDF",
        "photo.png": "PNG",
        "archive.txt.gz": "gzip",
        "garbage.txt": "undecodable",
        "nav.html": "without article text",
        "notext.json": 'without "text"',
    }


def db_counts(db: Path) -> tuple[int, int, list[str]]:
    with sqlite3.connect(db) as c:
        n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = c.execute(
            "SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        paths = [r[0] for r in c.execute("SELECT path FROM articles")]
    return n, orphans, paths


def test_ingest_reports_each_bad_input_and_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    expected = make_bad_inputs(src)
    db = tmp_path / "ng.db"
    missing = tmp_path / "does-not-exist.txt"
    res = CliRunner().invoke(
        cli, ["ingest", str(src), str(missing), "--db", str(db), "--stages", STAGES]
    )
    assert res.exit_code == 1, res.output
    err = res.stderr if hasattr(res, "stderr") else res.output
    for name, reason in expected.items():
        lines = [ln for ln in err.splitlines() if name in ln]
        assert lines, f"no message for {name}:\n{err}"
        assert any(reason in ln for ln in lines), f"{name}: {lines}"
    assert any(str(missing) in ln and "no such file" in ln for ln in err.splitlines())
    assert "1 ok" in err and f"{len(expected) + 1} failed" in err
    n, orphans, paths = db_counts(db)
    assert n == 1 and orphans == 0 and paths == [str(src / "good.txt")]
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM failures").fetchone()[0] == len(expected) + 1


def test_analyze_reports_bad_inputs_and_prints_good(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    make_bad_inputs(src)
    res = CliRunner().invoke(cli, ["analyze", str(src), "--format", "jsonl", "--stages", STAGES])
    assert res.exit_code == 1
    records = [json.loads(ln) for ln in res.stdout.splitlines() if ln.startswith("{")]
    assert len(records) == 1 and records[0]["source"]["path"].endswith("good.txt")
    assert res.stderr.count("error: ") == 8


def test_too_large_file_default_limit_and_configurable(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = ("Ein Satz in einer viel zu großen Datei. " * 25 + "\n").encode()
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    res = CliRunner().invoke(cli, ["analyze", str(big), "--stages", STAGES])
    assert res.exit_code == 1
    assert str(big) in res.stderr and "too large" in res.stderr and "--max-bytes" in res.stderr
    small = tmp_path / "small.txt"
    small.write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", str(small), "--max-bytes", "100", "--stages", STAGES])
    assert res.exit_code == 1 and "too large" in res.stderr
    res = CliRunner().invoke(cli, ["analyze", str(small), "--max-bytes", "100000", "--stages", STAGES])
    assert res.exit_code == 0


def test_unwritable_db_location_is_one_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "good.txt"
    src.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for db in (blocker / "ng.db", tmp_path / "missing-folder" / "ng.db"):
        res = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db), "--stages", STAGES])
        assert res.exit_code == 2, res.output
        assert str(db) in res.stderr and "error:" in res.stderr
    if sys.platform.startswith("linux") and Path("/proc").is_dir():
        res = CliRunner().invoke(cli, ["ingest", str(src), "--db", "/proc/ng-test.db", "--stages", STAGES])
        assert res.exit_code == 2 and "cannot open database /proc/ng-test.db" in res.stderr


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(__import__("os"), "geteuid")
                    or __import__("os").geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_file(tmp_path: Path) -> None:
    src = tmp_path / "good.txt"
    src.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "ng.db"
    assert CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db), "--stages", STAGES]).exit_code == 0
    other = tmp_path / "other.txt"
    other.write_text(GOOD + " Noch ein Satz.", encoding="utf-8")
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        res = CliRunner().invoke(cli, ["ingest", str(other), "--db", str(db), "--stages", STAGES])
        assert res.exit_code == 2 and "error:" in res.stderr
    finally:
        tmp_path.chmod(0o755)
        db.chmod(0o644)
    assert db_counts(db)[0] == 1


@pytest.mark.parametrize(
    "text",
    ["MZ", "MZ-Redaktion: Halle feiert", "BZh-Nachrichten aus Bremen", "ID3 Studie zeigt", "RIFF"],
)
def test_texts_that_start_like_a_binary_signature_are_text(text: str) -> None:
    from newsgraph.io.encoding import sniff_binary

    assert sniff_binary(text.encode("utf-8")) is None


def test_binary_with_a_text_like_signature_is_still_binary() -> None:
    from newsgraph.io.encoding import sniff_binary

    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
    assert sniff_binary(exe) == "a Windows executable"
    assert sniff_binary(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "a PDF document"
