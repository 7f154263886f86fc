"""English backshifted continuations beyond the first sentence after a frame.

`english_discourse` reads the sentence right after an Indirect frame whose short subject goes on
with `would`/`had` as that speaker's words (``IndirectFreeIndirect``).  Wire copy often goes on
for several such sentences, and the dataset marks each of them (its README, fifth batch):

* a chain: a backshifted sentence right after such a continuation goes on with the same speaker
  (`X told parliament that A would ... . B would ... . C would ...`);
* after `according to X` whose content is told in the past (`According to police, three men
  entered the shop. They had escaped with ...`);
* after a sentence whose Indirect content holds a quoted phrase (`The trial, he said, was "an
  experiment". His party would ask ...`): the quotation is part of the reported clause;
* over one sentence in the article's own voice (`Cape Arden handled 2.3 million tonnes last
  year.`) when the next sentence has `would` again (the future seen from the report: the
  article's own voice would write `will`), nobody having been framed in between;
* a subject with an apposition between commas (`The two men, aged 24 and 31, had been
  arrested ...`).
"""

from __future__ import annotations

from collections.abc import Callable

from .english_phrases import IRREGULAR_PAST, words
from .frames import Attr, Sentence

#: the subject test of english_discourse (`It would ...`, `Pupils who ... would ...`)
SubjectTest = Callable[[Sentence, list[Sentence]], bool]

#: past forms that show a reported content is told in the past
_PAST = words("was were had would could")
#: irregular past speech verbs (regular ones end in -ed: `conceded`, `announced`)
_PAST_CUES = words("said told wrote")


def further_continuation(
    sents: list[Sentence], per_unit: list[list[Attr]], i: int, subject_ok: SubjectTest
) -> list[Attr]:
    """The ``IndirectFreeIndirect`` attribution of sentence ``i`` when it goes on with a report
    that the sentence right before does not frame itself (see the module docstring)."""
    sent = sents[i]
    if len(sent.toks) < 4 or sent.quotes or sent.toks[-1].text != ".":
        return []
    if not (subject_ok(sent, sents[:i]) or _apposition_subject(sent) or _relative_subject(sent)):
        return []
    src = _source(sents, per_unit, i)
    if src is None and i >= 2 and not per_unit[i - 1] and _would_first(sent):
        # one sentence of the article's own voice in between (no quotation, no claim)
        article = not sents[i - 1].quotes and bool(sents[i - 1].toks)
        src = _source(sents, per_unit, i - 1, chain_only=True) if article else None
    if src is None or src.speaker is None:
        return []
    part = (sent.toks[0].start, sent.toks[-1].end)
    return [Attr("IndirectFreeIndirect", [part], [], src.cls, src.speaker, i)]


def _source(
    sents: list[Sentence], per_unit: list[list[Attr]], i: int, chain_only: bool = False
) -> Attr | None:
    """The attribution that sentence ``i`` continues, from the sentence right before it."""
    prev = per_unit[i - 1]
    if len(prev) == 1 and prev[0].kind == "IndirectFreeIndirect" and not prev[0].cue:
        return prev[0]
    if chain_only:
        framed = [a for a in prev if a.kind == "Indirect" and a.cue and a.speaker is not None]
        return framed[-1] if framed and len(framed) == len(prev) else None
    before = sents[i - 1]
    framed = [a for a in prev if a.kind == "Indirect" and a.cue and a.speaker is not None]
    if len(framed) != 1:
        return None
    a = framed[0]
    others = [b for b in prev if b is not a]
    if any(b.parent is not a for b in others):
        return None  # another claim of its own in the sentence
    if any(not any(s <= q.start and q.end <= e for s, e in a.parts) for q in before.quotes):
        return None  # a quotation outside the content: direct speech, not a report
    content = [k for k, t in enumerate(before.toks) if a.covers(t.start)]
    cue = [k for k, t in enumerate(before.toks) if t.start == a.cue[0][0]]
    if not content or not cue:
        return None
    if before.lower[cue[0]] == "according":
        past = any(_past(before, k) for k in content)
        return a if past else None
    word = before.lower[cue[0]]
    if word not in _PAST_CUES and not word.endswith("ed"):
        return None  # `says`, `tells`: a report in the present
    if any(before.lower[k] in _PAST for k in content):
        return a  # also with a quoted phrase inside the backshifted content
    return None


def _past(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    return low in _PAST or low in IRREGULAR_PAST or low.endswith("ed") and len(low) > 4


def _would_first(sent: Sentence) -> bool:
    """`would` comes before any `had` in the first words (the backshifted future)."""
    for k in range(min(len(sent.toks), 12)):
        if sent.lower[k] in ("would", "had"):
            return sent.lower[k] == "would"
    return False


def _apposition_subject(sent: Sentence) -> bool:
    """`The two men, aged 24 and 31, had been arrested ...`: a short noun phrase, an apposition
    between commas without a finite verb, then `had`/`would`."""
    toks, low = sent.toks, sent.lower
    first = next((k for k in range(min(len(toks), 6)) if toks[k].text == ","), -1)
    if first < 2 or any(low[k] in sent.lex.finite for k in range(first)):
        return False
    for k in range(first + 1, min(len(toks) - 1, first + 9)):
        if toks[k].text == ",":
            return k > first + 1 and low[k + 1] in ("would", "had")
        if low[k] in sent.lex.finite or sent.lex.verb_matches(low[k]):
            return False  # `The players, he conceded, had ...`: an interrupting frame
        if not toks[k].text[:1].isalnum():
            return False
    return False


#: relative pronouns opening a clause inside the subject
_RELATIVES = words("who that which whose")


def _relative_subject(sent: Sentence) -> bool:
    """`Businesses that used more than 50 cubic metres a day would face ...`: a noun phrase
    with a relative clause (opened within its first three words) and no comma, then
    `would`/`had` within fourteen words."""
    low = sent.lower
    rel = next((k for k in range(1, min(len(low), 4)) if low[k] in _RELATIVES), -1)
    if rel < 1 or sent.toks[0].text[:1].islower():
        return False
    if any(low[k] in sent.lex.finite or low[k] in _RELATIVES for k in range(rel)):
        return False  # `It was agreed that ...`: a clause, no subject
    for k in range(rel + 2, min(len(low), 15)):
        if low[k] in ("would", "had"):
            return True
        if not sent.toks[k].text[:1].isalnum():
            return False
    return False
