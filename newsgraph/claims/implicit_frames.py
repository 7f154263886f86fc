"""Frames that are no speech verb, read by :mod:`.attribution` besides the verb frames:

* a speech-act noun without a source of its own that opens its clause (`Ursprüngliche Pläne,
  den Bären zu betäuben, wurden verworfen`, `Die Behauptung, die Brücke sei sicher, ...`): the
  noun phrase is the speaker of its complement (the german_news_quotes convention), the noun
  the cue; nouns with a genitive, `von` or possessive source and those of a support verb are
  read by :func:`.prepositional.nominal_attr`;
* the quotations in the object of a frame whose content is a Konjunktiv relative clause after
  that object (`bezeichneten X als einen „beschämenden Deal“, der ... werde`): direct quotes of
  the same speaker;
* a Konjunktiv clause after an indicative main clause that reports the view of its subject
  without a speech verb (`Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe`,
  `Die Gewerkschaft zeigt kein Verständnis, es hingen 5.300 Stellen davon ab`): German marks
  such a clause as someone's words by its Konjunktiv I alone (or the plural Konjunktiv II that
  stands in for it); the subject is the speaker, the main verb the cue.
"""

from __future__ import annotations

from .clauses import cut_trailing, make_attr, quote_starting_at, trim
from .complements import _SUBJECT_OPENERS
from .frames import Attr, Cue, Sentence, Span2
from .mood import dependent_clause, first_finite, reported_verb_at
from .prepositional import _content_goes_on
from .quoted_terms import quoted_name
from .token_view import DEMONSTRATIVES

#: nouns of a fact or a question, no speech act (`die Frage, ob ...`, `die Tatsache, dass ...`)
_FACT_NOUNS = frozenset({"Frage", "Fragen", "Tatsache", "Tatsachen", "Umstand", "Fakt"})
#: prepositions of a reaction to someone else's words (`wandte sich gegen die Behauptung, ...`,
#: `Auf die Bitte, ... zu zahlen, erfolgte keine Antwort`); `auf` inside a clause mostly
#: belongs to the subject's own words (`legte den Schwerpunkt auf die Aussage, ...`)
_REACTION_PREPS = frozenset({"gegen", "wegen", "trotz", "auf"})
#: tags of the words of a noun phrase before its head (`die ursprünglichen Pläne`)
_PRENOMINAL = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "ADJA", "CARD", "ADV"})


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
    prepositional phrase (`mit dem Argument, ...`: the clause's subject speaks there) except
    one of a reaction to the words (`gegen die Behauptung, ...`, clause-opening `Auf die Bitte,
    ...`); not a noun of a fact (`die Frage, ob ...`)."""
    p = cue.positions[0]
    if cue.cls == "opinion":
        return None
    comma = sent.frame_noun_comma(p)
    if comma < 0:
        return None
    if sent.toks[p].text in _FACT_NOUNS:
        return None
    first = noun_phrase_start(sent, p)
    opener = sent.clause_start(p)
    prep = first > 0 and sent.toks[first - 1].tag in ("APPR", "APPRART", "APPO")
    subject: Span2 | None = None
    if prep and sent.lower[first - 1] == "mit":
        subject = _clause_subject(sent, first - 1)  # `begegnet X mit dem Argument, …`
        if subject is None:
            return None
    elif prep and sent.lower[first - 1] not in _REACTION_PREPS:
        return None  # `aus Sorge vor der Drohung, …`: the noun frames nothing of its own
    head = first - 1 if prep else first
    inside = any(sent.toks[k].tag not in ("ADV", "KON") for k in range(opener, head))
    if inside and subject is None and (not prep or sent.lower[first - 1] == "auf"):
        return None  # a bare noun or `auf` only opening its clause (the Vorfeld)
    ce = sent.content_end()
    start = comma + 1
    end = cut_trailing(sent, start, ce, cues)
    for k in range(start + 1, end - 1):
        if sent.toks[k].text != "," or sent.in_quote[k]:
            continue
        if sent.is_finite(k + 1) or not _content_goes_on(sent, k):
            end = k  # `Pläne, ... zu betäuben, wurden verworfen`: the noun's clause goes on
            break
    if _fronted_object(sent, first, end) and sent.lower[p] in _ASSERTIONS:
        # `Den Vorwurf, C, wies er zurück`: the noun phrase is the object of the denial after
        # its clause; that verb's subject denies C
        verb = end + 1
        frame = next(
            (c for c in cues if c.kind == "verb" and c.positions[0] == verb and c.cls == "deny"),
            None,
        )  # only a denial speaks of C (`kommentierte … nicht`, `verurteilte` do not)
        denier = sent.subject_after(verb) if frame is not None else None
        if frame is not None and denier is not None:
            spans = [sent.span(q, q + 1) for q in frame.positions]
            return make_attr(sent, "Indirect", [trim(sent, start, end)], spans, frame, denier)
    # the noun phrase (not an addressee after it: `Anfragen an X, ...`), or the subject of the
    # clause the `mit` phrase is part of: `Die BVG begegnet der Kritik mit dem Argument, …`
    speaker = subject or sent.span(first, p + 1)
    hidden = [sent.span(p, p + 1)]
    quote = quote_starting_at(sent, start)
    if quote is not None and quote[1] >= sent.toks[end - 1].end - 1:
        return make_attr(sent, "Direct", [quote], hidden, cue, speaker)
    return make_attr(sent, "Indirect", [trim(sent, start, end)], hidden, cue, speaker)


#: nouns of something asserted that a denial can reject (not an appeal: `Den Appell, …,
#: wiesen die Rebellen zurück` does not make the appeal theirs)
_ASSERTIONS = frozenset(
    ["vorwurf", "vorwürfe", "behauptung", "behauptungen", "bericht", "berichte", "darstellung"]
    + ["anschuldigung", "anschuldigungen", "unterstellung", "verdacht", "gerüchte", "gerücht"]
)


def _fronted_object(sent: Sentence, first: int, end: int) -> bool:
    """The noun phrase at ``first`` opens the sentence in the accusative (`Den Vorwurf`,
    `Diesen Bericht`) and its clause ends at the comma ``end`` before a finite verb."""
    return (
        first == 0
        and sent.lower[0] in ("den", "diesen", "einen")
        and end + 1 < len(sent.toks)
        and sent.toks[end].text == ","
        and sent.is_finite(end + 1)
    )


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


#: subordinators of a reason given by the subject (`weil`, `da`)
_REASONS = frozenset({"weil", "da"})
#: subjects that name nobody (`Es gibt ...`, `Das zeigt ...`)
_NOBODY = DEMONSTRATIVES | {"es", "man", "diese"}


def _reported_verb(sent: Sentence, k: int) -> bool:
    """Konjunktiv I (`habe`, `sei`) or a plural Konjunktiv II standing in for it (`hätten`)."""
    if sent.in_quote[k]:
        return False
    low = sent.lower[k]
    if low != "seien" and low == (sent.toks[k].lemma or "").lower():
        return False  # `erwarten`: the plural Konjunktiv I looks like the indicative
    return reported_verb_at(sent, k, plural_ii=True)


def subject_view_clauses(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """The Konjunktiv clause after an indicative main clause with a subject (not `es`, `man`
    or a demonstrative), up to the next comma, as that subject's indirect speech; none
    when the sentence already has a claim."""
    if attrs or not sent.toks or not sent.toks[0].tag:
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
    return verb is not None and _reported_verb(sent, verb) and not _counterfactual(sent, verb, end)


#: modal infinitives of a counterfactual past (`hätten … beginnen sollen`)
_MODAL_INFINITIVES = frozenset({"sollen", "können", "müssen", "dürfen", "wollen"})


def _counterfactual(sent: Sentence, verb: int, end: int) -> bool:
    """`die Bauarbeiten hätten im August beginnen sollen`: `hätte(n)` with a double infinitive
    closing the clause is the counterfactual past, what would have happened, not someone's
    words."""
    return (
        sent.lower[verb] in ("hätte", "hätten")
        and end - 2 > verb
        and sent.lower[end - 1] in _MODAL_INFINITIVES
        and sent.toks[end - 2].tag in ("VVINF", "VAINF")
    )


def _clause_subject(sent: Sentence, prep: int) -> Span2 | None:
    """The subject of the main clause a `mit` phrase at ``prep`` belongs to: of the finite verb
    before it in its clause (`Die BVG begegnet der Kritik mit dem Argument, …`)."""
    start = sent.clause_start(prep)
    verb = next((k for k in range(prep - 1, start - 1, -1) if sent.is_finite(k)), None)
    if verb is None or dependent_clause(sent, start, verb):
        return None
    return sent.subject(verb) or sent.subject_after(verb)
