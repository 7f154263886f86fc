"""The agent of a passive frame (its `von` phrase) as its speaker: every search for it.

A passive frame has no subject that could speak (the passive subject is the content or the
addressee); its `von` phrase names who said it.  The searches differ in where they look, each
fitted to the frames that call it; all take the noun phrase after the first agent preposition
they meet (:func:`_phrase_after`) and try no later one:

* :func:`agent_in_clause` (frame rules, :mod:`.attribution`): the first `von`/`vom` phrase
  anywhere in the cue's clause (the caller checked the passive).
* :func:`agent_of_passive_finite` (free-indirect sources, :mod:`.free_sources`): only for a
  finite form of `werden`; takes `seitens` too and a fronted agent (`Von X wird ...`), else
  searches after the verb.
* :func:`agent_before` (passive evaluations, :mod:`.quoted_governors`): the nearest phrase
  before the participle, walking back no further than an active finite verb.
* :func:`agent_between` (passive `wie` frames, :mod:`.passive_wie_frames`): the first
  `von`/`vom` phrase between `wie` and the participle (`wie der Zeitung von X berichtet wurde`).
* :func:`wie_agent` (:func:`.speaker_subjects.missing_subject`): the agent of an elliptic
  passive `wie`-clause (`wie von der Verteidigung ausgeführt`, `wie schon vom Gericht
  entschieden`, `wie vom Ministerium mitgeteilt wurde`), without the preposition.
"""

from __future__ import annotations

from .frames import Sentence, Span2
from .phrase_ends import time_phrase
from .speaker_spans import SKIP_TAGS, nominal_region
from .token_view import FINITE_TAGS, PASSIVE_FINITE, PASSIVE_FORMS

#: prepositions that open the agent of a passive (`von X`, `vom Amt`)
AGENT_PREPS = frozenset({"von", "vom"})
#: :data:`AGENT_PREPS` with the formal `seitens` (`seitens der Behörden`), which only
#: :func:`agent_of_passive_finite` and :func:`.free_sources.agentless_passive` accept
AGENT_PREPS_SEITENS = AGENT_PREPS | {"seitens"}
#: tags that end the agent phrase (an adverb after it, the participle, a second phrase)
_AGENT_END_TAGS = frozenset({"ADV", "ADJD", "VVPP", "VAPP", "APPR", "APPRART", "PTKNEG"})


def _agent_word(sent: Sentence, k: int, preps: frozenset[str]) -> bool:
    """Token ``k`` is one of ``preps`` outside a quotation."""
    return sent.lower[k] in preps and not sent.in_quote[k]


def _phrase_after(sent: Sentence, k: int, end: int) -> Span2 | None:
    """The noun phrase after the preposition at ``k`` (ending by ``end``), or None."""
    np_end = sent.np_end(k + 1, end)
    return sent.span(k + 1, np_end) if np_end > k + 1 else None


def _first_agent(sent: Sentence, lo: int, end: int, preps: frozenset[str]) -> Span2 | None:
    """The noun phrase after the first of ``preps`` outside quotations in ``[lo, end - 1)``,
    or None (also when that preposition has none: a later one is not tried)."""
    k = next((k for k in range(lo, end - 1) if _agent_word(sent, k, preps)), None)
    return None if k is None else _phrase_after(sent, k, end)


def agent_between(sent: Sentence, lo: int, end: int) -> Span2 | None:
    """The noun phrase after the first `von`/`vom` outside quotations in ``[lo, end - 1)``
    (ending by ``end``), or None, also when that preposition has no noun phrase."""
    return _first_agent(sent, lo, end, AGENT_PREPS)


def agent_in_clause(sent: Sentence, first: int, last: int) -> Span2 | None:
    """The agent phrase of a passive frame (`von den Parlamentariern wird ... gesehen`): the
    first `von`/`vom` in the clause of the cue ``first``..``last``, or None, also when that
    preposition has no noun phrase."""
    return agent_between(sent, sent.clause_start(first), sent.clause_end(last))


def agent_of_passive_finite(sent: Sentence, v: int) -> Span2 | None:
    """`Die Pläne wurden von Minister X (seitens der Behörden) als unrealistisch bezeichnet.`:
    the agent of a passive main clause with its finite `werden` at ``v`` is who acted (and
    spoke); None when ``v`` is no such verb or the first agent preposition after it has no
    noun phrase."""
    if sent.lower[v] not in PASSIVE_FINITE:
        return None
    if v > 1 and sent.lower[0] in AGENT_PREPS_SEITENS and sent.np_end(1, v) == v:
        # `Von Beobachtern wird der Schritt als wichtig gewertet.`: the agent opens the clause
        return sent.span(1, v)
    return _first_agent(sent, v + 1, sent.clause_end(v + 1), AGENT_PREPS_SEITENS)


def passive_phrase_agent(sent: Sentence, positions: list[int]) -> Span2 | None:
    """`Daraus wurde von Beobachtern der Schluss gezogen, …`, `wurde seitens der Behörden
    deutlich gemacht, dass …`: a phrase cue that opens with a finite passive `werden` at
    ``positions[0]`` and closes with a participle speaks through its `von`/`seitens` agent (None
    when it has none: nobody is named, the noun of the phrase is no speaker)."""
    agent = agent_of_passive_finite(sent, positions[0])
    if agent is None:
        return None
    start = sent.index_at(agent[0], 0)
    noun = next((k for k in positions[1:] if agent[0] < sent.toks[k].start < agent[1]), None)
    if noun is None:
        return agent
    # the agent ends before the noun of the phrase and its article (`von Beobachtern | der
    # Schluss`)
    end = noun
    while end > start and sent.toks[end - 1].tag in ("ART", "ADJA"):
        end -= 1
    return sent.span(start, end) if end > start else None


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
    while p < participle and sent.toks[p].tag in SKIP_TAGS:
        p += 1  # `wie schon vom Gericht`
    if p >= participle or sent.lower[p] not in AGENT_PREPS:
        return None
    if sent.toks[p].tag not in ("APPR", "APPRART"):
        return None
    a = p + 1
    b = a
    while b < participle and sent.toks[b].tag not in _AGENT_END_TAGS:
        b += 1
    if b <= a or not nominal_region(sent, a, b) or time_phrase(sent, a, b):
        return None
    if b < participle and sent.lower[b] in ("an", "aus", "her"):
        return None  # `wie von Anfang an geplant`, `wie von hier aus gesehen`
    return sent.span(a, b)


def agent_before(sent: Sentence, verb: int, start: int, end: int) -> Span2 | None:
    """`wurde von der Zeitung als „...“ bezeichnet`: the noun phrase of the last `von`/`vom`
    between ``start`` and the passive participle at ``verb`` with no active finite verb after
    it (outside quotations; the phrase ends by ``end``), or None, also when that preposition
    has no noun phrase."""
    for j in range(verb - 1, start - 1, -1):
        if sent.is_finite(j) and not sent.in_quote[j] and sent.lower[j] not in PASSIVE_FORMS:
            break
        if _agent_word(sent, j, AGENT_PREPS):
            return _phrase_after(sent, j, end)
    return None
