"""`Zuvor hatte X als Zeuge ausgesagt. Er schilderte, …`: a pronoun after a sentence whose
subject is a person who made no claim refers to that person (session 17).

The speaker history holds the sources of earlier claims; a person the article brings in with a
sentence of its own voice (`Zuvor hatte der frühere Referatsleiter, Thomas Brendel, als Zeuge
ausgesagt.`) is not in it, so `Er` in the next sentence went to the last source quoted before.
The subject of the sentence right before, a person mention named after that last source, is the
nearer referent.

A subject pronoun never refers to a person named as an object in its own clause (`Er
beschuldigte seinerseits Thaksin, …`: `Er` is not Thaksin, though Thaksin spoke last):
:func:`clause_objects` (session 21)."""

from __future__ import annotations

from ..doc import Doc, Mention
from .frames import Attr, Sentence
from .main_subjects import main_subject
from .speaker_records import Speaker, entity_of
from .speaker_spans import sentence_of


def previous_subject_person(
    doc: Doc,
    start: int,
    history: list[tuple[int, Speaker]],
    sents: list[Sentence] | None,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person subject of the sentence right before the pronoun at ``start``, when it is
    named after the last earlier claim's speaker (``history``: speakers by position) in the same
    paragraph; else None (also without the stage's ``sents``)."""
    if sents is None:
        return None
    last_source = max((p for p, _ in history if p < start), default=-1)
    here = sentence_of(sents, start)
    if here is None or here.index == 0:
        return None
    prev = sents[here.index - 1]
    if not prev.toks or "\n" in doc.text[prev.toks[-1].end : here.toks[0].start]:
        return None
    span = main_subject(prev)
    if span is None or span[0] <= last_source:
        return None
    persons = [m for m in mentions if m.label == "PERSON" and span[0] <= m.start < span[1]]
    entities = {entity_of(m, entity_spans) or m.text for m in persons}
    if len(entities) != 1:
        return None  # no person, or two (`X und Y`): no single referent
    # the name rather than a description of it (`der frühere Referatsleiter, Thomas Brendel`)
    m = max(persons, key=lambda p: (p.text[:1].isupper(), p.start))
    return Speaker(entity_of(m, entity_spans), m.text, m.label)


def clause_objects(
    doc: Doc,
    attr: Attr,
    pronoun_end: int,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> frozenset[str]:
    """Entities of the persons named between the subject pronoun ending at ``pronoun_end`` and
    the content of ``attr`` in one sentence (the objects of its frame: `Er beschuldigte
    Thaksin, …`); empty when the content comes first (`…, sagte er`)."""
    content = attr.parts[0][0] if attr.parts else pronoun_end
    if content <= pronoun_end or any(x in doc.text[pronoun_end:content] for x in ".!?\n"):
        return frozenset()
    return frozenset(
        entity
        for m in mentions
        if m.label == "PERSON" and pronoun_end <= m.start and m.end <= content
        if (entity := entity_of(m, entity_spans)) is not None
    )
