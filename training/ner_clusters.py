"""Word clusters for the NER features, computed from redistributable German text.

Distributional vectors (positive PMI of left/right neighbour words, reduced by a randomised
SVD) are clustered with k-means at three granularities; each word gets ``k1.k2.k3`` ids.
The result ships next to the model as ``ner-de.clusters.tsv`` (``word<TAB>ids``).

Texts: Wikinews (CC BY 2.5), SmartData (CC BY 4.0), GermEval 2014 dev sentences 0-80 %
(CC BY 4.0; never the held-out part), UD German GSD dev + PUD (CC BY-SA), GermEval 2023
SpkAtt speeches (CC BY-SA 4.0), WikiWarsDE (CC BY-SA 3.0).  Because of the share-alike
sources the clusters, and the model trained with them, are CC BY-SA 4.0.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from . import ner_data

GRANULARITIES = (64, 320, 1200)
MIN_COUNT = 3
N_CONTEXT = 1500
DIMS = 80


def corpus(shared: Path) -> Iterator[list[str]]:
    """Tokenised sentences of every text we may learn from."""
    yield from ner_data.wikinews_sentences(shared)
    for s in ner_data.germeval(shared, ner_data.TRAIN_PART):
        yield list(s.tokens)
    for s in ner_data.smartdata(shared):
        yield list(s.tokens)
    for name in ("de_gsd-ud-dev.conllu", "de_pud-ud.conllu"):
        words: list[str] = []
        for line in (shared / "ud" / name).read_text("utf-8").splitlines():
            if not line.strip():
                if words:
                    yield words
                words = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    words.append(cols[1])
    for path in sorted((shared / "attribution/spkatt2023").glob("*/*/*.json")):
        data = json.loads(path.read_text("utf-8"))
        for sent in data.get("Sentences", []):
            yield list(sent.get("Tokens", []))
    from newsgraph.ner.simple_tokens import split_sentences, tokenize

    for path in sorted((shared / "time/wikiwars_de/in").glob("*.sgm")):
        text = re.sub(r"<[^>]+>", " ", path.read_text("utf-8", errors="replace"))
        toks = tokenize(text)
        for s in split_sentences(text, toks):
            yield [t.text for t in toks[s.tok_start : s.tok_end]]


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    sq = (x * x).sum(1)
    for _ in range(iters):
        d = sq[:, None] - 2 * x @ centers.T + (centers * centers).sum(1)[None, :]
        assign = d.argmin(1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centers[c] = members.mean(0)
            else:
                centers[c] = x[rng.integers(len(x))]
    return assign


def compute_clusters(sentences: list[list[str]], seed: int = 7) -> dict[str, str]:
    counts = Counter(w.lower() for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:N_CONTEXT])}
    mat = np.zeros((len(vocab), 2 * N_CONTEXT + 2), dtype=np.float32)
    for s in sentences:
        low = ["<s>"] + [w.lower() for w in s] + ["</s>"]
        for i in range(1, len(low) - 1):
            row = index.get(low[i])
            if row is None:
                continue
            left = contexts.get(low[i - 1], N_CONTEXT if low[i - 1] == "<s>" else -1)
            right = contexts.get(low[i + 1], N_CONTEXT if low[i + 1] == "</s>" else -1)
            if left >= 0:
                mat[row, left] += 1
            if right >= 0:
                mat[row, N_CONTEXT + 1 + right] += 1
    total = mat.sum()
    pw = mat.sum(1, keepdims=True) / total
    pc = mat.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((mat / total) / (pw * pc))
    pmi = np.nan_to_num(np.maximum(pmi, 0.0), posinf=0.0).astype(np.float32)
    rng = np.random.default_rng(seed)
    # randomised SVD
    omega = rng.standard_normal((pmi.shape[1], DIMS + 10)).astype(np.float32)
    q, _ = np.linalg.qr(pmi @ omega)
    b = q.T @ pmi
    ub, sv, _ = np.linalg.svd(b, full_matrices=False)
    vecs = (q @ ub[:, :DIMS]) * np.sqrt(sv[:DIMS])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    ids = [_kmeans(vecs, k, rng) for k in GRANULARITIES]
    return {w: ".".join(str(a[i]) for a in ids) for i, w in enumerate(vocab)}


def write_clusters(clusters: dict[str, str], path: Path) -> None:
    lines = [f"{w}\t{c}" for w, c in sorted(clusters.items()) if "\t" not in w and "\n" not in w]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(shared: Path, path: Path) -> None:
    sentences = list(corpus(shared))
    clusters = compute_clusters(sentences)
    write_clusters(clusters, path)
    print(f"clusters: {len(clusters)} words from {sum(map(len, sentences))} tokens",
          file=sys.stderr)
