"""The ``resolve`` stage: mentions → entities (one per real-world thing) and role facts.

Reads ``doc.mentions`` (from the ``entities`` stage or any other source) and writes

* ``article.entities`` — ids ``e1, e2, …`` in order of first mention; canonical ``name``
  (the English name from the KB or gazetteer where one exists, else the article's fullest
  form), ``ids`` (iso3, wikidata, geonames, kb), ``geo`` for places, and every mention,
  including the descriptive ones this stage finds (``der Minister``, ``die Nachrichtenagentur``);
* ``article.roles`` — (person, role, organisation/country, sector) facts with offsets; the
  sector is the primary Phoenix/CAMEO code (``Verteidigungsminister`` → ``GOV``, ``Polizei`` →
  ``POL``);
* ``Mention.entity`` on ``doc.mentions`` (descriptive mentions are appended with
  ``source="coref"``);
* ``doc.layers["resolve.actors"]`` — per entity id: ``kb`` id, ``country`` (ISO3), ``sector``
  (primary Phoenix/CAMEO code, ``GOV``), ``sectors`` (with the secondary one, ``GOVMIL``),
  ``actor_type`` — from the KB/gazetteer link, for people from their first role
  (for the events stage) — and ``doc.layers["resolve.merges"]`` — why mentions
  were merged (rule and reason per merge).

Config: ``kb`` (extra KB files, see :func:`newsgraph.kb.load_kb`), ``people`` (use the
Phoenix people list, default True).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from ..doc import Doc, Mention
from ..kb import load_kb, primary_sector
from ..names import name_key
from ..pipeline import BaseStage
from ..record import Entity, Role, Span
from .anaphora import Description, DescriptionReader
from .cluster import Clusters, Item, cluster, east_asian, majority_label, make_items
from .linking import Link, Linker
from .roles import RoleFact, RoleReader
from .surface import nominative, token_count

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"“”»]?\s+(?=[A-ZÄÖÜ\"„»])|\n+")


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Content sentences as (start, end); a regex split when no ``nlp`` stage ran."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.content_sentences()]
    art = doc.article
    blocks = [(b.start, b.end) for b in art.content_blocks()] or [(0, len(doc.text))]
    out = []
    for bs, be in blocks:
        pos = bs
        for m in _SENTENCE_END.finditer(doc.text, bs, be):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < be:
            out.append((pos, be))
    return out


def propagate_surnames(doc: Doc, mentions: list[Mention], pos: dict[int, str]) -> list[Mention]:
    """Family names the recogniser missed: a later bare occurrence (also in the genitive) of
    the last name of exactly one multi-word PERSON mention, tagged as a proper noun by the
    ``nlp`` stage (without tags nothing is added: ``Kohl`` may be cabbage)."""
    if not pos:
        return []
    first_end: dict[str, int] = {}
    keys: dict[str, set[str]] = {}
    for m in mentions:
        toks = m.text.split()
        if m.label != "PERSON" or len(toks) < 2 or east_asian(m.text) or len(toks[-1]) < 4:
            continue
        last = toks[-1]
        keys.setdefault(last, set()).add(name_key(m.text))
        first_end[last] = min(first_end.get(last, m.end), m.end)
    covered = sorted((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    for last, people in keys.items():
        if len(people) != 1 or not last[:1].isupper():
            continue  # two people share the family name: leave it to the recogniser
        for hit in re.finditer(rf"(?<![\w-]){re.escape(last)}s?(?![\w-])", doc.text):
            s, e = hit.span()
            if s < first_end[last] or pos.get(s) != "PROPN" or not doc.article.is_content(s, e):
                continue
            if any(a < e and s < b for a, b in covered):
                continue
            out.append(Mention(s, e, doc.text[s:e], "PERSON", 0.8, "coref"))
            covered.append((s, e))
    return out


def _select(doc: Doc) -> list[int]:
    """Indexes of the mentions to resolve: content blocks only, no overlaps (longest wins)."""
    order = sorted(range(len(doc.mentions)),
                   key=lambda i: (doc.mentions[i].start, -doc.mentions[i].end))
    chosen: list[int] = []
    last_end = -1
    for i in order:
        m = doc.mentions[i]
        if m.end <= m.start or not doc.article.is_content(m.start, m.end):
            continue
        if m.start < last_end:
            continue
        chosen.append(i)
        last_end = m.end
    return chosen


class ResolveStage(BaseStage):
    name = "resolve"
    version = "1"
    requires = ("mentions",)
    provides = ("entities", "roles")

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        self.kb = load_kb(config.get("kb", ()), include_people=config.get("people", True))

    def __call__(self, doc: Doc) -> None:
        chosen = _select(doc)
        pos = {t.start: t.pos for t in doc.tokens if t.pos}
        mentions = [doc.mentions[i] for i in chosen]
        found = propagate_surnames(doc, mentions, pos)
        mentions += found
        context = [m.text for m in mentions if m.label in ("GPE", "LOC")]
        linker = Linker(self.kb, context)
        items = make_items(mentions, linker)
        clusters = cluster(items, doc.text, self.kb)
        sentences = sentence_spans(doc)
        facts = RoleReader(self.kb, linker, doc.text, items, pos).read(sentences)
        descs = DescriptionReader(self.kb, doc.text, items, facts, clusters.find, pos).read(sentences)
        entities, eid_of_root, extra = self._entities(doc, items, clusters, facts, descs)
        roles, full_sectors = self._roles(doc, facts, clusters, eid_of_root, items, linker)
        doc.update(entities=tuple(entities), roles=tuple(roles))
        # Mention.entity on the working mentions, plus the descriptive mentions found here
        new = list(doc.mentions)
        for i, it in zip(chosen, items, strict=False):
            new[i] = dataclasses.replace(new[i], entity=eid_of_root[clusters.find(it.index)])
        for it in items[len(chosen):]:  # family names found by propagation
            new.append(dataclasses.replace(it.mention, entity=eid_of_root[clusters.find(it.index)]))
        new.extend(extra)
        new.sort(key=lambda m: (m.start, -m.end))
        doc.mentions = new
        actors = self._actors(items, clusters, eid_of_root)
        self._person_actors(actors, doc.article.roles, full_sectors, doc.article.entities)
        doc.layers["resolve.actors"] = actors
        merges: dict[tuple[str, str, str], dict[str, str]] = {}
        for m in clusters.merges:
            a, b = items[m.a].mention.text, items[m.b].mention.text
            if a != b:
                eid = eid_of_root[clusters.find(m.a)]
                lo, hi = sorted((a, b))
                merges.setdefault((eid, lo, hi), {
                    "entity": eid, "a": a, "b": b, "rule": m.rule, "reason": m.reason})
        doc.layers["resolve.merges"] = list(merges.values())

    # ---- entities -------------------------------------------------------------------------
    def _entities(self, doc: Doc, items: list[Item], clusters: Clusters, facts: list[RoleFact],
                  descs: list[Description]) -> tuple[list[Entity], dict[int, str], list[Mention]]:
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for it in items:
            spans.setdefault(clusters.find(it.index), []).append(
                (it.mention.start, it.mention.end, "named"))
        for f in facts:
            if f.desc:
                spans.setdefault(clusters.find(f.person), []).append((*f.desc, "coref"))
        for d in descs:
            spans.setdefault(clusters.find(d.target), []).append((d.start, d.end, "coref"))
        roots = sorted(spans, key=lambda r: min(s for s, _, _ in spans[r]))
        eid_of_root = {r: f"e{n}" for n, r in enumerate(roots, 1)}
        groups = {r: [it for it in items if clusters.find(it.index) == r] for r in roots}
        entities, extra = [], []
        for r in roots:
            group = groups[r]
            etype = majority_label(group)
            link = _main_link(group)
            name = link.name if link is not None else _fullest(group)
            if etype == "PERSON" and _cut_initial(name, group, doc.text):
                name += "."  # `Kevin R.`: the tokens split the initial's period off
            seen = sorted(set(spans[r]))
            mentions = tuple(Span(s, e, doc.text[s:e]) for s, e, _ in seen)
            entities.append(Entity(
                id=eid_of_root[r], type=etype,  # type: ignore[arg-type]
                name=name, ids=dict(link.ids) if link else {}, mentions=mentions,
                geo=link.geo if link else None,
            ))
            for s, e, kind in seen:
                if kind == "coref":
                    extra.append(Mention(s, e, doc.text[s:e], etype, 1.0, "coref", eid_of_root[r]))
        return entities, eid_of_root, extra

    def _roles(self, doc: Doc, facts: list[RoleFact], clusters: Clusters,
               eid_of_root: dict[int, str], items: list[Item],
               linker: Linker) -> tuple[list[Role], list[str | None]]:
        """Role facts as record roles (primary sector), plus each role's full sector code."""
        out: list[tuple[Role, str | None]] = []
        for f in facts:
            org = eid_of_root.get(clusters.find(f.org_item)) if f.org_item is not None else None
            org_link = items[f.org_item].link if f.org_item is not None else None
            if org is None and f.org_country:  # the country itself, else its nationality
                for key in (f"geo:{f.org_country}", f"norp:{f.org_country}"):
                    org = next((eid_of_root[clusters.find(it.index)] for it in items
                                if it.link is not None and it.link.key == key), None)
                    if org is not None:
                        break
            if org is None and f.prefix_country:
                org = next((eid_of_root[clusters.find(it.index)] for it in items
                            if it.link is not None and it.link.key == f"geo:{f.prefix_country}"), None)
            sector = _role_sector(f, items[f.org_item] if f.org_item is not None else None, org_link)
            out.append((Role(person=eid_of_root[clusters.find(f.person)], role=f.role, org=org,
                             start=f.start, end=f.end, text=doc.text[f.start:f.end],
                             sector=primary_sector(sector)), sector))
        out.sort(key=lambda r: r[0].start)
        return [r for r, _ in out], [full for _, full in out]

    def _actors(self, items: list[Item], clusters: Clusters,
                eid_of_root: dict[int, str]) -> dict[str, dict[str, str | None]]:
        out: dict[str, dict[str, str | None]] = {}
        for it in items:
            if it.link is None:
                continue
            eid = eid_of_root[clusters.find(it.index)]
            out.setdefault(eid, {"kb": it.link.kb_id, "country": it.link.country,
                                 "sector": primary_sector(it.link.sector),
                                 "sectors": it.link.sector, "actor_type": it.link.actor_type})
        return out

    @staticmethod
    def _person_actors(actors: dict[str, dict[str, str | None]], roles: tuple[Role, ...],
                       full_sectors: list[str | None], entities: tuple[Entity, ...]) -> None:
        """People get the country and sector of their first role in the article (the
        organisation's or country's iso3; the role's sector, primary and full code)."""
        by_id = {e.id: e for e in entities}
        for r, full in zip(roles, full_sectors, strict=True):
            if r.person is None:
                continue
            slot = actors.setdefault(r.person, {"kb": None, "country": None, "sector": None,
                                                "sectors": None, "actor_type": "person"})
            org = by_id.get(r.org) if r.org else None
            country = (org.ids.get("iso3") if org is not None else None) or (
                actors.get(r.org or "", {}).get("country"))
            if slot.get("country") is None and country:
                slot["country"] = country
            if slot.get("sector") is None and r.sector:
                slot["sector"], slot["sectors"] = r.sector, full


def _role_sector(f: RoleFact, org_item: Item | None, org_link: Link | None) -> str | None:
    """Sector code(s) of a role: ``ELI`` for former office holders; the organisation's sector for
    roles that depend on it (a Präsident of a bank or a federation is not GOV); else the
    role's own sector, falling back to the organisation's."""
    if f.former:
        return "ELI"
    in_org = f.prefix_org or (org_item is not None and org_item.label == "ORG")
    if f.sense.org_dependent and (in_org or f.complement_sector):
        if f.prefix_org:
            return f.prefix_sector
        if org_link is not None and org_link.sector:
            return org_link.sector
        return f.complement_sector  # "Sprecher der Polizei" -> POL
    return f.sense.sector or (org_link.sector if org_link else None) or f.prefix_sector


def _main_link(group: list[Item]) -> Link | None:
    links = [it.link for it in group if it.link is not None]
    if not links:
        return None
    counts = Counter(link.key for link in links)
    top = counts.most_common(1)[0][0]
    return next(link for link in links if link.key == top)


def _cut_initial(name: str, group: list[Item], text: str) -> bool:
    """``name`` ends with a family name cut to an initial (`Kevin R`) that the article writes
    with its period (`Kevin R.`)."""
    last = name.rsplit(" ", 1)[-1]
    return (
        " " in name
        and len(last) == 1
        and last.isupper()
        and any(text[it.mention.end : it.mention.end + 1] == "." for it in group)
    )


def _fullest(group: list[Item]) -> str:
    named = [it for it in group if it.mention.source != "coref"] or group
    best = max(named, key=lambda it: (token_count(it.mention.text), -it.mention.start))
    literal = {it.mention.text for it in named}
    for v in best.variants:  # prefer a base form that the article itself uses somewhere
        if v in literal and token_count(v) == token_count(best.mention.text):
            return v
    return nominative(best.mention.text)
