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

from .lexicon import Gazetteer, WordClasses

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


class _ShapeTable(dict[int, str]):
    """``str.translate`` table of :func:`word_shape`, filled per character on first use (the
    shape of a character depends on that character only)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = word_shape(chr(code))
        return value


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
        self._shapes = _ShapeTable()
        self._short: dict[str, str] = {}  # shape -> short_shape(shape)

    # ---- per word -------------------------------------------------------------------------
    def _word_info(self, word: str) -> tuple[list[str], ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        low = word.lower()
        shape = word.translate(self._shapes)  # word_shape(word)
        sshape = self._short.get(shape)
        if sshape is None:
            sshape = short_shape(shape)
            if len(self._short) < 100_000:
                self._short[shape] = sshape
        compact = [f"w={low}", f"ss={sshape}"]
        if word[:1].isupper():
            compact.append("T")
        kinds = self.gaz.kinds(word)
        for kind in kinds:
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
            classes = self.word_classes.classes(word)
            for cls in classes:
                compact.append("h=" + cls)
            if not classes and word[:1].isupper() and not word.isupper():
                compact.append("UNKCAP")
        if word in CUE_WORDS:
            compact.append("cue")
        if word in ORG_MARKERS:
            compact.append("orgm")
        cl = self.clusters.get(low)
        if cl is not None:
            for n, cid in enumerate(cl.split(".")):
                compact.append(f"c{n}={cid}")
        own = list(compact)
        own += [
            f"p3={low[:3]}", f"p4={low[:4]}", f"s2={low[-2:]}", f"s3={low[-3:]}",
            f"s4={low[-4:]}", f"s5={low[-5:]}", f"sh={shape if len(shape) <= 8 else sshape}",
            f"len={min(len(word), 12)}",
        ]
        if word.isupper() and len(word) > 1:
            own.append("U")
        if any(map(str.isdigit, word)):
            own.append("D")
        if "-" in word:
            parts = word.split("-")
            own.append("hp=" + parts[0].lower())
            own.append("hl=" + parts[-1].lower())
        if "." in word:
            own.append("dot")
        if len(word) > 5 and word[0].isupper() and low.endswith(ORG_SUFFIXES):
            for suf in ORG_SUFFIXES:
                if low.endswith(suf):
                    own.append("osuf=" + suf)
                    break
        if not _PERSON_KINDS.isdisjoint(kinds):
            own.append("pname")
        prev = ["-1" + f for f in compact]
        nxt = ["+1" + f for f in compact]
        prev2 = [f"-2w={low}", f"-2ss={sshape}"]
        nxt2 = [f"+2w={low}", f"+2ss={sshape}"]
        info = (own, prev, nxt, prev2, nxt2, [low])
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[word] = info
        return info

    # ---- per sentence ---------------------------------------------------------------------
    def word_groups(self, word: str) -> tuple[list[str], ...]:
        """Feature groups of one word form: ``(own, as_prev, as_next, as_prev2, as_next2)``.

        Token ``i`` gets ``own`` of word ``i``, ``as_prev`` of word ``i-1``, ``as_next`` of word
        ``i+1``, ``as_prev2``/``as_next2`` of words ``i-2``/``i+2``, plus :meth:`extras`."""
        return self._word_info(word)[:5]

    def extras(
        self, words: Sequence[str], tags: Sequence[str] | None = None
    ) -> list[list[str]]:
        """Per-token features that depend on more than one word or on the context: position,
        bigrams, gazetteer phrases and, when ``tags`` (UPOS per token) are given, the part of
        speech of the token and its neighbours."""
        n = len(words)
        lows = [w.lower() for w in words]
        out: list[list[str]] = [["bias"] for _ in range(n)]
        if tags is not None and len(tags) == n:
            for i, tag in enumerate(tags):
                out[i].append("pos=" + tag)
                if i:
                    out[i].append("-1pos=" + tags[i - 1])
                    out[i].append(f"pos2={tags[i - 1]}|{tag}")
                if i + 1 < n:
                    out[i].append("+1pos=" + tags[i + 1])
        if n:
            out[0].append("BOS")
            out[-1].append("EOS")
        for i in range(1, n):
            out[i].append(f"b={lows[i - 1]}|{lows[i]}")
            out[i - 1].append(f"b+={lows[i - 1]}|{lows[i]}")
        wl = list(words)
        phrases = self.gaz.lower_phrases
        for i in range(n - 1):
            if (lows[i], lows[i + 1]) not in phrases:
                continue
            for length, kind in self.gaz.phrases_at(wl, i):
                out[i].append("pg=B-" + kind)
                for k in range(i + 1, i + length):
                    out[k].append("pg=I-" + kind)
        return out

    def sentence(
        self, words: Sequence[str], tags: Sequence[str] | None = None
    ) -> list[list[str]]:
        """Feature lists for one sentence of token strings (used for training)."""
        groups = [self.word_groups(w) for w in words]
        n = len(words)
        out = self.extras(words, tags)
        for i in range(n):
            feats = out[i]
            feats += groups[i][0]
            if i > 0:
                feats += groups[i - 1][1]
            if i > 1:
                feats += groups[i - 2][3]
            if i + 1 < n:
                feats += groups[i + 1][2]
            if i + 2 < n:
                feats += groups[i + 2][4]
        return out
