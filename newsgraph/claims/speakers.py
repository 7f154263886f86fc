"""Who the speaker of a claim is: entity ids for speaker spans, pronouns and descriptions.

* A speaker span that contains entity mentions gets the entity of the best one (a person
  before an organisation before a group before a place).
* A pronoun (`Er`, `Sie`, `he`) refers to the last speaker before it that agrees in gender
  and number (nlp morphology of the phrases: `er` not `die Ministerin`, plural `sie` a plural
  or an organisation; a person for `er`/`he`); without one, to the last person mention.
* `Demnach`/`Danach` (and `Darin heißt es`) refer to a speaker whose attribution reaches into
  the sentence before, else to the named subject of that sentence when it tells of a statement
  or a text (`Das Amt legte seinen Bericht vor. Demnach ...`); never to a source further back
  (`Darin` then keeps its own word).
* A description of a news medium (`die Nachrichtenagentur`, `the agency`) refers to the last
  speaker or mention that is such a medium (its name has the noun, or it is a known agency).
* A role description (`der nordkoreanische Staatschef`) refers to the person the article names
  with that role: a ``Role`` of the resolve stage, or a name right after the role noun
  elsewhere in the text (`Staatschef Kim Jong-un`).
* Any other description (`einer Erklärung des Ministeriums` through its genitive) refers to
  the last organisation or person named before whose name ends in its noun
  (`das Verkehrsministerium`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..doc import Doc, Mention, Token
from .described_persons import described_person
from .description_links import link_unnamed
from .document_authors import document_author
from .english_discourse import english_pronoun, named_earlier, outer_speakers
from .extended_attributes import attribute_interiors
from .focus_companies import focused_company
from .focus_persons import focused_person
from .frames import Attr, Sentence
from .lexicon import Lexicon
from .media_speakers import medium_speaker
from .qualified_roles import (
    holds_foreign_office,
    national_source,
    phrase_country,
    qualified_role,
    role_country,
    same_country,
)
from .relative_speakers import relative_antecedent
from .speaker_records import (
    JOINING,
    NAME_PATTERN,
    Speaker,
    agreement,
    entity_of,
    entity_spans_of,
    mention_speaker,
)
from .speaker_references import described_entity, own_subject, possessive_pronoun
from .speaker_spans import sentence_of
from .speech_act_texts import issued_text_speaker
from .subject_pronouns import clause_objects, previous_subject_person


def resolve_speakers(
    doc: Doc,
    attrs: list[Attr],
    lex: Lexicon,
    sents: list[Sentence] | None = None,
    datelines: Sequence[tuple[int, int]] = (),
) -> list[Speaker]:
    # the place and agency of a dateline (`Kassel (dpa) -`, the stage's `dateline_spans`) tell
    # where the article comes from: no speaker is resolved to them (`das Unternehmen` is not dpa)
    mentions = [
        m
        for m in sorted(doc.mentions, key=lambda m: m.start)
        if not any(s <= m.start < e for s, e in datelines)
    ]
    entity_spans = [x for x in entity_spans_of(doc) if not any(s <= x[0] < e for s, e in datelines)]
    history: list[tuple[int, Speaker]] = []
    #: where each speaker's attribution ends (its content or its speaker phrase), text order
    reach: list[tuple[int, Speaker]] = []
    out: list[Speaker | None] = [None] * len(attrs)
    # in text order: a claim the stage added late (a speech act kept for the record, a nested
    # quotation) is still the last speaker a later pronoun can point back to
    order = sorted(range(len(attrs)), key=lambda i: _speaker_start(attrs[i]))
    done: list[tuple[Attr, Speaker]] = []
    #: the gender each entity was referred to with (`er`, `der 46-Jährige`, `die Ministerin`):
    #: a bare name spoken of as `er` before is no antecedent of `sie`
    genders: dict[str, str | None] = {}
    for index in order:
        attr = attrs[index]
        if attr.speaker is None:
            out[index] = Speaker(None, None)
            continue
        s, e = attr.speaker
        if lex.language == "de" and (antecedent := relative_antecedent(doc, s, e)):
            s, e = antecedent  # `ein Junge, der angab`: the phrase the pronoun refers to
        text = doc.text[s:e]
        words = text.split()
        speaker: Speaker | None = None
        words = _without_attribute(_through_genitive(words, lex))
        # the speakers before this phrase: a record-only claim added after the others (a relay
        # of `einer von der Agentur verbreiteten Erklärung`) must not take a later one
        earlier_ones = [i for i, (at, _) in enumerate(history) if at < s]
        before = [(history[i][0], _known_gender(history[i][1], genders)) for i in earlier_ones]
        reach_before = [reach[i] for i in earlier_ones]
        # a person named in the claim's own words is whom it is about: no referent of its
        # description, no issuer of its text (an organisation there may issue it: `vom IGH …
        # erklärt. Das geht aus dem Urteil hervor`)
        told = [m for m in mentions if m.label != "PERSON" or not attr.covers(m.start)]
        refers = lex.pronouns | lex.person_pronouns | lex.pronoun_adverbs
        if lex.language == "de" and len(words) == 1 and _ORDINAL_PRONOUN.fullmatch(words[0]):
            # `so letztere`: the last (or, `erstere`, the first) of the two named before
            speaker = _ordinal_referent(words[0], s, doc, mentions, entity_spans)
        elif len(words) == 1 and words[0].lower() in lex.pronoun_adverbs:
            # `X legte den Bericht vor. Demnach ...`: the source named just before
            speaker = _pointed_source(doc, s, reach, mentions, entity_spans, lex)
        elif len(words) == 1 and words[0].lower() in refers:
            gender, number = agreement(doc, s, e)
            if words[0].lower() == "sie":
                number = _verb_number(doc, s, e) or number  # `forderte sie`: one woman
            pron = Speaker(None, text, None, gender, number)
            word = words[0].lower()
            if lex.language == "en":  # persons by meaning, not by grammatical gender
                earlier = outer_speakers(before, reach_before)
                speaker = english_pronoun(word, pron, s, earlier, mentions, entity_spans, lex)
            else:
                # `Er beschuldigte Thaksin, …`: not the person named as the frame's object
                objects = clause_objects(doc, attr, e, mentions, entity_spans)
                before = [(at, sp) for at, sp in before if sp.entity not in objects]
                others = [m for m in mentions if entity_of(m, entity_spans) not in objects]
                speaker = _pronoun(word, pron, s, before, others, entity_spans, lex, doc)
                if word in ("er", "sie") and pron.number != "Plur":
                    subject = previous_subject_person(
                        doc, s, before, sents, mentions, entity_spans
                    )
                    if subject is not None and subject.entity in objects:
                        subject = None
                    if subject is not None and (speaker is None or _fits(word, pron, subject)):
                        speaker = subject  # `Zuvor hatte X ausgesagt. Er schilderte, …`
        elif possessive := possessive_pronoun(words, lex):
            # `seiner Meinung nach`, `nach eigenen Angaben`: whom the possessive points to
            if possessive == "own":
                speaker = own_subject(doc, s, e, mentions, entity_spans)
                speaker = _described_subject(speaker, s, doc, mentions, entity_spans)
            else:
                pron = Speaker(
                    None, text, None, None, "Plur" if words[0].lower() == "deren" else None
                )
                speaker = _pronoun(possessive, pron, s, before, mentions, entity_spans, lex, doc)
                if possessive == "sein":
                    subject = previous_subject_person(
                        doc, s, before, sents, mentions, entity_spans
                    )
                    speaker = subject or speaker  # `X hatte ausgesagt. Seiner Darstellung nach`
        elif _is_description(words, lex):
            head = _head_noun(words)
            if head in lex.agency_nouns:
                speaker = medium_speaker(head, s, before, mentions, entity_spans, lex, doc)
            else:
                country = phrase_country(s, e, doc)  # `der norwegische Minister`
                speaker = _role(head, words, doc, mentions, entity_spans, country)
                for other in lex.role_synonyms.get(head.lower(), ()):
                    if speaker is not None:
                        break
                    # `der Ministerpräsident` after `Premierminister Thaksin Shinawatra`
                    speaker = _role(
                        other.capitalize(), [other], doc, mentions, entity_spans, country
                    )
            if speaker is None:
                speaker = _same_head(head, text, s, mentions, entity_spans)
            if speaker is None and lex.language == "de":
                found = described_entity(head, s, doc, mentions, entity_spans)
                speaker = replace(found, text=text) if found else None
        if speaker is None and lex.language == "de":  # `Der Außenminister Frankreichs`
            speaker = qualified_role(words, s, e, doc, mentions, entity_spans)
        if speaker is None and lex.language == "de":  # `der Bericht`, `die Richter`: the issuer
            speaker = document_author(words, s, e, doc, told, entity_spans)
            if speaker is None:  # `wie X mitteilte. …, hieß es in der Mitteilung`: X's text
                found = issued_text_speaker(
                    words, s, doc, [a for a, _ in done], [sp for _, sp in done]
                )
                speaker = replace(found, text=text) if found else None
        if speaker is None and len(words) == 1 and words[0].lower() in ("demnach", "danach"):
            speaker = Speaker(None, None)  # `Demnach` with no source before it
        if speaker is None:
            inner = attribute_interiors(sent, s, e) if (sent := _sentence(sents, s)) else []
            speaker = mention_speaker(
                s,
                e,
                text,
                [m for m in mentions if not _inside(m.start, m.end, inner)],
                [x for x in entity_spans if not _inside(x[0], x[1], inner)],
            )
            if lex.language == "de" and _demonym_person(speaker, words, s, e, doc):
                speaker = Speaker(None, text)  # `der Franzose`: a person, not the French
            speaker = link_unnamed(speaker, s, e, doc, mentions, entity_spans, lex)
            if lex.language == "de" and speaker.entity is None:  # `nach israelischen Angaben`
                speaker = national_source(words, s, e, doc) or speaker
            if lex.language == "de":  # `Klien … Der 23-jährige Sportler gab bekannt`
                speaker = focused_person(speaker, words, s, e, doc, told, entity_spans)
                speaker = focused_company(speaker, words, s, e, doc, mentions, entity_spans)
            if lex.language == "en":  # `Rutte`, `the ministry`: the entity named before
                speaker = named_earlier(doc, speaker, s, mentions, entity_spans)
        if lex.language == "de" and _other_country(speaker, s, e, doc):
            speaker = Speaker(None, text)  # `der norwegische Minister` is not Spain's minister
        phrase = agreement(doc, s, e)
        if speaker.gender is None and speaker.number is None:
            speaker = replace(speaker, gender=phrase[0], number=phrase[1])
        if len(words) == 1 and words[0].lower() == "sie":
            phrase = (phrase[0], _verb_number(doc, s, e))  # `sagten sie`: plural, no gender
        _learn_gender(genders, speaker, phrase)
        out[index] = speaker
        done.append((attr, speaker))
        if attr.record_only and attr.cls == "cite":
            continue  # a cited source (`unter Berufung auf`) is no antecedent of its own
        history.append((s, speaker))
        reach.append((max(attr.speaker[1], attr.end) if attr.parts else attr.speaker[1], speaker))
    return [sp if sp is not None else Speaker(None, None) for sp in out]


def _learn_gender(
    genders: dict[str, str | None], speaker: Speaker, phrase: tuple[str | None, str | None]
) -> None:
    """Note the gender a singular phrase gave its entity (None once two phrases disagree)."""
    gender, number = phrase
    if speaker.entity is None or gender not in ("Masc", "Fem") or number != "Sing":
        return
    if speaker.entity in genders and genders[speaker.entity] != gender:
        genders[speaker.entity] = None
    else:
        genders[speaker.entity] = gender


def _known_gender(speaker: Speaker, genders: dict[str, str | None]) -> Speaker:
    """``speaker`` with the gender its entity was referred to with, when its own phrase (a
    bare name) tells none."""
    if speaker.gender is not None or speaker.entity is None:
        return speaker
    gender = genders.get(speaker.entity)
    return replace(speaker, gender=gender) if gender else speaker


def _speaker_start(attr: Attr) -> int:
    return attr.speaker[0] if attr.speaker is not None else -1


def _verb_number(doc: Doc, start: int, end: int) -> str | None:
    """The number of the finite verb right before or after the subject pronoun at
    ``start``–``end`` (`forderte sie`, `sie forderten`), which tells singular `sie` from plural;
    None without one."""
    toks = doc.tokens
    first, last = doc.token_index_at(start), doc.token_index_at(end - 1)
    if first is None or last is None:
        return None
    for k in (first - 1, last + 1):
        if 0 <= k < len(toks) and toks[k].tag in ("VVFIN", "VAFIN", "VMFIN"):
            number = toks[k].feat("Number")
            return number if number in ("Sing", "Plur") else None
    return None


def _other_country(speaker: Speaker, start: int, end: int, doc: Doc) -> bool:
    """The phrase has a nationality adjective and its person holds a role of another country."""
    if speaker.label != "PERSON":
        return False
    return holds_foreign_office(speaker.entity, phrase_country(start, end, doc), doc)


def _sentence(sents: Sequence[Sentence] | None, offset: int) -> Sentence | None:
    return sentence_of(sents, offset) if sents else None


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _described_subject(
    speaker: Speaker | None,
    at: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`Das Unternehmen hat nach eigenen Angaben …`: a subject without a name is the company or
    person in focus, as the same description framing a claim would be."""
    sent = doc.sentence_at(at)
    if speaker is None or speaker.entity is not None or not speaker.text or sent is None:
        return speaker
    start = doc.text.find(speaker.text, sent.start, sent.end)
    if start < 0:
        return speaker
    end = start + len(speaker.text)
    words = speaker.text.split()
    found = focused_company(speaker, words, start, end, doc, mentions, entity_spans)
    return focused_person(found, words, start, end, doc, mentions, entity_spans)


def _demonym_person(speaker: Speaker, words: list[str], s: int, e: int, doc: Doc) -> bool:
    """`wird der Franzose zitiert`, `Der 52-jährige Schwede`: a definite singular demonym names
    one person (the one in focus, :func:`.focus_persons.focused_person`), not the people the
    NORP entity stands for."""
    if speaker.label != "NORP" or len(words) < 2 or words[0].lower() not in _SINGULAR_ARTICLES:
        return False
    if any(w[:1].isupper() for w in words[1:-1]):
        return False  # only lower-case attributes between (`der 52-jährige Schwede`)
    toks = [t for t in doc.tokens_in(s, e) if t.text[:1].isalnum()]
    return len(toks) >= 2 and "Plur" not in (toks[0].feat("Number"), toks[-1].feat("Number"))


#: definite articles of a singular noun phrase (`der Franzose`, `dem Briten`)
_SINGULAR_ARTICLES = frozenset({"der", "des", "dem", "den"})


#: labels of mentions that can be the source a `Demnach` points back to
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: tags a noun phrase may hold before a name (`die US-Behörde NASA`, `des „Verbands“`)
_NP_LEAD_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "CARD", "$(", "TRUNC"})


def _pointed_source(
    doc: Doc,
    start: int,
    reach: list[tuple[int, Speaker]],
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
) -> Speaker | None:
    """What `Demnach`/`Danach` at ``start`` points back to: a speaker named earlier in its own
    sentence or whose attribution reaches into the sentence before (`Wie die NATO mitteilte,
    ... . Demnach ...`, also through free indirect speech), else the
    named subject of the sentence before when that sentence tells of a statement or a text
    (a speech verb or cue noun: `Das Amt legte seinen Bericht vor. Demnach ...`; not `X hatte
    8 Prozent erhalten. Demnach ...`).  A source further back is no antecedent: none."""
    sents = [x for x in doc.sentences if x.start <= start]
    if not sents:
        return None
    here = sents[-1]
    lo = sents[-2].start if len(sents) >= 2 else here.start
    for end, sp in sorted(reach, key=lambda x: x[0], reverse=True):
        if end <= lo:
            break
        if sp.text is not None and end <= start:
            return sp
    if len(sents) < 2:
        return None
    prev = sents[-2]
    words = doc.tokens[prev.tok_start : prev.tok_end]
    if not _tells(words, lex):
        return None
    heads = {t.start: t.tag for t in words}
    found = [
        m
        for m in mentions
        if prev.start <= m.start
        and m.end <= prev.end
        and m.label in _SOURCE_LABELS
        and _last_tag(heads, m) in ("NE", "NN", "FM")  # not `das deutsche Parlament`
    ]
    cases = [(m, _subject_case(doc, prev.tok_start, m)) for m in found]
    ranked = [m for c0 in ("Nom", "", "Acc") for m, c in cases if c == c0]
    if not ranked:
        return None
    m = ranked[0]
    return Speaker(entity_of(m, entity_spans), m.text, m.label)


def _tells(words: list[Token], lex: Lexicon) -> bool:
    """The words tell of a statement or a text: a speech verb (also a participle written
    apart from its particle: `bekannt gegeben`) or a cue noun (`Abschlussbericht`)."""
    for k, t in enumerate(words):
        if lex.verb_matches(t.text) or t.tag == "NN" and lex.is_cue_noun(t.text):
            return True
        if k and t.tag.startswith("V") and lex.verb_matches(words[k - 1].text + t.text):
            return True
    return False


def _last_tag(tags: dict[int, str], m: Mention) -> str:
    starts = [s for s in tags if m.start <= s < m.end]
    return tags[max(starts)] if starts else ""


def _subject_case(doc: Doc, first: int, m: Mention) -> str | None:
    """The case of a mention's noun phrase (``""`` when unknown; the tagger often reads a
    nominative `die` as accusative), None when a preposition or a genitive or dative rules
    out that it is the subject."""
    toks = doc.tokens
    idx = [k for k in range(first, len(toks)) if m.start <= toks[k].start < m.end]
    if not idx:
        return None
    k = idx[0] - 1
    while k >= first and toks[k].tag in _NP_LEAD_TAGS and toks[k].tag not in ("ART",):
        k -= 1
    article = toks[k] if k >= first and toks[k].tag == "ART" else None
    if article is not None:
        k -= 1
    if k >= first and toks[k].tag in ("APPR", "APPRART", "APPO"):
        return None
    case = (article or toks[idx[-1]]).feat("Case") or ""
    if case in ("Gen", "Dat"):
        return None
    return case


def _fits(word: str, pron: Speaker, sp: Speaker) -> bool:
    """``sp`` can be what the pronoun ``word`` refers to: `er` a man or a masculine noun, `sie`
    a woman, a feminine noun or a plural (the dative `ihm`, `ihr`, `ihnen` alike); `he`/`she`
    persons."""
    if word in ("er", "he"):
        return sp.gender not in ("Fem", "Neut") and sp.number != "Plur"
    if word in ("sein", "ihm"):  # `seiner Meinung nach`, `ihm zufolge`: no woman, no plural
        return sp.gender != "Fem" and sp.number != "Plur"
    if word == "ihr":  # `Ihr zufolge`: a woman or a feminine noun
        return sp.number != "Plur" and sp.gender not in ("Masc", "Neut")
    if word == "ihnen":  # `Ihnen zufolge`: a plural or an organisation
        return sp.number == "Plur" or sp.label in ("ORG", "NORP") and sp.number is None
    if word == "sie":
        if pron.number == "Plur":
            return sp.number == "Plur" or sp.label in ("ORG", "NORP") and sp.number is None
        if pron.number == "Sing":
            return sp.number != "Plur" and sp.gender not in ("Masc", "Neut")
        return sp.gender not in ("Masc", "Neut") or sp.number == "Plur"
    if word == "she":
        return sp.gender != "Masc"
    return True


def _pronoun(
    word: str,
    pron: Speaker,
    start: int,
    history: list[tuple[int, Speaker]],
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
    doc: Doc,
) -> Speaker | None:
    """The last earlier speaker that agrees with the pronoun (see :func:`_fits`); without
    one, the last person (or organisation) mention.  For a plural `sie` that is not a single
    person nor a singular organisation in a prepositional phrase (`Klage beim Gericht`), and
    two persons joined by `und` are one plural speaker without an entity (`Werner Schulz
    (Grüne) und Jelena Hoffmann (SPD) wollen klagen. Sie halten …`)."""
    if word in _DEMONSTRATIVES:
        return _demonstrative(word, start, history, mentions, entity_spans, doc)
    person_only = word in ("er", "he", "she")
    for _, sp in reversed(history):
        if sp.text is None:
            continue
        if person_only and sp.label not in (None, "PERSON"):
            continue
        if person_only and sp.label is None and lex.is_cue_noun(sp.text.split()[-1]):
            continue  # `Nach UNHCR-Angaben …`: a source told by a cue noun is no `er`
        if sp.text.split()[0].lower() in lex.pronouns and sp.entity is None:
            continue
        if not _fits(word, pron, sp):
            continue
        return sp
    before = [m for m in mentions if m.end <= start]
    plural = word == "sie" and pron.number == "Plur"
    # `Ein 39-jähriger Landwirt … Er sagte aus`: a person the article only describes
    gender = "Masc" if word == "er" else "Fem" if word == "sie" and pron.number == "Sing" else ""
    desc = described_person(doc, start, gender) if gender and lex.language == "de" else None
    described = Speaker(None, doc.text[desc[0] : desc[1]], None, gender, "Sing") if desc else None
    if plural:  # a party after a name (`Jelena Hoffmann (SPD)`) is an affiliation, no subject
        before = [
            m
            for k, m in enumerate(before)
            if not (k and before[k - 1].label == "PERSON" and _affiliation(doc, before[k - 1], m))
        ]
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        if plural and m.label == "PERSON" and k > 0 and _joined_persons(doc, before[k - 1], m):
            first = before[k - 1]
            return Speaker(None, doc.text[first.start : m.end], None, None, "Plur")
        if plural and (
            m.label == "PERSON"
            and agreement(doc, m.start, m.end)[1] != "Plur"
            or _after_preposition(doc, m)
            and all(t.feat("Number") == "Sing" for t in doc.tokens_in(m.start, m.end))
        ):
            # one person, or `Klage beim Bundesverfassungsgericht` (singular, in a
            # prepositional phrase; not `Kritik kam von den Grünen`): no subject `sie`
            continue
        if m.label == "PERSON" or not person_only and m.label == "ORG":
            if desc is not None and described is not None and desc[0] >= m.end:
                return described  # the description stands closer than the name
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return described


#: `letztere`, `Letzterer`, `erstere`: the latter, the former
_ORDINAL_PRONOUN = re.compile(r"(?i:letzter|erster)(?:e|er|es|en|em)?")


def _ordinal_referent(
    word: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person or organisation `letztere` (the last of the two named last before ``start``
    in its paragraph) or `erstere` (the first of them) refers to."""
    lo = doc.text.rfind("\n", 0, start) + 1
    named = [m for m in mentions if lo <= m.start and m.end <= start and m.label in _NAMED_ACTORS]
    if not named:
        return None
    m = named[-1] if word.lower().startswith("letzt") or len(named) < 2 else named[-2]
    return Speaker(entity_of(m, entity_spans), m.text, m.label)


#: labels of mentions an ordinal pronoun may point to
_NAMED_ACTORS = frozenset({"PERSON", "ORG"})


#: demonstrative pronouns standing for a noun phrase (`Dieser behaupte, …`) and the gender
#: of the phrases they cannot stand for
_DEMONSTRATIVES = {"dieser": "Fem", "diese": "Masc"}


def _demonstrative(
    word: str,
    start: int,
    history: list[tuple[int, Speaker]],
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    doc: Doc,
) -> Speaker | None:
    """`Die Anklage stützt sich auf seinen Fahrer X. Dieser behaupte, …`: a demonstrative
    turns from the current topic (the last speaker) to the last person or organisation named
    before it whose gender does not contradict it (`dieser` no feminine phrase)."""
    topic = history[-1][1].entity if history else None
    excluded = _DEMONSTRATIVES[word]
    for m in reversed([m for m in mentions if m.end <= start and m.label in ("PERSON", "ORG")]):
        entity = entity_of(m, entity_spans)
        gender = agreement(doc, m.start, m.end)[0]
        if (entity is None or entity != topic) and gender != excluded:
            return Speaker(entity, m.text, m.label)
    return None


#: what may stand between two coordinated persons: a party in parentheses, then `und`/`sowie`
_JOINED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:" + "|".join(sorted(JOINING)) + r")\s+$")


def _affiliation(doc: Doc, person: Mention, m: Mention) -> bool:
    """``m`` fills the parentheses right after the name ``person`` (`Jelena Hoffmann (SPD)`)."""
    return doc.text[person.end : m.start].strip() == "(" and doc.text[m.end :].lstrip()[:1] == ")"


def _after_preposition(doc: Doc, m: Mention) -> bool:
    """The mention stands in a prepositional phrase (`beim Gericht`, `an die Regierung`)."""
    before = [t for t in doc.tokens_in(max(0, m.start - 40), m.start) if t.end <= m.start]
    for tok in reversed(before):
        if tok.tag in ("APPR", "APPRART"):
            return True
        if tok.tag not in ("ART", "ADJA", "PPOSAT"):
            return False
    return False


def _joined_persons(doc: Doc, first: Mention, second: Mention) -> bool:
    """Two person mentions joined by `und`/`sowie` (`Werner Schulz (Grüne) und Jelena
    Hoffmann`)."""
    return first.label == "PERSON" and bool(_JOINED.fullmatch(doc.text[first.end : second.start]))


#: words that open the owner of a cue noun (`der Meldung der Agentur`, `Angaben von X`); the
#: German ones also after a cue noun without article (`Angaben des Leiters`)
_OWNERS_DE = ("der", "des", "von", "vom")
_OWNERS = (*_OWNERS_DE, "of", "the")


def _through_genitive(words: list[str], lex: Lexicon) -> list[str]:
    """`der Meldung der Nachrichtenagentur` -> `der Nachrichtenagentur`, `Angaben des
    künstlerischen Leiters` -> `des künstlerischen Leiters`: the owner of a cue noun."""
    if (
        len(words) >= 4
        and words[0].lower() in lex.np_inner
        and lex.is_cue_noun(words[1])
        and words[2].lower() in _OWNERS
    ):
        return _nominative_head(words[2:])
    if len(words) >= 3 and lex.is_cue_noun(words[0]) and words[1].lower() in _OWNERS_DE:
        return _nominative_head(words[1:])
    return words


#: prepositions that open an extended attribute after an article (`das im TecDAX notierte
#: Unternehmen`, `der seit Juli amtierende Chef`)
_ATTRIBUTE_OPENERS = frozenset(
    {"im", "am", "in", "an", "vom", "von", "seit", "bei", "beim", "mit", "zum", "zur", "aus", "auf"}
)


def _without_attribute(words: list[str]) -> list[str]:
    """`das im TecDAX notierte Unternehmen` -> `das notierte Unternehmen`: an article, an
    extended attribute (a preposition, its phrase, a lower-case participle or adjective) and
    the head noun read as a description of that noun."""
    if (
        len(words) >= 5
        and words[1].lower() in _ATTRIBUTE_OPENERS
        and words[-2][:1].islower()
        and words[-1][:1].isupper()
        and not any(w[-1:] in ",;:" for w in words)
    ):
        return [words[0], words[-2], words[-1]]
    return words


def _nominative_head(words: list[str]) -> list[str]:
    """`des Amtes` -> `des Amt`, `des Unternehmens` -> `des Unternehmen`: the head noun of a
    masculine or neuter genitive owner without its ending, so that the description resolvers
    know it (`nach Angaben des Amtes` is the office in focus); other phrases unchanged."""
    head = words[-1]
    if words[0].lower() != "des" or not head[:1].isupper() or "-" in head[-4:]:
        return words
    if head.endswith("es") and len(head) >= 5:
        return [*words[:-1], head[:-2]]
    if head.endswith("s") and not head.endswith("ss") and len(head) > 4:
        return [*words[:-1], head[:-1]]
    return words


def _is_description(words: list[str], lex: Lexicon) -> bool:
    """`die Nachrichtenagentur`, `der nordkoreanische Staatschef`: no name in the phrase."""
    if len(words) < 2 or words[0].lower() not in lex.np_inner:
        return False
    caps = [w for w in words[1:] if w[:1].isupper()]
    return len(caps) == 1 and caps[0] == words[-1]


def _head_noun(words: list[str]) -> str:
    return words[-1].strip(",.")


def _same_head(
    head: str,
    text: str,
    start: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`des Ministeriums` -> the last organisation named before whose name ends in that noun
    (`das Verkehrsministerium`); the genitive ending is dropped."""
    low = head.lower()
    stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    # short heads only when they name a body (`das Amt` -> `Gesundheitsamt`, `der Rat`)
    stems = {x for x in stems if len(x) >= 4 or x in _SHORT_BODIES}
    for m in reversed([m for m in mentions if m.end <= start and m.label in ("ORG", "PERSON")]):
        # the head names the body before its seat too (`des Amtes` -> `Gesundheitsamt
        # Leipzig`, `des Bistums` -> `Bistum Passau`)
        words = m.text.split()
        heads = words[-1:] if m.label == "PERSON" else words
        if any(w.lower().endswith(x) for w in heads for x in stems):
            return Speaker(entity_of(m, entity_spans), text, m.label)
    kind = _BODY_KINDS.get(low)
    if kind is None:
        return None
    # `die Behörde` -> the last authority named (`Gesundheitsamt Leipzig`, `das Luftfahrt-
    # Bundesamt`), `die Gewerkschaft` -> the last union (`ver.di`, `Verband Deutscher X`)
    for m in reversed([m for m in mentions if m.end <= start and m.label == "ORG"]):
        if kind.search(m.text.lower()):
            return Speaker(entity_of(m, entity_spans), text, m.label)
    return None


#: generic nouns of bodies and the name parts of the bodies they refer back to
_BODY_KINDS = {
    "behörde": re.compile(
        r"amt\b|amt$|behörde|ministerium|stelle\b|direktion|präsidium|polizei|inspektion|"
        r"anwaltschaft|agentur für"
    ),
    "gewerkschaft": re.compile(r"gewerkschaft|ver\.di|\bverdi\b|^ig |\bgdl\b|verband"),
}


#: three-letter heads of the names of bodies (`Gesundheitsamt`, `Sicherheitsrat`)
_SHORT_BODIES = frozenset({"amt", "rat"})


def _role(
    head: str,
    words: list[str],
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    country: str | None = None,
) -> Speaker | None:
    """The person the article names with the role ``head`` (a role of the resolve stage, or a
    name right after the role noun), not one whose role names another ``country`` than the
    description's nationality adjective."""
    for role in doc.article.roles:
        if role.person and role.role.lower() == head.lower():
            if not same_country(country, role_country(role, doc)):
                continue
            ent = doc.article.entity(role.person)
            return Speaker(role.person, ent.name if ent else role.text, "PERSON")
    pattern = re.compile(
        rf"\b{_base_forms(head, words)}\s+({NAME_PATTERN}(?:\s+{NAME_PATTERN}){{0,2}})"
    )
    for match in pattern.finditer(doc.text):
        name_start, name_end = match.span(1)
        person = [m for m in mentions if m.label == "PERSON" and m.start <= name_start < m.end]
        if person:
            m = person[0]
            entity = entity_of(m, entity_spans)
            if holds_foreign_office(entity, country, doc):
                continue
            return Speaker(entity, m.text, "PERSON")
        if not mentions and len(match.group(1).split()) >= 2 or "-" in match.group(1):
            return Speaker(None, match.group(1), "PERSON")
        _ = name_end
    return None


def _base_forms(head: str, words: list[str]) -> str:
    """A pattern for the role noun ``head`` as written before a name: a genitive role noun
    (`nach Ansicht des Generalanwalts`) also in its base form (`Generalanwalt Colomer`); only
    a common noun (`des ZDFs` is a name, not a role)."""
    if words[0].lower() in ("des", "eines") and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]+[^s]e?s", head):
        base = re.sub(r"e?s$", "", head)
        return rf"(?:{re.escape(head)}|{re.escape(base)})"
    return re.escape(head)
