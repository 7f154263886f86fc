"""CISTEM, a light German stemmer (Weissweiler & Fraser, 2017), and text stemming for search.

Implemented from the published algorithm: umlauts and ß are folded, (optionally) a ``ge-``
prefix is dropped from long words, ``sch``/``ei``/``ie`` and double letters are protected, then the
suffixes ``em``/``er``/``nd`` (words longer than 5) and ``t``/``e``/``s``/``n`` are stripped
repeatedly while the word is longer than 3 characters.  Case-insensitive mode (used for search)
also strips ``t`` from capitalised words, so a query and the text agree whatever the casing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_STRIP_GE = re.compile(r"^ge(.{4,})")
_DOUBLE = re.compile(r"(.)\1")
_DOUBLE_BACK = re.compile(r"(.)\*")
_EMR = re.compile(r"e[mr]$")
_ND = re.compile(r"nd$")
_T = re.compile(r"t$")
_ESN = re.compile(r"[esn]$")
_WORD = re.compile(r"\w+", re.UNICODE)


def _strip_suffix(word: str, suffixes: tuple[re.Pattern[str], ...]) -> str | None:
    """``word`` without the first of the (end-anchored) ``suffixes`` it ends in; None if none."""
    for suffix in suffixes:
        stripped, n = suffix.subn("", word)
        if n:
            return stripped
    return None


def cistem(word: str, *, case_insensitive: bool = True, strip_ge: bool = False) -> str:
    """The CISTEM stem of one German word (lower case, umlauts folded).

    ``strip_ge`` (CISTEM's participle rule, off by default here) removes a ``ge-`` prefix
    from long words.  For news search it conflates too many nouns with verbs (Gespräch/
    sprach, Gesetz/setzen, Gericht/richten), so newsgraph's index does not use it.
    """
    if not word:
        return word
    upper = word[0].isupper()
    w = word.lower()
    w = w.replace("ü", "u").replace("ö", "o").replace("ä", "a").replace("ß", "ss")
    if strip_ge:
        w = _STRIP_GE.sub(r"\1", w)
    w = w.replace("sch", "$").replace("ei", "%").replace("ie", "&")
    w = _DOUBLE.sub(r"\1*", w)
    short = (_T, _ESN) if not upper or case_insensitive else (_ESN,)
    long = (_EMR, _ND, *short)  # em/er/nd only come off words longer than 5
    while len(w) > 3:
        stripped = _strip_suffix(w, long if len(w) > 5 else short)
        if stripped is None:
            break
        w = stripped
    w = _DOUBLE_BACK.sub(r"\1\1", w)
    return w.replace("%", "ei").replace("&", "ie").replace("$", "sch")


def words(text: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(text)


def stem_text(text: str | None) -> str:
    """Every word of ``text`` replaced by its stem, space separated (the FTS index copy)."""
    if not text:
        return ""
    return " ".join(cistem(m.group(0)) for m in _WORD.finditer(text))
