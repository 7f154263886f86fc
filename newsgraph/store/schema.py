"""Named migrations of the embedded SQLite store.  Applied in order, recorded in ``migrations``.

Never edit a migration that has shipped: add a new one.  The tables mirror the record lists;
``docs/store.md`` documents every column.
"""

from __future__ import annotations

from .event_rows import MIGRATION as _EVENT_ROWS

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "001_core",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            schema TEXT NOT NULL,
            language TEXT,
            title TEXT,
            lead TEXT,
            text TEXT NOT NULL,
            path TEXT, url TEXT, publisher TEXT, section TEXT,
            published TEXT, published_basis TEXT, author TEXT,
            ingested_at TEXT NOT NULL,
            record TEXT NOT NULL            -- the full JSON record
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_publisher ON articles(publisher);
        CREATE TABLE blocks (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            language TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
            iso3 TEXT, wikidata TEXT, geonames TEXT, lat REAL, lon REAL,
            ids TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX entities_name ON entities(name);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
        );
        CREATE INDEX mentions_entity ON mentions(article_id, entity_id);
        CREATE TABLE roles (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, person TEXT, role TEXT NOT NULL, org TEXT, sector TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE times (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value TEXT NOT NULL, kind TEXT NOT NULL, mod TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX times_value ON times(value);
        CREATE TABLE quantities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value REAL NOT NULL, approx INTEGER NOT NULL, unit TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL, speaker TEXT, speaker_text TEXT,
            cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
            form TEXT NOT NULL, stance TEXT NOT NULL, said TEXT, via TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX claims_stance ON claims(stance);
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
            time TEXT, place TEXT, quantity TEXT, claim TEXT, stance TEXT NOT NULL,
            confidence REAL NOT NULL, reciprocal INTEGER NOT NULL DEFAULT 0, time_basis TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX events_type ON events(type);
        CREATE TABLE event_args (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
            idx INTEGER NOT NULL, entity TEXT, text TEXT NOT NULL, country TEXT, sector TEXT,
            PRIMARY KEY (article_id, event_id, role, idx)
        );
        CREATE INDEX event_args_entity ON event_args(article_id, entity);
        CREATE TABLE failures (
            path TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
        );
        """,
    ),
    (
        # Full-text search over a CISTEM-stemmed copy of title and text (newsgraph.store.fts).
        # ng_stem() is registered on every connection by Store; rows are kept in sync in the
        # article's own transaction by Store.put.
        "002_fts",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts (rowid, title, body)
            SELECT rowid, ng_stem(title), ng_stem(text) FROM articles;
        """,
    ),
    (
        # Corpus-level entities (newsgraph.store.corpus_entities): one row per real-world entity
        # across articles, its identity keys, the article-entity links with the reason of each
        # link, and the user's merge/split rules.  Filled by a Store.put hook; databases created
        # before this migration are filled by `newsgraph entities --db FILE --rebuild`.
        "003_corpus_entities",
        """
        CREATE TABLE corpus_entities (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL,
            wikidata TEXT, iso3 TEXT, geonames TEXT,
            articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT, last_seen TEXT
        );
        CREATE INDEX corpus_entities_type ON corpus_entities(type, articles);
        CREATE INDEX corpus_entities_name ON corpus_entities(name);
        CREATE TABLE corpus_entity_keys (
            corpus_id INTEGER NOT NULL REFERENCES corpus_entities(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            PRIMARY KEY (key, corpus_id)
        );
        CREATE TABLE corpus_entity_links (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            corpus_id INTEGER NOT NULL REFERENCES corpus_entities(id) ON DELETE CASCADE,
            rule TEXT NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX corpus_entity_links_corpus ON corpus_entity_links(corpus_id);
        CREATE TABLE corpus_entity_rules (
            id INTEGER PRIMARY KEY CHECK (id = 1), content TEXT NOT NULL
        );
        """,
    ),
    (
        # The search stemmer no longer strips "ge-" (Gespräch ≠ sprach): rebuild the index.
        "004_fts_restem",
        """
        DELETE FROM articles_fts;
        INSERT INTO articles_fts (rowid, title, body)
            SELECT rowid, ng_stem(title), ng_stem(text) FROM articles;
        """,
    ),
    (
        # Quantity bounds (record 1.1): `mindestens 90` -> mod, ranges `20 bis 30` -> high.
        "005_quantity_bounds",
        """
        ALTER TABLE quantities ADD COLUMN mod TEXT;
        ALTER TABLE quantities ADD COLUMN high REAL;
        UPDATE quantities SET
            mod = (SELECT json_extract(q.value, '$.mod') FROM articles a,
                   json_each(a.record, '$.quantities') q
                   WHERE a.id = quantities.article_id
                     AND json_extract(q.value, '$.id') = quantities.id),
            high = (SELECT json_extract(q.value, '$.high') FROM articles a,
                    json_each(a.record, '$.quantities') q
                    WHERE a.id = quantities.article_id
                      AND json_extract(q.value, '$.id') = quantities.id);
        """,
    ),
    # The workbench's events table materialised, one row per event (newsgraph.store.event_rows):
    # filled by a Store.put hook, names refreshed by triggers on the corpus entities.
    ("006_event_rows", _EVENT_ROWS),
    (
        # The occasion of a claim (record 1.2): `sagte nach der Abstimmung` when no time dates it.
        "007_claim_occasion",
        """
        ALTER TABLE claims ADD COLUMN occasion_text TEXT;
        UPDATE claims SET occasion_text = (
            SELECT json_extract(c.value, '$.occasion.text') FROM articles a,
                   json_each(a.record, '$.claims') c
            WHERE a.id = claims.article_id AND json_extract(c.value, '$.id') = claims.id);
        """,
    ),
)
