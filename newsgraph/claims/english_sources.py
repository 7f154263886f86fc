"""English frames whose source is not the plain subject of a speech verb, and words that look
like speech verbs but are none.

Frames found here (called from :func:`.english_frames.english_attributions`):

* `According to X, C` and `C, according to X` (:func:`according_to`);
* `..., adding (that) C` / `..., saying C`: the same speaker's next claim; `X was quoted as
  saying C` / `Y quoted X as saying C`: X's claim (:func:`additions`, :func:`quoted_as`);
* `C, Yonhap reported, citing a lawmaker.`: the lawmaker's claim of the same words
  (:func:`cited_sources`);
* `Y quoted X as saying (that) C`: a chain.  The inner claim (X, cue `saying`) is read by
  :func:`additions`; here the outer one: speaker Y, cue `quoted`, content
  `X as saying (that) C` (the stage makes the inner claim's ``via`` point to it).  The passive
  `X was quoted as saying` names no outer source and gives none.
* `C, it was announced (on Wednesday).`: a trailing impersonal passive (`announced`,
  `reported`, `confirmed`, `disclosed`, `revealed`, `stated`) reports C without naming who
  said it: an Indirect claim with its cue and no speaker (the leading form `It was announced
  that C` is read by the frame reader).
* `The study found (that) C`, `An inquiry has found that C`: a finding that a study, report or
  investigation states (`found` with a `that` clause; `found the car` is no claim).
* `Analysts expect prices to stay high`, `Economists expect that ...`: a forecast of the people
  named (the content is the object with its infinitive, or the `that` clause); only with the
  active present (`are expected to` is the article's own hedge, not a source).

* `X posted a photo with the caption "..."` (`slogan`): X's written words, a Direct claim
  without cue.
* `A, she said, but B.` (`and B`, `which B`): the content clause goes on after its frame; B
  is a second part of the claim (:func:`content_after_frame`).

Words that are no speech verb although the lexicon lists their form:

* `estimated at 420,000 pounds`: a participle of measure, not an estimate someone voiced;
* `weaker demand`, `strong demand`, `consumer demand`: the noun of business news after an
  adjective of size or kind, not the verb `to demand`.
"""

from __future__ import annotations

from .english_phrases import (
    ADDRESSEE_VERBS,
    ADVERBS,
    AUX,
    CLAUSE_LINKS,
    MODALS,
    PREPS,
    TIME_WORDS,
    np_word,
    participle_frame,
    plain_comma,
    skip_adjuncts,
    subject_before,
    trim,
    verbal,
    words,
)
from .frames import Attr, Sentence, Span2
from .text import OPENING

#: participles of an impersonal trailing passive (`..., it was announced.`)
_IMPERSONAL = frozenset(["announced", "reported", "confirmed", "disclosed", "revealed", "stated"])
#: forms of `find` that frame a finding with a `that` clause
_FOUND = frozenset(["found", "finds", "find"])
#: forecast forms (active present only)
_EXPECT = frozenset(["expect", "expects"])
#: adjectives before the noun `demand` (`weaker demand in North America`)
_DEMAND_ADJ = words(
    "weak weaker weakest strong stronger strongest high higher low lower rising falling "
    "slowing growing soft softer robust sluggish global domestic consumer customer "
    "overseas foreign local seasonal"
)
#: participles followed by `at` that give a measure (`estimated at`, `valued at`)
_MEASURE = frozenset(["estimated", "estimate", "estimates"])


def no_speech_verb(sent: Sentence, i: int) -> bool:
    """The speech-verb form at ``i`` is a participle of measure or the noun `demand`."""
    low = sent.lower[i]
    prev = sent.lower[i - 1] if i > 0 else ""
    nxt = sent.lower[i + 1] if i + 1 < len(sent.toks) else ""
    if low in _MEASURE and nxt == "at":
        return True  # `the income, estimated at 420,000 pounds a year, ...`
    if low == "agreed" and prev in ("was", "were", "is", "been"):
        return True  # `It was agreed that ...`: a decision, not a statement
    if low in ("add", "adds", "added") and _object_to(sent, i + 1, len(sent.toks)):
        return True  # `Lumo added one euro to its plan`: to add something to something
    return low in ("demand", "demands") and prev in _DEMAND_ADJ


def _object_to(sent: Sentence, i: int, ce: int) -> bool:
    """A short object phrase from ``i`` followed by `to` (`one euro to`, `cocoa prices to`)."""
    for j in range(i, min(ce, i + 6)):
        low = sent.lower[j]
        if low == "to":
            return j > i
        if (
            sent.in_quote[j]
            or not sent.is_word(j)
            or low in sent.lex.finite
            or low in MODALS | {"that", "and", "but"}
        ):
            return False
    return False


def source_frames(sent: Sentence, attrs: list[Attr], start: int, ce: int) -> list[Attr]:
    """The frames of this module in one sentence (see the module docstring)."""
    out: list[Attr] = []
    taken = {(a.start, a.cue[0] if a.cue else None) for a in attrs}
    for k in range(start, ce):
        if sent.in_quote[k]:
            continue
        low = sent.lower[k]
        attr: Attr | None = None
        if low == "quoted":
            attr = _quoted_chain(sent, k, start, ce)
        elif low == "it":
            attr = _impersonal_passive(sent, k, start, ce)
        elif low in _FOUND:
            attr = _finding(sent, k, start, ce)
        elif low in _EXPECT:
            attr = _forecast(sent, k, start, ce)
        elif low in _CAPTIONS:
            attr = _caption(sent, k, start)
        if attr is not None and (attr.start, attr.cue[0] if attr.cue else None) not in taken:
            out.append(attr)
    return out


#: nouns of words a person wrote under a picture or on a sign (`with the caption "..."`)
_CAPTIONS = words("caption slogan")
#: verbs of posting or writing before such a noun
_POSTING = words("posted posts wrote writes shared shares tweeted tweets uploaded published")


def _caption(sent: Sentence, k: int, start: int) -> Attr | None:
    """`X posted a photo with the caption "..."`: X's words in quotation marks, no cue."""
    quote = next(
        (q for q in sent.quotes if k + 1 < len(sent.toks) and q.start == sent.toks[k + 1].start),
        None,
    )
    v = next((j for j in range(k - 1, start - 1, -1) if sent.lower[j] in _POSTING), None)
    if quote is None or v is None:
        return None
    subject = _subject(sent, v, start)
    if subject is None:
        return None
    return Attr("Direct", [(quote.start, quote.end)], [], "report", sent.span(*subject), sent.index)


def _subject(sent: Sentence, v: int, start: int) -> tuple[int, int] | None:
    """The subject before the verb at ``v`` past auxiliaries and adverbs (`has found`)."""
    k = v - 1
    while k >= start and (sent.lower[k] in AUX | MODALS | ADVERBS):
        if sent.lower[k] in ("was", "were", "is", "are", "been", "be"):
            return None  # a passive: its subject is no source
        k -= 1
    if k >= start and sent.lower[k] in ("not", "never", "n't"):
        return None
    return subject_before(sent, k + 1, start)


def _quoted_chain(sent: Sentence, q: int, start: int, ce: int) -> Attr | None:
    """`Y quoted X as saying (that) C`: Y's claim over `X as saying (that) C`."""
    as_at = next((j for j in range(q + 2, min(ce - 1, q + 14)) if sent.lower[j] == "as"), None)
    if as_at is None or sent.lower[as_at + 1] != "saying" or sent.in_quote[as_at]:
        return None
    subject = _subject(sent, q, start)
    if subject is None:
        return None
    content = trim(sent, q + 1, ce)
    if content is None:
        return None
    return Attr(
        "Indirect", [content], [sent.span(q, q + 1)], "report", sent.span(*subject), sent.index
    )


def _impersonal_passive(sent: Sentence, k: int, start: int, ce: int) -> Attr | None:
    """`C, it was announced (on Wednesday).`: C reported without a named source."""
    if k < start + 3 or sent.toks[k - 1].text != "," or k + 2 >= ce:
        return None
    p = k + 1
    if sent.lower[p] in ("has", "had") and sent.lower[p + 1] == "been":
        p += 1
    if sent.lower[p] not in ("was", "is", "been") or p + 1 >= ce:
        return None
    v = p + 1
    if sent.lower[v] not in _IMPERSONAL or skip_adjuncts(sent, v + 1, ce, False) < ce:
        return None
    content = trim(sent, start, k - 1)
    if content is None or any(sent.in_quote[j] for j in range(start, k - 1)):
        return None
    matches = sent.lex.verb_matches(sent.lower[v])
    cls = matches[0].verb.cls if matches else "report"
    return Attr("Indirect", [content], [sent.span(v, v + 1)], cls, None, sent.index)


def _finding(sent: Sentence, v: int, start: int, ce: int) -> Attr | None:
    """`The study found that C`: the finding C of the study; `C, the report found (, and
    B).`: a trailing finding (the clause before it; `and B` goes on with it)."""
    subject = _subject(sent, v, start)
    if subject is None:
        return None
    lead = subject[0] - 1
    if (
        sent.lower[v] == "found"
        and subject[1] == v
        and lead > start + 2
        and plain_comma(sent, lead)
        and (v + 1 >= ce or plain_comma(sent, v + 1))
        and sent.lower[subject[0]] in ("the", "a", "an", "its", "their")
    ):
        if any(sent.in_quote[j] for j in range(start, lead)):
            return None
        content = trim(sent, start, lead)  # `C, the report found`
    elif v + 2 < ce and sent.lower[v + 1] == "that":
        content = trim(sent, v + 1, ce)  # `The study found that C`
    else:
        return None
    if content is None:
        return None
    return Attr(
        "Indirect", [content], [sent.span(v, v + 1)], "report", sent.span(*subject), sent.index
    )


def _forecast(sent: Sentence, v: int, start: int, ce: int) -> Attr | None:
    """`Analysts expect prices to stay high`: the forecast of the people named."""
    if v + 3 >= ce:
        return None
    if sent.lower[v + 1] != "that" and not _object_to(sent, v + 1, ce):
        return None
    subject = _subject(sent, v, start)
    if subject is None or sent.lower[subject[1] - 1] in ("i", "we", "you"):
        return None
    content = trim(sent, v + 1, ce)
    if content is None:
        return None
    return Attr(
        "Indirect", [content], [sent.span(v, v + 1)], "opinion", sent.span(*subject), sent.index
    )


#: words that carry a content clause on after a frame inside it (`A, he said, and B`)
_GOES_ON = words("and but which who whose because although though so")


def content_after_frame(sent: Sentence, attrs: list[Attr], ce: int) -> None:
    """`A, she said, but B.`: a content clause interrupted by its frame goes on after it; B
    is a second part of the same claim (`and`, `but`, `which ...` keep the clause going;
    `, citing ...`, `, adding ...` and other frames do not)."""
    for a in attrs:
        if a.kind != "Indirect" or len(a.parts) != 1 or not a.cue or a.cue[0][0] < a.end:
            continue
        c = max(k for k, t in enumerate(sent.toks) if t.start < a.cue[-1][1])
        if a.speaker is not None and a.speaker[1] > sent.toks[c].end:
            c = max(k for k, t in enumerate(sent.toks) if t.start < a.speaker[1])
        told = c == max(k for k, t in enumerate(sent.toks) if t.start < a.cue[-1][1]) and any(
            m.verb.lemma in ADDRESSEE_VERBS for m in sent.lex.verb_matches(sent.lower[c])
        )  # `A, he told the court, and B`: the addressee before the rest
        j = skip_adjuncts(sent, c + 1, ce, told)
        if j + 2 >= ce or sent.toks[j].text != "," or sent.lower[j + 1] not in _GOES_ON:
            continue
        if any(b is not a and b.start >= sent.toks[j].start for b in attrs):
            continue  # the rest has a frame of its own
        if any(sent.toks[k].text in OPENING for k in range(j, ce)):
            continue  # a quotation after the frame is read as one
        rest = trim(sent, j + 1, ce)
        if rest is not None:
            a.parts.append(rest)


# ---- frames of participles and prepositions ---------------------------------------------
def according_to(sent: Sentence, start: int, ce: int, cuts: list[int]) -> list[Attr]:
    """`According to X, ...` and `..., according to X.`"""
    out: list[Attr] = []
    for k in range(start, ce - 2):
        if sent.lower[k] != "according" or sent.lower[k + 1] != "to" or sent.in_quote[k]:
            continue
        j = k + 2
        while j < ce and np_word(sent, j) and not (j > k + 2 and _source_end(sent, j)):
            j += 1
        if j == k + 2:
            continue
        comma = next((x for x in range(j, ce) if plain_comma(sent, x)), ce)
        if j < comma and _participle(sent, j) and comma - j <= 12:
            j = comma  # `according to a poll published by X last week, ...`: its attribute
        if (
            j < comma <= j + 8  # (`According to a` at the end: nothing after it)
            and sent.lower[j] in PREPS | {"of"}
            and not any(verbal(sent, x) for x in range(j, comma))
        ):
            j = comma  # `according to a statement from the ministry, ...`
        spans = [sent.span(k, k + 1), sent.span(k + 1, k + 2)]
        if k == start and _name_apposition(sent, j, ce):
            j = next(x for x in range(j + 1, ce) if sent.toks[x].text == ",")
        speaker = sent.span(k + 2, j)
        if k == start:
            if j + 1 < ce and sent.lower[j + 1] in ("which", "who"):
                # `According to Reuters, which cited two sources, ...`: past the relative clause
                j = next((x for x in range(j + 1, ce) if plain_comma(sent, x)), ce)
            later = next((c for c in cuts if c > j and not _own_contrast(sent, c, ce)), ce)
            content = trim(sent, j, later)
        elif sent.toks[k - 1].text == ",":
            content = trim(sent, start, k - 1)
        else:
            content = trim(sent, start, k)
        if content is not None:
            out.append(Attr("Indirect", [content], spans, "report", speaker, sent.index))
    return out


def _own_contrast(sent: Sentence, c: int, ce: int) -> bool:
    """`According to a survey, 41 percent support it, while 44 percent oppose it`: a `while`
    clause without a speech verb goes on with the source's figures."""
    return sent.lower[c + 1] in ("while", "whereas") and not any(
        sent.lex.verb_matches(sent.lower[k]) for k in range(c + 2, ce)
    )


def _name_apposition(sent: Sentence, j: int, ce: int) -> bool:
    """`its chairwoman, Ruth Okafor, ...`: a name of two to four words between commas."""
    if j >= ce or sent.toks[j].text != ",":
        return False
    close = next((x for x in range(j + 1, min(ce, j + 6)) if sent.toks[x].text == ","), None)
    return close is not None and close - j >= 3 and all(sent.is_cap(x) for x in range(j + 1, close))


def _participle(sent: Sentence, j: int) -> bool:
    """A past participle opening an attribute of the source (`published`, `released`,
    `commissioned`), not a finite verb of a clause."""
    return (
        sent.lower[j].endswith("ed")
        and not sent.is_cap(j)
        and not sent.in_quote[j]
        and sent.lower[j - 1] not in AUX
    )


def _source_end(sent: Sentence, j: int) -> bool:
    """The bare source of `according to` ends before a preposition, a participle or a time
    word; :func:`according_to` then takes a participle attribute up to the comma (`a poll
    published by X last week`)."""
    low = sent.lower[j]
    return low in PREPS | TIME_WORDS or low.endswith("ed") and not sent.is_cap(j)


def additions(sent: Sentence, attrs: list[Attr], ce: int) -> list[Attr]:
    """`..., adding that ...` / `..., saying ...`: the same speaker's next claim; `X was quoted
    as saying ...` / `Y quoted X as saying ...`."""
    out: list[Attr] = []
    for k in range(1, ce - 1):
        low = sent.lower[k]
        if sent.in_quote[k] or low not in ("adding", "saying") and not participle_frame(sent, k):
            continue
        speaker: Span2 | None = None
        if low == "saying" and sent.lower[k - 1] == "as":
            speaker = quoted_as(sent, k - 1)
        elif sent.toks[k - 1].text == ",":
            before = [a for a in attrs if a.speaker and a.speaker[1] <= sent.toks[k].start]
            speaker = before[-1].speaker if before else None
        if speaker is None:
            continue
        i = k + 2 if sent.toks[k + 1].text == ":" else k + 1  # `adding: "..."`
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
        content = trim(sent, i, ce)
        if content is not None:
            out.append(Attr("Indirect", [content], [sent.span(k, k + 1)], cls, speaker, sent.index))
    return out


def quoted_as(sent: Sentence, as_at: int) -> Span2 | None:
    """The speaker of `X was quoted as saying` (X) or `Y quoted X as saying` (X)."""
    q = next((j for j in range(as_at - 1, -1, -1) if sent.lower[j] == "quoted"), None)
    if q is None:
        return None
    if as_at > q + 1 and sent.lower[q + 1] != "by":
        return sent.span(q + 1, as_at)  # `Yonhap quoted an official as saying`
    k = q - 1
    while k >= 0 and sent.lower[k] in AUX | ADVERBS:
        k -= 1
    subject = subject_before(sent, k + 1, 0)
    return sent.span(*subject) if subject else None


#: participles that name the source a trailing frame relays (`Yonhap reported, citing X`)
CITING = frozenset(["citing", "quoting"])
#: words that end the source after `citing` (`citing officials on Tuesday`); other
#: prepositions belong to it (`citing officials in Kyiv`, `reports from the front`)
_CITED_STOP = words("on during after before as to via through since until")


def cited_sources(sent: Sentence, attrs: list[Attr], ce: int) -> list[Attr]:
    """`A, Yonhap reported, citing a lawmaker.`: the lawmaker's claim of the same words, whose
    ``via`` is the reporting claim (see :func:`.english_discourse.cited_relays`)."""
    out: list[Attr] = []
    for k in range(1, ce - 1):
        if sent.lower[k] not in CITING or sent.in_quote[k] or sent.toks[k - 1].text != ",":
            continue
        j = k + 1
        while (
            j < ce
            and sent.is_word(j)
            and sent.lower[j] not in _CITED_STOP | CLAUSE_LINKS | MODALS | TIME_WORDS
            and sent.lower[j] not in sent.lex.finite
        ):
            j += 1
        if j == k + 1:
            continue
        at = sent.toks[k].start
        outer = [
            a for a in attrs if a.kind == "Indirect" and a.cue and a.cue[-1][1] <= at and a.end < at
        ]
        if not outer:
            continue
        a = max(outer, key=lambda x: x.cue[-1][1])
        out.append(
            Attr(
                "Indirect",
                list(a.parts),
                [sent.span(k, k + 1)],
                "report",
                sent.span(k + 1, j),
                sent.index,
            )
        )
    return out
