"""English subjects that hold a restrictive relative clause: `A nurse who has worked at the home
for eleven years said ...`.

Without commas the relative clause is read back from the frame verb as if it were the subject
(`A teacher who knew the boy said` gave the speaker `the boy`, and `... for eleven years said
staff had ...` no frame at all).  A noun phrase that opens the sentence (or follows a comma
after an opening adverbial) and goes on with `who` + its own words up to the frame is the
whole subject: the relative clause names the speaker (the dataset keeps it in the speaker,
README: `Sleep researcher Owen Park ..., who was not involved in the study`).
"""

from __future__ import annotations

from .english_phrases import AND, PREPS, np_word, words
from .frames import Sentence, Span2

_RELATIVE = words("who")
#: longest relative clause read as part of a subject (words after `who`)
_MAX_CLAUSE = 14
#: longest noun phrase before `who`
_MAX_NOUN_PHRASE = 6
#: determiners that open a noun phrase (not `her`: also an object)
_OBJECT_DETS = words("a an the this these those its his their our")


def _verb_like(sent: Sentence, j: int) -> bool:
    """A lower-case past form inside a noun phrase that no determiner governs (`He thanked`;
    not `the retired teacher`)."""
    low = sent.lower[j]
    return (
        not sent.is_cap(j)
        and (low.endswith("ed") or low in sent.lex.finite)
        and sent.lower[j - 1] not in _OBJECT_DETS
    )


def restrictive_subject(sent: Sentence, end: int, start: int) -> Span2 | None:
    """The subject ``(first, end)`` when the tokens before ``end`` (the frame verb or its
    auxiliary) are `NP who ...` opening the sentence; None otherwise."""
    for r in range(end - 2, max(start, end - 2 - _MAX_CLAUSE) - 1, -1):
        low = sent.lower[r]
        if sent.toks[r].text in (",", ";", ":") or sent.in_quote[r] or low in AND:
            return None  # `... who cared for him and said`: a second predicate
        speech = sent.lex.verb_matches(low) and not sent.is_cap(r)
        if speech and sent.lower[r - 1] not in _RELATIVE:
            return None  # `... years said staff had reported`: the frame before, not a subject
        if low not in _RELATIVE:
            continue
        first = r - 1
        while first >= start and np_word(sent, first):
            first -= 1
        first += 1
        if first >= r or r - first > _MAX_NOUN_PHRASE:
            return None
        if not (first == start or sent.toks[first - 1].text == ","):
            return None
        if not (sent.is_cap(first) or sent.lower[first] in _OBJECT_DETS):
            return None
        if any(_verb_like(sent, j) for j in range(first + 1, r)):
            return None  # `He thanked the nurses who ...`: a clause, no subject
        return first, end
    return None


def noun_relative(sent: Sentence, comp: int, stop: int) -> bool:
    """`demanded a list of 300 detainees that the government did not have`: after a verb that
    takes an object, a noun phrase opened by a determiner and followed by `that` is an object
    with a relative clause, no content clause (not `denied the company had cut ...`, where no
    `that` follows the noun phrase)."""
    if comp >= stop or sent.lower[comp] not in _OBJECT_DETS:
        return False
    for k in range(comp + 1, min(stop, comp + 9)):
        if sent.lower[k] == "that":
            return k > comp + 1
        if not np_word(sent, k) or sent.toks[k].text == "," or sent.lower[k] in PREPS:
            return False  # `promised the mayor in March that ...`: the addressee, a clause
    return False
