"""Records of the knowledge base: entries (people, organisations, countries) and dated roles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: the Phoenix dictionaries were generated on this date; no open-ended role is known after it
PHOENIX_AS_OF = "2014-01-30"


@dataclass(frozen=True)
class KBRole:
    """A dated position: ``RUSGOVMIL`` from 2003-01-01, observed until ``as_of``.

    ``end`` is ``None`` when the source gave no end date; such a role is only *known* up to
    ``as_of`` (the date the source was compiled) and must never be presented as current after
    it: :meth:`holds_on` answers ``None`` (unknown) for later dates.
    """

    code: str  # CAMEO actor code, e.g. RUSGOVMIL
    country: str | None  # ISO alpha-3
    sector: str | None  # Phoenix/CAMEO sector code(s), e.g. GOV, GOVMIL
    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    title: str | None = None
    source: str = "phoenix"
    as_of: str | None = PHOENIX_AS_OF

    def holds_on(self, date: str) -> bool | None:
        """True/False when the source covers ``date`` (YYYY-MM-DD); None when it cannot say."""
        if self.start and date < self.start:
            return False
        if self.end:
            return date <= self.end
        if self.as_of and date > self.as_of:
            return None
        return True


@dataclass(frozen=True)
class KBEntry:
    """One real-world thing: a person, organisation, country or place."""

    id: str  # stable KB id: wikidata QID, ISO alpha-3, or a source-prefixed slug
    type: str  # PERSON | ORG | GPE | LOC | NORP | MISC
    name: str  # canonical English name
    names: tuple[str, ...] = ()  # every known surface form (German, English, acronyms)
    ids: Mapping[str, str] = field(default_factory=dict)  # wikidata, iso3, geonames
    country: str | None = None  # ISO alpha-3 the entry belongs to
    actor_type: str | None = None  # news_agency | intelligence | military | ministry | igo ...
    sector: str | None = None  # Phoenix/CAMEO sector code(s): primary + optional secondary
    roles: tuple[KBRole, ...] = ()
    source: str = "shipped"

    def roles_on(self, date: str) -> tuple[KBRole, ...]:
        """Roles the source says were held on ``date`` (unknown ones are left out)."""
        return tuple(r for r in self.roles if r.holds_on(date) is True)


@dataclass(frozen=True)
class ActorType:
    """A kind of actor named by a common noun (``Nachrichtenagentur`` → news agency, MED)."""

    id: str
    sector: str | None
    entity_type: str  # ORG | PERSON
    nouns: tuple[str, ...]  # German and English head nouns, lower-case
    covers: tuple[str, ...] = ()  # kinds a generic noun of this type may refer back to
