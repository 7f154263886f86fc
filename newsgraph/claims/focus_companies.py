"""A bare company description (`das Unternehmen`, `der Konzern`) is the company in focus.

Business news names its company once or twice and then goes on with `das Unternehmen`, `der
Konzern`, `die Firma`, `Das 1953 gegründete Familienunternehmen`.  When no other resolver
linked such a description (no name after the noun, no earlier phrase it shortens), it is the
organisation the article has named most often before it, outside quotations (the most recent
of equally frequent ones): the company the article is about, not the last organisation named
in passing (`… über das Insolvenzgeld der Bundesagentur für Arbeit gesichert. Das
Familienunternehmen leidet …`).

Only a definite singular phrase whose head is a company noun or a compound of one, with
nothing but lower-case attributes, numbers or a town's adjective (`das Karlsruher
Unternehmen`, session 21) between article and head, or one compound naming
the company's own statement (`nach Unternehmensangaben`, `laut Konzernangaben`, session 21);
other organisation nouns (`die Organisation`, `die Partei`, `die Regierung`) were measured on
german_news_quotes and rejected (session 11: a wrong party, a place read as an organisation).
"""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from .focus_persons import most_named
from .speaker_records import Speaker, entity_of

#: heads of company descriptions (also as the end of a compound: `Familienunternehmen`)
_COMPANY = re.compile(r"(?:unternehmen|konzern|firma)$")
_ARTICLES = frozenset({"das", "der", "die", "des", "dem"})
#: a company's own statement as one compound (`nach Unternehmensangaben`); not its circles
#: (`aus Unternehmenskreisen`: insiders, not the company speaking)
_COMPANY_SOURCE = re.compile(r"(?:unternehmens|konzern|firmen)(?:angaben|angabe|mitteilung)")
#: an adjective of a town before the head (`das Karlsruher Unternehmen`, `der Münchner Konzern`)
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")


def _town_adjectives(doc: Doc, start: int, end: int) -> set[str]:
    """Capitalised town adjectives in the phrase (`Karlsruher`): an `-er` word the tagger read
    as an adjective or the recogniser as a place, right before a noun."""
    toks = list(doc.tokens_in(start, end))
    places = {(m.start, m.end) for m in doc.mentions if m.label in ("LOC", "GPE")}
    return {
        t.text
        for k, t in enumerate(toks[:-1])
        if _PLACE_ADJECTIVE.fullmatch(t.text)
        and (t.tag == "ADJA" or (t.start, t.end) in places)
        and toks[k + 1].tag == "NN"
    }


#: compounds naming a company related to the one in focus, not itself
_RELATIONAL = (
    "mutter",
    "tochter",
    "schwester",
    "partner",
    "konkurrenz",
    "wettbewerbs",
    "ziel",
    "kunden",
    "zuliefer",
    "nachfolge",
    "vorgänger",
    "gemeinschafts",
    "beteiligungs",
)
#: heads of the names of courts, authorities, parliaments and other bodies that are no firm
#: (session 19: unions, agencies, states, parties, associations, institutes,
#: foundations, universities, militias): never the company in focus
_PUBLIC_BODY = re.compile(
    r"(?:gericht|gerichtshof|gerichts|gerichtshofs|ministerium|ministeriums|amt|amts|amtes|"
    r"behörde|anwaltschaft|präsidium|polizei|regierung|kommission|parlament|bundestag|landtag|"
    r"senat|stadtrat|gemeinderat|gewerkschaft|bundesagentur|nachrichtenagentur|presseagentur|"
    r"staat|staats|staates|"
    r"partei|verband|verbands|verbandes|organisation|institut|instituts|stiftung|verein|"
    r"vereins|universität|hochschule|miliz|armee)$"
)
#: attributes that set the company apart from the one in focus
_OTHER_ATTRIBUTES = ("übernommen", "gekauft", "ander", "neu", "frühere", "ehemalig", "beide")


def focused_company(
    speaker: Speaker,
    words: list[str],
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    """The company in focus for an unlinked company description ``words`` at ``start``–``end``;
    ``speaker`` unchanged when the phrase is no such description or no organisation was named."""
    if speaker.entity is not None or speaker.text != doc.text[start:end]:
        return speaker
    clean = [w.strip(",.:;") for w in words]
    if len(clean) == 1 and _COMPANY_SOURCE.fullmatch(clean[0].lower()):
        clean = ["das", "Unternehmen"]  # `nach Unternehmensangaben`: the company's own
    if len(clean) < 2 or clean[0].lower() not in _ARTICLES:
        return speaker
    head = clean[-1].lower()
    if not _COMPANY.search(head) or not clean[-1][:1].isupper() or head.startswith(_RELATIONAL):
        return speaker  # `der Mutterkonzern`, `das Partnerunternehmen`: another company
    if any(w.lower().startswith(_OTHER_ATTRIBUTES) for w in clean[1:-1]):
        return speaker  # `das übernommene Unternehmen`, `der andere Konzern`
    towns = _town_adjectives(doc, start, end)
    if any(w[:1].isupper() and w not in towns for w in clean[1:-1]):
        return speaker  # `das Unternehmen Siemens` is linked by name, `die Firma X` too
    # `der Hessische Verwaltungsgerichtshof`, `die Gewerkschaft X`: no company, nor their
    # other mentions (`GFD` after `Gewerkschaft Flugbegleiter Deutschland (GFD)`)
    bodies = {
        entity
        for m in mentions
        if any(_PUBLIC_BODY.search(w.lower()) for w in m.text.split())
        and (entity := entity_of(m, entity_spans)) is not None
    }
    # `die Nachrichtenagentur ANP`, a state or a medium of the KB: no company
    named = most_named(
        start,
        "ORG",
        mentions,
        entity_spans,
        doc,
        lambda entity, m: entity not in bodies and not _no_company(entity, m, doc),
    )
    if named is None:
        return speaker
    return Speaker(named[0], speaker.text, "ORG", speaker.gender, "Sing")


#: kinds of actors (the resolve stage's ``actor_type``, from the KB) that are no company
_NOT_COMPANIES = frozenset(
    {
        "state", "igo", "ngo", "party", "government", "ministry", "police", "prosecution",
        "court", "parliament", "military", "intelligence", "committee", "university",
        "trade_union", "central_bank", "authority", "news_agency", "newspaper", "magazine",
        "broadcaster",
    }
)  # fmt: skip
#: a medium's noun right before its name (`die Nachrichtenagentur ANP`, `der Zeitung X`; not
#: `die Ratingagentur`, `der Lieferdienst`, `das Vergleichsportal`: those name companies)
_MEDIUM_BEFORE = re.compile(
    r"(?:nachrichtenagentur|presseagentur|zeitung|blatt|magazin|zeitschrift|sender)(?:e?s)?"
    r"\s+[„\"]?$",
    re.IGNORECASE,
)


def _no_company(entity: str, m: Mention, doc: Doc) -> bool:
    """The organisation is of a kind that is no company (a state, a court, a news medium …):
    by the KB, or by the medium's noun the article names it with."""
    actors = doc.layers.get("resolve.actors") or {}
    kind = (actors.get(entity) or {}).get("actor_type")
    if kind in _NOT_COMPANIES:
        return True
    return bool(_MEDIUM_BEFORE.search(doc.text[max(0, m.start - 30) : m.start]))
