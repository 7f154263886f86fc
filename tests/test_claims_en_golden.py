"""Golden test: every claim of a short English article of our own, with chains (a trailing
frame over a framed clause), stance (hearsay, denial, conditional), the said-time, a continued
quotation, pronoun, surname and description speakers.  Entities and times are hand-made, so
the claims stage runs alone."""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc, Mention
from newsgraph.record import Article, Entity, Span, TimeExpr

TEXT = (
    "HARBOURTON, May 4 - The port authority reportedly closed the northern dock, the Coast "
    "Gazette reported on Monday. Mayor Lena Hart said the closure would last a week, the "
    "newspaper added. The shipping company has denied that its vessel caused the damage. "
    '"We followed every rule," Hart told reporters on Tuesday. "Nobody was hurt." '
    "She said the dock would reopen if the repairs went well. "
    "According to the harbour police, two cranes were damaged."
)

EXPECTED = [
    # id, form, stance, speaker, speaker_text, cue, said, via, content
    ("c1", "indirect", "alleged", "e1", "the Coast Gazette", "reported", "t2", None,
     "The port authority reportedly closed the northern dock"),
    ("c2", "indirect", "reported", "e1", "the newspaper", "added", None, None,
     "Mayor Lena Hart said the closure would last a week"),
    ("c3", "indirect", "future", "e2", "Mayor Lena Hart", "said", None, "c2",
     "the closure would last a week"),
    ("c4", "indirect", "denied", None, "The shipping company", "denied", None, None,
     "that its vessel caused the damage"),
    ("c5", "direct", "reported", "e2", "Hart", "told", "t3", None, '"We followed every rule,"'),
    # the quotation goes on in the next sentence: the second part of the same claim
    ("c5.2", "direct", "reported", "e2", "Hart", "told", "t3", None, '"Nobody was hurt."'),
    ("c6", "indirect", "hypothetical", "e2", "Hart", "said", None, None,
     "the dock would reopen if the repairs went well"),
    ("c7", "indirect", "reported", None, "the harbour police", "According", None, None,
     "two cranes were damaged"),
]  # fmt: skip


def _entity(eid: str, kind: str, name: str) -> Entity:
    spans = []
    at = TEXT.find(name)
    while at >= 0:
        spans.append(Span(at, at + len(name), name))
        at = TEXT.find(name, at + 1)
    return Entity(eid, kind, name, mentions=tuple(spans))  # type: ignore[arg-type]


def _time(tid: str, words: str, value: str) -> TimeExpr:
    at = TEXT.index(words)
    return TimeExpr(tid, at, at + len(words), words, value)


def test_english_article_claims() -> None:
    ents = (_entity("e1", "ORG", "Coast Gazette"), _entity("e2", "PERSON", "Lena Hart"))
    times = (
        _time("t1", "May 4", "2025-05-04"),
        _time("t2", "Monday", "2025-05-05"),
        _time("t3", "Tuesday", "2025-05-06"),
    )
    doc = Doc(article=Article(id="g", text=TEXT, language="en", entities=ents, times=times))
    doc.mentions = [
        Mention(s.start, s.end, s.text, e.type, entity=e.id) for e in ents for s in e.mentions
    ]
    ClaimsStage()(doc)
    got = [
        (c.id, c.form, c.stance, c.speaker, c.speaker_text, c.cue.text if c.cue else None,
         c.said, c.via, c.content.text)
        for c in doc.article.claims
    ]  # fmt: skip
    assert got == EXPECTED
    for c in doc.article.claims:  # standoff offsets point into the text
        assert TEXT[c.content.start : c.content.end] == c.content.text
    hearsay = doc.article.claims[0]
    assert [e.text for e in hearsay.evidence] == ["reportedly"]
