"""Who a frameless sentence of free indirect speech reports: the source named by the sentence
right before it.

* `Der Verband kritisierte den Plan. Er sei zu teuer.`: the named subject of the sentence
  before (a proper noun, a noun for a speaker, `er`; the `von` agent of a passive).
* `X äußerte sich zu den Plänen. Der Start soll im Herbst sein.`: the subject of a speech act
  without content.
* `Insbesondere wird kritisiert, dass ... . Außerdem werde ...`: a frame that names no source
  (impersonal, agentless passive) is continued without a speaker.
* `X verteidigte den Plan. Dabei betonte er ... . Er sei nötig.`: a pronoun subject refers to
  the speaker of the frame just before; a frame whose subject the frame rules missed lends the
  subject the speaker pass finds.
* A sentence in Konjunktiv I with a frame of its own goes on reporting the current source when
  that frame is part of what is reported (:func:`reported_frame`): its verb is the first finite
  one (`Ferner habe die Studie festgestellt, dass ...`), opens a relative clause (`..., von
  denen man glaube, dass ...`) or is the Konjunktiv I of a second main clause (`Der Mann gebe
  die Tat zu, spreche aber von Notwehr.`).
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .konjunktiv_forms import konjunktiv1_at
from .main_subjects import main_subject
from .mood import dependent_clause, first_finite, modal_first, reported_mood
from .passive_agents import AGENT_PREPS_SEITENS
from .source_verbs import hearsay, lends_source
from .speaker_subjects import missing_subject
from .speech_acts import speech_verb
from .text import Unit
from .token_view import PASSIVE_FINITE


def previous_subject(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool], i: int
) -> Attr | None:
    """The source that a frameless Konjunktiv sentence reports: the named subject of the
    sentence right before it (`Der Verband kritisierte den Plan. Er sei zu teuer.`,
    `Minister X bedauerte die Entscheidung. Fehler seien gemacht worden.`), as a frame-less
    pseudo attribution that only lends its speaker span.  A sentence that is itself in
    Konjunktiv I (`Der Verband werde klagen.`) reports someone else: its subject is no source."""
    if i == 0 or not content[i - 1] or per_unit[i - 1] or not sents[i - 1].toks:
        return None
    if reported_mood(sents[i - 1]) or not lends_source(sents[i - 1]):
        # `Dabei starb X.`, `X soll erschossen worden sein.`: X did not speak or act
        return None
    span = main_subject(sents[i - 1])
    return Attr("Subject", [], [], "say", span, i - 1) if span is not None else None


def later_paragraph_source(
    sents: list[Sentence],
    units: list[Unit],
    per_unit: list[list[Attr]],
    content: list[bool],
    prev: Attr,
    i: int,
    carry: int,
) -> Attr | None:
    """The source a frameless Konjunktiv I sentence ``i`` reports when the last frame ``prev``
    (with a speaker) lies in an earlier paragraph:

    * a source named by a preposition (`Nach Angaben der Polizei ... .`) goes on being reported
      in the next paragraph, at most ``carry`` + 1 sentences on, unless ``i`` has a cue;
    * after a frameless sentence whose subject cannot be the source (`Dabei starb X.`,
      :func:`.source_verbs.lends_source`) the last frame at most two paragraphs back goes on;
      after hearsay in the article's voice (`X soll ... haben.`) the Konjunktiv goes on telling
      that hearsay, whose source is unnamed: no speaker, but the frame's cue.
    """
    gap = units[i].paragraph - units[prev.unit].paragraph
    if (
        gap == 1
        and i - max(prev.unit, prev.tail) <= carry + 1
        and prepositional_frame(sents[prev.unit], prev)
        and not sents[i].find_cues()
    ):
        return prev
    if not 1 <= gap <= 2 or not blocked_source(sents, per_unit, content, i):
        return None
    if not hearsay(sents[i - 1]):
        return prev
    unnamed = Attr("Subject", [], [], prev.cls, None, prev.unit)
    unnamed.source_cue = list(prev.cue)
    return unnamed


def hearsay_continuation(
    sents: list[Sentence],
    per_unit: list[list[Attr]],
    content: list[bool],
    prev: Attr | None,
    i: int,
) -> Attr | None:
    """`Mit 13 Jahren soll sie ... missbraucht worden sein. Er habe ihr gedroht.`: Konjunktiv I
    right after hearsay in the article's voice tells that hearsay, whose source is unnamed,
    also when no frame with a speaker (``prev``) goes before: a claim without a speaker."""
    if not blocked_source(sents, per_unit, content, i) or not hearsay(sents[i - 1]):
        return None
    unnamed = Attr("Subject", [], [], prev.cls if prev is not None else "say", None, i - 1)
    unnamed.source_cue = list(prev.cue) if prev is not None else []
    return unnamed


def blocked_source(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool], i: int
) -> bool:
    """The sentence right before ``i`` is frameless, not itself reported, and its subject
    cannot be a source (`Dabei starb X.`, :func:`.source_verbs.lends_source`)."""
    if i == 0 or not content[i - 1] or per_unit[i - 1] or not sents[i - 1].toks:
        return False
    return not reported_mood(sents[i - 1]) and not lends_source(sents[i - 1])


def previous_speech_subject(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool], i: int
) -> Attr | None:
    """The named subject of the sentence right before when that sentence tells of a speech act
    without reporting its content: the main clause's verb is a verb of saying (`X äußerte
    sich zu den Plänen.`, `X hat die Pläne bekannt gegeben.`)."""
    if i == 0 or not content[i - 1] or per_unit[i - 1] or not sents[i - 1].toks:
        return None
    sent = sents[i - 1]
    if reported_mood(sent) or modal_first(sent):
        return None
    v = first_finite(sent, main=True)
    span = main_subject(sent) if v is not None and speech_verb(sent, v) else None
    return Attr("Subject", [], [], "say", span, i - 1) if span is not None else None


def speakerless_frame(
    sents: list[Sentence], per_unit: list[list[Attr]], units: list[Unit], prev: Attr | None, i: int
) -> bool:
    """``prev`` is a frame in the sentence right before ``i`` (same paragraph) that names no
    source: impersonal (`heißt es`) or an agentless passive (`wurde betont`)."""
    if prev is None or prev.speaker is not None or not prev.parts or i == 0:
        return False
    if max(prev.unit, prev.tail) != i - 1 or units[i].paragraph != units[i - 1].paragraph:
        return False
    if any(a.speaker for a in per_unit[i - 1]):
        return False
    return prev.impersonal or agentless_passive(sents[i - 1], prev)


def agentless_passive(sent: Sentence, frame: Attr) -> bool:
    """`Insbesondere wird kritisiert, dass ...`: the frame is a passive verb of saying without
    an agent (no `von X`), so what it reports has no named source."""
    cue = sent.indices_of(frame.cue)
    if not cue or not any(sent.toks[k].tag == "VVPP" for k in cue):
        return False
    lo, hi = sent.clause_start(cue[0]), sent.clause_end(cue[-1])
    clause = range(lo, hi)
    return any(sent.lower[k] in PASSIVE_FINITE for k in clause) and not any(
        sent.lower[k] in AGENT_PREPS_SEITENS for k in clause
    )


def prepositional_frame(sent: Sentence, frame: Attr) -> bool:
    """The cue of ``frame`` is a preposition of source (`laut X`, `nach Angaben von X`,
    `X zufolge`, `gemäß X`), which names the source of an article's stretch of reporting, not
    of one sentence (`wonach` only attaches a clause to its noun)."""
    preps = set(sent.lex.preps) - {"wonach"}
    return any(
        sent.lower[k] in preps
        for k, t in enumerate(sent.toks)
        if any(s <= t.start < e for s, e in frame.cue)
    )


def framed_inside(a: Attr, attrs: list[Attr]) -> bool:
    """The cue of ``a`` lies in the content of another of ``attrs``."""
    at = a.cue[0][0] if a.cue else a.start
    return any(b is not a and b.covers(at) for b in attrs)


def adjacent(per_unit: list[list[Attr]], prev: Attr, i: int) -> bool:
    """Free indirect speech continues the sentence right before it."""
    if i > 0 and (prev.tail == i - 1 or prev.kind == "Subject" and prev.unit == i - 1):
        return True
    return any(a is prev or a.speaker == prev.speaker for a in per_unit[i - 1]) if i > 0 else False


def pronoun_back_to(
    sents: list[Sentence], units: list[Unit], subject: Attr, frame: Attr | None, i: int
) -> bool:
    """The subject of the sentence before ``i`` is a personal pronoun (`er`) and ``frame`` an
    attribution with a speaker at most two sentences before it, in the same paragraph: the
    pronoun refers to that speaker, so the free indirect speech reports the frame's source."""
    if frame is None or frame.speaker is None or subject.speaker is None:
        return False
    if units[frame.unit].paragraph != units[i].paragraph or max(frame.unit, frame.tail) < i - 3:
        return False
    sent = sents[subject.unit]
    lo, hi = subject.speaker
    words = [t for t in sent.toks if lo <= t.start and t.end <= hi]
    return len(words) == 1 and words[0].tag == "PPER"


def unnamed_frame(sents: list[Sentence], per_unit: list[list[Attr]], j: int) -> Attr | None:
    """The source of the outer verb frame of sentence ``j`` when the frame rules found no
    speaker for it but it is no impersonal or passive frame (`X von der Initiative „Y“ sagte,
    es sei ..., wonach ...`): the subject the speaker pass will find, as a pseudo
    attribution that lends its span to the free indirect speech after it."""
    own = [a for a in per_unit[j] if a.parts and a.parent is None and a.cue]
    outer = [a for a in own if not framed_inside(a, own)]
    if len(outer) != 1 or outer[0].speaker is not None or outer[0].impersonal:
        return None
    frame = outer[0]
    if frame.kind not in ("Indirect", "Direct") or agentless_passive(sents[j], frame):
        return None
    subject = missing_subject(frame, sents, [])
    if subject is None:
        return None
    lent = Attr("Subject", [], [], frame.cls, subject, j)
    lent.source_cue = list(frame.cue)
    return lent


def reported_frame(sent: Sentence, own: list[Attr], i: int) -> bool:
    """`X sagte, ... . Ferner habe die Studie festgestellt, dass ...`: a frame whose own verb
    is in Konjunktiv I, right after reported speech, is itself reported: the whole sentence
    continues the current source."""
    first = first_finite(sent, main=True)
    if first is None or not reported_mood(sent) or i == 0:
        return False
    at = sent.toks[first].start
    # also a colon frame (`Man sei ihnen zu Dank verpflichtet: „...“`): its quotation is then
    # nested in the free indirect speech; a frame inside a relative clause (`Die Teile seien zu
    # Monden geworden, von denen man glaube, dass ...`) is part of what is reported
    return all(
        a.kind in ("Indirect", "Direct")
        and a.cue
        and (a.cue[0][0] == at or _relative(sent, a) or _reported_conjunct(sent, a))
        for a in own
    )


def _reported_conjunct(sent: Sentence, a: Attr) -> bool:
    """The cue of ``a`` is a Konjunktiv I verb of a second main clause (`Der Mann gebe ... zu,
    spreche aber von ...`): it too is reported."""
    k = sent.index_at(a.cue[0][0], -1)
    if k < 0 or not sent.is_subjunctive(k) or not konjunktiv1_at(sent, k):
        return False
    return not dependent_clause(sent, sent.clause_start(k), k)


def _relative(sent: Sentence, a: Attr) -> bool:
    """The cue of ``a`` is the verb of a relative clause (`..., von denen man glaube, ...`)."""
    k = sent.index_at(a.cue[0][0], -1)
    if k < 0:
        return False
    start = sent.clause_start(k)
    while start < k and sent.toks[start].tag in ("APPR", "APPRART"):
        start += 1
    return start > 0 and sent.toks[start].tag in ("PRELS", "PRELAT")


def soll_reach(frame: Attr) -> int:
    """How many sentences back, in its paragraph, a `soll` sentence still continues ``frame``:
    only right after a speech act without content (`X kündigte eine Reform an.`), over one
    sentence in the article's voice after a frame, over two after a stretch of `soll` reports
    itself (a series of plans or hearsay keeps its source across the article's remarks:
    `Die Gebühren sollen sinken. Der Verband hat 300 Mitglieder. Die Halle ist alt. Auch die
    Mieten sollen fallen.`)."""
    return {"Reported": 1, "FreeIndirect": 3}.get(frame.kind, 2)


def soll_main(sent: Sentence) -> bool:
    """The main clause's first finite verb is `soll`/`sollen`, also after a relative or
    subordinate clause in the Vorfeld (`Die Verabschiedung des Plans, der von X erstellt wurde,
    soll im Mai erfolgen.`); not verb-first (`Sollte das gelingen, ...` is a condition)."""
    if modal_first(sent):
        return True
    v = first_finite(sent, main=True)
    return v is not None and v > 0 and sent.lower[v] in sent.lex.alleged_modal


def hearsay_speech_act(sent: Sentence) -> bool:
    """`Kanzler X soll intern von einem „unnötigen Theater“ gesprochen haben.`: hearsay of the
    subject's own quoted speech act (a verb cue as the perfect participle before the closing
    `haben`, a quotation before it):
    the subject is the source of what it said, the hearsay's source only relays it, so the
    sentence goes on with no earlier frame (session 17; german_news_quotes train gives the
    quotation of `soll Anelka gesagt haben: „…“` to Anelka)."""
    v = first_finite(sent, main=True)
    if v is None or v == 0 or sent.lower[v] not in sent.lex.alleged_modal or sent.in_quote[v]:
        return False
    end = sent.last_word(v + 1, sent.clause_end(v + 1)) + 1
    if sent.lower[end - 1] != "haben" or sent.toks[end - 2].tag != "VVPP":
        return False
    lo, hi = sent.toks[v].end, sent.toks[end - 2].start
    if not any(lo <= q.start and q.end <= hi and q.words >= 2 for q in sent.quotes):
        # only a quoted speech act (`soll … aufgefordert haben`: a deed told; `Meldungen für
        # den Sender „Tondar“ geschrieben haben`: a quoted name)
        return False
    return any(c.kind == "verb" and end - 2 in c.positions for c in sent.find_cues())


#: finite forms of `wollen` that claim a past deed with a perfect infinitive
_CLAIMING = frozenset({"will", "wollen", "wollte", "wollten"})
#: participles of perceiving and knowing that such a claim asserts (`will X gesehen haben`,
#: `will von nichts gewusst haben`, `will zu Hause gewesen sein`); other participles make goals
_CLAIMED = frozenset(
    ["gesehen", "gehört", "bemerkt", "beobachtet", "erkannt", "gewusst", "gewesen", "erfahren"]
    + ["gelesen", "gefunden", "getroffen", "gesprochen", "entdeckt", "erhalten", "bekommen"]
)


def claimed_perfect(sent: Sentence) -> Span2 | None:
    """`Zeugen wollen einen Kombi gesehen haben.`: the main clause's first finite verb is
    `wollen` with a perfect infinitive closing its clause: its subject claims what the sentence
    tells (hearsay with a source of its own, stance alleged); the subject's span, else None."""
    v = first_finite(sent, main=True)
    if v is None or sent.lower[v] not in _CLAIMING or sent.in_quote[v]:
        return None
    end = sent.clause_end(v + 1)
    if end - v < 3 or sent.lower[end - 1] not in ("haben", "sein"):
        return None
    if (
        sent.toks[end - 2].tag not in ("VVPP", "VAPP", "VMPP")
        or sent.lower[end - 2] not in _CLAIMED
    ):
        return None  # `Bis Mai wollen die Arbeiter die Brücke fertiggestellt haben`: a goal
    if any(sent.lower[k] in ("bis", "spätestens", "eigentlich") for k in range(v + 1, end)):
        return None
    subject = sent.subject(v)
    if (
        subject is None
        and 0 < v <= 4
        and sent.toks[v - 1].text[:1].isupper()
        and all(sent.is_word(k) and not sent.in_quote[k] for k in range(v))
    ):
        subject = sent.span(0, v)  # a Vorfeld noun the tagger misread (`Zeugen/VVINF wollen`)
    return subject


def indicative_main(sent: Sentence) -> bool:
    """The main clause opens with an indicative verb that is no modal (`Insgesamt kamen 87
    Menschen ums Leben, 120 sollen verletzt worden sein.`): a later `soll` clause is the
    article's own report of hearsay, not a continuation of the frame before."""
    v = first_finite(sent, main=True)
    return (
        v is not None
        and not soll_main(sent)
        and not sent.is_subjunctive(v)
        and sent.lower[v] not in sent.lex.alleged_modal
    )


#: adverbs that make a Konjunktiv II a wish (`Er hätte gerne Fachleute eingeladen.`)
_WISH_WORDS = frozenset({"gern", "gerne", "lieber"})


def konjunktiv_wish(sent: Sentence) -> bool:
    """A Konjunktiv II sentence with `gern`/`lieber` tells a wish or what did not happen, in
    the article's voice (as :func:`.mood.ersatz_mood` reads the plural), not reported speech."""
    return any(sent.lower[k] in _WISH_WORDS and not sent.in_quote[k] for k in range(len(sent.toks)))


def unrelative(sents: list[Sentence], prev: Attr | None) -> Attr | None:
    """`X bezweifelte die Vereinbarkeit mit Grundsätzen, denen zufolge ... sei.`: a relative
    pronoun speaks only inside its own sentence; what follows goes on reporting the named
    subject of that sentence (or nobody)."""
    if prev is None or prev.speaker is None or prev.unit >= len(sents):
        return prev
    sent = sents[prev.unit]
    lo, hi = prev.speaker
    words = [t for t in sent.toks if lo <= t.start and t.end <= hi]
    cue = [t.text.lower() for t in sent.toks if prev.cue and t.start == prev.cue[0][0]]
    if cue == ["wonach"]:
        # `Spekulationen, wonach ..., konnte der Minister nicht bestätigen.`: the rumour speaks
        # only in its clause, the sentence's named subject goes on
        subject = main_subject(sent)
        if subject is None or lo <= subject[0] < hi:
            return prev
    elif len(words) != 1 or words[0].tag not in ("PRELS", "PRELAT"):
        return prev
    else:
        subject = main_subject(sent)
    if subject is None:
        return None
    lent = Attr("Subject", [], [], prev.cls, subject, prev.unit)
    lent.source_cue = list(prev.cue)
    return lent


def content_inside(a: Attr, attrs: list[Attr]) -> bool:
    """The content of ``a`` starts inside the content of another of ``attrs``."""
    return any(b is not a and b.covers(a.start) for b in attrs)


#: sentences a speaker stays current for frameless quotes and free indirect speech
CARRY = 3


def last_speaker(per_unit: list[list[Attr]], i: int, carry: int = CARRY) -> Attr | None:
    """The last attribution before sentence ``i`` (at most ``carry`` sentences back); of one
    sentence's attributions the last that names a speaker (`X sagte, ..., nachdem bekannt
    geworden war, ...`: X stays the source)."""
    for j in range(i - 1, max(-1, i - 1 - carry), -1):
        # a stretch of free indirect speech ends in sentence `tail`, it is stored at its start
        here = per_unit[j] + [a for k in range(j) for a in per_unit[k] if a.tail == j]
        found = [a for a in here if a.parts and a.kind != "Pending" and a.parent is None]
        if found:
            # an outer frame before a frame inside its content (`Berichte, wonach ..., konnte
            # der Minister nicht bestätigen`: the minister speaks on, not the `Berichte`)
            # (`Wie X berichtete, sagte Y, C`: Y's content lies outside X's, so Y speaks on)
            outer = [
                a
                for a in found
                if a.speaker is not None
                and not (framed_inside(a, found) and content_inside(a, found))
            ]
            if outer:
                return outer[-1]
            return next((a for a in reversed(found) if a.speaker is not None), found[-1])
    return None


def behind_adverb(sents: list[Sentence], per_unit: list[list[Attr]], prev: Attr) -> Span2 | None:
    """`Laut dem Magazin X kam es zu Zwischenfällen. Demnach ... . Dies sei ...`: free indirect
    speech after a claim sourced by `Demnach`/`Danach` reports the source the adverb points
    back to (the speaker of the last claim before the adverb's sentence, when that claim reaches
    the sentence right before the adverb's), not the adverb."""
    if prev.speaker is None or not 0 <= prev.unit < len(sents):
        return prev.speaker
    sent = sents[prev.unit]
    words = [sent.lower[k] for k in sent.indices_in(*prev.speaker)]
    if len(words) != 1 or words[0] not in sent.lex.pronoun_adverbs:
        return prev.speaker
    before = last_speaker(per_unit, prev.unit)
    if before is None or before.speaker is None or before.speaker == prev.speaker:
        return prev.speaker
    if max(before.unit, before.tail) < prev.unit - 1:
        # `X sagte … . Der Gutachter legte ein Gutachten vor. Demnach …`: the adverb points to
        # the sentence right before it, which is no claim; the source is its own, not X
        return prev.speaker
    return before.speaker
