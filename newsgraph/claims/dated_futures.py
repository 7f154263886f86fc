"""A claim about a date after the article's publication is a ``future`` (session 21).

German tells a plan or an announced change in the present tense with the date it takes effect:
`Der Versorger erhöht den Strompreis ab dem 1. März`, `Die Regeln gelten vom 1. Januar an`,
`Der Gipfel findet im Dezember statt`.  The stance rules read future from auxiliaries, modal
verbs and adverbs of time (`werde`, `soll`, `morgen`, `nächste Woche`); a calendar date says it
only against the publication date.  A claim whose content holds a time expression (the times
stage's ``article.times``) that begins after the publication day, with a present-tense finite
verb in the content and none in the past tense, states something ahead: ``future``, the time
expression its evidence.  A date that bounds a lasting state (`einen Vertrag bis 2028`, `seit`)
tells no event ahead.  Without a publication date nothing is read.
"""

from __future__ import annotations

from ..doc import Doc
from .frames import Attr, Span2
from .said_times import begins_after, day_of

#: finite auxiliaries of a past tense (perfect, pluperfect, passive past) in the content
_PAST_AUXILIARIES = frozenset(
    {"hatte", "hatten", "war", "waren", "wurde", "wurden", "habe", "hätte", "hätten", "hat",
     "haben", "ist", "sind", "sei", "seien"}
)  # fmt: skip


def dated_future(doc: Doc, a: Attr) -> list[Span2]:
    """The time expressions in the content of ``a`` that begin after the publication day,
    when the content's finite verbs are all in the present tense; else an empty list."""
    published = day_of(doc.article.source.published or "")
    if published is None or not a.parts:
        return []
    ahead = [
        (t.start, t.end)
        for t in doc.article.times
        if t.kind == "date"
        and any(s <= t.start and t.end <= e for s, e in a.parts)
        and begins_after(t, published)
        and not _bound(doc, t.start)
    ]
    if not ahead:
        return []
    finite = [
        tok
        for s, e in a.parts
        for tok in doc.tokens_in(s, e)
        if tok.tag in ("VVFIN", "VAFIN", "VMFIN")
    ]
    if not finite or any(
        tok.feat("Tense") == "Past" or tok.text.lower() in _PAST_AUXILIARIES for tok in finite
    ):
        return []  # `hatte … angekündigt`, `sei … erhöht worden`: told as past
    return ahead


#: words before a date that make it the bound of a lasting state (`einen Vertrag bis 2028`)
_BOUNDS = ("bis", "seit", "spätestens")


def _bound(doc: Doc, start: int) -> bool:
    """The time expression at ``start`` bounds a period (`bis 2028`, `seit …`), no event."""
    words = doc.text[max(0, start - 12) : start].split()
    return (
        bool(words) and words[-1].lower() in _BOUNDS or doc.text[start:].lower().startswith(_BOUNDS)
    )
