"""Who acts on whom: subject/object/PP arguments of a trigger inside its clause.

German word order is used directly: the finite verb is the second constituent of a main clause,
so the phrase before it (the *Vorfeld*) or the first bare phrase after it is the subject; objects
are the other bare phrases of the trigger's conjunct; ``werden`` + participle is passive, with
the ``von``/``durch`` phrase as agent; ``zwischen X und Y`` and ``mit X`` add participants.  UD
``Case`` features from the ``nlp`` stage are used when present.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import NP, Clause, Sent, Tok
from .lexicon import Entry, Frame

ACC_DAT_ARTICLES = frozenset({"den", "dem", "einen", "einem", "ihn", "ihm", "ihnen", "mich", "dich", "uns", "euch"})
NOM_PRONOUNS = frozenset({"er", "sie", "wir", "ich", "du", "ihr", "man"})
HAPPEN_VERBS = frozenset({"erfolgen", "stattfinden", "geben", "kommen", "beginnen", "ereignen", "verlaufen", "sein", "enden", "dauern", "folgen", "werden"})
RECEIVE_VERBS = frozenset({"erhalten", "bekommen", "ernten", "erwarten", "drohen"})


@dataclass
class Args:
    actors: list[NP] = field(default_factory=list)
    targets: list[NP] = field(default_factory=list)
    reciprocal: bool = False
    passive: bool = False
    subject: NP | None = None
    object_words: list[str] = field(default_factory=list)
    preps: set[str] = field(default_factory=set)
    governing_verbs: set[str] = field(default_factory=set)


def verb_lemma(sent: Sent, clause: Clause, tok: Tok) -> str:
    """Lemma of a verb including a separated particle in the clause ("nahmen ... fest")."""
    for i in clause.idx:
        t = sent.toks[i]
        if i > tok.i and t.tag == "PTKVZ":
            return (t.lem + tok.lem).lower()
    return tok.lem


def clause_verbs(sent: Sent, clause: Clause) -> list[Tok]:
    return [sent.toks[i] for i in clause.idx if sent.toks[i].tag.startswith(("VV", "VA", "VM"))]


def is_passive(sent: Sent, clause: Clause, trig: Tok) -> bool:
    if trig.tag not in ("VVPP", "ADJD"):
        return False
    return any(t.lem == "werden" and t.tag.startswith("VA") for t in clause_verbs(sent, clause))


def _np_of(clause: Clause, i: int) -> NP | None:
    for np_ in clause.nps:
        for m in np_.members():
            if m.first <= i <= m.last:
                return np_
        for g in np_.genitive:
            if g.first <= i <= g.last:
                return np_
    return None


def _accdat_marked(sent: Sent, np_: NP) -> bool:
    first = sent.toks[np_.first]
    case = first.feat("Case") or sent.toks[np_.head].feat("Case")
    if case:
        return case in ("Acc", "Dat", "Gen")
    return first.low in ACC_DAT_ARTICLES


def _nominative(sent: Sent, np_: NP) -> bool | None:
    case = sent.toks[np_.first].feat("Case") or sent.toks[np_.head].feat("Case")
    if case:
        return case == "Nom"
    head = sent.toks[np_.head]
    if head.tag == "PPER":
        return head.low in NOM_PRONOUNS
    return None if not _accdat_marked(sent, np_) else False


def find_subject(sent: Sent, clause: Clause, exclude: NP | None = None) -> NP | None:
    bare = [n for n in clause.nps if n.prep is None and n is not exclude and sent.toks[n.head].tag != "CARD"]
    if not bare:
        return None
    noms = [n for n in bare if _nominative(sent, n)]
    if noms and any(sent.toks[n.first].feat("Case") for n in bare):
        return noms[0]
    finite = [sent.toks[i].i for i in clause.idx if sent.toks[i].tag in ("VVFIN", "VAFIN", "VMFIN")]
    cands = [n for n in bare if _nominative(sent, n) is not False]
    if not cands:
        return None
    if clause.subordinate or not finite:
        return cands[0]
    f = finite[0]
    before = [n for n in cands if n.last < f]
    if before:
        return before[0]
    after = [n for n in cands if n.first > f]
    return after[0] if after else None


def _conjunct(sent: Sent, clause: Clause, i: int) -> tuple[int, int]:
    """Token range of the conjunct around ``i`` (split at coordinating 'und'/'oder' between verbs)."""
    lo, hi = clause.idx[0], clause.idx[-1]
    kon = [k for k in clause.idx if sent.toks[k].tag == "KON" and sent.toks[k].low in ("und", "oder", "sowie")]
    verbs = [k for k in clause.idx if sent.toks[k].tag.startswith("VV")]
    for k in kon:
        left = [v for v in verbs if v < k]
        right = [v for v in verbs if v > k]
        if not left or not right:
            continue
        if k < i and any(v < k for v in verbs):
            lo = max(lo, k + 1) if any(v == i for v in right) else lo
        if k > i and any(v == i for v in left):
            hi = min(hi, k - 1)
    return lo, hi


def _pps(clause: Clause, prep_set: tuple[str, ...] | set[str]) -> list[NP]:
    return [n for n in clause.nps if n.prep in prep_set]


def verb_args(sent: Sent, clause: Clause, trig: Tok, entry: Entry, frame: Frame) -> Args:
    a = Args()
    a.passive = is_passive(sent, clause, trig)
    a.preps = {n.prep for n in clause.nps if n.prep}
    subj = find_subject(sent, clause)
    if clause.subordinate and clause.intro in ("der", "die", "das", "welche", "welcher") and sent.toks[clause.idx[0]].tag == "PRELS":
        subj = _antecedent(sent, clause) or subj
    if clause.subordinate and subj is None and clause.governor is not None:
        subj = find_subject(sent, sent.clauses[clause.governor])  # zu-infinitive: controller
    a.subject = subj
    lo, hi = _conjunct(sent, clause, trig.i)
    finite = [i for i in clause.idx if sent.toks[i].tag in ("VVFIN", "VAFIN", "VMFIN")]
    if not clause.subordinate and finite:
        lo = max(lo, finite[0] + 1)  # V2: the Vorfeld holds one constituent, the subject or not
    objs = [
        n for n in clause.nps
        if n.prep is None and n is not subj and lo <= n.first <= hi and sent.toks[n.head].tag != "CARD"
        and sent.toks[n.head].low not in ("es", "sich")
    ]
    objs.sort(key=lambda n: abs(n.head - trig.i))
    obj = objs[0] if objs else None
    reflexive = any(sent.toks[k].low in ("sich", "einander") for k in range(lo, hi + 1) if k in clause.idx)
    for n in objs[:2]:
        a.object_words.extend(sent.toks[k].lem for k in n.indices())
        for g in n.genitive:
            a.object_words.extend(sent.toks[k].lem for k in g.indices())
    recip = frame.reciprocal or entry.reciprocal
    if a.passive:
        if subj is not None:
            a.object_words.extend(sent.toks[k].lem for k in subj.indices())
            _add(a, frame.passive_subject, subj)
        for n in _pps(clause, frame.agent_pp or ("von", "durch")):
            _add(a, "target" if frame.passive_subject == "actor" and frame.subject == "target" else "actor", n)
    else:
        if subj is not None:
            _add(a, frame.subject, subj)
        if obj is not None:
            _add(a, frame.object, obj)
        if reflexive and subj is not None and subj.conj:
            recip = True
    for n in _pps(clause, frame.with_pp):
        _add(a, "actor", n)
        recip = True
    for n in _pps(clause, ("zwischen",)):
        _add(a, "actor" if recip or entry.type != "CONSULT" else "target", n)
        recip = recip or entry.type in ("CONSULT", "AGREE", "SUPPORT", "ASSAULT", "COOPERATE")
    for n in _pps(clause, tuple(entry.target_pp) + frame.target_pp):
        if n not in a.actors:
            _add(a, "target", n)
    if recip and a.targets and frame.object == "actor":
        a.actors.extend(a.targets)
        a.targets = []
    a.reciprocal = recip and len(_members(a.actors)) > 1
    a.governing_verbs = {verb_lemma(sent, clause, t) for t in clause_verbs(sent, clause)}
    return a


def noun_args(sent: Sent, clause: Clause, trig: Tok, entry: Entry, frame: Frame) -> Args:
    a = Args()
    a.preps = {n.prep for n in clause.nps if n.prep}
    a.governing_verbs = {verb_lemma(sent, clause, t) for t in clause_verbs(sent, clause)}
    own = _np_of(clause, trig.i)
    if own is None:
        return a
    for g in own.genitive:
        _add(a, entry.gen_role, g)
        a.object_words.extend(sent.toks[k].lem for k in g.indices())
    # phrases right after the trigger's NP: "Anschlag auf X", "Gespräche zwischen X und Y"
    after = [n for n in clause.nps if n.first > own.last]
    end = (own.genitive[-1].last if own.genitive else own.last)
    recip = entry.reciprocal
    for n in after:
        if n.prep is None or n.first > end + 3:
            break
        if n.prep in ("von", "durch"):
            _add(a, "actor", n)
        elif n.prep == "zwischen":
            _add(a, "actor", n)
            recip = True
        elif n.prep == "mit" and recip:
            _add(a, "actor", n)
        elif n.prep in (entry.target_pp or frame.target_pp):
            _add(a, "target", n)
        end = n.last
    subj = find_subject(sent, clause, exclude=None)
    is_subject = subj is own
    if own.prep is None and not is_subject and subj is not None:
        verbs = a.governing_verbs
        if verbs & RECEIVE_VERBS:
            _add(a, "target", subj)
        elif not verbs <= HAPPEN_VERBS:
            _add(a, "actor", subj)
    if own.prep == "mit" and subj is not None and recip:
        _add(a, "actor", subj)
    a.subject = subj
    a.reciprocal = recip and len(_members(a.actors)) > 1
    return a


def _members(nps: list[NP]) -> list[NP]:
    return [m for n in nps for m in n.members()]


def _add(a: Args, role: str, np_: NP) -> None:
    if role == "actor" and np_ not in a.actors:
        a.actors.append(np_)
    elif role == "target" and np_ not in a.targets:
        a.targets.append(np_)


def _antecedent(sent: Sent, clause: Clause) -> NP | None:
    start = clause.idx[0]
    best = None
    for c in sent.clauses:
        for n in c.nps:
            if n.last < start and (best is None or n.last > best.last):
                best = n
    return best
