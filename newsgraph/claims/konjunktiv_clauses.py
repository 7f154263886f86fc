"""Konjunktiv clauses that report the view of the subject of the clause before them, without a
speech verb: `Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe` (the reason
is the Allies', not the article's), `Die Gewerkschaft zeigt kein Verständnis für den Verkauf, es
hingen 5.300 Arbeitsplätze davon ab`.  German marks such a clause as someone's words by its
Konjunktiv I alone (or the plural Konjunktiv II that stands in for it), so the subject of the
indicative main clause before the comma is the speaker; the german_news_quotes scheme marks no
cue there (the main verb is kept as the claim's hidden frame cue).
"""

from __future__ import annotations

from .clauses import make_attr, trim
from .frames import Attr, Cue, Sentence
from .mood import ERSATZ_PLURAL, first_finite, first_person, konjunktiv1_at

#: subordinators of a reason given by the subject (`weil`, `da`)
_REASONS = frozenset({"weil", "da"})
#: subjects that name nobody (`Es gibt ...`, `Das zeigt ...`)
_NOBODY = frozenset({"es", "das", "dies", "man", "dieses", "diese"})
#: tags that open the subject of a main clause after the comma
_SUBJECT_OPENERS = frozenset({"ART", "PPER", "PDAT", "PPOSAT", "PIAT", "NE", "NN", "CARD", "ADJA"})


def _reported_verb(sent: Sentence, k: int) -> bool:
    """Konjunktiv I (`habe`, `sei`) or a plural Konjunktiv II standing in for it (`hätten`)."""
    if sent.in_quote[k] or not sent.is_subjunctive(k) or first_person(sent, k):
        return False
    low = sent.lower[k]
    if low != "seien" and low == (sent.toks[k].lemma or "").lower():
        return False  # `erwarten`: the plural Konjunktiv I looks like the indicative
    return konjunktiv1_at(sent, k) or low in ERSATZ_PLURAL


def subject_view_clauses(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """The Konjunktiv clause after an indicative main clause with a subject who can hold a
    view, as that subject's indirect speech; none when the sentence already has a claim."""
    if sent.lex.language != "de" or attrs or not sent.toks or not sent.toks[0].tag:
        return []
    main = first_finite(sent, main=True)
    if main is None or main == 0 or sent.is_subjunctive(main) or sent.in_quote[main]:
        return []
    subject = sent.subject(main) or sent.subject_after(main)
    if subject is None:
        return []
    first = sent.index_at(subject[0], -1)
    if first < 0 or sent.lower[first] in _NOBODY:
        return []
    ce = sent.content_end()
    stop = sent.clause_end(main + 1)
    while stop < ce and sent.toks[stop].start < subject[1]:
        stop = sent.clause_end(stop + 1)
    if stop >= ce - 2 or sent.toks[stop].text != "," or sent.in_quote[stop]:
        return []
    if sent.toks[main].tag == "VMFIN" and not any(
        sent.toks[k].tag in ("VVINF", "VAINF", "VVPP", "VVIZU") for k in range(main + 1, stop)
    ):
        return []  # `können X, Y sowie Z erwarten`: the modal's clause goes on past the comma
    if sent.toks[stop - 1].text in sent.lex.frame_nouns:
        return []  # `kam mit dem Argument, die Bahn sei zu teuer`: the noun's content (nominal)
    start = stop + 1
    end = _clause_stop(sent, start, ce)
    if not _reported_clause(sent, start, end):
        return []
    words = [main]
    if sent.toks[stop - 1].tag in ("VVPP", "VVINF", "PTKVZ") and stop - 1 > main:
        words.append(stop - 1)  # `hatten Einspruch erhoben`
    cue = Cue("verb", tuple(words), "opinion", "")
    spans = [sent.span(k, k + 1) for k in words]
    attr = make_attr(sent, "Indirect", [trim(sent, start, end)], spans, cue, subject)
    return [attr] if attr is not None else []


def _clause_stop(sent: Sentence, start: int, ce: int) -> int:
    return next(
        (
            k
            for k in range(start + 1, ce)
            if sent.toks[k].text in (",", ";", ":") and not sent.in_quote[k]
        ),
        ce,
    )


def _reported_clause(sent: Sentence, start: int, end: int) -> bool:
    """`weil X ... habe` (the verb closing the clause) or `es hingen ... ab` / `die Lage sei
    ernst` (subject first, the Konjunktiv verb in second place)."""
    if end - start < 3:
        return False
    low = sent.lower[start]
    if low in _REASONS and sent.toks[start].tag == "KOUS":
        return _reported_verb(sent, end - 1) or (
            end - 2 > start and _reported_verb(sent, end - 2) and sent.is_finite(end - 2)
        )
    if sent.toks[start].tag not in _SUBJECT_OPENERS:
        return False
    verb = next((k for k in range(start + 1, end) if sent.is_finite(k)), None)
    return verb is not None and _reported_verb(sent, verb)
