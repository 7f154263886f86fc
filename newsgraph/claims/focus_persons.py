"""A definite person description that the article links to no name is the person in focus.

German news re-mentions the person it is about by a description instead of the name
(*elegant variation*): `Christian Klien … Der 23-jährige Sportler gab bekannt`, `… sagte es
Köhler. Hier sparte der Bundespräsident nicht mit Kritik`, `Teamchef Jean Todt … wird der
Franzose zitiert`, `der Organisator Andreas Blechschmidt … sagte der Demonstrationsleiter`.
When the other resolvers (a role named with the same noun, an earlier phrase it shortens, an
apposition) find nothing, such a description is the last person named before it in its
paragraph, outside a quotation (a person named in an earlier paragraph is no longer in focus:
`Bundeskanzler Gerhard Schröder` … new paragraph … `wie der Bundeswahlleiter mitteilte`).

Only a definite singular noun phrase whose head is a noun of a person (a masculine noun of
an agent: `-er`, `-ent`, `-ist`, `-at`, a compound of `-chef` …, by the tagger's gender; a
feminine `-in`), never a function whose bearer is usually another person than the one in focus
(`der Sprecher`, `der Anwalt`, the bare `der Chef`; not `der Verwaltungschef`, session 21),
and never an office qualified by a country or body (`der italienische Innenminister`, `der
UN-Generalsekretär`): that names the holder of the office, whoever is in focus (on train 0:500
the person in focus was another one for 3 of the 5 resolved descriptions where it disagreed,
all with such a qualifier).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..doc import Doc, Mention
from ..geo.countries import country_of_adjective
from .speaker_records import Speaker, agreement, entity_of

#: definite articles of a singular person (nominative, genitive, dative, accusative)
_DEFINITE = frozenset({"der", "die", "des", "dem", "den"})
#: endings of masculine nouns of persons (agents, offices, nationalities, adjectives used as
#: nouns): `Sportler`, `Präsident`, `Journalist`, `Franzose`, `Soldat`, `Direktor`, `Regisseur`
_MASC_PERSON = re.compile(
    r"(?:er|ers|ent|ents|enten|ant|anten|ist|isten|or|ors|e|en|at|aten|eur|eurs|ling|lings|"
    r"chef|chefs)$"
)
#: feminine nouns of persons: `Ministerin`, `Sängerin`, `Französin`
_FEM_PERSON = re.compile(r"(?:in)$")
#: masculine heads that are no person though they end like one (`der Sender`, `der Konzern`)
_NOT_PERSON = re.compile(
    r"(?:sender|konzern|verband|verein|rat|senat|staat|vorstand|verlag|bericht|report|"
    r"computer|server|partner|rechner|hersteller|betreiber|anbieter|versicherer|"
    r"veranstalter|ausrichter|träger|käufer|verkäufer|investor|sponsor|kreis|ort|sektor|"
    r"monitor|reaktor|motor|direktorat|apparat|senator|kommentar|text|entwurf|gesetz|"
    r"name|wille|glaube|gedanke|friede|funke|same|buchstabe|beschluss|plan|vertrag|"
    r"haushalt|etat|flughafen|hafen|garten|laden|boden|wagen|zug|bahn|parlament|dokument|"
    r"argument|element|moment|prozent|instrument|transparent|fundament|regiment|kontinent|"
    r"testament|experiment|restaurant|diamant|elefant)s?$"
)
#: persons whose office makes them speak for someone else, usually not the person in focus
_OTHER_PERSON = re.compile(
    r"(?:sprecher|sprecherin|anwalt|anwältin|(?:^|straf|pflicht|wahl)verteidiger(?:in)?|ankläger|"
    r"staatsanwalt|richter|richterin|gutachter|arzt|ärztin|polizist|beamte|beamter|"
    r"vertreter|vertreterin|mitarbeiter|mitarbeiterin|angestellte|angestellter|"
    r"korrespondent|korrespondentin|reporter|reporterin|moderator|moderatorin|"
    r"zeuge|zeugin|augenzeuge|augenzeugin|opfer|täter|kollege|kollegin|gegner|gegnerin|"
    r"nachfolger|nachfolgerin|vorgänger|vorgängerin|herausforderer|herausforderin|"
    r"sohn|tochter|vater|mutter|bruder|schwester|frau|mann|ehefrau|ehemann|witwe|"
    r"freund|freundin)s?$|^(?:chef|chefin)s?$"
)  # (a defender in court, not on the pitch: `der Innenverteidiger` is the player in focus)


def focused_person(
    speaker: Speaker,
    words: list[str],
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    """The person in focus for an unlinked definite person description ``words`` (the speaker
    phrase at ``start``–``end``, after a cue noun's genitive: `Angaben des Leiters` -> `des
    Leiters`); ``speaker`` unchanged when the phrase is no such description or no person fits."""
    if speaker.entity is not None:
        return speaker
    if speaker.text != doc.text[start:end]:
        return speaker  # linked to an earlier unnamed phrase (`der Zeuge` -> `ein Augenzeuge`)
    gender = _person_gender(words, start, end, doc)
    if gender is None:
        return speaker
    accused = _accused_person(words, start, mentions, entity_spans, doc)
    if accused is not None:
        return Speaker(accused, speaker.text, "PERSON", gender, "Sing")
    found = _last_person(start, mentions, entity_spans, doc)
    if found is None:
        # `Die Athletin bestreitet die Vorwürfe.` opening a paragraph: the person the article
        # is about, when the words around her name tell the same gender; only a description
        # that is the phrase itself (not `Angaben der Ermittler`) and no age (`der
        # 58-Jährige` may be someone the article never names)
        phrase = doc.text[start:end].split()
        if phrase[0].lower() not in ("der", "die") or "jährig" in words[-1].lower():
            return speaker
        entity = _focus_of_gender(gender, start, mentions, entity_spans, doc)
        return Speaker(entity, speaker.text, "PERSON", gender, "Sing") if entity else speaker
    if not _fits(words, found, start, doc):
        return speaker
    return Speaker(found[0].entity, speaker.text, "PERSON", gender, "Sing")


#: tags of a title phrase before a name (`Die Langstreckenläuferin`, `der frühere Trainer`)
_TITLE_TAGS = frozenset({"ART", "ADJA", "NN"})


def _focus_of_gender(
    gender: str,
    start: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    doc: Doc,
) -> str | None:
    """The person named most often before ``start`` (outside quotations; the later one of
    equally frequent ones), at least twice, when a title phrase before one of the name's
    mentions has ``gender`` (`Die Langstreckenläuferin Svenja Morgenthal`); None otherwise
    (`Bürgermeister Karl Huber` named once is not who `Der Wahlleiter` is)."""
    named = most_named(start, "PERSON", mentions, entity_spans, doc)
    if named is None or named[1] < 2:
        return None  # named once in passing: no person the article is about
    best = named[0]
    genders = {
        _title_gender(m, doc)
        for m in mentions
        if m.end <= start and m.label == "PERSON" and entity_of(m, entity_spans) == best
    }
    return best if genders - {None} == {gender} else None


def most_named(
    start: int,
    label: str,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    doc: Doc,
    keep: Callable[[str, Mention], bool] = lambda entity, m: True,
) -> tuple[str, int] | None:
    """The entity of ``label`` named most often before ``start`` outside quotations (the
    later one of equally frequent ones) among those ``keep`` accepts, and how often; None
    when none is named."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for m in mentions:
        if m.end > start or m.label != label or in_open_quote(doc.text, m.start):
            continue
        entity = entity_of(m, entity_spans)
        if entity is not None and keep(entity, m):
            counts[entity] += 1
            last[entity] = m.start
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], last[k]))
    return best, counts[best]


def _title_gender(m: Mention, doc: Doc) -> str | None:
    """The gender of the title phrase right before the name ``m`` (`Die Langstreckenläuferin
    X`: Fem), None without one."""
    toks = [t for t in doc.tokens_in(max(0, m.start - 80), m.start) if t.end <= m.start]
    k = len(toks)
    while k > 0 and toks[k - 1].tag in _TITLE_TAGS and len(toks) - k < 4:
        k -= 1
    if k == len(toks) or toks[-1].tag != "NN":
        return None
    return agreement(doc, toks[k].start, m.end)[0]


def _fits(words: list[str], found: tuple[Speaker, int], start: int, doc: Doc) -> bool:
    """The person found may be the one the epithet re-mentions: a party member's epithet not
    after a name with another party in brackets (`Merz (CDU)` … `der SPD-Politiker`), an age
    not after the same age introduced without a name (`eine 83-Jährige` … `die 83-Jährige`)."""
    head = words[-1].strip(",.:;")
    after = doc.text[found[1] : found[1] + 12]
    party = re.match(r"\s*\(([^)]+)\)", after)
    prefix = head.split("-")[0]
    if party and "-" in head and not prefix.isdigit() and prefix != party.group(1).strip():
        # (`Haselsteiner (ÖVP)` … `die 49-Jährige`: an age, no party)
        return False
    age = re.match(r"(\d+)-[Jj]ährige", head)
    if age:
        unnamed = re.compile(rf"\b(?:[Ee]ine?[mnrs]?)\s+{age.group(1)}-[Jj]ährige")
        return unnamed.search(doc.text, 0, start) is None
    return True


def _person_gender(words: list[str], start: int, end: int, doc: Doc) -> str | None:
    """``Masc``/``Fem`` when ``words`` are a definite singular description of a person: an
    article, adjectives or numbers (`23-jährige`), and one capitalised head noun at the end."""
    clean = [w.strip(",.:;") for w in words]
    if len(clean) < 2 or clean[0].lower() not in _DEFINITE:
        return None
    head = clean[-1]
    word = head.split("-")[-1]  # `52-Jährige`: the noun after the number
    if not word[:1].isupper() or any(w[:1].isupper() for w in clean[1:-1]):
        return None
    if any(not re.fullmatch(r"[\wäöüß-]+", w) for w in clean):
        return None
    toks = [t for t in doc.tokens_in(start, end) if t.text.strip(",.:;")]
    nouns = [t for t in toks if t.tag in ("NN", "NE") or t.text.lower().endswith("jährige")]
    # (a genitive owner's head comes without its ending: `Meinung des SPD-Politikers`)
    if not nouns or nouns[-1].text not in (head, head + "s", head + "es"):
        return None
    # a hyphenated head (`CDU-Politiker`, `41-Jährige`) the tagger often reads as plural: the
    # article's number counts there
    first, second = (toks[0], nouns[-1]) if "-" in head else (nouns[-1], toks[0])
    number = first.feat("Number") or second.feat("Number")
    if number == "Plur":
        return None
    if _identifying(clean, start, end, doc):
        return None
    low = head.lower()
    if _NOT_PERSON.search(low) or _OTHER_PERSON.search(low):
        return None
    gender = nouns[-1].feat("Gender") or toks[0].feat("Gender")
    article = clean[0].lower()
    if low.endswith("jährige"):
        # an adjective of age used as a noun (`die 41-Jährige`, `der 52-Jährige`): the
        # article tells the gender
        return {"die": "Fem", "der": "Masc"}.get(article)
    if _FEM_PERSON.search(low) and article in ("die", "der") and gender in ("Fem", None):
        return "Fem" if article == "die" or gender == "Fem" else None
    if _MASC_PERSON.search(low) and article in ("der", "des", "dem", "den") and gender == "Masc":
        return "Masc"
    if (
        article == "der"
        and not _FEM_PERSON.search(low)
        and (any(_demonym_head(m, end) for m in doc.mentions) or _demonym_noun(head))
    ):
        return "Masc"  # `der Franzose` (the tagger may read it as feminine; `die Französin`)
    return None


def _demonym_noun(word: str) -> bool:
    """``word`` is a noun of a nationality the country table knows (`Portugiese`, `Schwede`),
    also where the recogniser tagged no NORP mention."""
    return word[:1].isupper() and country_of_adjective(word) is not None


def _demonym_head(m: Mention, end: int) -> bool:
    """``m`` is a demonym ending the description at ``end`` (`der Franzose`): the person named
    by a nationality, not a country qualifying an office (`der französische Minister`)."""
    return m.label == "NORP" and m.end == end and not m.text[:1].islower()


#: heads naming one member of a party or group, not an office (`der CDU-Politiker`)
_MEMBER = re.compile(r"-(?:politiker|politikerin|abgeordnete|abgeordneter|experte|expertin)$")
#: endings of adjectives of countries and peoples (`iranische`, `italienischen`, `französischer`)
_NATIONAL = re.compile(r"(?:isch|esisch|nisch)(?:e|en|er|es|em)$")


def _identifying(clean: list[str], start: int, end: int, doc: Doc) -> bool:
    """The description names its bearer by an office of a country or body (`Der italienische
    Innenminister`, `der US-Präsident`, `der UN-Generalsekretär`): it identifies a holder of
    that office whoever is in focus; a place or group mention inside the phrase, an adjective
    of a people or a head compounded with an abbreviation or a name."""
    if any(_NATIONAL.search(w.lower()) for w in clean[1:-1]):
        return True
    if any(
        m.label in ("NORP", "GPE", "ORG", "LOC")
        for m in doc.mentions
        if start <= m.start and m.end <= end and not _demonym_head(m, end)
    ):
        return True
    first = clean[-1].split("-")[0]
    if _MEMBER.search(clean[-1].lower()):
        return False  # `der CDU-Politiker`: one of many members, not the holder of an office
    return "-" in clean[-1] and (first.isupper() or _NATIONAL.search(first.lower()) is not None)


#: nouns of the accused in crime and court reports (`der Angeklagte`, `die Tatverdächtige`)
_ACCUSED = re.compile(r"(?:angeklagte|beschuldigte|verdächtige|festgenommene|inhaftierte)r?$")
#: a name whose family name the article gives as an initial (`Kevin R.`, `Dennis K.`)
_INITIAL_NAME = re.compile(r"\S+\s+[A-ZÄÖÜ]\.?$")


def _accused_person(
    words: list[str],
    start: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    doc: Doc,
) -> str | None:
    """`Der Angeklagte`, `die Beschuldigte`: the one person named before in the article with
    the family name cut to an initial (`Kevin R.`), as the German press code has it for suspects
    and defendants; also across paragraphs, and before the last person named (often the lawyer
    or the judge).  None when no such person, or more than one, was named."""
    if not _ACCUSED.search(words[-1].strip(",.:;").lower()):
        return None
    found: set[str] = set()
    for m in mentions:
        if m.end > start or m.label != "PERSON" or in_open_quote(doc.text, m.start):
            continue
        text = m.text + ("." if doc.text[m.end : m.end + 1] == "." else "")
        entity = entity_of(m, entity_spans)
        if entity is not None and _INITIAL_NAME.fullmatch(text):
            found.add(entity)
    return found.pop() if len(found) == 1 else None


def _last_person(
    start: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    doc: Doc,
) -> tuple[Speaker, int] | None:
    """The last person mention with an entity before ``start`` in its paragraph, outside a
    quotation, and the end of that mention."""
    para = doc.text.rfind("\n", 0, start) + 1
    for m in reversed([m for m in mentions if para <= m.start and m.end <= start]):
        if m.label != "PERSON" or in_open_quote(doc.text, m.start):
            continue
        entity = entity_of(m, entity_spans)
        if entity is not None:
            return Speaker(entity, m.text, "PERSON"), m.end
    return None


def in_open_quote(text: str, pos: int) -> bool:
    """``pos`` lies inside German quotation marks („…“) opened in its paragraph."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return before.count("„") > before.count("“")
