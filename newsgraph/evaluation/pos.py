"""``newsgraph eval pos FILE.conllu``: UPOS, STTS, lemma and morphology accuracy, and speed.

The tagger sees the gold tokenisation (one sentence at a time, batched per 200 sentences) and
is compared token by token:

* ``upos`` / ``xpos`` (STTS; only reported when at least 90 % of the file's XPOS tags are
  STTS tags — UD PUD uses another tag set) / ``lemma``;
* ``feats:NAME`` — for each UD feature, accuracy over the tokens where the gold or the
  prediction has that feature (both must agree on presence and value);
* ``all_feats`` — the whole UD feature string equal, ignoring newsgraph's private ``Subj``
  feature and the features the tagger does not predict (listed under ``ignored_feats``);
* ``tokens_per_s`` — tagging throughput (tokenisation not included);
* ``uas`` / ``las`` (+ ``uas_no_punct``, ``parse_tokens_per_s``) — when the dependency parser
  is installed (``newsgraph/nlp/models/parser.npz``), on the tagger's tags
  (:mod:`newsgraph.nlp.parser_eval`, docs/models/parser.md).

``--range 800:1000`` evaluates only those sentences (0-based, end exclusive): the shipped model
holds out UD PUD 800:1000 and GSD dev 700:799 (see docs/models/tagger.md).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import ConfigError, EvalError
from ..nlp.conllu import GoldSentence, read_conllu
from ..nlp.morph import parse_feats
from ..nlp.tagsets import STTS_TO_UPOS

if TYPE_CHECKING:
    from ..nlp.parser_data import Tree

#: UD features the built-in tagger predicts (others are ignored in ``all_feats``)
PREDICTED_FEATS = (
    "Case",
    "Definite",
    "Degree",
    "Gender",
    "Mood",
    "Number",
    "Person",
    "PronType",
    "Tense",
    "VerbForm",
)


def parse_range(text: str | None, n: int) -> slice:
    if not text:
        return slice(0, n)
    start, sep, end = text.partition(":")
    try:
        return (
            slice(int(start) if start else 0, int(end) if end else n)
            if sep
            else slice(int(start), int(start) + 1)
        )
    except ValueError as exc:
        raise ConfigError(f"bad --range {text!r}", hint="use START:END, e.g. 800:1000") from exc


def evaluate(
    sentences: list[GoldSentence], model: str = "builtin", trees: list[Tree] | None = None
) -> dict[str, Any]:
    from ..nlp.stage import german_tagger

    tagger = german_tagger(model)
    words = [s.words for s in sentences]
    t0 = time.perf_counter()
    predicted = []
    for i in range(0, len(words), 200):
        predicted.extend(tagger.tag_sentences(words[i : i + 200]))
    elapsed = time.perf_counter() - t0
    n = upos_ok = lemma_ok = xpos_ok = xpos_n = all_ok = 0
    feat_ok: Counter[str] = Counter()
    feat_n: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for sent, tags in zip(sentences, predicted, strict=True):
        for gold, (upos, stts, lemma, morph) in zip(sent.tokens, tags, strict=True):
            n += 1
            upos_ok += gold.upos == upos
            if gold.upos != upos:
                confusion[(gold.upos, upos)] += 1
            lemma_ok += gold.lemma == lemma
            if gold.xpos in STTS_TO_UPOS:
                xpos_n += 1
                xpos_ok += gold.xpos == stts
            g = {k: v for k, v in parse_feats(gold.feats).items() if k in PREDICTED_FEATS}
            p = {k: v for k, v in parse_feats(morph).items() if k in PREDICTED_FEATS}
            all_ok += g == p
            for name in set(g) | set(p):
                feat_n[name] += 1
                feat_ok[name] += g.get(name) == p.get(name)
    if n == 0:
        raise EvalError("no tokens to evaluate", hint="check the file and --range")
    out: dict[str, Any] = {
        "model": model,
        "sentences": len(sentences),
        "tokens": n,
        "upos": round(upos_ok / n, 4),
        # XPOS counts only when the file uses STTS (UD PUD uses another tag set)
        "xpos": round(xpos_ok / xpos_n, 4) if xpos_n >= 0.9 * n else None,
        "lemma": round(lemma_ok / n, 4),
        "all_feats": round(all_ok / n, 4),
        "feats": {k: round(feat_ok[k] / feat_n[k], 4) for k in sorted(feat_n)},
        "ignored_feats": "features other than " + ",".join(PREDICTED_FEATS),
        "tokens_per_s": round(n / elapsed) if elapsed > 0 else None,
        "top_upos_confusions": [f"{g}->{p}:{c}" for (g, p), c in confusion.most_common(8)],
    }
    if trees is not None and len(trees) == len(sentences):  # gold trees: UAS/LAS
        from ..nlp.parser_eval import attachment_scores

        out.update(attachment_scores(trees, predicted))
    return out


@click.command(name="pos")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--range", "range_", default=None, help="sentence slice START:END (0-based)")
@click.option("--model", default="builtin", show_default=True, help="builtin, hanta")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(path: Path, range_: str | None, model: str, as_json: bool) -> None:
    """UPOS / STTS / lemma / morphology accuracy of the tagger on a CoNLL-U file."""
    from ..nlp.parser_data import read_trees
    from ..nlp.parser_eval import parser_available

    sentences = list(read_conllu(path))
    trees = read_trees(path)[parse_range(range_, len(sentences))] if parser_available() else None
    sentences = sentences[parse_range(range_, len(sentences))]
    result = evaluate(sentences, model, trees)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(f"POS evaluation of {model} on {path} ({result['sentences']} sentences)")
    for key in ("tokens", "upos", "xpos", "lemma", "all_feats", "tokens_per_s", "uas", "las"):
        if key in result:
            click.echo(f"{key:>14}: {result[key]}")
    for name, acc in result["feats"].items():
        click.echo(f"{'feats:' + name:>14}: {acc}")
    click.echo(f"{'confusions':>14}: {', '.join(result['top_upos_confusions'])}")
