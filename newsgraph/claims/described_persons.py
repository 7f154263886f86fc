"""A pronoun that refers back to a person the article introduced only by a description.

News about accidents, crimes and courts often never names the person it is about: `Ein
39-jähriger Landwirt war mit dem Mähdrescher unterwegs. … Er sagte aus: „…“`.  When no
earlier speaker fits a singular `er`/`sie` and no named person stands closer, the pronoun
refers to the subject of a sentence shortly before it (at most two sentences back) that is
such a description: an article (`ein`, `eine`, `der`, `die`) opening the sentence, adjectives or
an age, and a noun of a person that agrees in gender (`Landwirt`, `Student`, `Mann`, `Frau`,
`Rentnerin`).  The speaker gets the description's words and no entity (nothing in the record
names that person).
"""

from __future__ import annotations

import re

from ..doc import Doc

#: articles opening a description of one person
_ARTICLES = {"Masc": frozenset({"ein", "der"}), "Fem": frozenset({"eine", "die"})}
#: words of the description between the article and the noun (`maskierter`, `39-jähriger`)
_LEAD_TAGS = frozenset({"ADJA", "CARD", "ADV"})
#: endings of nouns of persons by gender (agents, offices, nationalities; `-in` for women)
_PERSON_ENDINGS = {
    "Masc": re.compile(r"(?:er|ent|ant|ist|or|eur|ling|at|wirt|mann|junge)$"),
    "Fem": re.compile(r"(?:in|frau)$"),
}
#: nouns of persons that end like none of the above
_PERSON_NOUNS = frozenset({"mann", "frau", "junge", "mädchen", "bauer", "kunde", "zeuge"})
#: masculine nouns that end like persons but are things (`der Computer`, `ein Sender`)
_THINGS = re.compile(
    r"(?:computer|sender|server|motor|monitor|reaktor|container|wagen|hammer|finger|winter|"
    r"sommer|keller|meter|liter|theater|fenster|zimmer|teller|koffer|tunnel|wasser|fieber|"
    r"fehler|zucker|pfeffer|trainer-?camp|bericht|vertrag|senat|staat|rat|vorstand|konzern)$"
)


def described_person(doc: Doc, start: int, gender: str) -> tuple[int, int] | None:
    """Character span of the person description a singular pronoun at ``start`` of ``gender``
    (``Masc``/``Fem``) refers back to, or None."""
    articles = _ARTICLES.get(gender)
    if articles is None:
        return None
    sents = [s for s in doc.sentences if s.end <= start]
    for sent in reversed(sents[-2:]):
        toks = doc.tokens[sent.tok_start : sent.tok_end]
        if len(toks) < 3 or toks[0].text.lower() not in articles:
            continue
        k = 1
        while k < len(toks) and toks[k].tag in _LEAD_TAGS:
            k += 1
        if k >= len(toks) or toks[k].tag != "NN":
            continue
        noun = toks[k].text.lower()
        if _THINGS.search(noun):
            continue
        if not (_PERSON_ENDINGS[gender].search(noun) or noun in _PERSON_NOUNS):
            continue
        if toks[k].feat("Gender") not in (None, gender) and noun not in _PERSON_NOUNS:
            continue
        return toks[0].start, toks[k].end
    return None
