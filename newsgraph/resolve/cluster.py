"""Clustering the named mentions of one article into entities, with the reason of every merge.

Rules, in order (a merge is refused when both sides are linked to *different* KB/gazetteer
entries, so a rule can never join Kim Jong-un and Kim Jong-il just because they share tokens):

1. ``link``     — the same KB entry or place (``Russland``/``Russlands``/``Russische Föderation``);
2. ``key``      — the same transliteration key for some base-form variant, types compatible;
3. ``acronym``  — an acronym and a long form that it abbreviates (Schwartz–Hearst), also
   when defined explicitly as ``Long Form (ACR)`` or ``ACR (Long Form)``;
4. ``short``    — a long name is designators + the short name (``Republik Ostland``) or the
   short name + legal form and trade words (``Hallberg Automobilwerke AG`` → ``Hallberg``);
5. ``name``     — person names the matcher accepts (``Goremykin`` after ``Wiktor Goremykin``,
   ``Sergej Schoigu``/``Sergei Shoigu``); a short form that fits several people is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..doc import Mention
from ..kb import KB
from ..names import acronym_matches, match_names, name_key
from ..names.key import fold
from .linking import Link, Linker
from .surface import base_variants, is_acronym, token_count

_NAMED = frozenset({"ORG", "GPE", "LOC", "MISC"})
_DEFINITION_GAP = re.compile(r"^\s*[(\[]\s*$")
_DEFINITION_END = re.compile(r"^\s*[)\]]")


@dataclass
class Item:
    """One mention under resolution."""

    index: int
    mention: Mention
    variants: list[str]
    keys: set[str]
    link: Link | None
    label: str


@dataclass(frozen=True)
class Merge:
    """Why two mentions were put into one entity."""

    a: int
    b: int
    rule: str
    reason: str


@dataclass
class Clusters:
    items: list[Item]
    parent: list[int] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.items)))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def link_of(self, root: int) -> str | None:
        for it in self.items:
            if it.link is not None and self.find(it.index) == root:
                return it.link.key
        return None

    def union(self, a: int, b: int, rule: str, reason: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        la, lb = self.link_of(ra), self.link_of(rb)
        if la and lb and la != lb:
            return False
        if not self._names_agree(ra, rb):
            return False
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.merges.append(Merge(a, b, rule, reason))
        return True

    def _names_agree(self, ra: int, rb: int) -> bool:
        """Two clusters may not join if they hold full person names that do not match."""
        def full(root: int) -> list[Item]:
            return [it for it in self.items if self.find(it.index) == root
                    and it.label == "PERSON" and token_count(it.mention.text) > 1]

        return all(_best_match(a, b) is not None for a in full(ra) for b in full(rb))

    def groups(self) -> list[list[Item]]:
        out: dict[int, list[Item]] = {}
        for it in self.items:
            out.setdefault(self.find(it.index), []).append(it)
        return sorted(out.values(), key=lambda g: min(i.mention.start for i in g))


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return a in _NAMED and b in _NAMED


def make_items(mentions: list[Mention], linker: Linker) -> list[Item]:
    items = []
    for i, m in enumerate(mentions):
        variants = base_variants(m.text)
        keys = {k for k in (name_key(v) for v in variants) if k}
        link = linker.link(m.text, m.label)
        label = m.label
        if link is not None and label != "PERSON" and link.type != "PERSON":
            label = link.type if label in _NAMED else label
        items.append(Item(i, m, variants, keys, link, label))
    return items


def cluster(items: list[Item], text: str, kb: KB | None = None) -> Clusters:
    redefine_acronyms(items, text)
    c = Clusters(items)
    _by_link(c)
    _by_key(c)
    _by_definition(c, text)
    _by_acronym(c)
    _by_short_form(c)
    if kb is not None:
        _by_generic_head(c, kb)
    _by_person_name(c)
    return c


#: generic words that lead an official long name (Republik Ostland -> Ostland)
DESIGNATORS: frozenset[str] = frozenset(
    ["republik", "volksrepublik", "bundesrepublik", "königreich", "fürstentum", "großherzogtum",
     "emirat", "sultanat", "staat", "freistaat", "föderation", "demokratische", "islamische",
     "arabische", "sozialistische", "vereinigte", "republic", "kingdom", "state", "of", "the",
     "people's", "democratic", "islamic", "federal", "united", "principality"]
)


def _by_short_form(c: Clusters) -> None:
    """``Republik Ostland`` ↔ ``Ostland``/``Ostlands``: a long name = designators + short name."""
    shorts: dict[str, list[Item]] = {}
    for it in c.items:
        if it.label in _NAMED:
            for k in it.keys:
                shorts.setdefault(k, []).append(it)
    for it in c.items:
        if it.label not in _NAMED:
            continue
        for v in it.variants:
            toks = v.split()
            lead = 0
            while lead < len(toks) - 1 and toks[lead].lower() in DESIGNATORS:
                lead += 1
            tails = [len(toks)]
            if it.label == "ORG":  # `Volkswagen AG`, `Tesla Motors` -> `Volkswagen`, `Tesla`
                # `Hallberg Automobilwerke AG` -> `Hallberg Automobilwerke`, `Hallberg`: legal
                # forms, then words naming the trade (`-werke`, `-hersteller`)
                while tails[-1] > lead + 1 and (
                    toks[tails[-1] - 1].lower() in LEGAL_FORMS | REGION_WORDS
                    or toks[tails[-1] - 1].lower().endswith(TRADE_WORDS)
                ):
                    tails.append(tails[-1] - 1)
            for tail in tails:
                if lead or tail < len(toks):
                    _join_short_form(c, it, v, toks[lead:tail], tail < len(toks), shorts)


def _join_short_form(
    c: Clusters, it: Item, v: str, short: list[str], company: bool, shorts: dict[str, list[Item]]
) -> None:
    """Join ``it`` (whose variant ``v`` shortens to ``short``) with the mentions named so."""
    k = name_key(" ".join(short))
    for other in shorts.get(k, []):
        if company and other.label != "ORG":
            continue  # a company's short form names the company, not a person or place
        reason = f"{v!r} is the long form of {other.mention.text!r}"
        if c.union(it.index, other.index, "short", reason):
            continue
        # "Kongo" looked up alone may be the wrong Congo: the article's own long form
        # ("Demokratische Republik Kongo") decides which place the short form means
        if it.link and other.link and it.label in ("GPE", "LOC") and other.label in ("GPE", "LOC"):
            wrong = other.link.key
            for x in c.items:
                if x.link is not None and x.link.key == wrong:
                    x.link = it.link
            c.union(it.index, other.index, "short", reason + " (its place)")


#: legal forms and group words that end a company's long name (Volkswagen AG -> Volkswagen)
LEGAL_FORMS: frozenset[str] = frozenset(
    ["ag", "gmbh", "se", "kg", "kgaa", "&", "co.", "co", "inc.", "inc", "ltd.", "ltd", "plc",
     "corp.", "corp", "corporation", "llc", "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "motors",
     "group", "holding", "holdings", "gruppe", "e.v.", "ev", "research", "consulting", "partners"]
)


#: endings of the words after a company's own name that say what it does
#: (`Hallberg Automobilwerke AG`, `Mertens Maschinenbau`, `Brauner Küchenhersteller`)
TRADE_WORDS: tuple[str, ...] = (
    "werke", "werk", "betriebe", "maschinenbau", "hersteller", "händler", "konzern", "industrie",
    "industries", "brauerei", "reederei", "versicherung", "versicherungen",
)
#: whole words after a company's own name that say where it works (`Enervia Südwest`,
#: session 21)
REGION_WORDS: frozenset[str] = frozenset(
    ["nord", "süd", "ost", "west", "südwest", "südost", "nordwest", "nordost", "mitte",
     "deutschland", "international"]
)


def _by_link(c: Clusters) -> None:
    first: dict[str, int] = {}
    for it in c.items:
        if it.link is None:
            continue
        if it.link.key in first:
            c.union(first[it.link.key], it.index, "link", f"both are {it.link.name} ({it.link.key})")
        else:
            first[it.link.key] = it.index


def _by_key(c: Clusters) -> None:
    first: dict[tuple[str, str], int] = {}
    for it in c.items:
        group = "PERSON" if it.label == "PERSON" else ("NORP" if it.label == "NORP" else "NAMED")
        for k in sorted(it.keys):
            slot = (group, k)
            if slot in first:
                j = first[slot]
                if not _compatible(c.items[j].label, it.label):
                    continue
                if group == "PERSON" and _best_match(c.items[j], it) is None:
                    continue  # equal keys, but the matcher knows better (Kim Jong-il / Kim Yong-il)
                c.union(j, it.index, "key", f"same name key {k!r}")
            else:
                first[slot] = it.index


def _definitions(items: list[Item], text: str) -> list[tuple[Item, Item, bool]]:
    """``Long Form (ACR)`` / ``ACR (Long Form)``: adjacent mentions with a parenthesis between,
    as (acronym, long form, whether the acronym spells the long form).

    As in Schwartz–Hearst, the long form may be a tail of the mention before the parenthesis
    (``südkoreanische Nachrichtendienst (NIS)``: *Nachrichtendienst* spells N-I-S).
    """
    out = []
    ordered = sorted(items, key=lambda it: it.mention.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = text[a.mention.end : b.mention.start]
        if not _DEFINITION_GAP.match(gap) or not _DEFINITION_END.match(text[b.mention.end :]):
            continue
        if a.label == "PERSON" or b.label == "PERSON":
            continue
        short, long_ = (b, a) if is_acronym(b.mention.text) else (a, b)
        if not is_acronym(short.mention.text):
            continue
        spelled = any(acronym_matches(short.mention.text, " ".join(v.split()[i:]))
                      for v in long_.variants for i in range(len(v.split())))
        out.append((short, long_, spelled))
    return out


def redefine_acronyms(items: list[Item], text: str) -> None:
    """An acronym the article defines by spelling out its long form (``Südwestrundfunk
    (SWR)``) means that long form in the whole article, whatever else the KB knows by it
    (``SWR`` is also Russia's foreign intelligence service): all its mentions take the long
    form's link.  A long form the KB does not know leaves the acronym's own link (the KB may
    know the acronym under the same name, only not in the article's inflection)."""
    defined = {short.mention.text: long_.link
               for short, long_, spelled in _definitions(items, text)
               if spelled and long_.link is not None}
    for it in items:
        if it.mention.text in defined:
            it.link = defined[it.mention.text]


def _by_definition(c: Clusters, text: str) -> None:
    """Join each acronym defined in parentheses with its long form (:func:`_definitions`),
    also when only the KB says they are one (the same link)."""
    for short, long_, spelled in _definitions(c.items, text):
        if spelled or (
            short.link is not None and long_.link is not None and short.link.key == long_.link.key
        ):
            c.union(short.index, long_.index, "acronym",
                    f"{short.mention.text!r} defined as {long_.mention.text!r} in parentheses")


def _by_acronym(c: Clusters) -> None:
    longs = [it for it in c.items if it.label in _NAMED and token_count(it.mention.text) > 1]
    for it in c.items:
        if it.label not in _NAMED or not is_acronym(it.mention.text):
            continue
        cands = {c.find(lf.index) for lf in longs
                 if any(acronym_matches(it.mention.text, v) for v in lf.variants)}
        if len(cands) == 1:
            root = cands.pop()
            long_text = next(lf.mention.text for lf in longs if c.find(lf.index) == root)
            c.union(root, it.index, "acronym", f"{it.mention.text!r} abbreviates {long_text!r}")


def _by_generic_head(c: Clusters, kb: KB) -> None:
    """A bare kind-of-actor noun tagged as a name (``Polizei``) joins the latest earlier
    organisation whose name contains it (``Polizei Leipzig``).  Only nouns that name a kind of
    actor count: ``Union`` after ``Europäische Union`` may well be the CDU/CSU."""
    orgs = [it for it in c.items if it.label in ("ORG", "MISC")]
    for it in orgs:
        if token_count(it.mention.text) != 1 or is_acronym(it.mention.text):
            continue
        if it.link is not None or kb.actor_type(base_variants(it.mention.text)[-1]) is None:
            continue
        word = fold(base_variants(it.mention.text)[-1])
        before = [o for o in orgs if o.mention.start < it.mention.start and token_count(o.mention.text) > 1
                  and any(word in fold(v).split() for v in o.variants)]
        if before:
            o = max(before, key=lambda x: x.mention.start)
            c.union(o.index, it.index, "head", f"{it.mention.text!r} short for {o.mention.text!r}")


def east_asian(name: str) -> bool:
    """Family name first: a hyphenated given name (Kim Jong-un) or three short syllables."""
    toks = name.split()
    return len(toks) >= 2 and (any("-" in t for t in toks[1:]) or
                               (len(toks) == 3 and all(len(t) <= 4 for t in toks)))


def _by_person_name(c: Clusters) -> None:
    """Attach shorter/variant person names to the person they fit.

    A name that fits people introduced *before* it is compared with those only (``Kostrow``
    after ``Pavel Kostrow`` but before ``Ivan Kostrow``); if several fit, it stays alone.
    """
    people = [it for it in c.items if it.label == "PERSON"]
    people.sort(key=lambda it: (-token_count(it.mention.text), it.mention.start))
    memo: dict[tuple[str, str], tuple[bool, float, str]] = {}  # names recur: compare each pair once
    for it in people:
        if any(token_count(o.mention.text) > token_count(it.mention.text)
               for o in people if c.find(o.index) == c.find(it.index)):
            continue  # already part of a fuller name
        fits: dict[int, tuple[float, str, Item]] = {}
        for other in people:
            if other is it or c.find(other.index) == c.find(it.index):
                continue
            if token_count(other.mention.text) < token_count(it.mention.text):
                continue
            m = _best_match(it, other, memo)
            if m is None:
                continue
            root = c.find(other.index)
            if root not in fits or other.mention.start < fits[root][2].mention.start:
                fits[root] = (m[0], m[1], other)
        if not fits and token_count(it.mention.text) == 1:
            # a Korean/Chinese family name alone refers back to the one earlier person it starts
            k = name_key(it.mention.text)
            for other in people:
                toks = other.mention.text.split()
                if (other.mention.start < it.mention.start and east_asian(other.mention.text)
                        and name_key(toks[0]) == k):
                    fits.setdefault(c.find(other.index), (0.6, f"family name {toks[0]!r} first", other))
            if not fits:
                # a given name alone, as Thai and Icelandic names are shortened (`Thaksin` after
                # `Thaksin Shinawatra`): only when exactly one earlier person starts with it
                starts = {c.find(o.index): o for o in people
                          if o.mention.start < it.mention.start and token_count(o.mention.text) >= 2
                          and name_key(o.mention.text.split()[0]) == k}
                if len(starts) == 1:
                    root, other = next(iter(starts.items()))
                    fits[root] = (0.5, f"given name {it.mention.text!r} of one person", other)
        earlier = {r: v for r, v in fits.items() if v[2].mention.start < it.mention.start}
        pool = earlier or fits
        if len(pool) == 1:
            root, (_, reason, other) = next(iter(pool.items()))
            c.union(other.index, it.index, "name", reason)


def _best_match(a: Item, b: Item,
                memo: dict[tuple[str, str], tuple[bool, float, str]] | None = None,
                ) -> tuple[float, str] | None:
    if memo is None:
        memo = {}
    best: tuple[float, str] | None = None
    for va in a.variants:
        for vb in b.variants:
            r = memo.get((va, vb))
            if r is None:
                m = match_names(va, vb)
                r = memo[(va, vb)] = (m.same, m.score, m.reason)
            if r[0] and (best is None or r[1] > best[0]):
                best = (r[1], r[2])
    return best


def majority_label(items: list[Item]) -> str:
    labels = Counter(it.label for it in items if it.mention.source != "coref")
    if not labels:
        labels = Counter(it.label for it in items)
    for it in items:
        if it.link is not None and it.link.type in ("GPE", "LOC", "ORG") and it.label != "PERSON":
            return it.link.type
    return labels.most_common(1)[0][0]
