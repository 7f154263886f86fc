"""Who the source of a frame is when the frame rules found none or a wrong one, and the
pass that corrects all speaker spans of an article (:func:`refine_speakers`).

* A frame without a subject takes the one German word order puts somewhere else
  (:mod:`.speaker_subjects`).
* `..., hieß es vom Sprecher X`, documents, `aus X hervorgeht` and `wonach`: the sources
  that :mod:`.document_sources` finds.
* `Das Gericht nutzte ... . Es weist den Vorwurf zurück, ...`: `es` next to the active verb
  of a frame that has no other subject points back to the neuter institution that is the
  subject of the sentence before (a source noun: `das Gericht`, `das Ministerium`).
* A colon frame whose verb is no verb of saying and whose subject is a thing (`Seine
  Zuversicht gründet sich auf ...: „...“`) quotes the named subject of the main clause
  before it (`X, Experte von Y, wandte sich gegen die Behauptung, die Sorte werde ...: „...“`),
  or a pronominal adverb opening the clause (`Darauf waren die Worte zu lesen:`), else the
  last speaker before it.
* Free indirect speech after an opinion phrase (`seiner Meinung nach`, `nach eigenem
  Bekunden`) continues the sentence's subject.

`Demnach`/`Danach` stay the speaker as written (german_news_quotes marks the adverb itself);
their entity is resolved in :mod:`.speakers`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Mention
from .clause_subjects import head_can_speak, institution_es
from .document_sources import (
    impersonal_source,
    origin_text,
    passive_document,
    wonach_source,
)
from .frames import FREE_KINDS, Attr, Sentence, Span2
from .middle_field import middle_field_speaker
from .mood import first_finite
from .phrase_ends import time_phrase
from .speaker_spans import (
    _NOUN_TAGS,
    _OBJECT_ARTICLES,
    _VERB_TAGS,
    in_long_quote,
    refine_span,
    sentence_of,
    token_at,
)
from .speaker_subjects import (
    finite_cue,
    framed_speaker,
    missing_subject,
    object_first,
    relative_object,
    second_predicate,
    source_vorfeld,
    vorfeld_name,
)
from .token_view import FINITE_TAGS as _FINITE_TAGS
from .token_view import HEISSEN


def refine_speakers(attrs: list[Attr], sents: Sequence[Sentence], mentions: list[Mention]) -> None:
    """Correct the speaker spans of ``attrs`` in place (see the module doc)."""
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    names = [(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")]
    cache: dict[Span2, Span2 | None] = {}
    moved: dict[Span2, Span2] = {}  # speakers corrected by word order: old span -> new span
    reattached: set[int] = set()  # attributions whose `wonach` names another source
    for a in attrs:
        if a.speaker in moved and a.parts and _elsewhere(a.speaker, a.parts[0][0], sents):
            # free indirect speech or a quotation continuing a frame took its speaker before
            # the correction (`X bezifferte Y mit 20. Die Opfer seien ...`)
            a.speaker = moved[a.speaker]
        if a.speaker is not None and (
            _bare_es(a.speaker, sents)
            or _complement_as_subject(a, sents)
            or _time_phrase(a.speaker, sents)
            or _clause_as_speaker(a.speaker, sents)
        ):
            a.speaker = None  # `heißt es:`, `X sowie Y sprachen von ...` read with a wrong subject
        if a.speaker is not None and a.parent is None:
            # `X wies Meldungen zurück, wonach ...`: the `wonach` clause reports the noun
            # phrase it is attached to, not the subject of the clause before
            attached = wonach_source(a, sents)
            if attached is not None:
                a.speaker = attached
                reattached.add(id(a))
        if a.speaker is None and a.parent is None:
            a.speaker = (
                impersonal_source(a, sents)
                or passive_document(a, sents)
                or wonach_source(a, sents)
                or origin_text(a, sents)
            )
        if a.speaker is None:
            if a.parent is None and not a.impersonal:
                a.speaker = missing_subject(a, sents, names) or _institution_pronoun(a, sents)
                a.speaker = middle_field_speaker(a, sents, persons) or a.speaker
                if a.speaker is not None:
                    sent = sentence_of(sents, a.speaker[0])
                    new0 = (
                        refine_span(sent, a.speaker, persons, mentions)
                        if sent is not None
                        else None
                    )
                    a.speaker = new0 or a.speaker
            continue
        a.speaker = middle_field_speaker(a, sents, persons) or a.speaker  # not `in [Köln] ein`
        named = (
            vorfeld_name(a, sents, names)
            or object_first(a, sents, names)
            or source_vorfeld(a, sents, names)
            or relative_object(a, sents, names)
            or second_predicate(a, sents, names)
        )
        if named is not None:
            moved[a.speaker] = named
            a.speaker = named
        if a.speaker not in cache:
            sent = sentence_of(sents, a.speaker[0])
            cache[a.speaker] = (
                refine_span(sent, a.speaker, persons, mentions) if sent is not None else None
            )
        new = cache[a.speaker]
        if new is not None:
            a.speaker = new
    for n, a in enumerate(attrs):
        if a.parent is not None and (a.speaker is None or id(a.parent) in reattached):
            a.speaker = a.parent.speaker  # (a partial quotation inside `..., wonach ...`)
        elif (
            a.parent is not None
            and a.speaker is not None
            and moved.get(a.speaker) == a.parent.speaker
        ):
            # the frame's subject was found past the Vorfeld (`Zurückhaltender äußerte sich
            # X: Die Erklärung sei „…“`): its partial quotation goes with it
            a.speaker = a.parent.speaker
        if a.speaker is not None and a.kind in FREE_KINDS and _prepositional(a.speaker, sents):
            # `Für weite Teile des Landes wurde gewarnt. Dort könne ...`: a phrase after a
            # preposition is no subject; the free indirect speech goes on from the last source
            a.speaker = _earlier_speaker(attrs[:n], sents) or a.speaker
        if a.speaker is not None and a.kind in FREE_KINDS and _hearsay_phrase(a.speaker, sents):
            # `Dort treffen sich dem Vernehmen nach ... Es sei ...`: hearsay names no source
            # (the dataset marks `dem Vernehmen` on its own sentence only); free indirect
            # speech after it goes on reporting the source before it
            a.speaker = _earlier_speaker(attrs[:n], sents) or a.speaker
        if a.speaker is not None and a.parent is None and _thing_before_colon(a, sents, names):
            a.speaker = (
                _main_clause_speaker(a, sents, persons)
                or _pointing_vorfeld(a, sents)
                or _previous_speaker(a, attrs[:n], sents, names)
                or a.speaker
            )
        if a.speaker is not None and (
            a.kind in FREE_KINDS
            or a.kind == "Direct"
            and sentence_of(sents, a.parts[0][0]) is not sentence_of(sents, a.speaker[0])
        ):
            # a quotation continuing `X war nach eigenem Bekunden ...` continues X
            a.speaker = _opinion_holder(a.speaker, sents) or a.speaker


def _prepositional(span: Span2, sents: Sequence[Sentence]) -> bool:
    """The speaker span opens with a preposition (a prepositional phrase, never a subject),
    other than `aus` before the circles a statement came from (`Aus Diplomatenkreisen
    verlautete, …`: those circles are the source)."""
    sent = sentence_of(sents, span[0])
    i = token_at(sent, span[0]) if sent is not None else None
    if sent is None or i is None or sent.toks[i].tag not in ("APPR", "APPRART"):
        return False
    j = token_at(sent, span[1] - 1)
    return not (sent.lower[i] == "aus" and j is not None and sent.lower[j].endswith(_CIRCLES))


#: heads of the circles or sources a statement came from (`aus Diplomatenkreisen`)
_CIRCLES = ("kreisen", "kreise", "quellen", "umfeld")


def _hearsay_phrase(span: Span2, sents: Sequence[Sentence]) -> bool:
    """The speaker span is `dem Vernehmen` of `dem Vernehmen nach` (`as is heard`)."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    return i is not None and j == i + 1 and sent.lower[i] == "dem" and sent.lower[j] == "vernehmen"


def _earlier_speaker(before: list[Attr], sents: Sequence[Sentence]) -> Span2 | None:
    """The speaker of the last top-level attribution before that has one (no prepositional
    phrase itself)."""
    for b in reversed(before):
        if (
            b.speaker is not None
            and b.parent is None
            and not _prepositional(b.speaker, sents)
            and not _hearsay_phrase(b.speaker, sents)
        ):
            return b.speaker
    return None


def _elsewhere(span: Span2, at: int, sents: Sequence[Sentence]) -> bool:
    """The speaker ``span`` is in another sentence than the content at offset ``at``."""
    return sentence_of(sents, span[0]) is not sentence_of(sents, at)


#: `seiner Meinung nach`, `nach eigenem Bekunden`, `dem Vernehmen nach`: the phrase names an
#: opinion, its holder is the subject of the sentence
_OPINION_NOUNS = frozenset(
    {"meinung", "ansicht", "auffassung", "bekunden", "einschätzung", "überzeugung", "vernehmen"}
)
_OPINION_OWNERS = frozenset(
    {"seiner", "ihrer", "meiner", "unserer", "eigenem", "eigener", "eigenen", "dem"}
)


def _opinion_holder(span: Span2, sents: Sequence[Sentence]) -> Span2 | None:
    """A free indirect continuation of `X sagte, ... seiner Meinung nach ...` continues X."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return None
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    if i is None or j is None or j != i + 1:
        return None
    if sent.lower[i] not in _OPINION_OWNERS or sent.lower[j] not in _OPINION_NOUNS:
        return None
    for v in range(len(sent.toks)):
        if sent.toks[v].tag in _FINITE_TAGS and not sent.in_quote[v]:
            subject = sent.subject_before(v) or sent.subject_after(v)
            if subject is not None and not (subject[0] <= span[0] < subject[1]):
                return subject
            return None
    return None


def _bare_es(span: Span2, sents: Sequence[Sentence]) -> bool:
    """The speaker span is `es` alone: nobody (`heißt es`), unless it points back to a
    speaking institution (:func:`.clause_subjects.institution_es`)."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    return i is not None and i == j and sent.lower[i] == "es" and not institution_es(sent, i, sents)


def _institution_pronoun(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`Es weist den Vorwurf zurück, ...`, `Hier stellte es fest, dass ...`: `es` right before
    or after the finite verb of the frame, pointing back to a speaking institution."""
    found = finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    for x in (k - 1, k + 1):
        if 0 <= x < len(sent.toks) and sent.lower[x] == "es" and institution_es(sent, x, sents):
            return sent.span(x, x + 1)
    return None


def _clause_as_speaker(span: Span2, sents: Sequence[Sentence]) -> bool:
    """The speaker span holds a verb or a quoted sentence, not a noun phrase: `Flugblätter zu
    verteilen und verlangt, ...` (a zu-infinitive read as the subject of a coordinated verb),
    a quotation longer than a name. Verbs inside short quotations are names (`die „Aktion
    Deutschland hilft“`)."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    if i is None or j is None:
        return False
    if in_long_quote(sent, i):
        return True  # a quoted sentence, not a quoted name
    if sent.toks[i].start in sent.quote_starts and any(
        sent.toks[x].tag == "PPER" for x in range(i, j + 1)
    ):
        return True  # `so „schütze sie Gott“`: a short quoted clause, no name
    return any(
        (
            sent.toks[x].tag in _VERB_TAGS
            and sent.toks[x].text.isalpha()  # not a web name misread: `t-online.de`
            and sent.toks[x].text.islower()
            or sent.toks[x].tag == "PTKZU"
        )
        and not sent.in_quote[x]
        for x in range(i, j + 1)
    )


def _time_phrase(span: Span2, sents: Sequence[Sentence]) -> bool:
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    return i is not None and j is not None and time_phrase(sent, i, j + 1)


def _complement_as_subject(a: Attr, sents: Sequence[Sentence]) -> bool:
    """A verb frame's speaker after the verb that starts with a preposition or an object article
    (`X sprachen von einer Abwahl`, `warnte den Minister`): an object, not the subject."""
    found = framed_speaker(a, sents)
    if found is None:
        return False
    sent, k, speaker = found
    i = token_at(sent, speaker[0])
    return (
        i is not None
        and i > k
        and (
            sent.toks[i].tag in ("APPR", "APPRART")
            or sent.lower[i - 1] == "gegenüber"  # `sagte gegenüber der Agentur X`
            or sent.lower[i] in _OBJECT_ARTICLES
            and sent.toks[i - 1].tag not in ("APPR", "APPRART")  # `heißt es in dem Bericht`
            and not any(sent.lower[p] in HEISSEN for p in range(k, i))
        )
    )


def _thing_before_colon(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> bool:
    """`Seine Zuversicht gründet sich auf ...: „...“`: the subject of a colon frame whose verb
    is no verb of saying is a thing (a common noun that names no source, no name in it)."""
    if a.kind != "Direct" or a.speaker is None or not a.cue:
        return False
    sent = sentence_of(sents, a.cue[0][0])
    k = token_at(sent, a.cue[0][0]) if sent is not None else None
    if sent is None or k is None or sent.lex.verb_matches(sent.lower[k]):
        return False
    colon = next((x for x in range(k, len(sent.toks)) if sent.toks[x].text == ":"), None)
    if colon is None or any(sent.in_quote[x] for x in range(k, colon)):
        return False
    i, j = token_at(sent, a.speaker[0]), token_at(sent, a.speaker[1] - 1)
    if i is None or j is None:
        return False
    head = next((x for x in range(i, j + 1) if sent.toks[x].tag in _NOUN_TAGS), None)
    word = sent.toks[head].text if head is not None else ""
    return (
        head is not None
        and sent.toks[head].tag == "NN"
        and not sent.lex.is_source_noun(word)
        and not sent.lex.is_cue_noun(word)  # `einer Erklärung der Minister`: a document
        and not word.lower().endswith(_PERSON_ENDINGS)  # `der Verfasser`
        and not word.lower().endswith(_TEXT_HEADS)  # `Das Strafgesetzbuch enthält den Satz:`
        and not any(a.speaker[0] <= s and e <= a.speaker[1] for s, e in names)
    )


def _main_clause_speaker(a: Attr, sents: Sequence[Sentence], persons: list[Span2]) -> Span2 | None:
    """`X, Experte von Y, wandte sich gegen die Behauptung, die Sorte werde ...: „…“`: the
    colon clause whose subject is a thing belongs to a main clause before it whose subject
    can speak; that subject introduces the quotation."""
    sent = sentence_of(sents, a.cue[0][0]) if a.cue else None
    v = first_finite(sent, main=True) if sent is not None else None
    if sent is None or v is None or a.speaker is None or sent.toks[v].start >= a.speaker[0]:
        return None
    subject = sent.subject_before(v)
    if subject is None or subject[1] > a.speaker[0]:
        return None
    i, j = token_at(sent, subject[0]), token_at(sent, subject[1] - 1)
    if i is None or j is None or not head_can_speak(sent, list(range(i, j + 1))):
        return None
    if not any(sent.toks[x].tag == "NE" for x in range(i, j + 1)):
        return None  # a named speaker only (`Seine Zuversicht gründet sich auf ...:`)
    return refine_span(sent, subject, persons) or subject


def _pointing_vorfeld(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`Darauf waren die Worte zu lesen: „…“`: a pronominal adverb opening the colon clause
    points to where the words stand; the dataset marks the adverb (as `Demnach`)."""
    sent = sentence_of(sents, a.cue[0][0]) if a.cue else None
    k = token_at(sent, a.cue[0][0]) if sent is not None else None
    if sent is None or k is None:
        return None
    start = sent.clause_start(k)
    if start < k and sent.toks[start].tag in ("PROAV", "PAV") and sent.is_cap(start):
        return sent.span(start, start + 1)
    return None


#: heads of nouns that name texts (a law, a treaty, a ruling): a text speaks through its wording
_TEXT_HEADS = (
    "gesetz",
    "gesetzbuch",
    "vertrag",
    "verfassung",
    "satzung",
    "urteil",
    "abkommen",
    "verordnung",
    "richtlinie",
    "protokoll",
    "beschluss",
    "resolution",
    "dokument",
    "schreiben",
    "brief",
)
#: endings of nouns that name people (`Verfasser`, `Präsidentin`, `Student`, `Journalist`)
_PERSON_ENDINGS = ("er", "erin", "innen", "ent", "enten", "ant", "anten", "ist", "isten")


def _previous_speaker(
    a: Attr, before: list[Attr], sents: Sequence[Sentence], names: list[Span2]
) -> Span2 | None:
    """The speaker of the last attribution before ``a`` (two sentences back at most) that is
    no thing itself."""
    for b in reversed(before):
        if b.unit < a.unit - 2:
            return None
        if b.speaker is not None and b.speaker != a.speaker and b.parent is None:
            return None if _thing_before_colon(b, sents, names) else b.speaker
    return None
