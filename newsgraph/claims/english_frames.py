"""Attribution frames of English sentences (SVO word order, no POS tags needed).

English news frames a claim in a few shapes, all found here from the word forms alone:

* trailing frame: `CONTENT, X said (on Tuesday) (, citing Y).`, `"...," said X.`, also after a
  quotation without comma (`"..." X told reporters.`); an interrupted quote `"A," X said, "B."`
  has two parts;
* leading frame: `X said (in a statement) (that) CONTENT`, `X told reporters CONTENT` (the
  addressee is no content), `X has denied that ...`, `X said: "..."`;
* `according to X` before or after its content;
* `X was quoted as saying ...` / `Y quoted X as saying ...`;
* a second frame of the same speaker: `..., adding that ...`;
* reported speech without a clause (`X denied the report.`): the clause is the content.

A trailing frame after a clause that holds a frame of its own makes a chain: `The Kremlin said
it would not comment, Interfax reported.` gives Interfax's claim over the sentence and the
Kremlin's claim inside it (its ``via`` is set by the stage from the nesting).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .frames import Attr, Cue, Sentence, Span2
from .quoted_terms import nested_quotes
from .text import CLOSING, OPENING


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: a speech-verb form right after one of these is a noun or adjective (`the reports`)
_NOUN_BEFORE = _words(
    "the a an these those this his her its their our my your such any no some several "
    "many media press news unconfirmed earlier latest recent initial first official "
    "conflicting of in on for by with about from"
)
#: words that end a subject phrase read leftwards from its verb
_CLAUSE_LINKS = _words(
    "that and but or if because while when as who which whom whose where after before "
    "since although though unless than so whether whereas"
)
#: auxiliaries and negation between subject and cue (`has denied`, `did not confirm`)
_AUX = _words("has have had was were is are be been being did does do 's")
_MODALS = _words("will would could can may might must should shall")
_NEGATION = frozenset(["not", "never", "n't"])
_AND = frozenset(["and", "but"])
#: nouns that make a following `reports` a compound noun only before a verb
_MEDIA = frozenset(["media", "press", "news"])
#: subordinators before a subject whose verb frames no claim of the article
_CONDITIONS = frozenset(["if", "unless", "whether", "once", "until"])
#: adverbs between subject and verb (also any word in -ly)
_ADVERBS = _words(
    "also later earlier previously repeatedly again already then further separately once "
    "still however meanwhile now first"
)
#: prepositions of adjuncts after a speech verb (`said in a statement`, `told X on Tuesday`)
_PREPS = _words("on in at to from during via through after late inside outside")
_TIME_WORDS = _words(
    "yesterday today tonight overnight earlier later recently previously monday tuesday "
    "wednesday thursday friday saturday sunday last this next morning evening afternoon "
    "night week weekend month year"
)
_DETERMINERS = _words(
    "the a an this these those his her its their our my your some any no each every"
)
_SUBJECT_PRONOUNS = _words("i we you he she it they there")
_FINITE_EXTRA = _words(
    "won't didn't don't doesn't isn't wasn't aren't weren't hasn't haven't hadn't "
    "wouldn't couldn't can't shouldn't"
)
#: participle clauses that continue a trailing frame (`..., citing officials`)
_FRAME_TAILS = _words("citing quoting adding saying according referring")
#: verbs whose first object is the addressee (`told parliament ...`)
_ADDRESSEE_VERBS = _words("tell assure inform warn remind brief")
#: cue classes that report an act without a clause (`X denied the report.`)
_ACT_CLASSES = frozenset(["deny", "allege", "announce", "demand"])
_ACT_LEMMAS = frozenset(["report", "confirm", "acknowledge", "admit"])
#: verbs mostly followed by a clause, also without `that` and a finite verb we know
_LOOSE = _words("say tell add state explain note insist stress argue believe think claim write")
#: adjectives before an addressee noun (`told local media`)
_ADDRESSEE_ADJ = _words("local state foreign national international western public private")


@dataclass(frozen=True)
class _Frame:
    """A speech verb with its subject: token positions in the sentence."""

    cue: Cue
    verb: int  # the lexical verb
    first: int  # first cue token (an auxiliary in `has denied`)
    subject: tuple[int, int] | None  # token range of the speaker
    after: int  # first token after verb, addressee and adjuncts
    passive: bool = False
    relative: bool = False  # `X, who said ... that ..., resigned`: the content ends at a comma
    #: `..., a claim the ministry denied`: the object noun before the subject (else -1)
    zero: int = -1


def english_attributions(sent: Sentence) -> list[Attr]:
    """The attributions of one English sentence."""
    if not sent.toks or sent.toks[-1].text == "?" and not sent.in_quote[-1]:
        return []  # a question states nothing
    ce = sent.content_end()
    start = _content_start(sent, ce)
    frames = [f for f in (_frame(sent, c, start, ce) for c in _verb_cues(sent)) if f is not None]
    frames = _shared_subjects(sent, frames)
    cuts = sorted(_frame_start(sent, f) for f in frames if _is_trailing(sent, f, start, ce))
    cuts += [k for k in range(start, ce) if _tail_comma(sent, k) or _contrast_comma(sent, k)]
    cuts += [f.subject[0] - 2 for f in frames if f.subject and _coordinated(sent, f.subject[0])]
    cuts += [f.first - 1 for f in frames if f.first > 0 and sent.lower[f.first - 1] in _AND]
    cuts += [f.zero - 1 for f in frames if f.zero > start and sent.toks[f.zero - 1].text == ","]
    cuts.sort()
    attrs = _according_to(sent, start, ce, cuts)
    for f in frames:
        attr = _attr(sent, f, start, ce, cuts)
        if attr is not None:
            attrs.append(attr)
    attrs.extend(_additions(sent, attrs, ce))
    attrs.extend(_said_to(sent, start, ce, attrs))
    attrs.sort(key=lambda a: (a.start, a.start - a.end))  # an outer claim before its inner ones
    return nested_quotes(sent, attrs)


def _shared_subjects(sent: Sentence, frames: list[_Frame]) -> list[_Frame]:
    """`X said ... but added that ...`: a second verb after `and`/`but` shares the subject."""
    out: list[_Frame] = []
    for f in frames:
        if f.subject is None and f.first > 0 and sent.lower[f.first - 1] in _AND:
            prev = next((g for g in reversed(out) if g.subject is not None), None)
            if prev is None:
                continue
            f = replace(f, subject=prev.subject)
        out.append(f)
    return out


# ---- cues ------------------------------------------------------------------------------------
def _verb_cues(sent: Sentence) -> list[Cue]:
    out: list[Cue] = []
    for i, low in enumerate(sent.lower):
        if sent.in_quote[i] or not sent.is_word(i) or (i > 0 and sent.is_cap(i)):
            continue
        matches = sent.lex.verb_matches(low)
        if not matches or low in ("adding", "saying"):
            continue
        prev = sent.lower[i - 1] if i > 0 else ""
        nxt = sent.lower[i + 1] if i + 1 < len(sent.toks) else ""
        noun = prev in _NOUN_BEFORE and not (prev in _MEDIA and not _verbal(sent, i + 1))
        if noun or prev == "to" or nxt in ("of", "by") and prev not in _AUX:
            continue  # `the reports`, `media reports said`, `reports of`, `refused to confirm`
        if nxt == "to" and prev in ("is", "are", "was", "were"):
            continue  # `is said to have ...`: a distance marker, not a frame
        v = matches[0].verb
        if v.lemma == "call" and nxt not in ("for", "on"):
            continue  # `called the attack barbaric`: an evaluation, `called for`: a demand
        out.append(Cue("verb", (i,), v.cls, v.lemma, complement=v.complement))
    return out


def _verbal(sent: Sentence, k: int) -> bool:
    """The token at ``k`` is a verb form (`media reports said`: `reports` is a noun)."""
    if k >= len(sent.toks):
        return False
    low = sent.lower[k]
    return bool(sent.lex.verb_matches(low)) or low in sent.lex.finite or low in _MODALS


def _frame(sent: Sentence, cue: Cue, start: int, ce: int) -> _Frame | None:
    v = cue.positions[0]
    first = v
    k = v - 1
    passive = False
    negated = False
    while k >= start and (
        _adverb(sent, k) or sent.lower[k] in _AUX | _MODALS | _NEGATION | _FINITE_EXTRA
    ):
        negated = negated or sent.lower[k] in _NEGATION | _FINITE_EXTRA
        if sent.lower[k] in _AUX | _MODALS:
            first = k
            passive = passive or sent.lower[k] in ("was", "were", "is", "are", "been", "be")
        k -= 1
    if negated:
        return None  # `The ministry did not confirm the report`: nobody claims it
    if passive and any(sent.lower[j] in ("has", "have", "had") for j in range(k + 1, v)):
        passive = sent.lower[v - 1] == "been"
    relative = k >= start + 2 and sent.lower[k] == "who" and sent.toks[k - 1].text == ","
    subject = None if passive else _subject_before(sent, k - 1 if relative else k + 1, start)
    after = _skip_adjuncts(sent, v + 1, ce, cue.word in _ADDRESSEE_VERBS)
    if passive:
        subject = _agent(sent, v + 1, ce)
        if subject is not None:
            after = _skip_adjuncts(sent, subject[1], ce, False)
        elif not (
            k >= start and sent.lower[k] == "it" and after < ce and sent.lower[after] == "that"
        ):
            return None  # only `it was reported that ...` frames a claim without an agent
    lead = (subject[0] if subject and subject[0] < v else first) - 1
    if lead >= 0 and sent.lower[lead] in _CONDITIONS:
        return None  # `If the reports are confirmed, ...`: no statement is made
    if subject is None and not passive:
        subject = _subject_after(sent, v, ce)
        if subject is not None:
            after = _skip_adjuncts(sent, subject[1], ce, False)
    zero = -1
    if subject is not None and subject[0] > start + 1 and subject[0] < v:
        before = subject[0] - 1
        if (
            _np_word(sent, before)
            and not sent.is_cap(before)
            and sent.lower[before] not in _PREPS | _NOUN_BEFORE | _TIME_WORDS | {"'s", "’s"}
            and sent.lower[before] not in sent.lex.clause_openers
        ):
            zero = next(
                (j + 1 for j in range(before, start - 1, -1) if not _np_word(sent, j)), start
            )
    return _Frame(cue, v, first, subject, after, passive, relative, zero)


def _adverb(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    return (low in _ADVERBS or low.endswith("ly") and len(low) > 4) and not sent.is_cap(k)


def _np_word(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    if sent.in_quote[k] or low in _CLAUSE_LINKS or low in _MODALS or low in _FINITE_EXTRA:
        return False
    if low in sent.lex.finite and low not in ("'s", "’s"):
        return False
    if sent.lex.verb_matches(low) and not sent.is_cap(k):
        return k > 0 and sent.lower[k - 1] in _NOUN_BEFORE  # `the report said`
    return sent.is_word(k) or low in ("'s", "’s", "-", "&", ".")


def _subject_before(sent: Sentence, end: int, start: int) -> tuple[int, int] | None:
    """The subject phrase ending before token ``end``; past an apposition between commas
    (`Rutte, who visited Kyiv, said`, `Yonhap, citing officials, reported`)."""
    k = end - 1
    while k >= start and _np_word(sent, k):
        k -= 1
    if k + 1 < end:
        np = _drop_opener(sent, k + 1, end)
        inner = _inner_subject(sent, np[0], end) if np is not None else None
        return inner or np
    if k >= start + 1 and sent.toks[k].text == "," and end - 1 == k:
        comma = next((j for j in range(k - 1, start - 1, -1) if sent.toks[j].text == ","), None)
        if comma is not None and not any(sent.in_quote[j] for j in range(comma, k)):
            j = comma - 1
            while j >= start and _np_word(sent, j):
                j -= 1
            if j + 1 < comma and (j < start or sent.toks[j].text in (",", *CLOSING)):
                np = _drop_opener(sent, j + 1, comma)
                named = sent.is_cap(comma + 1) or sent.lower[comma + 1] in ("the", "a", "an")
                if np is not None and named and comma + 1 < k:
                    return np[0], k  # `The minister, Gilberto Pichetto, said`
                return np
    return None


def _inner_subject(sent: Sentence, i: int, end: int) -> tuple[int, int] | None:
    """`a claim the ministry denied`: an object noun, then the subject of a clause without
    `that`; the subject starts at the inner article."""
    for d in range(end - 1, i, -1):
        low, prev = sent.lower[d], sent.lower[d - 1]
        if (
            low in ("the", "a", "an")
            and prev not in _PREPS | _DETERMINERS | _NOUN_BEFORE | _TIME_WORDS | {"'s", "’s"}
            and not sent.is_cap(d - 1)
        ):
            return d, end
    return None


def _drop_opener(sent: Sentence, i: int, end: int) -> tuple[int, int] | None:
    """`On Monday the minister` -> `the minister`: an adverbial before the subject."""
    low = sent.lower[i]
    if low in _PREPS or low in sent.lex.clause_openers and low not in _DETERMINERS:
        dets = [k for k in range(i + 1, end) if sent.lower[k] in _DETERMINERS]
        i = dets[-1] if dets else i + 2
    while i < end and sent.lower[i] in ("and", "but", "also"):
        i += 1
    if i >= end or sent.lower[i] in ("it", "there") and end - i == 1:
        return None
    return i, end


def _subject_after(sent: Sentence, v: int, ce: int) -> tuple[int, int] | None:
    """`"...," said Rutte.` / `..., said the ministry.`: an inverted frame."""
    if v == 0 or not (sent.toks[v - 1].text == "," or sent.toks[v - 1].text in CLOSING):
        return None
    k = v + 1
    while k < ce and _np_word(sent, k) and not (k > v + 1 and sent.lower[k] in _PREPS):
        k += 1
    return (v + 1, k) if k > v + 1 else None


def _agent(sent: Sentence, i: int, ce: int) -> tuple[int, int] | None:
    """`... were denied by the ministry`: the `by` phrase of a passive frame."""
    k = _skip_adjuncts(sent, i, ce, False)
    if k < ce and sent.lower[k] == "by":
        j = k + 1
        while j < ce and _np_word(sent, j) and sent.lower[j] not in _PREPS:
            j += 1
        return (k + 1, j) if j > k + 1 else None
    return None


def _np_after(sent: Sentence, i: int, ce: int) -> int:
    """End of a short noun phrase at ``i`` (an addressee or an adjunct's object): a determiner
    and the words up to the next function word (`a news conference`), a run of names
    (`Secretary General Mark Rutte`), or one common noun (`told reporters`)."""
    j = i
    det = j < ce and sent.lower[j] in _DETERMINERS
    if det:
        j += 1
    while j < ce and _np_word(sent, j) and sent.lower[j] not in _PREPS | _DETERMINERS:
        if sent.lower[j] in _SUBJECT_PRONOUNS or sent.lower[j] == "by":
            break
        if (
            not det
            and j > i
            and not (sent.is_cap(j) and sent.is_cap(j - 1))
            and not (j == i + 1 and sent.lower[i] in _ADDRESSEE_ADJ)
        ):
            break
        j += 1
    return j


def _skip_adjuncts(sent: Sentence, i: int, ce: int, addressee: bool) -> int:
    """The first token after the addressee (`told reporters`) and adjuncts (`in a statement`,
    `on Tuesday`, `earlier`) of a speech verb."""
    j = i
    if addressee and j < ce and sent.lower[j] not in _SUBJECT_PRONOUNS | {"that"}:
        j = _np_after(sent, j, ce)
    while j < ce:
        low = sent.lower[j]
        if low in _TIME_WORDS or _adverb(sent, j) and low not in _SUBJECT_PRONOUNS:
            j += 1
        elif low in _PREPS and not sent.in_quote[j]:
            nxt = _np_after(sent, j + 1, ce)
            if nxt == j + 1:
                break
            j = nxt
        else:
            break
    return j


# ---- frame shapes ----------------------------------------------------------------------------
def _content_start(sent: Sentence, ce: int) -> int:
    """After a dateline (`SEOUL, Nov 5 (Reuters) -`): the first token of the report."""
    for k in range(min(ce, 12)):
        if sent.toks[k].text in ("-", "–", "—") and k > 0 and sent.toks[0].text.isupper():
            return k + 1
    return 0


def _frame_start(sent: Sentence, f: _Frame) -> int:
    """The comma or closing quotation mark before a trailing frame."""
    first = min(f.first, f.subject[0] if f.subject else f.first)
    return first - 1


def _coordinated(sent: Sentence, i: int) -> bool:
    """`..., and the government denied ...`: a clause of its own after `, and`/`, but`."""
    return i >= 2 and sent.lower[i - 1] in ("and", "but") and sent.toks[i - 2].text == ","


def _is_trailing(sent: Sentence, f: _Frame, start: int, ce: int) -> bool:
    """A frame after its content: nothing but adjuncts follow it, and a comma or a quotation
    separates it from a clause (or a quotation) before."""
    if f.subject is None or not f.cue.complement:
        return False
    lead = min(f.first, f.subject[0]) - 1
    if lead <= start or not (sent.toks[lead].text == "," or sent.toks[lead].text in CLOSING):
        return False
    if not _ends_frame(sent, f.after, ce):
        return False
    words = [k for k in range(start, lead) if sent.is_word(k)]
    return len(words) >= 3 or any(q.end == sent.toks[lead].end for q in sent.quotes)


def _ends_frame(sent: Sentence, k: int, ce: int) -> bool:
    if k >= ce:
        return True
    nxt = sent.lower[k + 1] if k + 1 < ce else ""
    return sent.toks[k].text == "," and (
        nxt in _FRAME_TAILS  # `, citing ...`
        or k + 1 < ce
        and sent.toks[k + 1].text in OPENING  # `, "B."`
        or nxt in _CLAUSE_LINKS
        and nxt not in ("that", "and", "but", "or", "so")  # `, when she saw ...`
        or _phrase_only(sent, k + 1, ce)  # `, a spokesman for the ministry`, `, visibly moved`
        or nxt in _AND  # `, and officials warned ...`: a clause of its own
    )


def _phrase_only(sent: Sentence, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a short phrase without a verb or quotation (an apposition)."""
    if not 0 < j - i <= 10:
        return False
    return not any(
        sent.in_quote[k]
        or sent.lower[k] in sent.lex.finite
        or sent.lower[k] in _MODALS | _FINITE_EXTRA | _SUBJECT_PRONOUNS | {"that"}
        for k in range(i, j)
    )


def _tail_comma(sent: Sentence, k: int) -> bool:
    """`, citing ...`, `, adding that ...`, `, according to ...`: the end of a content."""
    return (
        sent.toks[k].text == ","
        and not sent.in_quote[k]
        and k + 1 < len(sent.toks)
        and sent.lower[k + 1] in _FRAME_TAILS
    )


def _plain_comma(sent: Sentence, k: int) -> bool:
    return sent.toks[k].text == "," and not sent.in_quote[k]


def _contrast_comma(sent: Sentence, k: int) -> bool:
    """`..., while Ukraine accused ...`: a contrasting clause of the article's own."""
    return (
        sent.toks[k].text == ","
        and not sent.in_quote[k]
        and k + 1 < len(sent.toks)
        and sent.lower[k + 1] in ("while", "whereas")
    )


def _said_to(sent: Sentence, start: int, ce: int, attrs: list[Attr]) -> list[Attr]:
    """`The suspect is said to have fled`: hearsay without a source (stance alleged)."""
    if attrs:
        return []
    for k in range(start + 1, ce - 2):
        if (
            sent.lower[k] in ("said", "rumoured", "rumored", "believed", "thought")
            and sent.lower[k - 1] in ("is", "are", "was", "were")
            and sent.lower[k + 1] == "to"
            and not sent.in_quote[k]
        ):
            content = _trim(sent, start, ce)
            if content is not None:
                attr = Attr("Reported", [content], [], "allege", None, sent.index)
                attr.frame_cue = [sent.span(k - 1, k), sent.span(k, k + 1)]
                return [attr]
    return []


def _clause(sent: Sentence, i: int, j: int, lemma: str) -> bool:
    """Tokens ``[i, j)`` read as a clause (not an object: `denied the report`)."""
    words = [k for k in range(i, j) if sent.is_word(k)]
    if not words:
        return False
    if sent.lower[words[0]] in _SUBJECT_PRONOUNS or sent.toks[i].text in OPENING:
        return True
    comma = next((k for k in words if sent.toks[k].text == "," and not sent.in_quote[k]), j)
    words = [k for k in words if k < comma]  # `denied involvement, while ...`: an object
    finite = any(
        sent.lower[k] in sent.lex.finite
        or sent.lower[k] in _MODALS | _FINITE_EXTRA
        or (sent.lower[k].endswith("ed") and k > i and sent.lower[k - 1] not in _DETERMINERS)
        for k in words[1:]
    )
    return finite or lemma in _LOOSE and len(words) >= 3


def _attr(sent: Sentence, f: _Frame, start: int, ce: int, cuts: list[int]) -> Attr | None:
    spans = [sent.span(p, p + 1) for p in (f.first, f.verb) if p != f.first or p == f.verb]
    spans = sorted(set(spans))
    speaker = sent.span(*f.subject) if f.subject else None
    if _is_trailing(sent, f, start, ce):
        lead = _frame_start(sent, f)
        end = lead + 1 if sent.toks[lead].text in CLOSING else lead
        earlier = [c for c in cuts if start <= c < lead and sent.toks[c].text == ","]
        begin = start
        quote = next((q for q in sent.quotes if q.end == sent.toks[end - 1].end), None)
        if quote is not None and quote.start == sent.toks[begin].start:
            parts = [(quote.start, quote.end)]
            second = _second_quote(sent, f.after, ce)
            parts += [second] if second else []
            return Attr("Direct", parts, spans, f.cue.cls, speaker, sent.index)
        del earlier
        content = _trim(sent, begin, end)
        if content is None:
            return None
        return Attr("Indirect", [content], spans, f.cue.cls, speaker, sent.index)
    if not f.cue.complement:
        return None
    if f.zero > start and sent.toks[f.zero - 1].text == ",":
        # `X accused Y of Z, a claim the ministry denied`: the clause before is the content
        content = _trim(sent, start, f.zero - 1)
        if content is None:
            return None
        attr = Attr("Reported", [content], [], f.cue.cls, speaker, sent.index)
        attr.frame_cue = spans
        return attr
    comp = f.after
    if comp < ce and sent.toks[comp].text in (",", ":") and not sent.in_quote[comp]:
        if sent.lower[comp + 1] in _FRAME_TAILS if comp + 1 < ce else True:
            comp = ce
        else:
            comp += 1
    stop = next((c for c in cuts if c >= comp), ce)
    if f.relative:
        stop = next((k for k in range(comp, stop) if _plain_comma(sent, k)), stop)
    stop = next(
        (
            k
            for k in range(comp + 1, stop - 1)
            if _plain_comma(sent, k)
            and sent.lower[k + 1] in ("a", "an")
            and _phrase_only(sent, k + 1, stop)
        ),
        stop,
    )  # `..., a view rejected by ...`: an apposition to the clause
    if (
        comp < stop
        and sent.lower[comp] == "that"
        or comp < stop
        and _clause(sent, comp, stop, f.cue.word)
    ):
        quote = next((q for q in sent.quotes if q.start == sent.toks[comp].start), None)
        if quote is not None and quote.end >= sent.toks[stop - 1].end:
            return Attr("Direct", [(quote.start, quote.end)], spans, f.cue.cls, speaker, sent.index)
        content = _trim(sent, comp, stop)
        if content is None or f.subject is None and not f.passive:
            return None
        return Attr("Indirect", [content], spans, f.cue.cls, speaker, sent.index)
    if f.subject is None:
        return None
    if f.cue.cls in _ACT_CLASSES or f.cue.word in _ACT_LEMMAS:
        # `X denied the report.`: reported speech, the clause is the content
        end = next((c for c in cuts if c > f.verb), ce)
        content = _trim(sent, start if f.passive else f.subject[0], end)
        if content is None or f.verb + 1 >= end:
            return None
        attr = Attr("Reported", [content], [], f.cue.cls, speaker, sent.index)
        attr.frame_cue = spans
        return attr
    return None


def _second_quote(sent: Sentence, k: int, ce: int) -> Span2 | None:
    """`"A," X said, "B."`: the quotation after the frame's comma."""
    if k < ce and sent.toks[k].text == "," and k + 1 < len(sent.toks):
        q = next((q for q in sent.quotes if q.start == sent.toks[k + 1].start), None)
        if q is not None:
            return q.start, q.end
    return None


def _trim(sent: Sentence, i: int, j: int) -> Span2 | None:
    while i < j and sent.toks[i].text in ",;:–—-":
        i += 1
    while j > i and sent.toks[j - 1].text in ",;:–—-":
        j -= 1
    return sent.span(i, j) if i < j else None


def _according_to(sent: Sentence, start: int, ce: int, cuts: list[int]) -> list[Attr]:
    """`According to X, ...` and `..., according to X.`"""
    out: list[Attr] = []
    for k in range(start, ce - 2):
        if sent.lower[k] != "according" or sent.lower[k + 1] != "to" or sent.in_quote[k]:
            continue
        j = k + 2
        while j < ce and _np_word(sent, j) and not (j > k + 2 and sent.lower[j] in _PREPS):
            j += 1
        if j == k + 2:
            continue
        spans = [sent.span(k, k + 1), sent.span(k + 1, k + 2)]
        speaker = sent.span(k + 2, j)
        if k == start or k > start and sent.toks[k - 1].text not in (",",) and k - 1 == start:
            later = next((c for c in cuts if c > j), ce)
            content = _trim(sent, j, later)
        elif sent.toks[k - 1].text == ",":
            content = _trim(sent, start, k - 1)
        else:
            content = _trim(sent, start, k)
        if content is not None:
            out.append(Attr("Indirect", [content], spans, "report", speaker, sent.index))
    return out


def _additions(sent: Sentence, attrs: list[Attr], ce: int) -> list[Attr]:
    """`..., adding that ...` / `..., saying ...`: the same speaker's next claim; `X was quoted
    as saying ...` / `Y quoted X as saying ...`."""
    out: list[Attr] = []
    for k in range(1, ce - 1):
        low = sent.lower[k]
        if sent.in_quote[k] or low not in ("adding", "saying"):
            continue
        speaker: Span2 | None = None
        if low == "saying" and sent.lower[k - 1] == "as":
            speaker = _quoted_as(sent, k - 1)
        elif sent.toks[k - 1].text == ",":
            before = [a for a in attrs if a.speaker and a.speaker[1] <= sent.toks[k].start]
            speaker = before[-1].speaker if before else None
        if speaker is None:
            continue
        i = k + 1
        quote = next((q for q in sent.quotes if q.start == sent.toks[i].start), None)
        cls = "say"
        if quote is not None:
            out.append(
                Attr(
                    "Direct",
                    [(quote.start, quote.end)],
                    [sent.span(k, k + 1)],
                    cls,
                    speaker,
                    sent.index,
                )
            )
            continue
        content = _trim(sent, i, ce)
        if content is not None:
            out.append(Attr("Indirect", [content], [sent.span(k, k + 1)], cls, speaker, sent.index))
    return out


def _quoted_as(sent: Sentence, as_at: int) -> Span2 | None:
    """The speaker of `X was quoted as saying` (X) or `Y quoted X as saying` (X)."""
    q = next((j for j in range(as_at - 1, -1, -1) if sent.lower[j] == "quoted"), None)
    if q is None:
        return None
    if as_at > q + 1:
        return sent.span(q + 1, as_at)  # `Yonhap quoted an official as saying`
    k = q - 1
    while k >= 0 and sent.lower[k] in _AUX | _ADVERBS:
        k -= 1
    subject = _subject_before(sent, k + 1, 0)
    return sent.span(*subject) if subject else None


__all__ = ["english_attributions"]
