"""Speaker records and the entity of a mention, shared by the German speaker resolution
(:mod:`.speakers`) and the English one (:mod:`.english_discourse`).

A :class:`Speaker` is what a claim's speaker phrase resolves to: the entity id when the phrase
names (or refers to) an entity of the article, the text as written, the mention label, and the
grammatical gender and number of the phrase that pronoun resolution agrees with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Doc, Mention, Token

#: which mention inside a speaker phrase names the speaker: persons before organisations …
LABEL_RANK = {"PERSON": 0, "ORG": 1, "NORP": 2, "GPE": 3, "LOC": 4, "MISC": 5}


@dataclass(frozen=True)
class Speaker:
    entity: str | None
    text: str | None
    label: str | None = None
    #: grammatical gender and number of the phrase (``Masc``/``Fem``/``Neut``, ``Sing``/``Plur``)
    gender: str | None = None
    number: str | None = None


def entity_spans_of(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Every mention of every entity of the article as (start, end, entity id, type)."""
    spans: list[tuple[int, int, str, str]] = []
    for ent in doc.article.entities:
        for m in ent.mentions:
            spans.append((m.start, m.end, ent.id, ent.type))
    return spans


def entity_of(m: Mention, entity_spans: list[tuple[int, int, str, str]]) -> str | None:
    """The entity of a mention: its own, else the entity with a mention span that holds it or
    that it holds."""
    if m.entity:
        return m.entity
    for s, e, eid, _ in entity_spans:
        if s <= m.start and m.end <= e or m.start <= s and e <= m.end:
            return eid
    return None


#: `von X verbreiteten`: the agent of an attributive participle of passing a text on (`einer
#: von der Agentur KCNA verbreiteten Erklärung des Ministeriums`)
_DISTRIBUTING = re.compile(
    r"\b(?:von|vom)\s+(?P<agent>[^,;:]+?)\s+(?:verbreitet|veröffentlicht|übermittelt|gemeldet|"
    r"zitiert|übernommen|ausgestrahlt|gesendet)(?:e|en|er|es|em)\b"
)


#: words in a `von` agent that make it a medium passing a text on (not the text's issuer)
_MEDIA_HINTS = (
    "agentur",
    "zeitung",
    "magazin",
    "sender",
    "rundfunk",
    "fernsehen",
    "portal",
    "blatt",
    "kcna",
    "xinhua",
    "tass",
    "dpa",
    "afp",
    "reuters",
    "yonhap",
    "interfax",
    "ria ",
    "belta",
)


def distributing_agent(phrase: str) -> tuple[int, int] | None:
    """Offsets in ``phrase`` of the medium that passed the text on, when the phrase names a
    text by an attributive participle with a `von` agent (`einer von der Agentur KCNA
    verbreiteten Erklärung des Ministeriums` -> `der Agentur KCNA`), else None."""
    m = _DISTRIBUTING.search(phrase)
    if m is None or not phrase[m.end() :].strip()[:1].isupper():
        return None  # the participle must stand before the text's noun
    agent = m.group("agent").lower()
    if not any(w in agent for w in _MEDIA_HINTS):
        return None  # `einer von der Bundesbank veröffentlichten Studie`: the issuer
    return m.start("agent"), m.end("agent")


def mention_speaker(
    s: int,
    e: int,
    text: str,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    """The speaker phrase ``text`` at ``s``–``e`` as written, with the entity of the mention in it
    that ranks first (a person before an organisation …; the longer of two of one label)."""
    agent = distributing_agent(text)
    inside = [
        m
        for m in mentions
        if s <= m.start
        and m.end <= e
        and _may_name(m, s, e, text)
        and (_entity_type(m, entity_spans) not in _PLACES or _whole(m.start, m.end, s, e, text))
        # the medium that passed the text on is no speaker (`einer von KCNA verbreiteten
        # Erklärung des Ministeriums`: the ministry's)
        and not (agent is not None and s + agent[0] <= m.start and m.end <= s + agent[1])
    ]
    if inside:
        best = min(inside, key=_rank)
        closing = [m for m in inside if m.label == "ORG" and _closing_abbreviation(m, s, e, text)]
        opening = best.label == "ORG" and _opens_phrase(best, s, text)
        if best.label == "ORG" and closing and not opening:
            # `Die Mission der Vereinten Nationen im Sudan (UNMIS)`: the abbreviation at the
            # end names the whole phrase, not the organisation in its genitive (a name that
            # opens the phrase is its own: `Die Bundesvereinigung … (ABDA)`)
            best = closing[0]
        return Speaker(entity_of(best, entity_spans), text, best.label)
    spans = [
        x
        for x in entity_spans
        if s <= x[0]
        and x[1] <= e
        and (not _attribute(x[3], text[x[0] - s : x[1] - s]) or _whole(x[0], x[1], s, e, text))
        and not (agent is not None and s + agent[0] <= x[0] and x[1] <= s + agent[1])
    ]
    if spans:
        best_span = min(spans, key=lambda x: (LABEL_RANK.get(x[3], 9), x[0] - x[1]))
        return Speaker(best_span[2], text, best_span[3])
    return Speaker(None, text)


def _opens_phrase(m: Mention, s: int, text: str) -> bool:
    """The mention is the phrase's own name, right after its article (`Die Bundesvereinigung
    Deutscher Apothekerverbände (ABDA)`): the abbreviation after it only repeats it."""
    return text[: m.start - s].strip().lower() in ("", "der", "die", "das", "des", "dem", "den")


def _closing_abbreviation(m: Mention, s: int, e: int, text: str) -> bool:
    """The mention is the abbreviation in parentheses that closes the phrase at ``s``–``e``, the
    phrase's only parenthesis (`… im Sudan (UNMIS)`)."""
    before = text[: m.start - s].rstrip()
    after = text[m.end - s :].strip()
    # one parenthesis only: `des Fonds (MIF) der Bank (IADB)` abbreviates the parts
    return m.text.isupper() and before.endswith("(") and after == ")" and text.count("(") == 1


def _rank(m: Mention) -> tuple[int, bool, int, int]:
    """Persons before organisations …; a name written in the phrase before a description the
    resolve stage linked to someone (`Die Haushaltspolitikerin …, Anja Hajduk`: the
    description may have been tied to another politician); of two persons the longer name; of
    two organisations the first, which the other qualifies as its genitive owner (`des
    Investitionsfonds MIF der Entwicklungsbank IADB`; a person's genitive comes first:
    `Spectors Verteidiger X`)."""
    first = m.start if m.label == "ORG" else 0
    return LABEL_RANK.get(m.label, 9), m.source == "coref", first, -(m.end - m.start)


def _entity_type(m: Mention, entity_spans: list[tuple[int, int, str, str]]) -> str | None:
    """The type of the entity a mention belongs to (`Bundesrepublik Deutschland` read as an
    organisation is the country of `Deutschland`)."""
    entity = entity_of(m, entity_spans)
    return next((x[3] for x in entity_spans if x[2] == entity), None) if entity else None


#: labels of places: a place names the speaker only as the whole phrase (`Russland erklärte`),
#: not as an attribute of it (`die Polizei in Berlin`, `South Korea's spy agency`)
_PLACES = frozenset({"GPE", "LOC"})
#: words that may stand around a place that is the whole speaker phrase
_FRAME_WORDS = frozenset({"the", "der", "die", "das", "des", "dem", "den"})


def _may_name(m: Mention, s: int, e: int, text: str) -> bool:
    """A mention inside the speaker phrase may name the speaker: a person or an organisation
    anywhere in it (`Kremlin spokesman Dmitry Peskov`, `ein Sprecher der Polizei`), a place or
    an adjective of a group only when it is the whole phrase."""
    return not _attribute(m.label, m.text) or _whole(m.start, m.end, s, e, text)


def _attribute(label: str, written: str) -> bool:
    """A place, or a group written as an adjective (`der italienischen Behörde`, `einer
    norwegischen Studie`): an attribute of the speaker, not its name."""
    adjective = written[:1].islower() or written.lower().endswith(_ADJECTIVE_ENDINGS)
    return label in _PLACES or label == "NORP" and adjective


#: endings of adjectives of groups also when capitalised at a sentence start
#: (`Italienische Behörden teilten mit`; not the nouns `Italiener`, `Deutsche`)
_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem")


def _whole(ms: int, me: int, s: int, e: int, text: str) -> bool:
    """The mention at ``ms``–``me`` is the phrase ``text`` (at ``s``–``e``) but for an article
    and punctuation around it."""
    rest = (text[: ms - s] + " " + text[me - s :]).replace(",", " ").split()
    return all(w.lower() in _FRAME_WORDS for w in rest)


#: conjunctions that join two speakers into one plural subject
JOINING = frozenset({"und", "sowie"})
#: tags that open the second of two coordinated noun phrases
_SECOND_NP_TAGS = frozenset({"ART", "PPOSAT", "NE", "NN"})


def _coordinated(toks: list[Token]) -> bool:
    """The phrase joins two speakers (`Peter Weber und Anna Schmidt`, `die Gewerkschaft und
    der Arbeitgeberverband`, `Polizei und Staatsanwaltschaft`): `und`/`sowie` before a new
    noun phrase, not inside a prepositional attribute (`der Minister für Arbeit und
    Soziales`) and not between two genitives (`der Chef der Polizei und der Feuerwehr`)."""
    for k, tok in enumerate(toks[1:-1], start=1):
        if tok.tag in ("APPR", "APPRART") or tok.text in (",", "(") or tok.pos == "ADP":
            return False
        if tok.text.lower() not in JOINING:
            continue
        prev, nxt = toks[k - 1], toks[k + 1]
        if nxt.feat("Case") == "Gen" or nxt.text.lower() in ("des", "eines"):
            return False
        if prev.tag == "NE":
            return nxt.tag in _SECOND_NP_TAGS  # a name, then a second speaker
        if prev.tag == "NN" and nxt.tag in ("ART", "PPOSAT"):
            return True  # `die Gewerkschaft und der Arbeitgeberverband`
        # two bare nouns only as the whole phrase (`Polizei und Staatsanwaltschaft`); titles
        # before one name are one person (`Vizekanzler und Arbeitsminister Franz Müntefering`)
        return prev.tag == "NN" and nxt.tag == "NN" and k + 2 == len(toks)
    return False


def agreement(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """Gender and number of a phrase from the nlp morphology of its first article or noun
    (`die Ministerin`: Fem Sing, `die Gewerkschaften`: Plur), else unknown; two coordinated
    speakers are plural (`X und Y`: `Sie sagten` refers back to both)."""
    toks = list(doc.tokens_in(start, end))
    if _coordinated(toks):
        return None, "Plur"
    if len(toks) >= 2 and toks[-1].text.lower().endswith("jährige"):
        # `die 52-Jährige`, `der 41-Jährige`: the article tells the gender of an adjective of
        # age used as a noun (the tagger guesses)
        found = {"die": "Fem", "der": "Masc"}.get(toks[0].text.lower())
        if found is not None:
            return found, "Sing"
    for k, tok in enumerate(toks):
        if (
            tok.pos == "NOUN"
            and _ADJECTIVAL_NOUN.search(tok.text)
            and (k == 0 or toks[k - 1].text.lower() in _UNINFLECTING)
            and k + 1 < len(toks)
            and toks[k + 1].pos == "PROPN"
        ):
            # `Dessen Vorsitzende Sabine Kötter`, `Ihre Vorsitzende Claudia Berendsen`,
            # `Abgeordnete Anna Voß`: without an inflected article a man is `Vorsitzender`;
            # the tagger guesses the gender of such nouns
            return "Fem", "Sing"
        if (tok.pos == "NOUN" or tok.pos == "PROPN" and "-" in tok.text) and _FEMININE_TITLE.search(
            tok.text
        ):
            # `Staatsanwältin`, `Sprecherin`, `Politikerinnen`: the suffix says it (the tagger
            # reads some of them as masculine, and a compound with a name as a name:
            # `UNICEF-Regionaldirektorin`)
            return "Fem", "Plur" if tok.text.endswith("innen") else "Sing"
        if tok.text.lower() in _UNINFLECTING and k + 1 < len(toks) and toks[k + 1].pos == "NOUN":
            # `Dessen Vorsitzende`: the genitive agrees with the possessor; `Ihre Vorsitzende
            # X`: the noun tells (the morphology guesses the possessive's gender)
            continue
        if tok.pos == "NOUN" and k + 1 < len(toks) and toks[k + 1].pos == "PROPN":
            # `Kulturamtsleiter Jürgen Haller`: a title right before a name is that one
            # person's (the morphology may read a noun in `-er` as a plural)
            return tok.feat("Gender"), "Sing"
        if tok.pos == "DET" and tok.text.lower() == "der" and tok.feat("Case") == "Nom":
            # `Der Stuttgarter Ingenieur X`: a nominative `der` is masculine (the morphology
            # may give it the gender of the feminine dative or genitive `der`)
            return "Masc", "Sing"
        if tok.pos in ("DET", "NOUN", "PRON") and (tok.feat("Gender") or tok.feat("Number")):
            return tok.feat("Gender"), tok.feat("Number")
        if tok.pos == "PROPN":
            break  # a name: its gender is not in the morphology (nor reliably a given name's)
    return None, None


#: determiners after which a noun made of an adjective ends in `-e` only in the feminine
#: singular before a name (a man is `ihr Vorsitzender`)
_UNINFLECTING = frozenset({"dessen", "deren", "ihre", "seine", "unsere", "eure"})
#: nouns made of adjectives and participles (`Vorsitzende`, `Abgeordnete`, `Angeklagte`,
#: `Angestellte`, `Beauftragte`, `Delegierte`, `Verdächtige`, `Betroffene`, `Vertraute`)
_ADJECTIVAL_NOUN = re.compile(r"(?:nde|ete|gte|llte|ierte|ndte|ige|ene|nnte|aute)$")
#: a name word in a regular expression (`Reuters`, `Al-Dschasira`, `O’Brien`)
NAME_PATTERN = r"[A-ZÄÖÜ][\w'’]*(?:-[A-ZÄÖÜa-zäöü][\w'’]*)*"
#: endings of feminine person nouns (`Ministerin`, `Anwältin`, `Präsidentin`, `Chefin`,
#: `Polizistin`, `Direktorin`, `Soziologin`, `Kollegin`, `Beamtin`; plural `-innen`)
_FEMININE_TITLE = re.compile(
    r"(?:erin|istin|entin|antin|ärin|ältin|ärztin|chefin|eurin|orin|ogin|egin|amtin)(?:nen)?$"
)
