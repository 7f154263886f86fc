"""Nominal anaphora and descriptive noun phrases: ``der Minister``, ``die Nachrichtenagentur``.

A definite noun phrase (``der|die|das|des|dem|den`` + adjectives + noun) whose noun names a
role (:meth:`KB.role`) or a kind of actor (:meth:`KB.actor_type`) is read as

* a **description of the next name** when a named mention follows directly or in parentheses
  (``die Nachrichtenagentur Yonhap``, ``Der südkoreanische Nachrichtendienst (NIS)``);
* a **role description with a complement** (``Der Verteidigungsminister der DVRK``): the person
  whose role fact has the same role noun and the same organisation/country — also when that
  apposition comes later (headlines and leads summarise ahead of the body);
* an **anaphor** otherwise: the most recent earlier person whose role ends with the noun
  (``der Minister`` → the Verteidigungsminister), or the most recent earlier organisation of
  that kind (``die Nachrichtenagentur`` → KCNA: from the KB, or the head noun of its long
  name ``Koreanische Zentrale Nachrichtenagentur``).

Indefinite phrases (``ein Minister``) introduce someone new and are never linked.  A person
noun's form tells its bearer's gender: a feminine description (``die Grünen-Politikerin``) refers
to no one whose title was written masculine (``Kanzler Frank Ott``), nor the reverse (session
17; titles of women in generic masculine form are rare in today's news); a party member's
description (``die Grünen-Politikerin``) no one named with another party in brackets
(``Ministerin Anna Voß (CDU)``); a description with a nationality adjective (``der norwegische
Verteidigungsminister``) no one whose role names another country (``Spaniens
Verteidigungsminister X``, session 21).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..kb import KB, ActorType, RoleSense
from ..names.key import fold
from .cluster import Item
from .roles import RoleFact, feminine_noun, is_adjective
from .surface import Word, words

_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
_DEPUTY = ("stellvertretend", "vize")


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    text: str
    target: int  # item index whose entity this phrase refers to
    rule: str  # description | role | anaphor


_BRACKETED = re.compile(r"\s*\(([^()]{1,20})\)")


def _party_prefix(noun: str) -> str:
    """The party or group a hyphenated person noun names first (`Grünen-Politikerin` ->
    `Grünen`, `SPD-Abgeordneter` -> `SPD`), empty for other nouns."""
    head, _, rest = noun.rpartition("-")
    return head if head[:1].isupper() and rest[:1].isupper() else ""


def _adj(w: Word) -> bool:
    return is_adjective(w)


class DescriptionReader:
    def __init__(self, kb: KB, text: str, items: list[Item], facts: list[RoleFact],
                 root: Callable[[int], int], tags: Mapping[int, str] | None = None) -> None:
        self.tags = tags
        self.kb = kb
        self.text = text
        self.items = items
        self.facts = facts
        self.root = root
        # a nationality adjective is a modifier inside a description (`des amerikanischen
        # Fernsehsenders`), no name that takes the phrase's place
        self.covered: list[tuple[int, int]] = [
            (it.mention.start, it.mention.end) for it in items if it.label != "NORP"
        ]
        self.covered += [f.desc for f in facts if f.desc]
        self._at: dict[int, int] = {}
        self._types_by_root: dict[int, set[str]] | None = None
        for it in items:
            for pos in range(it.mention.start, it.mention.end):
                self._at.setdefault(pos, it.index)

    def _overlaps(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.covered)

    def item_at(self, w: Word) -> Item | None:
        i = self._at.get(w.start)
        return None if i is None else self.items[i]

    def read(self, sentences: list[tuple[int, int]]) -> list[Description]:
        out: list[Description] = []
        for s, e in sentences:
            ws = words(self.text, s, e, self.tags)
            for i, w in enumerate(ws):
                if w.lower not in _DEFINITE:
                    continue
                d = self._phrase(ws, i)
                if d is not None:
                    out.append(d)
                    self.covered.append((d.start, d.end))
        return out

    def _phrase(self, ws: list[Word], i: int) -> Description | None:
        k = i + 1
        mods: list[Word] = []
        while k < len(ws) and _adj(ws[k]) and k - i <= 3:
            mods.append(ws[k])
            k += 1
        if k >= len(ws) or not ws[k].text[:1].isupper() or self.item_at(ws[k]) is not None:
            return None
        noun = ws[k]
        start, end = ws[i].start, noun.end
        if self._overlaps(start, end):
            return None
        named = self.kb.find(noun.text)
        if named:
            # `die Weltgesundheitsorganisation`, `die Welthungerhilfe`: the noun is a name of
            # its own; it refers to that organisation when the article names it, else to none
            kb_id = named[0].id if len(named) == 1 else None
            target = next(
                (it.index for it in self.items if kb_id and it.link and it.link.kb_id == kb_id),
                None,
            )
            return None if target is None else Description(
                start, end, self.text[start:end], target, "description"
            )
        sense = self.kb.role(noun.text)
        atype = None if sense is not None else self.kb.actor_type(noun.text)
        if sense is None and atype is None:
            target = self._org_by_head(noun, ws, k, start)
            return None if target is None else Description(start, end, self.text[start:end],
                                                           target, "anaphor")
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        after = self._next_named(ws, k + 1)
        text = self.text[start:end]
        if after is not None:
            # "Der südkoreanische Nachrichtendienst (NIS)": a description of the acronym's
            # entity; without the parenthesis ("die Nachrichtenagentur KCNA", "der Minister
            # Putin") the noun is part of the name's own noun phrase, not a mention of its own
            if atype is not None and nxt is not None and nxt.text == "(" and after.label != "PERSON":
                return Description(start, end, text, after.index, "description")
            return None
        deputy = any(m.lower.startswith(_DEPUTY) for m in mods)
        if sense is not None:
            org = self._complement(ws, k + 1) if nxt is not None and nxt.lower in ("der", "des") else None
            target = self._person_for(
                sense, deputy, org, start, feminine_noun(noun.text), _party_prefix(noun.text),
                self._nationality(mods),
            )
            return None if target is None else Description(start, end, text, target,
                                                           "role" if org is not None else "anaphor")
        if nxt is not None and nxt.lower in ("der", "des"):
            return None  # "die Armee der DVRK": a new, specific organisation
        assert atype is not None
        target = self._org_for(atype, start)
        return None if target is None else Description(start, end, text, target, "anaphor")

    def _org_by_head(self, noun: Word, ws: list[Word], k: int, pos: int) -> int | None:
        """``das Institut`` → the last organisation whose name ends in ``…institut``."""
        if len(noun.text) < 5 or (k + 1 < len(ws) and ws[k + 1].text[:1].isupper()):
            return None
        head = fold(noun.text)
        best: Item | None = None
        for it in self.items:
            if it.mention.start >= pos or it.label not in ("ORG", "MISC"):
                continue
            for v in it.variants:
                last = fold(v.split()[-1]) if v.split() else ""
                if last.endswith(head) and (best is None or it.mention.start > best.mention.start):
                    best = it
        return None if best is None else best.index

    def _next_named(self, ws: list[Word], k: int) -> Item | None:
        if k < len(ws) and ws[k].text == "(":
            k += 1
        if k < len(ws):
            it = self.item_at(ws[k])
            if it is not None:
                return it
        return None

    def _complement(self, ws: list[Word], k: int) -> int | None:
        for w in ws[k + 1 : k + 5]:
            it = self.item_at(w)
            if it is not None and it.label != "PERSON":
                return self.root(it.index)
        return None

    def _person_for(
        self,
        sense: RoleSense,
        deputy: bool,
        org: int | None,
        pos: int,
        feminine: bool = False,
        party: str = "",
        country: str | None = None,
    ) -> int | None:
        def fits(f: RoleFact) -> bool:
            if not sense.refers_to(f.sense):
                return False
            theirs = self._fact_country(f)
            if country and theirs and theirs != country:
                return False  # `der norwegische Verteidigungsminister` is not Spain's
            if feminine != f.feminine:
                return False  # `die Grünen-Politikerin` is not `Kanzler X`: titles mark gender
            if party and not self._same_party(f.person, party):
                return False  # `die Grünen-Politikerin` is not `Ministerin Y (CDU)`
            if deputy and not f.role.startswith("stellvertretend"):
                return False
            if org is not None:
                return f.org_item is not None and self.root(f.org_item) == org
            return True

        earlier = [f for f in self.facts if fits(f) and f.start < pos]
        if earlier:
            return max(earlier, key=lambda f: f.start).person
        if org is not None or deputy:
            later = [f for f in self.facts if fits(f) and f.start > pos]
            if later:
                return min(later, key=lambda f: f.start).person
        return None

    def _nationality(self, mods: list[Word]) -> str | None:
        """The country (ISO3) of a nationality adjective among a description's modifiers."""
        for m in mods:
            it = self.item_at(m)
            if it is not None and it.label == "NORP" and it.link is not None and it.link.country:
                return it.link.country
        return None

    def _fact_country(self, f: RoleFact) -> str | None:
        """The country a role fact names: its nationality adjective, its prefix (`US-`) or its
        complement when that is a country."""
        if f.org_country or f.prefix_country:
            return f.org_country or f.prefix_country
        it = self.items[f.org_item] if f.org_item is not None else None
        if it is not None and it.label == "GPE" and it.link is not None:
            return it.link.country
        return None

    def _same_party(self, person: int, party: str) -> bool:
        """The party in brackets after the person's mention (`Anna Voß (CDU)`) is not another
        one than ``party``; True when no party follows the name."""
        m = self.items[person].mention
        found = _BRACKETED.match(self.text, m.end)
        if found is None:
            return True
        theirs = fold(found.group(1)).rstrip("n")
        return theirs == fold(party).rstrip("n")

    def _org_for(self, atype: ActorType, pos: int) -> int | None:
        wanted = {atype.id, *atype.covers}
        best: Item | None = None
        for it in self.items:
            if it.mention.start >= pos or it.label == "PERSON":
                continue
            if self._actor_types(it) & wanted and (best is None or it.mention.start > best.mention.start):
                best = it
        return None if best is None else best.index

    def _actor_types(self, it: Item) -> set[str]:
        """Kinds of actor an entity is: from its KB link and the head nouns of its names."""
        if self._types_by_root is None:
            # one pass over all items (clusters do not change while descriptions are read)
            by_root: dict[int, set[str]] = {}
            for other in self.items:
                out = by_root.setdefault(self.root(other.index), set())
                if other.link is not None and other.link.actor_type:
                    out.add(other.link.actor_type)
                names = list(other.variants)
                if other.link is not None and other.link.kb_id:
                    entry = self.kb.get(other.link.kb_id)
                    names += list(entry.names) if entry else []
                for v in names:
                    toks = v.split()
                    if toks:
                        t = self.kb.actor_type(toks[-1]) or self.kb.actor_type(toks[0])
                        if t is not None:
                            out.add(t.id)
            self._types_by_root = by_root
        return self._types_by_root.get(self.root(it.index), set())
