"""Stance, negation, time, place and quantity of one event mention.

* Stance: the claim (``claims`` stage) whose content holds the trigger gives ``claim`` and its
  stance; local cues refine it: ``falls``/``würde`` -> hypothetical, ``werden``/modal +
  infinitive, an ``ankündigen``/``planen`` governor or a later date -> future, ``soll ... haben``
  or ``angeblich`` -> alleged, Konjunktiv I, ``laut``/``zufolge`` or a speech-verb governor ->
  reported.
* Time: the time expression in the trigger's clause, else in its sentence (nearest first).
* Place: a location in the clause (after a locative preposition first), not an argument.
* Quantity: a count inside an argument phrase, else next to the trigger in the clause.

Ids refer to ``article.times`` / ``article.quantities`` / ``article.entities``.  When those
stages did not run, the surface text is used instead (see docs/events.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Article, Span, TimeExpr
from .agents import ActorCoder
from .analysis import NP, Clause, Sent, Tok
from .arguments import clause_verbs, verb_lemma
from .lexicon import Lexicon

KONJ1_FORMS = frozenset({"sei", "seien", "seiest", "habe", "hätten", "hätte", "werde", "wären", "wäre", "gebe", "müsse", "könne", "solle", "wolle"})
LOCATIVE = frozenset({"in", "bei", "nahe", "vor", "auf", "nach", "aus", "nördlich", "südlich", "östlich", "westlich"})
_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
_TIME_RE = re.compile(
    rf"(?:(?:am|vom|seit|bis|Am|Seit)\s+)?(?:(?:{_DAYS})(?:morgen|abend|nachmittag|vormittag|nacht)?"
    rf"(?:,?\s+(?:dem|den)\s+\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?)?)"
    rf"|(?:(?:am|Am|vom|seit|Seit|bis|Anfang|Mitte|Ende)\s+)?\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|(?:(?:im|Im|Anfang|Mitte|Ende|seit|Seit)\s+)(?:{_MONTHS})(?:\s+\d{{4}})?"
    r"|(?:(?:im|Im)\s+Jahr(?:e)?\s+)\d{4}|(?:(?:seit|Seit|bis|im|Im)\s+)\d{4}\b"
    r"|\b(?:gestern|heute|vorgestern|morgen|Gestern|Heute|Vorgestern)\b"
)


@dataclass(frozen=True)
class StanceResult:
    stance: str
    claim: str | None
    evidence: tuple[Span, ...]


def _clause_toks(sent: Sent, clause: Clause) -> list[Tok]:
    return [sent.toks[i] for i in clause.idx]


def negated(sent: Sent, clause: Clause, trig: Tok, lex: Lexicon, own: NP | None) -> bool:
    neg = lex.cue("negation")
    if own is not None:
        return any(sent.toks[k].low in neg for k in own.indices())
    toks = _clause_toks(sent, clause)
    for n, t in enumerate(toks):
        if t.low in ("nicht", "nie", "niemals"):
            nxt = toks[n + 1].low if n + 1 < len(toks) else ""
            if nxt in ("nur", "zuletzt", "erst", "weit", "immer"):
                continue
            return True
        if t.low.startswith("kein") and t.i < trig.i and trig.tag in ("VVPP", "VVINF", "VVIZU"):
            return True
    return False


def stance_of(
    article: Article, sent: Sent, clause: Clause, trig: Tok, lex: Lexicon, is_noun: bool,
    light_verbs: tuple[str, ...] = (),
    noun_in_pp: bool = False,
) -> StanceResult:
    toks = _clause_toks(sent, clause)
    ev: list[Span] = []

    def cue(t: Tok) -> None:
        ev.append(article.span(t.start, t.end))

    gov = sent.clauses[clause.governor] if clause.governor is not None else None
    gov_toks = _clause_toks(sent, gov) if gov is not None else []
    stance = "asserted"
    # reported: Konjunktiv I, "laut"/"zufolge", speech-verb governor, direct quote
    for t in toks:
        mood = t.feat("Mood")
        if (mood == "Sub" and t.tag.startswith("VA")) or (t.tag in ("VAFIN", "VMFIN") and t.low in KONJ1_FORMS):
            stance = "reported"
            cue(t)
            break
    markers = lex.cue("reported_markers")
    for t in toks + gov_toks:
        if t.low in markers or t.lem in markers:
            stance = "reported"
            cue(t)
            break
    speech = lex.cue("speech_verbs")
    if gov is not None and clause.intro in ("dass", "ob", None):
        for t in clause_verbs(sent, gov):
            if verb_lemma(sent, gov, t) in speech:
                stance = "reported"
                cue(t)
                break
    if stance == "asserted" and not clause.subordinate:
        quotes = [t for t in sent.toks if t.text in ("„", "“", "\"", "»", "«")]
        if len(quotes) >= 2 and quotes[0].i < trig.i < quotes[-1].i:
            stance = "reported"
    # alleged
    alleged = lex.cue("alleged_adverbs")
    for t in toks:
        if t.lem in alleged and t.tag in ("ADV", "ADJD"):
            stance = "alleged"
            cue(t)
    modals = [t for t in toks if t.tag == "VMFIN"]
    participles = [t.i for t in toks if t.tag == "VVPP"]
    perfect = bool(participles) and any(t.lem in ("haben", "sein") and t.i > min(participles) for t in toks)
    for m in modals:
        if m.lem == "sollen" and perfect:
            stance = "alleged"
            cue(m)
    # future
    future_verbs = lex.cue("future_verbs")
    future = False
    werden = [t for t in toks if t.lem == "werden" and t.tag == "VAFIN"]
    if werden and trig.tag in ("VVINF",):
        future = True
        cue(werden[0])
    for m in modals:
        modal_future = m.lem in lex.cue("future_modals") and not (m.lem == "sollen" and perfect)
        if modal_future and (trig.tag in ("VVINF", "VVPP") or (is_noun and not noun_in_pp)):
            future = True
            cue(m)
    if gov is not None and (trig.tag == "VVIZU" or any(t.tag == "PTKZU" for t in toks)):
        for t in clause_verbs(sent, gov):
            if verb_lemma(sent, gov, t) in future_verbs:
                future = True
                cue(t)
    if is_noun and not noun_in_pp:
        for t in clause_verbs(sent, clause):
            lemma = verb_lemma(sent, clause, t)
            if lemma in future_verbs and lemma not in light_verbs:
                future = True
                cue(t)
    if future and stance != "alleged":
        stance = "future"
    # denied: "X bestritt, Truppen verlegt zu haben"
    if gov is not None:
        for t in clause_verbs(sent, gov):
            if verb_lemma(sent, gov, t) in lex.cue("denial_verbs"):
                stance = "denied"
                cue(t)
    # hypothetical
    hypo = lex.cue("hypothetical")
    if clause.intro in ("falls", "wenn", "sofern") or any(t.low in hypo and t.tag in ("VAFIN", "VMFIN") for t in toks):
        stance = "hypothetical"
    claim_id = None
    for c in article.claims:
        if c.content.start <= trig.start and trig.end <= c.content.end:
            if c.cue is not None and c.cue.start <= trig.start < c.cue.end:
                continue  # the trigger is the claim's own cue ("lehnte ... ab")
            claim_id = c.id
            if stance in ("asserted", "reported") and c.stance in ("reported", "alleged", "denied", "hypothetical"):
                stance = c.stance  # a claim's "future" is about the claim; the event's own cues decide
            ev.extend(c.evidence)
            break
    return StanceResult(stance, claim_id, tuple(ev))


def _clause_range(sent: Sent, clause: Clause) -> set[int]:
    return set(clause.idx)


def time_for(article: Article, sent: Sent, clause: Clause, trig: Tok) -> tuple[str | None, str | None]:
    """(time id or fallback text, "text") for the expression governing the trigger's clause."""
    idx = _clause_range(sent, clause)
    if article.times:
        in_clause: list[TimeExpr] = []
        in_sent: list[TimeExpr] = []
        for tx in article.times:
            if not (sent.start <= tx.start < sent.end) or tx.kind in ("set", "duration"):
                continue
            k = next((t.i for t in sent.toks if t.start <= tx.start < t.end), None)
            (in_clause if k in idx else in_sent).append(tx)
        for group in (in_clause, in_sent):
            if group:
                best = min(group, key=lambda tx: abs(tx.start - trig.start))
                return best.id, "text"
        return None, None
    return _fallback_time(article, sent, idx, trig)


def _fallback_time(article: Article, sent: Sent, idx: set[int], trig: Tok) -> tuple[str | None, str | None]:
    hits = []
    for m in _TIME_RE.finditer(article.text, sent.start, sent.end):
        k = next((t.i for t in sent.toks if t.start <= m.start() < t.end), None)
        hits.append((k in idx, abs(m.start() - trig.start), m.group()))
    if not hits:
        return None, None
    hits.sort(key=lambda h: (not h[0], h[1]))
    return hits[0][2], "text"


def place_for(article: Article, coder: ActorCoder, sent: Sent, clause: Clause, used: set[int]) -> str | None:
    idx = [i for i in clause.idx if i not in used]
    spans = [(sent.toks[i].start, sent.toks[i].end, i) for i in idx]
    if article.entities:
        for start, end, i in spans:
            ent = coder.entity_at(start, end)
            if ent is None or ent.type not in ("GPE", "LOC"):
                continue
            prev = sent.toks[i - 1].lem.lower() if i > 0 else ""
            prev2 = sent.toks[i - 2].lem.lower() if i > 1 else ""
            if prev in LOCATIVE or (prev2 in LOCATIVE and sent.toks[i - 1].tag in ("ART", "ADJA", "NN")):
                return ent.id  # "in Pjöngjang", "in der Provinz Xinjiang"
        return None
    for n in clause.nps:
        if n.prep in LOCATIVE and n.first not in used:
            head = sent.toks[n.head]
            if head.tag in ("NE", "FM") or coder.t.country_of_name(head.text):
                return article.text[sent.toks[n.first].start : sent.toks[n.last].end]
    return None


def quantity_for(article: Article, sent: Sent, nps: list[NP], clause: Clause, trig: Tok) -> str | None:
    ranges = [(sent.toks[n.first].start, sent.toks[n.last].end) for n in nps]
    if article.quantities:
        for q in article.quantities:
            if any(s <= q.start < e for s, e in ranges):
                return q.id
        return None
    for n in nps:
        cards = [k for k in n.indices() if sent.toks[k].tag == "CARD"]
        if cards and sent.toks[n.head].tag == "NN":
            return article.text[sent.toks[cards[0]].start : sent.toks[n.last].end]
    del clause, trig
    return None
