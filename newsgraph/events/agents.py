"""Actor coding: a noun phrase -> (country ISO3 or IGO code, Phoenix/PLOVER sector, entity).

Sources, in order: the resolved entities and roles of the article (``resolve`` stage), the
organisation table, country names (CLDR German names via babel plus ``agents_de.yaml``),
nationality adjectives (``russische``, ``US-``), demonyms, capitals as metonyms, and agent
nouns for the sector (``Polizei`` -> POL, ``Verteidigungsminister`` -> GOV, ``Soldaten`` -> MIL).
When a state agent (police, court, government ...) has no country of its own, the country of
the place named in the same sentence, else the article's main country, is used.  City
adjectives and other word look-ups live in :mod:`.nationality`, KB officials in :mod:`.people`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..record import Article, Entity
from .analysis import NP, Sent, Tok
from .lexicon import MEMO_LIMIT
from .nationality import (
    COMPASS,
    CONTINENTS,
    NOT_COMPASS,
    city_adjective_country,
    cldr_countries,
    geo_country_of_word,
    place_country_of,
)
from .people import kb_person

_PLACE_NOUNS = ("stadt", "provinz", "region", "gebiet", "hafen", "küste", "grenze", "dorf", "gewässer", "insel", "hauptstadt")
_SITE_NOUNS = ("viertel", "haus", "gebäude", "wohnung", "straße", "platz", "markt", "anwesen", "bahnhof", "flughafen", "bauwerk")
STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD", "LEG", "SPY"})
#: sectors of domestic groups that take the country where they act (protesters, unions);
#: criminals, civilians and persons are not guessed: they are often foreigners (hostages,
#: tourists, smugglers) and the dev set showed that guessing them does more harm than good
LOCAL_SECTORS = frozenset({"OPP", "LAB"})
_INFLECTION = ("", "e", "en", "er", "es", "em")
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})


@dataclass(frozen=True)
class Coding:
    country: str | None = None
    sector: str | None = None
    entity: str | None = None
    capable: bool = False  # can act (person, organisation, state, agent noun)


@dataclass(frozen=True)
class AgentTables:
    sectors: Mapping[str, str]
    modifier_sectors: Mapping[str, str]
    countries: Mapping[str, str]
    adjectives: Mapping[str, str]
    demonyms: Mapping[str, str]
    capitals: Mapping[str, str]
    organisations: Mapping[str, tuple[str, str]]
    pronouns: Mapping[str, str]
    persons: frozenset[str] = frozenset()
    #: memo of the word look-ups below (the tables themselves never change)
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def _cached(self, kind: str, word: str, fn: Callable[[str], Any]) -> Any:
        key = (kind, word)
        if key not in self._memo:
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = fn(word)
        return self._memo[key]

    def is_person_noun(self, word: str) -> bool:
        return bool(self._cached("person", word, self._is_person_noun))

    def _is_person_noun(self, word: str) -> bool:
        low = word.lower()
        forms = {low} | {low[: -len(e)] for e in ("es", "s", "en", "n", "e") if low.endswith(e)}
        return any(f in self.persons or any(f.endswith(p) for p in self.persons if len(p) >= 5) for f in forms)

    def country_of_name(self, word: str) -> str | None:
        low = word.lower().strip("-")
        if low in self.countries:
            return self.countries[low]
        if low.endswith("s") and low[:-1] in self.countries:
            return self.countries[low[:-1]]  # Russlands, Litauens
        return None

    def country_of_adjective(self, word: str) -> str | None:
        """"russischen" -> RUS; a compass prefix keeps the country ("ostukrainischen" -> UKR,
        "süditalienische" -> ITA) unless the whole word is a country ("südkoreanisch")."""
        low = word.lower()
        found = self._adjective_stem(low)
        if found is None and not low.startswith(NOT_COMPASS) and geo_country_of_word(low) is None:
            for prefix in COMPASS:
                if low.startswith(prefix) and len(low) > len(prefix) + 5:
                    rest = low[len(prefix) :].lstrip("-")
                    if not rest.startswith(CONTINENTS):  # "nordamerikanisch" is no USA
                        found = self._adjective_stem(rest)
                    break
        return found

    def _adjective_stem(self, low: str) -> str | None:
        for cut in range(len(low), 2, -1):
            stem, rest = low[:cut], low[cut:]
            if rest in _INFLECTION and stem in self.adjectives:
                return self.adjectives[stem]
        return None

    def sector_of_noun(self, word: str) -> str | None:
        """Sector of an agent noun: the compound's head decides ("Verteidigungsminister" ->
        GOV), a first part like "Militär-" overrides a civilian head ("Militärbauarbeiter")."""
        found: str | None = self._cached("sector", word, self._sector_of_noun)
        return found

    def _sector_of_noun(self, word: str) -> str | None:
        low = word.lower().replace("-", "")
        for former in ("ex", "alt"):  # "Ex-Präsident", "Altkanzler": former leaders are ELI
            rest = low[len(former) :]
            rest = rest[6:] if rest.startswith("bundes") else rest
            if low.startswith(former) and self.sectors.get(rest) == "GOV":
                return "ELI"
        head = self.sectors.get(low)
        if head is None:
            best = None
            for key, sec in self.sectors.items():
                if len(key) >= 4 and low.endswith(key) and (best is None or len(key) > len(best[0])):
                    best = (key, sec)
            head = best[1] if best else None
        if head in ("MIL", "POL") or low in self.sectors:
            return head
        for first, sec in self.modifier_sectors.items():
            if low.startswith(first) and len(low) > len(first) + 3:
                return sec
        return head


@lru_cache(maxsize=1)
def agent_tables() -> AgentTables:
    text = resources.files("newsgraph.events").joinpath("agents_de.yaml").read_text(encoding="utf-8")
    return parse_agents(yaml.safe_load(text))


def parse_agents(data: Mapping[str, Any]) -> AgentTables:
    countries = dict(cldr_countries())
    countries.update({str(k).lower(): str(v) for k, v in (data.get("countries") or {}).items()})
    orgs = {str(k).lower(): (str(v[0]), str(v[1])) for k, v in (data.get("organisations") or {}).items()}
    return AgentTables(
        sectors={str(k).lower(): str(v) for k, v in (data.get("sectors") or {}).items()},
        modifier_sectors={str(k).lower(): str(v) for k, v in (data.get("modifier_sectors") or {}).items()},
        countries=countries,
        adjectives={str(k).lower(): str(v) for k, v in (data.get("adjectives") or {}).items()},
        demonyms={str(k).lower(): str(v) for k, v in (data.get("demonyms") or {}).items()},
        capitals={str(k).lower(): str(v) for k, v in (data.get("capitals") or {}).items()},
        organisations=orgs,
        pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
        persons=frozenset(str(x).lower() for x in data.get("persons") or ()),
    )


class ActorCoder:
    """Codes noun phrases of one article."""

    def __init__(
        self, article: Article, tables: AgentTables | None = None,
        resolved: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        self.article = article
        self.t = tables or agent_tables()
        # the resolve stage's actor coding per entity (``doc.layers["resolve.actors"]``)
        self._resolved: Mapping[str, Mapping[str, Any]] = resolved or {}
        self._spans: list[tuple[int, int, Entity]] = [
            (m.start, m.end, e) for e in article.entities for m in e.mentions
        ]
        self._role_of: dict[str, tuple[str | None, str | None]] = {}
        for r in article.roles:
            if r.person is not None:
                self._role_of[r.person] = (r.sector, self._entity_country(r.org))
        self.main_country = self._main_country()
        #: the countries the article names (places, nationality adjectives)
        self.article_countries = frozenset(
            c for c in (self._entity_country(e.id) for e in article.entities if e.type in ("GPE", "LOC", "NORP")) if c
        ) | self._adjective_countries()

    # ---- entities -------------------------------------------------------------------------
    def entity_at(self, start: int, end: int) -> Entity | None:
        best = None
        for s, e, ent in self._spans:
            if s < end and start < e and (best is None or (e - s) > (best[1] - best[0])):
                best = (s, e, ent)
        return best[2] if best else None

    def _entity_country(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        ent = self.article.entity(entity_id)
        if ent is None:
            return None
        if ent.geo is not None and ent.geo.country:
            return ent.geo.country
        return self.t.country_of_name(ent.name) or self._org(ent.name)[0]

    def person_country(self, entity_id: str) -> str | None:
        """A nationality the article states next to one of the person's mentions ("des
        italienischen Agenten Nicola Calipari", "der US-Soldat Mario Lozano", "Max Muster
        aus Polen"), else the country of the organisation in the person's role."""
        ent = self.article.entity(entity_id)
        if ent is None:
            return None
        text = self.article.text
        for m in ent.mentions:
            before = re.split(r"[.;:!?,()\n]", text[max(0, m.start - 60) : m.start])[-1].split()[-3:]
            after = text[m.end : m.end + 30].split()[:2]
            for k, w in enumerate(reversed(before)):
                w = w.strip("„“\"'")
                c = self.t.country_of_adjective(w) if w[:1].islower() else None
                if c is None and k == 0 and w[:1].isupper():
                    c = self.t.demonyms.get(w.lower())  # "der Schweizer Oliver Jufer"
                if c is None and "-" in w.strip("-"):
                    c = self.t.country_of_name(w.split("-")[0])
                if c and len(c) == 3:
                    return c
            appos = re.match(r",\s+(?:der|die|ein|eine)\s+([^,.;:()]{3,60})", text[m.end : m.end + 70])
            if appos:  # "Oliver Jufer, ein Schweizer," / "Putin, der russische Präsident,"
                for w in appos.group(1).split()[:3]:
                    if w.lower() in _ARTICLES or w.lower() in ("sich", "er", "sie", "es", "ihn", "ihm", "ihr"):
                        break  # "X, der die deutsche Polizei angriff": a relative clause
                    c = self.t.country_of_adjective(w) if w[:1].islower() else self.t.demonyms.get(w.lower())
                    if c and len(c) == 3:
                        return c
            if len(after) == 2 and after[0] == "aus":
                place = after[1].strip(".,;:")
                # "Jan Nowak aus Polen", "Familie Muster aus Göttingen" (a city's country)
                c = self.t.country_of_name(place) or (place_country_of(place, self.main_country) if place[:1].isupper() else None)
                if c and len(c) == 3:
                    return c
        return None

    def _org(self, text: str) -> tuple[str | None, str | None]:
        found: tuple[str | None, str | None] = self.t._cached("org", text, self._org_of)
        return found

    def _org_of(self, text: str) -> tuple[str | None, str | None]:
        low = " ".join(w for w in text.lower().split() if w not in _ARTICLES)
        if low in self.t.organisations:
            return self.t.organisations[low]
        for key, val in self.t.organisations.items():
            if len(key) > 3 and re.search(r"(?<![\w-])" + re.escape(key) + r"(?![\w])", low):
                return val
        return None, None

    def _adjective_countries(self) -> frozenset[str]:
        found = set()
        for word in re.findall(r"\b[a-zäöü][\wäöüß-]*isch\w*", self.article.text):
            c = self.t.country_of_adjective(word)
            if c and len(c) == 3:
                found.add(c)
        return frozenset(found)

    def _main_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for ent in self.article.entities:
            c = self._entity_country(ent.id) if ent.type in ("GPE", "LOC") else None
            if c:
                counts[c] += len(ent.mentions) or 1
        if not counts:
            for word in re.findall(r"[\wÄÖÜäöüß-]+", self.article.text):
                c = self.t.country_of_name(word) if word[:1].isupper() else self.t.country_of_adjective(word)
                if c and len(c) == 3:
                    counts[c] += 1
        return counts.most_common(1)[0][0] if counts else None

    # ---- coding ---------------------------------------------------------------------------
    def code(self, sent: Sent, np_: NP) -> Coding:
        toks = sent.toks
        head = toks[np_.head]
        entity = self.entity_at(toks[np_.first].start, toks[np_.last].end)
        head_entity = entity is not None and any(
            m.start <= head.start < m.end for m in entity.mentions
        )
        own = [toks[i] for i in np_.indices()]
        country, sector, capable = self._code_tokens(own, head)
        if entity is not None:
            role = self._role_of.get(entity.id)
            if role:
                sector = role[0] or sector
                country = country or role[1]
            if entity.type in ("PERSON", "ORG"):
                res = self._resolved.get(entity.id) or {}
                country = country or res.get("country") or (
                    self.person_country(entity.id) if entity.type == "PERSON" else None
                )
                sector = sector or res.get("sector")
                if entity.type == "PERSON" and not res.get("kb") and (country is None or sector is None):
                    kp = kb_person(entity.name, self.article.source.published, self.article_countries)
                    if kp is not None and (country is None or country == kp.country):
                        country, sector = kp.country, sector or kp.sector
            if head_entity or entity.type == "PERSON":
                capable = capable or entity.type in ("PERSON", "ORG", "GPE", "NORP")
                if entity.type in ("GPE", "NORP") and head_entity:
                    country = country or self._entity_country(entity.id)
                    sector = sector or "GOV"
                elif entity.type == "ORG":
                    country = country or self._entity_country(entity.id)
        org_c, org_s = self._org(self.article.text[toks[np_.first].start : toks[np_.last].end])
        if org_c:
            country, sector, capable = country or org_c, sector or org_s, True
        for g in np_.genitive:  # "der Verteidigungsminister der DVRK", "Büro der Armee"
            gt = [toks[i] for i in g.indices()]
            # a city adjective in a genitive only says where an institution sits ("des Moskauer
            # Gerichts"), not whose people ("der Entführer der Göttinger Familie")
            gc, gs, gcap = self._code_tokens(gt, toks[g.head], city_adjectives=False)
            if gc is None and gs is not None:
                gc = self._code_tokens(gt, toks[g.head])[0]
            oc, os_ = self._org(" ".join(t.text for t in gt))
            country = country or gc or oc
            if sector is None:
                sector = os_ or gs  # a known organisation beats its generic head ("Atomenergieorganisation")
            capable = capable or gcap or bool(oc)
        if country is None and toks[np_.first].low in _DEFINITE and head.tag == "NN":
            # "Das Konsulat" after "das US-amerikanische Konsulat": a definite description
            # refers back to the last phrase of the same noun that said whose it is
            country = self._antecedent_country(head, toks[np_.first].start)
        if capable and (sector in STATE_SECTORS or sector == "ELI") and country is None:
            country = self._own_place(toks, np_) or self.place_country(sent) or self.main_country
        elif capable and country is None and sector in LOCAL_SECTORS:
            # protesters and unions act where they live: the place of the sentence, else the
            # article's country (Phoenix codes domestic opposition by location)
            country = self.place_country(sent) or self.main_country
        return Coding(country, sector, entity.id if entity else None, capable)

    def _antecedent_country(self, head: Tok, before: int) -> str | None:
        stem = (head.lemma if head.lemma and head.lemma[:1].isupper() else head.text).rstrip("s")
        if len(stem) < 4:
            return None
        pattern = re.compile(r"([\wÄÖÜäöüß-]+)\s+" + re.escape(stem) + r"\w{0,3}\b")
        found = None
        for m in pattern.finditer(self.article.text, 0, before):
            word = m.group(1)
            c = (
                self.t.country_of_adjective(word) or geo_country_of_word(word)
                if word[:1].islower()
                else city_adjective_country(word, self.main_country)
            )
            if c is None and "-" in word.strip("-"):
                c = self.t.country_of_name(word.split("-")[0])
            if c and len(c) == 3:
                found = c  # the nearest one wins
        return found

    def _own_place(self, toks: list[Tok], np_: NP) -> str | None:
        """"Staatsanwaltschaft Innsbruck", "Bundesregierung": the phrase names its own state."""
        words = [toks[i] for i in np_.indices()] + [toks[i] for g in np_.genitive for i in g.indices()]
        for t in words:
            low = t.text.lower()
            if low.startswith("bundes") and len(low) > 9 and t.tag == "NN":
                return "AUT" if self.main_country in ("AUT", "CHE") else "DEU"
            if t.tag in ("NE", "FM") and t.text[:1].isupper():
                c = self.t.country_of_name(t.text) or place_country_of(t.text, self.main_country)
                if c and len(c) == 3 and c not in ("UNO", "EUR", "IGO", "NGO", "IMG"):
                    return c
        return None

    def _code_tokens(
        self, toks: list[Tok], head: Tok, city_adjectives: bool = True
    ) -> tuple[str | None, str | None, bool]:
        country = sector = None
        capable = False
        for t in toks:
            word = t.text
            if city_adjectives and t is not head and country is None and t.i < head.i:
                # "Berliner Polizei", "ein Moskauer Gericht": a city adjective before the head
                country = city_adjective_country(word, self.main_country)
            if t.tag == "ADJA" or (t.tag == "ADJD" and not word[:1].isupper()):
                country = country or self.t.country_of_adjective(word) or geo_country_of_word(word)
                continue
            if "-" in word.strip("-"):
                first = word.split("-")[0]
                c = self.t.country_of_name(first) or self._org(first)[0]
                if c:
                    country = country or c
            c = self.t.country_of_name(word) or self.t.capitals.get(word.lower())
            if c and t.tag in ("NE", "NN", "FM"):
                country = country or c
                if t is head or len(toks) <= 2:
                    sector = sector or "GOV"
                    capable = True
        hs = self.t.sector_of_noun(head.lemma if head.lemma and head.tag == "NN" else head.text)
        if hs is None and head.tag == "NN":
            hs = self.t.sector_of_noun(head.text)
        if hs is not None:
            sector, capable = hs, True
        elif head.tag in ("NN", "ADJA") and (self.t.is_person_noun(head.lemma) or self.t.is_person_noun(head.text)):
            capable = True
        dem = self.t.demonyms.get(head.text.lower())
        if dem is None and head.tag == "NN" and head.text[:1].isupper() and hs is None:
            dem = geo_country_of_word(head.text)  # "ein gebürtiger Marokkaner"
        if dem:
            country, capable = country or dem, True
            sector = sector or "CVL"
        if head.tag in ("NE", "FM"):
            capable = True
        elif head.tag == "NN" and head.lem.lower().endswith(_PLACE_NOUNS + _SITE_NOUNS):
            pass  # "das Armenviertel Vila Cruzeiro" is a place, not a participant
        elif not capable and any(t.tag in ("NE", "FM") and t.text[:1].isupper() for t in toks):
            names = " ".join(t.text for t in toks if t.tag in ("NE", "FM"))
            capable = not self.is_place(names)  # "der Vatikankritiker Hans Küng"
        return country, sector, capable

    def place_country(self, sent: Sent) -> str | None:
        """Country of the place where the sentence situates things: "in der pakistanischen
        Provinzhauptstadt", a located entity ("in Pattaya"), else a place name after a
        locative preposition (gazetteer)."""
        toks = sent.toks
        colon = next((t.i for t in toks[:4] if t.text == ":"), None)
        if colon is not None and colon > 0:  # "Indonesien: Terrorist getötet" (a dateline)
            name = self.article.text[toks[0].start : toks[colon - 1].end]
            c = self.t.country_of_name(name) or (place_country_of(name, self.main_country) if name[:1].isupper() else None)
            if c and len(c) == 3 and c not in ("UNO", "EUR", "IGO"):
                return c
        for k in range(len(toks) - 1):  # "in der pakistanischen Provinzhauptstadt Quetta"
            if toks[k].tag == "ADJA" and toks[k + 1].lem.lower().endswith(_PLACE_NOUNS):
                c = self.t.country_of_adjective(toks[k].text)
                if c:
                    return c
        located = sorted(
            ((s, ent) for s, _e, ent in self._spans if sent.start <= s < sent.end and ent.type in ("GPE", "LOC")),
            key=lambda x: x[0],
        )
        for s, ent in located:
            pos = next((t.i for t in toks if t.start <= s < t.end), None)
            if pos is not None and pos > 0 and toks[pos - 1].lem.lower() in ("in", "bei", "nahe"):
                c = self._entity_country(ent.id)
                if c:
                    return c
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.tag in ("NE", "NN", "FM") and t.text[:1].isupper():
                j = i
                while j + 1 < len(toks) and toks[j + 1].tag in ("NE", "FM") and toks[j + 1].text[:1].isupper():
                    j += 1
                name = self.article.text[t.start : toks[j].end]
                c = self.t.country_of_name(name) or self.t.capitals.get(name.lower())
                prev = toks[i - 1].lem.lower() if i > 0 else ""
                if prev not in ("in", "im", "bei", "nahe"):
                    i = j + 1
                    continue
                if c is None and (t.tag in ("NE", "FM") or j > i):
                    c = place_country_of(name, self.main_country) or place_country_of(t.text, self.main_country)
                if c and len(c) == 3 and c not in ("UNO", "EUR", "IGO"):
                    return c
                i = j + 1
                continue
            i += 1
        return None

    def is_place(self, text: str) -> bool:
        words = text.split()
        if not words or not all(w[:1].isupper() for w in words):
            return False
        return bool(self.t.country_of_name(text) or self.t.capitals.get(text.lower()) or place_country_of(text, self.main_country))

    def pronoun_number(self, word: str) -> str | None:
        return self.t.pronouns.get(word.lower())


def iter_countries(codings: Iterable[Coding]) -> set[str]:
    return {c.country for c in codings if c.country}
