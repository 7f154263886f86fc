"""Prepositional, impersonal and nominal frames: `laut X`, `X zufolge`, `nach Angaben von X`,
`so X`, `wonach`, `demnach`, `heißt es (in X)`, `die Forderung des X, ...`; the content that
goes on after an inserted `wie X sagt` (`..., die, wie er sagt, ...`)."""

from __future__ import annotations

from .clauses import (
    SUBORDINATORS,
    cut_trailing,
    main_clause_resumes,
    make_attr,
    quote_starting_at,
    span_between,
    trim,
    whole_quote_before,
)
from .complement_limits import noun_phrase_content
from .frame_shapes import rest_after_frame, rest_after_insertion
from .frames import NOUN_FRAME, Attr, Cue, Sentence, Span2
from .phrase_ends import time_adverbial_end
from .source_clauses import enclosing_clause
from .source_phrase_limits import attributed_source, parenthesis_attr, quoted_title_start
from .source_phrases import relative_source, trailing_source_end, vorfeld_source, vorfeld_verb
from .speaker_spans import refine_span
from .speech_acts import has_finite, opens_subclause, role_vorfeld, so_attr, verb_final_end


def prepositional_attr(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    toks = sent.toks
    ce = sent.content_end()
    p = cue.positions[0]
    cue_spans = [sent.span(q, q + 1) for q in cue.positions]
    word = cue.word
    if (paren := parenthesis_attr(sent, cue, cue_spans)) is not None:
        return paren  # `Die Brücke ist marode (laut Stadtverwaltung).`
    if word == NOUN_FRAME:
        return nominal_attr(sent, cue, cues)
    if word in ("zufolge",):
        j = p
        while j > 0 and not sent.is_boundary(j - 1) and not sent.is_finite(j - 1):
            j -= 1
        # `..., das seiner Meinung nach ...`: relative pronouns and adverbs are not the source
        while (
            j < p - 1
            and (
                sent.toks[j].pos in ("PRON", "SCONJ", "CCONJ", "ADV")
                or sent.lower[j] in SUBORDINATORS
            )
            and sent.lower[j] not in sent.lex.np_inner - {"der", "die", "das"}
        ):
            j += 1
        inner = j > 0 or sent.toks[j].pos == "ADP"  # not a Vorfeld source (`Den X in Y zufolge`)
        if inner and j < p - 1 and sent.np_end(j, p) < p:
            # `nimmt die Organisation Schätzungen zufolge ...`: the source is the noun phrase
            # that ends at `zufolge`, not the subject before it
            j = next((k for k in range(j + 1, p) if sent.np_end(k, p) == p), j)
        speaker: Span2 | None = sent.span(j := quoted_title_start(sent, j, p), p)  # `der „X“`
        frame = (j, cue.positions[-1] + 1)  # (`zu Folge`: two words)
        if j == p - 1 and j > 0 and sent.toks[j - 1].text == "," and _relative_pronoun(sent, j):
            # `..., denen zufolge X ...`: the pronoun stands for the source, the relative
            # clause after `zufolge` is the content
            end = verb_final_end(sent, frame[1], ce) if frame[1] < ce else ce
            parts1 = [trim(sent, frame[1], min(end, cut_trailing(sent, frame[1], ce, cues)))]
            return make_attr(sent, "Indirect", parts1, cue_spans, cue, speaker)
    elif word in ("demnach", "wonach", "danach"):
        # `Demnach ...`: the adverb itself points back to the source (resolved like a pronoun)
        speaker = sent.span(p, p + 1) if word != "wonach" else None
        if word == "wonach" and p > 1 and toks[p - 1].text == ",":
            k = sent.clause_start(p - 1)
            end = sent.np_end(k, p - 1)
            # the noun phrase right before the comma, or the subject of a clause ending in its
            # verb (`X meldete, wonach …`); not the object of an infinitive (`den Bären
            # einzufangen, wonach …`: the `wonach` clause goes on the infinitive's)
            closed = toks[p - 2].tag in ("VVFIN", "VAFIN", "VVPP")
            speaker = sent.span(k, end) if end > k and (end == p - 1 or closed) else None
        if word == "wonach":
            # `Spekulationen, wonach X ..., konnte der Minister nicht bestätigen`: the clause
            # of `wonach` ends where the main clause resumes with its finite verb
            end = main_clause_resumes(sent, p, cut_trailing(sent, p + 1, ce, cues))
            parts = [trim(sent, p + 1, end)]
            return make_attr(sent, "Indirect", parts, cue_spans, cue, speaker)
        frame = (p, p + 1)
    elif relative_source(sent, p):
        # `Gerüchte, nach denen er krank sei`: the relative pronoun stands for the source
        parts = [trim(sent, p + 2, cut_trailing(sent, p + 2, ce, cues))]
        return make_attr(sent, "Indirect", parts, cue_spans, cue, sent.span(p + 1, p + 2))
    else:
        first = cue.positions[-1] + 1
        speaker = attributed_source(sent, first, sent.np_after(first))  # `laut einer am … Studie`
        # German V2: a frame opening the sentence fills the whole Vorfeld, the content starts
        # at the finite verb (`Laut einer am Dienstag veröffentlichten Mitteilung wurden ...`)
        opening = p == 0 or (sent.toks[p - 1].text in ":;(" and not sent.in_quote[p - 1])
        verb = vorfeld_verb(sent, first) if opening and word != "so" else None
        if verb is not None and verb[1] and (speaker is None or _np_goes_on(sent, speaker)):
            # `Nach Angaben der Gruppe Ärzte ohne Grenzen`, `Nach Meinung vieler Experten und
            # Fans`: the noun-phrase reader stopped inside the source
            speaker = vorfeld_source(sent, first, verb[0]) or speaker
        if speaker is None and word == "so" and trailing_source_end(sent, first) > first:
            speaker = sent.span(first, trailing_source_end(sent, first))  # `..., so letztere.`
        if speaker is None:
            return None
        if verb is None and word != "so":
            # the source phrase inside a clause ends where the speaker rules end it (`laut BBC
            # britische Staatsbürger`: the object follows); an attribute may belong to it
            speaker = refine_span(sent, speaker, []) or speaker
        end = first
        while end < len(toks) and toks[end].start < speaker[1]:
            end += 1
        if verb is not None and verb[1] and verb[0] > end and _attribute_phrase(sent, end):
            # `Nach einer Studie im Magazin „Nature“ haben`: the attribute is part of the source
            speaker = vorfeld_source(sent, first, verb[0]) or speaker
        if verb is not None and verb[0] >= end:
            end = verb[0]
        frame = (p, end)
        if word == "so":
            return so_attr(sent, cue, cues, cue_spans, speaker, end)
    first = sent.index_at(speaker[0], frame[0]) if word == "zufolge" and speaker else frame[0]
    inside = noun_phrase_content(sent, first, frame[1], ce)  # `seinen laut X geringen Spuren`
    if inside is not None:
        return make_attr(sent, "Indirect", [inside], cue_spans, cue, speaker)
    start, stop, sub = enclosing_clause(sent, frame[0], frame[1], ce)
    if p > 0 and sent.toks[p - 1].text in ":(":
        start = p  # `...: Nach Meinung von X werden ...`, `(nach anderen Angaben ...)`
        if sent.toks[p - 1].text == "(":
            stop = next((k for k in range(frame[1], stop) if sent.toks[k].text == ")"), stop)
    before = trim(sent, start, frame[0]) if frame[0] > start else None
    after = None
    if frame[1] < ce:
        after = trim(sent, frame[1], min(stop, cut_trailing(sent, frame[1], ce, cues)))
    parts = [x for x in (before, after) if x is not None]
    if (
        len(parts) == 1
        and parts[0] == before
        and whole_quote_before(sent, frame[0] - 1) is not None
    ):
        return make_attr(sent, "Direct", parts, cue_spans, cue, speaker)
    attr = make_attr(sent, "Indirect", list(parts), cue_spans, cue, speaker)
    if attr is not None and sub and sent.lower[start] in ("dass", "ob"):
        # `wurde angekündigt, dass nach vorläufigen Berechnungen ...`: a source inside another
        # frame's complement is reported through that claim (record only)
        attr.record_only = True
    return attr


#: tags after a source phrase that open an adverbial of the clause, not more of the source
_ADVERBIAL_TAGS = frozenset({"APPR", "APPRART", "ADV", "ADJD", "PAV", "PROAV", "PTKNEG", "CARD"})


def _np_goes_on(sent: Sentence, speaker: Span2) -> bool:
    """The word after the noun phrase ``speaker`` continues it (a conjunction, a genitive
    determiner, a lower-case name part, `ohne` of a name) rather than opening an adverbial
    (`Laut Polizei aus Sicherheitsgründen`, `Nach Angaben der Stadt bereits`)."""
    k = next((x for x, t in enumerate(sent.toks) if t.start >= speaker[1]), None)
    if k is None or sent.in_quote[k] or not sent.is_word(k):
        return False
    if sent.lower[k] == "ohne":
        return True
    return bool(sent.toks[k].tag) and sent.toks[k].tag not in _ADVERBIAL_TAGS


def _attribute_phrase(sent: Sentence, i: int) -> bool:
    """A prepositional attribute of the source starts at ``i`` (`im Magazin`, `in der Zeitung`,
    `von spanischen Händlern`), not an adverbial without article (`aus Sicherheitsgründen`)."""
    if i + 1 >= len(sent.toks):
        return False
    low, nxt = sent.lower[i], sent.lower[i + 1]
    if low in ("im", "vom", "beim"):
        return True
    return low in ("in", "von", "aus", "bei") and (
        nxt in sent.lex.np_inner or not sent.toks[i + 1].text[:1].isupper()
    )


def _relative_pronoun(sent: Sentence, k: int) -> bool:
    """`denen`/`dem`/`der` at ``k`` is a relative pronoun before `zufolge` (not `der Polizei
    zufolge`: an article before its noun)."""
    if sent.lower[k] not in ("denen", "dem", "der", "welchen", "welchem", "welcher"):
        return False
    return not sent.toks[k].tag or sent.toks[k].tag in ("PRELS", "PDS", "PWS")


def impersonal_attr(
    sent: Sentence, cue: Cue, cues: list[Cue], cue_spans: list[Span2]
) -> Attr | None:
    """`heißt es in der Meldung, dass ...` / `..., hieß es.` / `In X heißt es: „...“`."""
    toks = sent.toks
    ce = sent.content_end()
    head, last = cue.positions[0], cue.positions[-1]
    speaker: Span2 | None = None
    start = sent.clause_start(head)
    if start < head and sent.lower[start] in ("in", "im", "bei", "auf", "aus"):
        speaker = span_between(sent, start + 1, head)
    elif head == start + 1 and sent.lower[start] in ("darin", "hierin"):
        # `Darin heißt es, …`: the adverb points back to the text named before (like `Demnach`)
        speaker = sent.span(start, head)
    after = last + 1
    while after < len(toks) and not sent.in_quote[after]:
        # `hieß es am Nachmittag in einer Erklärung`, `heißt es dazu in der Mitteilung`
        if toks[after].tag in ("ADV", "PROAV", "PAV"):
            if sent.lower[after] in ("darin", "hierin") and speaker is None:
                speaker = sent.span(after, after + 1)  # `…, heißt es darin`: like `Darin heißt es`
            after += 1
        elif (time := time_adverbial_end(sent, after)) is not None:
            after = time
        else:
            break
    if after < len(toks) and sent.lower[after] in ("in", "im", "bei", "auf", "aus"):
        speaker = sent.np_after(after + 1) or speaker
    pp_first = head > 0 and sent.lower[0] in ("in", "im") and toks[head - 1].text == ","
    if pp_first and after < ce and toks[after].text in ",:":
        # `In dem Bericht, der am Montag erschien, heißt es (am Abend), ...`: the comma closes a
        # relative clause of the source phrase; the content follows the cue
        comma = next(k for k in range(head) if toks[k].text == ",")
        speaker = span_between(sent, 1, comma) or speaker
    elif head > 0 and (toks[head - 1].text == "," or _so_after_comma(sent, head - 1)):
        # trailing `..., hieß es.` / `..., so heißt es in der Erklärung.`
        comma = head - 1 if toks[head - 1].text == "," else head - 2
        quote = whole_quote_before(sent, comma)
        if quote is not None:
            return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
        if _clause_before_frame(sent, comma):
            # `Der Minister will, so heißt es, zurücktreten.`: the clause goes on after it
            parts = [trim(sent, 0, comma), rest_after_frame(sent, comma, last, cues)]
            return make_attr(sent, "Indirect", parts, cue_spans, cue, speaker)
        # `Erst nachdem ..., wurde bekannt, dass ...`: a fronted adverbial clause or a subject
        # with an apposition (`X, von Beruf Y, wurde bekannt`) is not the content
    clause_end = sent.clause_end(last + 1)
    if speaker is not None:
        while clause_end < len(toks) and toks[clause_end].start < speaker[1]:
            clause_end = sent.clause_end(clause_end + 1)
    if cue.complement and clause_end < ce and toks[clause_end].text in ",:":
        quote = quote_starting_at(sent, clause_end + 1)
        if quote is not None:
            return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
        if toks[clause_end].text == "," and not _impersonal_complement(sent, head, clause_end + 1):
            return None
        if "rede" in (sent.lower[k] for k in cue.positions) and not _dass_ob(sent, clause_end + 1):
            return None  # `war von 25 Verletzten die Rede, damals ...`: the `von` phrase is said
        end = cut_trailing(sent, clause_end + 1, ce, cues)
        return make_attr(
            sent, "Indirect", [trim(sent, clause_end + 1, end)], cue_spans, cue, speaker
        )
    return None


#: conjunctions of adverbial clauses (`weil`, `nachdem`): what follows them was not said
_ADVERBIAL_CONJ = frozenset(
    ["weil", "da", "als", "nachdem", "obwohl", "wenn", "bevor", "sobald", "seit", "seitdem"]
    + ["während", "damit", "falls", "indem", "um", "ohne"]
)


def _adverbial_at(sent: Sentence, k: int) -> bool:
    """An adverbial conjunction at ``k`` (tagged KOUS/KOUI where the tagger ran)."""
    if sent.lower[k] not in _ADVERBIAL_CONJ or sent.in_quote[k]:
        return False
    tag = sent.toks[k].tag
    return not tag or tag in ("KOUS", "KOUI")


def _clause_before_frame(sent: Sentence, comma: int) -> bool:
    """The text before a trailing impersonal frame (`..., hieß es`) is a statement: it has a
    finite verb and does not open with an adverbial conjunction (`Erst nachdem ...`)."""
    if any(_adverbial_at(sent, k) for k in range(min(2, comma))):
        return False
    return any(sent.is_finite(k) for k in range(comma))


def _impersonal_complement(sent: Sentence, head: int, first: int) -> bool:
    """After the comma of an impersonal frame, a complement of what became known or was said:
    a `dass`/`ob`/w-clause, or a main clause after a frame that is itself a main clause or a
    `wie` insertion (`heißt es, die Lage sei ernst`, `Wie bekannt wurde, sind ...`).  Not an
    adverbial clause (`Der Fall wurde bekannt, weil ...`), nor what follows a relative or
    adverbial clause ending in the frame (`der durch die Serie bekannt wurde, ...`)."""
    if first >= len(sent.toks) or _adverbial_at(sent, first):
        return False
    low, tag = sent.lower[first], sent.toks[first].tag
    if low in ("dass", "ob") or tag in ("PWS", "PWAV", "PWAT"):
        return True
    start = sent.clause_start(head)
    opener, otag = sent.lower[start], sent.toks[start].tag
    if opener == "wie" or role_vorfeld(sent, head):
        return True  # `Als Begründung heißt es, …`: `als` names a role, the frame is main
    return not (otag in ("PRELS", "PRELAT", "KOUS") or opener in _ADVERBIAL_CONJ)


def _dass_ob(sent: Sentence, k: int) -> bool:
    return k < len(sent.toks) and sent.lower[k] in ("dass", "ob")


def _so_after_comma(sent: Sentence, k: int) -> bool:
    return k > 0 and sent.lower[k] == "so" and sent.toks[k - 1].text == ","


def nominal_attr(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    """`die Forderung des Verbands, die Gebühren zu senken`: a speech-act noun framing a
    complement.  The content is the complement up to where the sentence's own clause goes on
    (`Trotz der Warnung der Wärter, nicht zu fliehen, brachen ...`); the source is the genitive
    or `von` phrase after the noun or the possessive before it (`seine Forderung`)."""
    p = cue.positions[0]
    comma = sent.frame_noun_comma(p)
    if comma < 0:
        return None
    ce = sent.content_end()
    start = comma + 1
    end = cut_trailing(sent, start, ce, cues)
    for k in range(start + 1, end - 1):
        if sent.toks[k].text == "," and not sent.in_quote[k] and not _content_goes_on(sent, k):
            end = k  # `..., zu schießen, kann ...`: the clause of the noun resumes
            break
    src_start, src_end = sent.frame_noun_source(p)
    speaker: Span2 | None = sent.span(src_start, src_end) if src_end > src_start else None
    if speaker is None and p > 0 and sent.toks[p - 1].tag == "PPOSAT":
        speaker = sent.span(p - 1, p)  # `seine Warnung, ...`: resolved like a pronoun
    verb = -1
    if speaker is None:
        speaker, verb = support_verb_source(sent, p, comma)
    if speaker is None:
        return None  # `mit dem Argument, ...`, `in der Hoffnung, ...`: mostly no one's speech
    first = p - 1 if p > 0 and sent.toks[p - 1].tag in ("ART", "PPOSAT", "PDAT") else p
    quote = quote_starting_at(sent, start)
    cue_spans = [sent.span(first, p + 1)]
    if verb >= 0 and verb == first - 1:
        cue_spans = [sent.span(verb, p + 1)]  # `erteilten den Befehl`
    elif verb >= 0:
        cue_spans.insert(0, sent.span(verb, verb + 1))
    if quote is not None and quote[1] >= sent.toks[end - 1].end - 1:
        return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
    return make_attr(sent, "Indirect", [trim(sent, start, end)], cue_spans, cue, speaker)


def _content_goes_on(sent: Sentence, comma: int) -> bool:
    """The clause after ``comma`` still belongs to a nominal frame's complement: a relative or
    subordinate clause, a `dass` clause, or a clause in Konjunktiv (`die Aussage, es gebe
    Fehler, die Zahlen seien falsch`); not the rest of the noun's own clause (`..., gefunden`,
    `..., mit den Worten entgegen`, `..., kann ...`)."""
    first = comma + 1
    if first >= len(sent.toks) or sent.in_quote[first]:
        return True
    if opens_subclause(sent, first) or sent.lower[first] in ("dass", "ob", "und", "oder"):
        return True
    stop = sent.clause_end(first)
    return any(sent.is_finite(k) and sent.is_subjunctive(k) for k in range(first, stop))


def inserted_wie_after(sent: Sentence, wie: int, close: int, cues: list[Cue]) -> Span2 | None:
    """The content after an inserted `wie X sagt` between commas (commas at ``wie - 1`` and
    ``close``) when the clause before is left open: a relative pronoun or subordinator before
    the frame (`die Behörde, die, wie er sagt, …`), complements without a verb (`verstoße, wie
    vom Gericht entschieden, gegen …`) or the right bracket (`will, wie er sagte, gehen`)."""
    ce = sent.content_end()
    if close + 1 >= ce or sent.toks[close].text != "," or sent.in_quote[close] or wie < 2:
        return None
    end = cut_trailing(sent, close + 1, ce, cues)
    if opens_subclause(sent, wie - 2) and sent.toks[wie - 3].text == ",":
        return trim(sent, close + 1, verb_final_end(sent, close + 1, end))
    start = sent.clause_start(wie - 1)
    if has_finite(sent, start, wie - 1) and rest_after_insertion(sent, start, wie, close, end):
        if any(sent.toks[k].text in ",;:" for k in range(close + 1, end)):
            return None  # a list or a clause of its own, not the rest of the sentence
        return trim(sent, close + 1, end)
    return None


def wie_frame_parts(sent: Sentence, wie: int, close: int, cues: list[Cue]) -> list[Span2 | None]:
    """Content of a `wie X sagt` frame after a comma (the comma at ``wie - 1``, the frame's
    clause ending at ``close``): the text before it, from after the last semicolon outside
    quotations (`...; die Behörde, die, wie er sagt, ...`), and what goes on after an inserted
    frame (`inserted_wie_after`)."""
    first = next(
        (k + 1 for k in range(wie - 1, 0, -1) if sent.toks[k].text == ";" and not sent.in_quote[k]),
        0,
    )
    return [trim(sent, first, wie - 1), inserted_wie_after(sent, wie, close, cues)]


#: support verbs whose object noun names the subject's own speech act (`X gab den Befehl, ...`,
#: `X fasste den Beschluss, ...`, `X äußerte die Hoffnung, dass ...`, `X erhob den Vorwurf, ...`)
_SUPPORT_VERBS = frozenset(
    ("geben", "erteilen", "fassen", "äußern", "erheben", "aussprechen", "bekräftigen")
    + ("machen", "wiederholen", "bekunden", "verbreiten", "vorbringen", "richten")
)
_SUBJECT_PRONOUNS = frozenset(["er", "sie", "wir", "ich", "ihr"])


def support_verb_source(sent: Sentence, p: int, comma: int) -> tuple[Span2 | None, int]:
    """Source of a speech-act noun without a genitive or possessive: the subject of the support
    verb whose object it is (`Die Grünen fassten den Beschluss, ...`), or a `von` phrase that
    fills the Vorfeld (`Von der Polizei kam die Information, ...`).  A noun inside a prepositional
    phrase is nobody's speech act here (`Er kam mit dem Argument, ...`).  Also the support
    verb's index when it belongs to the cue (-1 otherwise)."""
    first = p - 1 if p > 0 and sent.toks[p - 1].tag in ("ART", "PDAT", "PIAT") else p
    if first > 0 and sent.toks[first - 1].tag in ("APPR", "APPRART"):
        return None, -1
    start = sent.clause_start(p)
    finite = next((k for k in range(start, p) if sent.is_finite(k) and not sent.in_quote[k]), None)
    if finite is None:
        return None, -1
    if sent.lower[start] in ("von", "vom") and start + 1 < finite:
        return vorfeld_source(sent, start + 1, finite), -1
    particle = next((sent.lower[k] for k in range(p + 1, comma) if sent.toks[k].tag == "PTKVZ"), "")
    lemmas = {
        (sent.toks[k].lemma or sent.lower[k]).lower()
        for k in range(finite, comma)
        if sent.toks[k].tag.startswith("V")
    }
    if not lemmas & _SUPPORT_VERBS and not {particle + lem for lem in lemmas} & _SUPPORT_VERBS:
        return None, -1
    subject = sent.subject(finite)
    if subject is None and finite + 1 < p and sent.lower[finite + 1] in _SUBJECT_PRONOUNS:
        subject = sent.span(finite + 1, finite + 2)  # `..., erteilten sie den Befehl, ...`
    return subject, finite if subject is not None else -1
