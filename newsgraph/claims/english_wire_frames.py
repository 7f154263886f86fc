"""English wire frames of the coverage round (tests/test_claims_coverage_english.py).

* An inverted speaker goes on over a relative clause that closes the sentence: `..., said an
  official who spoke on condition of anonymity.` and `"...," said Nora Blake, who lives on the
  fifth floor.` (README: the speaker is the full noun phrase with its relative clause).  Before,
  the frame stopped at the name (the relative clause without comma even became an Indirect
  content).  The speaker ends at the end of the sentence or at a comma before an opening
  quotation mark (`said X, who ..., "B."`) or a frame tail (`, adding that ...`).  Left short,
  as older tests of english_frames, english9b and en_wire expect: a relative clause after a name
  apposition (`said her neighbour, Thomas Bauer, who ...`), `whose` clauses and appositions
  (`said Tom Reed, a spokesman for the ministry`), which the README would take in as well.
* An apposition after an inverted speaker (`"A," said Ana Ruiz, a senior economist at Halden
  Bank, "B."`) is part of the frame (:func:`apposition_end`); before, it was read as an
  Indirect content and the frame as no trailing one.
* `said on condition of anonymity because they were not authorised to speak publicly that C`:
  the reason clause after `anonymity` belongs to the frame, the content starts at `that`
  (:func:`skip_adjuncts`, wrapping the adjunct skip of english_phrases).  Before, the content
  was `because they were ... that C`.
"""

from __future__ import annotations

from .english_phrases import FRAME_TAILS, words
from .english_phrases import skip_adjuncts as _skip_adjuncts
from .frames import Sentence, Span2
from .text import OPENING

_APPOSITION_DETS = words("a an the")
_ENDS = frozenset([".", "!", "?", ":", ";"])
_REASONS = words("because as since")


def _stop(sent: Sentence, k: int, ce: int) -> int:
    """The end of a speaker tail from ``k``: the sentence end or a comma before an opening
    quotation mark or a frame tail (`adding`)."""
    j = k
    while j < ce:
        t = sent.toks[j].text
        if t in OPENING or t in _ENDS:
            return j
        if (
            t == ","
            and j + 1 < ce
            and (sent.toks[j + 1].text in OPENING or sent.lower[j + 1] in FRAME_TAILS)
        ):
            return j
        j += 1
    return j


def inverted_tail(sent: Sentence, subject: Span2 | None, v: int, ce: int) -> Span2 | None:
    """``subject`` (an inverted subject right after the speech verb ``v``) extended over a
    `who` clause up to the end of the sentence."""
    if subject is None or subject[0] != v + 1:
        return subject
    s, k = subject
    if k >= ce or any(sent.in_quote[j] or sent.toks[j].text == "," for j in range(s, k)):
        return subject  # a quotation or a name apposition inside: keep it
    if sent.lower[k] == "who":
        head = k  # `said an official who spoke ...`
    elif sent.toks[k].text == "," and k + 1 < ce and sent.lower[k + 1] == "who":
        head = k + 1  # `said Nora Blake, who lives ...`
    else:
        return subject
    end = _stop(sent, head, ce)
    if end <= head + 1 or any(sent.in_quote[j] for j in range(head, end)):
        return subject
    return s, end


def apposition_end(sent: Sentence, k: int, ce: int) -> int:
    """After an inverted speaker ending at ``k``: the end of an apposition (`, a professor at
    Y`, with a `who` clause after it) that closes the sentence or stands before a quotation or a
    frame tail; ``k`` when none follows.  The apposition belongs to the frame, not the content."""
    if not (k + 1 < ce and sent.toks[k].text == "," and sent.lower[k + 1] in _APPOSITION_DETS):
        return k
    end = _stop(sent, k + 1, ce)
    comma = next((j for j in range(k + 1, end) if sent.toks[j].text == ","), end)
    if comma < end and not (comma + 1 < end and sent.lower[comma + 1] == "who"):
        return k  # `, the first time ..., and ...`: something else goes on
    if end <= k + 2 or any(sent.in_quote[j] for j in range(k, end)):
        return k
    return end


def skip_adjuncts(sent: Sentence, i: int, ce: int, addressee: bool) -> int:
    """:func:`.english_phrases.skip_adjuncts` going on over the reason given for anonymity
    (`on condition of anonymity because they were not authorised to speak publicly`) up to
    the `that` opening the content."""
    j = _skip_adjuncts(sent, i, ce, addressee)
    if not (i < j < ce and sent.lower[j - 1] == "anonymity" and sent.lower[j] in _REASONS):
        return j
    that = next(
        (k for k in range(j + 2, ce) if sent.lower[k] == "that" and not sent.in_quote[k]), None
    )
    return j if that is None else that
