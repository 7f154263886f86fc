"""Crash safety with real processes and a real SQLite file: kill the ingest process (or one of
its workers, or press Ctrl-C) mid-run, check that nothing is half-written, re-run, count rows."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc and signals")

N = 120


def make_corpus(d: Path) -> None:
    d.mkdir()
    for i in range(N):
        (d / f"{i:04d}.txt").write_text(
            f"Lokales\n\nMeldung Nummer {i} aus dem Rathaus\n\n"
            f"Der Stadtrat hat in seiner {i}. Sitzung über den Haushalt beraten. "
            "Die Verwaltung legte einen Entwurf vor, der Einsparungen vorsieht.\n\n"
            f"Ein Sprecher sagte, über Punkt {i} werde erst im kommenden Monat entschieden.",
            encoding="utf-8",
        )


def start(corpus: Path, db: Path, workers: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", str(db),
         "--workers", str(workers), "--stages", "structure,language"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return int(c.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def wait_for_rows(db: Path, proc: subprocess.Popen[str], at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        n = count(db)
        if n >= at_least or proc.poll() is not None:
            return n
        time.sleep(0.01)
    raise AssertionError("ingest made no progress")


def assert_consistent(db: Path) -> int:
    """Every stored article is complete: its rows match its JSON record, FTS in sync."""
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n = 0
        for art_id, record in c.execute("SELECT id, record FROM articles"):
            blocks = c.execute("SELECT count(*) FROM blocks WHERE article_id = ?", (art_id,)).fetchone()[0]
            assert blocks == len(json.loads(record)["blocks"]) > 0
            n += 1
        assert c.execute(
            "SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n
    return n


def finish(corpus: Path, db: Path, workers: int = 1) -> str:
    proc = start(corpus, db, workers=workers)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert assert_consistent(db) == N
    return err


def test_kill_ingest_process_group_then_resume(tmp_path: Path) -> None:
    corpus, db = tmp_path / "in", tmp_path / "ng.db"
    make_corpus(corpus)
    proc = start(corpus, db, workers=2)
    wait_for_rows(db, proc, 10)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    stored = assert_consistent(db)
    assert 0 < stored < N, "the run was not interrupted mid-way"
    err = finish(corpus, db, workers=2)
    assert f"{N - stored} ok, {stored} skipped" in err


def test_kill_one_worker_then_resume(tmp_path: Path) -> None:
    corpus, db = tmp_path / "in", tmp_path / "ng.db"
    make_corpus(corpus)
    proc = start(corpus, db, workers=2)
    wait_for_rows(db, proc, 10)
    children = _children(proc.pid)
    assert children, "no worker processes found"
    os.kill(children[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    stored = assert_consistent(db)
    if stored < N:  # the pool lost work: reported, non-zero exit
        assert proc.returncode == 1 and "worker died" in err
    finish(corpus, db)


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    corpus, db = tmp_path / "in", tmp_path / "ng.db"
    make_corpus(corpus)
    proc = start(corpus, db, workers=1)
    wait_for_rows(db, proc, 10)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    stored = assert_consistent(db)
    if stored < N:
        assert proc.returncode == 130 and "INTERRUPTED" in err
    finish(corpus, db)


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out
