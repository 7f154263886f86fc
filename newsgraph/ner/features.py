"""Token features for the CRF entity tagger.

Every feature is a string (binary feature).  Word-intrinsic features are computed once per
word form and cached on the extractor instance, so extraction costs little more than list
concatenation per token.  Features:

* the lower-cased word, prefixes (3, 4), suffixes (2-5), word shape and its short form,
  capitalisation flags, length, digits, hyphens, dots;
* gazetteer membership of the word (with German inflection: ``Russlands``), of the parts of
  hyphenated compounds (``EU-Kommission``, ``Jong-un``), nationality adjectives/demonyms,
  and multi-word gazetteer phrases (``Vereinte Nationen``) as B/I features;
* organisation cues: words ending in ``-ministerium``, ``-agentur``, ``-behörde``... and
  company suffixes (``AG``, ``GmbH``);
* word clusters computed from the training texts (when the model ships them);
* the same compact features of the two words on each side, word bigrams, sentence position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .hanta_lexicon import WordClasses
from .lexicon import Gazetteer

#: endings of German compound nouns that name organisations (``Außenministerium``)
ORG_SUFFIXES = (
    "ministerium", "agentur", "behörde", "dienst", "partei", "verband", "bund", "kommission",
    "gericht", "gerichtshof", "bank", "universität", "hochschule", "institut", "stiftung",
    "konzern", "gruppe", "rat", "amt", "zeitung", "rundfunk", "fernsehen", "verein", "klub",
    "club", "gewerkschaft", "polizei", "armee", "regierung", "parlament", "kammer", "werke",
    "akademie", "organisation", "ministerien", "agenturen", "behörden", "dienste", "parteien",
)
#: company and organisation marker words
ORG_MARKERS = frozenset(
    "AG GmbH SE KG Inc Inc. Corp Corp. Ltd Ltd. Co. LLC plc S.A. e.V. eG Holding Group".split()  # noqa: SIM905
)
#: words that announce a following name
CUE_WORDS = frozenset(
    """Nachrichtenagentur Agentur Ministerium Geheimdienst Behörde Zeitung Sender Partei Firma
    Konzern Unternehmen Präsident Präsidentin Minister Ministerin Kanzler Kanzlerin Herr Frau
    Sprecher Sprecherin Chef Chefin Staatschef Regierungschef Machthaber Führer General
    Botschafter Botschafterin Premierminister Premier Außenminister Verteidigungsminister
    Bürgermeister Abgeordnete Abgeordneter Stadt Hauptstadt Provinz Region Land Staat Bundesland
    Dr. Prof.""".split()  # noqa: SIM905
)
_PERSON_KINDS = frozenset({"first", "last"})


def word_shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def short_shape(shape: str) -> str:
    out: list[str] = []
    for ch in shape:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


class FeatureExtractor:
    """Turns token strings into CRF feature lists.  Instances cache per-word features."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        clusters: Mapping[str, str] | None = None,
        word_classes: WordClasses | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.clusters = clusters or {}
        self.word_classes = word_classes
        self._cache: dict[str, tuple[list[str], ...]] = {}

    # ---- per word -------------------------------------------------------------------------
    def _word_info(self, word: str) -> tuple[list[str], ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        low = word.lower()
        shape = word_shape(word)
        sshape = short_shape(shape)
        compact = [f"w={low}", f"ss={sshape}"]
        if word[:1].isupper():
            compact.append("T")
        for kind in self.gaz.kinds(word):
            compact.append("g=" + kind)
        norp = self.gaz.norp(word)
        if norp:
            compact.append("n=" + norp)
        if "-" in word and len(word) > 2:
            parts = [p for p in word.split("-") if p]
            if parts:
                for kind in self.gaz.kinds(parts[0]):
                    compact.append("gh=" + kind)
                for kind in self.gaz.kinds(parts[-1]):
                    compact.append("gt=" + kind)
        if self.word_classes is not None and word[:1].isalpha():
            for cls in self.word_classes.classes(word):
                compact.append("h=" + cls)
        if word in CUE_WORDS:
            compact.append("cue")
        if word in ORG_MARKERS:
            compact.append("orgm")
        cl = self.clusters.get(low)
        if cl is not None:
            compact.append("c=" + cl)
            compact.append("c4=" + cl[:4])
        own = list(compact)
        own += [
            f"p3={low[:3]}", f"p4={low[:4]}", f"s2={low[-2:]}", f"s3={low[-3:]}",
            f"s4={low[-4:]}", f"s5={low[-5:]}", f"sh={shape if len(shape) <= 8 else sshape}",
            f"len={min(len(word), 12)}",
        ]
        if word.isupper() and len(word) > 1:
            own.append("U")
        if any(ch.isdigit() for ch in word):
            own.append("D")
        if "-" in word:
            parts = word.split("-")
            own.append("hp=" + parts[0].lower())
            own.append("hl=" + parts[-1].lower())
        if "." in word:
            own.append("dot")
        if len(word) > 5 and word[0].isupper():
            for suf in ORG_SUFFIXES:
                if low.endswith(suf):
                    own.append("osuf=" + suf)
                    break
        if any(k in _PERSON_KINDS for k in self.gaz.kinds(word)):
            own.append("pname")
        prev = tuple(f"-1{f}" for f in compact)
        nxt = tuple(f"+1{f}" for f in compact)
        prev2 = (f"-2w={low}", f"-2ss={sshape}")
        nxt2 = (f"+2w={low}", f"+2ss={sshape}")
        info = (own, list(prev), list(nxt), list(prev2), list(nxt2), [low])
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[word] = info
        return info

    # ---- per sentence ---------------------------------------------------------------------
    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence of token strings."""
        infos = [self._word_info(w) for w in words]
        n = len(words)
        phrase: list[list[str]] = [[] for _ in range(n)]
        wl = list(words)
        for i in range(n):
            if self.gaz.lower_phrases.get(wl[i].lower()) is None:
                continue
            for length, kind in self.gaz.phrases_at(wl, i):
                phrase[i].append("pg=B-" + kind)
                for k in range(i + 1, i + length):
                    phrase[k].append("pg=I-" + kind)
        out: list[list[str]] = []
        for i in range(n):
            info = infos[i]
            feats = ["bias", *info[0]]
            if i == 0:
                feats.append("BOS")
            else:
                feats += infos[i - 1][1]
                feats.append(f"b={infos[i - 1][5][0]}|{info[5][0]}")
                if i > 1:
                    feats += infos[i - 2][3]
            if i + 1 < n:
                feats += infos[i + 1][2]
                feats.append(f"b+={info[5][0]}|{infos[i + 1][5][0]}")
                if i + 2 < n:
                    feats += infos[i + 2][4]
            else:
                feats.append("EOS")
            if phrase[i]:
                feats += phrase[i]
            out.append(feats)
        return out
