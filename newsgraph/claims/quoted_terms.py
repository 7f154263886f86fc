"""Quotations as the speaker's words or as names: a quoted name or title (`„Hvalur 9“`) is no
quotation; a quoted predicate (`bezeichnete X als „Wortbruch“`, `wurde als „extrem“
bezeichnet`), a quotation after a colon frame, a marked term (`so genannten „...“`) or a
quoted noun opening indirect content (`Er sagte, „No-Go-Areas“ dürfe es nicht geben`) is.
Used by :mod:`.attribution` and :mod:`.discourse`.
"""

from __future__ import annotations

from .frames import Attr, Cue, Sentence, Span2


def evaluation_quotes(sent: Sentence, rep: Attr, framed: list[Attr]) -> list[Attr]:
    """The quotations a reported speech act holds as the speaker's words: all of the sentence's
    when it is alone, else those in its own span outside the framed claims beside it."""
    speaker = rep.speaker or (0, 0)
    return [
        Attr("Direct", [(q.start, q.end)], list(rep.frame_cue), rep.cls, rep.speaker, sent.index)
        for q in sent.quotes
        if not (speaker[0] <= q.start < speaker[1])
        and (_predicative(sent, q.start) or not quoted_name(sent, q.start, q.end))
        and (
            not framed
            or (
                rep.start <= q.start
                and q.end <= rep.end
                and not any(a.covers(q.start) for a in framed)
            )
        )
    ]


def colon_quotes(sent: Sentence, attrs: list[Attr], pending: bool = False) -> list[Attr]:
    """`X kommentierte mit folgenden Worten: „...“`: a quotation after a colon is a direct quote
    of the colon clause's subject, also when its verb is not in the lexicon.  With ``pending``
    the sentence itself ends in the colon and the quotation follows in the next sentence."""
    out: list[Attr] = []
    targets: list[tuple[int, Span2 | None]] = []
    if pending:
        if sent.toks and sent.toks[-1].text == ":":
            targets.append((len(sent.toks) - 1, None))
    else:
        for q in sent.quotes:
            k = sent.index_at(q.start)
            if (
                k
                and sent.toks[k - 1].text == ":"
                and not any(a.covers(q.start) for a in attrs)
                and not quoted_name(sent, q.start, q.end)  # `stellte die CD vor: „Blue Sky“`
            ):
                targets.append((k - 1, (q.start, q.end)))
    for colon, quote in targets:
        start = sent.clause_start(colon)
        verb = next((i for i in range(start, colon) if sent.is_finite(i)), None)
        if verb is None:  # `X erläutert die Hypothese, die ..., so: „...“`
            verb = next((i for i in range(0, colon) if sent.is_finite(i)), None)
        if verb is None:
            continue
        speaker = sent.subject(verb) or sent.subject_after(verb)
        if speaker is None:
            continue
        cue = [sent.span(verb, verb + 1)]
        out.append(Attr("Direct", [quote] if quote else [], cue, "say", speaker, sent.index))
    return out


def evaluation_quote(
    sent: Sentence, pos: list[int], cue: Cue, cue_spans: list[Span2]
) -> Attr | None:
    """`X wird im Bericht als „extrem“ bezeichnet`: the quotation after `als` in the clause of a
    passive speech verb without an agent, a direct quote without a speaker."""
    start = sent.clause_start(pos[0])
    for k in range(start, cue.positions[-1]):
        if sent.lower[k] != "als" or sent.in_quote[k]:
            continue
        quote = next((q for q in sent.quotes if q.start == sent.toks[k + 1].start), None)
        if quote is not None and quote.end <= sent.toks[cue.positions[-1]].start:
            return Attr(
                "Direct", [(quote.start, quote.end)], list(cue_spans), cue.cls, None, sent.index
            )
    return None


def nested_quotes(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """Quotations inside indirect content: nested ``Direct`` attributions of the innermost
    attribution holding them (its form becomes mixed).  Quoted names (`„Hvalur 9“`) are no
    quotations, unless a predicate position makes a capitalised noun the speaker's word (`sei
    ein „Wortbruch“`, `als „Kapitulation“`)."""
    out = list(attrs)
    for q in sent.quotes:
        holders = [
            (attr.end - attr.start, idx)
            for idx, attr in enumerate(attrs)
            if attr.kind in ("Indirect", "Reported")
            and any(s <= q.start and q.end <= e for s, e in attr.parts)
            and (q.start, q.end) not in attr.parts
        ]
        if not holders:
            continue
        idx = min(holders)[1]
        attr = attrs[idx]
        if quoted_name(sent, q.start, q.end) and not (
            _marked_term(sent, q.start) or _leading_term(sent, q.start, q.end, attr)
        ):
            continue
        nested = Attr(
            "Direct", [(q.start, q.end)], list(attr.cue), attr.cls, attr.speaker, sent.index
        )
        nested.parent = attr
        attr.mixed = True
        out.append(nested)
    return out


#: words before a quotation that make it a predicate of the frame verb (`bezeichnete X als
#: „Wortbruch“`, `nannte dies einen „Putsch“`): an evaluation in the speaker's words, no name
_PREDICATIVE = frozenset({"als", "ein", "eine", "einen", "einem", "einer", "eines"})


def _predicative(sent: Sentence, start: int) -> bool:
    k = sent.index_at(start, 0)
    return k > 0 and sent.lower[k - 1] in _PREDICATIVE


#: words before a quotation that mark it as someone's term (`so genannten „...“`)
_TERM_MARKERS = frozenset(
    {
        "genannte",
        "genannten",
        "genannter",
        "genanntes",
        "sogenannte",
        "sogenannten",
        "sogenannter",
        "sogenanntes",
    }
)


def _marked_term(sent: Sentence, start: int) -> bool:
    """A predicate (`sei ein „Wortbruch“`) or a marked term (`mit so genannten „...“`)."""
    k = sent.index_at(start, 0)
    return _predicative(sent, start) or (k > 0 and sent.lower[k - 1] in _TERM_MARKERS)


def _leading_term(sent: Sentence, start: int, end: int, attr: Attr) -> bool:
    """`Er sagte, „Sperrzonen“ dürfe es nicht geben`: one quoted word not tagged as a name
    (``NE``/``FM``; the tagger often misreads such coinages) opening the indirect content right
    before its finite verb is the speaker's term."""
    if not any(s == start for s, _ in attr.parts):
        return False
    inner = [k for k, t in enumerate(sent.toks) if start < t.start and t.end < end]
    if len(inner) != 1 or sent.toks[inner[0]].tag in ("NE", "FM"):
        return False
    after = inner[0] + 2
    return after < len(sent.toks) and sent.is_finite(after) and not sent.in_quote[after]


def quoted_name(sent: Sentence, start: int, end: int) -> bool:
    """A name or title in quotation marks: capitalised words only (`„Hvalur 9“`), or a
    capitalised phrase right after the noun it names (`der Film „Le Grand Macabre“`)."""
    inner = [t for t in sent.toks if start < t.start and t.end < end]
    words = [t.text for t in inner if t.text[0].isalnum()]
    if not words:
        return False
    if len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() for w in words):
        return True
    k = sent.index_at(start, 0)
    after_noun = k > 0 and sent.is_cap(k - 1) and sent.is_word(k - 1) and k - 1 > 0
    ends_sentence = any(t.text in ".!?" for t in inner)
    return after_noun and words[0][0].isupper() and len(words) <= 8 and not ends_sentence


__all__ = ["colon_quotes", "evaluation_quote", "evaluation_quotes", "nested_quotes", "quoted_name"]
