"""English refusals to speak with a modal: `X would not comment on the price.`

`declined to comment` and `would not say whether ...` are reported acts (`english_acts`); a
refusal is also told with `would not` + a verb of speaking about something (`The agency would
not comment on individual cases.`, `Halloran himself would not discuss his future.`): the
speaker declined, so the sentence is ``Reported`` from its subject to the full stop (the
dataset's README, fifth batch), not a backshifted continuation of a report before it; so is
`X would not be drawn on/into Y` (sixth batch: the passive idiom of refusing).  Only a
sentence without any other frame: `He would not prejudge the review, he said.` is the content
of its trailing frame.
"""

from __future__ import annotations

from .english_acts import negated_act, terminated
from .english_phrases import NEGATION, words
from .frames import Attr, Sentence

#: verbs of speaking about something that `would not` turns into a refusal
_REFUSED = words("comment discuss elaborate speculate")


def modal_refusal(sent: Sentence, start: int, ce: int, attrs: list[Attr]) -> list[Attr]:
    """The ``Reported`` attribution of a `would not comment/discuss ...` sentence."""
    if attrs or not terminated(sent):
        return []
    for k in range(start + 2, ce):
        if sent.in_quote[k]:
            continue
        if sent.lower[k] in _REFUSED:
            neg = k - 1
        elif sent.lower[k] == "drawn" and sent.lower[k - 1] == "be" and k - 2 > start:
            neg = k - 2  # `would not be drawn on the talks`
        else:
            continue
        if sent.lower[neg] in NEGATION and sent.lower[neg - 1] in ("would", "wo"):
            neg -= 1
        elif sent.lower[neg] != "wouldn't":
            continue
        found = negated_act(sent, neg, k, start, ce)
        if found:
            return found
    return []
