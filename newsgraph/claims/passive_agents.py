"""The agent of a passive frame (its `von` phrase) as its speaker.

German reports a source in a passive comment clause, often without its auxiliary: `wie von
der Verteidigung ausgeführt`, `wie schon vom Gericht entschieden`, `wie vom Ministerium
mitgeteilt wurde`.  Such a clause has no subject that could speak (the passive subject is
the content itself); the `von` phrase names who said it.  :func:`wie_agent` returns that
phrase without the preposition (`vom Gericht` → `Gericht`), as the speaker of a frame that
the frame rules left without one (:func:`.speaker_subjects.missing_subject`).
:func:`agent_before` finds the agent of a passive evaluation (`wurde von X als „...“
bezeichnet`, :mod:`.quoted_governors`).
"""

from __future__ import annotations

from .frames import Sentence, Span2
from .phrase_ends import time_phrase
from .speaker_spans import _SKIP_TAGS, _nominal_region
from .token_view import FINITE_TAGS, PASSIVE_FORMS

#: prepositions that open the agent of a passive
_AGENT_PREPS = frozenset({"von", "vom"})
#: tags that end the agent phrase (an adverb after it, the participle, a second phrase)
_AGENT_END_TAGS = frozenset({"ADV", "ADJD", "VVPP", "VAPP", "APPR", "APPRART", "PTKNEG"})


def wie_agent(sent: Sentence, k: int) -> Span2 | None:
    """The agent of the passive `wie`-clause around the frame verb at ``k`` (`wie von X
    angekündigt`, `wie vom Amt mitgeteilt wurde`), or None when the clause is no such clause:
    it must open with `wie`, hold a participle, no finite verb but a form of `werden`, and a
    `von`/`vom` phrase before its participle."""
    start = sent.clause_start(k)
    if start >= k or sent.lower[start] != "wie" or sent.in_quote[start]:
        return None
    end = start + 1
    while end < len(sent.toks) and not sent.is_boundary(end):
        end += 1
    participle = next(
        (x for x in range(start + 1, end) if sent.toks[x].tag in ("VVPP", "VAPP")), None
    )
    if participle is None:
        return None
    for x in range(start + 1, end):
        if sent.toks[x].tag in FINITE_TAGS and sent.lower[x] not in PASSIVE_FORMS:
            return None  # `wie X von Y erfuhr`: an active clause has its own subject
        if sent.toks[x].tag in ("KOUS", "PRELS", "PWS") or sent.in_quote[x]:
            return None
    p = start + 1
    while p < participle and sent.toks[p].tag in _SKIP_TAGS:
        p += 1  # `wie schon vom Gericht`
    if p >= participle or sent.lower[p] not in _AGENT_PREPS:
        return None
    if sent.toks[p].tag not in ("APPR", "APPRART"):
        return None
    a = p + 1
    b = a
    while b < participle and sent.toks[b].tag not in _AGENT_END_TAGS:
        b += 1
    if b <= a or not _nominal_region(sent, a, b) or time_phrase(sent, a, b):
        return None
    if b < participle and sent.lower[b] in ("an", "aus", "her"):
        return None  # `wie von Anfang an geplant`, `wie von hier aus gesehen`
    return sent.span(a, b)


def agent_before(sent: Sentence, verb: int, start: int, end: int) -> Span2 | None:
    """`wurde von der Zeitung als „...“ bezeichnet`: the noun phrase of the last `von`/`vom`
    phrase between ``start`` and the passive participle at ``verb`` with no active finite verb
    after it (outside quotations; the phrase ends by ``end``), or None."""
    for j in range(verb - 1, start - 1, -1):
        if sent.is_finite(j) and not sent.in_quote[j] and sent.lower[j] not in PASSIVE_FORMS:
            break
        if sent.lower[j] in _AGENT_PREPS and not sent.in_quote[j]:
            np_end = sent.np_end(j + 1, end)
            if np_end > j + 1:
                return sent.span(j + 1, np_end)
    return None
