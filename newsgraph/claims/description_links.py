"""Descriptions that point back to an earlier noun phrase of the article (session 11).

A speaker phrase that is a bare definite description (`Die Forscher vermuten, …`, `Der Sprecher
teilte auch mit, …`, `sagte der 81-jährige`) and that the article never joins to a name (see
:func:`.speaker_references.described_entity`) repeats the head noun of an earlier noun phrase:
`Klimaforscher der University of Colorado haben … entdeckt. … Die Forscher vermuten …`, `sagte ein
Sprecher der Downing Street: … Der Sprecher teilte auch mit …`, `Der 81-jährige Besitzer eines
Hauses … sagte der 81-jährige`.  German news introduces such a source once with its attributes and
then shortens it to the article and the head (or the age).  :func:`earlier_phrase` finds the
nearest earlier noun whose word ends in the same head (a compound counts: `Klimaforscher` for
`Forscher`) and returns that phrase with its genitive attribute, with the entity of a person or
organisation named in it (`der University of Colorado`); without one, the phrase itself is the
speaker's fullest description (the article never names it) when it says more than the head
(an attribute, a compound of the head: `BWL-Student` for `Der Student`, or the noun after
an age); past an earlier bare repeat
of the head (`Der Student … der Student`) only a compound of it is looked for.  Texts (`der Bericht`, `die Studie`) are left to the
rules that find their issuer.

Only bare descriptions are read (an article, adjectives, one noun): a phrase with a name in it
names its speaker itself.  A plural head (`Die Forscher`) may point to a plural phrase only, a
singular head to a singular one when the morphology says so.

A nationality adjective and a noun of a state (`der mexikanische Staat`) name that country
(:func:`demonym_state`, session 20); a description whose attributes the phrase reader left out
names the person in apposition after them (`Die Obfrau der Grünen im Ausschuss, Miriam
Osterloh, nannte …`: :func:`apposed_person`, session 20); so does a later bare description of
such a phrase (`Die neue Direktorin der Kunsthalle, Miriam Okonkwo-Lenz, …` … `die Direktorin`,
session 21).

Names as written: a title with one part of a name the article gives in full (`General Sonthi`
after `Sonthi Boonyaratglin`, :func:`name_part_entity`), and the name at the head of a phrase
with two names (`X, Pressesprecher des Wahlkampfteams von Y`, :func:`head_name`).
:func:`link_unnamed` is the hook in :func:`.speakers.resolve_speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..doc import Doc, Mention, Token
from .lexicon import Lexicon
from .speaker_records import Speaker, entity_of
from .speaker_references import GENITIVE_ARTICLES, joins_head, word_forms

#: tags of a bare description: an article or demonstrative, adjectives, numbers, one noun
_DESCRIPTION_TAGS = frozenset({"ART", "PDAT", "ADJA", "ADJD", "CARD"})
#: the age as the head of a description (`der 81-Jährige`, `der 81-jährige`)
_AGE = re.compile(r"^(\d+)-[jJ]ährig")
#: articles of a genitive attribute after the head (`Experten des Kunsthistorischen Museums`)
#: words that join a head noun to a name after it (`Bank of England`, `Universität von X`)
_NAME_LINKS = frozenset(["of", "von"])
#: tags inside a genitive attribute's noun phrase
_ATTRIBUTE_INNER = frozenset({"ADJA", "NN", "NE", "FM", "CARD", "$("})
#: stems of nouns of texts and statements (also at the end of compounds: `Untersuchungsbericht`):
#: their issuer, not an earlier text, is the speaker
_TEXTS = (
    "text",
    "bericht",
    "rede",
    "resolution",
    "gesetz",
    "studie",
    "erklärung",
    "brief",
    "schreiben",
    "papier",
    "dokument",
    "urteil",
    "petition",
    "antrag",
    "entwurf",
    "mitteilung",
    "meldung",
    "artikel",
    "beschluss",
    "vertrag",
)
#: how far back (characters) a description may point
_REACH = 3000


def _head(toks: list[Token]) -> Token | None:
    """The head of a bare description (`Die Forscher`, `Der neue Sprecher`, `der 81-jährige`):
    its only noun, or an age written as an adjective or a noun; None for any other phrase."""
    if len(toks) < 2 or toks[0].tag not in ("ART", "PDAT"):
        return None
    if toks[0].text.lower() in ("ein", "eine", "einer", "eines", "einem", "einen"):
        return None  # an indefinite description introduces someone new
    *inner, last = toks[1:]
    if any(t.tag not in _DESCRIPTION_TAGS for t in inner):
        return None
    if last.tag == "NN" or _AGE.match(last.text):
        return last
    return None


def _matches(head: Token, tok: Token) -> bool:
    age = _AGE.match(head.text)
    if age:
        other = _AGE.match(tok.text)
        return other is not None and other.group(1) == age.group(1)
    return tok.tag == "NN" and joins_head(head.text, tok.text)


def _plural_of(own: Sequence[Token], toks: Sequence[Token], k: int) -> bool:
    """A singular masculine description (`der frühere Verteidigungsminister`) and an earlier
    noun after `die` (`Die Verteidigungsminister der Nato`): that one is plural, whatever
    number the tagger gave it (a masculine noun after `die` is plural; `-in` nouns aside)."""
    if not own or own[0].text.lower() not in ("der", "dem", "den", "des"):
        return False
    j = _before_attributes(toks, k)
    return j >= 0 and toks[j].text.lower() == "die" and not toks[k].text.endswith("in")


def _before_attributes(toks: Sequence[Token], k: int) -> int:
    """The index of the word before the noun at ``k`` and its adjectives or numbers (its
    determiner, when it has one), -1 at the start."""
    j = k - 1
    while j >= 0 and toks[j].tag in ("ADJA", "CARD"):
        j -= 1
    return j


def _agrees(head: Token, tok: Token) -> bool:
    """Number agreement when the morphology knows both (`Die Forscher` is no `Forscherin`)."""
    a, b = head.feat("Number"), tok.feat("Number")
    return not a or not b or a == b


def _phrase_end(toks: list[Token], k: int) -> int:
    """The index after the noun phrase whose head is at ``k``: the head (and a noun after an
    age: `81-jährige Besitzer`), then a genitive attribute (`des Kunsthistorischen Museums
    Wien`, `der University of Colorado`)."""
    end = k + 1
    if _AGE.match(toks[k].text) and end < len(toks) and toks[end].tag == "NN":
        end += 1
    name = end + 1 if end + 1 < len(toks) and toks[end].text in _NAME_LINKS else end
    while name < len(toks) and toks[name].tag in ("NE", "FM"):
        name += 1  # a name the recogniser missed: `Die Bank of England`
    if name > end and toks[name - 1].tag in ("NE", "FM"):
        return name
    if end < len(toks) and toks[end].text.lower() in GENITIVE_ARTICLES:
        j = end + 1
        while j < len(toks) and toks[j].tag in _ATTRIBUTE_INNER and j - end <= 6:
            j += 1
        if j > end + 1 and toks[j - 1].tag in ("NN", "NE", "FM"):
            end = j
    return end


def earlier_phrase(
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
) -> Speaker | None:
    """The earlier noun phrase that the bare description at ``start``–``end`` shortens (see the
    module doc): a Speaker with the entity of the person or organisation named in it, else
    with the phrase as its text; None when the phrase is no bare description or no earlier noun
    phrase has its head."""
    if lex.language != "de":
        return None
    own = doc.tokens_in(start, end)
    head = _head(own)
    if head is None or any(f.endswith(_TEXTS) for f in word_forms(head.text)):
        return None  # `der Bericht`, `die Studie`: a text, whose issuer is found elsewhere
    toks = doc.tokens
    first = doc.token_index_at(start)
    if first is None:
        return None
    k = first - 1
    repeated = False
    while k >= 0 and start - toks[k].start <= _REACH:
        tok = toks[k]
        if _matches(head, tok) and _agrees(head, tok) and not _plural_of(own, toks, k):
            stop = _phrase_end(toks, k)
            s, e = tok.start, toks[stop - 1].end
            if k > 0 and _AGE.match(tok.text) is None and toks[k - 1].tag in ("ADJA", "CARD"):
                s = toks[k - 1].start  # `81-jährige Besitzer`: the age before the head
            named = [m for m in mentions if m.label in ("PERSON", "ORG") and s <= m.start < e]
            if named:
                m = min(named, key=lambda m: (m.label != "PERSON", m.start))
                return Speaker(entity_of(m, entity_spans), m.text, m.label)
            apposed = (
                None
                if _attribute_noun(toks, k)
                else _apposition_at(stop, doc, mentions, entity_spans)
            )
            if apposed is not None:
                return apposed  # `Die neue Direktorin der Kunsthalle, Miriam X, …`
            if repeated and not _compound_of(head, tok):
                k -= 1  # past a bare repeat only a compound or a phrase that names someone
                continue
            if stop - k >= 2 or s < tok.start or _compound_of(head, tok):
                return Speaker(None, doc.text[s:e])  # (an adjective before it says more too)
            # the bare noun again (`Der Student`) tells nothing more; the source may have been
            # introduced further back by a compound of the head (`ein 26-jähriger BWL-Student`)
            repeated = True
        k -= 1
    return None


def _attribute_noun(toks: Sequence[Token], k: int) -> bool:
    """The noun at ``k`` is the genitive attribute of a noun before it (`Der Sprecher der
    Polizei von Berlin, Hans Müller`): a name in apposition after it belongs to that noun."""
    j = _before_attributes(toks, k)
    return j > 0 and toks[j].tag in ("ART", "PPOSAT") and toks[j - 1].tag in ("NN", "NE")


def _compound_of(head: Token, tok: Token) -> bool:
    """The earlier noun is a compound of the head (`BWL-Student`, `Augenzeuge`,
    `Oberlandesgerichts` for `Student`, `Zeugen`, `Gericht`): it says more than the head."""
    return len(tok.text) > len(head.text) + 2 and tok.text[:3].lower() != head.text[:3].lower()


def name_part_entity(
    speaker: Speaker,
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
) -> Speaker:
    """A speaker phrase without an entity that writes one part of a name the article gives in
    full (`General Sonthi` after `General Sonthi Boonyaratglin`, `Ministerin Berger` after
    `Anna Berger`; the recogniser missed the short form): the entity of that name, when the
    word belongs to the name of exactly one person or organisation."""
    if speaker.entity is not None or lex.language != "de":
        return speaker
    toks = doc.tokens_in(start, end)
    if not 2 <= len(toks) <= 3 or toks[-1].tag != "NE" or len(toks[-1].text) < 3:
        return speaker  # a title or role, then the name: `General Sonthi`
    word = toks[-1].text
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "PERSON" or m.end > start:
            continue
        entity = entity_of(m, entity_spans)
        if entity is not None and word in m.text.split():
            found.setdefault(entity, m)
    if len(found) != 1:
        return speaker
    entity, m = next(iter(found.items()))
    return replace(speaker, entity=entity, label=m.label)


#: tags that may stand before the name at the head of a speaker phrase: articles, adjectives,
#: titles (`Kanzlerkandidatin Angela X`) and a cue noun with its owner's article (`Angaben des
#: stellvertretenden Gouverneurs Nasser X`)
_BEFORE_HEAD_NAME = frozenset({"ART", "ADJA", "NN", "PPOSAT", "$("})


#: words after the head name that open its attribute, apposition or a second speaker
_AFTER_HEAD_NAME = frozenset([",", "vom", "von", "der", "des", "sowie", "und", "("])


def head_name(
    speaker: Speaker,
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    """The person named at the head of a speaker phrase, not one in its attributes: `Sergei X,
    Pressesprecher des Wahlkampfteams von Aljaksandr Y` is X (the phrase's entity was the longer
    name Y), `Theo X vom Bankhaus Y Z` is X, `Kanzlerkandidatin Angela X sowie CSU-Vorsitzender
    Edmund Y` is X (the first of two).  Only titles, articles and adjectives may stand before
    the head name, and an attribute, an apposition or a second speaker must follow it (in
    `Merkels Sprecher Ulrich X` the genitive before the title is no head)."""
    if speaker.entity is None:
        return speaker
    toks = doc.tokens_in(start, end)
    h = next((i for i, t in enumerate(toks) if t.tag == "NE"), None)
    if h is None or any(t.tag not in _BEFORE_HEAD_NAME for t in toks[:h]):
        return speaker
    named = [m for m in mentions if m.start <= toks[h].start < m.end]
    if not named:
        return speaker
    m = named[0]
    entity = entity_of(m, entity_spans)
    if m.label != "PERSON" or entity is None or entity == speaker.entity:
        return speaker
    after = next((t for t in toks if t.start >= m.end), None)
    if after is None or after.text.lower() not in _AFTER_HEAD_NAME:
        return speaker  # `Merkels Sprecher Ulrich X`: a genitive before the head
    return replace(speaker, entity=entity, label="PERSON")


def link_unnamed(
    speaker: Speaker,
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
) -> Speaker:
    """A speaker phrase without an entity, linked by its words: one part of a name given in
    full (:func:`name_part_entity`), else the earlier noun phrase a bare description shortens
    (:func:`earlier_phrase`; the phrase as written stays the text when that names an entity)."""
    if lex.language != "de":
        return speaker  # German tags and grammar
    if speaker.entity is not None:
        return head_name(speaker, start, end, doc, mentions, entity_spans)
    linked = name_part_entity(speaker, start, end, doc, mentions, entity_spans, lex)
    if linked.entity is not None:
        return linked
    apposed = apposed_person(start, end, doc, mentions, entity_spans)
    if apposed is not None:
        return replace(apposed, text=speaker.text)
    state = demonym_state(speaker, start, end, doc)
    if state is not None:
        return state
    found = earlier_phrase(start, end, doc, mentions, entity_spans, lex)
    if found is None:
        return speaker
    return replace(found, text=speaker.text) if found.entity else found


#: nouns that, after a nationality adjective alone, name the state itself (`der mexikanische
#: Staat`, `das russische Staatswesen` is no such phrase)
_STATE_NOUNS = frozenset({"staat", "land", "republik", "königreich"})


def demonym_state(speaker: Speaker, start: int, end: int, doc: Doc) -> Speaker | None:
    """`der mexikanische Staat`, `das südkoreanische Land`: a determiner, a nationality
    adjective and a noun of a state name the country of the adjective when the article names
    that country (the GPE entity with the nationality's ISO code); else None."""
    toks = list(doc.tokens_in(start, end))
    if len(toks) != 3 or toks[0].pos != "DET" or toks[2].text.lower() not in _STATE_NOUNS:
        return None
    ents = doc.article.entities
    norp = next(
        (e for e in ents if e.type == "NORP" and any(m.start == toks[1].start for m in e.mentions)),
        None,
    )
    code = norp.ids.get("iso3") if norp is not None else None
    state = next((e for e in ents if e.type == "GPE" and code and e.ids.get("iso3") == code), None)
    if state is None:
        return None
    return Speaker(state.id, speaker.text, "GPE", speaker.gender, speaker.number)


#: tags of the attributes between a description and the name in apposition after them
_APPOSITION_GAP = frozenset({"ART", "NN", "NE", "ADJA", "APPR", "APPRART", "CARD", "PPOSAT"})


def apposed_person(
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`Die Obfrau der Grünen im Ausschuss, Miriam Osterloh, nannte …`: a definite description
    whose phrase stopped before its attributes names the person in the apposition after them
    (at most eight words of noun phrases, a comma, a person's name and a comma)."""
    toks = doc.tokens
    first = doc.token_index_at(start)
    k = doc.token_index_at(end - 1)
    if first is None or k is None or toks[first].tag not in ("ART", "PDAT"):
        return None
    j = k + 1
    while j < len(toks) and j - k <= 8 and toks[j].tag in _APPOSITION_GAP:
        j += 1
    return _apposition_at(j, doc, mentions, entity_spans)


def _apposition_at(
    j: int, doc: Doc, mentions: list[Mention], entity_spans: list[tuple[int, int, str, str]]
) -> Speaker | None:
    """The person named between the comma at token ``j`` and the comma after the name."""
    toks = doc.tokens
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    m = next((m for m in mentions if m.start == toks[j + 1].start and m.label == "PERSON"), None)
    last = doc.token_index_at(m.end - 1) if m is not None else None
    if m is None or last is None or last + 1 >= len(toks) or toks[last + 1].text != ",":
        return None
    return Speaker(entity_of(m, entity_spans), m.text, "PERSON")
