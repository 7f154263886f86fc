"""English speech acts reported without a content clause of their own.

Reported acts (german_news_quotes ``Reported``: the sentence or predicate, no cue):

* reactions and evaluations that take an object, never a clause without `that` (`X welcomed
  the vote`, `X described the fine as modest`, `X defended the keeper after ...`);
* `called for calm`, `called the cuts "a slap in the face"` (an object with quoted words);
* refusals to speak (`declined to comment`, `refused to elaborate`) and pleas (`pleaded not
  guilty`);
* only in a sentence with a full stop: a headline (`Bank manager denies fraud charges`) is none.

Hearsay sentences: the article's own voice marked as relayed (`reportedly`).  A sentence without
a speech frame of its own that carries a hearsay adverb (`reportedly`, `allegedly`,
`purportedly`, `supposedly`) or a hearsay passive (`is said to`, `is reported to`, `are
believed to`, `is rumoured to`) states something the article has from someone else: a
``FreeIndirect`` attribution over the whole sentence, without cue.  Its speaker is given only
where the text makes the source clear:

* `allegedly` echoes an allegation reported before (`Prosecutors allege that ... . Hale
  allegedly used ...`): the speaker of the last earlier frame of the `allege` class;
* a hearsay sentence right after another one with a speaker goes on with that speaker;
* a hearsay sentence right after a sentence reported as a whole by a trailing frame (`Police
  arrested two men, a spokeswoman said.`) goes on with that account;

otherwise the source stays open (``speaker`` None), which is what the hearsay marker says.
The frame rules already give a sentence with a hearsay passive and no frame (`The suspect is
said to have fled`) such a sourceless attribution with its two cue words (:func:`said_to`).
"""

from __future__ import annotations

from .english_phrases import (
    BE,
    CLAUSE_LINKS,
    MODALS,
    adverb,
    np_after,
    np_word,
    phrase_only,
    plain_comma,
    subject_before,
    trim,
)
from .frames import Attr, Sentence, Span2
from .lexicon import FormMatch
from .text import CLOSING, OPENING


# ---- reported acts -----------------------------------------------------------------------------
def bare_act(sent: Sentence, word: str, verb: int, comp: int, ce: int) -> bool:
    """A speech act whose complement is no content: `called for calm`, `declined to
    comment`, `pleaded not guilty`."""
    if word == "agree":
        return comp < ce and sent.lower[comp] == "with"  # `X agreed with his coach.`
    if word == "ask":
        # `X asked the gallery to be quiet`: a request without its words
        # (not `who asked not to be named`; `had asked` backshifts a report it belongs to)
        if sent.lower[comp] in ("not", "to") or sent.lower[verb - 1] in ("had", "has", "have"):
            return False
        j = np_after(sent, comp, ce)
        return comp < j < ce and sent.lower[j] == "to"
    if word in REFUSALS:
        if verb + 2 >= len(sent.toks):
            return False
        nxt, after = sent.lower[verb + 1], sent.lower[verb + 2] if verb + 2 < ce else ""
        return nxt == "to" and after in _SPEECH_INFINITIVES
    if word == "apologise":
        return True  # `apologised (to the families) (for the delay)`: an apology, no content
    if word == "warn":  # `warned against cutting staff`: a warning without its words
        return verb + 2 < ce and sent.lower[verb + 1] == "against"
    if comp >= ce:
        return False
    nxt = sent.lower[comp]
    after = sent.lower[comp + 1] if comp + 1 < ce else ""
    if word == "call":
        return nxt == "for" or quoted_object(sent, verb, ce) or called_on(sent, verb, ce)
    if word == "plead":
        return nxt in ("guilty", "innocent") or nxt == "not" and after == "guilty"
    return False


def called_on(sent: Sentence, verb: int, ce: int) -> bool:
    """`called on both sides to return to talks`: an appeal to someone, reported without its
    words (the dataset's ``Reported``)."""
    if verb + 3 >= ce or sent.lower[verb + 1] != "on":
        return False
    for k in range(verb + 2, min(ce, verb + 10)):
        if sent.lower[k] == "to":
            return k > verb + 2
        if not np_word(sent, k) or sent.toks[k].text == ",":
            return False
    return False


def progressive(sent: Sentence, i: int) -> tuple[FormMatch, ...]:
    """`is demanding a pay rise`, `are calling for calm`: the -ing form of a speech verb after
    a finite `be` (past adverbs) reports an act in progress; the lexicon's matches of its base
    form (`demanding` -> `demands`, `arguing` -> `argues`, `admitting` -> `admits`)."""
    low = sent.lower[i]
    if not low.endswith("ing") or len(low) < 6 or not _be_before(sent, i):
        return ()
    stem = low[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        for form in (base + "s", base + "es"):
            matches = sent.lex.verb_matches(form) if base else ()
            if matches:
                return matches
    return ()


def inside_content(sent: Sentence, attr: Attr, attrs: list[Attr]) -> bool:
    """`X said she welcomed the extra support but ...`: a reported act inside the content of
    an Indirect claim framed before or after it (`A second sample had confirmed the results,
    the statement said`) is part of what that speaker says, no claim of its own (not inside
    the content of `according to`: `The union welcomed the plan, according to X` keeps the
    union's act, relayed by X)."""
    if attr.kind != "Reported":
        return False
    return any(
        b is not attr
        and b.kind == "Indirect"
        and b.cue
        and (b.cue[0][1] <= attr.start or attr.end <= b.cue[0][0] and _within(attr, b))
        and not any(t.start == b.cue[0][0] and t.text.lower() == "according" for t in sent.toks)
        and any(s <= attr.start and attr.end <= e for s, e in b.parts)
        for b in attrs
    )


def _within(attr: Attr, outer: Attr) -> bool:
    """The act's own verb lies in the content of ``outer`` (not `A, the ministry said, a
    claim Kyiv rejected`: Kyiv's act is outside the ministry's words)."""
    return bool(attr.frame_cue) and all(
        any(s <= c0 and c1 <= e for s, e in outer.parts) for c0, c1 in attr.frame_cue
    )


#: determiners of a singular noun phrase (`a full report`)
_SINGULAR_DETS = frozenset(["a", "an", "the", "this", "its", "his", "her", "their", "our"])


def noun_form(sent: Sentence, i: int, lemma: str) -> bool:
    """`would publish a full report`: the base form of a speech verb after a determiner and
    a singular word (`a full`, `the annual`) is a noun; a verb there would need `-s`
    (`the unions report` stays a verb after a plural)."""
    if i < 2 or sent.lower[i] != lemma:
        return False
    prev = sent.lower[i - 1]
    return (
        sent.lower[i - 2] in _SINGULAR_DETS
        and not prev.endswith("s")
        and not sent.is_cap(i - 1)
        and sent.is_word(i - 1)
    )


def full_stop(sent: Sentence, attr: Attr, attrs: list[Attr], start: int, ce: int) -> None:
    """A reported act that runs to the end of its sentence takes the full stop (the dataset
    marks the whole sentence, as for hearsay sentences); not one inside the content of another
    claim (`According to X, Y denied the report.`) nor one that is only the sentence's last
    clause (`Critics were kind; the Review called it "moving".`)."""
    if attr.kind != "Reported" or not 0 < ce < len(sent.toks) or sent.toks[ce].text != ".":
        return
    last = attr.parts[-1]
    inside = any(
        b is not attr and s <= attr.start and last[1] <= e for b in attrs for s, e in b.parts
    )
    whole = attr.start == sent.toks[start].start  # not a clause after `;` or `and`
    if last[1] == sent.toks[ce - 1].end and not inside and whole:
        attr.parts[-1] = (last[0], sent.toks[ce].end)


def fronted(sent: Sentence, subject: tuple[int, int], start: int) -> list[Span2]:
    """`For twenty years, she says, she avoided ...`: a verbless phrase before a frame set off
    by commas is the first part of the content that goes on after the frame."""
    comma = subject[0] - 1
    if comma - start < 2 or not plain_comma(sent, comma) or not phrase_only(sent, start, comma):
        return []
    if any(
        sent.toks[k].text in ",;:" or sent.lower[k] in CLAUSE_LINKS for k in range(start, comma)
    ):
        return []
    part = trim(sent, start, comma)
    return [part] if part is not None else []


def cited_tail(sent: Sentence, c: int) -> bool:
    """`declined to comment on the case, citing the ongoing proceedings`: a `citing` phrase
    after a reported act is part of its predicate."""
    return c + 1 < len(sent.toks) and sent.lower[c + 1] in ("citing", "quoting")


#: quantifiers that open an object noun phrase (`declared every gift he received`)
_QUANTIFIERS = frozenset(["every", "each", "all", "any"])


def object_relative(sent: Sentence, comp: int, stop: int) -> bool:
    """`had declared every gift he received`: a quantified noun and a pronoun subject right
    after it are an object with a relative clause without `that`, no content clause."""
    return (
        comp + 3 < stop
        and sent.lower[comp] in _QUANTIFIERS
        and np_word(sent, comp + 1)
        and sent.lower[comp + 2] in ("he", "she", "they", "we", "i", "you")
    )


def done(sent: Sentence, first: int, verb: int) -> bool:
    """No modal before the verb: `could confirm this`, `would welcome a vote` report no act."""
    return not any(sent.lower[k] in MODALS for k in range(first, verb))


def quoted_object(sent: Sentence, v: int, ce: int) -> bool:
    """`called the cuts "a slap in the face"`: an object and its wording in quotation marks
    within a few words after the verb (an evaluation in the speaker's words)."""
    for k in range(v + 1, min(ce, v + 7)):
        if sent.toks[k].text in OPENING:
            return k > v + 1
        if sent.toks[k].text in ",.;:" or sent.in_quote[k]:
            return False
    return False


#: verbs of reaction and evaluation that take an object, never a clause without `that`
OBJECT_ONLY = frozenset(["welcome", "criticise", "condemn", "praise", "defend", "describe"])
#: verbs that are speech acts only as a refusal to speak (`declined to comment`)
REFUSALS = frozenset(["decline", "refuse"])
#: infinitives after `declined to`/`refused to` that make a refusal to speak
_SPEECH_INFINITIVES = frozenset(
    ["comment", "elaborate", "speculate", "confirm", "say", "discuss", "answer", "respond"]
)


def terminated(sent: Sentence) -> bool:
    """The sentence ends with a full stop, an exclamation mark or a closing quotation mark."""
    last = sent.toks[-1].text
    return last in (".", "!") or last in CLOSING


#: verbs whose content may be a gerund phrase of perception (`reported hearing gunfire`)
_GERUND_FRAMES = frozenset(["report", "recall"])
#: nouns and prepositions in -ing that open no gerund phrase
_ING_NOUNS = frozenset(
    [
        "nothing",
        "something",
        "anything",
        "everything",
        "morning",
        "evening",
        "during",
        "spring",
        "string",
        "building",
        "meeting",
        "funding",
        "ceiling",
        "wedding",
        "king",
        "ring",
        "thing",
    ]
)


def gerund_content(sent: Sentence, word: str, comp: int, stop: int) -> bool:
    """The content of a reporting verb is the gerund phrase at ``comp`` (`reported hearing
    artillery fire overnight`)."""
    if word not in _GERUND_FRAMES or comp + 1 >= stop or sent.in_quote[comp]:
        return False
    low = sent.lower[comp]
    return low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS


#: verbs whose negation before a question word reports a refusal (`did not say how much`)
_WITHHELD = frozenset(["say", "disclose", "reveal", "explain", "specify", "confirm", "comment"])
#: words that open an embedded question
_QUESTION_WORDS = frozenset(
    ["how", "whether", "what", "when", "why", "who", "where", "which", "if"]
)


_DO_MODALS = frozenset(["did", "does", "do", "would", "could", "will", "can", "wo", "ca"])


def withheld(sent: Sentence, start: int, ce: int, attrs: list[Attr]) -> list[Attr]:
    """`The company did not say how much the recall would cost.`, `X would not say whether
    ...`: a negated verb of telling before an embedded question reports that the speaker
    withheld it (``Reported``, from the subject to the end of the sentence)."""
    if attrs or not terminated(sent):
        return []
    for k in range(start + 2, ce - 2):
        low = sent.lower[k]
        if low not in _WITHHELD or sent.in_quote[k] or sent.lower[k + 1] not in _QUESTION_WORDS:
            continue
        neg = k - 1  # `did not`, `would never`, `didn't` / `did n't`
        if sent.lower[neg] in ("not", "n't", "never"):
            neg -= 1
            if sent.lower[neg] not in _DO_MODALS:
                continue
        elif sent.lower[neg][:-3] not in _DO_MODALS or not sent.lower[neg].endswith("n't"):
            continue
        found = negated_act(sent, neg, k, start, ce)
        if found:
            return found
    return []


def negated_act(sent: Sentence, neg: int, k: int, start: int, ce: int) -> list[Attr]:
    """The ``Reported`` act of a negated verb of telling at ``k`` whose negation or modal
    starts at ``neg``: from the subject right before ``neg`` to the end of the sentence
    (``[]`` when no subject ends there)."""
    subject = subject_before(sent, neg, start)
    if subject is None or subject[1] != neg:
        return []
    content = trim(sent, subject[0], ce)
    if content is None:
        return []
    attr = Attr("Reported", [content], [], "say", sent.span(*subject), sent.index)
    attr.frame_cue = [sent.span(k, k + 1)]
    return [attr]


# ---- opinion phrases ---------------------------------------------------------------------------
_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our"])
_VIEW_NOUNS = frozenset(["view", "opinion", "eyes", "estimation", "judgment", "judgement"])


def opinion_phrases(sent: Sentence, start: int, ce: int) -> list[Attr]:
    """`In her opinion, A.` / `A, in his view.` / `In the eyes of X, A.`: the clause is the
    view of the possessor (cue: the phrase), as `according to X` is X's account."""
    out: list[Attr] = []
    for k in range(start, ce - 2):
        if sent.lower[k] != "in" or sent.in_quote[k]:
            continue
        if sent.lower[k + 1] in _POSSESSIVES and sent.lower[k + 2] in _VIEW_NOUNS:
            end, speaker = k + 3, sent.span(k + 1, k + 2)
        elif (
            sent.lower[k + 1] == "the"
            and sent.lower[k + 2] in _VIEW_NOUNS
            and k + 4 < ce
            and sent.lower[k + 3] == "of"
        ):
            end = k + 4
            while end < ce and sent.toks[end].text != "," and sent.is_word(end):
                end += 1
            if end == k + 4 or end - k > 10:
                continue
            speaker = sent.span(k + 4, end)
        else:
            continue
        if k == start and end < ce and sent.toks[end].text == ",":
            content = _span(sent, end + 1, ce)
        elif end == ce and k > start + 2 and sent.toks[k - 1].text == ",":
            content = _span(sent, start, k - 1)
        else:
            continue
        if content is not None:
            cue = [sent.span(k, min(end, k + 4))]
            out.append(Attr("Indirect", [content], cue, "opinion", speaker, sent.index))
    return out


def _span(sent: Sentence, i: int, j: int) -> tuple[int, int] | None:
    return sent.span(i, j) if i < j else None


# ---- hearsay ----------------------------------------------------------------------------------
#: participles of a hearsay passive (`is said to`)
_HEARSAY_PARTICIPLES = frozenset(
    ["said", "reported", "believed", "thought", "rumoured", "rumored", "alleged"]
)
#: adverbs that point back to an allegation
_ALLEGING = frozenset(["allegedly", "alleged"])


def hearsay_markers(sent: Sentence) -> list[int]:
    """Token positions of hearsay markers outside quotation marks."""
    out: list[int] = []
    n = len(sent.toks)
    for k, low in enumerate(sent.lower):
        if sent.in_quote[k]:
            continue
        if low in sent.lex.hearsay or (
            low in _HEARSAY_PARTICIPLES
            and 0 < k < n - 1
            and _be_before(sent, k)
            and sent.lower[k + 1] == "to"
        ):
            out.append(k)
    return out


def _be_before(sent: Sentence, k: int) -> bool:
    """A finite `be` right before ``k``, also past adverbs (`are also said to`)."""
    j = k - 1
    while j > 0 and adverb(sent, j):
        j -= 1
    return j >= 0 and sent.lower[j] in BE


def said_to(sent: Sentence, start: int, ce: int, attrs: list[Attr]) -> list[Attr]:
    """`The suspect is said to have fled`: hearsay without a source (stance alleged)."""
    if attrs:
        return []
    for k in range(start + 1, ce - 2):
        if (
            sent.lower[k] in ("said", "rumoured", "rumored", "believed", "thought")
            and _be_before(sent, k)
            and sent.lower[k + 1] == "to"
            and not sent.in_quote[k]
        ):
            content = trim(sent, start, ce)
            if content is not None:
                attr = Attr("FreeIndirect", [content], [], "allege", None, sent.index)
                attr.frame_cue = [sent.span(k - 1, k), sent.span(k, k + 1)]
                return [attr]
    return []


def hearsay_sentence(sent: Sentence, per_unit: list[list[Attr]], i: int) -> None:
    """Turn sentence ``i`` into a ``FreeIndirect`` hearsay attribution when it has a marker and
    no frame of its own (a sourceless `is said to` attribution of the frame rules is
    replaced)."""
    own = per_unit[i]
    if any(a.kind != "FreeIndirect" or a.cue or a.speaker is not None for a in own):
        return
    if not sent.toks or sent.toks[-1].text == "?" or sent.quotes:
        return
    markers = hearsay_markers(sent)
    if not markers:
        return
    speaker = _source(sent, per_unit, i, markers)
    last = len(sent.toks) - 1
    while last > 0 and sent.toks[last].text not in ".!" and not sent.is_word(last):
        last -= 1
    part = (sent.toks[0].start, sent.toks[last].end)
    attr = Attr("FreeIndirect", [part], [], "allege", speaker, i)
    attr.frame_cue = [sent.span(k, k + 1) for k in markers]
    per_unit[i] = [attr]


def _source(
    sent: Sentence, per_unit: list[list[Attr]], i: int, markers: list[int]
) -> tuple[int, int] | None:
    if any(sent.lower[k] in _ALLEGING for k in markers):
        for attrs in reversed(per_unit[:i]):
            alleging = [a for a in attrs if a.cls == "allege" and a.cue and a.speaker]
            if alleging:
                return alleging[-1].speaker
    before = per_unit[i - 1] if i > 0 else []
    chained = [a for a in before if a.kind == "FreeIndirect" and not a.cue and a.speaker]
    if chained:
        return chained[-1].speaker
    # `Police arrested two men, a spokeswoman said. The men allegedly ...`: the hearsay goes
    # on with the account the sentence before attributes as a whole (its frame trailing)
    # (only `allegedly`: `is said to` is what people say, no source of its own)
    whole = [a for a in before if a.kind == "Indirect" and a.speaker and a.cue]
    if not any(sent.lower[k] in _ALLEGING for k in markers):
        return None
    if len(before) == 1 and whole:
        return whole[0].speaker  # also a leading frame: `Police said ... . He is alleged to`
    return None
