"""Clause and name-context features of the tagger's second pass (beyond
:func:`newsgraph.nlp.features.context_features`).

* **Copula / auxiliary clauses** — forms of ``sein``, ``haben`` and ``werden`` are AUX when
  the clause has a participle or infinitive (``hat … gesagt``) or a predicative adjective or
  noun (``ist teuer``), VERB when it has neither (``war … da``, ``war im Dezember bei …``).
  Each such form gets its clause summary from the pass-1 tags: whether another verb, an
  adjective or a preposition occurs in the clause, and the tag of the clause's last word.
* **Capitalised words** — the word's top lexicon tag combined with its neighbours' pass-1 tags
  (``NN`` between two PROPN is a name part, ``NE`` after a determiner and before a verb is
  often a common noun).

Both are computed from the words, their top lexicon tags and the pass-1 tags only, so the
training recipe and the run-time tagger share this code.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import CLAUSE_PUNCT

#: forms of the three auxiliaries, by lemma initial (``s``ein, ``h``aben, ``w``erden)
_AUX_LEMMA = {
    form: lemma[0]
    for lemma, forms in (
        ("sein", "ist sind war waren sei seien wäre wären bin bist seid warst wart sein gewesen"),
        ("haben", "hat habe haben hast habt hatte hatten hattest hätte hätten gehabt"),
        ("werden", "wird werden wurde wurden werde würde würden wirst wurdest geworden worden"),
    )
    for form in str.split(forms)
}
#: the forms of sein/haben/werden that get :func:`copula_features`
AUX_LEMMA_FORMS = frozenset(_AUX_LEMMA)
#: pass-1 tags that say nothing about the clause's predicate
_NEUTRAL = frozenset({"PRON", "DET", "PART", "ADV", "CCONJ", "SCONJ", "PUNCT"})


def aux_lemma(lower: str) -> str:
    """``s``/``h``/``w`` for forms of sein/haben/werden, ``""`` otherwise."""
    return _AUX_LEMMA.get(lower, "")


def clause_spans(lowers: Sequence[str]) -> list[tuple[int, int]]:
    """Per word: ``(start, end)`` of its clause (end exclusive; punctuation delimits)."""
    n = len(lowers)
    out: list[tuple[int, int]] = [(0, 0)] * n
    start = 0
    for i in range(n + 1):
        if i == n or lowers[i] in CLAUSE_PUNCT:
            for j in range(start, i):
                out[j] = (start, i)
            if i < n:
                out[i] = (i, i + 1)
            start = i + 1
    return out


def copula_features(lower: str, i: int, span: tuple[int, int], tags: Sequence[str]) -> list[str]:
    """Clause summary of a form of sein/haben/werden at position ``i`` (see the module doc)."""
    lemma = aux_lemma(lower)
    if not lemma:
        return []
    start, end = span
    others = [tags[j] for j in range(start, end) if j != i]
    has_verb = "VERB" in others or "AUX" in others
    has_adj = "ADJ" in others
    has_adp = "ADP" in others
    content = [t for t in others if t not in _NEUTRAL]
    last = content[-1] if content else "none"
    first_right = next((tags[j] for j in range(i + 1, end) if tags[j] not in _NEUTRAL), "none")
    return [
        f"cop|{lemma},{has_verb},{has_adj},{has_adp}",
        f"cop|last={lemma},{last}",
        f"cop|right={lemma},{first_right},{has_verb}",
        f"cop|w={lower},{has_verb},{has_adj}",
    ]


def participle_features(
    lower: str, i: int, span: tuple[int, int], lowers: Sequence[str], t0: str
) -> list[str]:
    """A participle-like word (lexicon says VVPP) tagged VERB/ADJ in pass 1 with the auxiliary
    of its clause: ``ist überrascht`` (ADJ) vs ``wurde geschlossen`` / ``hat beraten``
    (VERB)."""
    if t0 not in ("VERB", "ADJ"):
        return []
    start, end = span
    aux = next(
        (aux_lemma(lowers[j]) for j in range(start, end) if j != i and aux_lemma(lowers[j])), ""
    )
    last = i == end - 1
    return [f"pp|{aux or 'none'},{t0},{last}", f"pp|w={lower},{aux or 'none'}"]


def capital_features(word: str, i: int, top: str, tags: Sequence[str]) -> list[str]:
    """A capitalised word's top lexicon tag with its neighbours' pass-1 tags."""
    if not word[:1].isupper() or len(word) < 2:
        return []
    tp = tags[i - 1] if i > 0 else "<s>"
    tn = tags[i + 1] if i + 1 < len(tags) else "</s>"
    return [f"cap|{top},{tp},{tn}", f"cap|{top},{word.isupper()},{tp}"]


def extra_context_features(
    words: Sequence[str], tops: Sequence[str], pps: Sequence[bool], tags: Sequence[str]
) -> list[list[str]]:
    """Per word: the features of this module (``tops``: each word's top lexicon STTS tag,
    ``pps``: whether the lexicon knows it as a participle, STTS ``VVPP``)."""
    lowers = [w.lower() for w in words]
    spans = clause_spans(lowers)
    out = []
    for i, word in enumerate(words):
        if word[:1].isupper() and len(word) > 1:
            out.append(capital_features(word, i, tops[i], tags))
        elif aux_lemma(lowers[i]):
            out.append(copula_features(lowers[i], i, spans[i], tags))
        elif pps[i]:
            out.append(participle_features(lowers[i], i, spans[i], lowers, tags[i]))
        else:
            out.append([])
    return out
