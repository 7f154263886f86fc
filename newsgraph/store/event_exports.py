"""Event exports: PLOVER JSON lines and a GDELT 2.0-like tab-separated events file.

Both stream: one ordered pass over ``events`` merged with one ordered pass over ``event_args``
(constant memory whatever the size of the store).  ``newsgraph export --format plover|gdelt``
calls :func:`write_plover` / :func:`write_gdelt`; ``docs/exports.md`` documents every field.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from .. import __version__
from .db import Store
from .event_rows import EVENT_DATE, EVENT_DATE_BASIS

QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "DEMAND": 3,
    "DISAPPROVE": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "CRIME": 4,
}
#: CAMEO root code of each PLOVER type (inverse of the PLOVER manual's CAMEO→PLOVER table),
#: used when an event carries no CAMEO code of its own
CAMEO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "DEMAND": "10", "ACCUSE": "11",
    "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
    "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}
#: GDELT geo types: 1 country, 4 world city, 5 world state (ADM1)
GEO_TYPE = {"country": 1, "city": 4, "region": 5, "other": 4}

_EVENTS_SQL = (
    "SELECT e.article_id, e.id, e.type, e.mode, e.cameo, e.trigger_start, e.trigger_end,"
    " e.trigger_text, e.stance, e.confidence, e.reciprocal, e.time_basis,"
    f" {EVENT_DATE} AS date, {EVENT_DATE_BASIS},"
    " t.value, t.text, p.name, p.lat, p.lon, p.geonames, p.iso3,"
    " (SELECT m.text FROM mentions m WHERE m.article_id = p.article_id AND m.entity_id = p.id"
    "  ORDER BY m.start LIMIT 1),"
    " (SELECT json_extract(j.value, '$.geo.feature') FROM json_each(a.record, '$.entities') j"
    "  WHERE json_extract(j.value, '$.id') = e.place),"
    " (SELECT json_extract(j.value, '$.geo.country') FROM json_each(a.record, '$.entities') j"
    "  WHERE json_extract(j.value, '$.id') = e.place),"
    " c.id, c.content_text, COALESCE(se.name, c.speaker_text),"
    " a.publisher, a.url, a.path, a.title, a.language, a.ingested_at"
    " FROM events e JOIN articles a ON a.id = e.article_id"
    " LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time"
    " LEFT JOIN entities p ON p.article_id = e.article_id AND p.id = e.place"
    " LEFT JOIN claims c ON c.article_id = e.article_id AND c.id = e.claim"
    " LEFT JOIN entities se ON se.article_id = c.article_id AND se.id = c.speaker"
    " ORDER BY e.article_id, e.id"
)
_ARGS_SQL = (
    "SELECT x.article_id, x.event_id, x.role, x.text, x.country, x.sector, {name}, n.wikidata"
    " FROM event_args x LEFT JOIN entities n ON n.article_id = x.article_id AND n.id = x.entity"
    " ORDER BY x.article_id, x.event_id, x.role, x.idx"
)
#: the cross-article name of entity ``n`` when the store has corpus identity (003 migration)
_CORPUS_NAME = (
    "COALESCE((SELECT ce.name FROM corpus_entity_links cl JOIN corpus_entities ce"
    " ON ce.id = cl.corpus_id WHERE cl.article_id = n.article_id AND cl.entity_id = n.id),"
    " n.name)"
)


def _has_corpus_identity(store: Store) -> bool:
    found = store.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        " AND name IN ('corpus_entities', 'corpus_entity_links')"
    ).fetchone()[0]
    return int(found) == 2


@dataclass(frozen=True)
class Arg:
    text: str
    country: str | None
    sector: str | None
    name: str | None  # the entity's name across articles (corpus identity), else in the article
    wikidata: str | None


@dataclass(frozen=True)
class EventRow:
    article_id: str
    id: str
    type: str
    mode: str | None
    cameo: str | None
    trigger: tuple[int, int, str]
    stance: str
    confidence: float
    reciprocal: bool
    date: str | None
    date_basis: str | None
    time_value: str | None
    time_text: str | None
    place: dict[str, Any] | None
    claim: dict[str, Any] | None
    publisher: str | None
    url: str | None
    path: str | None
    title: str | None
    language: str | None
    ingested_at: str | None
    actors: tuple[Arg, ...]
    targets: tuple[Arg, ...]


def iter_events(store: Store) -> Iterator[EventRow]:
    """Every event with its arguments, in (article, event) order, streaming."""
    name = _CORPUS_NAME if _has_corpus_identity(store) else "n.name"
    args_cur = store.conn.cursor().execute(_ARGS_SQL.format(name=name))
    pending = args_cur.fetchone()
    for r in store.conn.cursor().execute(_EVENTS_SQL):
        key = (r[0], r[1])
        roles: dict[str, list[Arg]] = {"actor": [], "target": []}
        while pending is not None and (pending[0], pending[1]) < key:
            pending = args_cur.fetchone()
        while pending is not None and (pending[0], pending[1]) == key:
            roles[pending[2]].append(Arg(*pending[3:]))
            pending = args_cur.fetchone()
        place = None
        if r[16] is not None:
            place = {"name": r[16], "lat": r[17], "lon": r[18], "geonames": r[19],
                     "country": r[23] or r[20], "text": r[21], "feature": r[22]}
        claim = None if r[24] is None else {"id": r[24], "text": r[25], "speaker": r[26]}
        yield EventRow(
            article_id=r[0], id=r[1], type=r[2], mode=r[3], cameo=r[4],
            trigger=(r[5], r[6], r[7]), stance=r[8], confidence=r[9], reciprocal=bool(r[10]),
            date=r[12], date_basis=r[13], time_value=r[14], time_text=r[15], place=place,
            claim=claim, publisher=r[27], url=r[28], path=r[29], title=r[30], language=r[31],
            ingested_at=r[32], actors=tuple(roles["actor"]), targets=tuple(roles["target"]),
        )


@contextmanager
def _output(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if not isinstance(out, (str, Path)):
        yield out
        return
    if str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _plover_entity(a: Arg) -> dict[str, Any]:
    out: dict[str, Any] = {"entity_text": a.text}
    if a.country:
        out["code"] = a.country
    if a.sector:
        out["sector"] = a.sector
    if a.wikidata:
        out["identifier_id"] = a.wikidata
    if a.name:
        out["identifier_text"] = a.name
    return out


def plover_record(ev: EventRow) -> dict[str, Any]:
    """One PLOVER record (field names from the PLOVER manual, chapter "Data Fields")."""
    rec: dict[str, Any] = {"id": f"{ev.article_id}-{ev.id}", "date": ev.date}
    if ev.time_value and "T" in ev.time_value:
        rec["time"] = ev.time_value.split("T", 1)[1]
    rec["actor"] = [_plover_entity(a) for a in ev.actors]
    rec["recipient"] = [_plover_entity(a) for a in ev.targets]
    rec["event"] = [ev.type]
    if ev.place is not None:
        p = ev.place
        loc = {"extracted_place": p["text"], "resolved_place": p["name"], "lat": p["lat"],
               "lon": p["lon"], "country_code": p["country"], "geonameid": p["geonames"]}
        if p["feature"] == "country":
            loc["resolution"] = 1
        elif p["feature"] == "city":
            loc["resolution"] = 4
        rec["event_loc"] = {k: v for k, v in loc.items() if v is not None}
    rec["event_text"] = [ev.trigger[2]]
    quad = QUAD.get(ev.type)
    if quad:
        rec["quad_code"] = quad
    if ev.mode:
        rec["mode"] = [ev.mode]
    rec["text_info"] = {"start": ev.trigger[0], "end": ev.trigger[1]}
    cite = {"citation": ev.article_id, "url": ev.url, "title": ev.title,
            "language": ev.language, "publication": ev.publisher}
    rec["cite_info"] = {k: v for k, v in cite.items() if v is not None}
    rec["coder"] = f"newsgraph {__version__}"
    if ev.ingested_at:
        rec["coded_date"] = ev.ingested_at[:10]
    # newsgraph extensions (PLOVER allows additional named fields)
    rec["stance"] = ev.stance
    rec["confidence"] = ev.confidence
    rec["reciprocal"] = ev.reciprocal
    rec["date_basis"] = ev.date_basis
    if ev.cameo:
        rec["cameo"] = ev.cameo
    if ev.claim is not None:
        rec["claim"] = ev.claim
    return rec


def write_plover(store: Store, out: str | Path | IO[str]) -> int:
    """PLOVER JSON, one record per event per line (JSONL, as the manual suggests)."""
    n = 0
    with _output(out) as fh:
        for ev in iter_events(store):
            fh.write(json.dumps(plover_record(ev), ensure_ascii=False))
            fh.write("\n")
            n += 1
    return n


def _actor_cols(args: tuple[Arg, ...]) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2, Type1/2/3."""
    if not args:
        return [""] * 10
    a = args[0]
    name = (a.name or a.text).upper()
    code = (a.country or "") + (a.sector or "")
    return [code, name, a.country or "", "", "", "", "", a.sector or "", "", ""]


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
    # newsgraph columns after the GDELT ones
    "PloverType", "Stance", "Confidence", "Trigger", "ArticleID", "EventID", "DateBasis",
)


def _clean(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_row(ev: EventRow) -> list[str]:
    sqldate = month = year = fraction = ""
    if ev.date:
        try:
            d = date.fromisoformat(ev.date[:10])
        except ValueError:
            d = None
        if d is not None:
            sqldate, month, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year)
            fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    cameo = ev.cameo or CAMEO_ROOT.get(ev.type, "")
    geo = [""] * 8
    if ev.place is not None:
        p = ev.place
        geo = [str(GEO_TYPE.get(p["feature"] or "", 4)), p["name"], p["country"] or "", "", "",
               "" if p["lat"] is None else f"{p['lat']:.4f}",
               "" if p["lon"] is None else f"{p['lon']:.4f}", p["geonames"] or ""]
    added = "".join(ch for ch in (ev.ingested_at or "")[:19] if ch.isdigit())
    row = [
        f"{ev.article_id}:{ev.id}", sqldate, month, year, fraction,
        *_actor_cols(ev.actors), *_actor_cols(ev.targets),
        "1", cameo, cameo[:3], cameo[:2], str(QUAD.get(ev.type, "")),
        "", "1", "1", "1", "",
        *([""] * 8), *([""] * 8), *geo,
        added, ev.url or ev.path or "",
        ev.type, ev.stance, f"{ev.confidence:.3f}", ev.trigger[2], ev.article_id, ev.id,
        ev.date_basis or "",
    ]
    return [_clean(v) for v in row]


def write_gdelt(store: Store, out: str | Path | IO[str]) -> int:
    """A tab-separated events file with a header line and GDELT 2.0 event columns."""
    n = 0
    with _output(out) as fh:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for ev in iter_events(store):
            fh.write("\t".join(gdelt_row(ev)) + "\n")
            n += 1
    return n
