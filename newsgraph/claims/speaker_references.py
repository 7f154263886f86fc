"""Speaker phrases that name their speaker elsewhere in the article (session 10).

**Possessive source phrases**: `seiner Meinung nach`, `laut ihren Angaben`, `nach dessen
Worten`, `nach eigenen Angaben`.  The claims stage reads such a phrase as the speaker phrase of
a claim (`Seiner Meinung nach sei der Plan falsch`); the entity behind it is whom the possessive
points to.  `sein`/`ihr`/`dessen`/`deren` point back like a pronoun (:func:`possessive_pronoun`
gives the pronoun that :func:`.speakers._pronoun` resolves); `eigen` points to the subject of its
own clause (`Die Feuerwehr hat nach eigenen Angaben die Hälfte abgesucht`: :func:`own_subject`).

**Definite descriptions**: `Die Umweltschutzorganisation teilte mit, …` names no one, but the
article says elsewhere `die Umweltschutzorganisation WWF`; `Der Bundespräsident konstatierte …`
is the `Bundespräsident Köhler` of the next sentence; `Die Aktivistin sagte …` the `Hilda Morales,
eine Aktivistin …` introduced before.  :func:`described_entity` finds the person or organisation
mention that the article joins to the description's head noun: the noun right before the name
(`Bundespräsident Köhler`, `der Umweltschutzorganisation WWF`) or in an apposition right after it
(`X, Aktivistin der …`, `X, eine Aktivistin`; not a relative clause: `X, der die Organisation
gegründet hat`).  The nearest such mention before the description wins; one after it counts
only in the same paragraph (news often names a person one sentence after introducing the role:
`Der Bundespräsident … . Köhler warb …`).  Without such a mention the description stays
unresolved (a guess by type alone lowered the measured accuracy).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Mention, Token
from .datelines import dateline_length
from .lexicon import Lexicon
from .speaker_records import Speaker, entity_of
from .token_view import FINITE_TAGS

_OWN = frozenset(["eigenen", "eigener", "eigene", "eigenem", "own"])
#: tags of a noun phrase that can be the subject before the finite verb
_NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PDAT", "PIAT", "CARD", "APPRART", "$("})


#: prepositions of the topic after a cue noun (`seine Meinung zu …`, `ihre Ansicht über …`)
_TOPIC_PREPS = frozenset({"zu", "zum", "zur", "über"})


def possessive_pronoun(words: list[str], lex: Lexicon) -> str | None:
    """The pronoun a possessive source phrase stands for (`seiner Meinung` -> ``sein``, `ihren
    Angaben` -> ``sie``), ``own`` for `eigenen Angaben`, None for any other phrase.  The rest
    of the phrase must be a cue noun (no name: `seine Frau Anna` is a person, not a source),
    which a topic may follow (`Seine Meinung zu Kirchhoff`: his, not Kirchhoff's)."""
    topic = next((k for k, w in enumerate(words) if k >= 2 and w.lower() in _TOPIC_PREPS), None)
    if topic is not None and lex.is_cue_noun(words[topic - 1].strip(",.")):
        words = words[:topic]
    if len(words) < 2 or not lex.is_cue_noun(words[-1].strip(",.")):
        return None
    if any(w[:1].isupper() for w in words[1:-1]):
        return None
    first = words[0].lower()
    if first in _OWN:
        return "own"
    if first not in lex.possessives or lex.language != "de":
        return None
    return "sein" if first.startswith("sein") or first == "dessen" else "sie"


def own_subject(
    doc: Doc,
    start: int,
    end: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The subject of the clause that holds `nach eigenen Angaben` (``start``-``end``): in a
    subordinate clause the noun phrase after the subordinator (`…, dass die Feuerwehr nach
    eigenen Angaben …`); in a main clause the noun phrase before the finite verb (`Die Feuerwehr
    hat nach eigenen Angaben …`), else the one right after it (`Bislang hat die Feuerwehr nach
    eigenen Angaben …`, `Nach eigenen Angaben hat die Feuerwehr …`)."""
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    toks = [t for t in doc.tokens_in(sent.start, start) if t.start < start]
    toks = toks[dateline_length(toks) :]  # `Teheran (AFP) - Die Garden haben nach eigenen …`
    # its own clause: after the last comma, a subordinate clause's subject follows its
    # subordinator (`…, dass die Feuerwehr nach eigenen Angaben …`)
    comma = max((i for i, t in enumerate(toks) if t.text in (",", ";", ":")), default=-1)
    toks = toks[comma + 1 :]
    if toks and toks[0].tag in ("KOUS", "KOUI", "PRELS", "PWAV"):
        return _speaker_of(doc, _noun_phrase(toks[1:], middle_field=True), mentions, entity_spans)
    if not toks or toks[-1].tag in ("APPR", "APPRART") and len(toks) == 1:
        # the phrase opens the sentence: the subject follows the finite verb after it
        toks = doc.tokens_in(end, sent.end)
        while toks and toks[0].tag in ("APPO", "$,"):  # `Eigenen Angaben zufolge hat …`
            toks = toks[1:]
    verb = next((i for i, t in enumerate(toks) if t.tag in FINITE_TAGS), None)
    if verb is None:
        return None
    phrase = _noun_phrase(toks[:verb])
    if phrase is None:
        phrase = _noun_phrase(toks[verb + 1 :], middle_field=True)
    return _speaker_of(doc, phrase, mentions, entity_spans)


def _speaker_of(
    doc: Doc,
    phrase: list[Token] | None,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    if phrase is None:
        return None
    s, e = phrase[0].start, phrase[-1].end
    # a name may run past the phrase, which ends after its first noun in the middle field
    # (`erhielt das Bundesamt für Verfassungsschutz nach eigenen Angaben …`)
    # not an adjective before the head (`Die iranischen Revolutionsgarden`: no demonym entity)
    inside = [m for m in mentions if s <= m.start < e and not m.text[:1].islower()]
    label = inside[0].label if inside else None
    entity = entity_of(inside[0], entity_spans) if inside else None
    return Speaker(entity, doc.text[s:e], label)


def _noun_phrase(toks: list[Token], middle_field: bool = False) -> list[Token] | None:
    """The leading run of ``toks`` that is a noun phrase with a noun or a name in it.  In the
    middle field (after the finite verb) it ends after its first noun, names after a name going
    on (`Peter Müller`): an object may follow the subject there (`hat die Polizei Peter Müller
    festgenommen`); the Vorfeld holds one constituent (`Der Konzern Siemens hat …`)."""
    run: list[Token] = []
    for t in toks:
        # `Wirtschafts-` (tagged TRUNC or as punctuation) and the `und` after it
        truncated = len(t.text) > 2 and t.text.endswith("-") and t.text[0].isupper()
        truncated = truncated or t.tag == "KON" and bool(run) and run[-1].text.endswith("-")
        if t.tag not in _NP_TAGS and not truncated:
            break  # (`Die Wirtschafts- und Korruptionsstaatsanwaltschaft`: one noun)
        head = next((r for r in run if r.tag in ("NN", "NE")), None)
        name_goes_on = head is not None and head.tag == "NE" and t.tag == "NE" == run[-1].tag
        if middle_field and head is not None and not name_goes_on:
            break
        run.append(t)
    if not run or not any(t.tag in ("NN", "NE") for t in run) or run[0].tag == "APPRART":
        return None
    return run


#: tokens after a name that may stand between it and an apposition's head noun
_APPOSITION_LEAD = frozenset(
    [
        "ein",
        "eine",
        "einer",
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "seit",
        "bisher",
        "damals",
        "ehemalige",
        "ehemaliger",
        "ehemaligen",
        "frühere",
        "früherer",
        "früheren",
    ]
)


#: a comma and a relative pronoun open a relative clause, not an apposition (`Hans Meier, der
#: die Organisation gegründet hat`)
_RELATIVE = frozenset({"PRELS", "PRELAT", "PWS", "PWAV"})


@lru_cache(maxsize=4096)
def word_forms(word: str) -> frozenset[str]:
    """The word and its stems without an inflection ending, to compare heads: `Konzerns` and
    `Konzern` both give ``konzern``, `Organisationen` gives ``organisation``."""
    low = word.lower().strip("„“\"'.,")
    out = {low}
    for ending in ("innen", "en", "es", "s", "n"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            out.add(low[: -len(ending)])
    return frozenset(out)


def joins_head(head: str, word: str) -> bool:
    """``word`` is the head noun or a compound ending in it (`Umweltschutzorganisation` for
    `Organisation`, `Gesundheitskonzern` for `des Konzerns`; not the other way round)."""
    heads = [h for h in word_forms(head) if len(h) >= 4]
    return any(w.endswith(h) for w in word_forms(word) for h in heads)


#: tags that may stand between an apposition's head noun and the comma before the name: its
#: attributes (`dem iranischen Vize-Außenminister für internationale Beziehungen, Abbas X`)
_ATTRIBUTE_TAGS = frozenset(
    {"NN", "NE", "ADJA", "ART", "APPR", "APPRART", "CARD", "FM", "TRUNC", "PPOSAT", "PIAT", "$("}
)
#: tags that open an attribute after a noun (a prepositional phrase or a genitive)
_ATTRIBUTE_OPENERS = frozenset({"APPR", "APPRART", "ART"})
#: tags between a noun and the article of its noun phrase
_NP_INNER_TAGS = frozenset({"ADJA", "ADJD", "ART", "PPOSAT", "PIAT", "CARD", "ADV", "$("})
#: articles of a genitive attribute after a noun (`der Sprecher der Polizei`)
GENITIVE_ARTICLES = frozenset(["des", "der", "eines", "einer"])
#: articles that open a description rather than a name (`der Chefredakteur` as a mention)
_ARTICLES = frozenset(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"])


def _skip_quotes(toks: list[Token], k: int, step: int) -> int:
    """``k`` moved past quotation marks and brackets (`der Hilfsorganisation „Ärzte …“`)."""
    while 0 <= k < len(toks) and toks[k].tag == "$(" and toks[k].text not in ("(", ")"):
        k += step
    return k


def _head_before_comma(head: str, toks: list[Token], comma: int) -> bool:
    """The noun phrase before the comma at ``comma`` has the head noun ``head`` with attributes
    after it (`dem iranischen Vize-Außenminister für internationale Beziehungen, Abbas X`,
    `Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja X`); the noun is the head of its
    own phrase, not a genitive attribute of a noun before it (`der Sprecher der Polizei von
    Berlin, Hans X` is no `Polizei`; `traf die Kanzlerin den Minister für …, X` is a
    `Minister`)."""
    k = comma - 1
    while k >= 0 and comma - k <= 8 and toks[k].tag in _ATTRIBUTE_TAGS:
        tok = toks[k]
        if tok.tag == "NN" and joins_head(head, tok.text):
            if toks[k + 1].tag not in _ATTRIBUTE_OPENERS:
                return False  # right before the comma: `der Polizei, X` (handled as a lead)
            b = k - 1
            while b >= 0 and toks[b].tag in _NP_INNER_TAGS:
                b -= 1
            article = toks[b + 1].text.lower() if toks[b + 1].tag == "ART" else None
            attribute = article is None or article in GENITIVE_ARTICLES
            return b < 0 or toks[b].tag not in ("NN", "NE") or not attribute
        k -= 1
    return False


#: key of the per-document cache of :func:`_name_occurrences` in ``Doc.layers``
_OCCURRENCES = "claims.name_occurrences"


def _name_occurrences(
    doc: Doc, mentions: list[Mention], entity_spans: list[tuple[int, int, str, str]]
) -> list[Mention]:
    """The person and organisation mentions, and every other place in the text where the
    name of one of them is written again (the recogniser misses some: `der Hilfsorganisation
    „Ärzte ohne Grenzen“` where a later `Ärzte ohne Grenzen` was found), in text order.
    Computed once per document and set of mentions (it searches the whole text)."""
    key = tuple((m.start, m.end, m.label, m.entity) for m in mentions)
    cached = doc.layers.get(_OCCURRENCES)
    if cached is not None and cached[0] == key:
        return list(cached[1])
    out = _find_name_occurrences(doc, mentions, entity_spans)
    doc.layers[_OCCURRENCES] = (key, tuple(out))
    return out


def _find_name_occurrences(
    doc: Doc, mentions: list[Mention], entity_spans: list[tuple[int, int, str, str]]
) -> list[Mention]:
    found = [m for m in mentions if m.label in ("PERSON", "ORG")]
    names: dict[str, Mention] = {}
    for m in found:
        words = m.text.split()
        if words and m.text[:1].isupper() and words[0].lower() not in _ARTICLES:
            names.setdefault(m.text, m)
    taken = [(m.start, m.end) for m in mentions]
    extra: list[Mention] = []
    for name, m in names.items():
        if len(name) < 3:
            continue
        entity = entity_of(m, entity_spans)
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            s, e = hit.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            extra.append(Mention(s, e, name, m.label, source="pattern", entity=entity))
    return sorted(found + extra, key=lambda m: m.start)


def _joined(head: str, m: Mention, doc: Doc) -> bool:
    """The article joins the noun ``head`` to the name at ``m``: right before it
    (`Bundespräsident Köhler`, `der Hilfsorganisation „Ärzte ohne Grenzen“`), in an apposition
    after it (`X, Aktivistin der …`, `X, eine Aktivistin`; not a relative clause: `X, der die
    Organisation gegründet hat`) or before it (`dem Vize-Außenminister für …, X`), or as the
    first word of an organisation's name (`Bundesamt für Verfassungsschutz` … `das Bundesamt`)."""
    toks = doc.tokens
    i = doc.token_index_at(m.start)
    if i is None or toks[i].start != m.start:
        return False
    j = i
    while j < len(toks) and toks[j].end <= m.end:
        j += 1
    if m.label == "ORG" and j - i >= 2 and toks[i].tag == "NN" and joins_head(head, toks[i].text):
        return True
    k = _skip_quotes(toks, i - 1, -1)
    if k >= 0 and joins_head(head, toks[k].text):
        return True
    if k >= 1 and toks[k].text == "," and _head_before_comma(head, toks, k):
        return True
    j = _skip_quotes(toks, j, 1)
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].tag not in _RELATIVE:
        k = j + 1
        while k < len(toks) and k < j + 4 and toks[k].text.lower() in _APPOSITION_LEAD:
            k += 1
        return k < len(toks) and joins_head(head, toks[k].text)
    return False


def described_entity(
    head: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person or organisation the article joins to the noun ``head`` (see module doc)."""
    paragraph_end = doc.text.find("\n", start)
    paragraph_end = len(doc.text) if paragraph_end < 0 else paragraph_end
    before: Mention | None = None
    after: Mention | None = None
    for m in _name_occurrences(doc, mentions, entity_spans):
        if m.start == start or not _joined(head, m, doc):
            continue
        if m.end <= start:
            before = m  # in text order: the last one before wins
        elif after is None and start < m.start < paragraph_end:
            after = m
    chosen = before or after
    if chosen is None:
        return None
    return Speaker(entity_of(chosen, entity_spans), chosen.text, chosen.label)
