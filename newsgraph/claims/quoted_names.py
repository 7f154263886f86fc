"""Quotations that are names, titles or glosses, which no one says (used by the direct-quote
passes of :mod:`.direct_quotes` and :mod:`.quoted_terms`):

* a gloss or translation in parentheses or brackets after a noun or another quotation (`die
  Operation „Cast Lead“ („gegossenes Blei“)`, `[auf Deutsch: „...“]`), unless it is a whole
  quoted sentence (`X („Wir kommen.“)`);
* the first part of a hyphenated compound: `die „Tea Party“-Bewegung`;
* the subject of a definition: a name-shaped quotation opening its sentence before a copula
  (`„Tranquility“ ist ein Modul der ISS`; `„Ich habe fertig“ ist ein geflügeltes Wort` stays);
* the name in a naming construction: `nennt sich „X“`, `die sich selbst „X“ nennt`, `als „X“
  bekannt`, `in „X“ umbenannt`, `namens „X“`, `der Name lautet „X“`, `unter dem Titel/Begriff
  „X“`.

A quotation shaped like a name (`quoted_name`: capitalised words only, `„Hvalur 9“`, or a
capitalised phrase right after the noun it names, `der Film „Le Grand Macabre“`) is no quote
unless a predicate position makes it the speaker's word (`predicative`: `als „Wortbruch“`).

Such quotations are no direct quotes; an indirect claim holding one only as a name is not mixed.
"""

from __future__ import annotations

from .frames import Attr, Sentence
from .text import CLOSING

#: nouns that announce a name (`unter dem Namen „X“`, `der Titel lautet „X“`)
_NAME_NOUNS = frozenset(
    {"name", "namen", "titel", "begriff", "bezeichnung", "motto", "spitzname", "beinamen"}
)
#: nouns of works whose title a colon introduces (`stellte die neue CD vor: „X“`)
_WORK_NOUNS = frozenset(
    {"cd", "album", "single", "film", "buch", "lied", "song", "roman", "theaterstück", "oper"}
)
#: naming verbs after `sich`: `nennt sich „X“`, `die sich „X“ nennt`
_NAMING = frozenset(
    {"nennt", "nennen", "nannte", "nannten", "heißt", "heißen", "hieß", "hießen", "named", "called"}
)
#: verbs that rename into the quoted name: `in „X“ umbenannt`
_RENAMING_PREFIXES = ("umbenenn", "umbenann", "umtauf", "getauft", "tauft")
#: copulas after a quoted name opening its sentence (`„Tranquility“ ist ein Modul der ISS`)
_COPULAS = frozenset({"ist", "war", "sind", "waren"})
#: words that tie the quotation to the name noun before it
_NAME_LINKS = frozenset(
    {"lautet", "laute", "lautete", "lauten", "lauteten", ":", "ist", "sei", "war"}
)


def drop_quoted_names(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """``attrs`` without the direct quotes whose quotation is a name, title or gloss."""
    dropped: list[Attr] = []
    for a in attrs:
        if a.kind != "Direct" or len(a.parts) != 1 or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        span = token_span(sent, *a.parts[0])
        if span is not None and (_gloss(sent, *span) or _named(sent, *span)):
            dropped.append(a)
    if not dropped:
        return attrs
    kept = [a for a in attrs if not any(a is d for d in dropped)]
    for d in dropped:
        parent = d.parent
        if parent is not None and not any(a.parent is parent for a in kept):
            parent.mixed = False
    return kept


def names_or_glosses(sent: Sentence, first: int, last: int) -> bool:
    """The quotation between tokens ``first`` and ``last`` (its marks) is a name, title or
    gloss by its construction (`nennt sich „X“`, `unter dem Titel „X“`, `(„gegossenes Blei“)`)."""
    return _gloss(sent, first, last) or _named(sent, first, last)


def token_span(sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Token indices of the opening and the closing mark of the quotation ``[start, end)``."""
    first = sent.index_at(start)
    last = sent.index_ending_at(end)
    if first is None or last is None or last <= first:
        return None
    return first, last


def _gloss(sent: Sentence, first: int, last: int) -> bool:
    """The quotation stands in a parenthesis or bracket opened before it and closed after it
    with nothing but other quotations, commas and a language label, and is no whole sentence."""
    if sent.toks[last - 1].text in (".", "!", "?"):
        return False
    opened = None
    for k in range(first - 1, -1, -1):
        text = sent.toks[k].text
        if text in ")]":
            return False
        if text in "([":
            opened = k
            break
    if opened is None or opened == 0:
        return False
    head = sent.toks[opened - 1].text
    if not (head in CLOSING or sent.is_cap(opened - 1)):
        return False  # `gegen so genannte („mutmaßliche“) Extremisten`: the speaker's word
    closing = next((k for k in range(last + 1, len(sent.toks)) if sent.toks[k].text in ")]"), None)
    if closing is None:
        return False
    between = [k for k in range(opened + 1, closing) if not sent.in_quote[k]]
    # `[auf Deutsch: „...“]`, `(engl. „...“)`: a short label before a colon is allowed
    words = [k for k in between if sent.is_word(k)]
    return len(words) <= 3


def _name_noun_before(sent: Sentence, first: int) -> bool:
    """A name noun right before the quotation, or before a linking verb and at most one more
    word: `unter dem Titel „X“`, `der Name lautet „X“`, `der Name laute also „X“`."""
    low = sent.lower
    if first > 0 and low[first - 1] in _NAME_NOUNS:
        return True
    for k in range(first - 1, max(0, first - 3), -1):
        if low[k] in _NAME_LINKS and low[k - 1] in _NAME_NOUNS:
            return True
        if not sent.is_word(k):
            return False
    return False


def _compound(sent: Sentence, last: int) -> bool:
    """The quotation is the first part of a hyphenated compound (`eine „Eins zu Eins“-Begegnung`,
    `der „Tea Party“-Bewegung`): a name or term inside a word, which nobody says."""
    if last + 1 >= len(sent.toks):
        return False
    nxt = sent.toks[last + 1]
    if nxt.start != sent.toks[last].end or not nxt.text.startswith(("-", "‐")):
        return False
    if len(nxt.text) > 1:
        return nxt.text[1:2].isalpha()
    after = sent.toks[last + 2] if last + 2 < len(sent.toks) else None
    return after is not None and after.start == nxt.end and after.text[:1].isalpha()


def _after_parentheses(sent: Sentence, k: int) -> int:
    """The first token at or after ``k`` outside parentheses that follow the quotation (`„Rat
    für Sicherheit“ (Council for Security) (CNS) umbenennen`: the verb), else ``k``."""
    n = len(sent.toks)
    j = k
    while j < n and sent.toks[j].text == "(":
        close = next((m for m in range(j + 1, min(n, j + 12)) if sent.toks[m].text == ")"), None)
        if close is None:
            return k
        j = close + 1
    return j if j < n else k


def _named(sent: Sentence, first: int, last: int) -> bool:
    low = sent.lower
    if _compound(sent, last):
        return True  # `eine „Eins zu Eins“-Begegnung`
    before = low[first - 1] if first > 0 else ""
    before2 = low[first - 2] if first > 1 else ""
    after = low[_after_parentheses(sent, last + 1)] if last + 1 < len(sent.toks) else ""
    if before == "namens":
        return True
    if first == 0 and after in _COPULAS and quoted_name(sent, *sent.span(first, last + 1)):
        return True  # `„Tranquility“ ist ein Modul der ISS`: the subject of a definition
    if _name_noun_before(sent, first):
        return True  # `unter dem Titel „X“`, `der Name lautet (also) „X“`
    if before == ":" and sent.toks[last - 1].text not in (".", "!", "?"):
        start = sent.clause_start(first - 1)
        if any(low[k] in _NAME_NOUNS or low[k] in _WORK_NOUNS for k in range(start, first - 1)):
            return True  # `Den Namen der Sendung gab das ZDF bekannt: „X“`
    if before == "als" and after.startswith("bekannt"):
        return True  # `das als „Dschungel“ bekannte Lager`
    if before in ("in", "zu") and any(after.startswith(p) for p in _RENAMING_PREFIXES):
        return True  # `in den „Rat“ umbenennen` (the article sits between)
    if before in ("den", "die", "das") and before2 in ("in", "zu"):
        return any(after.startswith(p) for p in _RENAMING_PREFIXES)
    clause = range(sent.clause_start(first), first)
    reflexive = any(low[k] == "sich" for k in clause)
    # `die sich selbst „X“ nennt`, `nennt sich „X“`
    return reflexive and (after in _NAMING or any(low[k] in _NAMING for k in clause))


#: words before a quotation that make it a predicate of the frame verb (`bezeichnete X als
#: „Wortbruch“`, `nannte dies einen „Putsch“`): an evaluation in the speaker's words, no name
_PREDICATIVE = frozenset({"als", "ein", "eine", "einen", "einem", "einer", "eines"})


def predicative(sent: Sentence, start: int) -> bool:
    k = sent.index_at(start, 0)
    return k > 0 and sent.lower[k - 1] in _PREDICATIVE


def quoted_name(sent: Sentence, start: int, end: int) -> bool:
    """A name or title in quotation marks: capitalised words only (`„Hvalur 9“`), or a
    capitalised phrase right after the noun it names (`der Film „Le Grand Macabre“`)."""
    inner = [t for t in sent.toks if start < t.start and t.end < end]
    words = [t.text for t in inner if t.text[0].isalnum()]
    if not words:
        return False
    if len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() for w in words):
        return True
    k = sent.index_at(start, 0)
    after_noun = k > 0 and sent.is_cap(k - 1) and sent.is_word(k - 1) and k - 1 > 0
    if after_noun and sent.lower[k - 2 : k] == ["zum", "beispiel"]:
        after_noun = False  # `Parolen wie zum Beispiel „Stoppt den Abriss“`: an example
    ends_sentence = any(t.text in ".!?" for t in inner)
    if ends_sentence or len(words) > 8 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    # `der Film „2001: Odyssee im Weltraum“`, `der „People's Alliance for Democracy“ (PAD)`
    return after_noun or _abbreviated_after(sent, end)


def _abbreviated_after(sent: Sentence, end: int) -> bool:
    """The quotation is followed by its abbreviation in parentheses (`„...“ (PAD)`)."""
    last = sent.index_ending_at(end)
    if last is None or last + 3 >= len(sent.toks) or sent.toks[last + 1].text != "(":
        return False
    short, close = sent.toks[last + 2].text, sent.toks[last + 3].text
    return close == ")" and len(short) >= 2 and short.isalpha() and short.isupper()


__all__ = [
    "drop_quoted_names",
    "names_or_glosses",
    "predicative",
    "quoted_name",
    "token_span",
]
