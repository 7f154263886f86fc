"""Deciding whether two renderings name the same entity, with a reason a person can read.

:func:`match_names` compares two names token by token on their transliteration keys
(:mod:`newsgraph.names.key`).  Two tokens are compatible when

* their keys are equal (``Schoigu`` ≡ ``Shoigu``), or
* their consonant skeletons are equal and the keys differ in less than 30 % of their letters
  (vowels are the least stable part of a transliteration: ``Kiew``/``Kyiv``,
  ``Gorbatschow``/``Gorbachev``), or
* one is a single initial of the other (``V.`` ≡ ``Vladimir``).

Two names match when their last tokens (the family name in the Western order used by news
text; for Korean/Chinese names the whole name is compared as well) are compatible and every
other token of the shorter name has a compatible, not yet used token in the longer one —
``Putin`` matches ``Wladimir Putin`` but ``Raúl Castro`` does not match ``Fidel Castro``.
Names whose joined keys are equal also match (``Kim Jong Un`` ≡ ``Kim Jong-un``).

:func:`acronym_matches` implements the Schwartz–Hearst (2003) alignment of an acronym to a
long form (``DVRK`` ↔ ``Demokratische Volksrepublik Korea``, letters may come from inside a
compound word but the first letter must start a word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .key import fold, skeleton, tokens

#: function words a long form may contain without contributing a letter to its acronym
ACRONYM_STOPWORDS: frozenset[str] = frozenset(
    ["der", "die", "das", "des", "dem", "den", "und", "für", "fur", "von", "vom", "zur", "zum", "im", "in", "of", "the", "and", "for", "de", "du", "la", "le", "et", "del", "y", "e"]
)


@dataclass(frozen=True)
class NameMatch:
    """The matcher's decision and why."""

    same: bool
    reason: str
    score: float = 0.0

    def __bool__(self) -> bool:
        return self.same


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def token_similarity(a: str, b: str, *, slips: bool = True) -> float:
    """1.0 for equal keys, lower for close variants, 0.0 for incompatible tokens."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) == 1 or len(b) == 1:  # an initial
        return 0.6 if a[0] == b[0] else 0.0
    dist = _edit_distance(a, b)
    longest, shortest = max(len(a), len(b)), min(len(a), len(b))
    # a single slip in a long token (Bassolet/Bassole, Pagdanganam/Pagdanganan)
    if slips and a[0] == b[0] and (dist == 1 and shortest >= 6 or dist == 2 and shortest >= 10):
        return 1.0 - dist / longest
    sa, sb = skeleton(a), skeleton(b)
    if sa != sb or not sa:
        return 0.0
    if len(sa) < 2 and a[0] != b[0]:
        return 0.0
    ratio = dist / longest
    return 1.0 - ratio if ratio < 0.3 else 0.0


_RUSSIFIED = re.compile(r"(?<=[a-zčš]{3})(?:ov|ev|ova|eva|ovič|evič)$")
#: Korean romanisations: McCune–Reischauer (Pak, Chŏng, Kwang-ch'ol) vs Revised (Bak, Jeong,
#: Gwang-cheol) differ in voicing, in eo/ŏ and ae; the liquid of Ri/Li/Lee/Yi may drop
_SYLLABLE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"tch|ch|j", "J"), (r"sh", "s"), (r"eo|ŏ", "o"), (r"eu|ŭ", "u"), (r"ae", "e"),
        (r"ee|ea", "i"), (r"oo|ou", "u"), (r"wo", "o"), (r"k", "g"), (r"p", "b"), (r"t", "d"),
        (r"(?<=[aeiou])r(?=[^aeiou]|$)", ""), (r"r", "l"), (r"^l(?=[iy])", ""), (r"^y(?=i)", ""), (r"h(?=[aeiou]|$)(?<=[gbdJs]h)", ""),
        (r"(.)\1+", r"\1"),
    )
)


def syllable_key(name: str) -> str:
    """A romanisation-neutral key of an East Asian name: family name, then the syllables
    joined (``Kim Jong-un`` = ``Kim Jong Un`` = ``Gim Jeong-eun``; ``Jong`` ≠ ``Yong``)."""
    out = []
    for tok in name.lower().replace("'", "").replace("’", "").split():
        t = "".join(ch for ch in fold(tok) if ch.isalpha())
        for pattern, repl in _SYLLABLE_RULES:
            t = pattern.sub(repl, t)
        out.append(t)
    return " ".join(out[:1] + ["".join(out[1:])])


def family_similarity(a: str, b: str) -> float:
    """Like :func:`token_similarity`, plus the Russian suffix some countries dropped
    (``Rahmonov``/``Rahmon``, ``Gulov``/``Gul``)."""
    sim = token_similarity(a, b)
    if sim == 0.0:
        ra, rb = _RUSSIFIED.sub("", a), _RUSSIFIED.sub("", b)
        if (ra != a or rb != b) and ra == rb:
            return 0.8
    return sim


def given_similarity(a: str, b: str) -> float:
    """Given names: also a short form that begins the full one (``Ken``/``Kenneth``,
    ``Vince``/``Vincent``), three letters at least."""
    sim = token_similarity(a, b)
    if sim == 0.0:
        short, long_ = sorted((a, b), key=len)
        if len(short) >= 3 and long_.startswith(short):
            return 0.6
    return sim


_ONE_SYLLABLE = re.compile(r"^[^aeiouyŏŭ]{0,3}[aeiouyŏŭ]{1,3}(?:r?(?:ng|n|m|l|k|p|t|ch))?$")


def _syllabic(name: str) -> bool:
    """East Asian name shape: family name first, every part one syllable, and a hyphenated
    given name or three or more parts (Kim Jong-un, Paek Se Bong, Nguyen Van Thieu)."""
    toks = fold(name.replace("'", "").replace("’", "")).split()
    parts = [p for t in toks for p in t.split("-") if p]
    if not 2 <= len(toks) <= 4 or not all(_ONE_SYLLABLE.match(p) for p in parts):
        return False
    return any("-" in t for t in toks[1:]) or len(toks) >= 3


def match_names(a: str, b: str) -> NameMatch:
    """Do ``a`` and ``b`` name the same entity?  Returns the decision with its reason."""
    ka, kb = tokens(a), tokens(b)
    if not ka or not kb:
        return NameMatch(False, "empty name")
    if _syllabic(a) and _syllabic(b):
        va, vb = syllable_key(a), syllable_key(b)
        if va == vb:
            return NameMatch(True, f"same syllables up to romanisation {va!r}", 0.9)
        return NameMatch(False, f"syllables differ: {va!r} / {vb!r}")

    if ka == kb:
        return NameMatch(True, f"same name key {' '.join(ka)!r}", 1.0)
    ja, jb = "".join(ka), "".join(kb)
    if ja == jb:
        return NameMatch(True, f"same joined key {ja!r}", 0.95)
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    last = family_similarity(short[-1], long_[-1])
    if last == 0.0:
        js = token_similarity(ja, jb, slips=False) if min(len(ja), len(jb)) > 3 else 0.0
        if js > 0.0:
            return NameMatch(True, f"close joined keys {ja!r} / {jb!r}", js)
        return NameMatch(False, f"family names differ: {short[-1]!r} / {long_[-1]!r}")
    if len(short[-1]) == 1:
        return NameMatch(False, "an initial cannot stand for a family name")
    used = {len(long_) - 1}
    score = last
    for tok in short[:-1]:
        best, best_i = 0.0, -1
        for i, cand in enumerate(long_[:-1]):
            if i in used:
                continue
            s = given_similarity(tok, cand)
            if s > best:
                best, best_i = s, i
        if best == 0.0:
            return NameMatch(False, f"no counterpart for {tok!r} in {' '.join(long_)!r}")
        used.add(best_i)
        score = min(score, best)
    if len(short) == 1 and len(long_) > 1:
        return NameMatch(True, f"family name {short[-1]!r} of {' '.join(long_)!r}", 0.7 * score)
    return NameMatch(True, f"compatible tokens {' '.join(short)!r} ~ {' '.join(long_)!r}", score)


def same_name(a: str, b: str) -> bool:
    """Shorthand for ``bool(match_names(a, b))``."""
    return match_names(a, b).same


def _words(long_form: str) -> list[str]:
    return [w for w in long_form.replace("-", " ").split() if w]


def acronym_matches(short: str, long_form: str) -> bool:
    """Does ``short`` abbreviate ``long_form``?

    A Schwartz–Hearst style alignment with one extra constraint: every content word of the
    long form starts a group of the acronym's letters (its initial, then optionally more
    letters from inside the word, as in compounds: ``DVRK`` = **D**emokratische
    **V**olks**r**epublik **K**orea, ``IStGH`` = **I**nternationaler **S**traf**g**erichts**h**of);
    function words (für, und, of …) may add their initial or be skipped (``BfV``, ``OSZE``).
    """
    s = "".join(ch for ch in fold(short) if ch.isalnum())
    words = _words(fold(long_form))
    content = [w for w in words if w not in ACRONYM_STOPWORDS]
    if len(s) < 2 or not content or len(content) > len(s):
        return False
    return _align(s, 0, words, 0)


def _align(s: str, i: int, words: list[str], w: int) -> bool:
    if w == len(words):
        return i == len(s)
    word = words[w]
    if word in ACRONYM_STOPWORDS and _align(s, i, words, w + 1):
        return True
    if i >= len(s) or word[0] != s[i]:
        return False
    # the initial matched; take 0..n further letters of this word as a subsequence
    j, pos = i + 1, 1
    if _align(s, j, words, w + 1):
        return True
    while j < len(s):
        pos = word.find(s[j], pos)
        if pos < 0:
            return False
        pos += 1
        j += 1
        if _align(s, j, words, w + 1):
            return True
    return False


def acronym_of(long_form: str) -> str:
    """The initials of the content words (``Koreanische Zentrale Nachrichtenagentur`` → KZN)."""
    return "".join(w[0] for w in _words(fold(long_form)) if w not in ACRONYM_STOPWORDS).upper()
