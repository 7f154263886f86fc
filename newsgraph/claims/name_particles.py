"""Where a person's name goes on over a nobiliary particle: `Karl-Theodor zu Guttenberg`.

German family names of the nobility and Dutch, Flemish or French names keep a lower-case
particle between the given name and the family name: `Karl-Theodor zu Guttenberg`, `Richard
von Weizsäcker`, `Ursula von der Leyen`, `Louis van Gaal`, `Thomas de Maizière`.  The tagger
reads `zu`/`von` as a preposition and the NER stage often stops the PERSON mention at the
given name, so a speaker phrase ended there (`sagte Karl-Theodor zu Guttenberg am Montag` had
the speaker `Karl-Theodor`).

:func:`particle_name_end` takes the particle and the family name into the phrase when the
word before the particle is a given name (each part of a hyphenated name is listed as a given
name in the NER gazetteer: `Karl-Theodor`, `Hans-Peter`) and the word after it can be a
family name (capitalised, listed as one or not listed, never a place or a given name).
The check on both sides keeps the prepositions of `sagte Merkel zu Obama` (a family name
before `zu`) and `sagte Peter zu Maria` (a given name after it) apart.  German only.
"""

from __future__ import annotations

from ..ner.lexicon import load_gazetteer
from .frames import Sentence

#: lower-case particles of family names, alone or in a short run (`von der`, `von und zu`)
_PARTICLES = frozenset({"zu", "von", "van", "de", "der", "den", "und", "vom", "zur", "ten", "ter"})
#: particles that can open the run (`der` only follows one: `von der Leyen`)
_OPENERS = frozenset({"zu", "von", "van", "de", "vom", "zur", "ten", "ter"})
#: gazetteer kinds of places: a word of these kinds after `zu`/`von` is where, not who
_PLACES = frozenset({"country", "state", "city", "town", "village", "region", "landscape"})
#: at most this many particle words between given and family name (`von und zu`)
_MOST = 3


def _given_name(word: str) -> bool:
    """Each part of ``word`` (split at hyphens) is listed as a given name."""
    gaz = load_gazetteer()
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all("first" in gaz.kinds(p) for p in parts)


def _family_name(word: str, common_noun: bool) -> bool:
    """``word`` can be a family name: capitalised letters, listed as a family name or (unless
    the tagger read it as a common noun) not listed at all, never a place or a given name.
    A common noun must be listed: `sagte Peter zu Journalisten`, `sagte Anna zu Beginn` keep
    their preposition."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
        return False
    kinds = load_gazetteer().kinds(word)
    if kinds & (_PLACES | {"first"}):
        return False  # `sagte Peter zu Maria`: a given name after `zu` is spoken to
    return "last" in kinds or (not kinds and not common_noun)


def particle_name_end(sent: Sentence, j: int) -> int:
    """End of a phrase ending before ``j`` in a given name followed by a nobiliary particle
    and a family name (`Karl-Theodor zu Guttenberg`); ``j`` when there is none."""
    n = len(sent.toks)
    if j < 1 or j >= n - 1 or sent.lex.language != "de" or sent.in_quote[j]:
        return j
    if sent.lower[j] not in _OPENERS or not sent.is_cap(j - 1):
        return j
    if sent.toks[j - 1].tag not in ("NE", "NN") or not _given_name(sent.toks[j - 1].text):
        return j
    k = j
    while k < n and k - j < _MOST and sent.lower[k] in _PARTICLES and not sent.is_cap(k):
        k += 1
    if k >= n or k == j or sent.in_quote[k] or sent.toks[k].tag not in ("NE", "NN"):
        return j
    if sent.toks[k].tag == "NN" and sent.lex.is_source_noun(sent.toks[k].text):
        return j  # `Peter von Sprecher ...` is no name
    if not _family_name(sent.toks[k].text, sent.toks[k].tag == "NN"):
        return j
    return k + 1
