"""An office with the country or body after it names the holder the article gave that office.

German news introduces an office holder with the office before the name (`Der französische
Außenminister Pierre Dumont`, `Innenministerin Anna Berg (SPD)`) and later re-mentions them by the
office with its country or body as a genitive after it: `Der Außenminister Frankreichs sagte …`,
`der Informationsminister des Südsudans`, `die Vorsitzende der Partei Die Linke`, or before it
(`Frankreichs Präsident kündigte an`, session 21).  The
description has two capitalised words, so the bare-description resolvers leave it alone, and
the country in it is only an attribute of the speaker.

The resolve stage records each office it read with its holder and the country or organisation
it belongs to (:class:`~newsgraph.record.Role`).  A speaker phrase that is an article,
adjectives, an office noun and a genitive or `von` phrase naming a country or organisation is
the holder of the last role before it with the same office noun and the same country or
organisation; nothing when the article gave that office of that body to nobody (`der Präsident
der Ukraine` in an article that names only the Russian president).
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..record import Role
from .speaker_records import Speaker, entity_of

#: articles that open the description
_ARTICLES = frozenset({"der", "die", "des", "dem", "den"})
#: words that open the qualifier after the office noun
_OWNERS = frozenset({"der", "des", "von", "vom"})
#: labels of the qualifier: the country or body the office belongs to
_BODIES = frozenset({"GPE", "ORG", "NORP", "LOC"})


def qualified_role(
    words: list[str],
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The holder of the office ``words`` (the speaker phrase at ``start``–``end``) names with
    its country or body, or None (see the module doc)."""
    office = _office(words)
    if office is None:
        return None
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if any(m.label == "PERSON" for m in inside):
        return None  # the phrase names its speaker itself
    at = doc.text.find(office, start, end)
    bodies = {
        entity_of(m, entity_spans)
        for m in inside
        if m.label in _BODIES and (m.end <= at or m.start >= at + len(office))
    }
    bodies.discard(None)
    if not bodies:
        return None
    low = office.lower()
    found = [
        r
        for r in doc.article.roles
        if r.person and r.org in bodies and r.start < start and _same_office(r.role, low)
    ]
    if not found:
        return None
    role = max(found, key=lambda r: r.start)
    return Speaker(role.person, doc.text[start:end], "PERSON")


def _office(words: list[str]) -> str | None:
    """The office noun of `Der (stellvertretende) Außenminister des Landes`/`Frankreichs`: the
    first capitalised word after the article and lower-case adjectives, when a genitive or
    `von` phrase or a genitive name follows it; or the last word after a genitive name and
    lower-case adjectives (`Frankreichs Präsident`)."""
    clean = [w.strip(",.:;") for w in words]
    if (
        len(clean) >= 2
        and clean[0][:1].isupper()
        and clean[0].endswith("s")
        and clean[0].lower() not in _ARTICLES
        and clean[-1][:1].isupper()
        and all(w[:1].islower() for w in clean[1:-1])
    ):
        return clean[-1]  # `Frankreichs (neuer) Präsident`: the body in the genitive before it
    if len(clean) < 3 or clean[0].lower() not in _ARTICLES:
        return None
    k = 1
    while k < len(clean) and clean[k][:1].islower():
        k += 1
    if k >= len(clean) - 1:
        return None
    nxt = clean[k + 1]
    if nxt.lower() in _OWNERS or nxt[:1].isupper() and nxt.endswith("s"):
        return clean[k]
    return None


def _same_office(role: str, office: str) -> bool:
    """The role read by the resolve stage is the office (`Außenminister`), also in the genitive
    of the description (`des Außenministers`)."""
    low = role.lower()
    return office in (low, low + "s", low + "es")


def phrase_country(start: int, end: int, doc: Doc) -> str | None:
    """The country (ISO3) of a nationality adjective in the phrase at ``start``–``end`` (`der
    frühere norwegische Verteidigungsminister` → NOR), None without one."""
    for e in doc.article.entities:
        if e.type == "NORP" and any(start <= m.start and m.end <= end for m in e.mentions):
            return e.ids.get("iso3")
    return None


def role_country(role: Role, doc: Doc) -> str | None:
    """The country (ISO3) of a role's organisation when that is a country (or a people)."""
    ent = doc.article.entity(role.org) if role.org else None
    return ent.ids.get("iso3") if ent is not None and ent.type in ("GPE", "NORP") else None


def same_country(a: str | None, b: str | None) -> bool:
    """Two countries do not contradict each other (either may be unknown)."""
    return a is None or b is None or a == b


def holds_foreign_office(entity: str | None, country: str | None, doc: Doc) -> bool:
    """The person ``entity`` holds a role of another country than ``country`` (a phrase's
    nationality): `der norwegische Verteidigungsminister` is not Spain's."""
    return (
        entity is not None
        and country is not None
        and any(
            r.person == entity and not same_country(country, role_country(r, doc))
            for r in doc.article.roles
        )
    )


#: nouns of a side's own statement (`nach israelischen Angaben`); not media or unnamed sources
#: (`laut israelischen Medien`, `aus russischen Quellen`: not the state speaking)
_STATEMENT_NOUNS = frozenset(
    {"Angaben", "Angabe", "Aussagen", "Darstellung", "Informationen", "Schätzungen", "Zählung"}
)


def national_source(words: list[str], start: int, end: int, doc: Doc) -> Speaker | None:
    """`nach israelischen Angaben`, `laut russischen Informationen`: a nationality adjective and
    a statement noun and nothing else name the country's side as the source: the country when
    the article names it (the entity with the adjective's ISO code), else the nationality
    itself; None for any other phrase (`nach Angaben der israelischen Armee` names the army,
    `laut israelischen Medien` the press)."""
    clean = [w.strip(",.:;") for w in words]
    if len(clean) != 2 or clean[1] not in _STATEMENT_NOUNS or clean[0][:1].isupper():
        return None
    country = phrase_country(start, end, doc)
    if country is None:
        return None
    states = [e for e in doc.article.entities if e.type == "GPE" and e.ids.get("iso3") == country]
    people = [e for e in doc.article.entities if e.type == "NORP" and e.ids.get("iso3") == country]
    found = states or people
    if not found:
        return None
    return Speaker(found[0].id, doc.text[start:end], found[0].type)
