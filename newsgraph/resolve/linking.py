"""Linking mentions to the knowledge base and the gazetteer (newsgraph.geo).

A link is a stable key (``kb:<id>`` / ``geo:<iso3|geonames|iso3166-2>``) plus what the link
knows: the canonical English name, identifiers, coordinates, the actor's country and sector.
Two mentions with the same link key are the same entity.  Places go through
:func:`newsgraph.geo.lookup` first (it knows inflection, exonyms and homonyms); organisations,
people and states not found there through the KB (:mod:`newsgraph.kb`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..kb import KB, KBEntry
from ..record import Geo
from .surface import base_variants, is_acronym

_PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class Link:
    key: str
    name: str
    type: str  # entity type the link implies (GPE for a country, ORG for an agency, ...)
    ids: Mapping[str, str] = field(default_factory=dict)
    geo: Geo | None = None
    country: str | None = None
    sector: str | None = None
    actor_type: str | None = None
    kb_id: str | None = None


def _geo_module() -> Any:
    try:
        from .. import geo
    except ImportError:  # the gazetteer is an optional part of an installation
        return None
    return geo if hasattr(geo, "lookup") else None


def _link_entry(e: KBEntry) -> Link:
    ids = dict(e.ids)
    if e.actor_type != "state" and "wikidata" not in ids:
        ids.setdefault("kb", e.id)
    etype = "GPE" if e.actor_type == "state" else e.type
    geo = None
    if e.actor_type == "state":
        place = _place_of_country(e.id)
        if place is not None:
            geo = place
    key = f"geo:{e.id}" if e.actor_type == "state" else f"kb:{e.id}"
    return Link(key=key, name=e.name, type=etype, ids=ids, geo=geo,
                country=e.country, sector=e.sector, actor_type=e.actor_type, kb_id=e.id)


def _place_of_country(iso3: str) -> Geo | None:
    geo = _geo_module()
    if geo is None:
        return None
    try:
        return geo.to_geo(geo.country(iso3).place())  # type: ignore[no-any-return]
    except (KeyError, AttributeError):
        return None


class Linker:
    """Links mention surfaces to KB entries and places; remembers the article's countries."""

    def __init__(self, kb: KB, context: Sequence[str] = ()) -> None:
        self.kb = kb
        self.context = list(context)
        self._geo = _geo_module()
        self._qids: dict[str, str] = {}

    def link(self, text: str, label: str) -> Link | None:
        for variant in base_variants(text):
            link = self._link_variant(variant, label)
            if link is not None:
                return link
        return None

    def _link_variant(self, text: str, label: str) -> Link | None:
        if label in _PLACE_LABELS:
            place = self._place(text)
            if place is not None:
                return place
        elif is_acronym(text) and label in ("ORG", "MISC"):
            place = self._place(text)  # a state written as an acronym (DVRK, USA) tagged ORG
            if place is not None and place.actor_type == "state":
                return place
        if label == "NORP":
            return self._nationality(text)
        entry = self.kb.find_one(text, None if label in _PLACE_LABELS else label)
        if entry is None and label in ("ORG", "MISC", "GPE", "LOC"):
            # NER often labels a state (ORG "DVRK") or an organisation (GPE "Nato") either way
            found = [e for e in self.kb.find(text) if e.type != "PERSON"]
            entry = found[0] if len(found) == 1 else None
        if entry is None:
            return None
        if entry.actor_type == "state" and self._geo is not None:
            place = self._place(text)
            if place is not None:
                return place
        return _link_entry(entry)

    def _place(self, text: str) -> Link | None:
        if self._geo is None:
            return None
        try:
            place = self._geo.lookup(text, context=self.context)
        except Exception:  # noqa: BLE001 - a gazetteer problem must not stop resolution
            return None
        if place is None:
            return None
        if place.kind == "country" and place.iso3:
            key = f"geo:{place.iso3}"
            entry = self.kb.country(place.iso3)
            ids = dict(place.ids)
            if entry is not None:
                ids.update({k: v for k, v in entry.ids.items() if k not in ids})
            if place.iso3 not in self.context:
                self.context.append(place.iso3)
            return Link(key=key, name=place.name_en, type="GPE", ids=ids,
                        geo=self._geo.to_geo(place), country=place.iso3, actor_type="state")
        ident = place.iso3166_2 or (str(place.geonames) if place.geonames else place.name_en)
        kind_type = "GPE" if place.kind in ("city", "region") else "LOC"
        return Link(key=f"geo:{ident}", name=place.name_en, type=kind_type, ids=dict(place.ids),
                    geo=self._geo.to_geo(place), country=place.country)

    def _nationality(self, text: str) -> Link | None:
        """``russischen`` / ``Nordkoreaner`` → the nationality of a country (key ``norp:RUS``)."""
        iso3 = self.country_of_adjective(text)
        if iso3 is None:
            return None
        name = iso3
        try:
            adjs = self._geo.country(iso3).adjectives_en if self._geo is not None else ()
            name = adjs[0] if adjs else self._geo.country(iso3).name_en  # type: ignore[union-attr]
        except (KeyError, AttributeError):
            pass
        return Link(key=f"norp:{iso3}", name=name, type="NORP", ids={"iso3": iso3}, country=iso3)

    def country_of_adjective(self, word: str) -> str | None:
        if self._geo is None:
            return None
        try:
            return self._geo.country_of_adjective(word)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001
            return None
