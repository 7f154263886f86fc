"""The built-in German tagger: UPOS, STTS, lemma and UD morphology in two batched passes.

Pass 1 predicts UPOS from word and window features (:mod:`newsgraph.nlp.features`) with an
averaged perceptron; pass 2 adds the pass-1 tags of the neighbours and predicts the final UPOS
and one label per morphological feature (``Case``, ``Number``, ``Gender``, …) with further
perceptrons that share the feature space.  All tokens of a document are scored at once with
numpy (:func:`~newsgraph.nlp.perceptron.score_batch`).

STTS tags and lemmas come from the lexicon candidates (:mod:`newsgraph.nlp.lexicon`) that agree
with the predicted UPOS, then from lemma corrections learnt from UD; ``VerbForm`` and the mood
(Konjunktiv I/II) come from rules (:mod:`newsgraph.nlp.morph`).  Weights live in
``models/tagger.npz``; ``training/train_tagger.py`` rebuilds them.  See docs/models/tagger.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .features import (
    AUX_FORMS as _AUX_FORMS,
)
from .features import (
    FeatureCache,
    clause_features,
    clause_flags,
    tag_window_features,
    tag_word_features,
    verb_clause_features,
    verb_clause_flags,
    word_tag_features,
)
from .lexicon import MODEL_DIR, Candidates, Lexicon
from .morph import (
    agree_case,
    contraction_features,
    format_feats,
    guess_lemma,
    verb_features,
)
from .perceptron import Matrix, score_batch
from .scoring import WordScorer
from .tagger_features import (
    AUX_LEMMA_FORMS,
    aux_lemma,
    capital_features,
    clause_spans,
    copula_features,
    participle_features,
)
from .tagsets import DEFAULT_STTS, punct_stts, upos_of

TAGGER_PATH = MODEL_DIR / "tagger.npz"
#: the pass-2 group that predicts the STTS verb form (FIN/INF/PP/IMP); not a UD feature
VFORM_GROUP = "_VForm"
Tagged = tuple[str, str, str, str]

#: STTS pronoun tags and their attributive/substitutive counterparts
_PRON_TO_DET = {"PDS": "PDAT", "PIS": "PIAT", "PPOSS": "PPOSAT", "PRELS": "PRELAT", "PWS": "PWAT"}
_DET_TO_PRON = {v: k for k, v in _PRON_TO_DET.items()}


@dataclass(frozen=True)
class MorphGroup:
    """One morphological feature model: its classes (``_`` = absent) and where it applies."""

    name: str
    classes: tuple[str, ...]
    upos: frozenset[str]
    column: int  # first column in the pass-2 weight matrix


@dataclass(frozen=True)
class TaggerModel:
    features: Mapping[str, int]
    upos_classes: tuple[str, ...]
    pass1: Matrix  # (n_features, n_upos)
    pass2: Matrix  # (n_features, n_upos + morph columns)
    groups: tuple[MorphGroup, ...]
    lemmas: Mapping[str, str]  # "form\tUPOS" -> lemma
    meta: Mapping[str, object]

    def save(self, path: Path) -> None:
        names = sorted(self.features, key=self.features.__getitem__)
        meta = {
            "upos_classes": list(self.upos_classes),
            "groups": [
                {
                    "name": g.name,
                    "classes": list(g.classes),
                    "upos": sorted(g.upos),
                    "column": g.column,
                }
                for g in self.groups
            ],
            "lemmas": dict(self.lemmas),
            "meta": dict(self.meta),
        }
        np.savez_compressed(
            path,
            features=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
            pass1=self.pass1.astype(np.float16),
            pass2=self.pass2.astype(np.float16),
            meta=np.frombuffer(
                json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8
            ),
        )

    @classmethod
    def load(cls, path: Path) -> TaggerModel:
        if not path.is_file():
            raise ModelError(
                f"tagger weights {path} are missing",
                hint="reinstall newsgraph or rebuild them with `make train-de`",
            )
        try:
            with np.load(path, allow_pickle=False) as data:
                names = bytes(data["features"]).decode("utf-8").split("\n")
                meta = json.loads(bytes(data["meta"]).decode("utf-8"))
                pass1 = data["pass1"].astype(np.float32)
                pass2 = data["pass2"].astype(np.float32)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"tagger weights {path} are unreadable: {exc}") from exc
        groups = tuple(
            MorphGroup(g["name"], tuple(g["classes"]), frozenset(g["upos"]), int(g["column"]))
            for g in meta["groups"]
        )
        return cls(
            features={n: i for i, n in enumerate(names)},
            upos_classes=tuple(meta["upos_classes"]),
            pass1=pass1,
            pass2=pass2,
            groups=groups,
            lemmas=meta["lemmas"],
            meta=meta.get("meta", {}),
        )


#: one-character symbols that are always SYM in UD German (the model rarely sees them)
_SYMBOLS = frozenset("%€$£¥§°©®™+=<>~^|×÷")
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "“", "”", '"', "»", "«", ")", "und", "oder"})


def prefer_verb_form(cands: Candidates, left: Sequence[str], nxt: str) -> Candidates:
    """Reorder verb candidates by clause context: a participle/infinitive ends a clause
    that has an auxiliary or modal before it (``…, dass sie entsandt würden``, ``hat … entsandt.``).
    """
    forms = {stts[2:] for stts, _ in cands if stts.startswith("V")}
    if "FIN" not in forms or not forms & {"PP", "INF"}:
        return cands
    clause: list[str] = []
    for w in reversed(left):
        if w in (",", ";", ":", "„", '"', "«", "»"):
            break
        clause.append(w)
    at_end = nxt.lower() in _CLAUSE_END or nxt in _AUX_FORMS
    if not at_end or not (any(w in _AUX_FORMS for w in clause) or nxt.lower() in _AUX_FORMS):
        return cands
    rank = {"PP": 0, "INF": 1, "IZU": 2}
    return tuple(sorted(cands, key=lambda c: rank.get(c[0][2:], 3) if c[0].startswith("V") else 4))


def with_verb_form(word: str, upos: str, cands: Candidates, form: str) -> Candidates:
    """Put the verb candidates of the predicted form first; add one if none has it."""
    if form == "INF" and "zu" in word[2:-3].lower() and any(c[0].endswith("IZU") for c in cands):
        form = "IZU"
    matching = [c for c in cands if c[0].startswith("V") and c[0][2:] == form]
    if matching:
        return tuple(matching) + tuple(c for c in cands if c not in matching)
    verbs = [c for c in cands if c[0].startswith("V")]
    prefix = verbs[0][0][:2] if verbs else ("VV" if upos == "VERB" else "VA")
    lemma = verbs[0][1] if verbs else guess_lemma(word, upos)
    return ((prefix + form, lemma), *cands)


def choose_stts(word: str, upos: str, cands: Candidates) -> tuple[str, str | None]:
    """The STTS tag (and its lexicon lemma) that agrees with the predicted UPOS."""
    if upos == "PUNCT":
        return punct_stts(word), word
    for stts, lemma in cands:
        cu = upos_of(stts)
        if cu == upos or (upos in ("VERB", "AUX") and stts.startswith("V")):
            return stts, lemma
    for stts, lemma in cands:
        if upos == "DET" and stts in _PRON_TO_DET:
            return _PRON_TO_DET[stts], lemma
        if upos == "PRON" and stts in _DET_TO_PRON:
            return _DET_TO_PRON[stts], lemma
        if upos == "PROPN" and stts == "NN":
            return "NE", lemma
        if upos == "NOUN" and stts == "NE":
            return "NN", lemma
        if upos == "ADV" and stts == "ADJD":
            return "ADJD", lemma
    return _fallback_stts(word, upos), None


def _fallback_stts(word: str, upos: str) -> str:
    if upos in ("VERB", "AUX"):
        prefix = "VV" if upos == "VERB" else "VA"
        lower = word.lower()
        if "zu" in lower[2:-3] and lower.endswith("en"):
            return prefix + "IZU"
        if lower.startswith("ge") and lower.endswith(("t", "en")):
            return prefix + "PP"
        if lower.endswith("en") and word[:1].islower():
            return prefix + "INF"
        return prefix + "FIN"
    if upos == "ADJ" and word[:1].isdigit():
        return "ADJA"
    return DEFAULT_STTS.get(upos, "XY")


def _lemma(
    word: str, upos: str, lex_lemma: str | None, feats: Mapping[str, str] | None = None
) -> str:
    if upos in ("PUNCT", "NUM", "SYM", "X"):
        return word
    if upos == "PROPN":
        if lex_lemma and word.lower().startswith(lex_lemma.lower()) and lex_lemma[:1].isupper():
            return lex_lemma if lex_lemma != lex_lemma.capitalize() or word.istitle() else word
        return word
    if lex_lemma:
        return lex_lemma
    return guess_lemma(word, upos, feats)


class PerceptronTagger:
    """Tags sentences (lists of words) with the shipped :class:`TaggerModel`."""

    name = "builtin"

    def __init__(self, model: TaggerModel, lexicon: Lexicon) -> None:
        self.model = model
        self.lexicon = lexicon
        self.cache = FeatureCache(lexicon)
        self.scorer = WordScorer(model.features, model.pass1, model.pass2, self.cache)
        self._win_cache: dict[tuple[str, ...], list[int]] = {}
        self._tagword_cache: dict[tuple[str, str], list[int]] = {}
        self._nb_cache: dict[tuple[str, str, str], list[int]] = {}
        self._finish_cache: dict[tuple[object, ...], Tagged] = {}
        self._clause_cache: dict[tuple[str, bool, bool], list[int]] = {}
        self._wordtags_cache: dict[tuple[str, str, str], list[int]] = {}
        self._verb_cache: dict[tuple[str, str, bool, bool], list[int]] = {}
        self._cap_cache: dict[tuple[str, str, str, bool], list[int]] = {}

    # ---- feature ids --------------------------------------------------------------------
    def _ids_of(self, feats: list[str]) -> list[int]:
        index = self.model.features
        return [index[f] for f in feats if f in index]

    def _context_ids(self, words: Sequence[str], tags: Sequence[str]) -> list[list[int]]:
        """Feature ids of :func:`~newsgraph.nlp.features.context_features`, cached by parts."""
        n = len(words)
        lowers = [w.lower() for w in words]
        flags = clause_flags(lowers)
        vflags = verb_clause_flags(lowers, tags)
        win, tw, nb = self._win_cache, self._tagword_cache, self._nb_cache
        wt, vc = self._wordtags_cache, self._verb_cache
        spans: list[tuple[int, int]] = []
        out = []
        for i in range(n):
            t0 = tags[i]
            key = (
                tags[i - 2] if i > 1 else "<s>",
                tags[i - 1] if i > 0 else "<s>",
                t0,
                tags[i + 1] if i + 1 < n else "</s>",
                tags[i + 2] if i + 2 < n else "</s>",
            )
            ids = win.get(key)
            if ids is None:
                ids = win[key] = self._ids_of(tag_window_features(*key))
            lower = lowers[i]
            own = tw.get((t0, lower))
            if own is None:
                own = self._ids_of(tag_word_features(t0, lower))
                if len(tw) < 500_000:
                    tw[(t0, lower)] = own
            prev = ("p", lowers[i - 1] if i else "<s>", t0)
            nxt = ("n", lowers[i + 1] if i + 1 < n else "</s>", t0)
            around = []
            for k in (prev, nxt):
                hit = nb.get(k)
                if hit is None:
                    f = f"w-1|t0={k[1]},{t0}" if k[0] == "p" else f"w+1|t0={k[1]},{t0}"
                    hit = self._ids_of([f])
                    if len(nb) < 500_000:
                        nb[k] = hit
                around.extend(hit)
            ckey = (t0, *flags[i])
            cl = self._clause_cache.get(ckey)
            if cl is None:
                cl = self._clause_cache[ckey] = self._ids_of(clause_features(*ckey))
            wkey = (lower, key[1], key[3])
            near = wt.get(wkey)
            if near is None:
                near = self._ids_of(word_tag_features(*wkey))
                if len(wt) < 500_000:
                    wt[wkey] = near
            verb: list[int] = []
            if t0 in ("VERB", "AUX"):
                vkey = (t0, lower, *vflags[i])
                hit = vc.get(vkey)
                if hit is None:
                    hit = self._ids_of(verb_clause_features(*vkey))
                    if len(vc) < 100_000:
                        vc[vkey] = hit
                verb = hit
            if t0 in ("VERB", "ADJ") or lower in AUX_LEMMA_FORMS or words[i][:1].isupper():
                extra = self._extra_ids(words, lowers, i, tags, spans)
                out.append([*ids, *own, *around, *cl, *near, *verb, *extra])
            else:  # none of tagger_features applies
                out.append([*ids, *own, *around, *cl, *near, *verb])
        return out

    def _extra_ids(
        self,
        words: Sequence[str],
        lowers: Sequence[str],
        i: int,
        tags: Sequence[str],
        spans: list[tuple[int, int]],
    ) -> list[int]:
        """Ids of :mod:`newsgraph.nlp.tagger_features` (capitalised words, copula clauses,
        participles); ``spans`` holds the sentence's clause spans once computed."""
        word = words[i]
        if word[:1].isupper() and len(word) > 1:
            cands = self.cache.get(word)[2]
            key = (
                cands[0][0] if cands else "none",
                tags[i - 1] if i > 0 else "<s>",
                tags[i + 1] if i + 1 < len(tags) else "</s>",
                word.isupper(),
            )
            hit = self._cap_cache.get(key)
            if hit is None:
                hit = self._cap_cache[key] = self._ids_of(capital_features(word, i, key[0], tags))
            return hit
        lower = word.lower()
        is_aux = bool(aux_lemma(lower))
        if not is_aux and (
            tags[i] not in ("VERB", "ADJ")
            or not any(t == "VVPP" for t, _ in self.cache.get(word)[2])
        ):
            return []
        if not spans:
            spans.extend(clause_spans(lowers))
        if is_aux:
            return self._ids_of(copula_features(lower, i, spans[i], tags))
        return self._ids_of(participle_features(lower, i, spans[i], lowers, tags[i]))

    # ---- tagging ------------------------------------------------------------------------
    def tag(self, words: list[str]) -> list[Tagged]:
        return self.tag_sentences([words])[0]

    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[Tagged]]:
        sentences = [s for s in sentences]
        if not any(sentences):
            return [[] for _ in sentences]
        model = self.model
        s1, s2 = self.scorer.base_scores(sentences)
        tags1 = [model.upos_classes[i] for i in s1.argmax(axis=1).tolist()]
        # pass 2: base scores plus the context features built on the pass-1 tags
        pos = 0
        dummy = self.scorer.zero  # a zero weight row: every token has at least one id
        flat_ctx: list[list[int]] = []
        for words in sentences:
            for extra in self._context_ids(words, tags1[pos : pos + len(words)]):
                extra.append(dummy)
                flat_ctx.append(extra)
            pos += len(words)
        scores = s2 + _scores(self.scorer.w2z, flat_ctx)
        n_upos = len(model.upos_classes)
        upos_pred = scores[:, :n_upos].argmax(axis=1)
        group_rows: list[list[int]] = np.stack(
            [scores[:, g.column : g.column + len(g.classes)].argmax(axis=1) for g in model.groups],
            axis=1,
        ).tolist()
        out: list[list[Tagged]] = []
        k = 0
        for words in sentences:
            tagged: list[Tagged] = []
            left: list[str] = []
            for i, word in enumerate(words):
                upos = model.upos_classes[int(upos_pred[k])]
                if word in _SYMBOLS:
                    upos = "SYM"
                nxt = words[i + 1] if i + 1 < len(words) else "."
                row = group_rows[k]
                if upos in ("VERB", "AUX"):
                    tagged.append(self._finish(word, upos, row, left, nxt))
                else:  # no context-dependent rules: cache by form, tag and morph labels
                    key = (word, upos, *row)
                    hit = self._finish_cache.get(key)
                    if hit is None:
                        hit = self._finish(word, upos, row, left, nxt)
                        if len(self._finish_cache) < 500_000:
                            self._finish_cache[key] = hit
                    tagged.append(hit)
                left.append(word.lower())
                k += 1
            out.append(agree_case(words, tagged))
        return out

    def _finish(
        self,
        word: str,
        upos: str,
        row: list[int],
        left: list[str],
        nxt: str,
    ) -> Tagged:
        cands = self.cache.get(word)[2]
        feats: dict[str, str] = {}
        vform = ""
        for g, pred in zip(self.model.groups, row, strict=True):
            if upos in g.upos:
                value = g.classes[pred]
                if g.name == VFORM_GROUP:
                    vform = value
                elif value != "_":
                    feats[g.name] = value
        if upos in ("VERB", "AUX"):
            cands = (
                with_verb_form(word, upos, cands, vform)
                if vform
                else prefer_verb_form(cands, left, nxt)
            )
        stts, lex_lemma = choose_stts(word, upos, cands)
        lemma = self.model.lemmas.get(f"{word}\t{upos}") or _lemma(word, upos, lex_lemma, feats)
        if upos in ("VERB", "AUX"):
            verb_features(word, stts, lemma, left, feats)
        elif stts == "APPRART":
            feats.update(contraction_features(word))
        return upos, stts, lemma, format_feats(feats)


def _scores(weights: Matrix, flat: list[list[int]]) -> Matrix:
    lengths = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
    ids = np.fromiter(chain.from_iterable(flat), dtype=np.int64, count=int(lengths.sum()))
    offsets = np.zeros(len(flat), dtype=np.int64)
    np.cumsum(lengths[:-1], out=offsets[1:])
    return score_batch(weights, ids, offsets)


@lru_cache(maxsize=2)
def load_model(path: Path = TAGGER_PATH) -> TaggerModel:
    return TaggerModel.load(path)


def load_builtin_tagger(*, live_lexicon: bool = False) -> PerceptronTagger:
    """A new tagger over the shipped model and lexicon (the weights are loaded once).

    ``live_lexicon=True`` asks HanTa about words missing from the shipped lexicon (better
    lemmas for rare words, but ~2 ms per new word form).
    """
    return PerceptronTagger(load_model(), Lexicon(live=live_lexicon))
