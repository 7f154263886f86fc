"""Does a complement follow a speech verb, used by :mod:`.attribution`: a `dass`/`ob`/w-clause,
Konjunktiv (also a weak preterite standing in for Konjunktiv II), a zu-infinitive; not an adverbial clause (`um ... zu`, `weil ...`), a clause of a fact noun
(`die Frage, ob ...`), a main clause after a subordinate one, or a subordinate clause framing
speech of its own (`während Y erklärte, ...`).
"""

from __future__ import annotations

from .clauses import quote_starting_at
from .complement_heads import (
    COMPLEMENTIZERS,
    condition,
    extraposed_relative,
    fact_noun_clause,
    indicative_question,
    indicative_report,
    object_clause_first,
    subordinate_frame,
)
from .frame_shapes import _RELATIVE, _in_relative_clause, _subordinate
from .frames import _WH, Attr, Cue, Sentence, Span2
from .konjunktiv_forms import konjunktiv1_at
from .lexicon import FormMatch
from .particle_clause import inserted_clause_end
from .text import OPENING
from .token_view import SEIN_FINITE

#: conjunctions that open a main clause of the author's after a comma
_CONTRASTS = frozenset({"doch", "aber", "sondern", "denn", "jedoch"})


def _indicative_conjunct(sent: Sentence, start: int, end: int) -> bool:
    """The clause at ``start`` is a coordinated main clause (`, doch die Polizei korrigierte
    die Zahl`) or a result clause (`, so dass ...`) in the indicative: no complement."""
    if sent.in_quote[start]:
        return False
    first = sent.lower[start]
    result = first == "so" and start + 1 < end and sent.lower[start + 1] == "dass"
    if first not in _CONTRASTS and not result and first != "sodass":
        return False
    return not any(sent.is_subjunctive(k) for k in range(start, end) if not sent.in_quote[k])


def _is_complement(sent: Sentence, start: int, end: int, comma: int) -> bool:
    first = sent.lower[start]
    if _indicative_conjunct(sent, start, end):
        return False  # `Zunächst war von 25 Verletzten die Rede, doch die Polizei korrigierte`
    if (
        sent.toks[start].tag in ("VVFIN", "VAFIN", "VMFIN")
        and not sent.in_quote[start]
        and _in_relative_clause(sent, comma - 1)
    ):
        return False  # `X, den die Zeitung zitiert, kommentierte, ...`: the main clause goes on
    if (
        sent.is_finite(start)
        and not sent.in_quote[start]
        and comma > 0
        and subordinate_frame(sent, comma - 1)
        # `solange ..., sei man ...`: reported all the same, unless the clause is a condition
        and (not sent.is_subjunctive(start) or condition(sent, comma - 1))
    ):
        return False  # `Sollte der Antrag angenommen werden, könnte ...`: the main clause
    if sent.is_finite(start) and comma > 0 and object_clause_first(sent, comma - 1):
        return False  # `Ob X informiert worden sei, wisse er nicht`: the clause is the object
    if _adverbial_clause(sent, start, end):
        return False  # `forderte den Rücktritt, um den Weg freizumachen`, `..., weil ...`
    if _framing_subordinate(sent, start, end):
        return False  # `lobte den Plan, während Y erklärte, es gebe ...`: Y's complement
    if first in COMPLEMENTIZERS and fact_noun_clause(sent, comma):
        return False  # `über die Frage geurteilt, ob …`: the clause belongs to the noun
    if first in COMPLEMENTIZERS:
        return True
    if extraposed_relative(sent, start, end):
        return False  # `soll die Geräte einschränken, die fähig sind, …`: of the object
    if first in _WH and any(
        sent.is_subjunctive(k) or sent.toks[k].text == "?" for k in range(start, end)
    ):
        return True  # `fragte, was passiert sei`; not `..., was ein Hinweis darauf ist`
    if first in _WH and indicative_question(sent, start, comma):
        return True  # `fragte, warum die Regierung nichts unternommen hat`
    if sent.toks[start].tag:
        rel = (
            start + 1 if sent.toks[start].tag in ("APPR", "APPRART") and start + 1 < end else start
        )
        # `Studien, nach denen ... sei`: a relative clause after a preposition, too
        relative = sent.toks[rel].tag in ("PRELS", "PRELAT")
    else:
        relative = first in _RELATIVE and comma > 0 and sent.is_cap(comma - 1)
    if any(
        sent.is_subjunctive(k) or _konjunktiv_modal(sent, k)
        for k in range(start, end)
        if not sent.in_quote[k]
    ):
        return not (relative and _relative(sent, start, end))
    if relative and not _zu_infinitive_end(sent, start, end, comma) and not _verb_second(sent, start, end):
        # (`empfahl, der Klage stattzugeben`, `hofft, durch die Regelung Firmen zu locken`:
        # `der`, `die` are articles there)
        return False
    # `X forderte, die Truppen abzuziehen`: a zu-infinitive complement
    # the infinitive ends the complement or its first clause (`..., eine Kommission zu
    # gründen, die ... soll`)
    first_comma = next((k for k in range(start, end) if sent.toks[k].text == ","), end)
    for stop in {end, first_comma}:
        last = sent.lower[stop - 1]
        if (stop - 2 >= start and sent.lower[stop - 2] == "zu") or (
            "zu" in last[1:-2] and last.endswith("en")
        ):
            return True
    if _preterite_konjunktiv(sent, start, end):
        return True  # `warnte er, die Organisatoren verfolgten eigene Ziele` (Konjunktiv II)
    # `hatte berichtet, 300 Mitarbeiter sollen entlassen werden`; an indicative main clause
    # after the comma (`..., dennoch ist der Schaden hoch`) is no complement
    return _hearsay_modal(sent, start, end) or indicative_report(sent, start, end, comma)


#: third-person Konjunktiv I of the modals, unambiguous forms a tagger may misread as names
_KONJUNKTIV_MODALS = frozenset({"wolle", "solle", "könne", "müsse", "dürfe", "möge"})


def _konjunktiv_modal(sent: Sentence, k: int) -> bool:
    """`er wolle ...` with `wolle` tagged as a name: the form is Konjunktiv I all the same."""
    return sent.toks[k].text in _KONJUNKTIV_MODALS


def _zu_infinitive_end(sent: Sentence, start: int, end: int, comma: int) -> bool:
    """The clause ``[start, end)`` ends in a zu-infinitive (`stattzugeben`); one whose `zu`
    stands apart (`zu locken`) only when it is a single clause right after the verb (`hofft,
    durch die Regelung Firmen zu locken`), not after a noun that takes the infinitive itself
    (`als einen Versuch, die BBC ... zu hindern`) nor a relative clause with a comma before
    its infinitive (`in denen ... wurden, ohne sich zu wehren`)."""
    last = end - 1
    if sent.toks[last].tag == "VVIZU":
        return True
    if comma < 1:
        return False
    if not sent.toks[comma - 1].tag.startswith(("V", "PTKVZ")) and any(
        sent.lower[k] == "als" for k in range(sent.clause_start(comma - 1), comma)
    ):
        return False
    if any(sent.toks[k].text in ",;:" and not sent.in_quote[k] for k in range(start, end)):
        return False
    return (
        last - 1 > start
        and sent.toks[last - 1].tag == "PTKZU"
        and sent.toks[last].tag in ("VVINF", "VAINF", "VMINF")
    )


#: conjunctions of adverbial clauses (purpose, cause, condition, time): never what was said
_ADVERBIAL = frozenset(
    [
        "um",
        "ohne",
        "statt",
        "anstatt",
        "weil",
        "obwohl",
        "obgleich",
        "wenn",
        "falls",
        "sofern",
        "damit",
        "nachdem",
        "bevor",
        "ehe",
        "sobald",
        "indem",
        "seitdem",
    ]
)


def _adverbial_clause(sent: Sentence, start: int, end: int) -> bool:
    """The clause at ``start`` is adverbial (`um ... zu`, `weil ...`), not a complement.  A
    clause in Konjunktiv (`, weil die Frist versäumt worden sei`), or one before a Konjunktiv
    main clause (`, sobald X komme, werde Y ...`), is reported speech after all."""
    low = sent.lower[start]
    if low not in _ADVERBIAL or sent.in_quote[start]:
        return False
    tag = sent.toks[start].tag
    if tag:
        if tag not in ("KOUS", "KOUI"):
            return False
    elif start + 1 < end and sent.is_finite(start + 1):
        return False  # untagged: `da sei nichts zu machen` (adverb, verb second)
    if low in ("um", "ohne", "statt", "anstatt"):
        return True  # `um ... zu`: a purpose, never what was said
    if _reported_frame_before(sent, start - 1):
        return True  # `er habe X verraten, als er ... gewechselt habe`: Konjunktiv throughout
    stop = next((k for k in range(start, end) if sent.toks[k].text == ","), end)
    # a condition's own Konjunktiv II is the conditional (`warnte vor einem Risiko, falls
    # die Beamten verzichten müssten`), only its Konjunktiv I reports
    conditional = low in _CONDITIONS
    if any(
        sent.is_subjunctive(k) and not (conditional and not konjunktiv1_at(sent, k))
        for k in range(start, stop)
    ):
        return False
    return not (stop + 1 < end and sent.is_subjunctive(stop + 1))


#: conjunctions of conditions (a subset of :data:`_ADVERBIAL`)
_CONDITIONS = frozenset({"wenn", "falls", "sofern"})


def _reported_frame_before(sent: Sentence, comma: int) -> bool:
    """The clause before ``comma`` has a Konjunktiv finite verb: it is itself someone's
    reported speech, so the Konjunktiv of an adverbial clause after it marks no report of its
    own (`er werde sich äußern, wenn sein Kandidat feststehe`)."""
    if comma < 1 or sent.toks[comma].text != ",":
        return False
    first = sent.clause_start(comma - 1)
    verbs = [k for k in range(first, comma) if sent.is_finite(k) and not sent.in_quote[k]]
    return bool(verbs) and sent.is_subjunctive(verbs[0])


def _framing_subordinate(sent: Sentence, start: int, end: int) -> bool:
    """The clause at ``start`` is a subordinate clause (`während`, `als`, `nachdem`) ending in
    a speech verb of its own (`..., während die Sprecherin erklärte, es gebe ...`): what
    follows is that verb's complement, not one of the verb before the comma."""
    if (
        sent.toks[start].tag != "KOUS"
        or sent.lower[start] in COMPLEMENTIZERS
        or sent.in_quote[start]
    ):
        return False
    stop = next(
        (k for k in range(start + 1, end) if sent.toks[k].text == "," and not sent.in_quote[k]),
        None,
    )
    if stop is None or stop - 1 <= start:
        return False
    verb = stop - 1
    return sent.is_finite(verb) and any(
        m.kind == "finite" and m.verb.complement for m in sent.lex.verb_matches(sent.lower[verb])
    )


def _preterite_konjunktiv(sent: Sentence, start: int, end: int) -> bool:
    """A verb-second clause whose finite verb is a weak preterite (`verfolgten`), the same form
    as Konjunktiv II: after a speech verb it is reported speech (`warnte er, die Gegner
    verfolgten eigene Ziele`).  The clause must open with its subject (article or pronoun) or
    a prepositional phrase (`sagte, am Grenzübergang warteten Hunderte Familien`)."""
    if sent.toks[start].tag not in ("ART", "PPER", "PDAT", "PIAT", "APPR", "APPRART"):
        return False
    verb = second_place_verb(sent, start, end)
    if verb is None or sent.in_quote[verb]:
        return False
    if sent.toks[start].tag in ("APPR", "APPRART") and any(
        sent.toks[k].tag in ("$,", "KOUS") for k in range(start, verb)
    ):
        return False  # `..., vor allem, weil ...`: no clause of its own opens there
    low = sent.lower[verb]
    if low in _MODAL_KONJUNKTIV:
        return (
            True  # `warf ihm vor, er wollte sich bereichern`: wollte/sollte are Konjunktiv II too
        )
    return (
        sent.toks[verb].tag == "VVFIN"
        and low.endswith(("te", "ten"))
        and not any(_speech_verb(sent, m, start, end) for m in sent.lex.verb_matches(low))
    )


def _speech_verb(sent: Sentence, m: FormMatch, start: int, end: int) -> bool:
    """The finite verb's form match is a verb of saying in the clause ``[start, end)``: a
    separated form needs its particle there (`hielten … entgegen`), a verb that needs a word
    needs it there (`hielten es für richtig`; `hielten sich an …` says nothing)."""
    words = {sent.lower[k] for k in range(start, end)}
    if m.kind == "separated":
        return m.verb.particle in words
    return m.kind == "finite" and (not m.verb.needs or bool(words & set(m.verb.needs)))


#: modal preterites that are also the Konjunktiv II (`wollte`, `sollte`)
_MODAL_KONJUNKTIV = frozenset({"wollte", "wollten", "sollte", "sollten"})


def _verb_second(sent: Sentence, start: int, end: int) -> bool:
    """The clause ``[start, end)`` opens with an article and its noun phrase and has its finite
    verb before more words (`, die USA hielten sich an …`, `, die verdächtigen Personen seien
    dabei`): a main clause whose article the tagger read as a relative pronoun."""
    stop = next(
        (k for k in range(start + 1, end) if sent.toks[k].text in ",;:" and not sent.in_quote[k]),
        end,
    )
    verb = next((k for k in range(start + 1, stop) if sent.is_finite(k)), None)
    return (
        verb is not None and verb < stop - 1 and sent.toks[start + 1].tag in ("ADJA", "NN", "NE")
    )


def _relative(sent: Sentence, start: int, end: int) -> bool:
    """A relative clause ends with its finite verb (`die ... stattgefunden hätten`); a
    verb-second clause is a main clause (:func:`_verb_second`)."""
    if _verb_second(sent, start, end):
        return False
    j = end - 1
    return sent.is_finite(j) and j > start + 1


#: conjunctions that join two main clauses (`..., habe ... untergeordnet und die Fraktion forderte ...`)
_MAIN_LINKS = frozenset({"und", "oder", "aber", "sondern", "doch"})
#: words that open the subject of a new main clause after a conjunction
_SUBJECT_OPENERS = frozenset({"ART", "PPER", "PDAT", "PPOSAT", "PIAT", "NE", "NN", "CARD", "ADJA"})
#: tags inside the subject of such a conjunct (a noun phrase with attributes and PPs)
_PHRASE_TAGS = _SUBJECT_OPENERS | {"APPR", "APPRART", "TRUNC", "$("}


def coordinated_main_clause(sent: Sentence, start: int, end: int) -> int:
    """End of a complement ``[start, end)`` before a main clause of the article joined to it by
    `und`/`aber` (`kritisierte, die Kommission habe sich untergeordnet und die Fraktion der
    Grünen forderte vom Minister ...`): once the complement showed itself as reported speech
    (`dass`/`ob` or Konjunktiv), a conjunct that opens with its own subject and has an
    indicative finite verb in second place, with words after it, is no part of it.  A
    verb-final conjunct (`dass A kommt und B bleibt`) or a Konjunktiv one stays inside."""
    if not sent.toks[start].tag:
        return end
    marked = sent.lower[start] in COMPLEMENTIZERS
    k = start + 1
    while k < end - 2:
        marked = marked or (sent.is_subjunctive(k - 1) and not sent.in_quote[k - 1])
        if marked and linked_main_clause(sent, k, end):
            return k
        k += 1
    return end


def coordinated_adjective_before(sent: Sentence, head: int, comma: int) -> bool:
    """`Sein Mandant bestreite die Vorwürfe und sei bereit, sich … zu stellen`: a second
    predicate of `sein` after `und`/`oder` between the frame's verb at ``head`` and the
    ``comma`` whose adjective closes it (`sei bereit`, `ist entschlossen`; not the particle of
    `gab bekannt`) governs the infinitive after the comma: no complement of the frame."""
    if comma < 1 or sent.toks[comma - 1].tag != "ADJD":
        return False
    return any(
        sent.lower[k] in ("und", "oder")
        and not sent.in_quote[k]
        and not sent.in_quote[k + 1]
        and sent.lower[k + 1] in SEIN_FINITE
        for k in range(head + 1, comma - 1)
    )


def linked_main_clause(sent: Sentence, k: int, end: int) -> bool:
    """The link word at ``k`` (`und`, `aber`) joins a main clause of its own before ``end``: a
    subject, an indicative finite verb second, words after it (`…, und das Hilfswerk rief …`)."""
    if (
        k + 2 >= end
        or sent.lower[k] not in _MAIN_LINKS
        or sent.in_quote[k]
        or sent.toks[k + 1].tag not in _SUBJECT_OPENERS
    ):
        return False
    stop = next(
        (j for j in range(k + 1, end) if sent.toks[j].text in ",;:–" or sent.in_quote[j]), end
    )
    verb = next((j for j in range(k + 2, stop) if sent.is_finite(j)), None)
    return (
        verb is not None
        and verb + 1 < stop
        and sent.toks[verb].tag in ("VVFIN", "VAFIN", "VMFIN")
        and not sent.is_subjunctive(verb)
        and sent.lower[verb] not in _MODAL_KONJUNKTIV
        and sent.toks[verb + 1].tag not in ("KON", "$,", "$.")
        and all(sent.toks[j].tag in _PHRASE_TAGS for j in range(k + 1, verb))
    )


#: tags of a verb cue's last word that close the clause's right bracket (participle, infinitive,
#: separable particle): what follows it stands in the Nachfeld
_RIGHT_BRACKET = frozenset({"VVPP", "VVINF", "PTKVZ", "VVIZU"})


def extraposed_infinitive(sent: Sentence, last: int, stop: int) -> tuple[int, int] | None:
    """`hat angekündigt ihr Mandat niederzulegen`, `bietet an den Lohn zu erhöhen`: a
    zu-infinitive after the closed frame without the comma the rules ask for; the span from the
    word after the frame's last word ``last`` to the clause end ``stop``, when it holds no finite
    verb and ends in the infinitive."""
    if sent.toks[last].tag not in _RIGHT_BRACKET:
        return None
    start = last + 1
    if stop - start < 3 or sent.in_quote[start] or sent.toks[start].tag == "PTKZU":
        return None  # `bestätigt zu werden`: the frame verb is itself in an infinitive
    if sent.toks[start].text in ",;:.!?–":
        return None
    if any(sent.is_finite(k) or sent.in_quote[k] for k in range(start, stop)):
        return None
    if sent.toks[start].tag in ("KOUS", "KOUI", "KON", "APPR", "APPRART", "ADV", "PROAV"):
        return None  # `um ... zu`, or an adverbial after the frame
    end = stop - 1
    if sent.toks[end].tag == "VVIZU" or (
        sent.toks[end - 1].tag == "PTKZU" and sent.toks[end].tag in ("VVINF", "VAINF", "VMINF")
    ):
        return start, stop
    return None


def _hearsay_modal(sent: Sentence, start: int, end: int) -> bool:
    """A verb-second clause whose finite verb is `soll`/`sollen` (`..., 300 Mitarbeiter sollen
    entlassen werden`): after a speech verb the modal of hearsay and of others' plans marks
    reported speech as Konjunktiv would.  The clause opens with its subject (article, number,
    pronoun, noun), not with a verb (`..., sollen wir ...?`)."""
    if sent.toks[start].tag not in _SUBJECT_OPENERS:
        return False
    verb = second_place_verb(sent, start, end)
    return verb is not None and not sent.in_quote[verb] and sent.lower[verb] in ("soll", "sollen")


def has_clause(sent: Sentence, start: int, end: int) -> bool:
    """The text after a colon frame says something: it holds a finite verb outside quotation
    marks or opens with a quotation; a bare list of names (`Die Namen lauten: A, B und C`) is
    no reported speech."""
    if start < end and sent.toks[start].text in OPENING:
        return True
    return any(sent.is_finite(k) for k in range(start, end) if not sent.in_quote[k])


def quotes_after_complements(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """`Er glaubt, dass das Team gestärkt sei: „Wir haben gelernt …“`: the quotation after the
    colon that ends an indirect complement is a direct quote of the same speaker and cue."""
    out: list[Attr] = []
    for a in attrs:
        if a.kind != "Indirect" or len(a.parts) != 1 or not a.cue or a.speaker is None:
            continue
        k = sent.index_ending_at(a.end)
        if k is None or k + 2 >= len(sent.toks) or sent.toks[k + 1].text != ":":
            continue
        quote = quote_starting_at(sent, k + 2)
        if quote is None:
            continue
        inner = [b for b in attrs if b.covers(quote[0])]
        for b in inner:
            if b.kind == "Direct" and b.cue and a.covers(b.cue[0][0]):
                # a verb inside the complement (`… hervorgegangen sei: „…“`) frames nothing
                b.speaker, b.cue, b.cls = a.speaker, list(a.cue), a.cls
        if not inner:
            out.append(Attr("Direct", [quote], list(a.cue), a.cls, a.speaker, sent.index))
    return out


#: Konjunktiv II forms of a relative clause that state a wish or a hypothesis, not what was said
#: (plural `würden` stays: it stands in for the Konjunktiv I `werden`, which looks indicative)
_WISH_FORMS = frozenset({"möchte", "möchten", "würde"})


def reported_relative(
    sent: Sentence, last: int, stop: int, cues: list[Cue]
) -> tuple[int, int] | None:
    """`sprach von einem Terroristen, der sich in die Luft gesprengt habe`: a relative clause in
    Konjunktiv after the object of a reported speech act is what the speaker said (indirect
    content); returns the clause's tokens ``[first, end)`` (from the relative pronoun or its
    preposition) when the clause directly follows the frame's object (after its last word
    ``last``) and its verb-final finite verb is Konjunktiv, ending before ``stop``; not when a
    frame of its own stands in the clause (`bei dem es sich seiner Meinung nach um … handle`)."""
    for k in range(last + 1, stop - 2):
        if sent.in_quote[k]:
            continue  # `bezeichneten X als einen „beschämenden Deal“, der ... werde`
        if sent.toks[k].text in ";:–":
            return None
        if sent.toks[k].text != ",":
            continue
        rel = k + 1
        pron = rel + 1 if sent.toks[rel].tag in ("APPR", "APPRART") else rel
        if pron >= stop or sent.toks[pron].tag != "PRELS" or sent.lower[pron] not in _RELATIVE:
            return None
        end = sent.clause_end(pron + 1)
        if end > stop or end - 1 <= pron:
            return None
        verb = end - 1
        if (
            sent.is_finite(verb)
            and sent.is_subjunctive(verb)
            and sent.lower[verb] not in _WISH_FORMS
            and not sent.in_quote[verb]
        ):
            if end + 1 < stop and sent.lower[end + 1] in COMPLEMENTIZERS:
                # `der es verbiete, dass …`: the relative clause's own complement belongs to it
                end = stop
                while end > rel and sent.toks[end - 1].text in ".!?":
                    end -= 1
            if any(rel <= c.positions[0] < end for c in cues):
                return None
            return rel, end
        return None
    return None


def relative_after_frame(sent: Sentence, head: int, last: int, cues: list[Cue]) -> Span2 | None:
    """`Annan äußerte sich über die Gewalt, die besonders häufig auftrete`: the Konjunktiv
    relative clause after the object of a speech verb in a finite main clause (``head``, its
    last cue word ``last``) is reported content also when the verb makes no reported speech
    alone; its character span, or None."""
    if not sent.is_finite(head) or sent.is_subjunctive(head) or sent.in_quote[head]:
        return None
    relative = reported_relative(sent, max(last, head), len(sent.toks), cues)
    if relative is None or (_subordinate(sent, head) and not _in_relative_clause(sent, head)):
        return None  # (`die den Mut Alis hervorhob, der ... zum Ausdruck komme`: reported)
    start, end = relative
    while start < end and sent.toks[start].text in ",;:":
        start += 1
    return sent.span(start, end) if start < end else None


def second_place_verb(sent: Sentence, start: int, end: int) -> int | None:
    """The finite verb of the verb-second clause opening at ``start`` (its first segment up to
    a comma, semicolon, colon or dash), read past relative or adverbial clauses inserted after
    the subject (`alle Beiträge, die gemeldet wurden, sollten geprüft werden`); None when
    the segment has none."""
    k = start + 1
    while k < end:
        text = sent.toks[k].text
        if text == "," and not sent.in_quote[k]:
            nxt = inserted_clause_end(sent, k)
            if nxt < 0 or nxt >= end:
                return None
            k = nxt
            continue
        if text in ";:–" and not sent.in_quote[k]:
            return None
        if sent.is_finite(k):
            return k
        k += 1
    return None
