"""Attributions across sentences: colon frames, frameless quotes and free indirect speech.

* A frame ending in a colon (`NIS fügte hinzu:`) takes the next sentence as its content.
* A quotation without a frame continues the last speaker (`„...“, sagte X. „...“`).
* Free indirect speech: sentences right after an attributed one that are in Konjunktiv
  (`Die Lage sei ernst.`; after a paragraph break only Konjunktiv I) continue it
  (``IndirectFreeIndirect``; a Konjunktiv I clause after `;`/`,`: free_clauses); `soll`-reports
  (`Dort sollen drei Hallen abgebrannt sein.`) are hearsay of the last source (``FreeIndirect``).
  Without a frame before, a Konjunktiv sentence (also `So hätten Bauern ...`) reports the named
  subject of the sentence before, or the document it places itself in (`In einer Analyse des X
  wird ... gesehen.`); a `soll` sentence after a speech act without content (`X äußerte sich zu
  den Plänen.`) its subject; an inserted frame (`– so X –`) names the source of its sentence.
"""

from __future__ import annotations

from .anaphoric_frames import (
    DENIALS,
    TELLING,
    add_back_frames,
    impersonal_speaker,
    lead_start,
    object_contents,
    published_danach,
)
from .attribution import WIE_PUBLISHED, colon_quotes, quoted_name, sentence_attributions
from .foreign_contents import drop_contrasted
from .frames import FREE_KINDS, Attr, Sentence
from .free_clauses import fronted_reported, reported_clauses
from .free_sources import (
    CARRY,
    adjacent,
    agentless_passive,
    behind_adverb,
    claimed_perfect,
    hearsay_continuation,
    hearsay_speech_act,
    indicative_main,
    konjunktiv_wish,
    last_speaker,
    later_paragraph_source,
    prepositional_frame,
    previous_speech_subject,
    previous_subject,
    pronoun_back_to,
    reported_frame,
    soll_main,
    soll_reach,
    speakerless_frame,
    unnamed_frame,
    unrelative,
)
from .interrupted_reports import reframed
from .main_subjects import main_subject
from .mood import free_kind, reported_mood
from .passive_evaluations import passive_evaluations
from .quote_echo_frames import add_colon_paragraph_frames, add_echo_frames, add_verbless_leads
from .speech_acts import inserted_frame, previous_document
from .text import Unit


def article_attributions(
    sents: list[Sentence], units: list[Unit], content: list[bool]
) -> list[Attr]:
    """All attributions of an article, in text order (``content[i]``: unit i is analysed)."""
    per_unit: list[list[Attr]] = []
    late: list[Attr] = []
    for i, (sent, ok) in enumerate(zip(sents, content, strict=True)):
        attrs = sentence_attributions(sent) if ok and sent.toks else []
        # record-only speech acts (`Attr.aside`) take no part in the discourse readings below
        late.extend(a for a in attrs if a.aside)
        attrs = drop_contrasted(sent, [a for a in attrs if not a.aside]) if attrs else []
        attrs = reframed(sent, attrs) if ok else attrs  # `Die Kritik: …`, `X, sagte Y, sei …`
        if ok and not attrs and i + 1 < len(sents) and _starts_with_quote(sents[i + 1]):
            # `Der Text lautete:` + a quotation in the next sentence
            for a in colon_quotes(sent, attrs, pending=True):
                a.kind = "Pending"
                attrs.append(a)
        if ok and not attrs and i > 0 and content[i - 1] and sents[i - 1].toks:
            # `X veröffentlichte einen Bericht. Danach ist ...`
            pointed = published_danach(sent, sents[i - 1])
            attrs = [pointed] if pointed is not None else []
        per_unit.append(_prefer_trailing_frames(attrs))
    object_contents(sents, per_unit)
    add_back_frames(sents, per_unit, content)
    add_echo_frames(sents, per_unit, content)  # `„…“ So äußerte sich X.`
    add_colon_paragraph_frames(sents, per_unit, content)  # `Darin heißt es:` + new paragraph
    _resolve_pending(sents, units, per_unit, content)
    add_verbless_leads(sents, per_unit, content)  # `Dazu der Sprecher: „…“`, `Sein Fazit: „…“`
    _verbless_colon_quotes(sents, per_unit, content)
    _quotes_of_speech_acts(sents, per_unit, content)
    _frameless_quotes(sents, per_unit, content)
    _free_indirect(sents, units, per_unit, content)
    reported_clauses(sents, units, per_unit, content, last_speaker)
    _frameless_quotes(sents, per_unit, content)  # quotations after free indirect speech
    passive_evaluations(sents, per_unit, content, last_speaker)  # `X wird als ... gelobt`
    _nested_free_quotes(sents, per_unit)
    found = [a for attrs in per_unit for a in attrs if a.parts]
    found.extend(a for a in late if not any(b.start < a.end and a.start < b.end for b in found))
    return found


def _prefer_trailing_frames(attrs: list[Attr]) -> list[Attr]:
    """`X äußerte sich: „...“, sagte er.`: of two frames of the same quotation the one after
    it (`sagte er`) is its frame, the colon clause before it only introduces it."""
    drop: list[Attr] = []
    for a in attrs:
        for b in attrs:
            if a is b or a.kind != "Direct" or b.kind != "Direct" or a.parts != b.parts:
                continue
            if a.parts and a.cue and b.cue and a.cue[-1][1] <= a.start and b.cue[0][0] >= a.end:
                drop.append(a)
    return [a for a in attrs if not any(a is d for d in drop)]


def _inner_quotes(sent: Sentence, attrs: list[Attr]) -> bool:
    """All of ``attrs`` are quoted words inside the sentence: none at its start, after a colon
    or a whole quoted sentence (`sagte X: „Wir bauen.“` has a frame of its own)."""
    return all(
        a.kind == "Direct"
        and any(q.start == a.start for q in sent.quotes)
        and _quoted_words(sent, a.start, a.end)
        for a in attrs
    )


def _quoted_words(sent: Sentence, start: int, end: int) -> bool:
    at = [k for k, t in enumerate(sent.toks) if start <= t.start < end]
    return (
        len(at) >= 3
        and at[0] > 0
        and sent.toks[at[0] - 1].text != ":"
        and sent.toks[at[-2]].text not in (".", "!", "?")
    )


def _second_source(
    told: list[Attr], sents: list[Sentence], per_unit: list[list[Attr]], j: int
) -> list[Attr]:
    """Claims of sentence ``j`` (before a back-pointing frame) that leave it to the frame: a
    speech act without content (`X will ... . Dies geht aus einer Meldung hervor.`: the frame
    sources the whole sentence) goes; a frame naming nobody (`Wie bekannt wurde, ... . Das
    berichteten Helfer.`) stays, the back-pointing frame its named source.  A verb frame whose
    subject only the speaker pass finds (`Unterdessen haben einige Abgeordnete angekündigt,
    ... . Dies äußerten X und Y.`) names its source: the sentence is no content of the frame."""
    if told and all(b.kind == "Reported" for b in told):
        for b in told:
            b.parts = []
        return []
    unnamed = all(b.kind != "Direct" and (b.impersonal or b.speaker is None) for b in told)
    if told and unnamed and unnamed_frame(sents, per_unit, j) is None:
        return []
    return told


def _starts_with_quote(sent: Sentence) -> bool:
    return bool(sent.toks and sent.quotes and sent.quotes[0].start == sent.toks[0].start)


def _resolve_pending(
    sents: list[Sentence], units: list[Unit], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    for i, attrs in enumerate(per_unit):
        for a in attrs:
            if a.kind == "Pending" and a.points_back:
                a.kind = "Indirect"
                prev = sents[i - 1] if i > 0 else None
                # attributions only kept for the record (a denial) leave the sentence free
                told = [b for b in per_unit[i - 1] if not b.record_only]
                if prev is None or not prev.toks or not content[i - 1]:
                    continue
                if impersonal_speaker(sents[i], a):
                    continue  # `Dies nennt man einen Aktiensplit.`: a naming, nobody's claim
                if a.cls in DENIALS:
                    # `Das wurde von der Polizei bestritten.`: a claim of the record only
                    a.record_only = True
                    told = []
                elif told and _inner_quotes(prev, told):
                    # `X will der Regierung „assistieren“. Das erklärte Y.`: the words quoted
                    # inside are Y's, partial quotes of the sentence Y is the source of
                    for b in told:
                        b.speaker, b.cue, b.cls, b.parent = a.speaker, list(a.cue), a.cls, a
                    a.mixed = True
                    told = []
                told = _second_source(told, sents, per_unit, i - 1)
                second = a.cls in TELLING and all(
                    prepositional_frame(prev, b) and b.parts for b in told
                )
                if told and second:
                    # `Laut N24 ist X festgenommen worden. Dies gab die Polizei bekannt.`: a
                    # second source of what the preposition's source reports (not an opinion
                    # on it: `Dies hält er für unwahrscheinlich.`)
                    a.parts = [p for b in told for p in b.parts]
                    continue
                if not told:
                    first = sents[lead_start(units, per_unit, content, sents, i)]
                    a.parts = [(first.toks[0].start, prev.span(0, prev.content_end())[1])]
                continue
            if a.kind != "Pending":
                continue
            a.kind = "Indirect"
            if i + 1 >= len(sents) or not content[i + 1] or per_unit[i + 1]:
                continue
            nxt = sents[i + 1]
            if not nxt.toks:
                continue
            q = nxt.quotes[0] if nxt.quotes else None
            if q is not None and q.start == nxt.toks[0].start:
                a.kind = "Direct"
                a.parts = [(q.start, q.end)]
            else:
                end = nxt.content_end()
                if end:
                    a.parts = [nxt.span(0, end)]
            a.unit = i + 1


#: adverbs of a verbless quotation frame (`Koppelin wörtlich: „...“`): the cue word
_VERBLESS_CUES = frozenset({"wörtlich", "sinngemäß", "zitat"})


def _verbless_colon_quotes(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    """`Innenministerin Muster: „...“`: a quotation after a colon whose lead-in has no verb
    but names someone is a direct quote of that name (the headline style of news)."""
    for i, sent in enumerate(sents):
        if not content[i]:
            continue
        for q in sent.quotes:
            if q.words < 3 or any(a.covers(q.start) for a in per_unit[i]):
                continue
            k = sent.index_at(q.start, 0)
            if k < 2 or sent.toks[k - 1].text != ":":
                continue
            lead = range(0, k - 1)
            if len(lead) > 12 or any(
                sent.in_quote[j] or sent.is_finite(j) or sent.toks[j].tag.startswith("V")
                for j in lead
            ):
                continue
            if not any(
                sent.toks[j].tag == "NE" or sent.lex.is_source_noun(sent.toks[j].text) for j in lead
            ):
                continue
            cue = [sent.span(j, j + 1) for j in lead if sent.lower[j] in _VERBLESS_CUES]
            end = k - 1
            while end > 1 and (
                sent.lower[end - 1] in _VERBLESS_CUES or sent.toks[end - 1].text == ","
            ):
                end -= 1
            per_unit[i].append(Attr("Direct", [(q.start, q.end)], cue, "say", sent.span(0, end), i))


def _quotes_of_speech_acts(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    """`X würdigte Y als „großen Künstler“`, `X nannte den Plan „fahrlässig“`: a sentence with no
    frame of its own whose main verb is a speech act (also one that evaluates rather than
    reports) attributes the quotations inside it to the verb's subject."""
    for i, sent in enumerate(sents):
        if not content[i] or per_unit[i] or not sent.quotes:
            continue
        quotes = [
            q
            for q in sent.quotes
            if q.start != sent.toks[0].start and not quoted_name(sent, q.start, q.end)
        ]
        if not quotes:
            continue
        for cue in sent.find_cues():
            v = cue.positions[0]
            if cue.kind == "prep" or cue.impersonal or not sent.is_finite(v) or sent.in_quote[v]:
                continue
            if cue.word in WIE_PUBLISHED:
                continue  # `veröffentlichte die Antwort, „…“`: the publisher did not say it
            speaker = sent.subject(v) or sent.subject_after(v)
            if speaker is None:
                continue
            cue_spans = [sent.span(p, p + 1) for p in cue.positions]
            for q in quotes:
                if not (speaker[0] <= q.start < speaker[1]):
                    attr = Attr("Direct", [(q.start, q.end)], cue_spans, cue.cls, speaker, i)
                    per_unit[i].append(attr)
            break


def _frameless_quotes(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    for i, sent in enumerate(sents):
        if not content[i]:
            continue
        for q in sent.quotes:
            near = per_unit[i] + (per_unit[i - 1] if i > 0 else [])
            if any(a.covers(q.start) for a in near):
                continue
            long_quote = q.words >= 4 or sent.toks[-1].end <= q.end + 1 and q.words >= 2
            if not long_quote or q.start != sent.toks[0].start:
                continue
            prev = last_speaker(per_unit, i + 1 if per_unit[i] else i)
            if not per_unit[i]:
                # `X kritisierte die Regierung. „...“`: the named subject right before speaks
                prev = previous_subject(sents, per_unit, content, i) or prev
            if prev is None or prev.speaker is None:
                continue
            cue = list(prev.cue)  # the quote goes on under the same frame (`sagte X. „...“`)
            per_unit[i].append(Attr("Direct", [(q.start, q.end)], cue, prev.cls, prev.speaker, i))


def _free_indirect(
    sents: list[Sentence], units: list[Unit], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    for i, sent in enumerate(sents):
        if not content[i] or not sent.toks or sent.toks[-1].text == "?":
            continue
        framed = bool(per_unit[i])
        if framed and not reported_frame(sent, per_unit[i], i):
            continue
        prev = unrelative(sents, last_speaker(per_unit, i))
        if (
            prev is not None
            and prev.speaker is None
            and prev.unit == i - 1
            and not agentless_passive(sents[i - 1], prev)
        ):
            # `X, der nach Y reiste, um ... aufzufordern, ...`: the frame in a clause has no
            # speaker; the named subject of its sentence speaks on (not the person a passive
            # frame tells of: `Der Ministerin wird vorgeworfen, ...` names no source)
            subject = main_subject(sents[i - 1])
            if subject is not None:
                lent = Attr("Subject", [], [], prev.cls, subject, i - 1)
                lent.source_cue = list(prev.cue)
                prev = lent
            else:
                # `X von der Initiative „Y“ sagte, ...`: a subject the frame rules missed
                prev = unnamed_frame(sents, per_unit, i - 1) or prev
        kind = None
        # a stretch of free indirect speech is as recent as its last sentence's paragraph
        if (
            prev is not None
            and prev.speaker is not None
            and units[i].paragraph - units[max(prev.unit, prev.tail)].paragraph <= 1
            and adjacent(per_unit, prev, i)
        ):
            kind = free_kind(sent) or fronted_reported(sent)  # `Da ..., sei es ...`
            if kind == "FreeIndirect" and hearsay_speech_act(sent):
                kind = None  # `X soll von einem „…“ gesprochen haben`: X's own speech act
            if (
                kind == "IndirectFreeIndirect"
                and units[i].paragraph != units[i - 1].paragraph
                and not reported_mood(sent)
            ):
                # after a paragraph break only the Konjunktiv I (or its plural stand-in) goes on
                # reporting; a Konjunktiv II there (`Das könnte ...`) is the article's voice
                kind = None
            if kind == "IndirectFreeIndirect" and not reported_mood(sent) and konjunktiv_wish(sent):
                kind = None
            if kind == "FreeIndirect" and indicative_main(sent):
                kind = None
            if kind == "FreeIndirect" and prev.cls in DENIALS:
                kind = None  # `Das wurde von X bestritten. Dabei sollen ...`: X alleges nothing
        if (
            kind is None
            and reported_mood(sent)
            and speakerless_frame(sents, per_unit, units, prev, i)
        ):
            # `Insbesondere wird kritisiert, dass ... . Außerdem werde ...`: Konjunktiv right
            # after a frame without a source goes on reporting it, without a speaker
            kind = "IndirectFreeIndirect"
        source = (
            previous_subject(sents, per_unit, content, i)
            or previous_document(sents, per_unit, content, i)
            if kind is None
            else None
        )
        if source is not None and reported_mood(sent):
            # a named subject right before outranks an earlier frame of the paragraph; a
            # pronoun there (`X kündigte ... an. Dabei verteidigte er ... . Außerdem wolle er
            # ...`) points back to that frame's speaker, who goes on speaking
            kind = "IndirectFreeIndirect"
            if not pronoun_back_to(sents, units, source, prev, i):
                prev = source
        if kind is None and reported_mood(sent):
            # Konjunktiv I (`Die Lage sei ernst.`) marks reported speech on its own, also
            # some sentences after the last frame: it continues the last source
            prev = last_speaker(per_unit, i, len(sents))
            kind = (
                "IndirectFreeIndirect"
                if prev is not None
                and prev.speaker
                and units[i].paragraph == units[max(prev.unit, prev.tail)].paragraph
                else None
            )
            later = (
                later_paragraph_source(sents, units, per_unit, content, prev, i, CARRY)
                if kind is None and not framed and prev is not None and prev.speaker
                else None
            )
            if later is None and kind is None and not framed:
                later = hearsay_continuation(sents, per_unit, content, prev, i)
            if later is not None:
                # `Nach Angaben der Polizei ... .` + paragraph break + `Dort seien ...`; `Dabei
                # starb X.` + `Das Fahrzeug sei ...`: an earlier paragraph's source goes on
                kind, prev = "IndirectFreeIndirect", later
        if kind is None and soll_main(sent) and not hearsay_speech_act(sent):
            # a `soll` sentence later in the paragraph of the last frame goes on reporting it,
            # with at most one sentence in the article's voice between them (none after a
            # speech act without content: `X kündigte eine Reform an.`, two after a stretch
            # of `soll` reports)
            near = last_speaker(per_unit, i)
            if (
                near is not None
                and near.speaker is not None
                and near.cls not in DENIALS
                and units[i].paragraph == units[max(near.unit, near.tail)].paragraph
                and max(near.unit, near.tail) >= i - soll_reach(near)
            ):
                kind, prev = "FreeIndirect", near
            else:
                # `X äußerte sich zu den Plänen. Der Start soll im Herbst stattfinden.`: the
                # named subject of a speech act right before is the source of the hearsay
                spoke = previous_speech_subject(sents, per_unit, content, i)
                if spoke is not None and units[i].paragraph - units[i - 1].paragraph <= 1:
                    kind, prev = "FreeIndirect", spoke
        if kind is None and not framed and (claimant := claimed_perfect(sent)) is not None:
            # `Zeugen wollen einen Kombi gesehen haben.`: the subject's own unconfirmed claim
            per_unit[i].append(
                Attr("FreeIndirect", [sent.span(0, len(sent.toks))], [], "allege", claimant, i)
            )
            continue
        inserted = inserted_frame(sent)
        if inserted is not None and (kind is not None or reported_mood(sent)):
            # `Die Lage – so der Minister – sei ernst.`, `..., wie sich X ausdrückte, ...`: the
            # inserted frame names the source of its own sentence
            if framed:
                per_unit[i].clear()
            speaker, cue = inserted
            cls = prev.cls if prev is not None else "say"
            per_unit[i].append(
                Attr(kind or "Indirect", [sent.span(0, len(sent.toks))], [cue], cls, speaker, i)
            )
            continue
        if kind is None or prev is None:
            continue
        if framed:
            per_unit[i].clear()  # the reported frame is part of the free indirect speech
        span = sent.span(0, len(sent.toks))
        if (
            prev.kind == kind
            and max(prev.unit, prev.tail) == i - 1
            and units[i].paragraph - units[max(prev.unit, prev.tail)].paragraph <= 1
        ):
            # consecutive free indirect sentences form one stretch of reported speech
            prev.parts[-1] = (prev.parts[-1][0], span[1])
            prev.tail = i
        else:
            behind = behind_adverb(sents, per_unit, prev)
            free = Attr(kind, [span], [], prev.cls, behind, i)
            free.source_cue = list(prev.cue or prev.frame_cue or prev.source_cue)
            per_unit[i].append(free)


def _nested_free_quotes(sents: list[Sentence], per_unit: list[list[Attr]]) -> None:
    """Quotations inside free indirect speech (`Der Rücktritt sei ein „natürlicher Vorgang“.`)
    are direct quotes of the same speaker, nested in it like mixed indirect speech."""
    for attrs in per_unit:
        for a in list(attrs):
            if a.kind not in FREE_KINDS or not a.parts:
                continue
            for j in range(a.unit, max(a.unit, a.tail) + 1):
                sent = sents[j]
                for q in sent.quotes:
                    inside = a.start <= q.start and q.end <= a.end
                    if not inside or q.words < 1 or quoted_name(sent, q.start, q.end):
                        continue
                    nested = Attr(
                        "Direct", [(q.start, q.end)], list(a.source_cue), a.cls, a.speaker, j
                    )
                    nested.parent = a
                    a.mixed = True
                    attrs.append(nested)
