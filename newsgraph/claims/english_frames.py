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

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .english_acts import (
    OBJECT_ONLY,
    REFUSALS,
    bare_act,
    cited_tail,
    done,
    fronted,
    full_stop,
    gerund_content,
    inside_content,
    noun_form,
    object_relative,
    opinion_phrases,
    progressive,
    quoted_object,
    said_to,
    terminated,
    withheld,
)
from .english_content_ends import result_comma
from .english_interruptions import split_subject
from .english_nouns import after_plural_possessive
from .english_openers import participle_opener
from .english_phrases import (
    ACT_CLASSES,
    ACT_LEMMAS,
    ADDRESSEE_VERBS,
    AND,
    AUX,
    BE,
    CLAUSE_LINKS,
    CONDITIONS,
    FINITE_EXTRA,
    FRAME_TAILS,
    MEDIA,
    MODALS,
    NEGATION,
    NOUN_BEFORE,
    PREPS,
    TIME_WORDS,
    addressee_end,
    adverb,
    agent,
    clause,
    clause_comma,
    contrast_comma,
    np_after,
    np_word,
    phrase_only,
    plain_comma,
    predicate_comma,
    subject_after,
    subject_before,
    tail_comma,
    trim,
    verbal,
)
from .english_refusals import modal_refusal
from .english_relatives import noun_relative, restrictive_subject
from .english_sources import (
    CITING,
    according_to,
    additions,
    cited_sources,
    content_after_frame,
    no_speech_verb,
    source_frames,
)
from .english_wire_frames import apposition_end, inverted_tail, skip_adjuncts
from .frames import Attr, Cue, Sentence, Span2
from .quoted_terms import nested_quotes
from .stance import claim_stance
from .text import CLOSING, OPENING

#: verbs of intention before `to` that announce (`plans to send`)
_INTENT = frozenset(["plans", "planned", "intends", "intended", "going", "aims", "vowed"])


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
    cuts += [
        k
        for k in range(start, ce)
        if tail_comma(sent, k)
        or contrast_comma(sent, k)
        or predicate_comma(sent, k)
        or clause_comma(sent, k)
        or result_comma(sent, k)
    ]
    cuts += [f.subject[0] - 2 for f in frames if f.subject and _coordinated(sent, f.subject[0])]
    cuts += [f.first - 1 for f in frames if f.first > 0 and sent.lower[f.first - 1] in AND]
    cuts += [f.zero - 1 for f in frames if f.zero > start and sent.toks[f.zero - 1].text == ","]
    cuts.sort()
    attrs = according_to(sent, start, ce, cuts) + opinion_phrases(sent, start, ce)
    for f in frames:
        attr = _attr(sent, f, start, ce, cuts)
        if attr is not None:
            attrs.append(attr)
    attrs.extend(additions(sent, attrs, ce))
    attrs.extend(cited_sources(sent, attrs, ce))
    attrs.extend(source_frames(sent, attrs, start, ce))
    content_after_frame(sent, attrs, ce)
    attrs.extend(said_to(sent, start, ce, attrs))
    attrs.extend(withheld(sent, start, ce, attrs))
    attrs.extend(modal_refusal(sent, start, ce, attrs))
    attrs = [a for a in attrs if not inside_content(sent, a, attrs)]
    for a in attrs:
        full_stop(sent, a, attrs, start, ce)
    attrs.sort(key=lambda a: (a.start, a.start - a.end))  # an outer claim before its inner ones
    return nested_quotes(sent, attrs)


def colon_frame(sent: Sentence) -> Attr | None:
    """`In a letter, X wrote:` ending its sentence before a quotation that follows: the frame
    without content yet (``parts`` empty; the article rules give it the quotation)."""
    if len(sent.toks) < 3 or sent.toks[-1].text != ":" or sent.in_quote[-1]:
        return None
    ce = len(sent.toks) - 1
    start = _content_start(sent, ce)
    for cue in _verb_cues(sent):
        f = _frame(sent, cue, start, ce)
        if f is not None and f.subject is not None and f.after >= ce:
            spans = sorted({sent.span(p, p + 1) for p in (f.first, f.verb)})
            return Attr("Direct", [], spans, cue.cls, sent.span(*f.subject), sent.index)
    return None


def _shared_subjects(sent: Sentence, frames: list[_Frame]) -> list[_Frame]:
    """`X said ... but added that ...`: a second verb after `and`/`but` shares the subject."""
    out: list[_Frame] = []
    for f in frames:
        if f.subject is None and f.first > 0 and sent.lower[f.first - 1] in AND:
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
        matches = sent.lex.verb_matches(low) or progressive(sent, i)
        if not matches or low in ("adding", "saying"):
            continue
        prev = sent.lower[i - 1] if i > 0 else ""
        nxt = sent.lower[i + 1] if i + 1 < len(sent.toks) else ""
        noun = prev in NOUN_BEFORE and not (prev in MEDIA and not verbal(sent, i + 1))
        noun = noun or after_plural_possessive(sent, i)  # `the engineers' reports`
        if i > 0 and sent.is_cap(i - 1) and verbal(sent, i + 1) and not low.endswith("ed"):
            noun = True  # `A UN report alleges ...`: a noun before the verb
        said_of = nxt == "of" and low in ("said", "says")  # `Smith said of the deal`
        if noun or prev == "to" or nxt in ("of", "by") and prev not in AUX and not said_of:
            continue  # `the reports`, `media reports said`, `reports of`, `refused to confirm`
        if _cited(sent, i) or no_speech_verb(sent, i):
            continue  # `citing intelligence reports`: a noun
        if nxt == "to" and prev in BE:
            continue  # `is said to have ...`: a distance marker, not a frame
        v = matches[0].verb
        if noun_form(sent, i, v.lemma):
            continue  # `a full report`
        if (
            v.lemma == "call"
            and nxt not in ("for", "on")
            and not quoted_object(sent, i, len(sent.toks))
        ):
            continue  # `called the attack barbaric`: an evaluation, `called for`: a demand
        out.append(Cue("verb", (i,), v.cls, v.lemma, complement=v.complement))
    return out


def _cited(sent: Sentence, i: int) -> bool:
    """The word at ``i`` ends the object of `citing`/`quoting` (`citing intelligence
    reports`)."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if sent.lower[k] in CITING:
            return True
        if not np_word(sent, k) or sent.toks[k].text == ",":
            return False
    return False


def _frame(sent: Sentence, cue: Cue, start: int, ce: int) -> _Frame | None:
    v = cue.positions[0]
    first = v
    k = v - 1
    passive = False
    negated = False
    while k >= start and (
        adverb(sent, k) or sent.lower[k] in AUX | MODALS | NEGATION | FINITE_EXTRA
    ):
        negated = negated or sent.lower[k] in NEGATION | FINITE_EXTRA
        if sent.lower[k] in AUX | MODALS:
            first = k
            passive = passive or sent.lower[k] in ("was", "were", "is", "are", "been", "be")
            passive = passive and not sent.lower[v].endswith("ing")  # `is demanding`
        k -= 1
    if negated:
        return None  # `The ministry did not confirm the report`: nobody claims it
    if passive and any(sent.lower[j] in ("has", "have", "had") for j in range(k + 1, v)):
        passive = sent.lower[v - 1] == "been"
    relative = k >= start + 2 and sent.lower[k] == "who" and sent.toks[k - 1].text == ","
    subject = None if passive else subject_before(sent, k - 1 if relative else k + 1, start)
    if not passive and not relative:
        subject = restrictive_subject(sent, k + 1, start) or subject
    after = skip_adjuncts(sent, v + 1, ce, cue.word in ADDRESSEE_VERBS)
    if after == v + 1 < ce and sent.lower[v + 1] == "of" and sent.lower[v] in ("said", "says"):
        after = skip_adjuncts(sent, np_after(sent, v + 2, ce), ce, False)  # `said of the deal`
    if passive:
        subject = agent(sent, v + 1, ce)
        if subject is not None:
            after = skip_adjuncts(sent, subject[1], ce, False)
        elif not (
            k >= start and sent.lower[k] == "it" and after < ce and sent.lower[after] == "that"
        ):
            return None  # only `it was reported that ...` frames a claim without an agent
    if participle_opener(sent, subject, first, v, start, ce):
        return None  # `In a statement posted on its website, the team said`
    lead = (subject[0] if subject and subject[0] < v else first) - 1
    if lead >= 0 and sent.lower[lead] in CONDITIONS:
        return None  # `If the reports are confirmed, ...`: no statement is made
    if subject is not None and subject[0] < v and lead >= 0 and sent.lower[lead] in AUX:
        return None  # `had broken similar promises`: the "subject" is a verb's object
    if subject is None and not passive:
        subject = inverted_tail(sent, subject_after(sent, v, ce), v, ce)
        if subject is not None:
            after = skip_adjuncts(sent, apposition_end(sent, subject[1], ce), ce, False)
    zero = -1
    if subject is not None and subject[0] > start + 1 and subject[0] < v:
        before = subject[0] - 1
        if (
            np_word(sent, before)
            and not sent.is_cap(before)
            and sent.lower[before] not in PREPS | NOUN_BEFORE | TIME_WORDS | {"'s", "’s"}
            and sent.lower[before] not in sent.lex.clause_openers
        ):
            zero = next(
                (j + 1 for j in range(before, start - 1, -1) if not np_word(sent, j)), start
            )
    return _Frame(cue, v, first, subject, after, passive, relative, zero)


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
    return i >= 2 and sent.lower[i - 1] in AND and sent.toks[i - 2].text == ","


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
        nxt in FRAME_TAILS  # `, citing ...`
        or k + 1 < ce
        and sent.toks[k + 1].text in OPENING  # `, "B."`
        or nxt in CLAUSE_LINKS
        and nxt not in ("that", "and", "but", "or", "so")  # `, when she saw ...`
        or phrase_only(sent, k + 1, ce)  # `, a spokesman for the ministry`, `, visibly moved`
        or nxt in AND  # `, and officials warned ...`: a clause of its own
    )


def _attr(sent: Sentence, f: _Frame, start: int, ce: int, cuts: list[int]) -> Attr | None:
    spans = [sent.span(p, p + 1) for p in (f.first, f.verb) if p != f.first or p == f.verb]
    spans = sorted(set(spans))
    speaker = sent.span(*f.subject) if f.subject else None
    if _is_trailing(sent, f, start, ce):
        lead = _frame_start(sent, f)
        end = lead + 1 if sent.toks[lead].text in CLOSING else lead
        quote = next((q for q in sent.quotes if q.end == sent.toks[end - 1].end), None)
        if quote is not None and quote.start == sent.toks[start].start:
            parts = [(quote.start, quote.end)]
            second = _second_quote(sent, f.after, ce)
            parts += [second] if second else []
            return Attr("Direct", parts, spans, f.cue.cls, speaker, sent.index)
        content = trim(sent, start, end)
        if content is None:
            return None
        return Attr("Indirect", [content], spans, f.cue.cls, speaker, sent.index)
    if not f.cue.complement:
        return None
    if f.zero > start and sent.toks[f.zero - 1].text == ",":
        # `X accused Y of Z, a claim the ministry denied`: the clause before is the content;
        # `A, the ministry said, a claim Kyiv rejected`: the ministry's words, not its frame
        inner = [c for c in cuts if start < c < f.zero - 1 and sent.toks[c].text == ","]
        content = trim(sent, start, inner[0] if inner else f.zero - 1)
        if content is None:
            return None
        attr = Attr("Reported", [content], [], f.cue.cls, speaker, sent.index)
        attr.frame_cue = spans
        return attr
    comp = f.after
    bare = bare_act(sent, f.cue.word, f.verb, comp, ce)
    if comp < ce and sent.lower[comp] in ("to", "not") and not bare:
        return None  # `asked not to be named`, `promised to help`: no statement
    if comp < ce and sent.toks[comp].text in (",", ":") and not sent.in_quote[comp]:
        if comp in cuts or (sent.lower[comp + 1] in FRAME_TAILS if comp + 1 < ce else True):
            # `The player had asked to leave in June, Mendes said, ...`: a comma that opens
            # a trailing frame opens no content of the frame before it
            comp = ce
        else:
            comp += 1
    stop = next((c for c in cuts if c >= comp), ce)
    if f.relative:
        stop = next((k for k in range(comp, stop) if plain_comma(sent, k)), stop)
    stop = next(
        (
            k
            for k in range(comp + 1, stop - 1)
            if plain_comma(sent, k)
            and sent.lower[k + 1] in ("a", "an")
            and phrase_only(sent, k + 1, stop)
        ),
        stop,
    )  # `..., a view rejected by ...`: an apposition to the clause
    split = split_subject(sent, f.subject, f.after, start, stop) if not bare else []
    if split:  # `The players, he conceded, had let the manager down.`
        return Attr("Indirect", split, spans, f.cue.cls, speaker, sent.index)
    act = f.cue.cls in ACT_CLASSES or f.cue.word in ACT_LEMMAS
    if not bare and (
        comp + 1 < stop
        and sent.lower[comp] == "that"
        # `rejected that account`: a determiner, no clause (only verbs that take an object)
        and (not act or clause(sent, comp + 1, stop, f.cue.word))
        or comp < stop
        and sent.lower[comp] != "that"
        and f.cue.word not in OBJECT_ONLY
        and clause(sent, comp, stop, f.cue.word)
        and not object_relative(sent, comp, stop)
        and not (act and noun_relative(sent, comp, stop))
    ):
        quote = next((q for q in sent.quotes if q.start == sent.toks[comp].start), None)
        if quote is not None and quote.end >= sent.toks[stop - 1].end:
            return Attr("Direct", [(quote.start, quote.end)], spans, f.cue.cls, speaker, sent.index)
        content = trim(sent, addressee_end(sent, f.cue.word, comp, stop), stop)
        if content is None or f.subject is None and not f.passive:
            return None
        parts = [content]
        if f.subject is not None and f.after < ce and plain_comma(sent, f.after):
            parts = [*fronted(sent, f.subject, start), content]  # `A, she says, B`
        return Attr("Indirect", parts, spans, f.cue.cls, speaker, sent.index)
    if f.subject is None:
        return None
    if gerund_content(sent, f.cue.word, comp, stop):
        # `Residents reported hearing gunfire`: the gerund phrase is what they report
        content = trim(sent, comp, stop)
        return (
            Attr("Indirect", [content], spans, f.cue.cls, speaker, sent.index) if content else None
        )
    if (act or bare) and terminated(sent) and (bare or f.cue.word not in REFUSALS):
        if not done(sent, f.first, f.verb):
            return None  # `witnesses could confirm this`: no act reported
        # `X denied the report.`: reported speech, the clause is the content (not in a
        # headline, which has no full stop: `Bank manager denies fraud charges`)
        end = next((c for c in cuts if c > f.verb and not cited_tail(sent, c)), ce)
        begin = start if f.passive else f.subject[0]
        if f.first > 0 and sent.lower[f.first - 1] in AND and f.subject[1] < f.first - 1:
            begin = f.first  # `X said ... and called for calm`: the second predicate alone
        content = trim(sent, begin, end)
        if content is None or f.verb + 1 >= end and f.cue.word != "apologise":
            return None  # nothing after the verb: an act only for `X apologised.`
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


def english_stance(
    attr: Attr, sent: Sentence, cue: list[Span2], inner: Sequence[Span2] = ()
) -> tuple[str, list[Span2]]:
    """:func:`.stance.claim_stance` with distance markers read only in the claim's own words
    and frame: `X said A, and Y allegedly did B` leaves X's claim ``reported``."""
    own = [*attr.parts, *attr.cue, *attr.frame_cue]
    if attr.speaker is not None:
        own.append(attr.speaker)
    if attr.speaker is not None and attr.cue:
        # the words between speaker and cue (`X reportedly said`) are part of the frame
        own.append((min(attr.speaker[0], attr.cue[0][0]), max(attr.speaker[1], attr.cue[-1][1])))
    elsewhere: list[Span2] = []
    markers = sent.lex.alleged_words | sent.lex.hearsay
    for k, tok in enumerate(sent.toks):
        if sent.lower[k] in markers and not any(s <= tok.start < e for s, e in own):
            elsewhere.append(sent.span(k, k + 1))
    stance, evidence = claim_stance(attr, sent, cue, [*inner, *elsewhere])
    if stance == "reported" and attr.kind in ("Indirect", "FreeIndirect", "IndirectFreeIndirect"):
        later = _future(sent, attr, inner)
        if later:
            return "future", later
    return stance, list(dict.fromkeys(evidence))  # `alleged` as cue and as marker: once


def _future(sent: Sentence, attr: Attr, inner: Sequence[Span2]) -> list[Span2]:
    """`X said it would send troops`, `... plans to ...`: reported speech shifts `will` to
    `would`; an intention verb before `to` announces too."""
    out: list[Span2] = []
    for k, tok in enumerate(sent.toks):
        if sent.in_quote[k] or not attr.covers(tok.start):
            continue
        if any(s <= tok.start < e for s, e in inner):
            continue
        low = sent.lower[k]
        nxt = sent.lower[k + 1] if k + 1 < len(sent.toks) else ""
        if low == "would" or low in _INTENT and nxt == "to":
            out.append(sent.span(k, k + 1))
    return out[:1]


__all__ = ["english_attributions", "english_stance"]
