"""Feature templates of the dependency parser: transitions (state) and arc labels (tree).

Every token is described by a few *atoms* computed once per sentence from the tagger output
(:class:`Atoms`): lowercased form, lemma, STTS tag, UPOS and the UD ``Case``.  Transition
features look at the top three stack items, the first three buffer items and the outermost
children of the stack top, the item below it and the buffer front (Zhang & Nivre 2011, cut
down), plus the case of noun phrases against the verb lemma (German marks grammatical
function by case more than by position).  Label features look at the finished arc: both ends,
direction, distance, the dependent's case marker (its preposition) and whether the head has a
passive auxiliary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .transition import State

Tagged = tuple[str, str, str, str]  # (UPOS, STTS, lemma, morph)
#: a feature: template number and the strings it combines (tuples hash faster than f-strings)
Feature = tuple[int | str, ...]
ROOT = "<root>"
NONE = "<none>"


def _feat(morph: str, name: str) -> str:
    prefix = name + "="
    for part in morph.split("|"):
        if part.startswith(prefix):
            return part[len(prefix) :]
    return ""


@dataclass(frozen=True)
class Atoms:
    """Per-token strings, index 0 = root, ``n + 1`` = none (padding)."""

    w: tuple[str, ...]  # lowercased form
    lem: tuple[str, ...]  # lowercased lemma
    t: tuple[str, ...]  # STTS
    u: tuple[str, ...]  # UPOS
    tc: tuple[str, ...]  # STTS + case ("NN:Acc")
    agr: tuple[str, ...]  # Number + Person ("Sing3"; nouns are third person)
    commas: tuple[int, ...]  # commas and clause punctuation up to and including token i

    @classmethod
    def of(cls, words: Sequence[str], tags: Sequence[Tagged]) -> Atoms:
        w = [ROOT] + [x.lower() for x in words] + [NONE]
        lem = [ROOT] + [tg[2].lower() for tg in tags] + [NONE]
        t = [ROOT] + [tg[1] for tg in tags] + [NONE]
        u = [ROOT] + [tg[0] for tg in tags] + [NONE]
        tc = [ROOT] + [f"{tg[1]}:{_feat(tg[3], 'Case')}" for tg in tags] + [NONE]
        agr = (
            [ROOT]
            + [
                _feat(tg[3], "Number") + (_feat(tg[3], "Person") or "3") if tg[3] else ""
                for tg in tags
            ]
            + [NONE]
        )
        commas = [0]
        for x in words:
            commas.append(commas[-1] + (x in (",", ";", ":", "(", ")", "–", "„", "“", '"')))
        commas.append(commas[-1])
        return cls(
            tuple(w), tuple(lem), tuple(t), tuple(u), tuple(tc), tuple(agr), tuple(commas)
        )


def _dist(d: int) -> str:
    if d < 5:
        return str(d)
    return "5-7" if d < 8 else "8+"


def state_features(a: Atoms, st: State) -> list[Feature]:
    """Features of a parser state."""
    none = st.n + 1
    stack = st.stack
    depth = len(stack)
    s0 = stack[-1] if depth > 0 else none
    s1 = stack[-2] if depth > 1 else none
    s2 = stack[-3] if depth > 2 else none
    b0 = st.b if st.b <= st.n else none
    b1 = st.b + 1 if st.b + 1 <= st.n else none
    b2 = st.b + 2 if st.b + 2 <= st.n else none
    lefts, rights = st.lefts, st.rights
    s0l = lefts[s0][0] if s0 != none and lefts[s0] else none
    s0r = rights[s0][-1] if s0 != none and rights[s0] else none
    s0r2 = rights[s0][-2] if s0 != none and len(rights[s0]) > 1 else none
    s1r = rights[s1][-1] if s1 != none and rights[s1] else none
    s1l = lefts[s1][0] if s1 != none and lefts[s1] else none
    b0l = lefts[b0][0] if b0 != none and lefts[b0] else none
    b0l2 = lefts[b0][1] if b0 != none and len(lefts[b0]) > 1 else none
    w, t, tc, lem, u = a.w, a.t, a.tc, a.lem, a.u
    s0w, s0t, s0tc, s0lem = w[s0], t[s0], tc[s0], lem[s0]
    b0w, b0t, b0tc, b0lem = w[b0], t[b0], tc[b0], lem[b0]
    s1t, s1tc = t[s1], tc[s1]
    d01 = _dist(b0 - s0) if b0 != none and 0 < s0 < b0 else "-"
    d10 = _dist(s0 - s1) if s1 != none and 0 < s1 < s0 else "-"
    cm = "-"
    if b0 != none and s0 != none:
        c = a.commas[b0 - 1] - a.commas[s0]
        cm = str(min(c, 2))
    nl0 = str(min(len(lefts[s0]), 3)) if s0 != none else "-"
    nr0 = str(min(len(rights[s0]), 3)) if s0 != none else "-"
    nlb = str(min(len(lefts[b0]), 3)) if b0 != none else "-"
    return [
        (0,),
        (1, s0w),  # s0w
        (2, s0t),  # s0t
        (3, s0w, s0t),  # s0wt
        (4, s0tc),  # s0tc
        (5, s0lem),  # s0l
        (6, b0w),  # b0w
        (7, b0t),  # b0t
        (8, b0w, b0t),  # b0wt
        (9, b0tc),  # b0tc
        (10, b0lem),  # b0l
        (11, w[s1]),  # s1w
        (12, s1t),  # s1t
        (13, w[s1], s1t),  # s1wt
        (14, s1tc),  # s1tc
        (15, w[b1]),  # b1w
        (16, t[b1]),  # b1t
        (17, t[b2]),  # b2t
        (18, t[s2]),  # s2t
        (19, u[s0], u[b0]),  # s0u-b0u
        (20, s0w, s0t, b0w, b0t),  # s0wt-b0wt
        (21, s0w, s0t, b0t),  # s0wt-b0t
        (22, s0t, b0w, b0t),  # s0t-b0wt
        (23, s0w, b0w),  # s0w-b0w
        (24, s0t, b0t),  # s0t-b0t
        (25, s0tc, b0tc),  # s0tc-b0tc
        (26, s0lem, b0tc),  # s0l-b0tc
        (27, s0tc, b0lem),  # s0tc-b0l
        (28, s1tc, s0tc),  # s1tc-s0tc
        (29, lem[s1], s0tc),  # s1l-s0tc
        (30, b0t, t[b1]),  # b0t-b1t
        (31, s0t, b0t, t[b1]),  # s0t-b0t-b1t
        (32, b0t, t[b1], t[b2]),  # b0t-b1t-b2t
        (33, s1t, s0t, b0t),  # s1t-s0t-b0t
        (34, t[s2], s1t, s0t),  # s2t-s1t-s0t
        (35, s1tc, s0tc, b0t),  # s1tc-s0tc-b0t
        (36, s0t, t[s0l], b0t),  # s0t-s0lt-b0t
        (37, s0t, t[s0r], b0t),  # s0t-s0rt-b0t
        (38, s0t, t[s0r], t[s0r2]),  # s0t-s0rt-s0r2t
        (39, s0t, b0t, t[b0l]),  # s0t-b0t-b0lt
        (40, b0t, t[b0l], t[b0l2]),  # b0t-b0lt-b0l2t
        (41, s1t, t[s1r], s0t),  # s1t-s1rt-s0t
        (42, s1t, t[s1l], s0t),  # s1t-s1lt-s0t
        (43, w[b0l], b0t),  # b0lw
        (44, w[s0r], s0t),  # s0rw
        (45, d01, s0t, b0t),  # d01
        (46, d10, s1t, s0t),  # d10
        (47, d01, s0w, b0t),  # d01w
        (48, cm, s0t, b0t),  # cm
        (49, cm, d01),  # cmd
        (50, nl0, nr0, s0t),  # v0
        (51, nlb, b0t),  # vb
        (52, s0w, w[s1]),  # s0w-s1w
        (53, s0t, w[s1]),  # s0t-s1w
    ]


def label_features(
    a: Atoms, d: int, h: int, heads: Sequence[int], kids: Sequence[Sequence[int]]
) -> list[Feature]:
    """Features of the arc ``h -> d`` in a finished tree (``kids[i]``: children of i)."""
    w, t, tc, lem, u = a.w, a.t, a.tc, a.lem, a.u
    dirn = "L" if d < h else "R"
    dist = _dist(abs(h - d)) if h else "root"
    marker = "-"
    det_case = "-"
    kid_tags = []
    for k in kids[d]:
        if u[k] == "ADP" or t[k] in ("KOUS", "KOKOM", "KOUI", "PTKZU"):
            marker = lem[k]
        elif u[k] == "DET" and det_case == "-":
            det_case = tc[k]
        kid_tags.append(t[k])
    head_aux = "-"
    nom_sibling = "0"
    for k in kids[h] if h else ():
        if k == d:
            continue
        if t[k].startswith("VA") and lem[k] in ("werden", "sein", "haben"):
            head_aux = lem[k]
        if tc[k].endswith(":Nom") and u[k] in ("NOUN", "PROPN", "PRON"):
            nom_sibling = "1"
    hh = heads[h] if h else 0
    # agreement with the finite verb of the head (itself or its auxiliary) and Vorfeld position
    fin = h if t[h].endswith("FIN") else next((k for k in kids[h] if t[k].endswith("FIN")), 0)
    agree = "-" if not fin or not a.agr[d] else ("=" if a.agr[d] == a.agr[fin] else "x")
    side = "-" if not fin else ("pre" if d < fin else "post")
    nominal = [k for k in kids[h] if u[k] in ("NOUN", "PROPN", "PRON")] if h else []
    rank = str(min(nominal.index(d), 2)) if d in nominal else "-"
    return [
        (0,),
        (1, w[d]),  # dw
        (2, t[d]),  # dt
        (3, tc[d]),  # dtc
        (4, lem[d]),  # dl
        (5, lem[h]),  # hl
        (6, t[h]),  # ht
        (7, t[h], t[d], dirn),  # ht-dt
        (8, u[h], u[d], dirn, dist),  # hu-du
        (9, lem[h], tc[d], dirn),  # hl-dtc
        (10, lem[h], t[d]),  # hl-dt
        (11, t[h], tc[d], dirn),  # ht-dtc
        (12, w[d], t[h]),  # dw-ht
        (13, w[d], w[h]),  # dw-hw
        (14, marker, u[d]),  # m
        (15, marker, t[h], u[d]),  # m-ht
        (16, marker, lem[h]),  # m-hl
        (17, det_case, u[d], t[h]),  # det
        (18, ','.join(sorted(set(kid_tags))[:4]), t[d]),  # kids
        (19, head_aux, tc[d], dirn),  # aux
        (20, head_aux, lem[h], u[d]),  # aux-hl
        (21, nom_sibling, tc[d], t[h]),  # nom
        (22, t[hh], t[h], t[d]),  # hh
        (23, t[d - 1] if d > 1 else '<s>', t[d], dirn),  # dt-prev
        (24, t[d], t[d + 1], dirn),  # dt-next
        (25, agree, tc[d], dirn),  # agreement with the finite verb
        (26, side, tc[d], t[h]),  # before/after the finite verb
        (27, agree, side, u[d]),
        (28, rank, tc[d], side),  # first, second, ... nominal dependent
    ]
