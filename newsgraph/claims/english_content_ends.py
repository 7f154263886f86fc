"""Where an English content clause ends because the article's own voice takes over.

`X warned that profit would fall, sending its shares down 14 percent.`: a participle of
consequence after a comma (`sending`, `pushing`, `prompting`, `sparking`, `triggering`)
tells what the statement itself caused; its subject is the whole report before it, so it is
the article's comment on the event, not part of what the speaker said.
"""

from __future__ import annotations

from .english_phrases import plain_comma, words
from .frames import Sentence

#: participles of consequence that open the article's comment on a reported statement
_RESULTS = words("sending pushing prompting sparking triggering")


def result_comma(sent: Sentence, k: int) -> bool:
    """The comma at ``k`` opens a participle of consequence (the end of a content)."""
    return (
        plain_comma(sent, k)
        and k + 2 < len(sent.toks)
        and sent.lower[k + 1] in _RESULTS
        and not sent.in_quote[k + 1]
    )
