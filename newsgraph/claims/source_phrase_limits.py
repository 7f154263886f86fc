"""Where the source phrases of news copy begin and end (German).

The frame rules read the source after `laut`/`nach Angaben` and before `zufolge` with the
noun-phrase reader, which stops at the first word that cannot continue a plain noun phrase.
Three shapes of everyday news German go past it:

* an extended attribute inside the source phrase (`ist laut einer am Montag veröffentlichten
  Studie gestiegen`): between the determiner and the noun stand a prepositional phrase and a
  participle; the reader stopped at `einer`, and the frame was lost where it stands inside the
  clause (a frame opening the sentence fills the whole Vorfeld and was read already);
* a quoted title inside the source phrase (`Einem Bericht der „Süddeutschen Zeitung“
  zufolge`, `Einem Bericht der Zeitung „Die Welt“ zufolge`): the phrase before `zufolge` was
  read from the opening quotation mark on, which cut the source in two and left `Einem
  Bericht der „` as a piece of the content;
* a parenthesis after the statement that names its source (`Die Brücke ist marode (so die
  Stadtverwaltung).`, `(laut Stadtverwaltung)`): the parenthesis holds nothing but the frame
  and its source, so the content is the clause before the opening parenthesis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentence import SentenceView, Span2
from .source_phrases import list_comma

if TYPE_CHECKING:  # frames imports this module
    from .frames import Attr, Cue, Sentence

#: closing quotation marks that may end a quoted title inside a source phrase
_CLOSING = frozenset({"“", "”", '"', "«", "»"})

#: tags of a noun phrase read backwards from `zufolge` (determiners, adjectives, nouns, names)
_PHRASE_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "PIDAT", "PDAT", "CARD"})


def attributed_phrase_end(sent: SentenceView, d: int) -> int:
    """End (exclusive) of the noun phrase opened at ``d`` by a determiner with an extended
    attribute (`einer am Montag veröffentlichten Studie`), or ``d`` when there is none."""
    # extended_attributes reads `frames.Sentence`, which imports this module: import late
    from .extended_attributes import attribute_head, head_end

    if d >= len(sent.toks) or sent.toks[d].tag not in ("ART", "PIAT", "PPOSAT", "PDAT"):
        return d
    head = attribute_head(sent, d)  # type: ignore[arg-type]
    if head is None:
        return d
    return head_end(sent, head)  # type: ignore[arg-type]


def quoted_title_start(sent: Sentence, j: int, p: int) -> int:
    """Start of the source phrase that ends at ``zufolge`` (token ``p``) when the phrase read
    from ``j`` on begins at, right after or right before the opening mark of a quoted title: the noun before it and its own genitive chain belong to the source (`Einem
    Bericht der „Süddeutschen Zeitung“`, `Einem Bericht der Zeitung „Die Welt“`).  A dative
    article after a name opens the source itself (`hob Sarkozy dem „Figaro“ zufolge`).
    ``j`` itself otherwise."""
    close = p - 1
    compound = close > 2 and sent.toks[close - 1].text == "-" and sent.toks[close].tag == "NN"
    if compound:
        close -= 2  # a compound on the title: `der „Bild“-Zeitung`
    if sent.toks[close].text not in _CLOSING:
        return j
    opening = next(
        (x for x in range(close - 1, max(-1, close - 7), -1) if sent.toks[x].text == "„"),
        None,
    )
    if opening is None or opening == 0 or sent.toks[opening].start not in sent.quote_starts:
        return j
    if compound and j > close:
        j = opening  # read from the compound's noun on
    if close <= j:
        return j
    if not opening - 1 <= j <= opening + 1:
        return j
    x = opening - 1
    if sent.lower[x] in _GENITIVE_ARTICLES and x > 0:
        noun = x - 1  # `Bericht der „X“`
    elif sent.toks[x].tag == "NN":
        noun = x  # `der Zeitung „X“`
    else:
        return j
    start = _genitive_chain_start(sent, noun)
    return j if start is None else min(start, j)


#: articles of a genitive attribute after a noun (`Bericht der „X“`)
_GENITIVE_ARTICLES = frozenset({"der", "des", "einer", "eines"})


def _genitive_chain_start(sent: Sentence, noun: int) -> int | None:
    """Start of the noun phrase ending in the noun at ``noun``, following genitive attributes
    back (`Einem Bericht der Zeitung`); None when ``noun`` is no noun."""
    if noun < 0 or sent.toks[noun].tag != "NN" or sent.in_quote[noun]:
        return None
    k = noun
    while True:
        while k > 0 and sent.toks[k - 1].tag in ("ADJA", "CARD", "NN") and not sent.in_quote[k - 1]:
            k -= 1
        if k == 0 or sent.toks[k - 1].tag not in _PHRASE_TAGS - {"NN", "NE"}:
            return k
        k -= 1  # the determiner
        if sent.lower[k] in _GENITIVE_ARTICLES and k > 0 and sent.toks[k - 1].tag == "NN":
            k -= 1  # a genitive attribute: its noun's phrase goes on before it
            continue
        return k


def _goes_on(sent: Sentence, close: int) -> bool:
    """The sentence goes on after the closing parenthesis at ``close``."""
    return close + 1 < sent.content_end() and sent.toks[close + 1].text != ";"


def parenthesis_frame(sent: Sentence, p: int) -> tuple[int, int] | None:
    """``(open, close)`` of a parenthesis that holds only the frame at ``p`` and its source,
    after a statement (`Die Brücke ist marode (so die Stadtverwaltung).`) or inside its clause
    (`Die Brücke ist (laut Stadtverwaltung) marode.`): the frame word right after `(`, no
    finite verb up to `)`, a clause with a finite verb before `(`, and after `)` at most the
    rest of that clause."""
    if p < 2 or sent.toks[p - 1].text != "(" or sent.in_quote[p - 1]:
        return None
    close = next(
        (k for k in range(p + 1, min(len(sent.toks), p + 16)) if sent.toks[k].text == ")"),
        None,
    )
    if close is None or close == p + 1:
        return None
    if any(sent.is_finite(k) or sent.toks[k].text in (",", ":", ";") for k in range(p + 1, close)):
        return None  # `(nach anderen Angaben liegt er ...)`: a clause of its own
    start, end = _statement(sent, p - 1, close)
    if not any(sent.is_finite(k) for k in (*range(start, p - 1), *range(close + 1, end))):
        return None
    return p - 1, close


def _statement(sent: Sentence, opening: int, close: int) -> tuple[int, int]:
    """Tokens ``[start, end)`` of the statement a parenthesis ``[opening, close]`` attributes:
    after the statement the text before it back to a `:` or `;` (or the sentence start); inside
    it the clause around the parenthesis (`Die Brücke, die (laut X) marode ist, …`)."""
    if _goes_on(sent, close):
        return sent.clause_start(opening), sent.clause_end(close + 1)
    start = 0
    for k in range(opening - 1, -1, -1):
        if sent.toks[k].text in (":", ";") and not sent.in_quote[k]:
            start = k + 1
            break
    return start, opening


def parenthesis_attr(sent: Sentence, cue: Cue, cue_spans: list[Span2]) -> Attr | None:
    """The attribution of a frame before its source that fills a parenthesis after the
    statement (`Die Brücke ist marode (laut Stadtverwaltung).`, `(so die Stadtverwaltung)`) or
    inside its clause (`Die Brücke ist (laut Stadtverwaltung) marode.`): the source is the noun
    phrase after the frame, the statement is given by :func:`_statement`."""
    # clauses imports modules that import frames, which imports this module: import late
    from .clauses import make_attr, trim

    if cue.word in ("demnach", "danach", "wonach") or cue.kind != "prep":
        return None
    p = cue.positions[0]
    if cue.word == "zufolge":  # `(Angaben der Stadt zufolge)`: the source before the frame
        opening = next(
            (
                k
                for k in range(p - 1, max(-1, p - 10), -1)
                if sent.toks[k].text in ("(", ")") or sent.is_boundary(k)
            ),
            None,
        )
        after = cue.positions[-1] + 1
        if opening is None or sent.toks[opening].text != "(":
            return None
        if after >= len(sent.toks) or sent.toks[after].text != ")":
            return None  # an unclosed parenthesis (`(Angaben der Stadt zufolge` at the end)
        found = parenthesis_frame(sent, opening + 1)
        speaker: Span2 | None = sent.span(opening + 1, p) if p > opening + 1 else None
    else:
        found = parenthesis_frame(sent, p)
        first = cue.positions[-1] + 1
        speaker = attributed_source(sent, first, sent.np_after(first))
    if found is None:
        return None
    opening, close = found
    if speaker is None or speaker[1] > sent.toks[close].start:
        return None
    if cue.word != "zufolge" and _goes_on(sent, close) and speaker[1] != sent.toks[close - 1].end:
        return None  # inside the statement the parenthesis holds the source and nothing else
    start, end = _statement(sent, opening, close)
    parts = [trim(sent, start, opening)]
    if _goes_on(sent, close):
        parts.append(trim(sent, close + 1, end))  # `ist (laut X) marode.`
    if any(part is None for part in parts):
        return None
    return make_attr(sent, "Indirect", [x for x in parts if x is not None], cue_spans, cue, speaker)


def attributed_source(sent: SentenceView, first: int, speaker: Span2 | None) -> Span2 | None:
    """The source phrase after `laut`/`nach Angaben` at ``first`` made whole: with an extended
    attribute the noun-phrase reader stopped in (`laut einer am Montag veröffentlichten
    Studie`), with a list of names joined by commas and `und` (`Nach Informationen von NDR,
    WDR und „Süddeutscher Zeitung“`); ``speaker`` otherwise."""
    end = attributed_phrase_end(sent, first)
    if end > first + 1 and (speaker is None or speaker[1] < sent.toks[end - 1].end):
        speaker = sent.span(first, end)
    listing = False
    while speaker is not None:
        k = next((x for x, t in enumerate(sent.toks) if t.start >= speaker[1]), None)
        if k is None or sent.toks[k].text != "," or not list_comma(sent, k):
            break
        if not listing and any(sent.toks[x].text == "," for x in range(first, k)):
            break  # the comma closes an apposition of the source (`X, Luis Moreno Ocampo,`)
        listing = True
        more = sent.np_after(k + 1)
        if more is None:
            break
        speaker = (speaker[0], more[1])
    return speaker
