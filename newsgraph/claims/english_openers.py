"""English opening phrases that hold a participle of a speech verb: `In a statement posted on
its website, the team said ...`.

A noun phrase right after a preposition is that preposition's object, so a speech verb form
after it (`posted`, `reported`) is a participle attribute of the noun, not a frame whose subject
the noun would be; when the phrase ends with a comma before the main clause, the frame is the
main clause's (`the team said`), and the opener frames nothing (it gave `a statement` as the
speaker of `the team said ...`).
"""

from __future__ import annotations

from .english_phrases import PREPS
from .frames import Sentence, Span2

#: prepositions that open such a phrase
_OPENING_PREPS = PREPS | frozenset(["with", "by", "under", "for"])


def participle_opener(
    sent: Sentence, subject: Span2 | None, first: int, verb: int, start: int, ce: int
) -> bool:
    """True when the ``subject`` found right before the frame's first verb form ``first``
    follows a preposition opening the sentence and the verb at ``verb`` is an ``-ed``
    participle whose phrase ends at a comma before more words."""
    if subject is None or subject[1] != first:
        return False
    if subject[0] - 1 != start or sent.lower[start] not in _OPENING_PREPS:
        return False
    if not sent.lower[verb].endswith("ed"):
        return False
    comma = next((k for k in range(verb + 1, ce) if sent.toks[k].text == ","), None)
    return (
        comma is not None
        and comma + 2 < ce
        and not any(sent.in_quote[k] for k in range(verb, comma))
    )
