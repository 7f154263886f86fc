"""A content that opens with a connective belongs to the frame inside it, not to the one before.

The frame rules give a verb the clause after its comma as content.  When that clause opens
with a coordinating conjunction or an adverbial subordinator and holds a frame of its own,
it is no content of the verb before it:

* `Der Rat stufte das Gesetz als verfassungswidrig ein, und das Hilfswerk rief Russland
  auf, das Verbot nicht durchzusetzen.`: the second main clause has its own subject and
  frame (`rief auf`), the first verb reports nothing;
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
