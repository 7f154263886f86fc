"""Frames whose apparent content is not theirs: they contrast with their sentence or stand
before a clause that another frame reports.  Both are dropped after the sentence rules.

**Contrast frames** (:func:`drop_contrasted`, per sentence, from :mod:`.discourse`):
`Das Fahrzeug sei, anders als das Militär behauptet, langsam gefahren.`, `Entgegen den Angaben
der Polizei ...`, `Im Gegensatz zu Aussagen des Ministers ...`: the speech act sits inside a
comparative phrase (`anders als` + verb-final clause, `entgegen`/`im Gegensatz zu`/`im
Unterschied zu` + noun phrase) and says what the sentence contradicts.  The sentence's content
is the article's voice (or the source it continues), not the contrasted speaker's claim, so
such a frame gives no attribution.  A contrast of the speaker (`Anders als sein Vorgänger sagte
der Minister, ...`) is no such frame: the speech verb is the main clause's verb, outside the
comparative phrase and has words after it.

**Connective contents** (:func:`connective_contents`, over the article, from the stage):
The frame rules give a verb the clause after its comma as content.  When that clause opens
with a coordinating conjunction or an adverbial subordinator and holds a frame of its own,
it is no content of the verb before it:

* `Der Rat stufte das Gesetz als verfassungswidrig ein, und das Hilfswerk rief Russland
  auf, das Verbot nicht durchzusetzen.`: the second main clause has its own subject and
  frame (`rief auf`), the first verb frames nothing after its comma (the frame rules already
  refuse such a conjunct, :func:`.complements.linked_main_clause`, and leave the first clause
  a speech act of its own, cut before `und`; this check catches what they let through);
* `Die Mitglieder haben protestiert, da sie befürchten, viele Familien könnten ...`: a causal
  clause is an adverbial, never what was said; its own frame (`befürchten`) reports the rest.

German content clauses open with `dass`, `ob`, a w-word, a zu-infinitive or a verb-second
clause (mostly in the Konjunktiv), never with `und`/`aber` or `da`/`weil`/`nachdem`.  Such an
outer attribution is dropped when another attribution's cue lies inside its content (without
one, the clause may still hold reported speech the frame rules read differently, and it is
left alone).  Nested reports (`X sagte, Y habe gefordert, ...`) open with a noun phrase or a
pronoun, not with a connective, and keep their chain.
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import Attr, Sentence
from .speaker_spans import sentence_of, token_at

#: prepositions that open a contrasting phrase (`entgegen den Angaben`, `im Gegensatz zu`)
_CONTRAST_PREPS = frozenset({"entgegen", "gegensatz", "unterschied"})
#: how far before the cue the contrast word may stand
_REACH = 8


def contrasted_cue(sent: Sentence, k: int) -> bool:
    """The cue word at ``k`` lies inside a contrasting phrase of its clause: after `anders als`
    (`anders als X behauptet`) or a contrast preposition (`entgegen X' Angaben`), with no finite
    verb or boundary between them (the phrase ends there).  A preposition cue opens a phrase of
    its own (`entgegen den Behauptungen der Befürworter laut einer Studie`)."""
    if sent.toks[k].tag.startswith("AP"):
        return False
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        low = sent.lower[j]
        if sent.in_quote[j] or sent.is_boundary(j) and low != ",":
            return False
        if low == "als":
            before = j - 1
            if before >= 0 and sent.lower[before] == ",":
                before -= 1
            return before >= 0 and sent.lower[before] == "anders" and _clause_final(sent, k)
        if low in _CONTRAST_PREPS:
            return True
        if low == "," or sent.is_finite(j):
            return False
    return False


def _clause_final(sent: Sentence, k: int) -> bool:
    """The cue at ``k`` ends its clause (`anders als X behauptet,`, `... behauptet hatte.`),
    as the verb of an `als` clause does; a verb with words after it is the main clause's
    (`Anders als sein Vorgänger sagte der Minister, ...`)."""
    nxt = k + 1
    if nxt < len(sent.toks) and sent.is_finite(nxt) and sent.toks[nxt].tag.startswith("VA"):
        nxt += 1  # `behauptet hatte`
    return nxt >= len(sent.toks) or sent.is_boundary(nxt)


def drop_contrasted(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """``attrs`` without the attributions whose first cue word is inside a contrasting phrase,
    and without the partial quotes nested in them."""
    dropped: list[Attr] = []
    for a in attrs:
        k = sent.index_at(a.cue[0][0]) if a.cue else None
        if k is not None and contrasted_cue(sent, k):
            dropped.append(a)
    return [a for a in attrs if not any(a is d or a.parent is d for d in dropped)]


#: words that open a clause which cannot be the content of the frame verb before it
CONNECTIVES = frozenset(
    {
        # coordinating conjunctions: a second main clause
        "und",
        "aber",
        "sondern",
        "oder",
        "denn",
        # adverbial subordinators: a causal, temporal or concessive clause
        "da",
        "weil",
        "nachdem",
        "während",
        "obwohl",
        "obgleich",
        "sodass",
        "zumal",
    }
)


def opens_with_connective(attr: Attr, sents: Sequence[Sentence]) -> bool:
    """The content of ``attr`` begins with a connective (outside quotation marks)."""
    if not attr.parts:
        return False
    sent = sentence_of(sents, attr.parts[0][0])
    if sent is None:
        return False
    i = token_at(sent, attr.parts[0][0])
    return i is not None and not sent.in_quote[i] and sent.lower[i] in CONNECTIVES


def _frames_inside(attr: Attr, attrs: Sequence[Attr]) -> bool:
    """Another attribution has its whole cue inside the content of ``attr``."""
    return any(
        other is not attr and other.cue and all(attr.covers(c[0]) for c in other.cue)
        for other in attrs
    )


def connective_contents(attrs: list[Attr], sents: Sequence[Sentence]) -> list[Attr]:
    """``attrs`` without the indirect attributions whose content opens with a connective and
    holds the frame of another attribution (see the module doc)."""
    drop = {
        id(a)
        for a in attrs
        if a.kind == "Indirect"
        and a.parent is None
        and a.cue
        and opens_with_connective(a, sents)
        and _frames_inside(a, attrs)
    }
    if not drop:
        return attrs
    kept = [a for a in attrs if id(a) not in drop]
    for a in kept:
        if a.parent is not None and id(a.parent) in drop:
            a.parent = None  # (a partial quotation of a dropped frame stands on its own)
    return kept
