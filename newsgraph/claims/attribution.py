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
    coordinated_predicate,
    cue_parts,
    cut_trailing,
    end_at_main_clause,
    example_wie,
    make_attr,
    needs_met,
    quote_starting_at,
    span_between,
    trim,
    unasserted_content,
    whole_quote_before,
    zu_clause,
    zu_clause_end,
)
from .complement_limits import (
    complement_start,
    document_sourced,
    konjunktiv_clause,
    reported_frames_inside,
)
from .complements import (
    _is_complement,
    coordinated_adjective_before,
    coordinated_main_clause,
    extraposed_infinitive,
    has_clause,
    linked_main_clause,
    quotes_after_complements,
)
from .cue_extent import foreign_particle
from .direct_quotes import quoted_clause_before
from .frame_shapes import (
    _after_relative_clause,
    _document_source,
    _has_frame_before,
    _in_relative_clause,
    _main_clause_before,
    _passive,
    _quote_before_clause,
    _source_from,
    _subject_with_relative_clause,
    _subordinate_start,
    dass_after,
    nearer_frame,
    noun_frame_vorfeld,
    origin_phrase,
    relative_pronoun_subject,
    trailing_frame,
)
from .frames import NOUN_FRAME, Attr, Cue, Sentence, Span2
from .implicit_frames import object_quotes, subject_view_clauses, unsourced_noun_attr
from .learned_sources import medium_learned
from .passive_agents import agent_in_clause, passive_phrase_agent
from .passive_wie_frames import passive_wie_speaker
from .prepositional import impersonal_attr, prepositional_attr, wie_frame_parts
from .quoted_terms import (
    colon_quotes,
    evaluation_quote,
    evaluation_quotes,
    nested_quotes,
    quoted_name,
)
from .reported_checks import reason_complement, reported_attr
from .second_predicates import second_predicate, shared_subject_conjunct
from .speech_acts import (
    displaced_speech_act,
    first_conjunct_act,
    negated_frame,
)
from .text import OPENING
from .token_view import DEMONSTRATIVES, PASSIVE_FINITE
from .wie_frames import wie_comparison, wie_position


def sentence_attributions(sent: Sentence) -> list[Attr]:
    cues = sent.find_cues()
    attrs: list[Attr] = []
    unsourced: list[Attr] = []
    for cue in cues:
        attr = _attr_for(sent, cue, cues)
        if attr is not None:
            attrs.append(attr)
            noun = sent.toks[cue.positions[0]].start
            if (
                cue.word == NOUN_FRAME
                and attr.speaker
                and attr.speaker[0] <= noun < attr.speaker[1]
            ):
                unsourced.append(attr)  # the noun is its own speaker
    for a in unsourced:
        if any(b.covers(a.start) for b in attrs if b.kind != "Reported" and b not in unsourced):
            a.record_only = True
    # speech acts of the record only (`Attr.aside`) compete with no other reading
    aside = [a for a in attrs if a.aside]
    attrs = [a for a in attrs if not a.aside]
    attrs.extend(quotes_after_complements(sent, attrs))
    attrs.extend(colon_quotes(sent, attrs))
    attrs.extend(subject_view_clauses(sent, attrs))
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
        return aside
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
    attrs.extend(object_quotes(sent, attrs))
    reported_frames_inside(sent, attrs)
    attrs = [a for a in attrs if not unasserted_content(sent, a)]
    # the article's reading (:func:`.discourse.article_attributions`) keeps those of ``aside``
    # that overlap no other attribution
    return nested_quotes(sent, attrs) + aside


#: verbs of publishing: a frame as a `wie` insertion (`Wie die Zeitung veröffentlichte, …`) or
#: pointing back (`Diese Zahlen veröffentlichte X.`), not with an object or complement after it
WIE_PUBLISHED = frozenset({"veröffentlichen"})
#: verbs that frame a report only as a `wie` insertion with their `aus` source (`wie die Agentur
#: AFP aus Militärkreisen erfuhr, …`)
_WIE_ONLY = frozenset({"erfahren"})


def _attr_for(sent: Sentence, cue: Cue, cues: list[Cue]) -> Attr | None:
    if cue.kind == "verb" and foreign_particle(sent, cue.positions):
        return None  # `forderte die Nationalgarde an`: anfordern, not fordern
    if cue.kind == "verb" and sent.modal_passive(cue.positions[0]):
        return None  # `Es ist davon auszugehen, dass …`: what must be assumed, nobody's claim
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
    pos = cue_parts(sent, cue)
    head = pos[0]
    last = cue.positions[-1]
    cue_spans = [sent.span(p, p + 1) for p in pos]
    # `wie X mitteilte` frames
    wie = wie_position(sent, head)
    if cue.word in _WIE_ONLY and (wie is None or medium_learned(sent, wie, head) is None):
        return None  # `Er erfuhr, dass …`, `Wie der Spieler aus Brasilien erfuhr`: no report
    if cue.word in WIE_PUBLISHED and wie is None:
        return None  # `veröffentlichte einen Bericht, …`: only `Wie X veröffentlichte, …` frames
    if wie is not None and cue.word in ("nennen", "bezeichnen"):
        return None  # `„Uncle Ted“, wie er genannt wurde`: a name, not a report
    if wie is not None and (wie_comparison(sent, wie, head) or example_wie(sent, wie, head)):
        return None  # `so beeindruckend, wie niemand erwartet hatte`, `wie geplant`
    if (
        wie is not None
        and not needs_met(sent, cue, wie, sent.clause_end(head))
    ):
        return None  # `Mandarin, wie es die Festlandschinesen sprechen`: not `sprach von`
    if wie is not None:
        speaker = span_between(sent, wie + 1, head)
        if cue.word == "verlauten":
            speaker = _source_from(sent, wie + 1, head) or speaker
        elif cue.word == "ergeben":  # `Wie sich aus der Auswertung ergab, ...`
            speaker = origin_phrase(sent, wie + 1, head) or speaker
        elif cue.word == "hervorgehen":  # `wie aus ihrer am Freitag veröffentlichten X hervorgeht`
            speaker = origin_phrase(sent, wie + 1, head, attributed=True) or speaker
        speaker = passive_wie_speaker(sent, wie, head, cue.word, speaker)  # `wie X gesagt wird`
        cue_spans.insert(0, sent.span(wie, wie + 1))
        clause_end = sent.clause_end(last + 1)
        if wie > 0 and toks[wie - 1].text == ",":
            parts = wie_frame_parts(sent, wie, clause_end, cues)
            after = clause_end + 1
            if (
                clause_end < ce - 2
                and toks[clause_end].text == ","
                and konjunktiv_clause(sent, after, ce)
                and not any(sent.is_subjunctive(k) for k in range(0, wie) if not sent.in_quote[k])
            ):
                # `In einem Notruf war der Fahrer zu hören, wie er angab, er denke, ...`: the
                # Konjunktiv clause after the insertion is what was said, not the clause before
                parts = [trim(sent, after, cut_trailing(sent, after, ce, cues))]
        else:
            parts = [trim(sent, clause_end + 1, cut_trailing(sent, clause_end + 1, ce, cues))]
        return make_attr(sent, "Indirect", parts, cue_spans, cue, speaker)
    if cue.kind == "prep":
        attr = prepositional_attr(sent, cue, cues)
        if attr is None and cue.word == NOUN_FRAME:
            attr = unsourced_noun_attr(sent, cue, cues)  # `Ursprüngliche Pläne, ... zu ...`
        return attr
    if cue.kind == "verb" and not sent.is_finite(head) and _in_relative_clause(sent, head):
        return None  # `X, dessen Rücktritt gefordert wird, griff ...`: no frame of this sentence
    if cue.kind == "verb" and sent.lower[sent.clause_start(head)] == "wer":
        return None  # `Wer ehrlich rechne, komme …`: a clause of anyone who does, no speaker
    if cue.impersonal:  # (`eine Erklärung, in der es heißt, ...`: the document as source)
        return document_sourced(sent, head, impersonal_attr(sent, cue, cues, cue_spans))
    if (
        cue.complement
        and head >= 3
        and sent.lower[head - 1] in DEMONSTRATIVES
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
        and trailing_frame(sent, head)
        # `…, drohe ein Streik`: a verb that needs a word (`drohte mit`) frames only with it
        and needs_met(sent, cue, head, sent.clause_end(head))
        and not dass_after(sent, last)  # `…, kommt X zu dem Ergebnis, dass …`: it follows
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
    if (
        relative is not None or (head > 0 and _after_relative_clause(sent, head))
    ) and not quoted_clause_before(sent, head):
        trailing = False  # `Deiss, der sich ... entschlossen hatte, sagte ...`
    predicate2 = second_predicate(sent, head) and any(
        c.kind == "verb" and c.positions[0] < head - 1 for c in cues
    )
    if predicate2:
        trailing = False  # `X wollte sich nicht festlegen, sagte aber, ...`
    if trailing and shared_subject_conjunct(sent, head):
        trailing = False  # `Die Polizei prüft die Hinweise, befürchtet aber weitere Tote`
    if trailing and cue.cls != "deny" and noun_frame_vorfeld(sent, head, cues):
        trailing = False  # `Seine Einlassung, er habe …, nannte X …`: the noun's content
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
    if finite == 1 and sent.lower[0] in DEMONSTRATIVES:
        speaker = sent.subject_after(finite)  # `Dies gab X bekannt`: `Dies` is the object
    else:
        speaker = sent.subject(finite) or relative or relative_pronoun_subject(sent, finite)
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
    if cue.word == "verlauten" and speaker is None:
        # `Aus Militärkreisen verlautete, ...`: the source is the `aus` phrase
        speaker = _source_from(sent, sent.clause_start(head), sent.clause_end(last + 1))
    document: Span2 | None = None
    if cue.kind == "verb" and cue.word != "zitieren" and _passive(sent, pos, cue):
        # `X wurde vorgeworfen, ...`: X is the addressee; the speaker is the agent (`von Y`)
        speaker = agent_in_clause(sent, pos[0], last)
        document = None if speaker is not None else _document_source(sent, pos[0], last)
    elif cue.kind == "phrase" and sent.lower[pos[0]] in PASSIVE_FINITE and toks[last].tag == "VVPP":
        speaker = passive_phrase_agent(sent, list(cue.positions))  # `wurde der Schluss gezogen`
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
        if toks[clause_end].text == "," and comp_start < comp_end:
            comp_start = complement_start(sent, comp_start, comp_end)
        if (
            comp_start < comp_end
            and not second_predicate(sent, comp_start)
            and not coordinated_adjective_before(sent, head, clause_end)
            # `stufte … ein, und das Hilfswerk rief …`: a second main clause is no content
            and not linked_main_clause(sent, clause_end + 1, comp_end)
            # `Was das Gericht schildert, lässt sich … auffassen`: the frame's content is `was`
            and sent.lower[sent.clause_start(head)] != "was"
        ):
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
                or reason_complement(sent, head, clause_end, comp_start, comp_end)
                or (cue.cls in ("announce", "demand") and zu_clause(sent, comp_start, comp_end))
            ):
                if cue.kind in ("verb", "phrase") and toks[clause_end].text == ",":
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
    if clause_end >= ce - 1 and toks[-1].text == ":" and speaker is not None:
        # the content is the next sentence (see discourse)
        return Attr("Pending", [], list(cue_spans), cue.cls, speaker, sent.index)
    if head == 1 and sent.lower[0] in DEMONSTRATIVES and speaker is not None and cue.kind != "prep":
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
    return reported_attr(
        sent, cue, cues, pos, head, last, clause_end, speaker, document, cue_spans, coordinated
    )


__all__ = ["WIE_PUBLISHED", "colon_quotes", "quoted_name", "sentence_attributions"]
