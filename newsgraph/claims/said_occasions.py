"""The occasion a German claim was made at (``occasion``), when no time expression dates it.

News dates many statements by the event they were made at rather than by a date: `sagte nach
der Abstimmung`, `sprach zum Auftakt der ersten Lesung von …`, `sagte anschließend vor
Journalisten`, `am Rande des Gipfels`.  These are no time expressions (the times stage has no
value for them), so ``said`` stays empty; the record keeps the phrase as ``occasion``.

Read in the clause of the claim's cue (the spans :func:`.said_times.saying_clause` gives,
outside the content of framed speech, which has its own occasions), the occasion nearest to
the cue's last word:

* a preposition of time (`nach`, `vor`, `bei`, `zum`, `während`, …) before a noun phrase whose
  head names an event (lexicon ``occasions.events``, compound ends: `Kabinettssitzung`), with
  the event's genitive attribute (`zum Auftakt der ersten Lesung`);
* a preposition before a noun that needs an event after it (`zu Beginn der Sitzung`, `am Rande
  des Gipfels`, `im Anschluss an die Sitzung`) when that event follows;
* a preposition of time before a period (lexicon ``occasions.periods``: `im Wahlkampf`,
  `während seiner Amtszeit`, `in seiner ersten Legislaturperiode`);
* an adverb referring to the event told before (`anschließend`).

Not read: the occasion a plan or a cited source speaks of (see ``saying_clause``), words in
quotation marks, an event noun that is the object of the cue (`kritisierte die Abstimmung`: no
preposition before it).
"""

from __future__ import annotations

from ..doc import Doc
from .frames import Attr, Sentence, Span2
from .said_times import saying_clause

#: tags inside an event's noun phrase before its head (`der ersten`, `dem gestrigen`)
_LEAD_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "CARD", "ADV", "PDAT"})
#: prepositions that open a noun needing an event (`am Rande`, `im Anschluss an`, `zu Beginn`)
_FRAME_PREPS = frozenset({"am", "im", "zu", "zum", "vor", "nach", "bei", "beim", "gegen"})


def said_occasion(doc: Doc, a: Attr, sents: list[Sentence]) -> Span2 | None:
    """Character span of the occasion of the claim of ``a``, or None."""
    found = saying_clause(doc, a, sents)
    if found is None:
        return None
    sent, spans = found
    cue = a.cue or a.frame_cue
    anchor = cue[-1][0]
    best: tuple[int, Span2] | None = None
    for k in range(len(sent.toks)):
        start = sent.toks[k].start
        if not any(s0 <= start < s1 for s0, s1 in spans) or sent.in_quote[k]:
            continue
        if a.covers(start) and a.kind != "Reported":
            continue  # the content's own occasion (`sagte, nach dem Spiel sei …`)
        end = _occasion_at(sent, k)
        if end is None or _attribute_or_source(sent, a, k, end):
            continue
        dist = abs(start - anchor)
        if best is None or dist < best[0]:
            best = (dist, sent.span(k, end))
    return best[1] if best else None


def _attribute_or_source(sent: Sentence, a: Attr, k: int, end: int) -> bool:
    """The phrase ``[k, end)`` is no occasion of saying: an attribute of the noun before it
    (`die Leitsätze zum Urteil`, `eine Festnahme nach Eintreffen`; not the speaker's noun:
    `sagte der Trainer nach dem Spiel`), or part of the frame itself (`Nach dem Urteil sind
    …`: `nach` names the source)."""
    start, stop = sent.toks[k].start, sent.toks[end - 1].end
    if any(s0 < stop and start < s1 for s0, s1 in [*a.cue, *a.frame_cue]):
        return True
    if a.speaker is not None and a.speaker[0] < stop and start < a.speaker[1]:
        return True
    if k == 0 or sent.toks[k - 1].tag != "NN":
        return False
    before = sent.toks[k - 1].start
    return a.speaker is None or not a.speaker[0] <= before < a.speaker[1]


def _occasion_at(sent: Sentence, k: int) -> int | None:
    """End (exclusive token index) of an occasion phrase starting at ``k``, or None."""
    lex = sent.lex
    low = sent.lower[k]
    if low in lex.occasion_adverbs:
        if k > 0 and sent.lower[k - 1] in ("bis", "seit", "von"):
            return None  # `bis zuletzt`, `seit damals`: the bound of a period, no moment
        return k + 1
    if low not in lex.occasion_preps and low not in _FRAME_PREPS and low not in lex.period_preps:
        return None
    head = _head(sent, k + 1)
    if head is None:
        return None
    word = sent.toks[head].text
    if low in lex.period_preps and word.lower().endswith(lex.occasion_periods):
        return _with_attribute(sent, head + 1)  # `im Wahlkampf`, `während seiner Amtszeit`
    if low in lex.occasion_preps and lex.is_occasion_noun(word):
        return _with_attribute(sent, head + 1)
    if low in _FRAME_PREPS and sent.lower[head] in lex.occasion_frames:
        # `zu Beginn der Sitzung`, `am Rande des Gipfels`, `im Anschluss an die Sitzung`
        nxt = head + 1
        if nxt < len(sent.toks) and sent.lower[nxt] == "an":
            nxt += 1
        event = _head(sent, nxt)
        if event is not None and lex.is_occasion_noun(sent.toks[event].text):
            return _with_attribute(sent, event + 1)
    return None


def _head(sent: Sentence, j: int) -> int | None:
    """The noun heading the phrase that starts at ``j`` (after articles and adjectives)."""
    n = len(sent.toks)
    while j < n and sent.toks[j].tag in _LEAD_TAGS and not sent.in_quote[j]:
        j += 1
    if j < n and sent.toks[j].tag in ("NN", "NE") and not sent.in_quote[j]:
        return j
    return None


def _with_attribute(sent: Sentence, j: int) -> int:
    """``j`` past a genitive attribute right after the event noun (`der ersten Lesung`)."""
    if j < len(sent.toks) and sent.lower[j] in ("der", "des"):
        head = _head(sent, j)
        if head is not None:
            return head + 1
    return j
