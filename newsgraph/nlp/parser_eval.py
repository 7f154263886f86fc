"""Attachment scores of the dependency parser (``newsgraph eval pos`` adds them when shipped).

UAS = share of tokens with the gold head, LAS = gold head and gold relation (full UD relation
with subtype, ``nsubj:pass``).  Every token counts, punctuation included (as in the CoNLL 2018
shared task); contractions are merged like the tokeniser keeps them (:mod:`.parser_data`).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .parser import PARSER_PATH, DependencyParser, load_builtin_parser
from .parser_data import Tree
from .parser_features import Tagged


def parser_available() -> bool:
    return PARSER_PATH.is_file()


def attachment_scores(
    trees: Sequence[Tree],
    tags: Sequence[Sequence[Tagged]],
    parser: DependencyParser | None = None,
) -> dict[str, Any]:
    """``uas``, ``las``, ``uas_no_punct``, per-relation LAS recall of the frequent relations
    and parsing speed (tokens/s, tagging not included)."""
    parser = parser or load_builtin_parser()
    t0 = time.perf_counter()
    parses = [parser.parse(t.words, tg) for t, tg in zip(trees, tags, strict=True)]
    elapsed = time.perf_counter() - t0
    n = uas = las = n_np = uas_np = 0
    rel_n: Counter[str] = Counter()
    rel_ok: Counter[str] = Counter()
    for tree, (heads, rels) in zip(trees, parses, strict=True):
        for tok, h, r, gh, gr in zip(
            tree.sentence.tokens, heads, rels, tree.heads, tree.deprels, strict=True
        ):
            n += 1
            uas += h == gh
            las += h == gh and r == gr
            rel_n[gr] += 1
            rel_ok[gr] += h == gh and r == gr
            if tok.upos != "PUNCT":
                n_np += 1
                uas_np += h == gh
    return {
        "uas": round(uas / n, 4) if n else None,
        "las": round(las / n, 4) if n else None,
        "uas_no_punct": round(uas_np / n_np, 4) if n_np else None,
        "las_by_relation": {
            r: round(rel_ok[r] / c, 3) for r, c in rel_n.most_common() if c >= 20
        },
        "parse_tokens_per_s": round(n / elapsed) if elapsed > 0 else None,
    }
