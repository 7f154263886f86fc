"""When a German claim was said (``said``): the time expression attached to its frame.

The time expression (``article.times``) in the cue's sentence that lies outside the content,
the nearest one to the cue: `gab am 4. November bekannt` → `am 4. November`, `erklärte gestern`,
`Am Dienstag sagte der Minister`, `…, sagte der Minister am Mittwoch`.  Reported speech spans
its frame, so a time inside its content still counts.  No time is the time of saying when

- the cue is a verb of intention the lexicon lists among announcements (`will`, `plant`,
  `beabsichtigt`): no speech act, `Die Stadt will im Herbst … einführen` names the time of the
  plan;
- the claim is a source cited by `unter Berufung auf` (cue class ``cite``): the article tells
  when the medium reported, not when its source spoke;
- the time expression is a target governed by `für`, `ab` or `bis` (`kündigte für Mai einen
  Streik an`, `ab Montag`), or begins after the article's publication date (`kündigte für
  kommende Woche Streiks an`): nothing was said in the future (coverage round, session 9);
- it is a duration or a set (`der 81-jährige`, `seit drei Jahren`, `täglich`), stands in
  quotation marks (`in der „BILD am Sonntag“`), belongs to a noun (`des Irakkrieges 2003`,
  `der Saison 2005`), or lies in another clause than the cue (`Der Bürgermeister, der am
  Montag gewählt wurde, sagte …`; `…, welche in dieser Woche zurückkehrten`): measured on the
  claim-records gold, session 10;
- a `Demnach`/`Danach` frame without a time of its own takes the time point of the main
  clause of the sentence before, the statement it points back to (`X gab am Montag einen
  Kommentar ab. Demnach …`).
"""

from __future__ import annotations

import re
from datetime import date

from ..doc import Doc
from ..record import TimeExpr
from .frames import Attr, Sentence, Span2

#: verbs of intention that the lexicon lists as announcements: no speech act, no time of saying
_INTENTION = frozenset(
    [
        "will",
        "wollen",
        "wollte",
        "wollten",
        "wolle",
        "plant",
        "planen",
        "plante",
        "planten",
        "plane",
        "beabsichtigt",
        "beabsichtigen",
        "beabsichtigte",
        "beabsichtigten",
        "beabsichtige",
    ]
)
#: prepositions of a target time (`für Mai`, `ab Montag`, `bis Freitag`)
_TARGET = frozenset(["für", "ab", "bis"])
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")


def said_time(doc: Doc, a: Attr, sent: Sentence, before: Sentence | None = None) -> str | None:
    """The id of the time expression of the frame of ``a``, or None.  ``before`` is the
    sentence before ``sent``: a `Demnach`/`Danach` frame points back to the statement told
    there, and its time is the time of saying (`X gab am Montag einen Kommentar ab. Demnach
    …`)."""
    cue = a.cue or a.frame_cue
    if not cue or not sent.toks or a.cls == "cite":
        return None  # `unter Berufung auf X`: when X spoke is not told
    word = doc.text[cue[0][0] : cue[0][1]].lower()
    if word in _INTENTION:
        return None  # `will im Herbst einführen`: the time of the plan, not of a saying
    published = _day(doc.article.source.published or "")
    found = _nearest_time(doc, sent, cue, published, a)
    if found is None and word in ("demnach", "danach") and before is not None and before.toks:
        verb = next((k for k in range(len(before.toks)) if before.is_finite(k)), None)
        if verb is not None:
            return _nearest_time(doc, before, [before.span(verb, verb + 1)], published, None)
    return found


def _nearest_time(
    doc: Doc, sent: Sentence, cue: list[Span2], published: date | None, a: Attr | None
) -> str | None:
    """The time point of the clause of ``cue`` in ``sent`` nearest to the cue's last word,
    outside the content of ``a`` (reported speech spans its frame: there it counts)."""
    anchor = cue[-1][0]
    spans = _cue_clause(sent, cue)
    best: tuple[int, str] | None = None
    for t in doc.article.times:
        inside = a is not None and a.covers(t.start) and a.kind != "Reported"
        # an apposition may run on past the clause: `am Montag, dem 3.`
        if not any(s0 <= t.start < s1 for s0, s1 in spans) or inside:
            continue
        if _target(doc.text, t) or _after(t, published) or t.kind in ("duration", "set"):
            continue
        if _quoted_or_attribute(sent, t):
            continue
        dist = abs(t.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, t.id)
    return best[1] if best else None


def _cue_clause(sent: Sentence, cue: list[Span2]) -> list[tuple[int, int]]:
    """Character spans of the clause of the cue, from the clause start of its first word to the
    clause end of its last one (`Jetzt gab der Leiter, Andreas Huber, bekannt`: an apposition
    between the verb and its particle stays inside); the whole sentence when the cue's words
    are not tokens of the sentence.  A finite cue right after a subordinate clause in second
    position keeps the Vorfeld before that clause (`Am Montag, als die Wahl begann, sagte X`:
    `Am Montag`, not the subordinate clause's own words)."""
    ks = sent.indices_of(cue)
    if not ks:
        return [(sent.toks[0].start, sent.toks[-1].end)]
    first = sent.clause_start(ks[0])
    last = max(ks[-1], sent.clause_end(ks[-1]) - 1)
    spans = [(sent.toks[first].start, sent.toks[last].end)]
    if first == ks[0] and first >= 2 and sent.toks[first - 1].text == ",":
        sub = sent.clause_start(first - 2)  # the subordinate clause before the verb
        if sub >= 2 and sent.toks[sub].tag == "KOUS" and sent.toks[sub - 1].text == ",":
            lead = sent.clause_start(sub - 2)
            if lead == 0:
                spans.append((sent.toks[0].start, sent.toks[sub - 1].start))
    return spans


def _quoted_or_attribute(sent: Sentence, t: TimeExpr) -> bool:
    """The expression is inside quotation marks, or a number right after the noun it belongs
    to (`des Irakkrieges 2003`; not `sagte der Sprecher gestern`)."""
    k = sent.index_at(t.start)
    if k is None:
        return False
    attribute = t.text[:1].isdigit() and k > 0 and sent.toks[k - 1].tag in ("NN", "NE")
    return sent.in_quote[k] or attribute


def _target(text: str, t: TimeExpr) -> bool:
    """`für kommende Woche`, `ab Montag`: the word before the expression is a preposition of
    a target time."""
    before = text[max(0, t.start - 12) : t.start].split()
    return bool(before) and before[-1].lower() in _TARGET


def _after(t: TimeExpr, published: date | None) -> bool:
    """The expression begins after the publication day."""
    start = _start(t.value)
    return published is not None and start is not None and start > published


def _day(value: str) -> date | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _start(value: str) -> date | None:
    """The first day of a normalised date, week, month or year value."""
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None
