"""Countries of words and names for actor coding, via ``newsgraph.geo`` and CLDR: place names,
nationality adjectives and demonyms, city adjectives ("Berliner", "Moskauer"), German country
names.  Pure functions over shipped data (cached)."""

from __future__ import annotations

from functools import lru_cache

#: compass prefixes of adjectives of part of a country ("nordirakisch", "ostukrainisch")
COMPASS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west")
#: compass words that name another place: the West Bank is not Jordan
NOT_COMPASS = ("westjordan",)
CONTINENTS = ("amerikan", "europä", "asiat", "afrikan", "arabi")


@lru_cache(maxsize=1)
def cldr_countries() -> dict[str, str]:
    """German country names from CLDR (babel) -> ISO3 (pycountry)."""
    try:
        import pycountry
        from babel import Locale
    except ImportError:  # pragma: no cover - both are core dependencies
        return {}
    out = {}
    for a2, name in Locale("de").territories.items():
        if not (len(a2) == 2 and a2.isalpha()):
            continue
        c = pycountry.countries.get(alpha_2=a2)
        if c is not None:
            out[name.lower()] = c.alpha_3
    return out


@lru_cache(maxsize=8192)
def place_country_of(name: str, context: str | None = None) -> str | None:
    """ISO3 country of a place name via :mod:`newsgraph.geo` (None when unknown or absent)."""
    from .. import geo

    try:
        place = geo.lookup(name, context=(context,) if context else ())
    except Exception:  # noqa: BLE001 - a gazetteer problem must not stop event coding
        return None
    return place.country if place is not None else None


#: a city adjective names a city at least this big ("Berliner", "Moskauer"; not "Bürger")
_CITY_ADJ_MIN_POP = 100_000
_UMLAUT_BACK = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


@lru_cache(maxsize=8192)
def city_adjective_country(word: str, context: str | None = None) -> str | None:
    """Country of the city an invariant city adjective names: "Berliner Polizei" -> DEU,
    "Moskauer Gericht" -> RUS, "Bremer" -> Bremen, "Münchner" -> München, "Mailänder" ->
    Mailand.  Only big cities count, so that ordinary nouns in -er are not read as places."""
    if len(word) < 6 or not word[:1].isupper() or not word.endswith("er") or "-" in word:
        return None
    stem = word[:-2]
    cands = [stem, stem + "en", stem.translate(_UMLAUT_BACK)]
    if stem.endswith("n"):
        cands.append(stem[:-1] + "en")  # Münchner -> München
    from .. import geo

    for cand in cands:
        try:
            place = geo.lookup(cand, context=(context,) if context else ())
        except Exception:  # noqa: BLE001 - a gazetteer problem must not stop event coding
            return None
        if place is not None and place.kind == "city" and (place.population or 0) >= _CITY_ADJ_MIN_POP:
            return place.country
    return None


@lru_cache(maxsize=8192)
def geo_country_of_word(word: str) -> str | None:
    """Country of a nationality adjective or demonym via :mod:`newsgraph.geo`."""
    from ..geo.countries import countries_of_adjective, country_of_adjective

    low = word.lower()
    if low.startswith(("pro-", "anti-", "pro", "anti")):
        return None  # "prorussische Separatisten" are not Russians
    try:
        many = countries_of_adjective(low)
        if len(many) > 1:
            return None  # "deutsch-französische", "britisch-iranische": no single country
        return country_of_adjective(low)
    except Exception:  # noqa: BLE001
        return None
