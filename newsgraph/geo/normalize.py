"""Name keys and inflection handling shared by the country, region and city indexes.

A *key* is the case-folded name with diacritics, punctuation and hyphens removed and
declined adjectives reduced to a stem (``Demokratischen Volksrepublik`` and ``Demokratische
Volksrepublik`` share one key).  :func:`candidates` yields the keys of a possibly inflected
surface form, most literal first: the form itself, then without a genitive ``-s``/``-es`` or a
dative ``-n``/``-en`` on the last word (``Russlands`` → ``Russland``, ``Pjöngjangs`` →
``Pjöngjang``, ``Niederlanden`` → ``Niederlande``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_SPLIT = re.compile(r"[\s\-‐–/]+")
_STRIP = re.compile(r"[^\w\s\-‐–/]")


@lru_cache(maxsize=4096)
def _is_combining(ch: str) -> bool:
    return unicodedata.combining(ch) != 0


def fold(text: str) -> str:
    """Case-fold and remove diacritics (``Pjöngjang`` → ``pjongjang``; ß → ss)."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.casefold())
    if text.isascii():
        return text
    marks = [ch for ch in set(text) if not ch.isascii() and _is_combining(ch)]
    if not marks:
        return text
    return text.translate(dict.fromkeys(map(ord, marks)))


_ISCH_ENDS = ("ischen", "ischer", "isches", "ischem", "ische")
_IGT_ENDS = ("igten", "igte", "igter", "igtes")


@lru_cache(maxsize=8192)
def _stem_word(word: str) -> str:
    """Reduce a declined adjective to its stem; other words stay as they are."""
    for end in _ISCH_ENDS:
        if word.endswith(end):
            return word[: -len(end)] + "isch"
    for end in _IGT_ENDS:
        if word.endswith(end):
            return word[: -len(end)] + "igt"
    if len(word) > 6 and word.endswith(("en", "er", "es", "em")) and word[-3] in "ehtl":
        return word[:-2] + "e"
    return word


def key(name: str) -> str:
    """Index key of a name (see module docstring)."""
    words = _SPLIT.split(_STRIP.sub("", fold(name)))
    if "" in words:
        words = [w for w in words if w]
        if not words:
            return ""
    if len(words) == 1:
        return words[0]
    words[:-1] = map(_stem_word, words[:-1])
    return " ".join(words)


def candidates(surface: str) -> Iterator[str]:
    """Keys to try for a surface form, most literal first."""
    base = key(surface)
    if not base:
        return
    yield base
    head, _, last = base.rpartition(" ")
    prefix = head + " " if head else ""
    for end, repl in (("es", ""), ("s", ""), ("ns", ""), ("n", ""), ("en", "")):
        if last.endswith(end) and len(last) - len(end) >= 3:
            yield prefix + last[: len(last) - len(end)] + repl


def is_acronym(name: str) -> bool:
    """``DVRK``, ``U.S.A.``, ``USA`` — matched case-sensitively."""
    bare = name.replace(".", "")
    return 1 < len(bare) <= 6 and bare.isupper() and bare.isalpha()


def acronym_key(name: str) -> str:
    return name.replace(".", "").strip()
