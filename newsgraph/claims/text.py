"""Tokens, quotation marks and quote-aware sentences for the claims stage.

The stage reads the ``nlp`` stage's tokens (with POS, lemma and ``Mood=Sub``) when present and
falls back to a small regex tokenizer otherwise, so it degrades gracefully.  Sentences are cut
here, quote-aware: a quotation (``„A. B.“, sagte X.``) is never split, so a frame and its quote
stay in one unit.  Paragraph breaks end a sentence, except inside a quotation that goes on
over several paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..doc import Doc, Token

_TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*-?|[^\w\s]", re.UNICODE)
#: opening mark -> closing marks it accepts
_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": "”",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‹": "›",
    "›": "‹",  # German order inside »...«: »Das ›Ziel‹ bleibt«
    "‘": "’",  # English single marks; at top level only before a word (see _pair_marks)
    '"': '"',
}
OPENING = frozenset('„“»«‚‹›‘"')
CLOSING = frozenset('“”«»‘’›‹"')
#: dashes that open or close an insertion (`– nach Untersuchungen –`) or stand between words
DASHES = frozenset("-–—")
QUOTE_CHARS = OPENING | CLOSING
_ABBREV = frozenset(
    [
        "dr",
        "prof",
        "nr",
        "st",
        "bzw",
        "ca",
        "vgl",
        "z",
        "b",
        "u",
        "a",
        "usw",
        "etc",
        "mio",
        "mrd",
        "jh",
        "jhs",
        "str",
        "abs",
        "art",
        "inkl",
        "evtl",
        "ggf",
        "sog",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "gen",
        "lt",
        "col",
        "sgt",
        "gov",
        "sen",
        "rep",
        "vs",
        "no",
        "corp",
        "inc",
        "ltd",
        "co",
    ]
)
_SENT_END = frozenset(".!?")


@dataclass(frozen=True)
class Quote:
    """A top-level quotation: ``start`` is the opening mark, ``end`` is after the closing one."""

    start: int
    end: int
    words: int  # number of word tokens inside

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


@dataclass(frozen=True)
class Unit:
    """A quote-aware sentence: token index range into the stage's token list."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    paragraph: int


def fallback_tokens(text: str) -> list[Token]:
    """Regex tokens (no POS) for when the nlp stage has not run."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def tokens_for(doc: Doc) -> list[Token]:
    """The nlp stage's tokens, with quotation marks split off, or fallback tokens."""
    if not doc.tokens:
        return fallback_tokens(doc.text)
    out: list[Token] = []
    for tok in doc.tokens:
        text = tok.text
        if len(text) > 1 and (text[0] in QUOTE_CHARS or text[-1] in QUOTE_CHARS):
            # some tokenizers glue marks to words; split them so quotes can be matched
            for m in _TOKEN_RE.finditer(text):
                piece = m.group()
                same = piece == text.strip("".join(QUOTE_CHARS))
                out.append(
                    Token(
                        tok.start + m.start(),
                        tok.start + m.end(),
                        piece,
                        tok.pos if same else "PUNCT",
                        tok.tag if same else "$(",
                        tok.lemma if same else piece,
                        tok.morph if same else "",
                    )
                )
        else:
            out.append(repaired_tag(tok))
    return out


#: article forms: an ``ART`` tag on any other word is a misreading of a name (`hatte Steinbrück
#: Positives zu vermelden`, `La Gazetta dello Sport`)
_ARTICLES = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "the",
        "a",
        "an",
    ]
)
#: top-level domains of web names written as words (`laut ndr.de`, `auf news.bbc.co.uk`)
_DOMAINS = frozenset(
    [
        "de",
        "at",
        "ch",
        "com",
        "org",
        "net",
        "eu",
        "info",
        "uk",
        "fr",
        "it",
        "es",
        "nl",
        "ru",
        "tv",
        "gov",
        "edu",
        "int",
        "io",
        "be",
        "pl",
        "us",
    ]
)
_WEB_NAME_RE = re.compile(r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.([a-z]{2,4})", re.UNICODE)
#: lower-case name particles joined to a capitalised name (`el-Baradei`, `al-Maliki`)
_NAME_PARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|at|ar|an|az|abu|bin|ibn|ben)-[A-ZÄÖÜ][\w-]*")


def repaired_tag(tok: Token) -> Token:
    """``tok`` with a tag the word form cannot carry read as a name (``NE``/``PROPN``): an
    article tag on a word that is no article, a web name (`ndr.de`) or a name with a particle
    (`el-Baradei`) tagged as an adverb, adjective or verb.  The rules mean the word class; a
    tagger trained on other text may guess any tag for words it has not seen."""
    low = tok.text.lower()
    misread = (
        (tok.tag == "ART" and low not in _ARTICLES and tok.text[:1].isalpha())
        or (_web_name(tok.text) and tok.tag not in ("NE", "NN"))
        or (_NAME_PARTICLE_RE.fullmatch(tok.text) is not None and tok.tag != "NE")
    )
    if not misread or not tok.tag:
        return tok
    morph = "|".join(
        f for f in tok.morph.split("|") if f.split("=")[0] in ("Case", "Gender", "Number")
    )
    return replace(tok, pos="PROPN", tag="NE", lemma=tok.text, morph=morph)


def _web_name(text: str) -> bool:
    m = _WEB_NAME_RE.fullmatch(text)
    return m is not None and "." in text and m.group(1) in _DOMAINS


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs (text between line breaks)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        spans.append((m.start(), m.end()))
    return spans


def find_quotes(text: str, tokens: list[Token]) -> list[Quote]:
    """Top-level quotations, pairing opening and closing marks paragraph by paragraph.

    A quotation left open at the end of a paragraph goes on in the next one when that paragraph
    reopens it with the same mark (the German and English convention for quotations of several
    paragraphs: no closing mark at the paragraph end, a new opening one at the next start) or
    closes it after text without other quotation marks.  An opening mark that is never closed
    is a stray mark: the paragraph is paired again without it, so the quotations after it are
    still found."""
    paras = paragraphs(text)
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(paras):
        start, end = paras[k]
        skip: set[int] = set()
        found, stack = _pair_marks(text, start, end, [], skip)
        if len(stack) == 1 and stack[0][0] in _MULTI_PARAGRAPH:
            cont = _continued(text, paras, k, stack[0])
            if cont is not None:
                spans.extend(found)
                more, k = cont
                spans.extend(more)
                k += 1
                continue
        while stack and len(skip) < 8:
            skip.update(pos for _, pos in stack)
            found, stack = _pair_marks(text, start, end, [], skip)
        spans.extend(found)
        k += 1
    out = []
    for q_start, q_end in spans:
        n = sum(1 for t in _tokens_between(tokens, q_start, q_end) if t.text[0].isalnum())
        if n:
            out.append(Quote(q_start, q_end, n))
    return out


#: opening marks of a quotation that may go on over several paragraphs
_MULTI_PARAGRAPH = frozenset("„“»«")
#: how many paragraphs one quotation may span
_MAX_PARAGRAPHS = 8


def _pair_marks(
    text: str, start: int, end: int, stack: list[tuple[str, int]], skip: set[int]
) -> tuple[list[tuple[int, int]], list[tuple[str, int]]]:
    """Top-level quotations closed in ``text[start:end]`` and the marks left open, starting
    with the open marks ``stack`` (a quotation opened in an earlier paragraph)."""
    quotes: list[tuple[int, int]] = []
    stack = list(stack)
    for i in range(start, end):
        ch = text[i]
        if ch not in QUOTE_CHARS or i in skip:
            continue
        if ch in "‚‘’'" and _is_apostrophe(text, i, bool(stack) and stack[-1][0] in "‚‹‘"):
            continue
        if stack and ch in _PAIRS[stack[-1][0]]:
            _, pos = stack.pop()
            if not stack:
                quotes.append((pos, i + 1))
            continue
        if ch == "‘" and not stack and _english_single_open(text, i):
            stack.append((ch, i))  # English ‘...’ (`the suspect was ‘very dangerous’`)
            continue
        if ch in _PAIRS and not (ch in "‘’" and not stack):
            if ch == "“" and stack and stack[-1][0] == "„":
                continue
            if ch == "“" and not text[i + 1 : end].strip(" .,;:!?)\t"):
                continue  # a German closing mark ending the paragraph opens nothing
            stack.append((ch, i))
    return quotes, stack


def _continued(
    text: str, paras: list[tuple[int, int]], k: int, opener: tuple[str, int]
) -> tuple[list[tuple[int, int]], int] | None:
    """The quotation opened by ``opener`` in paragraph ``k`` and still open at its end, closed
    in a later paragraph: its span with the other quotations closed in the closing paragraph,
    and that paragraph's index; None when no later paragraph closes it.  Every paragraph in
    between reopens it with the same mark, or none does and they hold no quotation marks."""
    reopening: bool | None = None
    for j in range(k + 1, min(len(paras), k + _MAX_PARAGRAPHS)):
        start, end = paras[j]
        body = text[start:end]
        first = start + len(body) - len(body.lstrip())
        reopened = first < end and text[first] == opener[0]
        if reopening is None:
            reopening = reopened
        if reopened != reopening:
            return None
        found, stack = _pair_marks(text, start, end, [opener], {first} if reopened else set())
        if not stack:
            return found, j
        if stack != [opener] or (not reopened and any(ch in QUOTE_CHARS for ch in body)):
            return None
    return None


def _english_single_open(text: str, i: int) -> bool:
    """`‘` after a space or bracket and before a letter opens an English single quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and after.isalnum()


def _is_apostrophe(text: str, i: int, single_open: bool = False) -> bool:
    """`geht's`, `Kaiser' Laden`; with ``single_open`` (a `‚` is open) a mark after a word
    closes that quotation (`die ‚Sunrise-Phase‘ vor`) unless a letter follows (`geht‘s`)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if single_open:
        return before.isalnum() and after.isalnum()
    return before.isalnum() and (after.isalnum() or after in " .,;")


def _tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start and t.end <= end]


def split_units(
    text: str, tokens: list[Token], quotes: list[Quote], starts: frozenset[int] = frozenset()
) -> list[Unit]:
    """Quote-aware sentences over ``tokens``; ``starts``: sentence starts of the nlp stage,
    used as extra cut points outside quotations."""
    inside = _inside_quote_mask(tokens, quotes)
    para_starts = [s for s, _ in paragraphs(text)]
    units: list[Unit] = []
    start = 0
    para = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else None
        cut = nxt is None
        if (
            nxt is not None
            and "\n" in text[tok.end : nxt.start]
            and not inside[i]  # a quotation of several paragraphs stays in one unit
            or nxt is not None
            and not inside[i]
            and nxt.start in starts
            and not inside[i + 1]
        ):
            cut = True
        elif nxt is not None and not inside[i] and _ends_sentence(tokens, i, text):
            following = nxt.text
            if following[0].isupper() or following[0] in OPENING or following[0].isdigit():
                # a closing mark right after the period belongs to this sentence
                cut = True
        if cut:
            if start <= i:
                units.append(Unit(tokens[start].start, tok.end, start, i + 1, para))
            start = i + 1
            if nxt is not None:
                while para + 1 < len(para_starts) and para_starts[para + 1] <= nxt.start:
                    para += 1
    return units


def _ends_sentence(tokens: list[Token], i: int, text: str) -> bool:
    tok = tokens[i]
    if tok.text in _SENT_END or (tok.text[-1:] in _SENT_END and len(tok.text) == 1):
        if tok.text == "." and i > 0:
            prev = tokens[i - 1]
            if prev.end == tok.start and (
                prev.text.lower() in _ABBREV
                or (prev.text.isdigit() and not _year(prev.text))
                or (len(prev.text) == 1 and prev.text.isalpha())
            ):
                return False  # `am 3. Mai`, `z. B.`; a year ends a sentence: `seit 1997. Der`
        return True
    return bool(tok.text in CLOSING and i > 0 and tokens[i - 1].text in _SENT_END)


def _year(number: str) -> bool:
    """A four-digit year (`1997`), not an ordinal: `seit 1997. Er ...` ends the sentence."""
    return len(number) == 4 and 1500 <= int(number) <= 2099


def _inside_quote_mask(tokens: list[Token], quotes: list[Quote]) -> list[bool]:
    mask = [False] * len(tokens)
    qi = 0
    for i, tok in enumerate(tokens):
        while qi < len(quotes) and quotes[qi].end <= tok.start:
            qi += 1
        if qi < len(quotes):
            q = quotes[qi]
            # the closing mark itself may end the sentence (handled in _ends_sentence)
            mask[i] = q.start <= tok.start and tok.end < q.end
    return mask
