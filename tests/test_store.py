"""The store: idempotency, --force, FTS5 German-aware search kept in sync, migrations,
streaming exports, CISTEM."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsgraph.errors import ConfigError
from newsgraph.io import article_from_text
from newsgraph.pipeline import Pipeline
from newsgraph.record import Article
from newsgraph.store import Store
from newsgraph.store.export import EXPORT_TABLES, export_csv, export_parquet, iter_rows
from newsgraph.store.fts import build_query, search
from newsgraph.store.schema import MIGRATIONS
from newsgraph.store.stemmer import cistem, stem_text
from newsgraph.structure import StructureStage

PIPE = Pipeline([StructureStage()])


def art(text: str) -> Article:
    return PIPE.run(article_from_text(text))


A = art("Politik\n\nGespräche über Waffenruhe\n\nDie Gespräche zwischen beiden Seiten wurden am "
        "Dienstag in Genf fortgesetzt. Beobachter äußerten sich vorsichtig optimistisch.\n\n"
        "Mehr zum Thema  Frühere Verhandlungen in Istanbul")
B = art("Wirtschaft\n\nStraßenbau wird teurer\n\nDie Kosten für den Bau von Straßen sind im "
        "vergangenen Jahr deutlich gestiegen, teilte der Verband mit. Grund seien höhere Preise.")


def test_put_is_idempotent_and_force_replaces(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        assert s.put(A) is True
        assert s.put(A) is False
        assert s.count() == 1 and s.count("blocks") == len(A.blocks)
        changed = A.replace(title="Neuer Titel")
        assert s.put(changed, force=True) is True
        assert s.count() == 1 and s.get(A.id) == changed
        assert s.count("blocks") == len(A.blocks)
        # FTS rows follow the article: exactly one row, with the new title
        assert s.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
        assert [h.id for h in search(s.conn, "Titel")] == [A.id]


def test_german_aware_search(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.put(A)
        s.put(B)
        assert [h.id for h in search(s.conn, "Gespräch")] == [A.id]  # inflection
        assert search(s.conn, "sprach") == []  # no noun/verb conflation
        assert [h.id for h in search(s.conn, "gesprachen")] == [A.id]  # no umlaut, other case
        assert [h.id for h in search(s.conn, "Strasse")] == [B.id]  # ß vs ss
        assert [h.id for h in search(s.conn, "Straßen Kosten")] == [B.id]
        assert search(s.conn, "Straßen Genf") == []  # all words must occur
        assert {h.id for h in search(s.conn, "Genf OR Verband")} == {A.id, B.id}
        assert [h.id for h in search(s.conn, "Genf OR Verband -Straßen")] == [A.id]
        assert [h.id for h in search(s.conn, '"beiden Seiten"')] == [A.id]
        assert search(s.conn, '"Seiten beiden"') == []
        assert [h.id for h in search(s.conn, "Waffen*")] == [A.id]
        hit = search(s.conn, "fortgesetzt")[0]
        assert "«fortgesetzt»" in hit.snippet
        with pytest.raises(ConfigError):
            search(s.conn, "-Genf")


def test_fts_migration_backfills_existing_articles(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for stmt in MIGRATIONS[0][1].split(";"):
        if stmt.strip():
            c.execute(stmt)
    c.execute("INSERT INTO migrations VALUES ('001_core', 'x')")
    # an article row as a 001-era newsgraph wrote it (only the columns of 001_core)
    c.execute(
        "INSERT INTO articles (id, schema, title, text, ingested_at, record) VALUES (?,?,?,?,?,?)",
        (A.id, A.schema, A.title, A.text, "2025-01-01", A.to_json()),
    )
    c.close()
    with Store(db) as s:
        assert "002_fts" in s.migrations()
        assert [h.id for h in search(s.conn, "Beobachter")] == [A.id]


def test_exports_stream_with_stable_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.put(A)
        s.put(B)
        batches = list(iter_rows(s, "blocks", ["article_id", "idx", "kind"], batch=2))
        assert all(len(b) <= 2 for b in batches)
        assert sum(len(b) for b in batches) == len(A.blocks) + len(B.blocks)
        summary = export_parquet(s, str(tmp_path / "pq"))
        assert len(summary.files) == len(EXPORT_TABLES)
        table = pq.read_table(tmp_path / "pq" / "blocks.parquet")
        assert table.column_names == ["article_id", "idx", "kind", "start", "end", "language"]
        assert table.num_rows == len(A.blocks) + len(B.blocks)
        assert str(table.schema.field("start").type) == "int64"
        arts = pq.read_table(tmp_path / "pq" / "articles.parquet")
        assert "record" not in arts.column_names and arts.num_rows == 2
        export_csv(s, str(tmp_path / "csv"))
        header = (tmp_path / "csv" / "entities.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("article_id,id,type,name")


def test_cistem() -> None:
    assert cistem("Gespräche") == cistem("Gesprächen") == cistem("Gespräch")
    assert cistem("Häuser") == cistem("häuser")
    assert cistem("Straße") == cistem("Strasse")
    assert cistem("Verteidigungsministers") == cistem("Verteidigungsminister")
    assert cistem("Wahl") == cistem("Wahlen")
    assert cistem("") == ""
    assert stem_text("Die Gespräche") == "die gesprach"
    assert cistem("Gespräch") != cistem("sprach")  # no ge- stripping for search
    assert cistem("gemacht", strip_ge=True) == cistem("macht")


@pytest.mark.parametrize(("word", "search_stem", "cased_stem"), [
    ("Speicherbehältern", "speicherbehal", "speicherbehalt"),  # CISTEM's own example (cased)
    ("Häusern", "hau", "hau"),  # -n, then -er (longer than 5), then -s: stripped repeatedly
    ("Kinde", "kind", "kind"),
    ("Abend", "abend", "abend"),  # -nd only comes off words longer than 5
    ("laufend", "lauf", "lauf"),
    ("Gärten", "gar", "gart"),  # -t from capitalised words only when case-insensitive
    ("Arbeitet", "arbei", "arbeitet"),
    ("arbeitet", "arbei", "arbei"),
    ("Nennt", "nenn", "nennt"),
    ("Tests", "tes", "test"),
    ("Staaten", "staa", "staat"),
    ("Atem", "atem", "atem"),  # nothing comes off words of 4 or fewer characters
    ("Bett", "bett", "bett"),  # double letters are protected
])
def test_cistem_suffix_rules(word: str, search_stem: str, cased_stem: str) -> None:
    assert cistem(word) == search_stem
    assert cistem(word, case_insensitive=False) == cased_stem


def test_build_query_quotes_terms() -> None:
    match, stems = build_query('Gespräche "in Genf" OR Wien -Moskau')
    assert "NOT" in match and '"gesprach"' in match and "OR" in match
    assert "gesprach" in stems
