"""A speech act whose object points back to what was said before: the object is the content.

`Wissenschaftler der Universität gaben diese Forschungsergebnisse gestern bekannt.`: the
demonstrative object (`diese Ergebnisse`, `diese Zahlen`, `dieses Urteil`) stands for news
the article told just before; the verb frames it like indirect speech, so the object is the
reported content and the verb a visible cue, not the whole sentence a reported speech act
(:mod:`reported_checks` reads it so first).
"""

from __future__ import annotations

from .frames import Attr, Sentence

#: demonstrative determiners of a back-pointing object (`diese Ergebnisse`)
_DEMONSTRATIVES = frozenset({"diese", "dieses", "diesen", "jene", "jenes", "jenen"})

#: cue classes that pass news on (`bekannt geben`, `mitteilen`, `melden`, `bestätigen`), not
#: judge or explain it (`bezeichnete diese Maßnahme als ...`, `begründete diesen Schritt mit`)
_TELLING = frozenset({"say", "announce", "report"})
#: words of a second complement that makes the object a topic (`bezeichnete diese Maßnahme
#: als ...`, `begründete diesen Schritt mit ...`, `hielt diese Zahlen für ...`)
_TOPIC_COMPLEMENTS = frozenset({"als", "mit", "für", "zu", "über", "von"})


def pointing_object(sent: Sentence, a: Attr) -> tuple[int, int] | None:
    """Token range of the demonstrative noun-phrase object of the reported speech act ``a``:
    after its verb, inside its span, not part of its speaker, not after a preposition."""
    if a.kind != "Reported" or not a.frame_cue or a.record_only or len(a.parts) != 1:
        return None
    if a.cls not in _TELLING:
        return None  # `begründete diesen Schritt mit ...`: the object is the topic
    verb = sent.index_at(a.frame_cue[0][0], -1)
    if verb < 0:
        return None
    lo, hi = a.parts[0]
    for k in range(verb + 1, len(sent.toks) - 1):
        t = sent.toks[k]
        if t.start >= hi or sent.is_boundary(k) or sent.in_quote[k]:
            return None
        if sent.lower[k] not in _DEMONSTRATIVES or t.tag != "PDAT" or t.start < lo:
            continue
        if sent.toks[k - 1].tag in ("APPR", "APPRART"):
            return None  # `berichtete über diese Ergebnisse`: a topic, not the content
        if a.speaker is not None and a.speaker[0] <= t.start < a.speaker[1]:
            return None
        end = k + 1
        while end < len(sent.toks) and sent.toks[end].tag in ("ADJA", "NN"):
            end += 1
        if sent.toks[end - 1].tag != "NN":
            return None
        clause_end = sent.clause_end(end)
        if any(sent.lower[j] in _TOPIC_COMPLEMENTS for j in range(end, clause_end)):
            return None
        return k, end
    return None


def object_contents(sents: list[Sentence], per_unit: list[list[Attr]]) -> None:
    """Turn reported speech acts with a back-pointing demonstrative object into indirect
    speech whose content is that object (in place)."""
    for i, attrs in enumerate(per_unit):
        if i == 0 or not sents[i].toks:
            continue
        for a in attrs:
            found = pointing_object(sents[i], a)
            if found is None:
                continue
            a.kind = "Indirect"
            a.parts = [sents[i].span(*found)]
            a.cue, a.frame_cue = list(a.frame_cue), []
