"""English article layout the sentence rules cannot see: headlines and Q&A transcripts.

* A headline (the article's first paragraph, one unit ending in no full stop, colon or
  other clause mark, before more paragraphs) is the publication's summary: it frames nothing, also when it holds a quotation
  the body attributes (`'Nobody came to check on us', say fire survivors`; the dataset's README,
  sixth batch).
* A Q&A transcript gives each turn its own paragraph opening with the speaker's name and a
  colon (`Marchbanks: Because I can still choose. ...`).  With at least three such paragraphs
  and two labels, a label whose turns all end with a question mark is the interviewer (the
  publication's own voice, no claim; without one the paragraphs are a list, `Monday: ...`);
  every turn of another label with at least two turns is a ``Direct`` quotation
  without marks and without cue, from the word after the colon to the paragraph's end, with
  the label as speaker; the sentence rules' claims inside the turn give way to it.
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .text import CLOSING, Unit

#: longest speaker label before the colon (words)
_MAX_LABEL = 4
#: fewest labelled paragraphs that make a transcript
_MIN_TURNS = 3


def headline_units(sents: list[Sentence], units: list[Unit]) -> set[int]:
    """The unit of the article's headline (none when the first paragraph is no headline)."""
    if len(units) < 2 or not sents[0].toks or units[1].paragraph == units[0].paragraph:
        return set()
    toks = sents[0].toks
    k = len(toks) - 1
    while k > 0 and (toks[k].text in CLOSING or toks[k].text in ("'", '"', ")")):
        k -= 1  # `The mayor said: "We will rebuild."` ends its sentence inside the quotation
    return set() if toks[k].text in (".", "!", "?", ":", ";", ",") else {0}


def _label(sent: Sentence) -> int:
    """Index of the colon after a capitalised name label opening the sentence, or -1."""
    toks = sent.toks
    for k in range(1, min(len(toks) - 1, _MAX_LABEL + 1)):
        if toks[k].text == ":" and not sent.in_quote[k]:
            return k
        if not (sent.is_cap(k) and sent.is_word(k)):
            return -1
    return -1


def transcript_turns(
    sents: list[Sentence], units: list[Unit], per_unit: list[list[Attr]]
) -> set[int]:
    """Replace the claims inside the answer turns of a Q&A transcript by one Direct quotation
    per turn (see the module docstring); the units of the turns, which no later rule reads."""
    firsts: dict[int, int] = {}
    for i, u in enumerate(units):
        firsts.setdefault(u.paragraph, i)
    turns: list[tuple[str, int, int, int]] = []  # label, first unit, last unit, colon
    for p, i in firsts.items():
        sent = sents[i]
        if not sent.toks or not sent.is_cap(0) or sent.in_quote[0]:
            continue
        colon = _label(sent)
        if colon < 1 or len(sent.toks[0].text) < 2:
            continue
        last = max(j for j, u in enumerate(units) if u.paragraph == p)
        label = " ".join(sent.lower[:colon])
        turns.append((label, i, last, colon))
    if len(turns) < _MIN_TURNS or len({t[0] for t in turns}) < 2:
        return set()
    counts = {label: sum(1 for t in turns if t[0] == label) for label, *_ in turns}
    asking = {
        label
        for label in {t[0] for t in turns}
        if all(
            sents[last].toks and sents[last].toks[-1].text == "?"
            for lab, _, last, _ in turns
            if lab == label
        )
    }
    if not asking:
        return set()  # a list (`Monday: ...`, `Tuesday: ...`), no interview
    taken: set[int] = set()
    for label, first, last, colon in turns:
        if label in asking or counts[label] < 2 or not sents[last].toks:
            continue  # an answering speaker takes several turns
        taken.update(range(first, last + 1))
        sent = sents[first]
        part: Span2 = (sent.toks[colon + 1].start, sents[last].toks[-1].end)
        speaker: Span2 = (sent.toks[0].start, sent.toks[colon - 1].end)
        for j in range(first, last + 1):
            per_unit[j].clear()
        per_unit[first].append(Attr("Direct", [part], [], "say", speaker, first))
    return taken
