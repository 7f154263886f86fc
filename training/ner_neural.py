"""Train the small neural NER scorer of :mod:`training.ner_neural_model` with torch (CPU).

torch is a training-only dependency (``pip install 'newsgraph[train]'``); the trained weights
are exported to ``.npz`` and run in numpy.  The network mirrors :class:`training.ner_neural_model.Member`
exactly: character CNN + word features + UPOS embedding, two 1-D convolutions over the words,
softmax over BIO labels (cross-entropy per token).

:func:`jackknife` trains k members, each on all sentences but one k-th, and returns the
out-of-fold probabilities of every training sentence (for CRF features that the CRF does not
over-trust) plus the k members in one model file (averaged at run time).
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsgraph.ner.features import FeatureExtractor
from newsgraph.ner.germeval import LabelledSentence

from .ner_neural_model import MEMBER_FIELDS, PAD, NeuralScorer, char_ids, word_feature_names

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
UPOS = ("", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")


@dataclass(frozen=True)
class Hyper:
    """Network size and training schedule (chosen on tuning fold a, see docs/models/ner.md)."""

    char_dim: int = 24
    char_hidden: int = 64
    pos_dim: int = 12
    hidden: int = 64
    dropout: float = 0.3
    epochs: int = 6
    batch: int = 32
    lr: float = 2e-3
    min_char_count: int = 2
    min_feature_count: int = 3


@dataclass(frozen=True)
class Vocab:
    chars: tuple[str, ...]
    features: tuple[str, ...]


def build_vocab(sentences: Sequence[LabelledSentence], fx: FeatureExtractor, hp: Hyper) -> Vocab:
    chars: Counter[str] = Counter()
    feats: Counter[str] = Counter()
    for w in {w for s in sentences for w in s.tokens}:
        chars.update(w)
        feats.update(word_feature_names(fx, w))
    return Vocab(
        tuple(["<pad>", "<unk>", "<w>", "</w>"]
              + sorted(c for c, n in chars.items() if n >= hp.min_char_count)),
        tuple(sorted(f for f, n in feats.items() if n >= hp.min_feature_count)),
    )


def _net(vocab: Vocab, hp: Hyper):  # -> torch.nn.Module
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.char_emb = nn.Embedding(len(vocab.chars), hp.char_dim, padding_idx=PAD)
            self.char_conv = nn.Conv1d(hp.char_dim, hp.char_hidden, 3)
            self.pos_emb = nn.Embedding(len(UPOS), hp.pos_dim)
            d = hp.char_hidden + len(vocab.features) + hp.pos_dim
            self.ctx1 = nn.Conv1d(d, hp.hidden, 5, padding=2)
            self.ctx2 = nn.Conv1d(hp.hidden, hp.hidden, 3, padding=1)
            self.out = nn.Linear(hp.hidden, len(LABELS))
            self.drop = nn.Dropout(hp.dropout)

        def encode(self, chars: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            h = self.char_conv(self.char_emb(chars).transpose(1, 2))  # [n, hc, windows]
            valid = torch.arange(h.shape[2])[None, :] < (lengths - 2)[:, None]
            h = h.masked_fill(~valid[:, None, :], float("-inf"))
            return torch.relu(h.max(2).values)

        def forward(self, words, feats, pos, mask):  # [B,T,hc] [B,T,F] [B,T] [B,T]
            m = mask[:, None, :].float()
            x = torch.cat([words, feats, self.pos_emb(pos)], 2)
            x = self.drop(x).transpose(1, 2) * m
            h = torch.relu(self.ctx1(x)) * m
            h = torch.relu(self.ctx2(self.drop(h))) * m
            return self.out(self.drop(h.transpose(1, 2)))

    return Net()


class Encoded:
    """Training sentences as arrays: unique word forms (char ids, features) and token ids."""

    def __init__(self, sentences: Sequence[LabelledSentence], tags: Sequence[Sequence[str]],
                 vocab: Vocab, fx: FeatureExtractor) -> None:
        forms = list(dict.fromkeys(w for s in sentences for w in s.tokens))
        index = {w: i for i, w in enumerate(forms)}
        chars = {c: i for i, c in enumerate(vocab.chars)}
        fidx = {f: i for i, f in enumerate(vocab.features)}
        ids = [char_ids(w, chars) for w in forms]
        self.lengths = np.array([len(r) for r in ids])
        self.chars = np.zeros((len(forms), int(self.lengths.max())), dtype=np.int64)
        for i, r in enumerate(ids):
            self.chars[i, : len(r)] = r
        self.feats = np.zeros((len(forms), len(vocab.features)), dtype=np.float32)
        for i, w in enumerate(forms):
            for f in word_feature_names(fx, w):
                if f in fidx:
                    self.feats[i, fidx[f]] = 1.0
        upos = {t: i for i, t in enumerate(UPOS)}
        lab = {t: i for i, t in enumerate(LABELS)}
        self.words = [np.array([index[w] for w in s.tokens]) for s in sentences]
        self.pos = [np.array([upos.get(t, 0) for t in tg]) for tg in tags]
        self.labels = [np.array([lab[x] for x in s.labels]) for s in sentences]


def train_member(data: Encoded, rows: Sequence[int], vocab: Vocab, hp: Hyper, seed: int):
    """Train one network on the sentences ``rows`` of ``data``; returns it (eval mode)."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    net = _net(vocab, hp)
    opt = torch.optim.Adam(net.parameters(), lr=hp.lr)
    steps = hp.epochs * ((len(rows) + hp.batch - 1) // hp.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.05, 1 - s / steps))
    order = list(rows)
    chars_all = torch.from_numpy(data.chars)
    lens_all = torch.from_numpy(data.lengths)
    feats_all = torch.from_numpy(data.feats)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    for _ in range(hp.epochs):
        rng.shuffle(order)
        for b in range(0, len(order), hp.batch):
            batch = order[b : b + hp.batch]
            t = max(len(data.words[i]) for i in batch)
            wid = np.zeros((len(batch), t), dtype=np.int64)
            pos = np.zeros((len(batch), t), dtype=np.int64)
            lab = np.full((len(batch), t), -100, dtype=np.int64)
            mask = np.zeros((len(batch), t), dtype=bool)
            for r, i in enumerate(batch):
                n = len(data.words[i])
                wid[r, :n] = data.words[i]
                pos[r, :n] = data.pos[i]
                lab[r, :n] = data.labels[i]
                mask[r, :n] = True
            uniq, inv = np.unique(wid, return_inverse=True)
            u = torch.from_numpy(uniq)
            enc = net.encode(chars_all[u], lens_all[u])
            inv_t = torch.from_numpy(inv.reshape(wid.shape))
            logits = net(enc[inv_t], feats_all[u][inv_t], torch.from_numpy(pos),
                         torch.from_numpy(mask))
            loss = loss_fn(logits.reshape(-1, len(LABELS)), torch.from_numpy(lab).reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    net.eval()
    return net


def member_arrays(net) -> dict[str, np.ndarray]:  # noqa: ANN001 - torch module
    """The network's weights in the layout of :class:`training.ner_neural_model.Member`."""
    def a(t) -> np.ndarray:  # noqa: ANN001
        return t.detach().numpy().astype(np.float32)

    conv = lambda w: a(w).transpose(2, 1, 0).copy()  # noqa: E731 - [out,in,k] -> [k,in,out]
    out = {
        "char_emb": a(net.char_emb.weight), "char_w": conv(net.char_conv.weight),
        "char_b": a(net.char_conv.bias), "pos_emb": a(net.pos_emb.weight),
        "ctx1_w": conv(net.ctx1.weight), "ctx1_b": a(net.ctx1.bias),
        "ctx2_w": conv(net.ctx2.weight), "ctx2_b": a(net.ctx2.bias),
        "out_w": a(net.out.weight).T.copy(), "out_b": a(net.out.bias),
    }
    assert tuple(out) == MEMBER_FIELDS
    return out


def save_model(path: Path, vocab: Vocab, members: Sequence[dict[str, np.ndarray]]) -> None:
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(LABELS), "chars": np.array(vocab.chars),
        "features": np.array(vocab.features), "upos": np.array(UPOS),
        "members": np.array(len(members)),
    }
    for m, weights in enumerate(members):
        for name, arr in weights.items():
            arrays[f"m{m}_{name}"] = arr.astype(np.float16 if arr.size > 4096 else np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def jackknife(
    sentences: Sequence[LabelledSentence], tags: Sequence[Sequence[str]], fx: FeatureExtractor,
    out: Path, *, k: int = 4, seed: int = 13, hp: Hyper = Hyper(),  # noqa: B008
) -> list[np.ndarray]:
    """Train ``k`` members on k-1 folds each, save them all to ``out`` and return the
    out-of-fold probabilities of every sentence (by the numpy scorer of the member that did not
    see it)."""
    import torch

    torch.set_num_threads(1)
    vocab = build_vocab(sentences, fx, hp)
    data = Encoded(sentences, tags, vocab, fx)
    folds = [i % k for i in range(len(sentences))]
    random.Random(seed).shuffle(folds)
    members = []
    probs: list[np.ndarray] = [np.zeros(0)] * len(sentences)
    for f in range(k):
        t0 = time.time()
        rows = [i for i in range(len(sentences)) if folds[i] != f]
        net = train_member(data, rows, vocab, hp, seed * 100 + f)
        members.append(member_arrays(net))
        one = out.with_name(out.stem + f".fold{f}.npz")
        save_model(one, vocab, members[-1:])
        scorer = NeuralScorer(one, fx)
        held = [i for i in range(len(sentences)) if folds[i] == f]
        for i, p in zip(held, scorer.probabilities([sentences[i].tokens for i in held],
                                                   [tags[i] for i in held]), strict=True):
            probs[i] = p
        one.unlink()
        print(f"  member {f}: {len(rows)} sentences, {time.time() - t0:.0f}s", file=sys.stderr)
    save_model(out, vocab, members)
    return probs


def train_single(
    sentences: Sequence[LabelledSentence], tags: Sequence[Sequence[str]], fx: FeatureExtractor,
    out: Path, *, seed: int = 13, hp: Hyper = Hyper(),  # noqa: B008
) -> None:
    """One network on all ``sentences`` (for measuring the neural model alone)."""
    import torch

    torch.set_num_threads(1)
    vocab = build_vocab(sentences, fx, hp)
    data = Encoded(sentences, tags, vocab, fx)
    net = train_member(data, range(len(sentences)), vocab, hp, seed)
    save_model(out, vocab, [member_arrays(net)])
