"""Complements of speech-act nouns that name no source (`Ursprüngliche Pläne, den Bären zu
betäuben, wurden verworfen`, `Die Behauptung, die Sorte gelange nicht in die Nahrung, ...`):
the german_news_quotes convention takes the noun phrase itself as the speaker of such a content
and marks no cue.  Nouns with a genitive, `von` or possessive source and those put forward by a
support verb are read by :func:`.prepositional.nominal_attr`; this module covers the rest.
Also the quotations in the object noun phrase of a frame whose content is a relative clause
after that object (`bezeichneten X als einen „beschämenden Deal“, der ... werde`).
"""

from __future__ import annotations

from .clauses import cut_trailing, make_attr, quote_starting_at, trim
from .frames import Attr, Cue, Sentence
from .prepositional import _content_goes_on
from .quoted_terms import quoted_name

#: tags of the words of a noun phrase before its head (`die ursprünglichen Pläne`)
_PRENOMINAL = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "ADJA", "CARD", "ADV"})
#: prepositions that make the noun an adverbial of its clause (`trotz der Warnung, ...`)
_ADVERBIAL_PREPS = frozenset({"trotz", "ungeachtet", "entgegen"})


def noun_phrase_start(sent: Sentence, p: int) -> int:
    """First word of the noun phrase whose head is the noun at ``p``: its determiner and
    attributive adjectives (`Mehrere Anfragen`, `die wachsenden Ängste`)."""
    k = p
    while k > 0 and sent.toks[k - 1].tag in _PRENOMINAL and not sent.in_quote[k - 1]:
        if sent.toks[k - 1].tag == "ADV" and (k < 2 or sent.toks[k - 2].tag not in _PRENOMINAL):
            break  # an adverb only inside the phrase (`die bisher geäußerten Bedenken`)
        k -= 1
    return k


def unsourced_noun_attr(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    """`Mehrere Anfragen an den Provider, diese Seite zu sperren, blieben erfolglos`: a
    speech-act noun without a source of its own frames a complement; the noun phrase is the
    speaker, the cue stays unmarked (kept as the hidden frame cue).  Not a noun inside a
    prepositional phrase (`mit dem Argument, ...`: the clause's subject speaks there)."""
    if sent.lex.language != "de":
        return None
    p = cue.positions[0]
    if cue.cls == "opinion":
        return None
    comma = sent.frame_noun_comma(p)
    if comma < 0:
        return None
    first = noun_phrase_start(sent, p)
    if first > 0 and sent.toks[first - 1].tag in ("APPR", "APPRART", "APPO"):
        return None
    opener = sent.clause_start(p)
    if any(sent.toks[k].tag not in ("ADV", "KON") for k in range(opener, first)):
        return None  # only a noun that opens its clause (the Vorfeld)
    ce = sent.content_end()
    start = comma + 1
    end = cut_trailing(sent, start, ce, cues)
    for k in range(start + 1, end - 1):
        if sent.toks[k].text != "," or sent.in_quote[k]:
            continue
        if sent.is_finite(k + 1) or not _content_goes_on(sent, k):
            end = k  # `Pläne, ... zu betäuben, wurden verworfen`: the noun's clause goes on
            break
    speaker = sent.span(first, p + 1)  # not an addressee after it (`Anfragen an X, ...`)
    hidden = [sent.span(p, p + 1)]
    quote = quote_starting_at(sent, start)
    if quote is not None and quote[1] >= sent.toks[end - 1].end - 1:
        return make_attr(sent, "Direct", [quote], hidden, cue, speaker)
    return make_attr(sent, "Indirect", [trim(sent, start, end)], hidden, cue, speaker)


def object_quotes(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """`Sie bezeichneten die Übereinkunft als einen „beschämenden Deal“, der ... stärken werde`:
    a quotation in the object of a verb frame whose content is a relative clause after that
    object is the speaker's own words too, a direct quote of the same speaker and cue."""
    out: list[Attr] = []
    for a in attrs:
        if a.kind != "Indirect" or len(a.parts) != 1 or not a.cue or a.speaker is None:
            continue
        first = sent.index_at(a.start, -1)
        if first < 1 or sent.toks[first - 1].text != ",":
            continue
        rel = first + 1 if sent.toks[first].tag in ("APPR", "APPRART") else first
        if rel >= len(sent.toks) or sent.toks[rel].tag not in ("PRELS", "PRELAT"):
            continue
        cue_end = a.cue[-1][1]
        for q in sent.quotes:
            if not (cue_end <= q.start and q.end <= sent.toks[first - 1].start):
                continue
            if any(b.covers(q.start) for b in attrs) or quoted_name(sent, q.start, q.end):
                continue
            out.append(Attr("Direct", [(q.start, q.end)], list(a.cue), a.cls, a.speaker, a.unit))
    return out
