"""English speech-verb forms that are nouns by what stands before them.

`the engineers' reports`, `the farmers' claims`: a plural possessive (a word in -s and an
apostrophe) before a form such as `reports`/`claims`/`demands` makes it the possessed noun, not
a verb with the possessor as subject (`The board refused to publish the engineers' reports.`
reports nothing of the engineers).
"""

from __future__ import annotations

from .frames import Sentence

_APOSTROPHES = frozenset(["'", "’"])


def after_plural_possessive(sent: Sentence, i: int) -> bool:
    """The word at ``i`` follows a plural possessive (`engineers'`) right before it."""
    if i < 2 or sent.toks[i - 1].text not in _APOSTROPHES or sent.in_quote[i - 1]:
        return False
    before, mark = sent.toks[i - 2], sent.toks[i - 1]
    return before.end == mark.start and sent.lower[i - 2].endswith("s")
