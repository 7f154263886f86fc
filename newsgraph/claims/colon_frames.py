"""Colon frames in which nobody speaks.

A clause ending in a colon introduces what follows it; it is a frame of speech only when
someone says, reports or thinks something there.  The sentence rules take any clause with a
cue verb before a colon as a frame (`Der Senatssprecher kritisierte den Kurs: Es sei …`); this
pass drops the ones whose clause names no speaker or is no speech act:

* a frame without a speaker (`Auch die ersten Namen wurden nun bekanntgegeben: …`, `Auch
  Positives ist zu berichten: …`, `Im August war ein neuer Fall bekannt geworden: …`): the
  article itself goes on, nobody is quoted (`In der Erklärung heißt es: …` stays a frame);
* a state passive or a modal infinitive with `sein` (`Zudem ist der Einzug von Tieren
  geplant: …`, `ist zu berichten:`): its subject is what is planned or told, not a speaker;
* `es gut/ernst meinen mit` (`Das Wetter meinte es gut mit den Zuschauern: …`): an idiom of
  intention, not an opinion.

Quotations after the colon stay quotations of the colon clause's subject: a quotation marks
someone's words whatever the clause before it says (:mod:`.quoted_terms`, `colon_quotes`).  But
when that clause only says how the speaker sees or holds something (`X sieht die Verantwortung
beim Staat: „…“`, `Die Firma empfindet die Kritik als ungerecht: „…“`, `X hat weniger
Hemmungen: „…“`, `X bekannte sich zum Dialog: „…“`) its verb is no cue of the quotation: the
quote keeps its speaker, the verb stays the record claim's cue (``frame_cue``) but is no cue
of the evaluation layer, as the german_news_quotes annotators mark it.
"""

from __future__ import annotations

from .frames import Attr, Sentence
from .token_view import HEISSEN, SEIN_FINITE

#: adverbs of manner that make `es meinen` an idiom of intention (`meinte es gut mit X`)
_MEANING_WELL = frozenset({"gut", "ernst", "ehrlich", "böse", "schlecht", "besser", "ernsthaft"})


def idle_colon_frames(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """``attrs`` without the frames of contents after a colon in whose clause nobody speaks
    (and without the partial quotes nested in them)."""
    starts = _token_index(sents)
    drop: list[Attr] = []
    for a in attrs:
        if a.kind not in ("Indirect", "Reported") or a.parent is not None or not a.parts:
            continue
        at = starts.get(a.start)
        if at is None:
            continue
        prev = _previous(sents, *at)
        if prev is None or prev[0].toks[prev[1]].text != ":":
            continue
        sent, colon = prev
        if sent.in_quote[colon] or not a.cue and not a.frame_cue:
            continue
        if _idle(a, sent, colon):
            drop.append(a)
    if not drop:
        return attrs
    return [a for a in attrs if not any(a is d or a.parent is d for d in drop)]


#: verbs of seeing, feeling, holding and professing: a colon clause with one of them as its
#: main verb leads in to a quotation without being its cue
_ATTITUDE_LEMMAS = frozenset({"sehen", "empfinden", "haben", "bekennen"})
#: modal verbs: without a speech verb in their clause they frame nothing (`X will die
#: Ermittlungen einstellen: „…“`)
_MODALS = frozenset({"wollen", "können", "müssen", "sollen", "dürfen", "möchten", "mögen"})


def attitude_colon_quotes(attrs: list[Attr], sents: list[Sentence]) -> None:
    """A direct quote after a colon clause of seeing, feeling or holding keeps its speaker; its
    verb moves from ``cue`` to ``frame_cue`` (in place)."""
    for a in attrs:
        if a.kind != "Direct" or a.parent is not None or len(a.parts) != 1 or not a.cue:
            continue
        if not 0 <= a.unit < len(sents) or a.speaker is None:
            continue
        sent = sents[a.unit]
        first = sent.index_at(a.start)
        if first is None or first < 2 or sent.toks[first - 1].text != ":":
            continue
        colon = first - 1
        if any(s >= sent.toks[colon].end or s < sent.toks[0].start for s, _ in a.cue):
            continue  # a trailing frame or a frame of another sentence
        if _attitude_clause(sent, colon, a):
            a.frame_cue, a.cue = list(a.cue), []


def _attitude_clause(sent: Sentence, colon: int, a: Attr) -> bool:
    cue_at = [k for k in range(colon) if any(s <= sent.toks[k].start < e for s, e in a.cue)]
    if not cue_at:
        return False
    start = sent.clause_start(cue_at[0])
    finite = next((k for k in range(start, colon) if sent.is_finite(k)), None)
    if finite is None or finite not in cue_at:
        return False
    lemma = (sent.toks[finite].lemma or sent.lower[finite]).lower()
    end = next((k for k in range(finite + 1, colon) if sent.toks[k].text == ","), colon)
    verbs = [k for k in range(start, end) if k != finite and sent.toks[k].tag.startswith("V")]
    if lemma in _MODALS:
        return len(cue_at) == 1 and not any(sent.lex.verb_matches(sent.lower[k]) for k in verbs)
    if lemma == "haben":  # not the auxiliary of `erklärt hatte`, `hatte … hinreißen lassen`
        return not verbs
    return lemma in _ATTITUDE_LEMMAS


def _token_index(sents: list[Sentence]) -> dict[int, tuple[int, int]]:
    """Start offset of every token -> (sentence index, token index)."""
    out: dict[int, tuple[int, int]] = {}
    for i, sent in enumerate(sents):
        for k, tok in enumerate(sent.toks):
            out.setdefault(tok.start, (i, k))
    return out


def _previous(sents: list[Sentence], i: int, k: int) -> tuple[Sentence, int] | None:
    """The token before token ``k`` of sentence ``i`` (the last of the sentence before)."""
    if k > 0:
        return sents[i], k - 1
    while i > 0:
        i -= 1
        if sents[i].toks:
            return sents[i], len(sents[i].toks) - 1
    return None


def _idle(a: Attr, sent: Sentence, colon: int) -> bool:
    cue = a.cue or a.frame_cue
    positions = [k for k in range(colon) if any(s <= sent.toks[k].start < e for s, e in cue)]
    if not positions:
        return False  # the cue is elsewhere (a frame of an earlier sentence)
    if a.speaker is None:  # `In der Erklärung heißt es: …` stays a frame
        return not any(sent.lower[k] in HEISSEN for k in positions)
    start = sent.clause_start(positions[0])
    finite = next((k for k in range(start, colon) if sent.is_finite(k)), None)
    if finite is None:
        return False
    words = range(finite + 1, colon)
    if sent.lower[finite] in SEIN_FINITE and any(
        sent.toks[k].tag == "VVPP" or sent.toks[k].tag == "VVIZU" or sent.lower[k] == "zu"
        for k in words
        if k in positions or (k + 1 in positions and sent.lower[k] == "zu")
    ):
        return not any(sent.lower[k] in ("von", "vom") for k in words)
    lemma = (sent.toks[finite].lemma or sent.lower[finite]).lower()
    return (
        lemma == "meinen"
        and finite + 1 < colon
        and sent.lower[finite + 1] == "es"
        and any(sent.lower[k] in _MEANING_WELL for k in words)
    )


__all__ = ["attitude_colon_quotes", "idle_colon_frames"]
