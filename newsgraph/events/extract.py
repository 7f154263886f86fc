"""Event mentions: find triggers from the lexicon in each content sentence and fill their slots.

One :class:`Mention` per trigger that survives the lexicon's conditions (objects, prepositions,
light verbs, agents, negation, accident context).  :mod:`newsgraph.events.merge` then merges the
mentions of one happening into :class:`~newsgraph.record.Event` records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..doc import Doc
from ..record import Actor, Span
from .agents import ActorCoder, Coding
from .analysis import NP, Clause, Sent, Tok, analyse, np_text
from .arguments import (
    FINITE_TAGS,
    Args,
    clause_subject,
    is_time_np,
    noun_args,
    own_np,
    verb_args,
    verb_lemma,
)
from .attributes import negated, place_for, quantity_for, stance_of, time_for
from .lexicon import VERBAL_TYPES, Entry, Lexicon

VERB_TAGS = frozenset({"VVFIN", "VVINF", "VVPP", "VVIZU", "ADJD"})
#: verbal types whose noun objects are only talked about, not done ("forderte Sanktionen")
RECIPIENT_TYPES = frozenset({"AID", "COOPERATE", "SANCTION"})
NON_REALISING = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "ACCUSE"})


@dataclass
class Mention:
    type: str
    mode: str | None
    cameo: str | None
    trigger: Span
    lemma: str
    pos: str
    sent: int
    block: str | None
    actors: list[Actor]
    targets: list[Actor]
    reciprocal: bool
    time: str | None
    place: str | None
    quantity: str | None
    claim: str | None
    stance: str
    weight: float
    passive: bool
    evidence: list[Span] = field(default_factory=list)
    time_value: str | None = None
    definite: bool = False  # a bare definite noun ("die Festnahme"): refers back
    background: bool = False  # "nach heftigen Unruhen gewählt": a bare noun in a temporal phrase
    attribute: bool = False  # "der Bombenleger der Anschläge": a noun describing a participant


@dataclass
class _Ctx:
    doc: Doc
    lex: Lexicon
    coder: ActorCoder
    recent: list[tuple[Actor, int]] = field(default_factory=list)  # salient actors (for pronouns)


def _stems_hit(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(s in w.lower() for w in words for s in stems)


def _variant(entry: Entry, args: Args, coded: dict[str, list[Coding]]) -> tuple[str, str | None, str | None]:
    for v in entry.variants:
        ok = True
        for key, vals in v.when.items():
            if key == "object":
                ok = _stems_hit(args.object_words, vals)
            elif key == "pp":
                ok = bool(args.preps & set(vals))
            elif key == "verb":
                ok = bool(args.governing_verbs & set(vals))
            elif key in ("actor_sector", "target_sector"):
                sectors = {(c.sector or "").lower() for c in coded["actor" if key == "actor_sector" else "target"]}
                ok = bool(sectors & set(vals))
            if not ok:
                break
        if ok:
            return v.type, v.mode, v.cameo
    return entry.type, entry.mode, entry.cameo


def _actor(ctx: _Ctx, sent: Sent, np_: NP) -> tuple[Actor, Coding]:
    text = ctx.doc.article.text
    head = sent.toks[np_.head]
    s, e, surface = np_text(text, sent.toks, np_)
    if head.tag in ("PPER", "PDS", "PIS", "PRELS") and np_.first == np_.last:
        singular = head.low in ("er", "ihm", "ihn", "dieser", "dieses")
        for prev, _n in reversed(ctx.recent):
            if singular and _plural_phrase(prev.text):
                continue
            if prev.text.lower() != head.low:
                c = Coding(prev.country, prev.sector, prev.entity, True)
                return Actor(surface, prev.entity, prev.country, prev.sector), c
        return Actor(surface), Coding()
    c = ctx.coder.code(sent, np_)
    if np_.appos is not None:  # "der Vertreter der Arbeitgeber ..., Peter Clever": the name
        ca = ctx.coder.code(sent, np_.appos)
        _s, _e, name = np_text(text, sent.toks, np_.appos)
        c = Coding(c.country or ca.country, c.sector or ca.sector, ca.entity or c.entity, True)
        return Actor(name, c.entity, c.country, c.sector), c
    return Actor(surface, c.entity, c.country, c.sector), c


def _plural_phrase(text: str) -> bool:
    """Rough number of a remembered phrase: "die Sicherheitskräfte", "zwei Männer"."""
    words = text.split()
    if not words:
        return False
    first = words[0].lower()
    last = words[-1].lower()
    if first in ("die", "den") and last.endswith(("en", "e", "er")) and len(words) > 1:
        return True
    return last.endswith(("kräfte", "kräften", "leute", "männer", "behörden", "soldaten", "polizisten"))


def _code_all(ctx: _Ctx, sent: Sent, nps: list[NP]) -> tuple[list[Actor], list[Coding]]:
    actors: list[Actor] = []
    codes: list[Coding] = []
    for np_ in nps:
        for m in np_.members():
            m2 = NP(m.first, m.last, m.head, m.prep, np_.genitive if m is np_ else m.genitive, (), np_.appos if m is np_ else m.appos)
            if sent.toks[m2.head].tag in ("PIS", "CARD") and m2.first == m2.last and m2.genitive:
                # "einen der Bosse", "zwei der Verdächtigen": the partitive genitive says who
                g = m2.genitive[0]
                m2 = NP(m2.first, g.last, g.head, m2.prep, m2.genitive[1:], (), m2.appos)
            if is_time_np(sent, m2) and sent.toks[m2.head].tag != "PPER":
                continue  # "am gestrigen Sonntag" is when, not who
            a, c = _actor(ctx, sent, m2)
            if not c.capable:
                continue
            if any(x.text == a.text or (a.entity and x.entity == a.entity) for x in actors):
                continue  # "Bounty" + "Killer": two pieces of one named entity
            actors.append(a)
            codes.append(c)
    return actors, codes


def _assault_mode(ctx: _Ctx, prefix: str, words: list[str]) -> str | None:
    modes = ctx.lex.assault_modes
    for key in sorted(modes, key=len, reverse=True):
        if prefix.startswith(key) or any(w.lower().startswith(key) for w in words):
            return modes[key]
    return None


def _disaster(ctx: _Ctx, sent: Sent) -> bool:
    stems = ctx.lex.disaster_nouns
    for c in sent.clauses:
        for n in c.nps:
            if n.prep in ("bei", "durch", "nach", "infolge", "wegen", "von"):
                lem = sent.toks[n.head].lem
                if any(s in lem for s in stems):
                    return True
    return False


def _mention(ctx: _Ctx, sent: Sent, si: int, clause: Clause, tok: Tok, entry: Entry, prefix: str) -> Mention | None:
    lex = ctx.lex
    frame = lex.frame(entry)
    is_noun = entry.pos == "noun"
    if is_noun:
        args = noun_args(sent, clause, tok, entry, frame, ctx.coder.is_place)
        own = own_np(clause, tok.i)
    else:
        args = verb_args(sent, clause, tok, entry, frame, ctx.coder.is_place)
        own = None
    if entry.passive_only and not args.passive:
        return None
    if entry.needs_object and not _stems_hit(args.object_words, entry.needs_object):
        return None
    if entry.bad_objects and _stems_hit(args.object_words, entry.bad_objects):
        return None
    if entry.needs_pp and not (args.preps & set(entry.needs_pp)):
        return None
    verb_variant = any(v.when.get("verb") and args.governing_verbs & set(v.when["verb"]) for v in entry.variants)
    if is_noun and entry.needs_verb and not (args.governing_verbs & set(entry.needs_verb)) and not verb_variant:
        return None
    if entry.bad_context and any(
        s in t.lem for t in sent.toks if t.lem not in lex.cue("future_verbs") for s in entry.bad_context
    ):
        return None  # planning verbs are judged below: "soll den Anschlag geplant haben" happened
    if negated(sent, clause, tok, lex, own):
        return None
    if clause.subordinate and clause.governor is not None and _irrealis_governor(ctx, sent, clause):
        return None  # "forderte, ... die Einreise zu verweigern": the content of a request
    if is_noun and own is not None and own.prep in (None, "mit", "zu", "um", "nach", "auf"):
        for v in clause.idx:
            vt = sent.toks[v]
            if vt.tag.startswith("VV") and vt.i != tok.i:
                ve = lex.verb(verb_lemma(sent, clause, vt))
                if ve is not None and ve.type in NON_REALISING:
                    return None  # "forderte Sanktionen": the sanctions are not (yet) imposed
    actors, acodes = _code_all(ctx, sent, [n for n in args.actors if not _locative(ctx, sent, n)])
    # "200 Menschen getötet, darunter viele Touristen": a part of a group named before, no
    # participant of its own
    args.targets = [n for n in args.targets if not (n.first > 0 and sent.toks[n.first - 1].low in ("darunter", "davon"))]
    counted = [n for n in args.targets if entry.type == "ASSAULT" and _head_count(ctx, sent, n)]
    targets, tcodes = _code_all(
        ctx, sent, [n for n in args.targets if not _locative(ctx, sent, n) and n not in counted]
    )
    if lex.cue("irrealis_verbs") & args.governing_verbs and is_noun:
        return None  # "halten einen Abzug für unwahrscheinlich", "einen Anschlag verhindern"
    if args.possessive and entry.gen_role == "actor" and (args.subject is not None or ctx.recent):
        # "X hatte nach seinem Besuch ... mitgeteilt": the possessor is the clause's subject,
        # else the last salient actor ("bei seinem Israelbesuch")
        own_subject = args.subject is not None and own is not None and args.subject.first <= tok.i <= args.subject.last
        subj_actor = _actor(ctx, sent, args.subject)[0] if args.subject is not None and not own_subject else None
        prev = subj_actor if subj_actor is not None and subj_actor.text.lower() not in ("er", "sie") else ctx.recent[-1][0] if ctx.recent else subj_actor
        assert prev is not None
        pc = Coding(prev.country, prev.sector, prev.entity, True)
        role_list, code_list = (actors, acodes) if entry.gen_role == "actor" else (targets, tcodes)
        if not role_list:
            role_list.append(prev)
            code_list.append(pc)
    if prefix:
        c = ctx.coder.t.country_of_name(prefix) or ctx.coder._org(prefix)[0]
        if c:
            a = Actor(tok.text, None, c, "GOV")
            (actors if entry.prefix_role == "actor" else targets).append(a)
    typ, mode, cameo = _variant(entry, args, {"actor": acodes, "target": tcodes})
    if entry.agent_sectors and not any(c.sector in entry.agent_sectors for c in acodes):
        return None
    if typ in RECIPIENT_TYPES and not targets and not counted and not entry.needs_verb and entry.pos == "verb":
        return None  # PLOVER: COOPERATE, AID and SANCTION require a recipient
    if typ == "COOPERATE" and is_noun and entry.reciprocal and len(actors) + len(targets) < 2:
        return None  # "die Zusammenarbeit" needs the two sides that work together
    agentless = not actors and not ((args.passive or is_noun) and (targets or counted))
    if (entry.requires_agent or typ in VERBAL_TYPES) and agentless:
        return None
    if not actors and not targets and not (is_noun and typ in ("ASSAULT", "PROTEST", "COERCE")) and not counted:
        return None
    if typ == "ASSAULT":
        if not actors and _disaster(ctx, sent):
            return None
        mode = mode or _assault_mode(ctx, prefix, args.object_words + [t.text for t in sent.toks[max(0, tok.i - 2) : tok.i]])
    arg_nps = args.targets + args.actors
    used = {k for n in arg_nps for m in n.members() for k in m.indices()} | {tok.i}
    used |= {k for n in arg_nps for g in n.genitive for k in g.indices()}
    in_pp = own is not None and own.prep not in (None, "gen")
    stance = stance_of(ctx.doc.article, sent, clause, tok, lex, is_noun, entry.needs_verb, in_pp)
    st = stance.stance
    # "welche ein Attentat plante": only a plan; "soll den Anschlag geplant haben": the planner
    # of an attack that happened (an alleged perfect of the planning verb)
    plan_finite = any(
        sent.toks[i].tag == "VVFIN" and verb_lemma(sent, clause, sent.toks[i]) in lex.cue("future_verbs")
        for i in clause.idx
    )
    planned = is_noun and bool(args.governing_verbs & lex.cue("future_verbs")) and (st != "alleged" or plan_finite)
    purpose = is_noun and own is not None and own.prep == "für"
    if typ == "ASSAULT" and (st in ("future", "hypothetical") or planned or purpose):
        return None  # an attack that is only planned, imagined or a purpose did not happen
    if typ == "RETREAT" and st == "future":
        typ, mode, cameo = "CONCEDE", None, cameo  # PLOVER: announced retreats are CONCEDE
    time, basis = time_for(ctx.doc.article, sent, clause, tok)
    del basis
    place = place_for(ctx.doc.article, ctx.coder, sent, clause, used)
    quantity = quantity_for(ctx.doc.article, sent, args.targets + args.actors + ([own] if own else []), clause, tok)
    recip = args.reciprocal or (entry.reciprocal and len(actors) > 1)
    if recip and targets and typ in ("CONSULT", "ASSAULT") and frame.object == "actor":
        actors, targets = actors + targets, []
    art = ctx.doc.article
    tv = next((t.value for t in art.times if t.id == time), time)
    definite = bool(
        is_noun and own is not None and own.first < tok.i
        and (sent.toks[own.first].low in ("der", "die", "das", "dem", "den", "des") or sent.toks[own.first].tag == "PPOSAT")
    )
    background = bool(
        is_noun and own is not None and own.prep in ("nach", "vor", "seit")
        and not actors and not targets and not counted and place is None
    )
    return Mention(
        type=typ, mode=mode, cameo=cameo, trigger=art.span(tok.start, tok.end), lemma=entry.lemma,
        pos=entry.pos, sent=si, block=sent.block, actors=actors, targets=targets, reciprocal=recip,
        time=time, place=place, quantity=quantity, claim=stance.claim, stance=st,
        weight=entry.weight, passive=args.passive, evidence=list(stance.evidence),
        time_value=tv, definite=definite, background=background,
        attribute=is_noun and own is not None and own.prep == "gen" and _describes_person(ctx, sent, clause, own),
    )


def _describes_person(ctx: _Ctx, sent: Sent, clause: Clause, own: NP) -> bool:
    """Is the genitive ``own`` attached to a person or agent noun ("einer der Bombenleger der
    Terroranschläge", "der Drahtzieher einer Entführung")?"""
    for n in clause.nps:
        if any(g.first == own.first for g in n.genitive):
            chain = [n, *n.genitive]
            k = next(i for i, g in enumerate(chain) if g.first == own.first)
            host = sent.toks[chain[k - 1].head]
            return bool(ctx.coder.t.is_person_noun(host.lemma) or ctx.coder.t.sector_of_noun(host.lemma))
    return False


def extract_mentions(doc: Doc, lex: Lexicon, sents: list[Sent] | None = None) -> list[Mention]:
    resolved = doc.layers.get("resolve.actors")
    ctx = _Ctx(doc, lex, ActorCoder(doc.article, resolved=resolved if isinstance(resolved, Mapping) else None))
    out: list[Mention] = []
    for si, sent in enumerate(sents if sents is not None else analyse(doc)):
        for clause in sent.clauses:
            for i in clause.idx:
                tok = sent.toks[i]
                found = _trigger(lex, sent, clause, tok)
                if found is None:
                    continue
                entry, prefix = found
                m = _mention(ctx, sent, si, clause, tok, entry, prefix)
                if m is not None:
                    out.append(m)
            _remember(ctx, sent, si, clause)
    return out


def _trigger(lex: Lexicon, sent: Sent, clause: Clause, tok: Tok) -> tuple[Entry, str] | None:
    if tok.tag in VERB_TAGS:
        if _attributive(sent, clause, tok):
            return None
        full = verb_lemma(sent, clause, tok)
        entry = lex.verb(full)
        if entry is None and full == tok.lem and tok.tag == "ADJD":
            return None
        if entry is not None:
            return entry, ""
        return None
    if tok.tag == "NN":
        found = lex.noun(tok.lemma) or lex.noun(tok.text)
        return found
    return None


def _head_count(ctx: _Ctx, sent: Sent, np_: NP) -> bool:
    """"18 Menschen", "mehrere Verletzte": an anonymous count of people is a quantity."""
    head = sent.toks[np_.head]
    counted = any(sent.toks[k].tag == "CARD" or sent.toks[k].lem in ("mehrere", "viele", "zahlreich", "dutzende", "hunderte") for k in np_.indices())
    return counted and head.lem.lower() in ("mensch", "person", "tote", "toter", "opfer", "verletzte", "verletzter", "leute", "zivilist")


def _locative(ctx: _Ctx, sent: Sent, np_: NP) -> bool:
    """"in Rom", "nahe Calais": a place phrase is where, not who (countries may be hosts)."""
    if np_.prep not in ("in", "nach", "bei", "nahe", "aus", "an", "auf"):
        return False
    text = ctx.doc.article.text[sent.toks[np_.first].start : sent.toks[np_.last].end]
    words = [sent.toks[k] for k in np_.indices() if sent.toks[k].tag not in ("ART", "ADJA")]
    name = " ".join(t.text for t in words)
    if ctx.coder.t.country_of_name(name) and np_.prep in ("nach", "in", "bei", "an"):
        return False
    if np_.prep in ("in", "nahe", "aus") and all(t.tag in ("NE", "FM") for t in words):
        return True  # "in Gansu": a named place that is not a country
    return ctx.coder.is_place(name) or ctx.coder.is_place(text) or sent.toks[np_.head].lem in ("stadt", "hauptstadt", "heimatstadt", "dorf", "region", "provinz")


def _irrealis_governor(ctx: _Ctx, sent: Sent, clause: Clause) -> bool:
    gov = sent.clauses[clause.governor] if clause.governor is not None else None
    if gov is None or clause.intro not in (None, "dass"):
        return False
    if any(sent.toks[i].lem.lower() in ctx.lex.cue("irrealis_nouns") for i in gov.idx):
        return True  # "Er war im Begriff, einen Anschlag zu verüben"
    for i in gov.idx:
        t = sent.toks[i]
        if t.tag.startswith("VV"):
            if verb_lemma(sent, gov, t) in ctx.lex.cue("wish_verbs"):
                return True  # "Dass ... entsendet werden, erhofft sich die Stadt"
            e = ctx.lex.verb(verb_lemma(sent, gov, t))
            if e is not None and e.type in ("REQUEST", "THREATEN", "AGREE", "REJECT"):
                return True
    return False


def _attributive(sent: Sent, clause: Clause, tok: Tok) -> bool:
    """"den ... verurteilten Schweizer": a participle used as an adjective is no trigger."""
    nxt = sent.toks[tok.i + 1] if tok.i + 1 < len(sent.toks) else None
    if nxt is None or nxt.tag not in ("NN", "NE") or not tok.low.endswith(("e", "en", "er", "es", "em")):
        return False
    return any(sent.toks[k].tag in FINITE_TAGS for k in clause.idx if k < tok.i)


def _remember(ctx: _Ctx, sent: Sent, si: int, clause: Clause) -> None:
    subj = clause_subject(sent, clause)
    verbs = [sent.toks[i] for i in clause.idx if sent.toks[i].tag.startswith(("VV", "VA"))]
    if any(t.lem == "werden" for t in verbs) and any(t.tag == "VVPP" for t in verbs):
        # passive: the salient actor is the von/durch agent, not the grammatical subject
        subj = next((n for n in clause.nps if n.prep in ("von", "durch")), None)
    for np_ in ([subj] if subj is not None else []):
        if sent.toks[np_.head].tag in ("PPER", "PDS", "PIS", "CARD"):
            continue
        c = ctx.coder.code(sent, np_)
        _s, _e, surface = np_text(ctx.doc.article.text, sent.toks, np_)
        if np_.conj:
            # "Vater, Mutter und Sohn Muster aus Göttingen": a plural group, coded by the
            # member that names someone (an entity or a country)
            codes = [c] + [ctx.coder.code(sent, m) for m in np_.conj]
            c = next((x for x in codes if x.capable and (x.entity or x.country)), c)
            end = np_.conj[-1].genitive[-1].last if np_.conj[-1].genitive else np_.conj[-1].last
            surface = ctx.doc.article.text[sent.toks[np_.first].start : sent.toks[end].end]
        if c.capable:
            ctx.recent.append((Actor(surface, c.entity, c.country, c.sector), si))
    ctx.recent = ctx.recent[-12:]
