"""Country and sector of a named person from the knowledge base (Phoenix leaders and officials).

The ``resolve`` stage links full names to the KB; an article often names a well-known person by
the surname alone ("Putin", "Lawrow"), which the KB's full-name index cannot find.  Here a
surname, or a full name, is looked up among the KB's people, keeping only those who held a
role on the article's date (or an open-ended role that started before it, since the Phoenix
list is only known up to 2014); the answer is used only when exactly one person remains.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..kb import KBEntry, primary_sector
from ..names import name_key


@dataclass(frozen=True)
class PersonCoding:
    country: str | None
    sector: str | None  # None when the role on the date is not known
    kb: str


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, tuple[KBEntry, ...]]:
    """Phoenix people by the name key of the last word of any of their names (keys of 4+ letters).

    Not the KB's person index (``KB._people``): that one keys whole names of two or more words
    and on purpose never answers a bare surname (the ``resolve`` stage must not link "Müller" to a
    KB person), while :func:`kb_person` needs surnames, checked afterwards against the date and
    the article's countries, and matches a full name by surname plus first-name prefix (so
    "Jaap De Hoop Scheffer" also finds "Jaap Gijsbert de Hoop Scheffer"; surname keys under four
    letters, as in "Helmut Kohl", are left out).  Compared on the 283 person names of 150 Wikinews
    articles, the two give different candidates for 15 (9 of them bare surnames).
    """
    from ..kb.loader import shipped_people

    idx: dict[str, list[KBEntry]] = defaultdict(list)
    for e in shipped_people():
        keys = {name_key(n.split()[-1]) for n in (e.name, *e.names) if n.split()}
        for k in keys:
            if len(k) >= 4:
                idx[k].append(e)
    return {k: tuple(v) for k, v in idx.items()}


def _roles_then(entry: KBEntry, date: str | None) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the roles ``entry`` may have held on ``date``."""
    out = []
    for r in entry.roles:
        held = r.holds_on(date) if date else True
        if held is None and r.start is not None and date is not None and r.start <= date:
            held = True  # open-ended after the list was compiled: still the best guess
        if held:  # an undated role (Phoenix lists one per person) says only the nationality
            undated = r.start is None and r.end is None
            out.append((r.country, None if undated else primary_sector(r.sector)))
    return out


@lru_cache(maxsize=4096)
def kb_person(name: str, date: str | None, countries: frozenset[str] = frozenset()) -> PersonCoding | None:
    """The one KB person called ``name`` (a full name or a bare surname) who held an office
    on ``date``; None when nobody or several people qualify.  With ``countries`` (those the
    article names), a bare surname counts only for a person of one of them."""
    words = name.split()
    if not words or not name[:1].isupper():
        return None
    cands = _by_surname().get(name_key(words[-1]), ())
    if len(words) > 1:
        first = name_key(words[0])[:3]
        cands = tuple(
            e for e in cands if any(n.split() and name_key(n.split()[0])[:3] == first for n in (e.name, *e.names))
        )
    active = [(e, _roles_then(e, date)) for e in cands]
    active = [(e, roles) for e, roles in active if any(sec for _c, sec in roles)]
    if len(active) > 1:  # Barack and Michelle Obama: the one in office
        active = [(e, roles) for e, roles in active if any(sec == "GOV" for _c, sec in roles)]
    if len(active) != 1:
        return None
    entry, roles = active[0]
    country = roles[-1][0] or entry.country
    if len(words) == 1 and countries and country not in countries:
        return None  # a bare surname of a foreign official the article never situates
    sectors = {s for c, s in roles if c == country and s}
    sector = "GOV" if "GOV" in sectors else (next(iter(sectors)) if len(sectors) == 1 else None)
    return PersonCoding(country, sector, entry.id)
