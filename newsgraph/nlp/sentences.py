"""Sentence boundaries over the tokens of one block.

Rules, in order (documented in docs/models/tagger.md):

1. A line break between two tokens ends a sentence (headlines, captions and paragraphs have no
   final punctuation), unless the next line starts with a lowercase word and the previous line
   does not end in terminal punctuation (a hard-wrapped line).
2. ``.``, ``!``, ``?`` and ``...``/``…`` are terminal.  Closing quotes and closing brackets that
   follow a terminal belong to the sentence it ends (``„Wir kommen.“``).  The sentence ends there
   when the next token starts a sentence: a capitalised word, a number, an opening quote or
   bracket, or a dash.  A lowercase word, comma, semicolon or another closing mark does not
   (``„Wir kommen!“, sagte er.``).  An ellipsis ends a sentence only before a capitalised word.
3. Abbreviations and ordinals keep their period inside the token (see
   :mod:`newsgraph.nlp.tokenize`), so ``Dr. Müller`` or ``am 6. November`` never split; the
   abbreviations in :data:`~newsgraph.nlp.abbreviations.SENTENCE_FINAL_ABBREVIATIONS`
   (``usw.``, ``etc.``) end a sentence before a capitalised word.
4. A colon never ends a sentence, also not before a quote (``Er sagte: „…“`` stays one sentence
   so the speaker and the quote are together); a colon at the end of a line ends it by rule 1.

Ambiguous quote characters (``"``, ``«``, ``»``, ``“``) are classed as opening or closing by
what touches them: a quote glued to the previous token and followed by space or punctuation
closes, one glued to the next token opens.
"""

from __future__ import annotations

from .abbreviations import SENTENCE_FINAL_ABBREVIATIONS

Span = tuple[int, int]

_TERMINAL = frozenset({".", "!", "?", "?!", "!?"})
_ELLIPSES = frozenset({"...", "…", "....", "....."})
_ALWAYS_CLOSING = frozenset({"“", "”", "’", ")", "]", "}"})
_AMBIGUOUS_QUOTES = frozenset({'"', "«", "»", "“", "‘", "‹", "›", "'"})
_OPENING = frozenset({"„", "‚", "(", "[", "{"})
_DASHES = frozenset({"-", "–", "—"})


def _is_closing(text: str, spans: list[Span], i: int) -> bool:
    s, e = spans[i]
    tok = text[s:e]
    if tok in (")", "]", "}"):
        return True
    if tok not in _AMBIGUOUS_QUOTES and tok not in _ALWAYS_CLOSING:
        return False
    glued_left = i > 0 and spans[i - 1][1] == s
    glued_right = i + 1 < len(spans) and spans[i + 1][0] == e
    if glued_left and not glued_right:
        return True
    if glued_left and glued_right:
        nxt = text[spans[i + 1][0] : spans[i + 1][1]]
        return not nxt[:1].isalnum()
    return False


def _is_opening(text: str, spans: list[Span], i: int) -> bool:
    s, e = spans[i]
    tok = text[s:e]
    if tok in _OPENING:
        return True
    if tok in _AMBIGUOUS_QUOTES:
        return not _is_closing(text, spans, i)
    return False


def _starts_sentence(text: str, spans: list[Span], i: int) -> bool:
    tok = text[spans[i][0] : spans[i][1]]
    c = tok[0]
    if c.isupper() or c.isdigit():
        return True
    if tok in _DASHES or tok in ("•", "*", "►", "▶", "■"):
        return True
    return _is_opening(text, spans, i)


def split_sentences(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence token ranges ``[i, j)`` over ``spans`` (the tokens of one block)."""
    n = len(spans)
    if n == 0:
        return []
    out: list[tuple[int, int]] = []
    first = 0
    i = 0
    while i < n:
        s, e = spans[i]
        tok = text[s:e]
        end_here = False
        j = i + 1
        if tok in _TERMINAL or tok in _ELLIPSES or tok in SENTENCE_FINAL_ABBREVIATIONS:
            while (
                j < n
                and _is_closing(text, spans, j)
                and "\n" not in text[spans[j - 1][1] : spans[j][0]]
            ):
                j += 1
            if j >= n or "\n" in text[spans[j - 1][1] : spans[j][0]]:
                end_here = True
            elif tok in _TERMINAL:
                end_here = _starts_sentence(text, spans, j)
            else:
                nxt = text[spans[j][0] : spans[j][1]]
                end_here = nxt[0].isupper() or _is_opening(text, spans, j)
        elif j < n and "\n" in text[e : spans[j][0]]:
            nxt = text[spans[j][0] : spans[j][1]]
            gap = text[e : spans[j][0]]
            wrapped = nxt[0].islower() and gap.count("\n") == 1 and tok not in (":",)
            end_here = not wrapped
        if end_here:
            out.append((first, j))
            first = j
        i = j
    if first < n:
        out.append((first, n))
    return out
