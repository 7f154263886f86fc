"""Feature extraction for the built-in tagger.

Two passes over a sentence share one feature space:

* pass 1 (``base``): the word's own features (lowercased form, suffixes, prefix, shape,
  lexicon candidates) and its neighbours' (forms, top lexicon tag, suffix, case) in a ±2 window;
* pass 2 (``context``): pass-1 UPOS predictions of the word and its neighbours, and
  combinations of the word's predicted UPOS with its suffix and form (used by the UPOS model of
  pass 2 and by the morphology models).

The word-level parts are computed once per word form and cached by :class:`FeatureCache`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Candidates, Lexicon

#: finite forms of auxiliaries and modals (a clause with one may end in a participle/infinitive)
AUX_FORMS = frozenset(
    str.split(
        """hat habe haben hast habt hatte hatten hätte hätten ist sei sind seien war waren wäre
    wären bin bist wird werde werden wurde wurden würde würden worden kann könne können konnte
    konnten könnte könnten muss müsse müssen musste mussten müsste müssten soll solle sollen
    sollte sollten will wolle wollen wollte wollten darf dürfe dürfen durfte dürfte mag möge
    möchte möchten"""
    )
)
#: punctuation that ends a clause (for the verb-clause features of both tagger passes)
CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "„", "“", '"', "«", "»", "(", ")", "–"})

#: neighbour offsets and the word-level features each exposes
_OFFSETS = (-2, -1, 1, 2)


def shape(word: str) -> str:
    out = []
    last = ""
    for c in word[:12]:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if k != last:
            out.append(k)
            last = k
    return "".join(out)


def word_features(
    word: str,
    cands: Candidates,
    name: str | None = None,
    lower_cands: Candidates = (),
    word_shape: str | None = None,
) -> list[str]:
    """``word_shape``: ``shape(word)`` when the caller has it."""
    lower = word.lower()
    sh = shape(word) if word_shape is None else word_shape
    feats = [f"w={lower}", f"sh={sh}", f"p3={lower[:3]}", f"p4={lower[:4]}"]
    if len(lower) > 6:
        feats.append(f"s6={lower[-6:]}")
    if lower_cands:
        feats.append(f"lc={lower_cands[0][0]}")
    if name:
        feats.append(f"gz={name}")
        feats.append(f"gz={name}|L1={cands[0][0] if cands else 'none'}")
    for n in (1, 2, 3, 4, 5):
        if len(lower) > n:
            feats.append(f"s{n}={lower[-n:]}")
    if cands:
        feats.append(f"L1={cands[0][0]}")
        feats.append(f"L1|sh={cands[0][0]},{sh[:2]}")
        feats.append("Ls=" + "+".join(sorted({t for t, _ in cands})))
        if len(cands) > 1:
            feats.append(f"L2={cands[1][0]}")
    else:
        feats.append("L1=none")
    if "-" in word[1:]:
        feats.append(f"hy={lower.rsplit('-', 1)[1][-4:]}")
    return feats


def unknown_features(
    word: str, cands: Candidates, split: int, prefix_known: bool, word_shape: str | None = None
) -> list[str]:
    """Features of a word missing from the lexicon: the candidates come from its longest known
    suffix (at ``split``; 0 = none); a known first part marks a German compound
    (``Sonder|beraterin``), an unknown one often a foreign name (``Mitter|rand``); letter
    trigrams tell German from foreign spelling."""
    lower = word.lower()
    top = cands[0][0] if cands else "none"
    head = min(len(word) - split, 9) if split else 0
    feats = [
        f"unk|L1={top}",
        f"unk|sh={(shape(word) if word_shape is None else word_shape)[:2]}",
        f"unk|cmp={prefix_known},{head},{top}",
    ]
    padded = f"^{lower}$"
    feats.extend(dict.fromkeys(f"c3={padded[j : j + 3]}" for j in range(len(padded) - 2)))
    return feats


def neighbour_features(word: str, cands: Candidates, k: int, name: str | None = None) -> list[str]:
    lower = word.lower()
    top = cands[0][0] if cands else "none"
    feats = [f"{k}w={lower}", f"{k}L1={top}"]
    if name and abs(k) == 1:
        feats.append(f"{k}gz={name}")
    if abs(k) == 1:
        feats.append(f"{k}s3={lower[-3:]}")
        feats.append(f"{k}c={word[:1].isupper()}")
    return feats


class FeatureCache:
    """Word → (own features, features as neighbour at -2, -1, +1, +2), with lexicon lookups."""

    def __init__(self, lexicon: Lexicon, max_size: int = 300_000) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, tuple[list[str], dict[int, list[str]], Candidates]] = {}
        self._max = max_size

    def get(self, word: str) -> tuple[list[str], dict[int, list[str]], Candidates]:
        hit = self._cache.get(word)
        if hit is None:
            cands = self.lexicon.get(word)
            name = self.lexicon.name_kind(word) if word[:1].isupper() else None
            lower_cands: Candidates = ()
            if word[:1].isupper() and not word.isupper():
                low = word.lower()
                lower_cands = self.lexicon.table.get(low, ())
            sh = shape(word)
            own = word_features(word, cands, name, lower_cands, sh)
            if word not in self.lexicon.table and any(c.isalpha() for c in word):
                split = 0 if "-" in word[1:-1] else self.lexicon.suffix_split(word)
                own.extend(
                    unknown_features(word, cands, split, self._known_prefix(word[:split]), sh)
                )
            nb = {k: neighbour_features(word, cands, k, name) for k in _OFFSETS}
            hit = (own, nb, cands)
            if len(self._cache) < self._max:
                self._cache[word] = hit
        return hit

    def _known_prefix(self, prefix: str) -> bool:
        """``prefix`` (or it without a linking ``s``/``n``/``en``) is a known word or ends in
        one."""
        if len(prefix) < 3:
            return False
        table = self.lexicon.table
        cap = prefix[:1].upper() + prefix[1:]
        for p in (
            cap,
            cap[:-1] if cap[-1:] in "sn" else "",
            cap[:-2] if cap.endswith("en") else "",
        ):
            if len(p) >= 3 and (p in table or p.lower() in table):
                return True
        # a compound itself (``Militärbau|ingenieure``): its own last part is a known word
        return len(cap) >= 6 and self.lexicon.suffix_split(cap, 3, 3) > 0


def base_features(cache: FeatureCache, words: Sequence[str]) -> list[list[str]]:
    """Pass-1 feature strings of every word of a sentence."""
    entries = [cache.get(w) for w in words]
    n = len(words)
    out = []
    for i in range(n):
        feats = ["b", *entries[i][0]]
        if i == 0:
            feats.append("first")
            feats.append(f"first|{shape(words[0])[:1]}")
        for k in _OFFSETS:
            j = i + k
            if 0 <= j < n:
                feats.extend(entries[j][1][k])
            else:
                feats.append(f"{k}w=<s>")
        out.append(feats)
    return out


def tag_window_features(tpp: str, tp: str, t0: str, tn: str, tnn: str) -> list[str]:
    """Pass-2 features that depend only on the pass-1 tags around a word."""
    return [
        f"t0={t0}",
        f"t-1={tp}",
        f"t+1={tn}",
        f"t-2,-1={tpp},{tp}",
        f"t+1,+2={tn},{tnn}",
        f"t-1,+1={tp},{tn}",
        f"t-1|t0={tp},{t0}",
        f"t-1|t0|t+1={tp},{t0},{tn}",
    ]


def tag_word_features(t0: str, lower: str) -> list[str]:
    """Pass-2 features combining a word's pass-1 tag with its own form."""
    return [f"t0|s2={t0},{lower[-2:]}", f"t0|s3={t0},{lower[-3:]}", f"t0|w={t0},{lower}"]


def clause_flags(lowers: Sequence[str]) -> list[tuple[bool, bool]]:
    """Per word: (an auxiliary/modal occurs earlier in its clause, the next token ends it)."""
    out = []
    aux = False
    n = len(lowers)
    for i, w in enumerate(lowers):
        nxt = lowers[i + 1] if i + 1 < n else "."
        out.append((aux, nxt in CLAUSE_PUNCT or nxt in ("und", "oder")))
        if w in CLAUSE_PUNCT:
            aux = False
        elif w in AUX_FORMS:
            aux = True
    return out


def clause_features(t0: str, aux_left: bool, at_end: bool) -> list[str]:
    """Pass-2 features for the verb form: auxiliary earlier in the clause, clause-final
    (only on words whose pass-1 tag is a verb)."""
    if t0 not in ("VERB", "AUX"):
        return []
    return [f"auxL|end|t0={aux_left},{at_end},{t0}"]


def verb_clause_flags(lowers: Sequence[str], tags: Sequence[str]) -> list[tuple[bool, bool]]:
    """Per word: (a word tagged VERB occurs earlier in its clause, one occurs later); clauses
    end at punctuation.  Tells auxiliaries (``hat … gesagt``) from full verbs (``hat Zeit``)."""
    n = len(lowers)
    left = [False] * n
    right = [False] * n
    seen = False
    for i in range(n):
        if lowers[i] in CLAUSE_PUNCT:
            seen = False
        left[i] = seen
        seen = seen or tags[i] == "VERB"
    seen = False
    for i in range(n - 1, -1, -1):
        if lowers[i] in CLAUSE_PUNCT:
            seen = False
        right[i] = seen
        seen = seen or tags[i] == "VERB"
    return list(zip(left, right, strict=True))


def verb_clause_features(t0: str, lower: str, verb_left: bool, verb_right: bool) -> list[str]:
    """Pass-2 features of verbs and auxiliaries from :func:`verb_clause_flags`."""
    if t0 not in ("VERB", "AUX"):
        return []
    return [f"vc|t0={t0},{verb_left},{verb_right}", f"vc|w={lower},{verb_left},{verb_right}"]


def word_tag_features(lower: str, tp: str, tn: str) -> list[str]:
    """Pass-2 features combining a word's form with its neighbours' pass-1 tags."""
    return [f"w|t-1={tp},{lower}", f"w|t+1={lower},{tn}"]


def context_features(words: Sequence[str], tags: Sequence[str]) -> list[list[str]]:
    """Pass-2 features from pass-1 UPOS predictions."""
    n = len(words)
    lowers = [w.lower() for w in words]
    flags = clause_flags(lowers)
    vflags = verb_clause_flags(lowers, tags)
    out = []
    for i in range(n):
        t0 = tags[i]
        tp = tags[i - 1] if i > 0 else "<s>"
        tpp = tags[i - 2] if i > 1 else "<s>"
        tn = tags[i + 1] if i + 1 < n else "</s>"
        tnn = tags[i + 2] if i + 2 < n else "</s>"
        prev = words[i - 1].lower() if i else "<s>"
        nxt = words[i + 1].lower() if i + 1 < n else "</s>"
        out.append(
            [
                *tag_window_features(tpp, tp, t0, tn, tnn),
                *tag_word_features(t0, words[i].lower()),
                f"w-1|t0={prev},{t0}",
                f"w+1|t0={nxt},{t0}",
                *clause_features(t0, *flags[i]),
                *verb_clause_features(t0, lowers[i], *vflags[i]),
                *word_tag_features(lowers[i], tp, tn),
            ]
        )
    return out
