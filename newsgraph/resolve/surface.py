"""Surface forms of mentions: German de-inflection variants and a light word tokenisation.

Mentions arrive as written (``Russlands``, ``der Koreanischen Zentralen Nachrichtenagentur``);
clustering compares *base-form variants*: the surface without a leading article, with a
genitive ``-s``/``-es`` removed, and with declined adjectives inside a name put back into the
nominative (``Koreanischen`` → ``Koreanische``).  Over-generation is harmless because a
variant only ever counts when another mention or a KB entry has the same key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

#: German articles, determiners and contracted prepositions that may lead a mention
DETERMINERS: frozenset[str] = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "eines", "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "beim", "im", "am", "vom", "zum", "zur", "ins"]
)
_WORD = re.compile(r"[\w][\w\-'’.]*[\w]|[\w]|[(),;:]")
ADJ_END = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+?(?:isch|sch|ig|igt|iert|ert|lich|al|ar|är|iv|ell|an))(e|en|er|es|em)$")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    pos: str = ""  # UPOS from the nlp stage, when it ran

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, start: int = 0, end: int | None = None,
          pos: Mapping[int, str] | None = None) -> list[Word]:
    """Words and the punctuation that matters for appositions, with absolute offsets.

    ``pos`` maps token start offsets to UPOS tags (from ``doc.tokens``) where known.
    """
    end = len(text) if end is None else end
    out = []
    for m in _WORD.finditer(text, start, end):
        w = m.group(0).rstrip(".") if len(m.group(0)) > 3 else m.group(0)
        out.append(Word(m.start(), m.start() + len(w), w, (pos or {}).get(m.start(), "")))
    return out


def strip_determiner(text: str) -> str:
    parts = text.split()
    while len(parts) > 1 and parts[0].lower() in DETERMINERS:
        parts = parts[1:]
    return " ".join(parts)


def _genitive_base(token: str) -> list[str]:
    out = []
    if len(token) >= 4 and token.endswith("s") and not token.endswith(("ss", "us", "is", "os")):
        out.append(token[:-1])
    if len(token) > 5 and token.endswith("es") and not token.endswith("ses"):
        out.append(token[:-2])
    if len(token) > 4 and token.endswith("'s"):
        out.append(token[:-2])
    if len(token) > 4 and token.endswith(("’", "'")):
        out.append(token[:-1])
    return out


def base_variants(text: str) -> list[str]:
    """Candidate base forms of a mention's surface, most literal first."""
    text = " ".join(text.split())
    first = strip_determiner(text)
    out = [first]
    toks = first.split()
    if not toks:
        return out
    # genitive on the last word (Russlands, Putins, des Kremls) or on a one-word name
    for base in _genitive_base(toks[-1]):
        out.append(" ".join([*toks[:-1], base]))
    # declined adjectives inside a multi-word name: Koreanischen -> Koreanische/-er/-es (the
    # nominative ending depends on the head's gender, which we do not know), with the head
    # as written or without a genitive -s/-es (des Internationalen Strafgerichtshofs)
    if len(toks) > 1 and any(ADJ_END.match(t) for t in toks[:-1]):
        heads = [toks[-1], *_genitive_base(toks[-1])]
        for ending in ("e", "er", "es"):
            stems = [(m.group(1) + ending) if (m := ADJ_END.match(t)) else t for t in toks[:-1]]
            for head in heads:
                out.append(" ".join([*stems, head]))
    # dative/plural -n on a single capitalised word (den Russen) is left alone: too ambiguous
    return list(dict.fromkeys(out))


def nominative(text: str) -> str:
    """The best guess of the nominative form of a name as written (for display)."""
    variants = base_variants(text)
    if len(variants) == 1:
        return variants[0]
    toks = variants[0].split()
    if len(toks) > 1 and any(ADJ_END.match(t) for t in toks[:-1]):
        # the "-e" adjective form with the head as written (feminine heads are the most
        # frequent in organisation names: Agentur, Union, Kommission, Bank)
        return next(v for v in variants if v.split()[0].endswith("e") or not ADJ_END.match(toks[0]))
    return variants[0]


def is_acronym(text: str) -> bool:
    """``KCNA``, ``DVRK``, ``NIS``, ``U.S.``: 2-6 letters, (nearly) all capitals, one word."""
    t = text.replace(".", "").replace("-", "")
    letters = [c for c in t if c.isalpha()]
    if " " in text.strip() or not 2 <= len(letters) <= 6:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper == len(letters) or (upper >= len(letters) - 1 and letters[0].isupper() and upper >= 2)


def token_count(text: str) -> int:
    return len(strip_determiner(text).split())
