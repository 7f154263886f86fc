"""The in-memory knowledge base: entries indexed by transliteration-aware name keys."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..names.key import fold, joined_key, name_key
from ..names.match import match_names
from .loader import (
    ENV_VAR,
    actor_types,
    iter_shipped,
    read_user_file,
    role_lexicon,
    shipped_people,
    user_paths,
)
from .model import ActorType, KBEntry

#: words that precede a name in Phoenix aliases and never identify anyone on their own
_TITLE_WORDS = frozenset(
    ["president", "prime", "minister", "russian", "chinese", "american", "secretary", "general", "foreign", "defense", "defence", "former", "chairman", "leader", "king", "queen", "prince", "sheikh", "dr", "mr", "mrs", "ms", "gen", "general"]
)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 6 and sum(c.isupper() for c in letters) >= len(letters) - 1 and (
        " " not in name.strip()
    )


@dataclass(frozen=True)
class RoleSense:
    """What a German role noun means: ``Verteidigungsminister`` → defence minister, GOVMIL."""

    stem: str
    en: str
    sector: str | None
    kind: str | None = None  # diplomat | officer | head_of_state
    covers: str | None = None  # a generic noun: the kind (or "sector:GOV|LEG") it refers to
    org_dependent: bool = False  # the sector is the organisation's (Präsident der Bundesbank)

    def refers_to(self, other: RoleSense) -> bool:
        """Can a phrase with this role noun refer back to a person holding ``other``?"""
        if other.stem == self.stem or other.stem.endswith(self.stem):
            return True
        if self.covers is None:
            return False
        if self.covers.startswith("sector:"):
            return any((other.sector or "").startswith(s) for s in self.covers[7:].split("|"))
        return other.kind == self.covers


@dataclass
class KB:
    """Entries plus lookup indexes.  Build with :func:`load_kb` (cached)."""

    entries: dict[str, KBEntry]
    types: list[ActorType]
    roles: dict[str, RoleSense]
    by_key: dict[str, list[str]] = field(default_factory=dict)
    by_acronym: dict[str, list[str]] = field(default_factory=dict)
    include_people: bool = True
    _people_key: dict[str, list[str]] | None = None
    _nouns: dict[str, ActorType] | None = None

    def __post_init__(self) -> None:
        for e in self.entries.values():
            if e.source != "phoenix":
                self._index(e)

    def _index(self, e: KBEntry) -> None:
        for n in (e.name, *e.names):
            if _is_acronym(n):
                self.by_acronym.setdefault(n.upper().replace(".", ""), []).append(e.id)
                continue
            for k in _keys(n):
                if e.id not in self.by_key.setdefault(k, []):
                    self.by_key[k].append(e.id)

    def _people(self) -> dict[str, list[str]]:
        if self._people_key is None:
            idx: dict[str, list[str]] = {}
            for e in self.entries.values():
                if e.source != "phoenix":
                    continue
                for n in (e.name, *e.names):
                    toks = n.split()
                    while toks and toks[0].lower().strip(".") in _TITLE_WORDS:
                        toks = toks[1:]
                    if len(toks) < 2:  # a bare surname never identifies a KB person
                        continue
                    for k in _keys(" ".join(toks)):
                        if e.id not in idx.setdefault(k, []):
                            idx[k].append(e.id)
            self._people_key = idx
        return self._people_key

    # ---- lookups ----------------------------------------------------------------------------
    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def find(self, name: str, type: str | None = None) -> list[KBEntry]:
        """Entries whose name or alias has the key of ``name`` (acronyms: case-sensitive)."""
        name = name.strip()
        if _is_acronym(name) and name.upper() == name:
            ids = self.by_acronym.get(name.replace(".", ""), [])
        else:
            ids = _lookup(self.by_key, name)
            if self.include_people and (type in (None, "PERSON")) and len(name.split()) >= 2:
                people = [i for i in _lookup(self._people(), name) if i not in ids]
                # equal keys are a candidate list; the matcher decides (Kim Jong Il ≠ Kim Yong Il)
                ids += [i for i in people
                        if any(match_names(name, n).same for n in (self.entries[i].name, *self.entries[i].names))]
        out = [self.entries[i] for i in ids]
        if type:
            compatible = {"GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}.get(type, {type})
            out = [e for e in out if e.type in compatible]
        return out

    def find_one(self, name: str, type: str | None = None) -> KBEntry | None:
        """The single entry for ``name``; None when unknown or ambiguous."""
        found = self.find(name, type)
        return found[0] if len(found) == 1 else None

    def country(self, iso3: str) -> KBEntry | None:
        e = self.entries.get(iso3)
        return e if e is not None and e.actor_type == "state" else None

    def actor_type(self, noun: str) -> ActorType | None:
        """The kind of actor a common noun names (longest listed head noun that ends it)."""
        nouns = self._type_nouns()
        # the noun as written, then without a case ending (`des Fernsehsenders`, `der Armeen`)
        for w in _inflection_candidates(fold(noun).strip())[:4]:
            if w in nouns:
                return nouns[w]
            for i in range(1, len(w) - 4):  # longest suffix of at least 5 characters first
                t = nouns.get(w[i:])
                if t is not None:
                    return t
        return None

    def _type_nouns(self) -> dict[str, ActorType]:
        if self._nouns is None:
            nouns: dict[str, ActorType] = {}
            for t in self.types:
                for n in t.nouns:
                    nouns.setdefault(fold(n), t)
            self._nouns = nouns
        return self._nouns

    def role(self, word: str) -> RoleSense | None:
        """The role a (possibly inflected, compound) German noun names, or None."""
        w = fold(word).strip()
        for cand in _inflection_candidates(w):
            best = None
            for stem, sense in self.roles.items():
                fits = cand == stem or (cand.endswith(stem) and len(cand) - len(stem) >= 3)
                if fits and (best is None or len(stem) > len(best.stem)):
                    best = sense
            if best is not None:
                return best
        return None


def _keys(name: str) -> list[str]:
    """Index keys of a name: its name key and (``j:``) its joined key (Kim Jong Il = Kim Jong-il)."""
    k = name_key(name)
    return [k, f"j:{joined_key(name)}"] if k else []


def _lookup(index: dict[str, list[str]], name: str) -> list[str]:
    k = name_key(name)
    if not k:
        return []
    return list(index.get(k) or index.get(f"j:{joined_key(name)}") or [])


def _inflection_candidates(w: str) -> list[str]:
    out = [w]
    for suf in ("innen", "in", "en", "es", "n", "s", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            out.append(w[: -len(suf)])
    # adjectival nouns: der Gesandte / ein Gesandter, die Abgeordneten / ein Abgeordneter (not
    # `Nachrichte-r`: only the endings of participles and adjectives used as nouns)
    out += [c + "r" for c in list(out) if _ADJECTIVAL_NOUN.search(c)]
    return out


#: endings of adjectives and participles used as nouns (`Vorsitzende`, `Abgeordnete`,
#: `Beauftragte`, `Angestellte`, `Delegierte`, `Gesandte`, `Verdächtige`, `Beamte`, `Gelehrte`)
_ADJECTIVAL_NOUN = re.compile(r"(?:nde|ete|gte|llte|ierte|ndte|ige|ene|nnte|aute|amte|ehrte)$")


def _build(paths: tuple[str, ...], include_people: bool) -> KB:
    entries: dict[str, KBEntry] = {}
    for e in iter_shipped():
        entries[e.id] = e
    if include_people:
        for e in shipped_people():
            entries.setdefault(e.id, e)
    extra_types: list[Mapping[str, Any]] = []
    for p in user_paths(paths):
        ents, types = read_user_file(p)
        extra_types += types
        for e in ents:
            entries[e.id] = e  # a user entry replaces a shipped one with the same id
    roles = {}
    for r in role_lexicon():
        stem = fold(str(r["de"]))
        roles[stem] = RoleSense(stem=stem, en=str(r["en"]), sector=r.get("sector"),
                                kind=r.get("kind"), covers=r.get("covers"),
                                org_dependent=bool(r.get("org_dependent")))
    return KB(entries=entries, types=actor_types(extra_types), roles=roles,
              include_people=include_people)


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...], env: str, include_people: bool) -> KB:
    return _build(paths, include_people)


def load_kb(paths: Iterable[str | Path] = (), *, include_people: bool = True) -> KB:
    """The knowledge base: shipped data + ``$NEWSGRAPH_KB`` + ``paths`` (cached per arguments)."""
    return _cached(tuple(str(p) for p in paths), os.environ.get(ENV_VAR, ""), include_people)
