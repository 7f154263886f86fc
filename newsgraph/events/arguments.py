"""Who acts on whom: subject/object/PP arguments of a trigger inside its clause.

German word order is used directly: the finite verb is the second constituent of a main clause,
so the phrase before it (the *Vorfeld*) or the first bare phrase after it is the subject; objects
are the other bare phrases of the trigger's conjunct; ``werden`` + participle is passive, with
the ``von``/``durch`` phrase as agent; ``zwischen X und Y`` and ``mit X`` add participants.  UD
``Case`` features from the ``nlp`` stage are used when present.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .analysis import NP, Clause, Sent, Tok
from .lexicon import Entry, Frame

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
ACC_DAT_ARTICLES = frozenset({"den", "dem", "einen", "einem", "ihn", "ihm", "ihnen", "mich", "dich", "uns", "euch"})
NOM_PRONOUNS = frozenset({"er", "sie", "wir", "ich", "du", "ihr", "man"})
HAPPEN_VERBS = frozenset({"erfolgen", "stattfinden", "geben", "kommen", "beginnen", "ereignen", "verlaufen", "sein", "enden", "dauern", "folgen", "werden", "lauten", "bleiben", "gelten", "scheinen", "heißen", "stehen", "liegen", "haben"})
ASPECT_VERBS = frozenset({"beginnen", "anfangen", "starten", "fortsetzen", "fortfahren", "abschließen", "beenden"})
SPEECH_VERBS = frozenset({"anführen", "nennen", "erwähnen", "bezeichnen", "zitieren", "bekanntgeben", "melden", "berichten", "bestätigen", "dementieren", "mitteilen", "verkünden", "begrüßen", "kritisieren", "verurteilen", "kommentieren", "aufnehmen"})
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
    possessive: bool = False


def verb_lemma(sent: Sent, clause: Clause, tok: Tok) -> str:
    """Lemma of a verb including a separated particle in the clause ("nahmen ... fest")."""
    for i in clause.idx:
        t = sent.toks[i]
        if i > tok.i and t.tag == "PTKVZ":
            return (t.lem + tok.lem).lower()
    return tok.lem


def clause_verbs(sent: Sent, clause: Clause) -> list[Tok]:
    return [sent.toks[i] for i in clause.idx if sent.toks[i].tag.startswith(("VV", "VA", "VM"))]


def is_passive(sent: Sent, clause: Clause, trig: Tok, allow_sein: bool = True) -> bool:
    if trig.tag not in ("VVPP", "ADJD"):
        return False
    verbs = clause_verbs(sent, clause)
    if any(t.lem == "werden" and t.tag.startswith("VA") for t in verbs):
        return True
    if allow_sein and any(t.lem == "sein" and t.tag == "VAFIN" for t in verbs) and not any(t.tag == "VVPP" and t.i > trig.i for t in verbs):
        return True  # Zustandspassiv: "Karadžić ist ... angeklagt", "Häftlinge sind inhaftiert"
    # headline ellipsis: "Zwei Ingenieure im Irak entführt"
    return not any(t.tag in ("VVFIN", "VAFIN", "VMFIN") for t in verbs) and not clause.subordinate


def _accdat_marked(sent: Sent, np_: NP) -> bool:
    return sent.toks[np_.first].low in ACC_DAT_ARTICLES


def _nominative(sent: Sent, np_: NP) -> bool | None:
    head = sent.toks[np_.head]
    if head.tag == "PPER":
        return head.low in NOM_PRONOUNS
    return None if not _accdat_marked(sent, np_) else False


_TIME_HEADS = frozenset({
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "jahr", "monat", "woche", "tag", "morgen", "abend", "nacht", "ende", "anfang",
    "mitte", "stunde", "minute", "zeit", "wochenende", "vormittag", "nachmittag", "jahrhundert",
})


def _time_word(t: Tok) -> bool:
    """A time noun by lemma *and* form (a tagger's lemma "Mai" for the name "Mair" is not)."""
    lem = t.lem.lower()
    if lem not in _TIME_HEADS:
        return False
    low = t.text.lower().replace("ä", "a").replace("ö", "o")
    base = lem.replace("ä", "a").replace("ö", "o")
    return low.startswith(base) and low[len(base):] in ("", "s", "e", "es", "en", "n")


def is_time_np(sent: Sent, np_: NP) -> bool:
    return any(_time_word(sent.toks[k]) for k in np_.indices() if sent.toks[k].tag in ("NN", "NE"))


def in_parentheses(sent: Sent, np_: NP) -> bool:
    return np_.first > 0 and sent.toks[np_.first - 1].text == "("


def _usable(sent: Sent, n: NP) -> bool:
    return sent.toks[n.head].tag != "CARD" and not is_time_np(sent, n) and not in_parentheses(sent, n)


def find_subject(sent: Sent, clause: Clause, exclude: NP | None = None) -> NP | None:
    bare = [n for n in clause.nps if n.prep is None and n is not exclude and _usable(sent, n)]
    if not bare:
        return None
    finite = [sent.toks[i].i for i in clause.idx if sent.toks[i].tag in ("VVFIN", "VAFIN", "VMFIN")]
    cands = [n for n in bare if _nominative(sent, n) is not False]
    if not cands:
        return None
    if clause.subordinate or not finite:
        return cands[0]
    f = finite[0]
    first = sent.toks[clause.idx[0]]
    orphan_case = first.tag == "ART" and first.low in ACC_DAT_ARTICLES and not any(n.first == first.i for n in bare)
    # "Den von X vorgeschlagenen Einsatz ... hat Y abgelehnt": the Vorfeld is an object
    before = [n for n in cands if n.last < f and not orphan_case]
    if before:
        return before[0]
    after = [n for n in cands if n.first > f]
    return after[0] if after else None


def is_zu_clause(sent: Sent, clause: Clause) -> bool:
    toks = [sent.toks[i] for i in clause.idx]
    return any(t.tag in ("VVIZU", "PTKZU") for t in toks) and not any(t.tag in FINITE_TAGS for t in toks)


def clause_subject(sent: Sent, clause: Clause) -> NP | None:
    """The subject, with control into zu-infinitives and relative-pronoun antecedents."""
    first = sent.toks[clause.idx[0]]
    if clause.subordinate and first.tag == "PRELS" and first.low in ("der", "die", "welcher", "welche") and is_zu_clause(sent, clause):
        # "Thomas Mair, der ... die Politikerin ermordet zu haben": the relative pronoun
        return _antecedent(sent, clause) or find_subject(sent, clause)
    if is_zu_clause(sent, clause) and clause.governor is not None:
        gov = sent.clauses[clause.governor]
        subj = find_subject(sent, gov)
        if subj is None or sent.toks[subj.head].low == "es":
            bare = [n for n in gov.nps if n.prep is None and sent.toks[n.head].low != "es"]
            subj = bare[0] if bare else None  # "Der Polizei gelang es, X zu verhaften"
        return subj
    subj = find_subject(sent, clause)
    first = sent.toks[clause.idx[0]]
    if clause.subordinate and first.tag == "PRELS" and first.low in ("der", "die", "das", "welche", "welcher"):
        subj = _antecedent(sent, clause) or subj
    return subj


def modifier_pp(sent: Sent, np_: NP, is_place: Callable[[str], bool] | None = None) -> bool:
    """"von Liberia" modifying the noun before it ("Ex-Präsident von Liberia", "nach Angaben
    von Interpol"), not a passive agent: a bare name right after a noun that is itself in a
    prepositional phrase, or a place name right after any noun."""
    if np_.prep not in ("von", "durch"):
        return False
    if np_.prep == "durch":  # "nach Verhör durch die Sicherheitsbehörden"
        k = np_.first - 2
        while k >= 0 and sent.toks[k].tag in ("NN", "NE", "ADJA", "ART"):
            k -= 1
        return k >= 0 and k < np_.first - 2 and sent.toks[k].tag in ("APPR", "APPRART")
    if not all(sent.toks[k].tag in ("NE", "FM", "NN") and sent.toks[k].text[:1].isupper() for k in np_.indices()):
        return False
    prev = np_.first - 2  # token before "von"
    if prev < 0 or sent.toks[prev].tag not in ("NN", "NE", "FM"):
        return False
    k = prev
    while k >= 0 and sent.toks[k].tag in ("NN", "NE", "FM", "ADJA", "ART", "CARD"):
        k -= 1
    if k >= 0 and sent.toks[k].tag in ("APPR", "APPRART"):
        return True  # "nach Angaben von Interpol"
    text = " ".join(sent.toks[i].text for i in np_.indices())
    return bool(is_place and is_place(text))


_PAV = {"dafür": "für", "darauf": "auf", "dazu": "zu", "damit": "mit", "dagegen": "gegen", "darum": "um",
        "davon": "von", "darüber": "über", "daran": "an", "dabei": "bei", "dazwischen": "zwischen"}


def clause_preps(sent: Sent, clause: Clause) -> set[str]:
    out = {n.prep for n in clause.nps if n.prep}
    out |= {_PAV[sent.toks[i].low] for i in clause.idx if sent.toks[i].low in _PAV}
    return out


def _conjunct(sent: Sent, clause: Clause, i: int) -> tuple[int, int]:
    """Token range of the conjunct around ``i`` (split at coordinating 'und'/'oder' between verbs)."""
    lo, hi = clause.idx[0], clause.idx[-1]
    kon = [k for k in clause.idx if sent.toks[k].tag == "KON" and sent.toks[k].low in ("und", "oder", "sowie")]
    verbs = [k for k in clause.idx if sent.toks[k].tag.startswith("VV")]
    for k in kon:
        if k == 0 or not sent.toks[k - 1].tag.startswith(("VV", "VA", "VM", "PTKVZ")):
            continue  # "mit Steinen und Flaschen": nouns, not clauses, are coordinated
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


def verb_args(sent: Sent, clause: Clause, trig: Tok, entry: Entry, frame: Frame, is_place: Callable[[str], bool] | None = None) -> Args:
    a = Args()
    a.passive = is_passive(sent, clause, trig, allow_sein=not entry.intransitive and frame.object != "none")
    a.preps = clause_preps(sent, clause)
    subj = clause_subject(sent, clause)
    a.subject = subj
    lo, hi = _conjunct(sent, clause, trig.i)
    finite = [i for i in clause.idx if sent.toks[i].tag in ("VVFIN", "VAFIN", "VMFIN")]
    if not clause.subordinate and finite:
        lo = max(lo, finite[0] + 1)  # V2: the Vorfeld holds one constituent, the subject or not
    zu = is_zu_clause(sent, clause)
    objs = [
        n for n in clause.nps
        if n.prep is None and n is not subj and (zu or lo <= n.first <= hi) and _usable(sent, n)
        and sent.toks[n.head].low not in ("es", "sich")
    ]
    objs.sort(key=lambda n: abs(n.head - trig.i))
    reflexive = any(sent.toks[k].low in ("sich", "einander") for k in range(lo, hi + 1) if k in clause.idx)
    if reflexive:
        a.object_words.append("sich")  # "verspricht man sich Erfolg", "konnte sich retten"
    for n in objs[:2]:
        a.object_words.extend(sent.toks[k].lem for k in n.indices())
        for g in n.genitive:
            a.object_words.extend(sent.toks[k].lem for k in g.indices())
        for pp in clause.nps:  # "den Umgang mit Waffen": a mit-phrase right after the object
            if pp.prep == "mit" and 0 < pp.first - n.last <= 2:
                a.object_words.extend(sent.toks[k].lem for k in pp.indices())
    recip = frame.reciprocal or entry.reciprocal
    if a.passive:
        if subj is not None:
            a.object_words.extend(sent.toks[k].lem for k in subj.indices())
            _add(a, frame.passive_subject, subj)
        for n in clause.nps:  # "Dem Mann wird ... vorgeworfen": the dative is the recipient
            if n.prep is None and n is not subj and sent.toks[n.first].low in ("dem", "einem") and _usable(sent, n):
                _add(a, "target", n)
        for n in _pps(clause, frame.agent_pp or ("von", "durch")):
            if modifier_pp(sent, n, is_place):
                continue
            _add(a, "target" if frame.passive_subject == "actor" and frame.subject == "target" else "actor", n)
    else:
        if subj is not None:
            _add(a, frame.subject, subj)
        for n in objs[:2] if frame.object == "target" else objs[:1]:
            _add(a, frame.object, n)  # a dative and an accusative object; coding keeps who can act
        if reflexive and subj is not None and subj.conj:
            recip = True
    for n in _pps(clause, frame.with_pp):
        _add(a, "actor", n)
        recip = True
    for n in _pps(clause, ("zwischen",)):
        _add(a, "actor" if recip or entry.type != "CONSULT" else "target", n)
        recip = recip or entry.type in ("CONSULT", "AGREE", "SUPPORT", "ASSAULT", "COOPERATE")
    for n in _pps(clause, tuple(entry.target_pp) + frame.target_pp):
        if n not in a.actors and not modifier_pp(sent, n, is_place):
            _add(a, "target", n)
    if recip and a.targets and frame.object == "actor":
        a.actors.extend(a.targets)
        a.targets = []
    a.reciprocal = recip and len(_members(a.actors)) > 1
    a.governing_verbs = {verb_lemma(sent, clause, t) for t in clause_verbs(sent, clause)}
    return a


def own_np(clause: Clause, i: int) -> NP | None:
    for np_ in clause.nps:
        for m in np_.members():
            if m.first <= i <= m.last:
                return np_ if m is np_ else NP(m.first, m.last, m.head, np_.prep)
        for k, g in enumerate(np_.genitive):
            if g.first <= i <= g.last:  # "der Drahtzieher einer Entführung": the genitive itself
                return NP(g.first, g.last, g.head, "gen", np_.genitive[k + 1 :])
    return None


def noun_args(sent: Sent, clause: Clause, trig: Tok, entry: Entry, frame: Frame, is_place: Callable[[str], bool] | None = None) -> Args:
    a = Args()
    a.preps = clause_preps(sent, clause)
    a.governing_verbs = {verb_lemma(sent, clause, t) for t in clause_verbs(sent, clause)}
    own = own_np(clause, trig.i)
    if own is None:
        return a
    for g in own.genitive:
        _add(a, entry.gen_role, g)
        a.object_words.extend(sent.toks[k].lem for k in g.indices())
    # phrases right after the trigger's NP: "Anschlag auf X", "Gespräche zwischen X und Y"
    end = own.genitive[-1].last if own.genitive else own.last
    recip = entry.reciprocal
    targets_pp = entry.target_pp or frame.target_pp
    for n in [n for n in clause.nps if n.first > own.last]:
        if n.prep is None or n.first > end + 3:
            break
        if n.prep == "durch":
            _add(a, "actor", n)
        elif n.prep == "von" and not (is_place and is_place(" ".join(sent.toks[k].text for k in n.indices()))):
            _add(a, entry.gen_role, n)  # "Festnahme von drei Aktivisten": von replaces a genitive
        elif n.prep == "zwischen":
            _add(a, "actor", n)
            recip = True
        elif n.prep == "mit" and recip:
            _add(a, "actor", n)
        elif n.prep in targets_pp:
            _add(a, "target", n)
        end = n.last
    subj = clause_subject(sent, clause)
    a.subject = subj
    is_subject = subj is not None and subj.first <= trig.i <= subj.last
    passive = any(t.lem == "werden" for t in clause_verbs(sent, clause)) and any(
        sent.toks[i].tag == "VVPP" for i in clause.idx
    )
    if is_subject and passive and a.governing_verbs & set(entry.needs_verb):
        for n in _pps(clause, targets_pp):  # "wurde gegen X Anzeige gestellt"
            if not modifier_pp(sent, n, is_place):
                _add(a, "target", n)
    if own.prep is None and not is_subject and subj is not None:
        verbs = a.governing_verbs
        if verbs & RECEIVE_VERBS:
            _add(a, "target", subj)
        elif verbs & SPEECH_VERBS:
            pass  # "gab die Festnahme bekannt": the speaker reports, it did not arrest
        elif not verbs <= HAPPEN_VERBS:
            _add(a, "actor", subj)  # light verb: "verhängte Sanktionen", "stellte Strafanzeige"
            for n in clause.nps:
                if n.prep is None and n is not subj and not (n.first <= trig.i <= n.last) and _usable(sent, n):
                    _add(a, "target", n)  # "stattete dem Papst einen Besuch ab"
            for n in _pps(clause, targets_pp):
                if n.last < own.first and not modifier_pp(sent, n, is_place):
                    _add(a, "target", n)  # fronted: "Gegen den Piloten ... hat X Anklage erhoben"
    if (
        own.prep in ("nach", "vor", "bei", "während") and entry.type in ("COERCE", "ACCUSE") and not a.targets
        and passive and subj is not None and not is_subject and sent.toks[subj.head].low != "es"
    ):
        _add(a, "target", subj)  # "X wurde nach Verhör durch die Polizei freigelassen": X was questioned
    if own.prep == "in" and subj is not None and entry.type == "COERCE" and not is_subject:
        _add(a, "target", subj)  # "X befindet sich in Gewahrsam Litauens"
    if own.prep == "mit" and subj is not None and a.governing_verbs & ASPECT_VERBS:
        _add(a, "actor", subj)  # "begann die Polizei mit der Räumung"
    with_mit = any(n.prep == "mit" for n in clause.nps if n.first > own.last)
    if subj is not None and recip and (own.prep == "mit" or (own.prep in ("in", "bei", "während", "nach") and with_mit)):
        _add(a, "actor", subj)  # "X hat in einem Gespräch mit Y ..."
    a.possessive = any(sent.toks[k].tag == "PPOSAT" for k in own.indices())
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
