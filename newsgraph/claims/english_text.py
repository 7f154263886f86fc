"""English text conventions the claims stage needs before and after the frames are read.

* **Straight single quotation marks** (`'I never wanted anything else,' she said.`): a `'`
  after a space, a bracket or a dash and before a word opens a quotation when a `'` after a
  word and before a space or punctuation closes it later in the same paragraph.  The pair is
  rewritten to `‘…’` in a shadow copy of the text (same length, same offsets) and in the token
  texts, so the quote finder of :mod:`.text` reads it like typographic marks; apostrophes
  (`don't`, `the workers' union` with no opening mark before it) stay what they are.
* **Straight double marks** are written `“`/`”` the same way when their side is clear, so a
  quotation over several paragraphs goes on as with typographic marks.
* **Numbers before a full stop** end a sentence (`in 2019. The firm ...`, `rose to 12.
  Officials ...`): English has no ordinal dots, so the token a German tokenizer glued
  (`2019.`) is split and the next capitalised word starts a sentence.
* **Datelines** (`SEOUL, Nov 4 (Reuters) -`, `LONDON (AP) —`): the place, date and agency
  before the dash are no report; :func:`.datelines.dateline_end` gives the first token after
  them.
* **The time a claim was said** (:func:`english_said`): a time expression in the frame, not
  in the content: after the cue with its addressee and adjuncts (`said in a statement on
  Tuesday`, `told reporters on Monday`), between speaker and cue (`Peskov on Friday said`),
  after an inverted speaker (`said Rutte on Monday`) or in an adverbial that opens the
  sentence before a leading frame (`On Tuesday, the ministry said ...`).  A date in the
  dateline, or a time inside what was said (`fired a missile on Tuesday, the army said`), is
  no said-time.
"""

from __future__ import annotations

from ..doc import Doc, Token
from .datelines import dateline_end
from .english_phrases import ADDRESSEE_VERBS, PREPS, TIME_WORDS, adverb, skip_adjuncts
from .frames import Attr, Sentence

#: characters after which a straight `'` may open a quotation
_OPEN_AFTER = ' \t\n([—–-"'
#: characters after which a straight `'` closing a quotation may stand
_CLOSE_BEFORE = ' \t\n.,;:!?)—–-"'
#: forms of the verbs whose first object is the addressee (`told reporters on Monday`)
_ADDRESSEE_FORMS = frozenset(
    [f"{v}{s}" for v in ADDRESSEE_VERBS for s in ("", "s", "ed")] + ["told", "briefed"]
)


# ---- straight single quotation marks ----------------------------------------------------------
def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_AFTER and (after.isalnum() or after == '"')


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in '.,!?"') and after in _CLOSE_BEFORE


def single_quote_pairs(text: str) -> list[tuple[int, int]]:
    """Offsets of the straight `'` marks that open and close a quotation, paragraph by
    paragraph; a closing mark needs an opening one before it in the same paragraph and at
    least one word between them."""
    pairs: list[tuple[int, int]] = []
    at = 0
    for para in text.split("\n"):
        open_at: int | None = None
        for j, ch in enumerate(para):
            if ch != "'":
                continue
            i = at + j
            if open_at is None:
                if _opens(text, i):
                    open_at = i
            elif _closes(text, i) and any(c.isalnum() for c in text[open_at + 1 : i]):
                pairs.append((open_at, i))
                open_at = None
        at += len(para) + 1
    return pairs


def straight_single_quotes(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """A copy of ``text`` and ``tokens`` with paired straight single quotation marks written
    as `‘` and `’` (offsets unchanged); other apostrophes are kept."""
    pairs = single_quote_pairs(text)
    if not pairs:
        return text, tokens
    chars = list(text)
    for s, e in pairs:
        chars[s], chars[e] = "‘", "’"
    shadow = "".join(chars)
    out = [Token(t.start, t.end, shadow[t.start : t.end]) if "'" in t.text else t for t in tokens]
    return shadow, out


def _double_mark(text: str, i: int) -> str:
    """`“` or `”` for a straight `"` whose side is clear from its neighbours, else `"`."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_AFTER.replace('"', "") + "‘" and not after.isspace():
        return "“"
    if not before.isspace() and (after in _CLOSE_BEFORE.replace('"', "") + "’"):
        return "”"
    return '"'


def typographic_quotes(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """:func:`straight_single_quotes`, and straight double marks written `“`/`”` by their side
    (an opening one after a space, a closing one before a space or punctuation), so a
    quotation over several paragraphs (`"A.` ¶ `"B," X said.`) goes on like a typographic one;
    a mark whose side is unclear (`5'10"`) stays straight."""
    shadow, toks = straight_single_quotes(text, tokens)
    if '"' not in shadow:
        return shadow, toks
    chars = list(shadow)
    for i, ch in enumerate(shadow):
        if ch == '"':
            chars[i] = _double_mark(shadow, i)
    shadow = "".join(chars)
    out = [Token(t.start, t.end, shadow[t.start : t.end]) if '"' in t.text else t for t in toks]
    return shadow, out


def english_tokens(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """:func:`typographic_quotes`, with a full stop glued to a number by a German tokenizer
    split off (`in 2019.` -> `2019` `.`): English writes no ordinal dots."""
    shadow, toks = typographic_quotes(text, tokens)
    out: list[Token] = []
    for t in toks:
        if len(t.text) > 1 and t.text.endswith(".") and t.text[:-1].isdigit():
            out.append(Token(t.start, t.end - 1, t.text[:-1]))
            out.append(Token(t.end - 1, t.end, "."))
        else:
            out.append(t)
    return shadow, out


def number_sentence_starts(tokens: list[Token]) -> frozenset[int]:
    """Sentence starts after a number and a full stop (`The toll rose to 12. Officials said
    ...`), which the German splitter reads as an ordinal (`am 12. Mai`)."""
    out = set()
    for i in range(1, len(tokens) - 1):
        prev, tok, nxt = tokens[i - 1], tokens[i], tokens[i + 1]
        glued = tok.text == "." and prev.text.isdigit() and prev.end == tok.start
        if glued and nxt.text[:1].isupper() and nxt.start > tok.end:
            out.add(nxt.start)
    return frozenset(out)


# ---- the time of saying ---------------------------------------------------------------------
def _token_range(sent: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    ks = [k for k, t in enumerate(sent.toks) if span[0] <= t.start and t.end <= span[1]]
    return (ks[0], ks[-1] + 1) if ks else (-1, -1)


def _fronted_adverbial(sent: Sentence, begin: int, first: int) -> bool:
    """Tokens ``[begin, first)`` are only an adverbial of time and a comma (`On Tuesday,`)."""
    if first - begin < 2 or sent.toks[first - 1].text != ",":
        return False
    return all(
        sent.lower[k] in PREPS | TIME_WORDS
        or sent.toks[k].text[:1].isdigit()
        or sent.is_cap(k)
        or sent.lower[k] in ("the", "a", "an", ",")
        for k in range(begin, first - 1)
    )


def frame_window(a: Attr, sent: Sentence) -> tuple[int, int] | None:
    """The token range of a claim's frame: speaker, cue and the adjuncts around them."""
    cue = a.cue or a.frame_cue
    if not cue or not sent.toks:
        return None
    c0, _ = _token_range(sent, cue[0])
    _, c1 = _token_range(sent, cue[-1])
    if c0 < 0:
        return None
    lo, hi = c0, c1
    n = len(sent.toks)
    addressee = sent.lower[c1 - 1] in _ADDRESSEE_FORMS
    hi = skip_adjuncts(sent, hi, n, addressee)
    if a.speaker is not None:
        s0, s1 = _token_range(sent, a.speaker)
        if s0 >= 0:
            if s0 >= c1:  # `said Rutte on Monday`
                hi = max(hi, skip_adjuncts(sent, s1, n, False))
            elif s1 <= c0 and all(
                adverb(sent, k) or sent.lower[k] in PREPS | TIME_WORDS or sent.is_cap(k)
                for k in range(s1, c0)
            ):
                lo = s0  # `Peskov on Friday said`
            else:
                lo = min(lo, s0)
    begin = dateline_end(sent)
    if lo > begin and _fronted_adverbial(sent, begin, lo) and a.start >= sent.toks[c0].start:
        lo = begin  # `On Tuesday, the ministry said that ...`
    return lo, hi


def english_said(doc: Doc, a: Attr, sent: Sentence) -> str | None:
    """The id of the time expression in the frame of ``a`` (see the module docstring)."""
    window = frame_window(a, sent)
    if window is None:
        return None
    lo, hi = window
    if hi <= lo:
        return None
    w0, w1 = sent.toks[lo].start, sent.toks[hi - 1].end
    start = dateline_end(sent)
    after_dateline = sent.toks[start].start if start < len(sent.toks) else w1
    anchor = (a.cue or a.frame_cue)[0][0]
    best: tuple[int, str] | None = None
    for t in doc.article.times:
        if not (w0 <= t.start and t.end <= w1) or t.start < after_dateline:
            continue
        if a.kind != "Reported" and any(s <= t.start < e for s, e in a.parts):
            continue  # a time inside the words reported
        dist = abs(t.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, t.id)
    return best[1] if best else None


__all__ = [
    "dateline_end",
    "english_said",
    "english_tokens",
    "frame_window",
    "number_sentence_starts",
    "single_quote_pairs",
    "straight_single_quotes",
    "typographic_quotes",
]
