"""Regions: first-level administrative units (a curated German file plus pycountry
subdivisions) and named areas that are no administrative unit (continents, seas, Nahost).

``data/regions_de.yaml`` (hand-written) gives German names, ISO 3166-2 codes and approximate
centres for regions often named in German news (Bundesländer, Austrian Länder, Ukrainian and
Russian oblasts, US states with German names).  Every other subdivision of ISO 3166-2 is found
by its pycountry name (``California``, ``Bayern``).  Region phrases with a generic head are
understood for any oblast/province: ``Gebiet Kursk``, ``Oblast Kursk``, ``Region Kursk``,
``Kursker Gebiet``, ``Kursk Oblast``, ``Provinz Idlib``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
import yaml

from .normalize import candidates, key

#: heads that make "<head> X" / "X <head>" a region phrase
REGION_HEADS = (
    "Gebiet", "Gebiets", "Gebietes", "Oblast", "Region", "Provinz", "Bezirk", "Bundesstaat",
    "Bundesland", "Landkreis", "Kanton", "Präfektur", "Republik", "Gouvernement", "Distrikt",
    "Province", "State", "Governorate",
)
_PREFIX = re.compile(r"^(?:(?:im|in|das|dem|des|der|die)\s+)?(" + "|".join(REGION_HEADS) + r")\s+(.+)$")
_SUFFIX = re.compile(r"^(.+?)\s+(Oblast|Gebiet|Gebiets|Gebietes|Region|Province|Governorate)$")
_GENERIC_KINDS = {"oblast", "kray", "province", "region", "republic"}


@dataclass(frozen=True)
class Area:
    """A continent, sea or named area that is no administrative unit (``data/areas_de.yaml``)."""

    name_de: str
    name_en: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-3 when the area lies in one country


@lru_cache(maxsize=1)
def area_index() -> dict[str, Area]:
    raw = yaml.safe_load(
        resources.files("newsgraph.geo").joinpath("data/areas_de.yaml").read_text("utf-8")
    )
    out: dict[str, Area] = {}
    for name, rec in raw.items():
        area = Area(name, rec["en"], float(rec["lat"]), float(rec["lon"]), rec.get("country"))
        for n in (name, rec["en"], *rec.get("other", ())):
            out.setdefault(key(n), area)
    return out


def find_area(name: str) -> Area | None:
    idx = area_index()
    for k in candidates(name):
        if k in idx:
            return idx[k]
    return None


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2
    name_en: str
    name_de: str | None
    kind: str
    lat: float | None
    lon: float | None

    @property
    def country_iso2(self) -> str:
        return self.code.split("-", 1)[0]


@lru_cache(maxsize=1)
def _curated() -> dict[str, Region]:
    raw = yaml.safe_load(
        resources.files("newsgraph.geo").joinpath("data/regions_de.yaml").read_text("utf-8")
    )
    out: dict[str, Region] = {}
    for code, rec in raw.items():
        sub = pycountry.subdivisions.get(code=code)
        names = rec["de"] if isinstance(rec["de"], list) else [rec["de"]]
        out[code] = Region(
            code=code,
            name_en=sub.name if sub is not None else names[0],
            name_de=names[0],
            kind=rec.get("kind", "region"),
            lat=rec.get("lat"),
            lon=rec.get("lon"),
        )
    return out


@lru_cache(maxsize=1)
def region_index() -> tuple[dict[str, Region], dict[str, Region], dict[str, Region]]:
    """(full names, bare names of generic-head regions, pycountry names) → region."""
    raw = yaml.safe_load(
        resources.files("newsgraph.geo").joinpath("data/regions_de.yaml").read_text("utf-8")
    )
    curated = _curated()
    full: dict[str, Region] = {}
    bare: dict[str, Region] = {}
    for code, rec in raw.items():
        region = curated[code]
        names = rec["de"] if isinstance(rec["de"], list) else [rec["de"]]
        if region.kind in _GENERIC_KINDS:
            for n in names:
                bare.setdefault(key(n), region)
                if region.kind in ("republic", "kray", "region"):  # Krim, Tschetschenien stand alone
                    full.setdefault(key(n), region)
            if rec.get("adj"):
                full.setdefault(key(rec["adj"] + " Gebiet"), region)
            full.setdefault(key(region.name_en), region)
        else:
            for n in names:
                full.setdefault(key(n), region)
    iso: dict[str, Region] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        region = curated.get(sub.code) or Region(sub.code, sub.name, None, sub.type.lower(), None, None)
        for name in re.split(r"\s*[\[\]()]\s*", sub.name):
            if len(name) > 3:
                iso.setdefault(key(name), region)
    return full, bare, iso


def find_region(name: str, *, country_iso2: set[str] | None = None) -> Region | None:
    """A region named by ``name`` (curated German names, region phrases, ISO 3166-2 names)."""
    full, bare, iso = region_index()
    text = " ".join(name.split())
    for k in candidates(text):
        if k in full:
            return full[k]
    m = _PREFIX.match(text) or _SUFFIX.match(text)
    if m:
        inner = m.group(2) if m.re is _PREFIX else m.group(1)
        for k in candidates(inner):
            if k in bare:
                return bare[k]
        return _generic(inner, country_iso2)
    for k in candidates(text):
        if k in iso and (country_iso2 is None or iso[k].country_iso2 in country_iso2):
            return iso[k]
    return None


def _generic(inner: str, country_iso2: set[str] | None) -> Region | None:
    """``Gebiet X`` for an X not in the curated file: an ISO 3166-2 subdivision named X…."""
    probe = key(inner)
    if len(probe) < 4:
        return None
    best: Region | None = None
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        if country_iso2 and sub.code.split("-")[0] not in country_iso2:
            continue
        if key(sub.name).startswith(probe):
            best = Region(sub.code, sub.name, None, sub.type.lower(), None, None)
            break
    return best
