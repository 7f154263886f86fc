"""A rule-based tokeniser tuned for German news.

:func:`tokenize` returns character spans ``(start, end)`` into the text it is given; tokens never
overlap and ``text[start:end]`` is always the token text.  What it keeps together:

* URLs (``https://…``, ``www.…``), e-mail addresses, ``@handles`` and ``#hashtags``;
* abbreviations from :mod:`newsgraph.nlp.abbreviations` with their period (``Dr.``, ``bzw.``),
  multi-part ones with or without the space (``z. B.``, ``u.a.``) and initials (``John F.``);
* numbers with thousands/decimal/time/date separators (``5.000``, ``1,3``, ``10:30``,
  ``6.11.2024``) and ordinals with their period (``6.`` in ``am 6. November``, ``19. Jahrhundert``,
  ``der 3. Platz``);
* hyphenated words and names (``Kim Jong-un``, ``DVRK-Militärbauingenieure``, ``5-Jährige``)
  and truncations before a conjunction (``Ein- und Ausfuhr``).

What it splits: punctuation, quotes and brackets into single tokens (``...`` and ``…`` stay
whole), and caption credits glued to the previous word (``RusslandQuelle:`` →
``Russland`` ``Quelle`` ``:``), i.e. a lowercase→uppercase seam before a word of
:data:`~newsgraph.nlp.abbreviations.CREDIT_WORDS` that ends the word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import (
    ABBREVIATIONS,
    ABBREVIATIONS_BEFORE_NUMBER,
    CREDIT_WORDS,
    MONTHS,
    MULTI_ABBREVIATIONS,
    ORDINAL_CONTEXT,
)

Span = tuple[int, int]

_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"„“”«»‚‘’()\[\]{}]+"
# a bare domain name (``bildblog.de``, ``news.bbc.co.uk``, ``Spiegel.de``): labels joined by dots,
# ending in a common top-level domain written in lower case, not followed by a word character
_TLDS = "com|org|net|info|biz|eu|de|at|ch|li|lu|nl|be|fr|it|es|pt|uk|us|ru|pl|cz|dk|se|no|fi|ie|jp|cn|kr|in|io|tv|gov|edu"
_DOMAIN = rf"(?<![\w.@])(?:[^\W_][\w-]*\.)+(?:{_TLDS})(?![\w-])(?:/[^\s<>\"„“”«»‚‘’()\[\]{{}}]*)?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w@#])[@#][^\W\d_][\w]*"
_DOTTED = r"(?<![\w.])(?:[^\W\d_]{1,3}\.){2,}(?![\w])"
_NUMBER = r"(?>\d+(?:[.,:/]\d+)*)(?![-‐‑]?[^\W\d_])"
_HYPH = "-‐‑"
#: a name written with a dot between two words (``ver.di``, ``ver.di-Chef``): no sentence ends
#: glued to a lower-case word
_DOTTED_NAME = rf"(?<![\w.])[^\W\d_]{{2,}}\.[a-zäöüß]{{2,}}(?:[{_HYPH}][^\W_]+)*(?![\w])"
_WORD = rf"[^\W_]+(?:(?:[{_HYPH}'’&]|_)[^\W_]+)*(?:[{_HYPH}](?=\s*(?:,|und\b|oder\b|bis\b|sowie\b|bzw\.|als\b)))?"
_ELLIPSIS = r"\.{2,}|…"
_TRAILING_URL_PUNCT = ".,;:!?'\"“”’»«"


def _multi_pattern() -> str:
    alts = []
    for abbr in sorted(MULTI_ABBREVIATIONS, key=len, reverse=True):
        parts = [re.escape(p) for p in abbr.split(" ")]
        alts.append(r"\s?".join(parts))
    return r"(?<![\w.])(?:" + "|".join(alts) + r")(?!\w)"


@lru_cache(maxsize=1)
def _master() -> re.Pattern[str]:
    return re.compile(
        "|".join(
            [
                f"(?P<url>{_URL})",
                f"(?P<email>{_EMAIL})",
                f"(?P<domain>{_DOMAIN})",
                f"(?P<handle>{_HANDLE})",
                f"(?P<multi>{_multi_pattern()})",
                f"(?P<dotted>{_DOTTED})",
                f"(?P<dotname>{_DOTTED_NAME})",
                f"(?P<num>{_NUMBER})",
                f"(?P<word>{_WORD})",
                f"(?P<ell>{_ELLIPSIS})",
                r"(?P<punct>\S)",
            ]
        )
    )


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern[str]:
    words = "|".join(sorted(CREDIT_WORDS, key=len, reverse=True))
    return re.compile(rf"(?<=[a-zäöüß])(?:{words})$")


_NEXT_WORD = re.compile(r"\s*([^\W_][\w-]*)")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _prev_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum()):
        j -= 1
    return text[j:i]


def _is_ordinal(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` followed by ``.`` is an ordinal (``6. November``)."""
    nxt = _next_word(text, end + 1)
    if not nxt:
        return False
    if end + 1 < len(text) and not text[end + 1].isspace():
        return False  # "6.Nov" is rare; "2024.Quelle" is a glued sentence end
    if nxt in MONTHS or nxt.rstrip(".") in MONTHS:
        return True
    if nxt[0].isdigit():
        return text[start:end].isdigit() and len(text[start:end]) <= 2 and nxt[:4].isdigit()
    if nxt[0].islower():
        return nxt not in ("und", "oder", "aber", "sowie", "doch")
    # "der 3. Platz", "im 19. Jahrhundert", "zum 75. Geburtstag"
    return _prev_word(text, start) in ORDINAL_CONTEXT and len(text[start:end]) <= 4


def _word_takes_period(text: str, word: str, end: int) -> bool:
    if word in ABBREVIATIONS:
        return True
    if word in ABBREVIATIONS_BEFORE_NUMBER:
        nxt = _next_word(text, end + 1)
        return bool(nxt) and nxt[0].isdigit()
    if len(word) == 1 and word.isupper():
        # an initial: "John F. Kennedy", "A. Merkel"; also a surname abbreviated in court and
        # police reports before a lower-case word, which no new sentence starts with
        # ("Herbert P. wurde verurteilt", "P. selbst hatte bestritten")
        nxt = _next_word(text, end + 1)
        return bool(nxt) and nxt[0].isalpha() and end + 1 < len(text) and text[end + 1] == " "
    return False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Token spans of ``text[start:end]`` as absolute ``(start, end)`` offsets into ``text``."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    credit = _credit_re()
    for m in _master().finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if kind in ("url", "domain"):
            while e > s + 1 and text[e - 1] in _TRAILING_URL_PUNCT:
                e -= 1
            spans.append((s, e))
            if e < m.end():
                spans.extend((i, i + 1) for i in range(e, m.end()))
            continue
        if kind == "num":
            if (
                e < end
                and text[e] == "."
                and (e + 1 >= end or not text[e + 1].isdigit())
                and _is_ordinal(text, s, e)
            ):
                spans.append((s, e + 1))  # the "." is dropped from the scan by _drop_consumed
                continue
            spans.append((s, e))
            continue
        if kind == "word":
            word = text[s:e]
            if e < end and text[e] == "." and _word_takes_period(text, word, e):
                spans.append((s, e + 1))
                continue
            # the credit pattern ends the word with a credit word: test that first (cheap)
            cm = credit.search(word) if word.endswith(CREDIT_WORDS) else None
            if cm and cm.start() > 0:
                spans.append((s, s + cm.start()))
                spans.append((s + cm.start(), e))
                continue
        spans.append((s, e))
    return _drop_consumed(spans)


def _drop_consumed(spans: list[Span]) -> list[Span]:
    """Remove the single-character tokens that a previous token extended over (``6.``)."""
    out: list[Span] = []
    last_end = -1
    for s, e in spans:
        if s < last_end:
            continue
        out.append((s, e))
        last_end = e
    return out
