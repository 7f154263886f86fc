"""Quotations as the speaker's words or as names: a quoted name or title (`„Hvalur 9“`) is no
quotation; a quoted predicate (`bezeichnete X als „Wortbruch“`, `wurde als „extrem“
bezeichnet`), a quotation after a colon frame, a marked term (`so genannten „...“`) or a
quoted noun opening indirect content (`Er sagte, „No-Go-Areas“ dürfe es nicht geben`) is.
A verbless `so` frame before a colon (`…, so X weiter: „...“`) introduces the quotation after
it.  Quotations that a verb of their own clause governs are found by :mod:`.quoted_governors`
(``governed_quotes`` is re-exported here), name shapes by :mod:`.quoted_names`.
Used by :mod:`.attribution` and :mod:`.discourse`.
"""

from __future__ import annotations

from .frames import Attr, Cue, Sentence, Span2
from .quoted_governors import governed_quotes, own_frame
from .quoted_names import predicative, quoted_name


def evaluation_quotes(sent: Sentence, rep: Attr, framed: list[Attr]) -> list[Attr]:
    """The quotations a reported speech act holds as the speaker's words: all of the sentence's
    when it is alone, else those in its own span outside the framed claims beside it."""
    speaker = rep.speaker or (0, 0)
    return [
        own_frame(sent, q, rep)
        or Attr("Direct", [(q.start, q.end)], list(rep.frame_cue), rep.cls, rep.speaker, sent.index)
        for q in sent.quotes
        if not (speaker[0] <= q.start < speaker[1])
        and (predicative(sent, q.start) or not quoted_name(sent, q.start, q.end))
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
        so_frame = _so_lead_in(sent, start, colon)
        if so_frame is not None:
            # `…, so X weiter: „...“`: the source phrase after `so` frames the quotation
            cue_span, speaker_span = so_frame
            out.append(
                Attr(
                    "Direct", [quote] if quote else [], [cue_span], "say", speaker_span, sent.index
                )
            )
            continue
        named = _named_lead_in(sent, start, colon) if quote else None
        if named is not None:
            # `…, und der Minister Max Muster: „...“`: a name listed before the colon
            out.append(Attr("Direct", [quote] if quote else [], [], "say", named, sent.index))
            continue
        trailing = _trailing_frame(sent, quote) if quote else None
        if trailing is not None:
            # `X war zufrieden: „Ein guter Start“, sagte er.`: the colon clause only leads in
            out.append(
                Attr(
                    "Direct",
                    [quote] if quote else [],
                    [trailing[0]],
                    "say",
                    trailing[1],
                    sent.index,
                )
            )
            continue
        verbs = [i for i in range(start, colon) if sent.is_finite(i) and not sent.in_quote[i]]
        if not verbs:  # `X erläutert die Hypothese, die ..., so: „...“`
            verbs = [i for i in range(0, colon) if sent.is_finite(i)][:1]
        # of coordinated clauses the one right before the colon leads in (`X skandierte …
        # und Y rief aus: „...“`); a verb without its own subject shares the first one's
        found = [(v, sent.subject(v) or sent.subject_after(v)) for v in reversed(verbs)]
        verb, speaker = next(((v, s) for v, s in found if s is not None), (None, None))
        if verb is None or speaker is None:
            continue
        cue = [sent.span(verb, verb + 1)]
        out.append(Attr("Direct", [quote] if quote else [], cue, "say", speaker, sent.index))
    return out


def _trailing_frame(sent: Sentence, quote: Span2) -> tuple[Span2, Span2] | None:
    """Cue and subject of a frame right after the quotation and a comma (`„...“, sagte er`):
    a finite speech verb of the lexicon with its subject after it."""
    last = sent.index_ending_at(quote[1])
    if last is None or last + 2 >= len(sent.toks) or sent.toks[last + 1].text != ",":
        return None
    verb = last + 2
    if not sent.is_finite(verb) or not any(
        m.verb.cls == "say" for m in sent.lex.verb_matches(sent.lower[verb])
    ):
        return None
    speaker = sent.subject_after(verb)
    return (sent.span(verb, verb + 1), speaker) if speaker is not None else None


#: adverbs that may close a `so` frame before its colon (`so X weiter:`)
_SO_ADVERBS = frozenset({"weiter", "außerdem", "zudem", "ferner", "abschließend", "dazu"})


def _so_lead_in(sent: Sentence, start: int, colon: int) -> tuple[Span2, Span2] | None:
    """Cue and speaker of a verbless `so` frame after a comma before the colon (`Die Lage sei
    ernst, so der Sprecher weiter: „...“`): `so` and the noun phrase after it."""
    if start < 2 or sent.toks[start - 1].text != "," or sent.lower[start] != "so":
        return None
    end = colon
    while end > start + 1 and sent.lower[end - 1] in _SO_ADVERBS:
        end -= 1
    if end <= start + 1 or any(sent.is_finite(k) for k in range(start + 1, end)):
        return None
    if not sent.np_end_is(start + 1, end):
        return None
    return sent.span(start, start + 1), sent.span(start + 1, end)


def _named_lead_in(sent: Sentence, start: int, colon: int) -> Span2 | None:
    """A verbless clause before the colon that is only a noun phrase with a name, after a
    comma and a conjunction (`…, und der Minister Max Muster: „...“`)."""
    if start < 2 or sent.toks[start - 1].text != ",":
        return None
    if sent.lower[start] in ("und", "sowie", "oder"):
        start += 1
    if start >= colon or any(sent.is_finite(k) for k in range(start, colon)):
        return None
    if not sent.np_end_is(start, colon) or not any(
        sent.toks[k].tag == "NE" for k in range(start, colon)
    ):
        return None
    return sent.span(start, colon)


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
        if any(
            a.kind == "Direct"
            and a.parts == [(q.start, q.end)]
            and a.cue
            and a.speaker is not None
            and attr.covers(a.cue[0][0])
            and any(_speech_verb_at(sent, c[0]) for c in a.cue)
            for a in attrs
        ):
            # `Wie die Zeitung berichtete, sagte der Minister: „…“`: the quotation is the
            # direct quote of a frame inside the relayed content, not a partial quote of it
            continue
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


def _speech_verb_at(sent: Sentence, offset: int) -> bool:
    """The token at character ``offset`` is a speech verb of the lexicon (`sagte`), not just the
    finite verb a colon clause happens to end with (`entschieden hat: „…“`)."""
    k = sent.index_at(offset)
    return k is not None and bool(sent.lex.verb_matches(sent.toks[k].text))


#: words that may stand between the comma after a quotation and its trailing frame's cue
_TRAILING_LINKS = frozenset({"so", "wie"})
#: auxiliaries that open a passive trailing frame (`…“, wird X zitiert`)
_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden"})


def framed_partial_quotes(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """Quotations that are only part of the clause their frame reports.  A trailing frame
    reports the whole clause before it: when the quotation is only its end (`Dies sei eine
    Chance, im Web ein „Bürger erster Klasse zu werden“, erklärte X.`), the frame's claim is
    indirect speech over the clause.  A leading frame whose complement clause opens with a
    noun phrase outside the quotation that holds its finite verb (`Sie sagte, das Gespräch
    „sei gut verlaufen“.`) reports that clause.  Either way the quotation is nested in the
    indirect claim as a direct quote (mixed), not a direct quote of the quotation alone.
    German only; a quotation opening its sentence or following a colon stays a direct quote."""
    out = list(attrs)
    for a in attrs:
        if a.kind != "Direct" or a.parent is not None or len(a.parts) != 1 or not a.cue:
            continue
        if not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        first = sent.index_at(a.start)
        last = sent.index_ending_at(a.end)
        if sent.lex.language != "de" or first is None or last is None:
            continue
        if min(s for s, _ in a.cue) >= a.end:
            start = _trailing_clause_start(sent, a, first, last)
        elif max(e for _, e in a.cue) <= a.start:
            start = _complement_subject_start(sent, a, first, last)
        else:
            start = None
        if start is None or any(
            b is not a and any(b.covers(sent.toks[k].start) for k in range(start, first))
            for b in out
        ):
            continue
        wrapper = Attr(
            "Indirect", [(sent.toks[start].start, a.end)], list(a.cue), a.cls, a.speaker, a.unit
        )
        wrapper.mixed = True
        a.parent = wrapper
        out.insert(next(i for i, b in enumerate(out) if b is a), wrapper)  # parent first
    return out


def _trailing_clause_start(sent: Sentence, a: Attr, first: int, last: int) -> int | None:
    """First token of the clause a trailing frame reports with the quotation ``first`` …
    ``last`` (`…, ein „…“, erklärte X`), or None when the quotation is all of it."""
    cue_at = sent.index_at(min(s for s, _ in a.cue))
    if cue_at is None or last + 1 >= len(sent.toks) or sent.toks[last + 1].text != ",":
        return None
    if not _trailing_cue(sent, last + 2, cue_at):
        return None
    return _lead_start(sent, first)


#: word classes of the noun phrase that opens a complement before its quoted predicate
_SUBJECT_TAGS = frozenset(
    {"ART", "ADJA", "NN", "NE", "PPER", "PPOSAT", "PDAT", "PIAT", "PIS", "PDS", "CARD"}
)


def _complement_subject_start(sent: Sentence, a: Attr, first: int, last: int) -> int | None:
    """`sagte X, Benedikt XVI. „ist und bleibt …“.`: the noun phrase between the comma after
    the frame and the quotation, when the quotation holds the clause's finite verb and ends
    the sentence; None otherwise."""
    if last + 1 < len(sent.toks) and sent.toks[last + 1].text not in (".", "!"):
        return None
    if not any(sent.is_finite(k) for k in range(first + 1, last)):
        return None
    k = first
    while (
        k > 0
        and not sent.in_quote[k - 1]
        and (
            sent.toks[k - 1].tag in _SUBJECT_TAGS
            or (sent.toks[k - 1].text == "." and sent.toks[k - 2].end == sent.toks[k - 1].start)
        )
    ):
        k -= 1
    if k == first or first - k > 5 or k < 2 or sent.toks[k - 1].text != ",":
        return None
    if sent.toks[k - 1].start < max(e for _, e in a.cue):
        return None
    return k


def _trailing_cue(sent: Sentence, k: int, cue_at: int) -> bool:
    """The cue at ``cue_at`` opens the frame right after the comma (``k`` is the first token
    after it): the cue itself, after `so`/`wie` (`…“, so urteilte X`), or the participle of a
    passive frame whose auxiliary opens it (`…“, wird X, Sprecher von Y, zitiert`)."""
    if cue_at == k or (cue_at == k + 1 and sent.lower[k] in _TRAILING_LINKS):
        return True
    return (
        k < cue_at
        and sent.lower[k] in _PASSIVE_AUXILIARIES
        and not any(sent.is_finite(j) or sent.in_quote[j] for j in range(k + 1, cue_at))
    )


def _lead_start(sent: Sentence, first: int) -> int | None:
    """The first token of the words before the opening mark at ``first`` that the trailing
    frame reports with the quotation: from the sentence start or after a colon (a quotation
    among them belongs to the clause); None when no word of the article stands there."""
    start = first
    while start > 0 and sent.toks[start - 1].text not in (":", ";"):
        start -= 1
    words = [k for k in range(start, first) if sent.is_word(k) and not sent.in_quote[k]]
    if not words or any(sent.toks[k].text in ("(", "[") for k in range(start, first)):
        return None
    return next(k for k in range(start, first) if sent.is_word(k) or sent.in_quote[k])


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
    return predicative(sent, start) or (k > 0 and sent.lower[k - 1] in _TERM_MARKERS)


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


__all__ = [
    "colon_quotes",
    "evaluation_quote",
    "evaluation_quotes",
    "framed_partial_quotes",
    "governed_quotes",
    "nested_quotes",
    "quoted_name",
]
