"""A frame between the subject and the predicate of its content: `The players, he conceded,
had let the manager down.`

The content clause is cut in two by the frame set off with commas: its subject (a noun phrase
without a verb) before the frame, its predicate (opening with a finite verb: `had`, `was`,
`would`, a past form) after it.  Both are the content (two parts, as for `A, he said, B`);
the clause test of the frame rules does not read the predicate alone as a clause because its
subject stands before the frame.
"""

from __future__ import annotations

from .english_acts import fronted
from .english_phrases import IRREGULAR_PAST, MODALS, plain_comma, trim
from .frames import Sentence, Span2


def split_subject(
    sent: Sentence, subject: tuple[int, int] | None, after: int, start: int, stop: int
) -> list[Span2]:
    """The two parts of the content when the frame (subject ``subject``, first token after it
    ``after``) interrupts a clause between its subject and its finite verb; else []."""
    if subject is None or after + 2 >= stop or not plain_comma(sent, after):
        return []
    front = fronted(sent, subject, start)
    verb = after + 1
    low = sent.lower[verb]
    finite = (
        low in sent.lex.finite
        or low in MODALS
        or low in IRREGULAR_PAST
        or (low.endswith("ed") and len(low) > 4)
    )
    if not front or not finite or sent.in_quote[verb]:
        return []
    rest = trim(sent, verb, stop)
    return [*front, rest] if rest is not None else []
