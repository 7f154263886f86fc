"""English quotations framed after their first part with adjuncts the frame rules do not read.

`"A," X told a picket line at Y station.` and `"A," the chief scientist, Z, said at the launch
of the report.`: a sentence that opens with a quotation closed by a comma (or `!`/`?`) inside
its marks, followed by a subject and a speech verb and then only adjuncts (no finite verb, no
`that`, no quotation) up to the sentence end, is that subject's Direct quotation, whatever
prepositional phrases or place names come after the verb.  It is read only where the frame
rules of :mod:`english_frames` found nothing in the sentence, so it never overrides them.
"""

from __future__ import annotations

from .english_phrases import MODALS, words
from .frames import Attr, Sentence
from .text import CLOSING, OPENING

#: the most words a subject between the quotation and its verb may have
_SUBJECT_WORDS = 12
#: words that open a clause or adjunct, not a subject (`"A," as X said`)
_NO_SUBJECT = words("and but or as while when if because although since so which who that")
#: the most tokens after the verb (its addressee and adjuncts)
_TAIL = 16


def loose_quote_frame(sent: Sentence) -> Attr | None:
    """The Direct attribution of a quotation opening ``sent`` whose trailing frame has adjuncts
    the frame rules leave unread; None where the sentence is not of that shape."""
    toks = sent.toks
    if not toks or toks[0].text not in OPENING or not sent.quotes:
        return None
    quote = sent.quotes[0]
    if quote.start != toks[0].start:
        return None
    close = next((k for k, t in enumerate(toks) if t.end == quote.end), None)
    if close is None or close < 2 or toks[close].text not in CLOSING:
        return None
    if toks[close - 1].text not in (",", "?", "!"):
        return None  # `"A." X said ...` is no frame of the quotation
    verb = next((k for k in range(close + 1, len(toks)) if _speech_verb(sent, k)), None)
    if verb is None or not 0 < verb - close - 1 <= _SUBJECT_WORDS:
        return None
    subject = range(close + 1, verb)
    if not sent.is_word(close + 1) or sent.lower[close + 1] in _NO_SUBJECT:
        return None
    if any(not _plain(sent, k) for k in subject):
        return None
    end = len(toks) - 1 if toks[-1].text in ".!" else len(toks)
    if not 0 < end - verb - 1 <= _TAIL or any(not _plain(sent, k) for k in range(verb + 1, end)):
        return None
    if any(sent.lower[k] == "that" for k in range(verb + 1, end)):
        return None
    first, last = close + 1, verb - 1
    while last > first and toks[last].text == ",":
        last -= 1
    cls = sent.lex.verb_matches(sent.lower[verb])[0].verb.cls
    speaker = sent.span(first, last + 1)
    return Attr(
        "Direct", [(quote.start, quote.end)], [sent.span(verb, verb + 1)], cls, speaker, sent.index
    )


def _speech_verb(sent: Sentence, k: int) -> bool:
    """A past speech verb of a frame (`said`, `told`, `added`), not a noun (`the report`)."""
    low = sent.lower[k]
    if sent.in_quote[k] or not low.endswith(("ed", "aid", "old", "ote")) or sent.is_cap(k):
        return False
    matches = sent.lex.verb_matches(low)
    return bool(matches) and matches[0].verb.complement


def _plain(sent: Sentence, k: int) -> bool:
    """A token of a subject or adjunct: no finite verb, modal or quotation mark."""
    low = sent.lower[k]
    text = sent.toks[k].text
    if sent.in_quote[k] or text in OPENING or text in CLOSING or text in (";", ":"):
        return False
    return low not in sent.lex.finite and low not in MODALS


def quoted_block(sent: Sentence, text: str) -> bool:
    """The sentence opens with a quotation that runs over a paragraph break (`"A.` + new
    paragraph + `"B," X said.`, or `"B."` going on from `"C," X said.` before): one unit over
    two blocks, which the block reader does not count as article text (a unit must lie inside
    one block), yet it is a quotation of the article's own report.  The break is a line break
    between two of the quotation's tokens (``text``: the article text), not a wide space."""
    toks = sent.toks
    if not toks or toks[0].text not in OPENING or not sent.quotes:
        return False
    q = sent.quotes[0]
    inside = [t for t in toks if q.start <= t.start and t.end <= q.end]
    return q.start == toks[0].start and any(
        "\n" in text[a.end : b.start] for a, b in zip(inside, inside[1:], strict=False)
    )
