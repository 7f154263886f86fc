"""PLOVER and GDELT-like event exports over a store of hand-made records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_corpus import all_articles, build_db

from newsgraph.store import Store
from newsgraph.store.event_exports import GDELT_COLUMNS, write_gdelt, write_plover

N_EVENTS = sum(len(a.events) for a in all_articles())
#: field names of the PLOVER manual (chapter "Data Fields") plus our documented extensions
PLOVER_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
                 "event", "event_loc", "event_text", "quad_code", "event_scale", "mode",
                 "context", "link", "text", "text_info", "cite_info", "coder", "coded_date",
                 "coded_time", "comment"}
EXTENSIONS = {"stance", "confidence", "reciprocal", "date_basis", "cameo", "claim"}
ENTITY_FIELDS = {"code", "sector", "entity_text", "identifier_id", "identifier_text"}
LOC_FIELDS = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code",
              "resolution"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("exports") / "corpus.db")


def plover(db: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    buf = io.StringIO()
    with Store(db, readonly=True) as store:
        assert write_plover(store, buf) == N_EVENTS
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    return {r["id"]: r for r in records}


def test_plover_uses_the_standard_field_names(db: Path) -> None:
    records = plover(db)
    assert len(records) == N_EVENTS
    for rec in records.values():
        assert set(rec) <= PLOVER_FIELDS | EXTENSIONS
        assert {"id", "date", "actor", "event"} <= set(rec)  # required by the manual
        for ent in rec["actor"] + rec["recipient"]:
            assert set(ent) <= ENTITY_FIELDS
        assert set(rec.get("event_loc", {})) <= LOC_FIELDS
        assert set(rec["cite_info"]) <= {"corpus", "citation", "url", "title", "language",
                                         "publication", "license", "copyright", "coder",
                                         "codebook", "version"}


def test_plover_record_content(db: Path) -> None:
    rec = plover(db)["art-chain-v1"]
    assert rec["event"] == ["MOBILIZE"] and rec["quad_code"] == 4
    assert rec["date"] == "2024-06-20" and rec["date_basis"] == "text"
    assert rec["actor"] == [{"entity_text": "Nordkorea", "code": "PRK", "sector": "MIL",
                             "identifier_text": "North Korea"}]
    assert rec["recipient"][0]["code"] == "RUS"
    assert rec["event_loc"]["resolved_place"] == "Russia"
    assert rec["event_loc"]["resolution"] == 1
    assert rec["event_text"] == ["entsandt"]
    assert rec["stance"] == "alleged"
    assert rec["claim"]["speaker"] == "National Intelligence Service"
    consult = plover(db)["art-chain-v2"]
    assert consult["reciprocal"] is True and consult["recipient"] == []
    assert len(consult["actor"]) == 2 and consult["quad_code"] == 1
    assert consult["event_loc"]["resolution"] == 4
    rejected = plover(db)["art-echo-v2"]["recipient"][0]
    assert rejected["identifier_text"] == "National Intelligence Service"


def test_gdelt_rows_have_every_column(db: Path) -> None:
    buf = io.StringIO()
    with Store(db, readonly=True) as store:
        assert write_gdelt(store, buf) == N_EVENTS
    lines = buf.getvalue().splitlines()
    header = lines[0].split("\t")
    assert tuple(header) == GDELT_COLUMNS and header[:5] == [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header.index("SOURCEURL") == 60  # the 61 GDELT 2.0 event columns come first
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == N_EVENTS
    by_id = {r["GLOBALEVENTID"]: r for r in rows}
    assault = by_id["art-assault:v1"]
    assert (assault["SQLDATE"], assault["Actor1Code"], assault["Actor1Name"],
            assault["Actor2CountryCode"], assault["EventRootCode"], assault["QuadClass"]) == (
        "20240625", "RUSMIL", "RUSSIA", "UKR", "19", "4")
    assert (assault["ActionGeo_Type"], assault["ActionGeo_FullName"],
            assault["ActionGeo_Lat"]) == ("4", "Kyiv", "50.4500")
    accuse = by_id["filler-03:v1"]
    assert accuse["EventCode"] == "11" and accuse["QuadClass"] == "3"  # from the PLOVER type
    assert by_id["art-chain:v1"]["SOURCEURL"] == "https://example.org/1"


def test_exports_write_files_and_stdout(db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with Store(db, readonly=True) as store:
        n = write_plover(store, str(tmp_path / "deep" / "events.jsonl"))
        write_plover(store, "-")
    assert n == N_EVENTS
    assert len((tmp_path / "deep" / "events.jsonl").read_text().splitlines()) == N_EVENTS
    assert len(capsys.readouterr().out.splitlines()) == N_EVENTS


def test_events_are_streamed_not_loaded(db: Path) -> None:
    from newsgraph.store.event_exports import iter_events

    with Store(db, readonly=True) as store:
        it = iter_events(store)
        first = next(it)
        assert (first.article_id, first.id) == ("art-assault", "v1")
        assert len(list(it)) == N_EVENTS - 1


def test_export_command_dispatches_to_event_exports(db: Path, tmp_path: Path) -> None:
    from newsgraph.cli import _register_commands, cli

    _register_commands()
    if "export" not in cli.commands:
        pytest.skip("the export command is not available")
    for fmt, name in (("plover", "e.jsonl"), ("gdelt", "e.tsv")):
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt,
                                          "--out", str(out)])
        assert result.exit_code == 0, result.output
        lines = out.read_text().splitlines()
        assert len(lines) == N_EVENTS + (1 if fmt == "gdelt" else 0)


def test_actors_export_under_their_corpus_name(tmp_path: Path) -> None:
    from web_corpus import ent, sp

    from newsgraph.record import Actor, Article, Event, Source

    path = tmp_path / "identity.db"
    with Store(path) as store:
        for i, surface in enumerate(("Sergej Schoigu", "Sergei Shoigu")):
            text = f"{surface} drohte der Ukraine."
            store.put(Article(
                id=f"a{i}", text=text, source=Source(published=f"2024-01-0{i + 1}"),
                entities=(ent(text, "e1", "PERSON", surface, [surface]),),
                events=(Event("v1", "THREATEN", sp(text, "drohte"),
                              actors=(Actor(surface, "e1", "RUS", "GOV"),)),),
            ))
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    if "corpus_entity_links" not in tables:
        pytest.skip("this store has no corpus-level identity")
    buf = io.StringIO()
    with Store(path, readonly=True) as store:
        assert write_plover(store, buf) == 2
    actors = [json.loads(line)["actor"][0] for line in buf.getvalue().splitlines()]
    assert [a["entity_text"] for a in actors] == ["Sergej Schoigu", "Sergei Shoigu"]
    assert {a["identifier_text"] for a in actors} == {"Sergej Schoigu"}
