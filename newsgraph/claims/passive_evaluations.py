"""Agentless passive speech acts with an `als` predicate in a sentence without a frame.

`Als Ursache wird das Abschmelzen des Eises genannt.`, `Der Prozess wird als transparent
gelobt.`: a verb of saying or judging in the passive, whose `als` phrase states what was said
of its subject, reports a speech act even though no agent (`von X`) names who performed it.  In
news such a sentence goes on summing up the source the article is reporting, so it is the
reported speech (``Reported``) of the speaker of the last attribution a few sentences before
it (the caller's ``last_speaker``: :mod:`.discourse` looks three sentences back), when that
attribution has a content of its own (after a speech act without content, ``Reported`` itself,
nothing is being summed up).  Without such an attribution it stays the article's voice (nobody
in particular: `Der Bau wird als Erfolg gewertet.` in an article that has quoted no
one), and so does a sentence with a quotation (the quotation rules decide whose words it
holds), a question, a Konjunktiv sentence (free indirect speech) and a passive with an agent
(the sentence rules make that a claim of the agent).

The gold of german_news_quotes (train) marks these sentences as the reported speech of an
earlier source 3 : 1 (the one left out: a suspicion, `Als Drahtzieher wird X vermutet`).
"""

from __future__ import annotations

from collections.abc import Callable

from .frames import Attr, Cue, Sentence
from .mood import first_finite
from .passive_agents import agent_in_clause, agent_of_passive_finite
from .reported_checks import GIVING_CLASSES, reason_role
from .token_view import PASSIVE_FINITE

#: cue classes of speech acts that can be reported without a complement clause
_REPORTING = frozenset({"say", "report", "demand", "allege", "announce", "opinion"})
#: words before `als` that make it a comparison (`mehr als`, `eher als`), no predicate
_COMPARATIVES = frozenset(
    {"mehr", "weniger", "anders", "eher", "lieber", "früher", "später", "länger", "besser"}
)

#: words that negate the speech act (the scheme counts no speech act that did not happen)
_NEGATIONS = frozenset({"nicht", "nie", "niemals", "kaum", "keineswegs"})

LastSpeaker = Callable[[list[list[Attr]], int], "Attr | None"]


def passive_als_cue(sent: Sentence) -> Cue | None:
    """The speech-act cue of an agentless passive main clause with an `als` predicate
    (`Als Ursache wird X genannt`, `X wird als transparent gelobt`), or None.

    The first finite verb of the sentence's main clause is an indicative passive `werden`
    (`wird`, `werden`, `wurde`, `wurden`); a verb cue of a reporting class closes that clause
    as its past participle; an `als` of the clause (not a comparison, not the subordinator of
    a clause of its own) stands before the participle; the clause names no agent."""
    if not sent.toks or sent.quotes or sent.toks[-1].text == "?":
        return None
    v = first_finite(sent, main=True)
    if v is None or sent.lower[v] not in PASSIVE_FINITE or sent.is_subjunctive(v):
        return None
    lo, hi = sent.clause_start(v), sent.clause_end(v)
    for cue in sent.find_cues():
        p = cue.positions[0]
        # `Als Ursache wurde X angegeben`: a reason given (its `als` is tagged `KOUS` at the
        # sentence start), also by a verb that is a speech act only so (`angeben`)
        reason = cue.cls in GIVING_CLASSES and cue.kind == "verb" and reason_role(sent, p, hi)
        if (
            cue.kind != "verb"
            or cue.impersonal
            or not (cue.reported or cue.record and reason)
            or cue.cls not in _REPORTING
            or not lo <= p < hi
            or sent.toks[p].tag != "VVPP"
            or p < v
        ):
            continue
        if any(w in cue.unless for w in sent.lower[lo:hi]):
            continue
        if any(w in _NEGATIONS for w in sent.lower[lo:hi]):
            return None  # `wird nicht als gefährlich angesehen`: a speech act that did not happen
        if not reason and not any(_als_predicate(sent, k) for k in range(lo, p)):
            continue
        if agent_of_passive_finite(sent, v) is not None or agent_in_clause(sent, p, p):
            return None
        return cue
    return None


def _als_predicate(sent: Sentence, k: int) -> bool:
    """Token ``k`` is an `als` that introduces a predicate noun or adjective: not a comparison
    (`mehr als`), not the subordinator of a clause of its own (`Als der Bericht erschien,
    ...`, tagged ``KOUS``)."""
    if sent.lower[k] != "als" or sent.in_quote[k] or sent.toks[k].tag == "KOUS":
        return False
    return not (k > 0 and sent.lower[k - 1] in _COMPARATIVES)


def passive_evaluations(
    sents: list[Sentence],
    per_unit: list[list[Attr]],
    content: list[bool],
    last_speaker: LastSpeaker,
) -> None:
    """Add the Reported claims of agentless passive `als` statements in sentences without an
    attribution of their own, sourced by the speaker of the last attribution that
    ``last_speaker(per_unit, i)`` finds before sentence ``i`` when that attribution has a
    content (not after reported speech without one)."""
    for i, sent in enumerate(sents):
        if not content[i] or per_unit[i] or not sent.toks:
            continue
        cue = passive_als_cue(sent)
        if cue is None:
            continue
        prev = last_speaker(per_unit, i)
        if prev is None or prev.speaker is None or prev.kind == "Reported":
            # a speech act without content (`X kündigte eine Reform an`, also another passive
            # evaluation) is no report that the sentence could go on summing up
            continue
        end = sent.content_end()
        if not end:
            continue
        rep = Attr("Reported", [sent.span(0, end)], [], cue.cls, prev.speaker, i)
        rep.frame_cue = [sent.span(p, p + 1) for p in cue.positions]
        per_unit[i].append(rep)
