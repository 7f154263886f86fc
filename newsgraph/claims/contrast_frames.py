"""Frames that contrast with their sentence instead of sourcing it.

`Das Fahrzeug sei, anders als das Militär behauptet, langsam gefahren.`, `Entgegen den Angaben
der Polizei ...`, `Im Gegensatz zu Aussagen des Ministers ...`: the speech act sits inside a
comparative phrase (`anders als` + verb-final clause, `entgegen`/`im Gegensatz zu`/`im
Unterschied zu` + noun phrase) and says what the sentence contradicts.  The sentence's content
is the article's voice (or the source it continues), not the contrasted speaker's claim, so
such a frame gives no attribution.  A contrast of the speaker (`Anders als sein Vorgänger sagte
der Minister, ...`) is no such frame: the speech verb is the main clause's verb, outside the
comparative phrase and has words after it.
"""

from __future__ import annotations

from .frames import Attr, Sentence

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
