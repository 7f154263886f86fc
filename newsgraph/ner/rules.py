"""Rule passes over the CRF output, per sentence of token strings.

Each pass takes the words and the current spans and returns new spans.  They are used both
by the pipeline stage and by ``newsgraph eval ner``, so every rule is measured on the held-out
GermEval part (``docs/models/ner.md`` lists what each one adds).

* :func:`split_places` — our ``LOC`` becomes ``GPE`` for countries, states and cities (via the
  gazetteer, inflection-aware) and stays ``LOC`` for regions, rivers, mountains.
* :func:`add_norp` — nationality adjectives and demonyms (``nordkoreanische``,
  ``Nordkoreaner``) as ``NORP``; also relabels single-word model spans that are demonyms.
* :func:`add_acronyms` — ``Name (ACR)`` and ``ACR (Name)``: the acronym gets the name's type;
  ``Long Form (ACR)`` with only the acronym tagged: the long form becomes the same organisation.
* :func:`add_cued_orgs` — ``Nachrichtenagentur XYZ``, ``Zeitung XYZ``: the name after a cue
  word is an organisation.
* :func:`add_ministries` — ``(Bayerisches) Staatsministerium für Unterricht und Kultus``,
  ``Ministerium für Staatssicherheit``: a ministry with its ``für`` complement is one ``ORG``.
* :func:`extend_clubs` — a club name that starts with a club abbreviation takes the founding
  year or city after it: ``FC Schalke 04``, ``TSV 1860``, ``FC Basel``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..temporal.rulebase import load_lexicon
from .lexicon import GPE_KINDS, LOC_KINDS, Gazetteer

#: model label -> our entity type
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
#: words after which a capitalised name or acronym is an organisation
ORG_CUES = frozenset(
    """Nachrichtenagentur Nachrichtenagenturen Presseagentur Agentur Zeitung Tageszeitung
    Wochenzeitung Zeitschrift Magazin Nachrichtenmagazin Sender Fernsehsender Radiosender
    Staatssender Staatsmedien Parteizeitung Geheimdienst Nachrichtendienst Partei Konzern
    Autobauer Fluggesellschaft Airline Bank Unternehmens Firma""".split()  # noqa: SIM905
)
#: family names that start romanised Korean names (``Kim Jong-un``, ``No Kwang-chol``)
KOREAN_SURNAMES = frozenset(
    """Kim Lee Yi Ri Rhee Pak Park Choe Choi Jang Chang Jung Jong Chung Kang Cho Jo Yun Yoon Han
    Hwang No Ro Roh O Oh Mun Moon Kwon Kwan Song Hong Jon Jeon Chon Ko Go Ahn An Yang Son Sohn
    Ryu Yu Yoo Paek Baek Nam Sim Shin Sin Hyon Hyun Kye Ju Thae Ri Kang""".split()  # noqa: SIM905
)
#: lower-case particles inside personal names (``Mohammed bin Salman``, ``Abu Bakr al-Baghdadi``)
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "abu", "abd"})
#: person titles and functions directly before a name
PERSON_TITLES = frozenset(
    """Präsident Präsidentin Machthaber Diktator Kronprinz Prinz Prinzessin König Königin Kaiser
    Papst Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Premierminister Premierministerin
    Ministerpräsident Ministerpräsidentin Regierungschef Regierungschefin Staatschef Staatschefin
    Außenminister Außenministerin Verteidigungsminister Verteidigungsministerin Innenminister
    Innenministerin Minister Ministerin Botschafter Botschafterin Sprecher Sprecherin General
    Generalsekretär Generalsekretärin Führer Anführer Chef Chefin Herr Frau Dr. Prof.""".split()  # noqa: SIM905
)
_STOP_NAMES = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einer Er Sie Es Wir Ihr Am Im In Auf Mit Von Nach Bei".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Found:
    """A typed span over tokens ``[start, end)``."""

    start: int
    end: int
    label: str  # PERSON | ORG | GPE | LOC | NORP | MISC
    score: float
    source: str  # ner | gazetteer | pattern


def _free(spans: Sequence[Found], start: int, end: int) -> bool:
    return all(s.end <= start or s.start >= end for s in spans)


def is_place_adjective(word: str, gaz: Gazetteer) -> bool:
    """``Kopenhagener``, ``Berliner``: an adjective/demonym made from a city or state name
    (GermEval ``LOCderiv``), not the place itself."""
    if len(word) < 6 or not word.endswith("er") or not word[:1].isupper():
        return False
    return bool(gaz.forms.get(word[:-2], frozenset()) & (GPE_KINDS - {"country"}))


def split_places(words: Sequence[str], spans: list[Found], gaz: Gazetteer) -> list[Found]:
    out = []
    for s in spans:
        if s.label == "LOC" and s.end - s.start == 1 and is_place_adjective(words[s.start], gaz):
            continue
        if s.label == "LOC":
            out.append(replace(s, label=place_type(words[s.start : s.end], gaz)))
        else:
            out.append(s)
    return out


def place_type(words: Sequence[str], gaz: Gazetteer) -> str:
    """``GPE`` when the name is a known country/state/city, else ``LOC``."""
    if len(words) == 1:
        kinds = gaz.kinds(words[0])
        if kinds & LOC_KINDS:
            return "LOC"
        return "GPE" if kinds & GPE_KINDS else "LOC"
    for length, kind in gaz.phrases_at(list(words), 0):
        if length == len(words):
            return "GPE" if kind in GPE_KINDS else "LOC"
    joined = " ".join(words)
    kinds = gaz.forms.get(joined, frozenset())
    if kinds & LOC_KINDS:
        return "LOC"
    return "GPE" if kinds & GPE_KINDS else "LOC"


def add_norp(
    words: Sequence[str],
    spans: list[Found],
    gaz: Gazetteer,
    norp_of: Callable[[str], str | None] | None = None,
) -> list[Found]:
    """``norp_of`` may be a cached version of ``gaz.norp``."""
    norp_of = norp_of or gaz.norp
    out = []
    for s in spans:
        if (
            s.end - s.start == 1
            and s.label in ("MISC", "LOC", "GPE")
            and norp_of(words[s.start])
            and not gaz.kinds(words[s.start]) & GPE_KINDS
        ):
            out.append(replace(s, label="NORP"))
        else:
            out.append(s)
    for i, w in enumerate(words):
        if len(w) < 4 or not w[0].isalpha():
            continue
        kind = norp_of(w)
        if kind is None or not _free(out, i, i + 1) or gaz.kinds(w) & GPE_KINDS:
            continue
        if kind == "adj" and w[0].isupper() and i > 0 and words[i - 1] not in ".:!?\"„“":
            # capitalised adjective inside a sentence: part of a name (Deutsche Bank) -> leave
            continue
        out.append(Found(i, i + 1, "NORP", 0.9, "gazetteer"))
    return out


def _is_acronym(w: str) -> bool:
    letters = w.replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and sum(c.isupper() for c in w) >= 2


def _initials_match(acronym: str, words: Sequence[str]) -> bool:
    initials = "".join(w[0] for w in words if w[:1].isupper()).lower()
    letters = [c for c in acronym.lower() if c.isalpha()]
    return bool(initials) and initials.startswith("".join(letters[:2]))


def add_acronyms(words: Sequence[str], spans: list[Found]) -> list[Found]:
    out = list(spans)
    for s in spans:
        if s.label not in ("ORG", "GPE", "LOC", "MISC"):
            continue
        # Name (ACR)
        i = s.end
        if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")":
            acr = words[i + 1]
            if _is_acronym(acr) and _free(out, i + 1, i + 2):
                out.append(Found(i + 1, i + 2, s.label, s.score, "pattern"))
        # ACR (Name)
        j = s.start
        if j >= 2 and words[j - 1] == "(" and s.end < len(words) and words[s.end] == ")":
            acr = words[j - 2]
            if _is_acronym(acr) and _free(out, j - 2, j - 1) and _initials_match(
                acr, words[s.start : s.end]
            ):
                out.append(Found(j - 2, j - 1, s.label, s.score, "pattern"))
        # Long Form (ACR) with only the acronym found: the long form is the same organisation
        if (
            s.label == "ORG"
            and s.end - s.start == 1
            and j >= 2
            and words[j - 1] == "("
            and s.end < len(words)
            and words[s.end] == ")"
            and _is_acronym(words[j])
        ):
            first = _long_form_start(words, j - 1, words[j])
            if first is not None and _free(out, first, j - 1):
                out.append(Found(first, j - 1, s.label, s.score, "pattern"))
    return out


#: heads of organisation names (also compound ends: `Impfkommission`, `Bundesanstalt`)
_ORG_HEADS = re.compile(
    r"(?:kommission|amt|anstalt|institut|verband|gesellschaft|behörde|agentur|stiftung|zentrum|"
    r"anwaltschaft|"
    r"bund|rat|bank|kasse|kammer|gewerkschaft|partei|bündnis|organisation|vereinigung|verein|"
    r"akademie|universität|hochschule|klinik|klinikum|ministerium|büro|dienst|werk)$"
)


def add_abbreviated_names(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """An untagged name with its abbreviation in parentheses (`Ständige Impfkommission
    (Stiko)`, `Kassenärztliche Bundesvereinigung (KBV)`) is one organisation, and so is the
    abbreviation (when the model tagged it alone, as ORG): at least two capitalised words (with
    `für`, `und`, … between them; one may be a common noun) whose last one is an
    organisation's head noun, and an abbreviation of at most eight letters that starts with the
    name's first letter and whose letters the name holds in order."""
    out = list(spans)
    for i in range(2, len(words) - 1):
        if words[i - 1] != "(" or words[i + 1] != ")":
            continue
        tagged = [s for s in out if s.start <= i < s.end]
        if tagged and not (tagged[0].label == "ORG" and tagged[0].end - tagged[0].start == 1):
            continue
        abbr = words[i]
        letters = abbr.replace("-", "").lower()
        if not (2 <= len(letters) <= 8 and letters.isalpha() and abbr[:1].isupper()):
            continue
        end = i - 1
        if not _ORG_HEADS.search(words[end - 1].lower()) or not words[end - 1][:1].isupper():
            continue
        first = end - 1
        while first > 0 and (
            words[first - 1][:1].isupper() and words[first - 1].rstrip("-").isalpha()
            or words[first - 1].lower() in _LONG_FORM_LINKS - {"der", "des", "die", "the"}
        ):
            first -= 1
        while words[first].lower() in _LONG_FORM_LINKS:
            first += 1
        if first >= end or not _free(out, first, end) or words[first].lower() in _DETERMINERS:
            continue
        if sum(w[:1].isupper() for w in words[first:end]) < 2:
            continue  # one noun (`der Justizvollzugsanstalt (JVA)`) may be a common noun
        long_form = "".join(words[first:end]).lower()
        if long_form[:1] != letters[:1] or not _in_order(letters, long_form):
            continue
        out.append(Found(first, end, "ORG", 0.7, "pattern"))
        if not tagged:
            out.append(Found(i, i + 1, "ORG", 0.7, "pattern"))
    return sorted(out, key=lambda s: s.start)


def _in_order(letters: str, text: str) -> bool:
    """``letters`` occur in ``text`` in this order."""
    it = iter(text)
    return all(c in it for c in letters)


#: lower-case words inside a long form (`Gewerkschaft Nahverkehr und Logistik`)
_LONG_FORM_LINKS = frozenset({"und", "für", "der", "des", "die", "von", "zur", "zum", "of", "and", "for", "the", "de"})


def _long_form_start(words: Sequence[str], end: int, acronym: str) -> int | None:
    """Start of the words before ``end`` whose capitalised initials spell ``acronym``
    (`Gewerkschaft Nahverkehr und Logistik (GNL)`), or None."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    initials = ""
    k = end - 1
    while k >= 0 and len(initials) < len(letters):
        w = words[k]
        if w[:1].isupper() and w.replace("-", "").isalpha():
            initials = w[0].lower() + initials
        elif w.lower() not in _LONG_FORM_LINKS:
            return None
        k -= 1
    first = k + 1
    if initials != letters or not words[first][:1].isupper() or end - first < 2:
        return None
    return first


def _is_syllable_name(w: str) -> bool:
    """``Jong-un``, ``Kwang-chol``, ``Yong-ho``: a romanised two-syllable Korean given name."""
    head, sep, tail = w.partition("-")
    return (
        bool(sep)
        and 2 <= len(head) <= 6
        and 1 <= len(tail) <= 5
        and head[0].isupper()
        and head[1:].islower()
        and tail.isalpha()
        and tail.islower()
    )


def add_foreign_names(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """Transliterated names the model splits or misses: Korean ``No Kwang-chol`` (family name +
    hyphenated given name) and Arabic names with particles (``Mohammed bin Salman``)."""
    out = list(spans)
    for i in range(len(words) - 1):
        if words[i] in KOREAN_SURNAMES and _is_syllable_name(words[i + 1]):
            inside = [s for s in out if s.start < i + 2 and s.end > i]
            if all(s.label == "PERSON" for s in inside):
                start = min([i, *(s.start for s in inside)])
                end = max([i + 2, *(s.end for s in inside)])
                out = [s for s in out if s not in inside]
                out.append(Found(start, end, "PERSON", 0.8, "pattern"))
    out.sort(key=lambda s: s.start)
    merged: list[Found] = []
    for s in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label == "PERSON"
            and s.label == "PERSON"
            and s.start == prev.end + 1
            and words[prev.end] in NAME_PARTICLES
        ):
            merged[-1] = Found(prev.start, s.end, "PERSON", min(prev.score, s.score), "pattern")
        else:
            merged.append(s)
    return merged


#: particles of German and Dutch family names (`Karl-Theodor zu Guttenberg`, `von der Leyen`)
NOBLE_PARTICLES = (("von", "der"), ("von", "dem"), ("von",), ("zu",), ("vom",), ("zur",), ("van",))


def add_particle_names(words: Sequence[str], spans: list[Found], gaz: Gazetteer) -> list[Found]:
    """A first name of the gazetteer (each part of a hyphenated one), a name particle and a
    family name, both tagged by the model but as places or firms, are one PERSON:
    `[Karl-Theodor]/LOC zu [Guttenberg]/LOC` (a noble house's family name is often a place)."""
    out = list(spans)
    for i in range(len(words) - 2):
        first = words[i]
        if not first[:1].isupper() or not all(
            "first" in gaz.kinds(part) for part in first.split("-") if part
        ):
            continue
        for particle in NOBLE_PARTICLES:
            j = i + 1 + len(particle)
            if tuple(words[i + 1 : j]) != particle or j >= len(words) or not _name_word(words[j]):
                continue
            inside = [x for x in out if x.start < j + 1 and x.end > i]
            if any(x.label == "PERSON" for x in inside) or any(
                x.start < i or x.end > j + 1 for x in inside
            ):
                break  # the model found the person, or a longer name covers the words
            if _free(out, i, i + 1) or _free(out, j, j + 1):
                break  # both names must be names to the model (`Fall von Vogelgrippe`)
            out = [x for x in out if x not in inside]
            out.append(Found(i, j + 1, "PERSON", 0.8, "pattern"))
            break
    return sorted(out, key=lambda x: x.start)


def add_titled_persons(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A multi-word name right after a person title or a role noun (``Machthaber Baschar
    al-Assad``, ``Finanzministerin Regula Tschanz-Imhof``) that the model typed as ORG/MISC is a
    person."""
    out = []
    for s in spans:
        if (
            s.label in ("ORG", "MISC")
            and s.end - s.start >= 2
            and s.start > 0
            and _role_word(words[s.start - 1])
            and all(
                w[:1].isupper() or w.split("-")[0] in NAME_PARTICLES
                for w in words[s.start : s.end]
            )
        ):
            out.append(replace(s, label="PERSON", source="pattern"))
        else:
            out.append(s)
    return out


#: heads of compound nouns naming a person's role right before a name (`Teamchef Jean Todt`,
#: `Regierungssprecher Steffen Seibert`, `Bundestrainerin Martina Voss`)
_ROLE_HEADS = tuple(
    f"{head}{ending}"
    for head in (
        "chef", "sprecher", "minister", "präsident", "trainer", "leiter", "direktor",
        "kanzler", "sekretär", "bürgermeister", "kommissar", "botschafter", "manager",
        "richter", "politiker", "sänger", "schauspieler", "autor", "gründer", "berater",
        "analyst", "ökonom", "forscher", "wissenschaftler", "anwalt", "gouverneur", "senator",
    )
    for ending in ("", "in")
) + (
    "anwältin", "experte", "expertin", "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter",
)


def _role_word(w: str) -> bool:
    """A person title (`Präsident`) or a compound role noun (`Teamchef`, `Finanzministerin`),
    also in the genitive or dative (`des Gouverneurs`, `dem Präsidenten`, `Herrn`)."""
    if not w[:1].isupper():
        return False
    forms = [w] + [w[: -len(e)] for e in ("s", "en", "n") if w.endswith(e) and len(w) > len(e) + 2]
    return any(f in PERSON_TITLES or f.lower().endswith(_ROLE_HEADS) for f in forms)


def add_titled_names(words: Sequence[str], spans: list[Found], gaz: Gazetteer) -> list[Found]:
    """A first name of the gazetteer and a capitalised word after it, right after a person
    title or a role noun (`Teamchef Jean Todt`, `Präsident Barack Obama`) and covered by no
    span, are a PERSON; a family name the model tagged alone takes the first name before it."""
    out = list(spans)
    for i in range(len(words) - 2):
        if not _role_word(words[i]):
            continue
        first, last = words[i + 1], words[i + 2]
        if first in _STOP_NAMES or "first" not in gaz.kinds(first) or not _name_word(last):
            continue
        if not _free(out, i + 1, i + 2):
            continue
        alone = [
            s for s in out if s.start == i + 2 and (s.label == "PERSON" or s.end == i + 3)
        ]
        if alone:  # `Jean [Todt]`: the family name alone (the model may call it a firm)
            out = [s for s in out if s is not alone[0]]
            out.append(replace(alone[0], start=i + 1, label="PERSON"))
        elif _free(out, i + 2, i + 3) and last not in _STOP_NAMES:
            out.append(Found(i + 1, i + 3, "PERSON", 1.0, "pattern"))
    return out


def _name_word(w: str) -> bool:
    """A capitalised word that can be a family name (`Todt`, `Kramp-Karrenbauer`)."""
    return w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()


def add_cued_orgs(words: Sequence[str], spans: list[Found]) -> list[Found]:
    out = list(spans)
    for i, w in enumerate(words[:-1]):
        if w not in ORG_CUES:
            continue
        j = i + 1
        k = j
        while k < len(words) and k - j < 4 and words[k][:1].isupper() and words[k] not in _STOP_NAMES:
            k += 1
        if k == j:
            continue
        # a single capitalised common noun is not a name; an acronym or multi-word name is
        if k - j == 1 and not _is_acronym(words[j]):
            continue
        if _free(out, j, k):
            out.append(Found(j, k, "ORG", 0.8, "pattern"))
    return out


#: heads of nouns that name a company by its trade (``Modehändler``, ``Küchenhersteller``,
#: ``Chemiekonzern``): in DFKI SmartData news a single capitalised word after such a noun is
#: an organisation 77 times, a person once (``docs/models/ner.md``)
COMPANY_HEADS = (
    "händler", "hersteller", "konzern", "kette", "versicherer", "anbieter", "zulieferer",
    "discounter", "autobauer", "maschinenbauer", "produzent", "reederei", "brauerei", "versender",
    "dienstleister", "riese", "logistiker", "versorger", "netzbetreiber", "mobilfunker",
    "softwarehaus", "modehaus", "kaufhaus",
)


def relabel_companies(
    words: Sequence[str], spans: list[Found], gaz: Gazetteer | None = None
) -> list[Found]:
    """A one-word ``PERSON`` right after a noun naming a company by its trade is the company
    (``Der Modehändler Mertens``, ``Küchenhersteller Brauner``): source ``company``, which
    :func:`newsgraph.ner.stage.propagate` spreads to the name's other mentions.  So is a
    one-word ``LOC`` there that the gazetteer knows as no place (``Der Autobauer Hallberg``;
    ``der Versorger Berlin`` stays a city)."""
    out = []
    for s in spans:
        before = words[s.start - 1] if s.start > 0 else ""
        unknown_place = (
            s.label == "LOC"
            and gaz is not None
            and not gaz.kinds(words[s.start]) & (GPE_KINDS | LOC_KINDS)
        )
        if (
            (s.label == "PERSON" or unknown_place)
            and s.end - s.start == 1
            and before[:1].isupper()
            and not before.isupper()
            and before.lower().endswith(COMPANY_HEADS)
        ):
            s = replace(s, label="ORG", source="company")
        out.append(s)
    return out


#: heads of federal/state bodies that take a ``für`` complement (``Bundesamt für …``)
_BODY_HEADS = "amt|anstalt|zentrale|agentur|institut|behörde|kammer"
#: ``Ministerium``, ``Bundesministerium``, ``Staatsministeriums`` ... (a ministry word), and
#: federal/state bodies that take a ``für`` complement (``Bundesamt``, ``Landesanstalt``)
_MINISTRY = re.compile(
    r"^(?:[A-ZÄÖÜ][\w-]*ministerium|Ministerium"
    rf"|(?:Bundes|Landes)[a-zäöüß]*(?:{_BODY_HEADS}))(?:e?s)?$"
)
#: a federal or state body in one word (``Bundesärztekammer``, ``Bundesjustizministerium``)
_FEDERAL_BODY = re.compile(
    rf"^(?:Bundes|Landes)[a-zäöüß]{{2,}}(?:{_BODY_HEADS}"
    r"|ministerium|stiftung|gericht|gerichtshof|verband|bank|kriminalamt|dienst|rat)(?:e?s)?$"
)
#: regional adjective before a ministry (``Bayerisches``, ``Sächsischen``)
_REGION_ADJ = re.compile(r"^[A-ZÄÖÜ]\w+isch(?:e|es|en|er|em)$")
_ADJ_END = ("e", "en", "er", "es", "em")
#: determiners and pronouns with adjective endings (``die``, ``einer``, ``diesen``)
_DETERMINER = re.compile(
    r"^(?:d[a-z]{1,2}|ein|dies|jen|jed|sein|ihr|unser|euer|mein|dein|kein|manch|welch|solch|all)"
    r"(?:e|er|en|em|es)?$"
)


def _field_adjective(words: Sequence[str], k: int) -> bool:
    """``wirtschaftliche`` in ``für wirtschaftliche Zusammenarbeit``: an inflected adjective
    (not a determiner) right before a capitalised word."""
    w = words[k]
    return (
        w.islower() and len(w) >= 5 and w.endswith(_ADJ_END) and not _DETERMINER.match(w)
        and k + 1 < len(words) and words[k + 1][:1].isupper()
    )


def add_ministries(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A ministry word followed by ``für`` and its field(s) — capitalised nouns, inflected
    adjectives before them, joined by ``und`` or commas — becomes one ``ORG`` span
    (``Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung``), with a regional
    adjective before it; overlapping spans are replaced."""
    out = list(spans)
    n = len(words)
    i = 0
    while i < n - 2:
        if not (_MINISTRY.match(words[i]) and words[i + 1] == "für"):
            i += 1
            continue
        k = i + 2
        end = -1
        while k < n:
            w = words[k]
            if w[:1].isupper() and w.isalpha():
                end = k + 1
                k += 1
            elif _field_adjective(words, k):
                k += 1  # an adjective: the noun after it decides
            elif w in ("und", ",") and end == k and k + 1 < n and (
                (words[k + 1][:1].isupper() and words[k + 1].isalpha())
                or _field_adjective(words, k + 1)
            ):
                k += 1
            else:
                break
        if end < 0:
            i += 1
            continue
        start = i - 1 if i > 0 and _REGION_ADJ.match(words[i - 1]) else i
        out = [s for s in out if s.end <= start or s.start >= end]
        out.append(Found(start, end, "ORG", 0.8, "pattern"))
        i = end
    return out


#: abbreviations that open the names of German-language sports clubs
CLUB_PREFIXES = frozenset(
    "FC SV TSV VfB VfL SC SG TuS SpVgg FSV BSC KSC SSV TSG MSV FK AC AS SK 1.FC".split()  # noqa: SIM905
)
_CLUB_PLACES = frozenset({"city", "town", "village"})


def extend_clubs(words: Sequence[str], spans: list[Found], gaz: Gazetteer) -> list[Found]:
    """An ``ORG`` that starts with a club abbreviation takes an untagged year number or town
    right after it (``FC Schalke 04``, ``FC Bayern München`` stays as tagged)."""
    out = []
    for s in spans:
        e = s.end
        if s.label == "ORG" and words[s.start] in CLUB_PREFIXES and e < len(words) and _free(spans, e, e + 1):
            nxt = words[e]
            if (nxt.isdigit() and len(nxt) in (2, 4)) or gaz.kinds(nxt) & _CLUB_PLACES:
                s = replace(s, end=e + 1, source="pattern")
        out.append(s)
    return out


def add_federal_bodies(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """An untagged one-word federal or state body (``Bundesärztekammer``,
    ``Bundesjustizministerium``, ``Landeskriminalamt``) is an ``ORG``."""
    out = list(spans)
    for i, w in enumerate(words):
        if _FEDERAL_BODY.match(w) and _free(out, i, i + 1):
            out.append(Found(i, i + 1, "ORG", 0.7, "pattern"))
    return out


#: a local authority, court, police or church body named by its seat (`Landgericht Mannheim`,
#: `Staatsanwaltschaft Osnabrück`, `Polizeipräsidium Westpfalz`, `Gesundheitsamt Leipzig`,
#: `Polizei Köln`, `Feuerwehr Hamburg`, `Bistum Passau`, `Stadtwerke München`,
#: `Bezirksregierung Arnsberg`); an `-amt` only as a compound (`Amt Neuhaus` is a place)
#: (read on the lower-cased word, which must be capitalised)
_SEATED_BODY = re.compile(
    r"^(?!insgesamt)[a-zäöüß]*(?:gericht|gerichtshof|anwaltschaft|präsidium|polizei|"
    r"polizeidirektion|polizeiinspektion|feuerwehr|bistum|werke|verwaltung|"
    r"(?:bezirks|landes|kreis|stadt|provinz|regional)regierung|[a-zäöüß]{2}amt)(?:e?s)?$"
)


def _seated_body(word: str) -> bool:
    return word[:1].isupper() and bool(_SEATED_BODY.match(word.lower()))


#: universities and hospitals named by their town (`Universität Heidelberg`, `Klinikum Passau`)
_ACADEMIC = re.compile(r"^(?:Universität|Hochschule|Fachhochschule|Klinikum|Universitätsklinikum|Uniklinik)$")
#: a capitalised adjective before such a noun belongs to the name (`Technische Universität`)
_NAME_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:e|en|er)$")
_POSSESSIVES = frozenset("seine seiner ihre ihrer unsere unserer keine keiner jede jeder jene".split())  # noqa: SIM905


def _name_adjective(word: str) -> bool:
    low = word.lower()
    return bool(_NAME_ADJECTIVE.match(word)) and low not in _DETERMINERS | _POSSESSIVES


def add_seated_bodies(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A court, prosecution or police authority followed by its seat is one ``ORG``
    (`Landgerichts [Mannheim]/GPE` → `Landgerichts Mannheim`; also when the model typed the
    seat alone as the body: `Regierungspräsidium [Gießen]/ORG`); so is a university or
    hospital with its town and a capitalised adjective before it (`Technische Universität
    [München]/GPE`, session 19)."""
    out = list(spans)
    for i in range(len(words) - 1):
        academic = bool(_ACADEMIC.match(words[i]))
        # the model's span over the noun and its adjective (`[Technischen Universität]/LOC`)
        head = [s for s in out if academic and s.end == i + 1 and s.start < i]
        if not (academic or _seated_body(words[i])) or not (head or _free(out, i, i + 1)):
            continue
        seat = [
            s for s in out if s.start == i + 1 and s.end == i + 2 and s.label in ("GPE", "LOC", "ORG")
        ]
        if seat:
            start = head[0].start if head else i
            if academic and not head and i > 0 and _name_adjective(words[i - 1]):
                start = i - 1 if _free(out, i - 1, i) else i
            out = [s for s in out if s is not seat[0] and s not in head]
            out.append(Found(start, i + 2, "ORG", 0.7, "pattern"))
    return sorted(out, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and abbreviations of the time lexicons (German, English)."""
    out: set[str] = set()
    for lang in ("de", "en"):
        lex = load_lexicon(lang)
        out.update(w.casefold().rstrip(".") for w in (*lex.months, *lex.weekdays))
    return frozenset(out)


def drop_dates(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A span made only of calendar words and day/year numbers (``Nov 4``, ``4. November``,
    ``Mai 2024``) is a date, not a name; a calendar word alone (``Mai`` the surname) stays."""
    cal = _calendar_words()
    out = []
    for s in spans:
        ws = [w.rstrip(".,") for w in words[s.start : s.end]]
        has_number = any(w.isdigit() for w in ws)
        if has_number and all(w.isdigit() or w.casefold() in cal for w in ws if w):
            continue
        out.append(s)
    return out


#: common nouns of media and institutions (also the head of a compound: `Nachrichtenmagazin`,
#: `Landesregierung`): after a determiner alone they refer back to one named before.  In
#: GermEval 2014 dev such a word after a determiner is O 81 times and a one-word name never.
_GENERIC_NOUNS = re.compile(
    r"(?:zeitung|magazin|zeitschrift|blatt|sender|agentur|portal|nachrichtendienst|geheimdienst|"
    r"armee|ministerium|polizei|staatsanwaltschaft|behörde|gericht|regierung|partei|"
    r"organisation|universität|hochschule|gewerkschaft|verlag|verband|bank|konzern|unternehmen|"
    r"firma|stiftung|verein|kommission|institut|klinik|fraktion|mission|gremium|gruppe|"
    r"bündnis|initiative|vereinigung|netzwerk)"
    r"(?:e?s|en|n)?",
    re.IGNORECASE,
)
#: determiners before a noun used as a noun, not as a name
_DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem dieser diese dieses diesem diesen".split()  # noqa: SIM905
)


#: abbreviations of common nouns, never a name (`eine NGO`, `mehrere NGOs`, `die KMU`)
_COMMON_ABBREVIATIONS = frozenset({"NGO", "NGOs", "NRO", "NROs", "KMU", "CEO", "CEOs"})


def drop_generic_nouns(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A one-word span that is the common noun of a medium or an institution after a
    determiner (``das Magazin``, ``die Universität``, ``des Verbands``) refers back to one
    named before; it names none.  Before `für` it opens a name the model cut short (``des
    Instituts für Design``).  The abbreviation of a common noun (``NGO``) names none either."""
    return [
        s
        for s in spans
        if not (
            s.end - s.start == 1
            and s.start > 0
            and words[s.start - 1].lower() in _DETERMINERS
            and _GENERIC_NOUNS.fullmatch(words[s.start])
            and (s.end >= len(words) or words[s.end].lower() not in ("für", "of"))
        )
        and not (s.end - s.start == 1 and words[s.start] in _COMMON_ABBREVIATIONS)
    ]


def known_org_names(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The token sequences of organisation names the KB lists that can stand for themselves
    in running text: several words with a capitalised first and last word (`Ärzte ohne
    Grenzen`; capitalised words in `-e` before the last also inflected: `Deutschen Welle`,
    `Europäischer Zentralbank`), or one long compound (`Welternährungsprogramm`); not names
    opening with an article (`Die Zeit`), acronyms or web addresses."""
    out = set()
    for name in names:
        ws = name.split()
        if not ws or "." in name or ws[0].lower() in _DETERMINERS | {"the"}:
            continue
        if len(ws) >= 2 and ws[0][:1].isupper() and ws[-1][:1].isupper():
            out.add(tuple(ws))
            for ending in ("n", "r"):  # `der Deutschen Welle`, `Europäischer Zentralbank`
                inflected = [
                    w + ending if w.endswith("e") and w[:1].isupper() else w for w in ws[:-1]
                ]
                if inflected != ws[:-1]:
                    out.add((*inflected, ws[-1]))
        elif len(ws) == 1 and len(name) >= 12 and name[:1].isupper() and not name.isupper():
            out.add((name,))
    return frozenset(out)


def _not_adjectives(
    spans: list[Found], start: int, end: int, words: Sequence[str] = ()
) -> list[Found]:
    """``spans`` without the model's misreadings of the KB name at ``[start, end)``: an
    adjective of it tagged alone (`[Deutsche]/LOC Welle`) and the whole name typed as a place
    or MISC (`[Deutschen Welle]/LOC`); a person stays (the name may be a person's)."""
    return [
        s
        for s in spans
        if not (
            s.label != "PERSON"
            and start <= s.start
            and s.end <= end
            and (
                (s.start, s.end) == (start, end)
                or s.end - s.start == 1
                and s.end < end
                and words[s.start].endswith(("e", "en", "er", "es"))
            )
        )
    ]


def add_known_orgs(
    words: Sequence[str], spans: list[Found], names: frozenset[tuple[str, ...]]
) -> list[Found]:
    """An untagged KB organisation name (:func:`known_org_names`; the last word also with a
    genitive `-s`) is ``ORG``: `Ärzte ohne Grenzen teilte mit`, `das Welternährungsprogramm`;
    so is one whose adjective alone the model tagged (`[Deutsche]/LOC Welle`) or that it
    typed as a place (`[Deutschen Welle]/LOC`)."""
    out = list(spans)
    longest = max((len(n) for n in names), default=0)
    i = 0
    while i < len(words):
        hit = 0
        for n in range(min(longest, len(words) - i), 0, -1):
            ws = tuple(words[i : i + n])
            genitive = ws[:-1] + (ws[-1][:-1],) if ws[-1].endswith("s") else None
            known = ws in names or genitive in names
            if known and _free(_not_adjectives(out, i, i + n, words), i, i + n):
                hit = n
                break
        if hit:
            out = _not_adjectives(out, i, i + hit, words)
            out.append(Found(i, i + hit, "ORG", 0.8, "kb"))
        i += hit or 1
    return sorted(out, key=lambda s: s.start)

