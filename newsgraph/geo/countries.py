"""The country table (``data/countries.json``) and its name, adjective and demonym indexes.

The table is built by ``training/build_geo.py`` from mledoze/countries, CountryInfo,
babel/CLDR, pycountry and the hand-written ``data/aliases_de.yaml``.  Names are indexed by
:func:`newsgraph.geo.normalize.key`; acronyms (``DVRK``, ``USA``) only match case-sensitively
so ``us`` in English text is not the United States.  A key claimed by two countries with the
same priority is dropped as ambiguous.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import Capital, Country
from .normalize import acronym_key, candidates, fold, is_acronym, key

#: priority of a name source: lower wins when two countries claim one key
_PRIO_DE, _PRIO_EN, _PRIO_ALT = 0, 1, 2


@dataclass(frozen=True)
class CountryIndex:
    countries: dict[str, Country]
    by_key: dict[str, str]
    by_acronym: dict[str, str]
    by_adjective: dict[str, str]
    by_capital: dict[int, str]


def _country(iso3: str, rec: dict[str, Any]) -> Country:
    cap = rec.get("capital")
    return Country(
        iso3=iso3,
        iso2=rec["iso2"],
        name_en=rec["name_en"],
        name_de=rec["name_de"],
        official_en=rec.get("official_en"),
        official_de=rec.get("official_de"),
        names_de=tuple(rec.get("names_de", ())),
        names_en=tuple(rec.get("names_en", ())),
        adjectives_de=tuple(rec.get("adj_de", ())),
        demonyms_de=tuple(rec.get("dem_de", ())),
        adjectives_en=tuple(rec.get("adj_en", ())),
        lat=rec.get("lat"),
        lon=rec.get("lon"),
        independent=bool(rec.get("independent")),
        capital=None if not cap else Capital(cap["name_en"], cap["geonames"], cap["lat"], cap["lon"]),
    )


def adjective_forms(stem: str) -> list[str]:
    """All declined forms of a German adjective stem (``russisch`` → ``russische``, …)."""
    return [stem + end for end in ("", "e", "en", "er", "es", "em")]


def demonym_forms(dem: str) -> list[str]:
    """Singular/plural, masculine/feminine forms of a German demonym."""
    if dem.endswith("er") and dem[0].isupper() and dem.lower().endswith("scher"):
        base = dem[:-1]  # Deutscher -> Deutsche
        return [dem, base, base + "n", base + "m", dem[:-2] + "in"]
    if dem.endswith("e"):
        return [dem, dem + "n", dem[:-1] + "in", dem[:-1] + "innen"]
    if dem.endswith("i"):  # Israeli
        return [dem, dem + "s"]
    return [dem, dem + "n", dem + "in", dem + "innen", dem + "s"]


def _claim(index: dict[str, tuple[int, str]], dropped: set[str], k: str, prio: int, iso3: str) -> None:
    if not k or k in dropped:
        return
    old = index.get(k)
    if old is None or prio < old[0]:
        index[k] = (prio, iso3)
    elif prio == old[0] and old[1] != iso3:
        del index[k]
        dropped.add(k)


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    raw = json.loads(
        resources.files("newsgraph.geo").joinpath("data/countries.json").read_text("utf-8")
    )
    countries = {iso3: _country(iso3, rec) for iso3, rec in raw.items()}
    keyed: dict[str, tuple[int, str]] = {}
    acr: dict[str, tuple[int, str]] = {}
    adj: dict[str, tuple[int, str]] = {}
    dropped: set[str] = set()
    dropped_acr: set[str] = set()
    dropped_adj: set[str] = set()
    for iso3, c in countries.items():
        sources: Iterable[tuple[int, str]] = [
            *((_PRIO_DE, n) for n in (c.name_de, c.official_de or "", *c.names_de)),
            *((_PRIO_EN, n) for n in (c.name_en, c.official_en or "")),
            *((_PRIO_ALT, n) for n in c.names_en),
        ]
        for prio, name in sources:
            if not name:
                continue
            if is_acronym(name):
                _claim(acr, dropped_acr, acronym_key(name), prio, iso3)
            elif len(re.sub(r"\W", "", name)) > 3:  # "U,S,", "Usa": short forms only as acronyms
                _claim(keyed, dropped, key(name), prio, iso3)
        for stem in c.adjectives_de:
            for form in adjective_forms(stem):
                _claim(adj, dropped_adj, fold(form), 0, iso3)
        for dem in c.demonyms_de:
            for form in demonym_forms(dem):
                _claim(adj, dropped_adj, fold(form), 0, iso3)
        for en in c.adjectives_en:
            _claim(adj, dropped_adj, fold(en), 1, iso3)
            _claim(adj, dropped_adj, fold(en + "s"), 1, iso3)
    capitals = {c.capital.geonames: iso3 for iso3, c in countries.items() if c.capital}
    return CountryIndex(
        countries=countries,
        by_key={k: v[1] for k, v in keyed.items()},
        by_acronym={k: v[1] for k, v in acr.items()},
        by_adjective={k: v[1] for k, v in adj.items()},
        by_capital=capitals,
    )


def find_country(name: str) -> Country | None:
    """The country a (possibly inflected) name, long name or acronym refers to."""
    idx = country_index()
    bare = name.strip()
    if is_acronym(bare):
        iso3 = idx.by_acronym.get(acronym_key(bare))
        return idx.countries[iso3] if iso3 else None
    # acronym with a genitive -s: "DVRKs"
    if bare.endswith("s") and is_acronym(bare[:-1]):
        iso3 = idx.by_acronym.get(acronym_key(bare[:-1]))
        if iso3:
            return idx.countries[iso3]
    for k in candidates(bare):
        iso3 = idx.by_key.get(k)
        if iso3:
            return idx.countries[iso3]
    return None


def country_of_adjective(word: str) -> str | None:
    """ISO alpha-3 of a nationality adjective or demonym (``nordkoreanische`` → ``PRK``).

    A hyphenated word is looked up whole first, then by its last part
    (``syrisch-türkische`` → ``TUR``); :func:`countries_of_adjective` returns every conjunct.
    """
    idx = country_index()
    f = fold(word.strip())
    if f in idx.by_adjective:
        return idx.by_adjective[f]
    if "-" in f:
        return idx.by_adjective.get(f.rsplit("-", 1)[1])
    return None


def countries_of_adjective(word: str) -> tuple[str, ...]:
    """All countries in a coordinated adjective: ``russisch-ukrainische`` → (RUS, UKR)."""
    idx = country_index()
    f = fold(word.strip())
    if f in idx.by_adjective:
        return (idx.by_adjective[f],)
    parts = f.split("-")
    out = []
    for i, part in enumerate(parts):
        last = parts[-1]
        # first conjuncts are uninflected stems: "russisch-" + ending of the last part
        probe = part if i == len(parts) - 1 else part + last[len(last.rstrip("enrsm")) :]
        iso3 = idx.by_adjective.get(probe) or idx.by_adjective.get(part)
        if iso3 and iso3 not in out:
            out.append(iso3)
    return tuple(out)
