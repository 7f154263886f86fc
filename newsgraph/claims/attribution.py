"""Turning the cues of one sentence into attributions (content, cue, speaker, form).

Rules, in order of a cue's position in its sentence:

* trailing frame (`..., sagte X.`, `..., berichtete Yonhap zuvor.`, `..., so X.`, `..., wie X
  mitteilte.`): the content is everything before the comma;
* leading frame with a complement (`X sagte, dass ...`, `X sagte: „...“`, `Wie X mitteilte,
  ...`): the content is the complement, up to a trailing frame of its own;
* prepositional frame anywhere (`laut X`, `nach Angaben von X`, `X zufolge`): the content is
  the rest of the sentence, possibly in two parts around the frame;
* a speech verb with a subject but no complement (`X forderte den Rücktritt.`): reported
  speech; the whole sentence is the content (the german_news_quotes convention).

A complement that is a quotation makes the attribution ``Direct``; quotations inside an indirect
content become nested ``Direct`` attributions of the same speaker (mixed quotes).
"""

from __future__ import annotations

from .clauses import (
    COORD,
    agent_frame,
    coordinated_predicate,
    cut_trailing,
    end_at_main_clause,
    make_attr,
    quote_starting_at,
    reported_extent,
    second_predicate,
    span_between,
    trim,
    whole_quote_before,
    zu_clause,
    zu_clause_end,
)
from .complements import (
    _is_complement,
    coordinated_main_clause,
    extraposed_infinitive,
    has_clause,
    quotes_after_complements,
    relative_after_frame,
)
from .cue_extent import foreign_particle
from .frame_shapes import (
    _after_relative_clause,
    _document_source,
    _english_adverb_trimmed,
    _english_complement,
    _english_trailing_subject,
    _has_frame_before,
    _in_relative_clause,
    _main_clause_before,
    _negated,
    _passive,
    _passive_agent,
    _perfect_demand,
    _quote_before_clause,
    _second_conjunct,
    _source_from,
    _subject_with_relative_clause,
    _subordinate,
    _subordinate_start,
    _wie_position,
    nearer_frame,
    wie_comparison,
)
from .frames import Attr, Cue, Sentence, Span2
from .prepositional import impersonal_attr, prepositional_attr, wie_frame_parts
from .quoted_terms import (
    colon_quotes,
    evaluation_quote,
    evaluation_quotes,
    nested_quotes,
    quoted_name,
)
from .speech_acts import (
    ambiguous_subject,
    displaced_speech_act,
    first_conjunct_act,
    negated_frame,
    role_vorfeld,
)
from .text import CLOSING, OPENING

_BACK_POINTERS = frozenset({"das", "dies", "dieses", "this", "that"})
#: cue classes that make a speech act without a complement clause (reported speech)
_REPORTED_CLASSES = frozenset({"say", "report", "demand", "allege", "deny", "announce", "opinion"})


def sentence_attributions(sent: Sentence) -> list[Attr]:
    cues = sent.find_cues()
    attrs: list[Attr] = []
    for cue in cues:
        attr = _attr_for(sent, cue, cues)
        if attr is not None:
            attrs.append(attr)
    attrs.extend(quotes_after_complements(sent, attrs))
    attrs.extend(colon_quotes(sent, attrs))
    unique: list[Attr] = []
    displaced: list[Attr] = []
    for a in attrs:  # one claim per content: the first frame wins, unless a later one is nearer
        twin = next((k for k, b in enumerate(unique) if b.parts == a.parts and b.parts), None)
        if twin is None:
            unique.append(a)
        elif nearer_frame(sent, unique[twin], a):
            # `X bezeichnete den Aufruf als Fehler und forderte dazu auf, ...`: the complement
            # after the comma belongs to the verb right before it
            if a.speaker is None:
                a.speaker = unique[twin].speaker
            act = displaced_speech_act(sent, unique[twin], cues, _frame_attr)
            displaced.extend([act] if act is not None else [])
            unique[twin] = a
    attrs = unique + displaced
    if not attrs:
        return attrs
    # at most one reported-speech reading per sentence, and none next to a real frame
    framed = [a for a in attrs if a.kind != "Reported"]
    reported = [a for a in attrs if a.kind == "Reported"]
    attrs = framed if framed else reported[:1]
    for rep in reported[1:] if not framed else ():
        # `Während X von 4.000 sprach, sprach Y von 10.000`: speech acts set side by side
        if rep.parts and not any(a.start < rep.end and rep.start < a.end for a in attrs):
            attrs.append(rep)
    for rep in reported if not framed else ():
        if rep.conjunct:  # alone in its sentence, the speech act is all of it
            rep.parts = [(sent.toks[0].start, rep.end)]
            rep.conjunct = False
    for rep in reported:
        # `X teilte mit, dass ..., und warnte vor ...`: a speech act of its own conjunct
        if rep.conjunct and rep not in attrs and not any(a.covers(rep.start) for a in attrs):
            attrs.append(rep)
    for rep in reported if framed else ():
        if rep in attrs:
            continue
        # `Laut Yonhap wies der NIS die Berichte zurück`: a speech act reported inside another
        # claim's content is a claim of its own, reported through the outer one
        cue_at = (rep.frame_cue or [(-1, -1)])[0][0]
        outer = next((a for a in framed if a.covers(cue_at)), None)
        if outer is not None:
            rep.parts = list(outer.parts)
            rep.record_only = True
            attrs.append(rep)
        elif first_conjunct_act(sent, rep, framed):
            attrs.append(rep)  # `X rief zur Ruhe auf und kündigte an, ...`: both are claims
        else:
            # `X nannte den Plan „fahrlässig“ und erklärte, ...`: the quotation of a speech
            # act beside a framed claim is still the speaker's words
            attrs.extend(evaluation_quotes(sent, rep, framed))
    if not framed and reported and sent.quotes:
        # `X bezeichnete das Abkommen als „transparent“`: the quotation is the attributed part
        quoted = evaluation_quotes(sent, reported[0], [])
        if quoted:
            return quoted
    for a in attrs:
        # `X sagte, es gebe einen Vorwurf, wonach ...`: the `wonach` clause is part of X's
        # content; its own claim stays in the record (reported through X's), not in the layer
        cue_at = a.cue[0][0] if a.cue else -1
        word = next(
            (w for w, t in zip(sent.lower, sent.toks, strict=True) if t.start == cue_at), ""
        )
        if word == "wonach" and any(b is not a and b.covers(cue_at) for b in attrs):
            a.record_only = True
    for k in range(1, len(attrs)):
        if attrs[k].speaker is None:
            head = attrs[k].cue[0][0] if attrs[k].cue else -1
            idx = sent.index_at(head, 0)
            if idx > 0 and sent.lower[idx - 1] in COORD:
                attrs[k].speaker = attrs[k - 1].speaker
    return nested_quotes(sent, attrs)


def _trailing(sent: Sentence, i: int) -> bool:
    """The cue at ``i`` opens a trailing frame (`..., sagte X` / `„...“ sagte X`)."""
    if i == 0:
        return False
    prev = sent.toks[i - 1].text
    if prev in CLOSING:
        end = sent.toks[i - 1].end
        quote = next((q for q in sent.quotes if q.end == end), None)
        if quote is not None and quote.words <= 3 and quoted_name(sent, quote.start, quote.end):
            return False  # `„BBC News“ berichtet, dass ...`: a quoted name is the subject
    return prev == "," or (prev in CLOSING and sent.name_quote_start(i - 1) is None)


def _cue_parts(sent: Sentence, cue: Cue) -> list[int]:
    positions = list(cue.positions)
    first = positions[0]
    if cue.kind == "verb" and len(positions) == 1 and not sent.is_finite(first):
        # participle or infinitive: the finite auxiliary belongs to the cue (`hatte erklärt`)
        start = sent.clause_start(first)
        for j in range(first - 1, start - 1, -1):
            if sent.lower[j] in sent.lex.aux or (sent.toks[j].tag in ("VAFIN", "VMFIN")):
                positions.insert(0, j)
                break
    return positions


def _attr_for(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    if cue.kind == "verb" and foreign_particle(sent, cue.positions):
        return None  # `forderte die Nationalgarde an`: anfordern, not fordern
    attr = _frame_attr(sent, cue, cues)
    if (
        attr is not None
        and attr.kind in ("Indirect", "Direct")
        and cue.kind == "verb"
        and negated_frame(sent, cue, attr)
    ):
        # `Ein Sprecher wollte nicht bestätigen, dass ...`: nobody claims the content (the
        # same convention as a negated reported speech act: a record claim only)
        attr.record_only = True
    if attr is not None and attr.kind == "Indirect" and len(attr.parts) == 1 and attr.cue:
        end_at_main_clause(sent, attr)
    return attr


def _frame_attr(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    toks = sent.toks
    ce = sent.content_end()
    pos = _cue_parts(sent, cue)
    head = pos[0]
    last = cue.positions[-1]
    cue_spans = [sent.span(p, p + 1) for p in pos]
    # `wie X mitteilte` frames
    wie = _wie_position(sent, head)
    if wie is not None and cue.word in ("nennen", "bezeichnen"):
        return None  # `„Uncle Ted“, wie er genannt wurde`: a name, not a report
    if wie is not None and wie_comparison(sent, wie, head):
        return None  # `so beeindruckend, wie niemand erwartet hatte`, `wie geplant`
    if wie is not None:
        speaker = span_between(sent, wie + 1, head)
        if cue.word == "verlauten":
            speaker = _source_from(sent, wie + 1, head) or speaker
        cue_spans.insert(0, sent.span(wie, wie + 1))
        clause_end = sent.clause_end(last + 1)
        if wie > 0 and toks[wie - 1].text == ",":
            parts = wie_frame_parts(sent, wie, clause_end, cues)
        else:
            parts = [trim(sent, clause_end + 1, cut_trailing(sent, clause_end + 1, ce, cues))]
        return make_attr(sent, "Indirect", parts, cue_spans, cue, speaker)
    if cue.kind == "prep":
        return prepositional_attr(sent, cue, cues)
    if cue.kind == "verb" and not sent.is_finite(head) and _in_relative_clause(sent, head):
        return None  # `X, dessen Rücktritt gefordert wird, griff ...`: no frame of this sentence
    if cue.impersonal:
        return impersonal_attr(sent, cue, cues, cue_spans)
    if sent.lex.language == "en" and cue.complement and sent.is_finite(head):
        first = _english_trailing_subject(sent, head, ce)
        if first is not None:  # `..., the ministry said.`
            speaker = sent.span(first, head)
            quote = whole_quote_before(sent, first - 1)
            if quote is not None:
                return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
            return make_attr(sent, "Indirect", [trim(sent, 0, first - 1)], cue_spans, cue, speaker)
    if (
        cue.complement
        and head >= 3
        and sent.lower[head - 1] in _BACK_POINTERS
        and toks[head - 2].text == ","
        and sent.is_finite(head)
        and _main_clause_before(sent, head - 1)
    ):
        # `Die Kamera ist ausgefallen, das teilte das Institut mit.`: the clause before the
        # comma is the content, `das` points back to it
        speaker = sent.subject_after(head)
        if speaker is not None:
            content = [trim(sent, 0, head - 2)]
            return make_attr(sent, "Indirect", content, cue_spans, cue, speaker)
    if (
        cue.complement
        and head >= 3
        and sent.lower[head - 1] == "so"
        and toks[head - 2].text == ","
        and sent.is_finite(head)
    ):
        # `In zehn Jahren, so schätzen die Forscher, soll die Arbeit fertig sein`: a frame
        # interrupting its content
        speaker = sent.subject_after(head)
        after = sent.clause_end(last + 1)
        if (
            speaker is not None
            and after < ce - 1
            and toks[after].text == ","
            and not _subordinate_start(sent, after + 1)  # `, so lautet der Titel, die ...`
        ):
            parts = [trim(sent, 0, head - 2), trim(sent, after + 1, ce)]
            spans = [sent.span(head - 1, head), *cue_spans]
            return make_attr(sent, "Indirect", parts, spans, cue, speaker)
        if speaker is not None and after >= ce and _main_clause_before(sent, head - 1):
            # `Der Flug käme einer Folter gleich, so bestätigt das Gericht.`: a trailing frame
            spans = [sent.span(head - 1, head), *cue_spans]
            quote = whole_quote_before(sent, head - 2)
            if quote is not None:
                return make_attr(sent, "Direct", [quote], spans, cue, speaker)
            return make_attr(sent, "Indirect", [trim(sent, 0, head - 2)], spans, cue, speaker)
    trailing = (
        cue.complement
        and _trailing(sent, head)
        and sent.is_finite(head)
        and sent.subject_before(head) is None
        and _main_clause_before(sent, head)
        and (sent.subject_after(head) is not None or not _has_frame_before(sent, head, cues))
    )
    relative = (
        _subject_with_relative_clause(sent, head)
        if head > 0 and sent.toks[head - 1].text == ","
        else None
    )
    if relative is not None or (head > 0 and _after_relative_clause(sent, head)):
        trailing = False  # `Deiss, der sich ... entschlossen hatte, sagte ...`
    predicate2 = second_predicate(sent, head) and any(
        c.kind == "verb" and c.positions[0] < head - 1 for c in cues
    )
    if predicate2:
        trailing = False  # `X wollte sich nicht festlegen, sagte aber, ...`
    if trailing:
        speaker = sent.subject_after(head)
        content_end = head - 1
        quote = whole_quote_before(sent, content_end)
        if quote is not None:
            parts = [quote]
            after = sent.clause_end(last + 1)
            # interrupted quote: `„A“, sagte X, „B“`
            if (
                after < len(toks) - 1
                and toks[after].text == ","
                and toks[after + 1].text in OPENING
            ):
                second = quote_starting_at(sent, after + 1)
                if second is not None:
                    parts.append(second)
            return make_attr(sent, "Direct", parts, cue_spans, cue, speaker)
        return make_attr(sent, "Indirect", [trim(sent, 0, content_end)], cue_spans, cue, speaker)
    # leading frame: subject and complement
    finite = head
    if finite == 1 and sent.lower[0] in _BACK_POINTERS:
        speaker = sent.subject_after(finite)  # `Dies gab X bekannt`: `Dies` is the object
    else:
        speaker = sent.subject(finite) or relative
    coordinated = finite > 0 and sent.lower[finite - 1] in COORD or predicate2
    if speaker is None and not coordinated:
        speaker = sent.subject_after(finite)
    if speaker is None and coordinated:
        # `X spielte die Idee herunter und ist der Meinung, ...`: the first clause's subject
        # or of the finite verb before `und`: `biss der Randalierer den Fluggast und rief`
        prev = next((k for k in range(finite - 2, 0, -1) if sent.is_finite(k)), None)
        if prev is not None and sent.clause_start(finite) <= prev:
            speaker = sent.subject_before(prev) or sent.subject_after(prev)
        if speaker is None:
            np_end = sent.np_end(0, finite)
            if np_end > 0 and sent.lower[0] not in sent.lex.clause_openers:
                speaker = sent.span(0, np_end)
    if sent.lex.language == "en" and speaker is not None:
        speaker = _english_adverb_trimmed(sent, speaker)
    if cue.word == "verlauten" and speaker is None:
        # `Aus Militärkreisen verlautete, ...`: the source is the `aus` phrase
        speaker = _source_from(sent, sent.clause_start(head), sent.clause_end(last + 1))
    document: Span2 | None = None
    if cue.kind == "verb" and cue.word != "zitieren" and _passive(sent, pos, cue):
        # `X wurde vorgeworfen, ...`: X is the addressee; the speaker is the agent (`von Y`)
        speaker = _passive_agent(sent, pos[0], last)
        document = None if speaker is not None else _document_source(sent, pos[0], last)
    clause_end = sent.clause_end(max(last, finite) + 1)
    if speaker is not None:
        while clause_end < len(toks) and toks[clause_end].start < speaker[1]:
            clause_end = sent.clause_end(clause_end + 1)
    quote = _quote_before_clause(sent, finite, speaker)
    if quote is not None and cue.complement:
        # `„...“, the police said` / `„...“, X sagte`: subject-first frame after the quote
        return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
    if cue.complement and clause_end < ce and toks[clause_end].text in ",:":
        comp_start = clause_end + 1
        comp_end = cut_trailing(sent, comp_start, ce, cues)
        if comp_start < comp_end and not second_predicate(sent, comp_start):
            quote = quote_starting_at(sent, comp_start)
            if quote is not None and quote[1] >= sent.toks[comp_end - 1].end - 1:
                return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
            colon = next(
                (
                    k
                    for k in range(comp_start, comp_end)
                    if toks[k].text == ":" and not sent.in_quote[k]
                ),
                None,
            )
            quote = quote_starting_at(sent, colon + 1) if colon is not None else None
            if (
                quote is not None
                and colon is not None
                and colon - comp_start >= 3
                and toks[clause_end].text == ","
                and not any(toks[k].text == "(" for k in range(comp_start, colon))
                and _is_complement(sent, comp_start, colon, clause_end)
            ):
                # `Er glaubt, dass das Team gestärkt sei: „…“`: the complement is indirect
                # speech, the quotation after the colon a direct quote of the same frame
                comp_end, quote = colon, None
            if quote is not None and quote[1] >= sent.toks[comp_end - 1].end - 1:
                # `heißt es zur Begründung, warum ...: „...“`: the quotation after the colon
                return make_attr(sent, "Direct", [quote], cue_spans, cue, speaker)
            if (
                (toks[clause_end].text == ":" and has_clause(sent, comp_start, comp_end))
                or _is_complement(sent, comp_start, comp_end, clause_end)
                or (cue.cls in ("announce", "demand") and zu_clause(sent, comp_start, comp_end))
            ):
                if cue.kind == "verb" and toks[clause_end].text == ",":
                    comp_end = coordinated_predicate(sent, comp_start, comp_end)
                    comp_end = coordinated_main_clause(sent, comp_start, comp_end)
                dash = zu_clause_end(sent, comp_start, comp_end)
                if (
                    dash < comp_end
                    and toks[dash].text in "–—"
                    and zu_clause(sent, comp_start, comp_end)
                ):
                    comp_end = dash  # `..., ihre Häuser zu verlassen – die Hälfte davon ...`
                return make_attr(
                    sent, "Indirect", [trim(sent, comp_start, comp_end)], cue_spans, cue, speaker
                )
    if cue.complement and cue.kind == "verb":
        span = extraposed_infinitive(sent, last, clause_end)
        if span is not None:
            return make_attr(sent, "Indirect", [trim(sent, *span)], cue_spans, cue, speaker)
    if sent.lex.language == "en" and cue.complement and speaker is not None:
        comp = _english_complement(sent, max(last, finite) + 1, speaker, ce)
        if comp is not None:
            return make_attr(
                sent,
                "Indirect",
                [trim(sent, comp, cut_trailing(sent, comp, ce, cues))],
                cue_spans,
                cue,
                speaker,
            )
    if clause_end >= ce - 1 and toks[-1].text == ":" and speaker is not None:
        # the content is the next sentence (see discourse)
        return Attr("Pending", [], list(cue_spans), cue.cls, speaker, sent.index)
    if head == 1 and sent.lower[0] in _BACK_POINTERS and speaker is not None and cue.kind != "prep":
        # `Das berichtete X.`, `Dies bestätigte X.`: the claim is the sentence before
        attr = Attr("Pending", [], list(cue_spans), cue.cls, speaker, sent.index)
        attr.points_back = True
        return attr
    if speaker is None and cue.kind == "verb" and _passive(sent, pos, cue):
        # `X wird im Bericht als „extrem“ bezeichnet`: the quoted evaluation is someone's
        # words even without an agent
        quoted = evaluation_quote(sent, pos, cue, cue_spans)
        if quoted is not None:
            return quoted
    agent = _passive(sent, pos, cue) and agent_frame(sent, pos, cue, speaker)
    if document is not None and speaker is None:
        # `X wird im Bericht als problematisch bezeichnet`: the document is the source
        speaker, agent = document, True
    relative_span = relative_after_frame(sent, head, last, cues) if speaker else None
    if relative_span is not None:  # `sprach von einem Täter, der sich … gesprengt habe`
        return make_attr(sent, "Indirect", [relative_span], cue_spans, cue, speaker)
    contrast = _contrast_clause(sent, head)
    if contrast is not None and not agent:
        # the subject follows the subordinator (`während die Bangkok Post von … sprach`)
        np_end = sent.np_end(contrast[0] + 1, head)
        speaker = sent.span(contrast[0] + 1, np_end) if np_end > contrast[0] + 1 else None
    # the words a verb needs follow a verb in second place, precede a verb at the clause end
    needs_from = contrast[0] if contrast is not None else last + 1
    if (
        cue.cls in _REPORTED_CLASSES
        and cue.reported
        and speaker is not None
        # `hat ... kritisiert`: perfect and passive are background more often than a reported
        # speech act in news, unless a passive names its agent (`wurde von X kritisiert`)
        and (
            sent.is_finite(cue.positions[0])
            or agent
            or _perfect_demand(sent, pos, cue, speaker)
            # `hatte den Bericht als „falsch“ zurückgewiesen`: a quoted evaluation is reported
            or (not _passive(sent, pos, cue) and evaluation_quote(sent, pos, cue, []) is not None)
        )
        and not sent.is_subjunctive(head)  # `…, und propagiere Ideen`: inside indirect speech
        and not sent.in_quote[head]
        and (
            not _subordinate(sent, head)
            or role_vorfeld(sent, head)  # `Als Grund nannte`
            or contrast is not None
        )
        and (not _passive(sent, pos, cue) or agent)
        and (not cue.needs or any(w in cue.needs for w in sent.lower[needs_from:clause_end]))
        and not any(w in cue.unless for w in sent.lower[:clause_end])
        # `Australien schickte Helfer und will weitere schicken`: an intention added to a
        # reported action is the article's narrative, not an announcement
        and not (cue.word == "wollen" and _second_conjunct(sent, head))
        and not _question(sent)
        and not (cue.word == "erinnern" and not _names_speaker(sent, speaker))
        and not _impersonal_naming(sent, cue, head, clause_end)
    ):
        first, stop = reported_extent(sent, head, max(last, head), cues)
        if contrast is not None:
            first, stop = contrast
        elif sent.lower[first] in _CONTRAST and head > first + 2 and toks[head - 1].text == ",":
            first = head  # `Während X …, sprach Y von …` (`während` tagged as a preposition)
        conjunct = coordinated and not sent.in_quote[head - 1]
        if conjunct:
            first = head - 1  # `„...“, schrieben die Hacker und kündigten Aktionen an`
        rep = make_attr(sent, "Reported", [sent.span(first, stop)], [], cue, speaker, cue_spans)
        if rep is not None:
            rep.conjunct = conjunct
        if rep is not None and (
            rep.speaker is None
            or (not agent and contrast is None and _object_speaker(sent, rep.speaker, head))
        ):
            # `Rosinenbomber nannte man ...`: no one in particular reports anything; `Viele
            # warnten vor den Gefahren`: an object is no speaker
            return None
        if rep is not None and (cue.cls == "deny" or _negated(sent, head, clause_end)):
            # `X wies die Vorwürfe zurück`: a denial is a claim of the record, but the
            # german_news_quotes scheme does not count a bare denial as reported speech, nor
            # a speech act that did not happen (`X gab die Zahl nicht bekannt`); both still
            # name the source of the free indirect speech after them
            rep.record_only = True
        return rep
    return None


#: verbs that give something a name; with `man` as subject they state a usage, not a claim
_NAMING = frozenset({"nennen", "bezeichnen"})


#: subordinators of a clause set against the main clause (`Während X von 4.000 sprach, ...`)
_CONTRAST = frozenset({"während", "wohingegen"})


def _contrast_clause(sent: Sentence, head: int) -> tuple[int, int] | None:
    """Tokens ``[first, stop)`` of the contrastive clause the finite verb at ``head`` ends
    (`während die EU-Staaten den Vorstoß begrüßten`): a speech act set against another one is a
    claim of its own, the clause from its subordinator to its end (with the final stop)."""
    start = sent.clause_start(head)
    if start >= head or sent.lower[start] not in _CONTRAST or sent.in_quote[start]:
        return None
    end = sent.clause_end(head)
    after = sent.toks[head + 1].text if head + 1 < end else ""
    if end != head + 1 and not (
        (end == head + 2 and sent.toks[head + 1].tag == "PTKVZ")
        or (after == "(" and sent.toks[end - 1].text == ")")  # `sprach (…), sprach …`
    ):
        return None  # the verb must close its clause (verb-final order)
    if end == len(sent.toks) - 1 and sent.toks[end].text in ".!":
        end += 1
    return start, end


def _names_speaker(sent: Sentence, span: Span2 | None) -> bool:
    """The phrase names someone who can speak: a name, a noun of a source (`Sprecher`,
    `Regierung`) or a personal pronoun; `Die Rufe erinnerten an …` (they resembled) names none."""
    if span is None:
        return False
    return any(
        t.tag in ("NE", "PPER") or sent.lex.is_source_noun(t.text)
        for t in sent.toks
        if span[0] <= t.start and t.end <= span[1]
    )


def _question(sent: Sentence) -> bool:
    """The sentence asks (`Glauben Sie, das dient nur dazu …?`): a question reports no speech act."""
    k = len(sent.toks) - 1
    while k > 0 and sent.toks[k].text in CLOSING:
        k -= 1
    return sent.toks[k].text == "?" and not sent.in_quote[k]


def _impersonal_naming(sent: Sentence, cue: Cue, head: int, clause_end: int) -> bool:
    """`Rosinenbomber nannte man Flugzeuge, die …`: a naming with the impersonal `man` as its
    subject (right after the finite verb) describes a usage; the fronted noun is its object."""
    return cue.word in _NAMING and head + 1 < clause_end and sent.lower[head + 1] == "man"


def _object_speaker(sent: Sentence, span: Span2, head: int) -> bool:
    """The speaker phrase found for the verb at ``head`` is an object (by preposition or case)."""
    k = sent.index_at(span[0], 0)
    if k > head and sent.toks[k].tag == "ART" and sent.toks[k].feat("Case") in ("Acc", "Dat"):
        # `rufen die Beschäftigten zu Streiks auf`: an object after the verb
        return not ambiguous_subject(sent, k, head)
    return k > 0 and sent.toks[k - 1].tag in ("APPR", "APPRART")


__all__ = ["colon_quotes", "quoted_name", "sentence_attributions"]
