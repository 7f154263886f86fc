"""English attributions across sentences: quotations that go on after a frame, and speakers.

* A sentence that opens with a quotation and has no frame of its own continues the quotation
  of the sentence before (`"A," Rutte said. "B."`): the same speaker and cue.
* `he`/`she` refer to persons only: the last earlier speaker that is a person (a PERSON
  entity, a name, or a person noun such as `spokeswoman`), never a description of an
  institution (`the government`), which English pronouns do not take by grammatical gender.
* A surname alone (`Rutte told reporters`) refers to the person named in full before (`Mark
  Rutte`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Doc, Mention
from .english_acts import hearsay_sentence
from .english_continuations import further_continuation
from .english_frames import colon_frame, english_attributions
from .english_layout import headline_units, transcript_turns
from .english_phrases import words
from .english_quote_frames import loose_quote_frame, quoted_block
from .english_sources import CITING
from .frames import Attr, Sentence
from .lexicon import Lexicon, load_lexicon
from .speaker_records import Speaker, entity_of
from .text import CLOSING, OPENING, Unit

#: nouns of a person (`the spokeswoman`, `the foreign minister`)
_PERSON_NOUNS = words(
    "spokesman spokeswoman spokesperson minister president chancellor secretary leader "
    "chief director ambassador general commander governor mayor senator premier king "
    "queen official envoy head chairman chairwoman chair diplomat negotiator prosecutor "
    "judge lawyer analyst expert witness man woman officer captain master pope emperor"
)
_DETERMINERS = words("the a an this that its their")
_NAME = re.compile(r"^[A-Z][\w'’.-]*$")
_TITLES = words("mr mrs ms dr mr. mrs. ms. dr. prof prof.")
#: words between the article and the noun of a medium description (`the state news agency`)
_MEDIUM_KINDS = words("news state state-run official national private")
#: nouns that refer back to a company (`the company said`)
_COMPANY_HEADS = words(
    "company firm group carmaker automaker bank lender airline retailer manufacturer insurer "
    "business startup conglomerate operator supplier producer maker"
)
#: words of a company's name that say it is one
_COMPANY_FORMS = words(
    "gmbh ag inc inc. corp corp. corporation ltd ltd. plc llc sa se nv co co. company group "
    "holdings holding bank airlines"
)
#: month names and abbreviations, which taggers read as names in datelines
_MONTHS = words(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june "
    "july august september october november december"
)
#: pronoun subjects of a backshifted continuation (`It would be presented on Monday.`), also
#: indefinite ones (`Most had since been discharged.`, `Nobody had been hurt.`)
_BACKSHIFT_SUBJECTS = words(
    "it they he she most many some all both several few none nobody everyone everybody nothing"
)
#: modals whose form does not show the tense: backshifted only by a `would` coordinated after
_MODALS = words("should could might must may can")
#: relative pronouns opening a clause inside the subject (`Pupils who were behind would ...`)
_RELATIVES = words("who which that whose")
#: past forms in reported speech before such a continuation
_PAST_FORMS = words("was were had would could")
#: past speech verbs of the frame before a continuation
_PAST_CUES = words("said told added explained stated insisted stressed argued wrote")
#: how many sentences a quotation may continue its frame
_CARRY = 2


def english_article_attributions(
    sents: list[Sentence], units: list[Unit], content: list[bool], text: str
) -> list[Attr]:
    """All attributions of an English article (``text``), in text order."""
    per_unit: list[list[Attr]] = []
    continued: set[int] = set()  # sentences that are the second part of a quotation before
    content = [ok or quoted_block(sent, text) for sent, ok in zip(sents, content, strict=True)]
    headline = headline_units(sents, units)  # the publication's summary: no claims
    content = [ok and i not in headline for i, ok in enumerate(content)]
    for sent, ok in zip(sents, content, strict=True):
        per_unit.append(english_attributions(sent) if ok and sent.toks else [])
    turns = transcript_turns(sents, units, per_unit)  # Q&A answers: one Direct each
    content = [ok and i not in turns for i, ok in enumerate(content)]
    for i in range(len(sents)):
        if content[i] and not per_unit[i] and i not in continued:
            _colon_quotation(sents, per_unit, continued, i)
    for i, sent in enumerate(sents):
        if content[i] and not per_unit[i] and i not in continued:
            per_unit[i].extend(filter(None, [loose_quote_frame(sent)]))
    for i, sent in enumerate(sents):
        if not content[i] or per_unit[i] or not sent.quotes or not sent.toks or i in continued:
            continue
        q = sent.quotes[0]
        if q.start != sent.toks[0].start or sent.toks[0].text not in OPENING:
            continue
        prev = _previous_speaker(per_unit, i)
        if prev is not None and _continues(prev, sents, i, q.end):
            prev.parts.append((q.start, q.end))  # `"A," X said. "B."`: one quotation, two parts
            continued.add(i)
        elif prev is not None:
            cue = list(prev.cue) if prev.kind == "Direct" else []  # no cue after an Indirect
            per_unit[i].append(Attr("Direct", [(q.start, q.end)], cue, prev.cls, prev.speaker, i))
    _open_paragraphs(sents, per_unit, content)
    for i in range(1, len(sents)):
        if content[i] and not per_unit[i] and i not in continued:
            per_unit[i].extend(
                _backshifted_continuation(sents, per_unit, i)
                or further_continuation(sents, per_unit, i, _backshifted_subject)
            )
    for i, sent in enumerate(sents):
        if content[i] and i not in continued and sent.toks:
            hearsay_sentence(sent, per_unit, i)
    del units
    out = [a for attrs in per_unit for a in attrs if a.parts]
    for a in out:
        if a.parent is not None and a.kind == "Direct":
            a.cue = []  # a quoted phrase inside reported words has no cue of its own
    return out


def _colon_quotation(
    sents: list[Sentence],
    per_unit: list[list[Attr]],
    continued: set[int],
    i: int,
) -> None:
    """`X wrote:` + a quotation in the next sentences, also over paragraphs (each opening
    with a quotation mark): one Direct quotation from the first opening to the last closing
    mark."""
    frame = colon_frame(sents[i])
    if frame is None:
        return
    taken: list[int] = []
    inside = False
    for j in range(i + 1, min(len(sents), i + 1 + 4 * _CARRY)):
        toks = sents[j].toks
        if per_unit[j] or not toks or not inside and toks[0].text not in OPENING:
            break
        # a quotation block after the frame is reported even where the block reader took
        # it for something else (a letter, an appeal): its frame is the article's own text
        for t in toks:
            if t.text in OPENING:
                inside = True
            elif t.text in CLOSING:
                inside = False
        taken.append(j)
    while taken and sents[taken[-1]].toks[-1].text not in CLOSING:
        taken.pop()  # end at a closing mark
    if not taken:
        return
    frame.parts = [(sents[taken[0]].toks[0].start, sents[taken[-1]].toks[-1].end)]
    per_unit[i].append(frame)
    continued.update(taken)


def _continues(prev: Attr, sents: list[Sentence], i: int, end: int) -> bool:
    """The quotation opening sentence ``i`` and filling it goes on with the quotation of the
    sentence right before, whose frame follows it (`"A," X said. "B."`)."""
    if prev.kind != "Direct" or prev.unit != i - 1 or prev.parent is not None:
        return False
    sent = sents[i]
    rest = [t.text for t in sent.toks if t.start >= end]
    return all(r in ".!?" for r in rest)


def _open_paragraphs(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    """A quotation over several paragraphs leaves each paragraph but the last open (`"A. B.`
    + new paragraph + `"C," X said.`): the sentences from the unclosed opening mark up to the
    attributed quotation are that speaker's words."""
    for i, sent in enumerate(sents):
        if not content[i] or per_unit[i] or not _opens_unclosed(sent):
            continue
        for j in range(i + 1, min(len(sents), i + 1 + 2 * _CARRY)):
            if not content[j]:
                break
            direct = [
                a
                for a in per_unit[j]
                if a.kind == "Direct" and sents[j].toks and a.start == sents[j].toks[0].start
            ]
            if direct:
                a = direct[0]
                for k in range(i, j):
                    if not per_unit[k] and sents[k].toks:
                        part = (sents[k].toks[0].start, sents[k].toks[-1].end)
                        per_unit[k].append(Attr("Direct", [part], list(a.cue), a.cls, a.speaker, k))
                break
            if per_unit[j] or sents[j].quotes:
                break


def cited_relays(attrs: list[Attr], text: str) -> dict[int, Attr]:
    """The claims of a source named by `citing`/`quoting` (by ``id``) and the claim of the
    same words that relays them: their ``via``."""
    out: dict[int, Attr] = {}
    for a in attrs:
        if not a.cue or text[a.cue[0][0] : a.cue[0][1]].lower() not in CITING:
            continue
        outer = [b for b in attrs if b is not a and b.unit == a.unit and b.parts == a.parts]
        if outer:
            out[id(a)] = outer[0]
    return out


def clip_speakers(attrs: list[Attr], text: str) -> None:
    """A speaker phrase never runs over its own cue: a name mention that swallowed the verb
    (`Keir Starmer said Britain`) is cut before the cue, or after it for an inverted
    frame."""
    for a in attrs:
        if a.speaker is None or not a.cue:
            continue
        s, e = a.speaker
        c0, c1 = a.cue[0][0], a.cue[-1][1]
        if s < c0 < e:
            end = len(text[s:c0].rstrip(" ,")) + s
            a.speaker = (s, end) if end > s else None
        elif s <= c0 < e:
            begin = e - len(text[c1:e].lstrip(" ,"))
            a.speaker = (begin, e) if e > begin else None


def _backshifted_continuation(
    sents: list[Sentence], per_unit: list[list[Attr]], i: int
) -> list[Attr]:
    """`Officials said the plan was ready. It would be presented on Monday.`: a sentence right
    after reported speech in the past whose pronoun subject goes on with `would` (the tense of
    reported speech, not of the article's own voice) continues that speech; one sentence only,
    and not after a continuation, a quotation or a sentence with words in quotation marks."""
    sent, prev = sents[i], per_unit[i - 1]
    if len(sent.toks) < 4 or sent.quotes or sent.toks[-1].text != ".":
        return []
    if not _backshifted_subject(sent, sents[:i]):
        return []
    framed = [a for a in prev if a.kind == "Indirect" and a.speaker is not None and a.cue]
    if not framed or len(prev) != len(framed) or sents[i - 1].quotes:
        return []
    a = framed[-1]
    before = sents[i - 1]
    shifted = any(
        a.covers(t.start) and before.lower[k] in _PAST_FORMS for k, t in enumerate(before.toks)
    )
    cue_words = {before.lower[k] for k, t in enumerate(before.toks) if t.start == a.cue[0][0]}
    if not shifted or not cue_words & _PAST_CUES:
        return []
    part = (sent.toks[0].start, sent.toks[-1].end)
    return [Attr("IndirectFreeIndirect", [part], [], a.cls, a.speaker, i)]


def _backshifted_subject(sent: Sentence, earlier: list[Sentence]) -> bool:
    """The sentence opens with a short subject (a pronoun, a name already met in the article,
    or a noun phrase of up to seven words without a comma) whose first finite verb is `would`
    or `had`: `It would be ready`, `Fitch had never owned a boat`, `Demand for its models had
    fallen`, `Subscribers who pay annually would keep ...`; a relative clause inside the subject
    has finite verbs of its own (`Pupils who were falling behind would be taught ...`)."""
    relative = False
    for k in range(min(len(sent.toks), 8)):
        low = sent.lower[k]
        if low in ("would", "had"):
            if k != 1 or low == "would" or sent.lower[0] in _BACKSHIFT_SUBJECTS:
                return k > 0
            return _known_name(sent.toks[0].text, earlier)
        relative = relative or k > 0 and low in _RELATIVES
        if sent.toks[k].text in ",;:" or low in _PAST_CUES:
            return False
        if low in sent.lex.finite and not relative:
            return k > 0 and low in _MODALS and _coordinated_would(sent.lower[k + 1 :])
    return False


def _coordinated_would(rest: list[str]) -> bool:
    """A second predicate of the same subject with `would` (`Customers should stop using them
    and would receive a replacement`): the whole sentence is backshifted."""
    return any(w in ("and", "but") and n == "would" for w, n in zip(rest, rest[1:], strict=False))


def _known_name(word: str, earlier: list[Sentence]) -> bool:
    """A capitalised word met capitalised inside an earlier sentence (not as its first word):
    a name (`Fitch`), not a common noun that has its capital from opening the sentence."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    return any(t.text == word for s in earlier for t in s.toks[1:])


def _opens_unclosed(sent: Sentence) -> bool:
    return bool(sent.toks) and sent.toks[0].text in OPENING and not sent.in_quote[0]


def _previous_speaker(per_unit: list[list[Attr]], i: int) -> Attr | None:
    for j in range(i - 1, max(-1, i - 1 - _CARRY), -1):
        framed = [a for a in per_unit[j] if a.speaker is not None and a.parent is None]
        if framed:
            return framed[-1]
        if per_unit[j]:
            return None
    return None


def _person_like(sp: Speaker) -> bool:
    """A speaker that `he`/`she` may refer to.  The words of the speaker phrase outweigh the
    label of an entity found in it, which may be only a part (`Japanese Defence Minister Gen
    Nakatani` with the ORG `Japanese Defence`, `South Korea's military` with a place)."""
    if not sp.text:
        return sp.label == "PERSON"
    words = sp.text.split()
    head: list[str] = []
    for w in words:  # the words before a preposition: `A spokesperson for the ministry`
        if w.lower() in ("for", "of", "at", "in", "from", "with"):
            break
        head.append(w.strip(",.").removesuffix("'s").removesuffix("’s"))
    if any(w.lower() in _PERSON_NOUNS for w in head):
        return True
    if head and head[-1].isalpha() and head[-1].islower() and len(words) > 1:
        return False  # `South Korea's military`, `the interior ministry`: an institution
    if sp.label is not None:
        return sp.label == "PERSON"
    first = words[0].lower()
    return first not in _DETERMINERS and all(_NAME.match(w) for w in words) and len(words) >= 2


def outer_speakers(
    history: list[tuple[int, Speaker]], reach: list[tuple[int, Speaker]]
) -> list[tuple[int, Speaker]]:
    """The earlier speakers a pronoun may take: not one named inside an earlier speaker's words
    (`Reid told CNN that General Park had said ... . "...," she said.`: Reid, not Park).
    ``history`` and ``reach`` run in parallel (speaker start, and where its claim ends)."""
    out = []
    for i, (start, sp) in enumerate(history):
        inside = any(
            j != i and history[j][0] < start < reach[j][0]
            for j in range(min(len(history), len(reach)))
        )
        if not inside:
            out.append((start, sp))
    return out


def english_pronoun(
    word: str,
    pron: Speaker,
    start: int,
    history: list[tuple[int, Speaker]],
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
) -> Speaker | None:
    """The antecedent of an English pronoun speaker (`he`/`she`: a person; `they`/`it`: the
    last earlier speaker); without one, the last person mention before it."""
    person = word in ("he", "she", "i")  # `we`, `they`, `it` may be organisations
    for _, sp in reversed(history):
        if sp.text is None or sp.text.split()[0].lower() in lex.pronouns and sp.entity is None:
            continue
        if person and not _person_like(sp):
            continue
        if word == "it" and _person_like(sp):
            continue
        return sp
    for m in reversed([m for m in mentions if m.end <= start]):
        if m.text.lower().strip(".") in _MONTHS:
            continue  # `SEOUL, Jan 9 -`: a date read as a name
        if word == "it":
            fits = m.label in ("ORG", "GPE", "NORP")
        else:
            fits = m.label == "PERSON" or not person and m.label == "ORG"
        if fits:
            return replace(pron, entity=entity_of(m, entity_spans), text=m.text, label=m.label)
    return None


def named_earlier(
    doc: Doc,
    speaker: Speaker,
    start: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    """The entity named earlier that a speaker without an entity of its own refers to: a
    surname (`Rutte`, `Mr Rutte`) the person named in full (`Mark Rutte`); a description of a
    medium (`the newspaper`) the last medium named (`the Coast Gazette`); a role (`the mayor`)
    the person named with that title (`Mayor Lena Hart`)."""
    if speaker.entity is not None or not speaker.text:
        return speaker
    words = [w for w in speaker.text.split() if w.lower() not in _TITLES]
    before = [m for m in mentions if m.end <= start]
    if len(words) == 1 and _NAME.match(words[0]):
        return _full_name(doc, speaker, words[0], start, before, entity_spans)
    if not 2 <= len(words) <= 4 or words[0].lower() not in _DETERMINERS:
        return speaker
    if any(w[:1].isupper() for w in words[1:]):
        return speaker
    head = words[-1].lower()
    lex = load_lexicon("en")
    if head in lex.agency_nouns and all(w.lower() in _MEDIUM_KINDS for w in words[1:-1]):
        for m in reversed(before):
            names = m.text.replace("(", " ").replace(")", " ").split()
            if m.label == "ORG" and any(w in lex.agencies for w in names):
                return replace(speaker, entity=entity_of(m, entity_spans), label=m.label)
    org = _named_organisation(head, before, entity_spans)
    if org is not None:
        return replace(speaker, entity=org[0], label=org[1])
    if head in _PERSON_NOUNS:
        role = re.compile(rf"\b{re.escape(head)}\s+[A-Z]", re.IGNORECASE)
        # `Anna Berg, the foreign minister, ...`: the role in an apposition after the name
        after = re.compile(rf"^,\s+(?:the|a|an)\s+[^,.;]{{0,40}}?\b{re.escape(head)}\b", re.I)
        for m in reversed(before):
            if m.label == "PERSON" and (
                role.search(doc.text[max(0, m.start - 40) : m.start + 1])
                or after.search(doc.text[m.end : m.end + 60])
            ):
                return replace(speaker, entity=entity_of(m, entity_spans), label="PERSON")
    return speaker


def _named_organisation(
    head: str, before: list[Mention], entity_spans: list[tuple[int, int, str, str]]
) -> tuple[str | None, str] | None:
    """`the company` -> the last organisation named with a company form (`Keller Bakeries
    GmbH`, `Acme Inc.`); `the ministry`, `the court`, `the council` -> the last organisation
    whose name holds that noun (`the Ministry of Health`, `Southwark Crown Court`)."""
    if head in _PERSON_NOUNS:
        return None
    for m in reversed(before):
        if m.label != "ORG":
            continue
        names = [w.strip(".,()") for w in m.text.split()]
        company = head in _COMPANY_HEADS and any(w.lower() in _COMPANY_FORMS for w in names)
        if company or head.capitalize() in names[1:] or head.capitalize() == names[0] != "The":
            return entity_of(m, entity_spans), m.label
    return None


def _full_name(
    doc: Doc,
    speaker: Speaker,
    surname: str,
    start: int,
    before: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker:
    for ent in doc.article.entities:
        names = ent.name.split()
        earlier = any(m.start < start for m in ent.mentions)
        if ent.type == "PERSON" and len(names) >= 2 and names[-1] == surname and earlier:
            return replace(speaker, entity=ent.id, label="PERSON")
    for m in reversed(before):
        names = m.text.split()
        if len(names) >= 2 and names[-1] == surname:
            return replace(speaker, entity=entity_of(m, entity_spans), label=m.label)
    return speaker


__all__ = [
    "cited_relays",
    "clip_speakers",
    "english_article_attributions",
    "english_pronoun",
    "named_earlier",
    "outer_speakers",
]
