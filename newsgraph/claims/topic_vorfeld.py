"""A Vorfeld marked as the topic of its clause by a contrast or focus adverb after it.

German marks the subject that a sentence contrasts with the one before by an adverb right
after it, inside the Vorfeld (`McCains Kampagne selber dagegen warf Obama ... vor`, `Die
Kanadier hingegen sagen`, `Der Minister wiederum erklärte`).  Such a Vorfeld is the subject;
the name after the finite verb is an object (`warf Obama vor`), although an unmarked Vorfeld
without a name gives way to a named phrase after the verb (`Die Anwendung stellte der
Vorsitzende X in Frage`).  The adverbs are no part of the subject phrase.
"""

from __future__ import annotations

from .token_view import Span2, TokenView

#: adverbs that mark the Vorfeld before them as the contrasted topic (`X hingegen sagte`)
TOPIC_ADVERBS = frozenset(
    [
        "selbst",
        "selber",
        "dagegen",
        "hingegen",
        "jedoch",
        "wiederum",
        "seinerseits",
        "ihrerseits",
        "indes",
        "indessen",
        "allerdings",
        "aber",
        "ebenfalls",
        "freilich",
    ]
)


def topic_marked(view: TokenView, subject: Span2, v: int) -> bool:
    """The subject phrase ``subject`` before the finite verb at ``v`` is followed by topic
    adverbs only (`McCains Kampagne selber dagegen warf`): it is the subject, whatever follows
    the verb."""
    end = next((k for k in range(v) if view.toks[k].start >= subject[1]), v)
    if end >= v or end == 0 or view.toks[end].start < subject[1]:
        return False
    return all(view.lower[k] in TOPIC_ADVERBS and not view.in_quote[k] for k in range(end, v))
