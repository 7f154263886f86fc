"""The records the place API returns: :class:`Place` and :class:`Country` (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["country", "region", "city", "other"]


@dataclass(frozen=True)
class Place:
    """A resolved place.

    ``iso3`` is set for countries (the country's own code); ``country`` is the ISO 3166 alpha-3
    code of the containing country for every kind (equal to ``iso3`` for countries).
    For cities ``name_de`` is the exonym that matched when it differs from the English name
    (``Pjöngjangs`` → ``Pjöngjang``, ``Moskau``), else ``None``.
    ``geonames`` is the GeoNames id (cities, capitals), ``iso3166_2`` the subdivision code of
    a region (``RU-KRS``), ``wikidata`` a QID where known.  ``lat``/``lon`` may be ``None``
    for a region without known coordinates.
    """

    name_en: str
    name_de: str | None
    kind: PlaceKind
    country: str | None
    iso3: str | None = None
    geonames: int | None = None
    iso3166_2: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    capital_of: str | None = None  # ISO alpha-3 of the country whose capital this is

    @property
    def ids(self) -> dict[str, str]:
        """Identifier map in the shape of ``Entity.ids`` (``{"iso3": "PRK", "geonames": "…"}``)."""
        out: dict[str, str] = {}
        if self.iso3:
            out["iso3"] = self.iso3
        if self.geonames is not None:
            out["geonames"] = str(self.geonames)
        if self.iso3166_2:
            out["iso3166_2"] = self.iso3166_2
        if self.wikidata:
            out["wikidata"] = self.wikidata
        return out


@dataclass(frozen=True)
class Capital:
    name_en: str
    geonames: int
    lat: float
    lon: float


@dataclass(frozen=True)
class Country:
    """One row of the country table (ISO 3166-1 plus names, adjectives and capital)."""

    iso3: str
    iso2: str
    name_en: str
    name_de: str
    official_en: str | None
    official_de: str | None
    names_de: tuple[str, ...]
    names_en: tuple[str, ...]
    adjectives_de: tuple[str, ...]  # stems: ``nordkoreanisch``
    demonyms_de: tuple[str, ...]  # ``Nordkoreaner``
    adjectives_en: tuple[str, ...]  # ``North Korean``
    lat: float | None
    lon: float | None
    independent: bool
    capital: Capital | None

    def place(self) -> Place:
        return Place(
            name_en=self.name_en,
            name_de=self.name_de,
            kind="country",
            country=self.iso3,
            iso3=self.iso3,
            lat=self.lat,
            lon=self.lon,
        )
