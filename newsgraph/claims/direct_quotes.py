"""Direct quotations after the sentence and discourse rules: what is specific to quoted speech.

Names, titles and glosses in quotation marks are no quotes (:mod:`.quoted_names`,
`drop_quoted_names` is re-exported here).

A quotation between a colon clause and a trailing frame (`X war zufrieden: „...“, sagte er.`)
is quoted by the trailing frame; the colon clause only leads in.  It is one direct quote of the
trailing frame's speaker, not indirect speech spanning the colon clause; but a speech verb with
its subject before the colon frames it when the trailing frame only repeats it with a pronoun
(`X sagte dazu: „...“, betonte sie.`); so is a quotation after the colon that fills the
Vorfeld of the frame, its finite verb right after it (`X stellt sich vor ihn: „...“ wird der
Teamchef im Fachblatt Y zitiert.`).  A quotation after a colon that ends an indirect content
(`Er sagte, die Lage sei ernst: „...“`) is quoted on its own: the content ends at the colon.

Quotations listed after one frame (`X sagte: „...“ und „...“`) are a direct quote in parts, not
indirect speech holding them; a quotation after a bare connective and a colon (`Und: „...“`)
goes on quoting the speaker of the sentence before; a quotation that a back-pointing frame of
the next sentence sources (`„...“ Das sagte X.`) is X's direct quote, not also a frameless one;
a quotation after a direct quote with only a conjunction between them (`„A.“ und „B.“`) is a
further quote of the same speaker.  Indirect content whose every word stands inside quotation
marks (`Seiner Ansicht nach „…“.`, `„A“ laut X „B“.`, `„…“, das versprach X.`) is the speaker's
wording: a direct quote.

A source preposition after a trailing frame (`„...“, sagte X laut Y.`) relays X's quote: Y's
claim holds the quotation and the frame but is no second direct quote of it.

An interrupted quotation (`„A“, sagte sie, „B“`, `“A,” the mayor said, “B.”`) is one direct
quote in two parts, whatever the order of verb and subject in the frame between them.

Of several frames found for one quotation the nearest to it is its frame (`X lobte die Arbeiter
und sagte: „...“`: `sagte`, not `lobte`).

A quotation opening its sentence is framed by what follows it also without the comma that
usually separates them: an impersonal frame (`„...“ heißt es in der Mitteilung.`) or a frame
naming the words (`„...“ – mit diesen Worten begrüßte er die Gäste.`).
"""

from __future__ import annotations

from .citation_relays import inserted_sources
from .frames import Attr, Sentence, Span2
from .quoted_names import drop_quoted_names, names_or_glosses, token_span
from .text import CLOSING, Quote


def colon_quotes_with_trailing_frames(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`X war zufrieden: „...“, sagte er.`: the trailing frame's indirect content (the colon
    clause and the quotation) becomes the quotation alone, a direct quote; the colon clause's
    own attributions of the same quotation go."""
    drop: list[Attr] = []
    for a in attrs:
        if a.kind != "Indirect" or a.parent is not None or len(a.parts) != 1 or not a.cue:
            continue
        if a.cue[0][0] < a.end or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        quote = next(
            (q for q in sent.quotes if a.start < q.start < a.end <= q.end <= a.end + 2), None
        )
        first = token_span(sent, quote.start, quote.end) if quote is not None else None
        if first is None or sent.toks[first[0] - 1].text != ":":
            quote = _quote_before_verb_second_frame(sent, a)
            first = token_span(sent, quote.start, quote.end) if quote is not None else None
        if quote is None or first is None:
            continue
        span = (quote.start, quote.end)
        lead = _colon_speech_frame(sent, first[0] - 1) if _pronoun(sent, a.speaker) else None
        if lead is not None:
            # `X sagte dazu: „...“, betonte sie.`: a speech verb before the colon frames the
            # quotation itself; the trailing frame only repeats it
            a.cue, a.speaker, a.cls = [lead[0]], lead[1], "say"
        for b in attrs:
            if b is a or b.unit != a.unit or not b.covers(quote.start):
                continue
            if b.parent is a or (b.cue and b.cue[0][1] <= quote.start):
                drop.append(b)  # nested in the old content, or framed by the colon clause
        a.kind, a.parts, a.mixed = "Direct", [span], False
    return _colon_quotes_in_contents([a for a in attrs if not any(a is d for d in drop)], sents)


def _quote_before_verb_second_frame(sent: Sentence, a: Attr) -> Quote | None:
    """`X stellt sich vor ihn: „...“ wird der Teamchef im Fachblatt Y zitiert.`: the quotation
    after the colon fills the Vorfeld of the frame (finite verb right after it, no comma); the
    content read up to the cue is the quotation alone."""
    cue_at = sent.index_at(a.cue[0][0])
    if cue_at is None:
        return None
    for q in sent.quotes:
        if not a.start < q.start < q.end < a.end:
            continue
        span = token_span(sent, q.start, q.end)
        if span is None or span[1] >= cue_at or sent.toks[span[0] - 1].text != ":":
            continue
        verb = span[1] + 1
        if sent.toks[verb].tag in ("VAFIN", "VVFIN", "VMFIN") and not any(
            sent.toks[k].text in ":;" for k in range(verb, cue_at)
        ):
            return q
    return None


def _colon_quotes_in_contents(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`Er sagte, Europa brauche X: „...“`, `Queensland sei dankbar: „...“` (free indirect): a
    quotation after a colon that ends an indirect content is quoted on its own; the content
    ends before the colon and the nested quote becomes a direct quote of the same frame.  Of
    two direct quotes of the quotation, a lexicon speech verb of the colon clause (`Sie äußerte
    sich …:`) frames it rather than the content's frame, any other verb (`warum man sich
    entschieden hat:`) does not."""
    drop: list[Attr] = []
    for a in attrs:
        if a.kind == "Direct" or a.parent is not None or not a.parts:
            continue
        if not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        begin = a.parts[-1][0]
        quote = next((q for q in sent.quotes if begin < q.start and q.end <= a.end), None)
        if quote is None or a.end > quote.end + 2:
            continue
        first = token_span(sent, quote.start, quote.end)
        if first is None or first[0] < 2 or sent.toks[first[0] - 1].text != ":":
            continue
        if sent.toks[first[0] - 2].end <= begin:
            continue
        span = (quote.start, quote.end)
        same = [b for b in attrs if b is not a and b.kind == "Direct" and b.parts == [span]]
        nested = [b for b in same if b.parent is a]
        framed = [b for b in same if b.parent is None]
        a.parts[-1] = (begin, sent.toks[first[0] - 2].end)
        a.mixed = any(b.parent is a and b not in nested for b in attrs)
        for b in nested:
            b.parent = None
        if not nested:
            continue
        # the colon clause's own verb frames the quotation unless it is part of the content
        # (`heißt es, warum man sich entschieden hat: „...“`); a source preposition inside
        # the clause (`Sie äußerte sich gegen die ihrer Meinung nach …: „...“`) frames no verb
        own = [
            b
            for b in framed
            if b.speaker is not None and (not _inside(a, b) or _preposition_cue(sent, a))
        ]
        drop.extend(nested if own else framed)
    return [a for a in attrs if not any(a is d for d in drop)]


def _inside(a: Attr, b: Attr) -> bool:
    """The cue of ``b`` lies inside the content of ``a``."""
    return bool(b.cue) and a.start <= b.cue[0][0] < a.end


def _preposition_cue(sent: Sentence, a: Attr) -> bool:
    """The cue of ``a`` is a source preposition (`laut`, `nach`, `zufolge`)."""
    if not a.cue:
        return False
    k = sent.index_at(a.cue[0][0])
    return k is not None and sent.lower[k] in sent.lex.preps


def _colon_speech_frame(sent: Sentence, colon: int) -> tuple[Span2, Span2] | None:
    """Cue and subject of a finite speech verb of the lexicon in the clause before the colon at
    ``colon`` (`Die Anwältin sagte dazu:`), or None."""
    start = sent.clause_start(colon)
    for cue in sent.find_cues():
        head = cue.positions[0]
        if cue.kind != "verb" or not start <= head < colon or not sent.is_finite(head):
            continue
        if cue.cls != "say":
            continue  # `Die Firma empfindet die Kritik als ungerecht:` only leads in
        speaker = sent.subject(head) or sent.subject_after(head)
        if speaker is not None:
            return sent.span(head, head + 1), speaker
    return None


def _pronoun(sent: Sentence, speaker: Span2 | None) -> bool:
    """The speaker phrase is a lone personal pronoun (`betonte sie`)."""
    if speaker is None:
        return False
    k = sent.index_at(speaker[0])
    return k is not None and sent.toks[k].end == speaker[1] and sent.toks[k].tag == "PPER"


#: words that may join quotations listed after one frame
_LIST_LINKS = frozenset({",", "und", "sowie", "oder", ";", ".", "and", "or"})


def quotation_lists(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`X sagte: „A“ und „B“`: indirect content made only of listed quotations is one direct
    quote in several parts (one claim per quotation), not indirect speech holding them."""
    drop: list[Attr] = []
    for a in attrs:
        if a.kind != "Indirect" or a.parent is not None or not 0 <= a.unit < len(sents):
            continue
        nested = [b for b in attrs if b.parent is a and b.kind == "Direct"]
        if len(nested) < 2:
            continue
        sent = sents[a.unit]
        inside = [k for k, t in enumerate(sent.toks) if a.covers(t.start) and not sent.in_quote[k]]
        outside = [
            k
            for k in inside
            if not any(b.covers(sent.toks[k].start) or b.end == sent.toks[k].end for b in nested)
        ]
        if all(sent.lower[k] in _LIST_LINKS for k in outside):
            # one direct quote in parts, like an interrupted one: a claim per quotation
            a.kind, a.parts, a.mixed = "Direct", [b.parts[0] for b in nested], False
            drop.extend(nested)
    kept = [a for a in attrs if not any(a is d for d in drop)]
    return kept + _listed_after(kept, sents)


def quoted_contents(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“.`, `„A“ laut X „B“.`: indirect
    content whose every word stands inside quotation marks is the speaker's wording, one
    direct quote (in parts, one per quotation); a nested quote of the same words goes."""
    drop: list[Attr] = []
    for a in attrs:
        if a.kind != "Indirect" or a.parent is not None or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        inside = [k for k, t in enumerate(sent.toks) if a.covers(t.start)]
        if not inside or any(sent.is_word(k) and not sent.in_quote[k] for k in inside):
            continue
        quotes = [q for q in sent.quotes if any(a.covers(o) for o in range(q.start, q.end))]
        if not quotes or any(not a.covers(q.start) for q in quotes):
            continue
        a.kind, a.parts, a.mixed = "Direct", [(q.start, q.end) for q in quotes], False
        drop.extend(b for b in attrs if b.parent is a)
    return [a for a in attrs if not any(a is d for d in drop)]


#: conjunctions that list a further quotation after a direct quote (`„A.“ und „B.“`)
_LIST_CONJUNCTIONS = frozenset({"und", "sowie", "oder", "and", "or"})


def _listed_after(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`X hatte erklärt: „A.“ und „B.“`: a quotation that follows a direct quote of the same
    sentence with only a conjunction between them is a further direct quote of its speaker."""
    out: list[Attr] = []
    for a in attrs:
        if a.kind != "Direct" or a.parent is not None or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        end = a.end
        for q in sent.quotes:
            if q.start < end:
                continue
            last = sent.index_ending_at(end)
            first = sent.index_at(q.start)
            if last is None or first is None:
                break
            between = sent.lower[last + 1 : first]
            if not between or not set(between) <= _LIST_LINKS | _LIST_CONJUNCTIONS:
                break
            if not _LIST_CONJUNCTIONS.intersection(between):
                break
            if any(b.covers(q.start) for b in attrs + out):
                break
            out.append(Attr("Direct", [(q.start, q.end)], list(a.cue), a.cls, a.speaker, a.unit))
            end = q.end
    return out


#: connectives that may stand alone before a colon and a quotation (`Und: „...“`)
_CONTINUING = frozenset(
    {"und", "außerdem", "zudem", "ferner", "weiter", "dann", "aber", "doch", "sowie", "also"}
)


def continued_quotes(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`... sagte er: „A.“ Und: „B.“`: a quotation after a lone connective and a colon goes on
    quoting the speaker of the last direct quote of the sentence right before."""
    out = list(attrs)
    for i, sent in enumerate(sents):
        if i == 0 or len(sent.toks) < 4 or sent.lower[0] not in _CONTINUING:
            continue
        if (
            sent.toks[1].text != ":"
            or not sent.quotes
            or sent.quotes[0].start != sent.toks[2].start
        ):
            continue
        q = sent.quotes[0]
        if any(a.covers(q.start) for a in out):
            continue
        prev = [a for a in out if a.unit == i - 1 and a.kind == "Direct" and a.parent is None]
        if not prev or prev[-1].speaker is None:
            continue
        last = prev[-1]
        # the lone connective is no cue; the quotation has the speaker of the one before
        out.append(Attr("Direct", [(q.start, q.end)], [], last.cls, last.speaker, i))
    return out


def back_pointed_quotes(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`„...“ Das sagte X.`: the back-pointing frame sources the whole quotation before it, a
    direct quote of X; a frameless reading of the same quotation goes."""
    drop: list[Attr] = []
    for a in attrs:
        if not a.points_back or a.kind != "Indirect" or len(a.parts) != 1 or a.unit < 1:
            continue
        prev = sents[a.unit - 1]
        if not any((q.start, q.end) == a.parts[0] for q in prev.quotes):
            continue
        a.kind = "Direct"
        if prev.find_cues():
            continue  # the quotation's own sentence frames it too: both readings stay
        drop.extend(b for b in attrs if b is not a and b.kind == "Direct" and b.parts == a.parts)
    return [a for a in attrs if not any(a is d for d in drop)]


def interrupted_quotes(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`“A,” the mayor said, “B.”`: the quotation after a trailing frame and its comma, in the
    same sentence, is the second part of the quote before the frame."""
    attrs = inserted_sources(relayed_quotes(attrs, sents), sents)
    drop: list[Attr] = []
    for a in attrs:
        if a.kind != "Direct" or a.parent is not None or len(a.parts) != 1 or not a.cue:
            continue
        if not 0 <= a.unit < len(sents) or a.cue[0][0] < a.end:
            continue
        sent = sents[a.unit]
        first = token_span(sent, *a.parts[0])
        nxt = next((q for q in sent.quotes if q.start >= a.cue[-1][1]), None)
        if first is None or nxt is None:
            continue
        second = token_span(sent, nxt.start, nxt.end)
        if second is None or sent.toks[second[0] - 1].text != ",":
            continue
        frame = range(first[1] + 1, second[0] - 1)
        finite = [k for k in frame if sent.is_finite(k)]
        if (
            len(frame) > 12
            or len(finite) > 1
            or any(sent.toks[k].text in ".!?;:" for k in frame)
            or any(b is not a and b.covers(nxt.start) and b.cue != a.cue and b.cue for b in attrs)
        ):
            continue
        a.parts.append((nxt.start, nxt.end))
        drop.extend(b for b in attrs if b is not a and b.parts == [(nxt.start, nxt.end)])
    return [a for a in attrs if not any(a is d for d in drop)]


#: prepositions of the source after an impersonal frame (`heißt es in der Erklärung`)
_SOURCE_PREPS = frozenset({"in", "im", "bei", "auf", "aus"})
#: determiners of `mit diesen Worten`, `mit den Worten`, `mit folgenden Worten`
_WORDS_DETERMINERS = frozenset({"diesen", "den", "folgenden", "jenen"})


def quote_first_frames(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`„...“ heißt es in X.`, `„...“ – mit diesen Worten begrüßte er ...`: the frame right after
    a quotation opening its sentence (no comma needed) replaces a frameless reading of it."""
    out = list(attrs)
    for i, sent in enumerate(sents):
        if not sent.quotes or not sent.toks or sent.quotes[0].start != sent.toks[0].start:
            continue
        q = sent.quotes[0]
        span = token_span(sent, q.start, q.end)
        if span is None:
            continue
        framed = _frame_after(sent, span[1] + 1)
        if framed is None:
            continue
        here = [a for a in out if a.unit == i and a.covers(q.start)]
        if any(c[0] > q.end for a in here for c in a.cue):
            continue  # a frame of the sentence already covers it
        cue, speaker = framed
        out = [a for a in out if not any(a is h for h in here)]
        out.append(Attr("Direct", [(q.start, q.end)], [cue], "say", speaker, i))
    return out


def _frame_after(sent: Sentence, k: int) -> tuple[Span2, Span2 | None] | None:
    """Cue and speaker of a frame starting at token ``k`` after a quotation."""
    toks, low = sent.toks, sent.lower
    if k < len(toks) and toks[k].text in (",", "–", "—", "-"):
        k += 1
    if k + 1 < len(toks) and low[k] in ("heißt", "hieß") and low[k + 1] == "es":
        end = sent.clause_end(k + 2)
        at = next((j for j in range(k + 2, end) if low[j] in _SOURCE_PREPS), None)
        speaker = sent.np_after(at + 1) if at is not None else None
        return sent.span(k, k + 2), speaker
    if (
        k + 3 < len(toks)
        and low[k] == "mit"
        and low[k + 1] in _WORDS_DETERMINERS
        and low[k + 2] == "worten"
        and sent.is_finite(k + 3)
    ):
        return sent.span(k + 3, k + 4), sent.subject_after(k + 3)
    return None


def relayed_quotes(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`„...“, sagte X laut Y.`: a source preposition after the trailing frame of a direct
    quote relays X's words; its claim holds the quotation and the frame (X's quote is reported
    through it) but quotes nothing itself: no second direct quote of the quotation for Y."""
    drop: list[Attr] = []
    for a in attrs:
        if a.kind != "Direct" or a.parent is not None or len(a.parts) != 1 or not a.cue:
            continue
        if a.cue[0][0] < a.end or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        for b in attrs:
            if b is a or b.unit != a.unit or b.kind != "Indirect" or not b.cue:
                continue
            if b.parent is not None or not (b.start <= a.start and a.cue[-1][1] <= b.end):
                continue
            k = sent.index_at(b.cue[0][0])
            if k is None or b.cue[0][0] < a.cue[-1][1] or sent.lower[k] not in sent.lex.preps:
                continue
            twins = [c for c in attrs if c.parent is b and c.parts == a.parts]
            drop.extend(twins)
            b.mixed = any(c.parent is b and c not in twins for c in attrs)
    return [a for a in attrs if not any(a is d for d in drop)]


def quoted_clause_before(sent: Sentence, head: int) -> bool:
    """`„..., die im Wahlkampf geworben hat“, meinen X und Y`: the comma before the verb at
    ``head`` follows a closing quotation mark, and the clause that opens after the comma before
    it lies inside that quotation: no relative clause of the frame's subject (which would make
    the verb a leading frame), but the end of the quoted words the trailing frame reports."""
    comma = head - 1
    if comma < 2 or sent.toks[comma].text != "," or sent.toks[comma - 1].text not in CLOSING:
        return False
    prev = next((k for k in range(comma - 2, 0, -1) if sent.toks[k].text == ","), None)
    return prev is not None and sent.in_quote[prev] and sent.in_quote[comma - 2]


def one_frame_per_quote(attrs: list[Attr]) -> list[Attr]:
    """`X lobte die Arbeiter und sagte: „...“`: of several top-level direct quotes of the same
    quotation the one whose cue is nearest to it stays (a frame with a cue before one without)."""
    by_parts: dict[tuple[tuple[int, int], ...], list[Attr]] = {}
    for a in attrs:
        if a.kind == "Direct" and a.parent is None and a.parts:
            by_parts.setdefault(tuple(a.parts), []).append(a)
    drop: list[Attr] = []
    for same in by_parts.values():
        if len(same) > 1:
            best = min(same, key=_cue_distance)
            drop.extend(a for a in same if a is not best)
    return [a for a in attrs if not any(a is d for d in drop)]


def _cue_distance(a: Attr) -> int:
    if not a.cue:
        return 1 << 30
    return min(min(abs(s - a.end), abs(a.start - e)) for s, e in a.cue)


__all__ = [
    "back_pointed_quotes",
    "colon_quotes_with_trailing_frames",
    "continued_quotes",
    "drop_quoted_names",
    "interrupted_quotes",
    "names_or_glosses",
    "one_frame_per_quote",
    "quotation_lists",
    "quote_first_frames",
    "quoted_clause_before",
    "quoted_contents",
    "relayed_quotes",
]
