"""Reported speech: the claim of a speech act without a complement clause (`X forderte den
Rücktritt`, `X kündigte … an`), once the frame rules of :mod:`.attribution` found no content.

:func:`reported_attr` decides whether the verb makes a claim (its cue class and flags, tense,
passive with agent, main clause or a contrastive `während` clause, the words it needs, not a
question, not a naming with the impersonal `man`, a subject who can speak, no object taken for
the speaker) and gives its extent; a denial or a negated speech act is a record-only claim.
"""

from __future__ import annotations

from .clause_subjects import head_can_speak, second_predicate_subject
from .clauses import agent_frame, make_attr, needs_met, reported_extent
from .complement_limits import RELATIVE_FORMS
from .complements import relative_after_frame
from .frame_shapes import (
    _negated,
    _passive,
    _perfect_demand,
    _perfect_telling,
    _second_conjunct,
    _subordinate,
)
from .frames import Attr, Cue, Sentence, Span2
from .quoted_terms import evaluation_quote
from .reported_clauses import CONTRAST, clause_limits, contrast_clause
from .reported_subjects import (
    ambiguous_subject,
    subject_after_adverbial,
    subject_before_bare_object,
    vorfeld_name,
)
from .speech_acts import role_vorfeld
from .text import CLOSING

#: cue classes that make a speech act without a complement clause (reported speech)
_REPORTED_CLASSES = frozenset({"say", "report", "demand", "allege", "deny", "announce", "opinion"})

#: cue classes of verbs that give a reason (`Als Ursache wurde … genannt`); an opinion (`Als
#: Auslöser wird … angesehen`) is the article's summary of a common view
GIVING_CLASSES = frozenset({"say", "report"})

#: verbs that give something a name; with `man` as subject they state a usage, not a claim
_NAMING = frozenset({"nennen", "bezeichnen"})


def names_speaker(sent: Sentence, span: Span2 | None) -> bool:
    """The phrase names someone who can speak: a personal pronoun, or a head that
    :func:`.clause_subjects.head_can_speak` accepts (a name, a noun of a source: `Sprecher`,
    `Regierung`); `Die Rufe erinnerten an …` (they resembled) names none."""
    if span is None:
        return False
    words = sent.indices_in(*span)
    return bool(words) and (
        any(sent.toks[k].tag == "PPER" for k in words) or head_can_speak(sent, words)
    )


def is_question(sent: Sentence) -> bool:
    """The sentence asks (`Glauben Sie, das dient nur dazu …?`): a question reports no speech act."""
    k = len(sent.toks) - 1
    while k > 0 and sent.toks[k].text in CLOSING:
        k -= 1
    return sent.toks[k].text == "?" and not sent.in_quote[k]


def impersonal_naming(sent: Sentence, cue: Cue, head: int, clause_end: int) -> bool:
    """`Rosinenbomber nannte man Flugzeuge, die …`: a naming with the impersonal `man` as its
    subject (right after the finite verb) describes a usage; the fronted noun is its object."""
    return cue.word in _NAMING and head + 1 < clause_end and sent.lower[head + 1] == "man"


def object_speaker(sent: Sentence, span: Span2, head: int) -> bool:
    """The speaker phrase found for the verb at ``head`` is an object (by preposition or case)."""
    k = sent.index_at(span[0], 0)
    if k == head + 1 and role_vorfeld(sent, head):
        return False  # `Als Grund gab die Behörde die Sicherheit an`: the subject comes first
    if k > head and sent.toks[k].tag == "ART" and sent.toks[k].feat("Case") in ("Acc", "Dat"):
        # `rufen die Beschäftigten zu Streiks auf`: an object after the verb
        return not ambiguous_subject(sent, k, head)
    if k > head and _object_after_subject(sent, span, head):
        return True
    return k > 0 and sent.toks[k - 1].tag in ("APPR", "APPRART")


def _object_after_subject(sent: Sentence, span: Span2, head: int) -> bool:
    """The phrase after the finite verb at ``head`` is its accusative object when the Vorfeld
    holds the subject (`Der Hacker gab Details über den Prozess bekannt`: `Details`, not a
    speaker): its head is a common noun tagged accusative and not a noun of a source, and a
    noun or personal pronoun before the verb is tagged nominative."""
    words = sent.indices_in(*span)
    noun = next((j for j in words if sent.toks[j].tag in ("NN", "NE")), None)
    if noun is None or sent.toks[noun].tag != "NN" or sent.toks[noun].feat("Case") != "Acc":
        return False
    if sent.lex.is_source_noun(sent.toks[noun].text):
        return False
    return any(
        sent.toks[j].tag in ("NN", "NE", "PPER") and sent.toks[j].feat("Case") == "Nom"
        for j in range(sent.clause_start(head), head)
        if not sent.in_quote[j]
    )


#: indicative finite forms of `haben`, the auxiliary of a perfect-tense speech act
_HAT = frozenset({"hat", "haben", "hatte", "hatten"})


def perfect_act(sent: Sentence, pos: list[int], cue: Cue) -> bool:
    """`Der Minister hat seinen Rücktritt angekündigt`: a speech verb's participle with an
    indicative `haben` auxiliary before it (``pos`` holds the auxiliary and the cue words), the
    participle closing the auxiliary's clause; not a passive, not a Konjunktiv auxiliary
    (`habe … angekündigt` sits inside someone's indirect speech), not an opinion verb (`hat
    … damit gemeint`: meant, not opined)."""
    if cue.cls == "opinion" or len(pos) != len(cue.positions) + 1 or sent.lower[pos[0]] not in _HAT:
        return False
    last = cue.positions[-1]
    return (
        not sent.is_finite(cue.positions[0])
        # a participle, not a modal infinitive (`hatte Positives zu vermelden`)
        and (
            sent.toks[last].tag == "VVPP"
            or any(m.kind == "participle" for m in sent.lex.verb_matches(sent.lower[last]))
        )
        and sent.lower[last - 1] != "zu"
        and sent.clause_end(last) == last + 1
        and sent.clause_start(last) <= pos[0]
    )


_WERDEN = frozenset({"wird", "werden", "wurde", "wurden", "worden"})


def _active_finite(sent: Sentence, k: int) -> bool:
    """The verb at ``k`` is finite and active: not a participle the tagger read as finite after
    `als` (`stärker als erwartet`) or closing a clause with a form of `werden` (`Als Redner
    werden X und Y erwartet`)."""
    if not sent.is_finite(k) or (k > 0 and sent.lower[k - 1] in ("als", "wie")):
        return False
    if any(sent.is_finite(j) for j in range(sent.clause_start(k), k)):
        return False  # `hat den … verurteilten Schweizer begnadigt`: an attribute read as finite
    if sent.clause_end(k) != k + 1:
        return True  # a finite verb in second place
    # a clause-final verb: passive when the nearest finite verb before it is a form of `werden`
    before = next((j for j in range(k - 1, -1, -1) if sent.is_finite(j)), None)
    return before is None or sent.lower[before] not in _WERDEN


def _past_relative_clauses(sent: Sentence, end: int) -> int:
    """The clause end ``end`` past relative clauses inserted there (`hält das Verfahren, das
    zur Auflösung führte, für verfassungswidrig`): the main clause goes on after them."""
    n = len(sent.toks)
    while end + 1 < n and sent.toks[end].text == "," and end > 0:
        k = end + 1
        close = sent.clause_end(k)
        verb_final = close - 1 > k and sent.is_finite(close - 1)
        relative = sent.relative_start(k) or (
            # `das` tagged as an article: a verb-final clause right after a noun
            sent.lower[k] in RELATIVE_FORMS
            and sent.toks[end - 1].tag in ("NN", "NE")
            and verb_final
        )
        if not relative or close + 1 >= n or sent.toks[close].text != ",":
            break
        end = sent.clause_end(close + 1)
    return end


def reason_role(sent: Sentence, head: int, clause_end: int) -> bool:
    """The clause of the verb at ``head`` names a reason in an `als` phrase (`Als Grund nannte
    X …`, `Als Todesursache wurde … angegeben`, `gab Herzversagen als Ursache an`): the speech
    act gives a source's explanation."""
    for k in range(sent.clause_start(head), clause_end - 1):
        if sent.lower[k] != "als":
            continue
        j = k + 1
        while j < clause_end - 1 and sent.toks[j].tag == "ADJA":  # `als wahrscheinlichste Ursache`
            j += 1
        if sent.lex.is_reason_noun(sent.toks[j].text) and not sent.in_quote[j]:
            return True
    return False


def reason_complement(sent: Sentence, head: int, clause_end: int, start: int, end: int) -> bool:
    """`Als Begründung gaben die USA an, vermutlich halten sich … auf`: after a speech act
    giving a reason, a main clause after the comma is the reason given, also in the indicative:
    its finite verb comes first or second (`vermutlich halten`, `der Fahrer war …`)."""
    if sent.toks[clause_end].text != "," or not reason_role(sent, head, clause_end):
        return False
    verb = next((k for k in range(start, min(end, start + 6)) if sent.is_finite(k)), None)
    if verb is None or sent.in_quote[verb]:
        return False
    return verb == start + 1 or (verb > start and sent.np_end(start, verb) == verb)


def reported_attr(
    sent: Sentence,
    cue: Cue,
    cues: list[Cue],
    pos: list[int],
    head: int,
    last: int,
    clause_end: int,
    speaker: Span2 | None,
    document: Span2 | None,
    cue_spans: list[Span2],
    coordinated: bool,
) -> Attr | None:
    """The Reported claim of the speech act ``cue`` (finite verb at ``head``, last cue word at
    ``last``, its clause ending at ``clause_end``), or None; ``document`` is a document named as
    source (`im Bericht`), ``coordinated`` whether the verb follows a coordinating word."""
    toks = sent.toks
    if speaker is None and cue.kind == "verb":
        speaker = vorfeld_name(sent, head)  # `CDU-Chef/APPR Friedrich Merz forderte …`
    passive = _passive(sent, pos, cue)
    agent = passive and agent_frame(sent, pos, cue, speaker)
    if document is not None and speaker is None:
        # `X wird im Bericht als problematisch bezeichnet`: the document is the source
        speaker, agent = document, True
    relative_span = relative_after_frame(sent, head, last, cues) if speaker else None
    if relative_span is not None:  # `sprach von einem Täter, der sich … gesprengt habe`
        return make_attr(sent, "Indirect", [relative_span], cue_spans, cue, speaker)
    contrast = contrast_clause(sent, head)
    if contrast is not None and not agent:
        # the subject follows the subordinator (`während die Bangkok Post von … sprach`)
        np_end = sent.np_end(contrast[0] + 1, head)
        speaker = sent.span(contrast[0] + 1, np_end) if np_end > contrast[0] + 1 else None
    # the words a verb needs follow a verb in second place, precede a verb at the clause end
    # (between the verb and its separated particle: `stufte … als … ein`)
    separated = cue.kind == "verb" and len(cue.positions) == 2 and last > cue.positions[0] + 1
    # (between a passive auxiliary and its participle: `wurde … als Querulant eingestuft`)
    bracket = cue.kind == "verb" and pos[0] < cue.positions[0] and passive
    # (between a perfect's auxiliary and its participle: `hatte von sechs Toten berichtet`)
    telling = _perfect_telling(sent, pos, cue)
    needs_from = (
        contrast[0]
        if contrast is not None
        else cue.positions[0] + 1
        if separated
        else pos[0] + 1
        if bracket or telling
        else last + 1
    )
    # `hat ... kritisiert`: perfect and passive are background more often than a reported
    # speech act in news, unless a passive names its agent (`wurde von X kritisiert`)
    counted = speaker is not None and (
        sent.is_finite(cue.positions[0])
        or agent
        or _perfect_demand(sent, pos, cue, speaker)
        or telling
        # `hatte den Bericht als „falsch“ zurückgewiesen`: a quoted evaluation is reported
        or (not passive and evaluation_quote(sent, pos, cue, []) is not None)
    )
    # `Das Amt hat die Freilassung bestätigt`: a perfect-tense speech act the scheme leaves
    # unannotated (train gold 4:31) is still a claim of the record
    perfect = not counted and perfect_act(sent, pos, cue)
    needs_end = _past_relative_clauses(sent, clause_end)  # `hält X, das …, für …`
    needs_found = needs_met(sent, cue, needs_from, needs_end)
    # `wurde von X als Y eingestuft`: an evaluation in the passive names its agent's claim, a
    # claim of the record (german_news_quotes leaves these out)
    bracketed = (
        bracket
        and bool(cue.needs)
        and not needs_met(sent, cue, last + 1, needs_end)
        # `wird vom Wetterdienst als „sehr ernst“ eingestuft`: a quoted evaluation counts
        and evaluation_quote(sent, pos, cue, []) is None
    )
    # `Als Grund gab X … an`: giving a reason is reported speech, also with a verb that makes
    # a record-only claim on its own; `Als Todesursache wurde … angegeben`: also unnamed
    reason = cue.kind == "verb" and reason_role(sent, head, clause_end)
    unnamed = reason and passive and not agent and speaker is None and cue.cls in GIVING_CLASSES
    # `kritisierte den Plan` (no `als`): a claim of the record only (`bare: record`)
    bare = (not cue.reported or not needs_found) and not reason
    if (
        cue.cls in _REPORTED_CLASSES
        and (cue.reported or cue.record)
        and (speaker is not None or unnamed)
        and (counted or perfect or unnamed)
        and not sent.is_subjunctive(head)  # `…, und propagiere Ideen`: inside indirect speech
        and not sent.in_quote[head]
        and (
            not _subordinate(sent, head)
            or role_vorfeld(sent, head)  # `Als Grund nannte`
            or contrast is not None
        )
        and (not passive or agent or unnamed)
        and (needs_found or cue.record or reason)
        and not any(w in cue.unless for w in sent.lower[:clause_end])
        # `Australien schickte Helfer und will weitere schicken`: an intention added to a
        # reported action is the article's narrative, not an announcement
        and not (cue.word == "wollen" and _second_conjunct(sent, head))
        and not is_question(sent)
        and not (cue.word == "erinnern" and not names_speaker(sent, speaker))
        and not impersonal_naming(sent, cue, head, clause_end)
    ):
        whole, stop = reported_extent(sent, head, max(last, head), cues)
        # `Einzelheiten gab er nicht bekannt, er verwies aber auf ...`: one main clause each
        first, stop = clause_limits(sent, head, last, whole, stop, [c.positions[0] for c in cues])
        if contrast is not None:
            first, stop = contrast
        elif sent.lower[first] in CONTRAST and head > first + 2 and toks[head - 1].text == ",":
            first = head  # `Während X …, sprach Y von …` (`während` tagged as a preposition)
        conjunct = coordinated and not sent.in_quote[head - 1]
        if conjunct:
            # `„...“, schrieben die Hacker und kündigten Aktionen an`; not the comma before a
            # second predicate (`X lobte den Plan, sprach aber von ...`)
            first = head if toks[head - 1].text == "," else head - 1
        rep = make_attr(sent, "Reported", [sent.span(first, stop)], [], cue, speaker, cue_spans)
        if rep is not None:
            rep.conjunct = conjunct
        if rep is not None and rep.speaker is not None and not agent and contrast is None:
            main = second_predicate_subject(sent, head, rep.speaker)
            if subject_after_adverbial(sent, rep.speaker, head):
                # `Nachdem …, forderte die/Acc Opposition Konsequenzen`: the subject after all
                rep.speaker = subject_before_bare_object(sent, rep.speaker)
            elif main is not None:
                # `X begrüßte den Beschluss, bemängelte aber die Frist`: the object after a
                # second predicate was taken for its subject; the speaker is the first clause's
                rep.speaker = main
            elif object_speaker(sent, rep.speaker, head):
                return None
            elif sent.index_at(rep.speaker[0], 0) > head:
                # `Daraufhin forderte die Opposition Konsequenzen`: the bare noun is the object
                rep.speaker = subject_before_bare_object(sent, rep.speaker)
        if rep is not None and rep.speaker is None and not unnamed:
            # `Rosinenbomber nannte man ...`: no one in particular reports anything; `Viele
            # warnten vor den Gefahren`: an object is no speaker
            return None
        if bare and not (perfect or _active_finite(sent, cue.positions[0])):
            return None  # `werden … erwartet`, `als erwartet`: no speech act of anyone
        if rep is not None and bare and not names_speaker(sent, rep.speaker):
            return None  # `Ein DNA-Test bestätigte …`, `Gewinn verspricht …`: no one speaks
        if rep is not None and (perfect or bare or unnamed or bracketed):
            # an unnamed source (`Als Ursache wurde … angegeben`) is the record's; the article's
            # reading may still give it the last speaker (:mod:`.passive_evaluations`)
            rep.record_only = rep.aside = True
        if rep is not None and (cue.cls == "deny" or _negated(sent, head, clause_end)):
            # `X wies die Vorwürfe zurück`: a denial is a claim of the record, but the
            # german_news_quotes scheme does not count a bare denial as reported speech, nor
            # a speech act that did not happen (`X gab die Zahl nicht bekannt`); both still
            # name the source of the free indirect speech after them
            rep.record_only = True
        return rep
    return None
