"""One event per happening: merge mentions, then score confidence.

Two mentions are merged when they have the same PLOVER type and compatible participants,
time and place, and either sit in the same sentence, share a participant, or one of them is in
the headline/teaser (which restate the body).  The merged event keeps the most informative
mention's trigger; the other triggers go to ``evidence``.

``confidence`` is a logistic function of a few features of the merged event (trigger part of
speech, lexicon prior, filled slots, number of mentions, stance); the weights in
``confidence_de.json`` were fitted on the dev set (``bench/events_dev/calibrate.py``), so the
score estimates the probability that type, actor and recipient are all right.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from ..record import Actor, Event
from .agents import agent_tables
from .extract import Mention

HEADLINE_BLOCKS = frozenset({"title"})
#: types whose event needs two known parties (PLOVER codes consultations between two actors)
TWO_PARTY_TYPES = frozenset({"CONSULT"})
_COUNTRY_WORDS = frozenset({"demokratischen", "volksrepublik", "republik", "föderation", "königreich", "staaten", "vereinigten"})
DEFAULT_WEIGHTS: Mapping[str, float] = {
    "bias": -1.0, "verb": 0.5, "prior": 1.0, "actor": 0.8, "target": 0.5, "country": 0.4,
    "entity": 0.3, "mentions": 0.3, "asserted": 0.2, "passive_no_agent": -0.3,
}


def _words(a: Actor) -> set[str]:
    """Distinctive words of an actor phrase: names, not generic agent nouns ("Menschen")."""
    t = agent_tables()
    out = set()
    for w in a.text.split():
        low = w.lower().strip(".,")
        if len(low) <= 3 or not w[:1].isupper():
            continue
        if t.sector_of_noun(low) or t.is_person_noun(low) or low in t.demonyms:
            continue
        if t.country_of_name(low) or low in t.capitals or t.country_of_adjective(low) or low in _COUNTRY_WORDS:
            continue  # "der DVRK", "Volksrepublik Korea": a country is not the referent's name
        out.add(low)
    return out


def _same_party(a: Actor, b: Actor) -> bool:
    if a.entity and a.entity == b.entity:
        return True
    wa, wb = _words(a), _words(b)
    if wa & wb:
        return True
    if (a.entity and b.entity) or (wa and wb):
        return False  # two different names ("Sergei Schoigu" / "eine Delegation der Führung")
    return bool(a.country and a.country == b.country and a.sector and a.sector == b.sector)


_PRONOUNS = frozenset({"er", "sie", "ihn", "ihm", "ihr", "ihnen", "es", "wir", "dieser", "diese", "man"})


def _known(a: Actor) -> bool:
    """A participant that can conflict: not a pronoun, and with a country, entity or name."""
    return a.text.lower() not in _PRONOUNS and bool(a.country or a.entity or _words(a))


def _compatible_parties(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    xs = [x for x in xs if _known(x)]
    ys = [y for y in ys if _known(y)]
    if not xs or not ys:
        return True
    return any(_same_party(a, b) for a in xs for b in ys)


def _same_referent(a: Actor, b: Actor) -> bool:
    """Stricter than :func:`_same_party`: one entity or a shared name, not just "RUS/GOV"."""
    return bool((a.entity and a.entity == b.entity) or (_words(a) & _words(b)))


def _shares(m: Mention, n: Mention) -> bool:
    ps = m.actors + m.targets
    qs = n.actors + n.targets
    return any(_same_referent(a, b) for a in ps for b in qs)


def _can_merge(m: Mention, n: Mention) -> bool:
    if m.type != n.type:
        return False
    same_roles = _compatible_parties(m.actors, n.actors) and _compatible_parties(m.targets, n.targets)
    recip_ok = (m.reciprocal or n.reciprocal) and _compatible_parties(m.actors + m.targets, n.actors + n.targets)
    if not same_roles and not recip_ok:
        return False
    if m.sent == n.sent:
        # "einer der Bombenleger der Anschläge ... wurde getötet": the attribute's event is
        # another happening than the clause's
        return m.attribute == n.attribute or m.lemma == n.lemma
    for a, b in ((m.time_value, n.time_value), (m.place, n.place)):
        if a and b and a != b:
            return False
    headline = (m.block in HEADLINE_BLOCKS) != (n.block in HEADLINE_BLOCKS)
    factual = {m.stance, n.stance} <= {"asserted", "reported"}
    if m.stance != n.stance and not headline and not factual:
        return False
    if _shares(m, n):
        return True
    return headline and m.lemma == n.lemma


def _no_conflict(m: Mention, n: Mention) -> bool:
    return all(not (a and b and a != b) for a, b in ((m.time_value, n.time_value), (m.place, n.place)))


def _bare(m: Mention) -> bool:
    return not m.actors and not m.targets


def _info(m: Mention) -> tuple[int, int, int]:
    filled = len(m.actors) * 2 + len(m.targets) * 2 + bool(m.time) + bool(m.place) + bool(m.quantity)
    return filled, int(m.block not in HEADLINE_BLOCKS), -m.sent


def _union(lists: Sequence[Sequence[Actor]]) -> tuple[Actor, ...]:
    out: list[Actor] = []
    for lst in lists:
        for a in lst:
            if not any(a.text == b.text or _same_party(a, b) for b in out):
                out.append(a)
    return tuple(out)


@lru_cache(maxsize=1)
def confidence_weights() -> Mapping[str, float]:
    try:
        text = resources.files("newsgraph.events").joinpath("confidence_de.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return DEFAULT_WEIGHTS
    data = json.loads(text)
    return {k: float(v) for k, v in data.get("weights", {}).items()} or DEFAULT_WEIGHTS


def features(group: Sequence[Mention], primary: Mention, actors: Sequence[Actor], targets: Sequence[Actor]) -> dict[str, float]:
    return {
        "bias": 1.0,
        "verb": float(primary.pos == "verb"),
        "prior": primary.weight,
        "actor": float(bool(actors)),
        "target": float(bool(targets)),
        "country": float(any(a.country for a in actors)),
        "entity": float(any(a.entity for a in (*actors, *targets))),
        "mentions": min(len(group), 3) - 1.0,
        "asserted": float(primary.stance == "asserted"),
        "passive_no_agent": float(primary.passive and not actors),
    }


def confidence(feats: Mapping[str, float], weights: Mapping[str, float] | None = None) -> float:
    w = weights or confidence_weights()
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def merge_mentions(mentions: Sequence[Mention]) -> list[tuple[list[Mention], Mention]]:
    """Group mentions of one happening; body mentions first, then headline/teaser ones."""
    groups: list[list[Mention]] = []
    body = [m for m in mentions if m.block not in HEADLINE_BLOCKS]
    head = [m for m in mentions if m.block in HEADLINE_BLOCKS]
    for m in body:
        target = None
        for g in groups:
            if all(_can_merge(m, n) for n in g):
                target = g
                break
        if target is None and _bare(m) and not m.attribute:
            # "Bei dem Anschlag wurden zwölf Menschen getötet": a mention without participants
            # in the sentence of a mention of the same type reports that happening
            same_sent = [
                g for g in groups
                if any(n.sent == m.sent and n.type == m.type and _no_conflict(m, n) and not n.attribute for n in g)
            ]
            target = same_sent[-1] if same_sent else None
        if target is None and m.mode:
            # "der Drahtzieher einer Entführung im Jahr 2000 ... wurden sie von den Entführern
            # verschleppt": a bare earlier mention with the same specific mode is this happening
            bare = [
                g for g in groups
                if all(_bare(n) and n.type == m.type and n.mode == m.mode and _no_conflict(m, n) for n in g)
            ]
            target = bare[-1] if bare else None
        if target is None and m.definite:
            # "Entscheidend für die Festnahme war ...", "Die Verhaftung des Mafiabosses wurde
            # ... aufgenommen": a definite noun refers back to an event already reported
            earlier = [
                g for g in groups
                if g[0].type == m.type and min(x.sent for x in g) < m.sent
                and all(
                    _headline_fits(m, n) and (not m.mode or not n.mode or m.mode == n.mode)
                    and _compatible_parties(m.actors, n.actors) and _compatible_parties(m.targets, n.targets)
                    for n in g
                )
            ]
            if earlier:
                target = earlier[-1]  # the last compatible event of that type
        if target is None and (bool(m.actors) != bool(m.targets)):
            # "Calipari wurde erschossen, als er ... Sie waren angekommen, als US-Soldaten das
            # Feuer eröffneten": the next sentence supplies the role the previous one left open
            comp = [
                g for g in groups
                if g[0].type == m.type and 0 < m.sent - max(n.sent for n in g) <= 1
                and all(_no_conflict(m, n) and not n.reciprocal and (not m.mode or not n.mode or m.mode == n.mode) for n in g)
                and not m.reciprocal
                and _complementary(m, g)
            ]
            target = comp[-1] if comp else None
        if target is None and not m.actors and m.targets and not any(_known(t) for t in m.targets):
            # "..., der die Frau tötete ... die Politikerin ermordet zu haben": an agentless
            # restatement whose victim has no name joins the event just reported
            near = [
                g for g in groups
                if g[0].type == m.type and 0 < m.sent - max(n.sent for n in g) <= 1
                and all(_can_join_restatement(m, n) for n in g)
            ]
            target = near[-1] if near else None
        if target is None and _bare(m) and m.pos == "noun":
            # "die Anschläge", "Festnahmen" without participants: a restatement of the last
            # event of that type whose time and place do not conflict
            fits = [
                g for g in groups
                if g[0].type == m.type and all(_no_conflict(m, n) and (not m.mode or not n.mode or m.mode == n.mode) for n in g)
            ]
            target = fits[-1] if fits else None
        if target is None and m.background:
            continue  # the background of another report, not a happening the article reports
        if target is None:
            groups.append([m])
        else:
            target.append(m)
    for m in head:
        cands = [g for g in groups if all(_can_merge(m, n) or (n.block not in HEADLINE_BLOCKS and _headline_fits(m, n)) for n in g)]
        same = [g for g in cands if any(n.lemma == m.lemma for n in g)]
        pick = (same or cands)
        if pick:
            min(pick, key=lambda g: min(x.sent for x in g)).append(m)
        else:
            groups.append([m])
    return [(g, max(g, key=_info)) for g in groups]


def _can_join_restatement(m: Mention, n: Mention) -> bool:
    return (
        _no_conflict(m, n) and (not m.mode or not n.mode or m.mode == n.mode)
        and _compatible_parties(m.targets, n.targets) and not n.reciprocal
    )


def _complementary(m: Mention, group: Sequence[Mention]) -> bool:
    """One side names only the actor, the other only the recipient."""
    g_actors = any(n.actors for n in group)
    g_targets = any(n.targets for n in group)
    if m.actors and not m.targets:
        return g_targets and not g_actors
    return bool(m.targets) and not m.actors and g_actors and not g_targets


def _no_country_conflict(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    a = {x.country for x in xs if x.country}
    b = {y.country for y in ys if y.country}
    return not a or not b or bool(a & b)


def _headline_fits(h: Mention, n: Mention) -> bool:
    """A headline restates the body in other words: same type, no conflicting countries."""
    return h.type == n.type and _no_country_conflict(h.actors, n.actors) and _no_country_conflict(h.targets, n.targets)


def build_events(mentions: Sequence[Mention], *, weights: Mapping[str, float] | None = None) -> list[Event]:
    """Merged, scored events in text order."""
    return [ev for ev, _f in build_events_with_features(mentions, weights=weights)]


def build_events_with_features(
    mentions: Sequence[Mention], *, weights: Mapping[str, float] | None = None
) -> list[tuple[Event, dict[str, float]]]:
    """Like :func:`build_events`, also returning each event's confidence features."""
    events: list[tuple[Event, dict[str, float]]] = []
    merged = merge_mentions(mentions)
    merged.sort(key=lambda gp: min(m.trigger.start for m in gp[0] if m.block not in HEADLINE_BLOCKS) if any(m.block not in HEADLINE_BLOCKS for m in gp[0]) else gp[1].trigger.start)
    for group, p in merged:
        others = sorted(group, key=_info, reverse=True)
        # participants come from the primary mention's sentence; other sentences (headline,
        # later restatements) only fill a role the primary left empty
        near = [m for m in others if m.sent == p.sent]
        far = [m for m in others if m.sent != p.sent]
        actors = _union([p.actors] + [m.actors for m in near]) or _union([m.actors for m in far])
        targets = _union([p.targets] + [m.targets for m in near]) or _union([m.targets for m in far])
        targets = tuple(t for t in targets if not any(_same_party(t, a) for a in actors))
        if p.type in TWO_PARTY_TYPES and len(actors) + len(targets) < 2:
            continue  # a meeting or talks with only one known side: background, not coded
        time = next((m.time for m in [p, *others] if m.time), None)
        evidence = [m.trigger for m in group if m is not p]
        for m in group:
            evidence.extend(m.evidence)
        feats = features(group, p, actors, targets)
        events.append((
            Event(
                id=f"ev{len(events) + 1}",
                type=p.type,
                trigger=p.trigger,
                mode=p.mode,
                cameo=p.cameo,
                actors=actors,
                targets=targets,
                time=time,
                place=next((m.place for m in [p, *others] if m.place), None),
                quantity=next((m.quantity for m in [p, *others] if m.quantity), None),
                claim=p.claim,
                stance=p.stance,  # type: ignore[arg-type]
                confidence=confidence(feats, weights),
                reciprocal=any(m.reciprocal for m in group),
                time_basis="text" if time else None,
                evidence=tuple(dict.fromkeys(evidence)),
            ),
            feats,
        ))
    return events
