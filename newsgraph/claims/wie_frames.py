"""`wie` frames: where a `wie X mitteilte` insertion opens, and when a `wie` clause is no frame.

`Wie die Polizei mitteilte, …` and `…, wie X sagte, …` name the source of the clause around
them; `Er schilderte, wie …` (the `wie` clause is the verb's content), a comparison (`so
beeindruckend, wie niemand erwartet hatte`), a question or degree (`wie lange …`) and `wie
geplant` are no frames.
"""

from __future__ import annotations

from .frames import Sentence
from .lexicon import CLASS_STANCE


def wie_position(sent: Sentence, head: int) -> int | None:
    """`Wie X (, Sprecher von Y,) heute mitteilte`: the `wie` that opens the frame clause."""
    for w in range(head - 1, max(-1, head - 20), -1):
        low = sent.lower[w]
        if low == "wie" and (
            w == 0
            or sent.toks[w - 1].text in (",", "(", "–", ":")
            or (w == 1 and sent.lower[0] in _WIE_OPENERS)  # `Denn wie X berichtete, ...`
        ):
            if any(_finite_in_frame(sent, k) for k in range(w + 1, head)):
                return None
            if (
                w >= 2
                and sent.toks[w - 1].text == ","
                and _speech_verb_before(sent, w - 2)
                and sent.clause_end(head) >= sent.content_end()
            ):
                # `Er schilderte, wie er … hingewiesen habe.`: the verb's content, no insertion
                return None
            return w
        if sent.toks[w].text in (";", ":"):
            return None
        if sent.in_quote[w] and not _in_quoted_name(sent, w):
            return None  # a real quotation: `„... wie wir ...“, sagte X` has no `wie` frame
    return None


#: every cue class: any verb that frames a complement clause
_ANY_CLASS = frozenset(CLASS_STANCE)


def _speech_verb_before(sent: Sentence, k: int) -> bool:
    """The word at ``k`` is a verb of saying closing its clause right before a comma, finite
    (`Er schilderte, wie …`) or the participle of a perfect (`Zeugen hatten berichtet, wie
    …`): the `wie` clause after it is that verb's content."""
    low = sent.lower[k]
    if sent.is_finite(k):
        return sent.lex.finite_speech_verb(low, _ANY_CLASS)
    return sent.toks[k].tag == "VVPP" and any(
        m.kind == "participle" and m.verb.complement for m in sent.lex.verb_matches(low)
    )


#: degree words after `wie` that make a question or comparison (`wie lange X ...`)
_DEGREE = frozenset(
    {
        "lange",
        "viel",
        "viele",
        "oft",
        "häufig",
        "hoch",
        "weit",
        "sehr",
        "schnell",
        "groß",
        "gut",
        "wenig",
        "wenige",
        "stark",
        "sicher",
        "ernst",
        "wichtig",
    }
)


def wie_comparison(sent: Sentence, w: int, head: int) -> bool:
    """The `wie` at ``w`` compares or asks rather than opening a source frame: a degree word
    after it (`wie lange jemand die Aktie hält`), `so`/`ebenso` + adjective before it (`so
    beeindruckend, wie niemand erwartet hatte`), or a bare participle frame without a source
    (`wie geplant`, `wie erwartet`: as planned, not someone's report)."""
    if sent.lower[w + 1] in _DEGREE:
        return True
    start = sent.clause_start(w - 1) if w > 0 else 0
    if any(
        sent.lower[k] in ("so", "ebenso", "genauso", "genau")
        and k + 1 < w
        and sent.toks[k + 1].tag in ("ADJD", "ADV", "ADJA")
        for k in range(start, w)
    ):
        return True
    return head == w + 1 and sent.toks[head].tag == "VVPP"


#: sentence-initial connectives before a `wie X berichtete` frame
_WIE_OPENERS = frozenset({"denn", "und", "aber", "doch", "auch"})


def _in_quoted_name(sent: Sentence, k: int) -> bool:
    """Token ``k`` is in a short quoted name (`Wie „heise online“ berichtet`)."""
    start = sent.toks[k].start
    return any(q.start <= start < q.end and q.words <= 3 for q in sent.quotes)


def _finite_in_frame(sent: Sentence, k: int) -> bool:
    """A finite verb inside a `wie` frame before its cue; names the tagger misreads as verbs
    (`t-online.de`, a word of a quoted name) are none."""
    if sent.in_quote[k] or any(c in sent.lower[k] for c in ".-0123456789"):
        return False
    return sent.is_finite(k)
