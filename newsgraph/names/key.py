"""A transliteration-aware name key: one spelling-independent form per name token.

German, English and French news render the same Cyrillic, Korean, Arabic or Chinese name
differently (``Schoigu``/``Shoigu``, ``Saweljew``/``Savelyev``, ``Pjöngjang``/``Pyongyang``).
The differences follow a small number of *systematic* rules of the transliteration
conventions, so instead of listing variants we map every spelling onto a coarse phonetic key
with the rules below, applied in order to each lower-cased, accent-folded token:

1. **Folding.**  ``ß`` → ``ss``; German umlauts ``ä``→``e``, ``ö``→``o``, ``ü``→``u``; every
   other diacritic is dropped (NFKD).  Apostrophes and soft/hard-sign marks vanish.
2. **Particles.**  Arabic article prefixes (``al-``, ``el-``, ``ad-``, ``as-``, ``ash-`` ...)
   before a hyphen are dropped, as are stand-alone particle and linking tokens (``al``,
   ``bin``, ``und``, ``of``, ``de``, ``der`` …, see :data:`PARTICLES`) and ``Jr``/``Sr``;
   ``Abdul``/``Abdel`` become ``abd`` (= ``Abd al-``); ``St.``/``Sankt``/``Sveti`` become
   ``saint``; initials written together are separate tokens (``B.J.``).
3. **Multigraphs** (German ↔ English ↔ French transliteration of the same sound):
   ``schtsch``/``shch`` → ``š``; ``tsch``/``tch``/``ch``/``kh`` → ``č`` (German *ch* renders
   Russian х = English *kh*; German *tsch* = English *ch*: both fold into one class);
   ``dsch``/``dzh``/``dj`` → ``j``; ``sch``/``zh``/``sh`` → ``š`` (Slavic ``č``/``ć`` and
   ``š``/``ž`` are kept as these two classes by rule 1);
   ``ph`` → ``f``; ``th`` → ``t``; ``qu`` → ``k`` before e/i and at the end, else ``kv``;
   ``q`` → ``k`` (Katar/Qatar); ``gh`` → ``g``; ``eo`` → ``o`` (Korean Pyeong/Pyong);
   ``ck`` → ``k``; ``x`` → ``ks``.
4. **Single letters**: ``w`` → ``v``; ``z``, ``tz``, ``ts``, ``c`` (before e/i/y) → ``s``
   (German *s* = English *z* for з, German *z* = English *ts* for ц); other ``c`` → ``k``;
   ``j``, ``y`` → ``i`` (German *j* = English *y*; the English *j* of Korean/Arabic names is
   spelled the same way in both languages, and East Asian names are compared on a separate
   syllable key that keeps *J* and *Y* apart, see :func:`newsgraph.names.match.syllable_key`); ``ou``, ``oo`` → ``u``; ``ee``, ``ie``/``ij``/``iy``
   at the end → ``i``; ``ae`` → ``e``; ``h`` after a vowel or another consonant is dropped.
5. **Endings.**  German country/region names in ``-ien`` and English ``-ia``/``-ya`` fold into
   ``-ia``; ``-ei``/``-ey`` (Türkei/Turkey) into ``-e``.
6. **Liquids.**  ``r`` and ``l`` stay distinct, except in a one-syllable token whose first
   letter is ``r``/``l`` before ``i``: Korean initial-sound law (두음법칙) drops that liquid in
   South Korean romanisation (Ri/Lee/Yi, Rim/Lim/Im), so the liquid is dropped there.
7. **Repeats** are collapsed (``Assad`` → ``asad``).

The key is idempotent (``key(key(x)) == key(x)``) and case-insensitive.  Tokens are the
whitespace-separated words; hyphenated parts of one token are joined (``Kwang-chol`` →
``kvangčol``) so ``Jong-un``/``Jong Un``/``Jongun`` can be compared by the matcher, which
also tries the joined form of the whole name.  :func:`skeleton` drops the vowels of a key for
the matcher's looser comparison.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: generational suffixes that never distinguish two renderings of one name
SUFFIXES: frozenset[str] = frozenset({"jr", "sr"})
#: stand-alone tokens that carry no identity in a name key (Arabic article, "son of", ...)
PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "as", "ash", "ar", "at", "az", "bin", "ibn", "ben",
     # linking words of multi-word names in the languages news names come through (short
     # ones that are also Korean/Vietnamese name syllables, like An, Do, Le, I, and von/van,
     # whose key is the syllable Won, are kept)
     "and", "und", "et", "och", "og", "ja", "ve", "es",
     "of", "the", "de", "di", "da", "del", "della", "dos", "das", "du",
     "der", "den"}
)
#: spellings of "Saint" in place and person names (St. Petersburg, Sankt Gallen, Sveti ...)
_SAINT = frozenset({"st", "ste", "sankt", "saint", "sainte", "sveti", "sv", "sint"})
_ARABIC_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|ar|at|az|an|ad-|ul)-(?=\w)")
_FOLD = str.maketrans(
    {"ß": "ss", "ä": "e", "ö": "o", "ü": "u", "æ": "e", "ø": "o", "œ": "e", "đ": "d", "ł": "l",
     "č": "\x01", "ć": "\x01", "š": "\x02", "ž": "\x02", "ś": "\x02"}
)
_UNPROTECT = str.maketrans({"\x01": "č", "\x02": "š"})
_DROP = re.compile(r"[\u2019'`´ʼʹʺ\"\u02bf\u02be.]")
_NON_ALNUM = re.compile(r"[^a-z0-9čš\- ]+")

# ordered multigraph rules (rule 3), then single letters (rule 4)
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"schtsch|shch|sch(?=tsch)", "š"),
        (r"tsch|tch|tsh|cz", "č"),
        (r"dsch|dzh|dsh|dj", "j"),
        (r"sch|zh|sh|sz", "š"),
        (r"kh|ch", "č"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"qu(?=[ei])|que$", "k"),
        (r"qu", "kv"),
        (r"q", "k"),
        (r"gh", "g"),
        (r"eo", "o"),
        (r"ck", "k"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"tz|ts|z", "s"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"[jy]", "i"),
        (r"ou|oo", "u"),
        (r"ae", "e"),
        (r"ee", "i"),
        (r"(?<=[aeiou])h|(?<=[bdfgklmnprstvx])h", ""),
    )
)
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?<=[a-zčš]{3})(?:ien|iia|ia)$", "ia"),
        (r"(?<=[a-zčš]{3})(?:ii|ie|ij|iy)$", "i"),
        (r"(?<=[a-zčš]{3})(?:ei|ey|ai)$", "e"),
    )
)
_VOWELS = re.compile(r"[aeiou]")
_REPEAT = re.compile(r"(.)\1+")
_LIQUID_SYLLABLE = re.compile(r"^[rl](?=i[aeou]?[a-z]?$)")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, German-aware accent folding (rule 1); keeps letters, digits, '-' and ' '."""
    text = text.lower().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.translate(_UNPROTECT))
    return _NON_ALNUM.sub(" ", text)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The key of one name token (rules 1-7).  ``token_key("Schoigu") == token_key("Shoygu")``."""
    t = fold(token).strip().replace(" ", "")
    t = _ARABIC_PREFIX.sub("", t)
    t = t.replace("-", "")
    if not t:
        return ""
    if t.isdigit():
        return t
    # the rules are applied until nothing changes, so a key is its own key (idempotence)
    for _ in range(8):
        before = t
        for pattern, repl in _RULES:
            t = pattern.sub(repl, t)
        for pattern, repl in _ENDINGS:
            t = pattern.sub(repl, t)
        t = _LIQUID_SYLLABLE.sub("", t)
        t = _REPEAT.sub(r"\1", t)
        if t == before:
            break
    return t


_ABD = re.compile(r"^abd[aeuo]l(?=[a-z]{3})|^abd[aeuo]l$")


def tokens(name: str) -> list[str]:
    """The key of every identity-bearing token of ``name`` (particles and suffixes dropped).

    Initials written together are separate tokens (``B.J.`` → ``b``, ``j``); the Arabic
    ``Abdul``/``Abdel`` (= ``Abd al-``) becomes ``abd`` like its spelled-out form.
    """
    out = []
    name = re.sub(r"(?<=\b\w)\.(?=\w)", ". ", name.lower().replace("ß", "ss"))
    for raw in fold(name).split():
        if raw.strip("-") in PARTICLES or raw.strip("-") in SUFFIXES:
            continue
        if token_key(raw) in _particle_keys():
            continue
        raw = _ABD.sub("abd", raw)
        if raw in _SAINT or token_key(raw) in _SAINT:
            raw = "saint"
        k = token_key(raw)
        if k:
            out.append(k)
    return out


@lru_cache(maxsize=1)
def _particle_keys() -> frozenset[str]:
    return frozenset(token_key(p) for p in PARTICLES | SUFFIXES)


def name_key(name: str) -> str:
    """The key of a whole name: token keys joined by one space (``"vladimir putin"``)."""
    return " ".join(tokens(name))


def joined_key(name: str) -> str:
    """The key with token boundaries removed (``Kim Jong Un`` ≡ ``Kim Jong-un``)."""
    return "".join(tokens(name))


def skeleton(key: str) -> str:
    """The consonants of a key (vowels are the least stable part of a transliteration)."""
    return _REPEAT.sub(r"\1", _VOWELS.sub("", key))
