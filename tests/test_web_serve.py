"""``newsgraph serve`` as a real subprocess, the HTML pages, and the search fallback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from web_corpus import build_db, free_port

pytest.importorskip("flask")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "corpus.db")


def _get(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def test_serve_command_starts_a_local_read_only_server(db: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from newsgraph.cli import main; main()", "serve", "--db",
         str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                status, body, _ = _get(base + "/api/articles?limit=1")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode() if proc.stderr else "") from None
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start")
        assert status == 200 and json.loads(body)["ok"] is True
        status, body, headers = _get(base + "/")
        assert status == 200 and b"newsgraph" in body
        assert "default-src 'self'" in headers["Content-Security-Policy"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # bound to the loopback address only
    assert proc.stderr is not None
    assert f"http://127.0.0.1:{port}/" in proc.stderr.read().decode()


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", "from newsgraph.cli import main; main()", "serve", "--db",
         str(tmp_path / "missing.db"), "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode != 0
    assert "does not exist" in out.stderr


PAGES = {
    "/": [b"Nordkorea schickt Soldaten nach Russland", b"Meldung 3"],
    "/articles/art-chain": [b'data-claim="c2"', b'id="chain-c2"', b"block-caption noncontent",
                            b"ent ent-PERSON", b'data-goto-event="v1"',
                            'National Intelligence Service · alleged</sup>'.encode(),
                            b'href="/events?date_from=2024-06-19&amp;date_to=2024-06-19"'],
    "/search?q=Soldaten": [b"<mark>Soldaten</mark>", b"Soldaten f\xc3\xbcr Moskau",
                           b'<input type="hidden" name="q" value="Soldaten">'],
    "/events?type=ASSAULT": [b"beschossen", b'class="timeline"'],
    "/actors?type=PERSON": [b"Kim Jong-un", b"Vladimir Putin"],
    "/actors/Russia": [b"Events as actor", b"ASSAULT", b"wies das zur\xc3\xbcck"],
    "/network": [b'class="network"', b"North Korea"],
    "/map": [b'class="worldmap"', b'class="place"', b"Kyiv"],
    "/claims/art-chain/c2/sources": [b"Morgenblatt", b'id="chain-origin"'],
}


def test_pages_render(db: Path) -> None:
    from newsgraph.web import create_app

    client = create_app(db).test_client()
    for path, needles in PAGES.items():
        resp = client.get(path)
        assert resp.status_code == 200, (path, resp.data[:500])
        for needle in needles:
            assert needle in resp.data, (path, needle)
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and b"no article" in missing.data
    bad = client.get("/events?sort=evil")
    assert bad.status_code == 400 and b"must be one of" in bad.data


def test_article_text_is_escaped(tmp_path: Path) -> None:
    from newsgraph.record import Article, Source
    from newsgraph.store import Store
    from newsgraph.web import create_app

    path = tmp_path / "xss.db"
    with Store(path) as store:
        store.put(Article(id="x", text="<script>alert(1)</script> & more",
                          source=Source(publisher="<b>P</b>", url="javascript:alert(2)"),
                          title="<img src=x>"))
    body = create_app(path).test_client().get("/articles/x").data
    assert b"<script>alert" not in body and b"&lt;script&gt;" in body
    assert b"<img src=x>" not in body and b"<b>P</b>" not in body
    assert b'href="javascript:' not in body


def test_search_without_fts_index_falls_back_to_substrings(db: Path, tmp_path: Path) -> None:
    from newsgraph.web import create_app

    copy = tmp_path / "nofts.db"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    if dst.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
        dst.execute("DROP TABLE articles_fts")
        dst.commit()
    dst.close()
    client = create_app(copy).test_client()
    items = client.get("/api/search?q=Soldaten%20Russland").get_json()["items"]
    assert {i["id"] for i in items} == {"art-chain", "art-echo"}
    assert all("<mark>" in i["snippet_html"] for i in items)
    assert b"substring search" in client.get("/search?q=Soldaten").data


def test_actors_follow_the_corpus_identity(tmp_path: Path) -> None:
    """Two spellings of one person in two articles are one actor everywhere."""
    from web_corpus import ent, sp

    from newsgraph.record import Actor, Article, Event, Source
    from newsgraph.store import Store
    from newsgraph.web import create_app
    from newsgraph.web.identity import has_corpus_identity

    path = tmp_path / "identity.db"
    with Store(path) as store:
        if not has_corpus_identity(store.conn):
            pytest.skip("this store has no corpus-level identity")
        for i, surface in enumerate(("Sergej Schoigu", "Sergei Shoigu")):
            text = f"{surface} drohte der Ukraine."
            store.put(Article(
                id=f"a{i}", text=text, source=Source(published=f"2024-01-0{i + 1}"),
                entities=(ent(text, "e1", "PERSON", surface, [surface]),
                          ent(text, "e2", "GPE", "Ukraine", ["Ukraine"])),
                events=(Event("v1", "THREATEN", sp(text, "drohte"),
                              actors=(Actor(surface, "e1", "RUS", "GOV"),),
                              targets=(Actor("Ukraine", "e2", "UKR"),)),),
            ))
        merged = store.conn.execute(
            "SELECT count(DISTINCT corpus_id) FROM corpus_entity_links WHERE entity_id = 'e1'"
        ).fetchone()[0]
    if merged != 1:
        pytest.skip("the name matcher does not merge these spellings")
    client = create_app(path).test_client()
    persons = client.get("/api/entities?type=PERSON").get_json()["items"]
    assert [(p["name"], p["articles"]) for p in persons] == [("Sergej Schoigu", 2)]
    edges = client.get("/api/network").get_json()["item"]["edges"]
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [
        ("Sergej Schoigu", "Ukraine", 2)]
    for spelling in ("Sergej%20Schoigu", "Sergei%20Shoigu"):
        detail = client.get(f"/api/entities/{spelling}").get_json()["item"]
        assert len(detail["events_as_actor"]) == 2
        assert {f["text"] for f in detail["surface_forms"]} == {"Sergej Schoigu",
                                                               "Sergei Shoigu"}
        assert [link["rule"] for link in detail["identity"]] == ["new", "name"]
    page = client.get("/actors/Sergei%20Shoigu").data
    assert b"Why these are one" in page and b"Sergej Schoigu" in page
    actors = {e["actors"] for e in client.get("/api/events").get_json()["items"]}
    assert actors == {"Sergej Schoigu"}
