"""A small regex tokeniser and sentence splitter used where no ``nlp`` stage ran.

The NER training recipe uses it to tokenise raw corpora (SmartData v1, Wikinews silver data)
and :class:`~newsgraph.ner.stage.EntitiesStage` falls back to it when a document arrives
without tokens.  It keeps the things entity spans need intact (``Kim Jong-un``, ``U.S.``,
``5.000``, ``z. B.``) and splits punctuation and quotes off words.  The full tokeniser of the
``nlp`` stage is better for everything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..doc import Sentence, Token

_TOKEN_RE = re.compile(
    r"""
    https?://\S+[^\s.,;:!?)\]"'“”»«]            # URLs
    | [\w.+-]+@[\w-]+\.[\w.-]+\w                 # e-mail addresses
    | \d+(?:[.,:]\d+)+                           # 5.000 1,3 12:30 06.11.2026
    | (?:[^\W\d_]\.){2,}                         # U.S. z.B. (dotted abbreviations)
    | [^\W_](?:[\w'’&]*[^\W_])?(?:-[^\W_](?:[\w'’&]*[^\W_])?)*(?:-(?=\s|$))?   # words, Kim Jong-un, Vor- und
    | \S                                        # any other single character
    """,
    re.VERBOSE,
)

#: abbreviations that end with a period but do not end a sentence
_ABBREV = frozenset(
    """z.B u.a d.h v.a bzw ca Dr Prof Nr Abs St usw vgl sog Mio Mrd Jh Hr Fr Str etc inkl
    bspw evtl ggf gem Mr Mrs Ms Jr Sr Gen Sen Rep Gov Corp Inc Ltd Co Bd Art Kap Tel
    Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez""".split()  # noqa: SIM905
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    A word directly followed by a period is split from it unless it is a known abbreviation,
    a single letter (``J. Smith``) or an ordinal number (``6. November``).
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        out.append(Token(s, e, m.group()))
    merged: list[Token] = []
    i = 0
    while i < len(out):
        tok = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and (
                tok.text in _ABBREV
                or (len(tok.text) == 1 and tok.text.isalpha())
                or _is_ordinal(tok.text, out[i + 2].text if i + 2 < len(out) else "")
            )
        ):
            merged.append(Token(tok.start, nxt.end, text[tok.start : nxt.end]))
            i += 2
            continue
        merged.append(tok)
        i += 1
    return [
        Token(t.start, t.end, t.text, space_after=t.end < len(text) and text[t.end].isspace())
        for t in merged
    ]


_MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()  # noqa: SIM905
)


def _is_ordinal(word: str, following: str) -> bool:
    """``6.`` in ``6. November`` / ``3. Liga``-style ordinals (number of at most 2 digits)."""
    return (
        word.isdigit()
        and len(word) <= 2
        and bool(following)
        and (following in _MONTHS or following[0].islower())
    )


_SENT_END = frozenset(".!?")
_CLOSERS = frozenset("\"'“”»«)]’")


def split_sentences(text: str, tokens: list[Token], block: int = -1) -> Iterator[Sentence]:
    """Sentences over ``tokens``: break after ``. ! ?`` (plus closing quotes) before an
    upper-case or quoted token, and at blank lines / line breaks."""
    n = len(tokens)
    begin = 0
    for i in range(n):
        if i + 1 >= n:
            break
        tok, nxt = tokens[i], tokens[i + 1]
        gap = text[tok.end : nxt.start]
        brk = "\n" in gap
        if not brk and tok.text in _SENT_END and nxt.text not in _CLOSERS:
            first = nxt.text[0]
            brk = first.isupper() or first in "„\"«»“" or first.isdigit() and tok.text != "."
        elif not brk and tok.text in _CLOSERS and i > 0 and tokens[i - 1].text in _SENT_END:
            first = nxt.text[0]
            brk = first.isupper() and nxt.start > tok.end
        if brk:
            yield Sentence(tokens[begin].start, tok.end, begin, i + 1, block)
            begin = i + 1
    if begin < n:
        yield Sentence(tokens[begin].start, tokens[-1].end, begin, n, block)
