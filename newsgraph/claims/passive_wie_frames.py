"""Who speaks in a passive `wie` frame: its `von` agent, or nobody.

A `wie` frame reports through the noun phrase between `wie` and its verb (`wie die Polizei
mitteilte`).  In the passive that phrase is no speaker: the nominative of a passive clause is
what was said or done (`…, wie dieser Grundsatz im Gesetz formuliert wird`), a dative is the
addressee (`wie der Zeitung von der Gruppe berichtet wurde`).  Who spoke is the `von`/`vom`
agent of the clause (`der Gruppe`); without an agent the frame names nobody (like the
impersonal `wie bekannt wurde`).

`zitieren` is the exception the dataset and :mod:`.quoted_media` keep: `wie X von der Zeitung Y
zitiert wird` names the quoted person X as a speaker of the quotation, so its phrase stays.

Train gold of the german_news_quotes corpus (round 8b count, passive `wie` frames of other
verbs): the agent alone or no speaker 3, the passive subject 0; with `zitieren` the gold gives
both the medium and the quoted person.
"""

from __future__ import annotations

from .frames import Sentence, Span2
from .passive_agents import agent_between
from .token_view import PASSIVE_FORMS

#: participles that mark a passive `wie` clause of quoting, whose subject stays the speaker
_QUOTING = frozenset({"zitieren"})


def _passive_wie_clause(sent: Sentence, wie: int, head: int) -> int | None:
    """The end of the `wie` clause from ``wie`` when its frame verb at ``head`` is a passive
    participle (`formuliert wird`, `berichtet wurde`, `festgestellt worden war`), else None."""
    if sent.toks[head].tag != "VVPP":
        return None
    end = sent.clause_end(head)
    if not any(sent.lower[k] in PASSIVE_FORMS for k in range(head + 1, end)):
        return None  # `wie X berichtet hat`: active perfect
    if any(sent.lower[k] in PASSIVE_FORMS for k in range(wie + 1, head)):
        return None  # `wie X wurde berichtet`: no verb-final passive clause
    return end


def passive_wie_speaker(
    sent: Sentence, wie: int, head: int, word: str, speaker: Span2 | None
) -> Span2 | None:
    """The speaker of the `wie` frame opened at ``wie`` with its verb (lemma ``word``) at
    ``head``: ``speaker`` (the phrase between them) in an active clause or with `zitieren`;
    in a passive clause its `von` agent, or None when it has none (`wie dieser Grundsatz
    formuliert wird`)."""
    if word in _QUOTING or _passive_wie_clause(sent, wie, head) is None:
        return speaker
    return agent_between(sent, wie + 1, head)  # the first `von`/`vom` phrase before the verb
