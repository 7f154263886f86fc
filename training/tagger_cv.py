"""4-fold cross-validation of the tagger's UPOS passes over the *training* sentences only.

The tuning protocol of docs/models/tagger.md: GSD dev 0–699 + PUD 0–799, fold = sentence index
mod 4; the held-out slices (GSD dev 700–, PUD 800–999) are never read here::

    python -m training.tagger_cv --shared ../shared [--gsd-conventions] [--no-extra]

Scores are against the original gold tags and, for the harmonised variant, also against the
harmonised gold (month/weekday names and ``Euro`` as NOUN in GSD, see
:func:`training.train_tagger.harmonise`).  Takes 3–5 minutes on 2 cores (UPOS only: no
morphology models).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsgraph.nlp.features import FeatureCache
from newsgraph.nlp.lexicon import Lexicon
from training.train_tagger import (
    GSD_TRAIN,
    FeatureIndex,
    harmonise,
    predict_upos,
    split_ud,
    upos_passes,
)

FOLDS = 4


def cross_validate(
    shared: Path,
    *,
    harmonised: bool = True,
    extra: bool = True,
    epochs: int = 12,
    dump: Path | None = None,
) -> dict[str, object]:
    """UPOS accuracy by fold and treebank, and the most frequent confusions."""
    original, _heldout = split_ud(shared)
    harmonised_gold = harmonise(original)
    train = harmonised_gold if harmonised else original
    cache = FeatureCache(Lexicon(live=False))
    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    rows: list[str] = []
    for fold in range(FOLDS):
        fit = [s for i, s in enumerate(train) if i % FOLDS != fold]
        test = [i for i in range(len(train)) if i % FOLDS == fold]
        fi = FeatureIndex()
        pass1, _flat2, _gold, upos2, _n = upos_passes(fit, cache, epochs, fi, extra=extra)
        predicted = predict_upos(fi, pass1, upos2, [train[i] for i in test], cache, extra=extra)
        for i, tags in zip(test, predicted, strict=True):
            bank = "gsd" if i < GSD_TRAIN else "pud"
            pairs = zip(original[i].tokens, harmonised_gold[i].tokens, tags, strict=True)
            for gold, hgold, tag in pairs:
                for key in ("all", bank, f"fold{fold}"):
                    total[key] += 1
                    ok[key] += gold.upos == tag
                    ok[f"{key}/harmonised gold"] += hgold.upos == tag
                if gold.upos != tag:
                    confusion[(gold.upos, tag)] += 1
                known = gold.form in cache.lexicon.table
                cands = " ".join(t for t, _ in cache.get(gold.form)[2])
                rows.append(f"{i}\t{bank}\t{gold.form}\t{gold.upos}\t{tag}\t{known}\t{cands}")
    if dump is not None:
        dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    scores = {key: round(ok[key] / total[key], 4) for key in total}
    scores.update(
        {
            f"{key}/harmonised gold": round(ok[f"{key}/harmonised gold"] / n, 4)
            for key, n in total.items()
        }
    )
    return {
        "harmonised": harmonised,
        "extra_features": extra,
        "tokens": total["all"],
        "upos": scores,
        "confusions": [f"{g}->{p}:{c}" for (g, p), c in confusion.most_common(12)],
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--gsd-conventions", action="store_true", help="train on GSD's own tags")
    ap.add_argument("--no-extra", action="store_true", help="without tagger_features.py")
    ap.add_argument(
        "--dump",
        type=Path,
        help="write one TSV line per token: sentence, treebank, form, "
        "gold, predicted, in lexicon, lexicon tags",
    )
    args = ap.parse_args()
    result = cross_validate(
        args.shared,
        harmonised=not args.gsd_conventions,
        extra=not args.no_extra,
        dump=args.dump,
    )
    print(json.dumps(result, indent=1))
