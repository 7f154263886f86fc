"""Indirect speech after a verbless lead-in of a speech-act noun and a colon (coverage round,
session 9): `Die Forderung der Gewerkschaft: Die Löhne müssten steigen.`, `Seine Begründung:
Das Gesetz sei verfassungswidrig.`, `Der Vorwurf der Opposition: Die Regierung habe das
Parlament getäuscht.`

News copy shortens `Die Gewerkschaft fordert, die Löhne müssten steigen` to a noun phrase and a
colon.  The lead-in has no verb; its head is a noun of saying, demanding, alleging or holding
an opinion (`frame_nouns` in `cues_de.yaml`: `Forderung`, `Begründung`, `Vorwurf`, `Kritik`,
`Warnung`, `Einschätzung` …; and, as lead-ins only, `Antwort`, `Fazit`, `Botschaft`, `Sorge` …).  What follows the colon is what was said when its main clause is
in Konjunktiv (the mark of reported speech); an indicative clause after such a lead-in is as
often the article's own summary (`Das Ergebnis: Die Preise steigen.`), and a quotation after it
is a direct quote the quotation rules read.  The source is the genitive or `von` phrase after
the noun (`der Gewerkschaft`) or its possessive determiner (`Seine`, resolved like a pronoun);
a lead-in without one (`Die Begründung: …`) names nobody and frames nothing here.  The cue is
the noun with its determiner, as for a noun framing a complement after a comma.
"""

from __future__ import annotations

from .clauses import make_attr, trim
from .frames import NOUN_FRAME, Attr, Cue, Sentence, Span2
from .token_view import NOUN_PHRASE_LEAD_TAGS

#: determiners whose noun phrase opens the lead-in
_DETERMINERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
#: how many words may stand before the noun
_LEAD_WORDS = 4

#: nouns that frame reported speech only as a colon lead-in, beside `frame_nouns` (which also
#: frame a complement after a comma): an answer, a conclusion, a message, a worry
COLON_NOUNS = {
    "Antwort": "say",
    "Erwiderung": "say",
    "Botschaft": "say",
    "Devise": "say",
    "Fazit": "opinion",
    "Schlussfolgerung": "opinion",
    "Diagnose": "opinion",
    "Sorge": "opinion",
    "Befürchtung": "opinion",
    "Rat": "demand",
    "Ratschlag": "demand",
}


def _noun_class(sent: Sentence, k: int) -> str | None:
    """The cue class of a noun that may head a colon lead-in, or None."""
    word = sent.toks[k].text
    return sent.lex.frame_nouns.get(word) or COLON_NOUNS.get(word)


def noun_colon_frame(sent: Sentence) -> list[Attr]:
    """The indirect claim of a sentence that opens with a speech-act noun lead-in (or a
    speaker lead-in) and a colon before a Konjunktiv clause; empty when the sentence has
    another shape."""
    found = _lead_in(sent)
    if found is None:
        return speaker_colon_frame(sent)
    noun, colon, speaker = found
    start = colon + 1
    end = sent.content_end()
    if start >= end or not _reported_clause(sent, start, end):
        return []
    first = noun - 1 if noun > 0 and sent.toks[noun - 1].tag in _DETERMINERS else noun
    cue = Cue("prep", (noun,), _noun_class(sent, noun) or "say", NOUN_FRAME)
    attr = make_attr(
        sent, "Indirect", [trim(sent, start, end)], [sent.span(first, noun + 1)], cue, speaker
    )
    return [attr] if attr is not None else []


def _lead_in(sent: Sentence) -> tuple[int, int, Span2] | None:
    """(noun, colon, source) of a lead-in `[det] [adjectives] noun source :` opening the
    sentence, or None."""
    toks = sent.toks
    k = 0
    while k < len(toks) and k < _LEAD_WORDS and toks[k].tag in NOUN_PHRASE_LEAD_TAGS:
        k += 1
    noun = k
    if noun >= len(toks) or sent.in_quote[noun] or toks[noun].tag not in ("NN", ""):
        return None
    if _noun_class(sent, noun) is None:
        return None
    src_start, src_end = sent.frame_noun_source(noun)
    colon = src_end if src_end > src_start else noun + 1
    if colon >= len(toks) or toks[colon].text != ":" or sent.in_quote[colon]:
        return None
    if src_end > src_start:
        return noun, colon, sent.span(src_start, src_end)
    if noun > 0 and toks[noun - 1].tag == "PPOSAT":
        return noun, colon, sent.span(noun - 1, noun)  # `Seine Begründung:`
    return None


def _reported_clause(sent: Sentence, start: int, end: int) -> bool:
    """``[start, end)`` is a clause of reported speech: it does not open with a quotation, and
    the first finite verb of its main clause is in Konjunktiv (a subordinate clause before it
    does not count: `Wenn nichts geschehe, drohe ein Streik`)."""
    if sent.in_quote[start] or sent.toks[start].text in ("„", '"', "»", "«", "“"):
        return False
    verbs = [k for k in range(start, end) if sent.is_finite(k) and not sent.in_quote[k]]
    if not verbs:
        return False
    main = verbs[0]
    if sent.toks[start].tag == "KOUS" and len(verbs) > 1:
        main = verbs[1]  # `Wenn nichts geschehe, drohe …`: the verb after the clause
    return sent.is_subjunctive(main)


#: words of a speaker lead-in that tell how the words are given (`X wörtlich:`, `X dazu:`),
#: the cue when present; not part of the speaker
LEAD_CUES = frozenset({"dazu", "hierzu", "wörtlich", "sinngemäß"})
#: tags of a speaker lead-in (`Innenminister Peter Muster`, `Ein Polizeisprecher`, `Dazu der
#: Minister`)
_SPEAKER_TAGS = frozenset({"ART", "PPOSAT", "ADJA", "NN", "NE", "APPR", "APPRART", "PROAV", "ADV"})
#: how many words a speaker lead-in may hold
_SPEAKER_WORDS = 8


def speaker_colon_frame(sent: Sentence) -> list[Attr]:
    """`Innenminister Peter Muster: Die Lage sei ernst.`, `Ein Polizeisprecher: Der Täter sei
    flüchtig.`, `Dazu der Minister: Man werde prüfen.`: a verbless lead-in that names a speaker
    by a noun of role or institution (`source_heads`) and a colon before a Konjunktiv clause is
    that speaker's indirect speech, as the same lead-in before a quotation is a direct quote.
    A lead-in of a place (`Berlin:`) or a topic names no speaker."""
    toks = sent.toks
    colon = next((k for k in range(len(toks)) if toks[k].text == ":"), None)
    if colon is None or not 1 <= colon <= _SPEAKER_WORDS or sent.in_quote[colon]:
        return []
    lead = range(0, colon)
    if any(toks[k].tag not in _SPEAKER_TAGS or sent.in_quote[k] for k in lead):
        return []
    if not any(sent.lex.is_source_noun(toks[k].text) for k in lead):
        return []
    first = 0
    while first < colon and (toks[first].tag in ("PROAV", "ADV") or sent.lower[first] in LEAD_CUES):
        first += 1
    last = colon
    while last > first and (
        toks[last - 1].tag in ("PROAV", "ADV") or sent.lower[last - 1] in LEAD_CUES
    ):
        last -= 1
    if last <= first or toks[last - 1].tag not in ("NN", "NE"):
        return []
    start, end = colon + 1, sent.content_end()
    if start >= end or not _reported_clause(sent, start, end):
        return []
    cues = [sent.span(k, k + 1) for k in lead if sent.lower[k] in LEAD_CUES]
    cue = Cue("prep", (colon,), "say", NOUN_FRAME)
    attr = make_attr(sent, "Indirect", [trim(sent, start, end)], cues, cue, sent.span(first, last))
    return [attr] if attr is not None else []
