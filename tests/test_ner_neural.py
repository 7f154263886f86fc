"""The numpy neural NER scorer (training/ner_neural_model.py) on tiny random fixture weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph.errors import ModelError
from newsgraph.ner.features import FeatureExtractor
from newsgraph.ner.lexicon import parse_gazetteer
from training.ner_neural import LABELS, UPOS, Vocab, save_model
from training.ner_neural_model import (
    BOW,
    EOW,
    HEAD_CHARS,
    TAIL_CHARS,
    UNK,
    NeuralScorer,
    char_ids,
    conv_rows,
    crf_features,
    word_feature_names,
)

GAZ = parse_gazetteer(["Berlin\tcity", "Merkel\tlast", "Angela\tfirst"])


def _fx() -> FeatureExtractor:
    return FeatureExtractor(GAZ)


def _member(rng: np.random.Generator, n_chars: int, n_feats: int, hc: int = 6, h: int = 5
            ) -> dict[str, np.ndarray]:
    dc, dp = 4, 3
    d = hc + n_feats + dp
    r = lambda *s: rng.normal(size=s).astype(np.float32)  # noqa: E731
    return {
        "char_emb": r(n_chars, dc), "char_w": r(3, dc, hc), "char_b": r(hc),
        "pos_emb": r(len(UPOS), dp), "ctx1_w": r(5, d, h), "ctx1_b": r(h),
        "ctx2_w": r(3, h, h), "ctx2_b": r(h), "out_w": r(h, len(LABELS)), "out_b": r(len(LABELS)),
    }


@pytest.fixture()
def model(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    vocab = Vocab(("<pad>", "<unk>", "<w>", "</w>", *"BMaeilnrk"), ("T", "g=city", "g=last"))
    path = tmp_path / "tiny.npz"
    save_model(path, vocab, [_member(rng, len(vocab.chars), 3) for _ in range(2)])
    return path


def test_conv_rows_matches_direct_convolution() -> None:
    rng = np.random.default_rng(1)
    x, w, b = rng.normal(size=(7, 3)), rng.normal(size=(5, 3, 2)), rng.normal(size=2)
    got = conv_rows(x, w, b)
    padded = np.vstack([np.zeros((2, 3)), x, np.zeros((2, 3))])
    want = np.array([[b[o] + sum(padded[t + k] @ w[k][:, o] for k in range(5)) for o in range(2)]
                     for t in range(7)])
    assert np.allclose(got, want)


def test_char_ids_marks_and_cuts_long_words() -> None:
    chars = {"a": 4, "b": 5}
    assert char_ids("ab?", chars) == [BOW, 4, 5, UNK, EOW]
    long = "a" * 30
    assert len(char_ids(long, chars)) == HEAD_CHARS + TAIL_CHARS + 2


def test_word_features_come_from_the_crf_extractor() -> None:
    feats = word_feature_names(_fx(), "Merkel")
    assert "g=last" in feats and "T" in feats
    assert not any(f.startswith(("w=", "p3=", "s2=")) for f in feats)


def test_probabilities_are_distributions_and_batch_independent(model: Path) -> None:
    scorer = NeuralScorer(model, _fx())
    sents = [["Angela", "Merkel", "in", "Berlin"], ["Berlin"], ["Merkel", "kam", "nicht", "."]]
    tags = [["PROPN", "PROPN", "ADP", "PROPN"], ["PROPN"], ["PROPN", "VERB", "PART", "PUNCT"]]
    batch = scorer.probabilities(sents, tags)
    assert [p.shape for p in batch] == [(4, 9), (1, 9), (4, 9)]
    for p in batch:
        assert np.allclose(p.sum(1), 1.0)
    fresh = NeuralScorer(model, _fx())
    for s, t, p in zip(sents, tags, batch, strict=True):
        assert np.allclose(fresh.probabilities([s], [t])[0], p)
    # the context matters: the same word in another sentence gets other scores
    assert not np.allclose(batch[0][3], batch[1][0])
    # the tags matter
    assert not np.allclose(scorer.probabilities([sents[0]], None)[0], batch[0])


def test_missing_or_broken_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        NeuralScorer(tmp_path / "none.npz", _fx())
    bad = tmp_path / "bad.npz"
    np.savez(bad, labels=np.array(LABELS))
    with pytest.raises(ModelError, match="cannot read"):
        NeuralScorer(bad, _fx())


def test_crf_features_buckets_and_argmax() -> None:
    probs = np.zeros((2, 9))
    probs[0, LABELS.index("B-PER")] = 0.95
    probs[0, 0] = 0.05
    probs[1, LABELS.index("I-PER")] = 0.5
    probs[1, LABELS.index("B-LOC")] = 0.2
    probs[1, 0] = 0.3
    feats = crf_features(probs, LABELS)
    assert feats[0] == ["nn4=B-PER", "nnA=B-PER", "+1nnA=I-PER"]
    assert feats[1] == ["nn2=I-PER", "nn1=B-LOC", "nnA=I-PER", "-1nnA=B-PER"]


def test_numpy_network_equals_torch_network(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from newsgraph.ner.germeval import LabelledSentence
    from training.ner_neural import Encoded, Hyper, _net, build_vocab, member_arrays

    hp = Hyper(char_dim=5, char_hidden=7, pos_dim=3, hidden=6, min_char_count=1,
               min_feature_count=1)
    sents = [LabelledSentence(0, ("Angela", "Merkel", "besucht", "Berlin", "."),
                              ("B-PER", "I-PER", "O", "B-LOC", "O")),
             LabelledSentence(1, ("Berlin", "!"), ("B-LOC", "O"))]
    tags = [["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"], ["PROPN", "PUNCT"]]
    fx = _fx()
    vocab = build_vocab(sents, fx, hp)
    torch.manual_seed(0)
    net = _net(vocab, hp).eval()
    data = Encoded(sents, tags, vocab, fx)
    path = tmp_path / "t.npz"
    save_model(path, vocab, [member_arrays(net)])
    got = NeuralScorer(path, fx).probabilities([s.tokens for s in sents], tags)
    for i in range(2):
        ids = torch.from_numpy(data.words[i])
        enc = net.encode(torch.from_numpy(data.chars)[ids], torch.from_numpy(data.lengths)[ids])
        logits = net(enc[None], torch.from_numpy(data.feats)[ids][None],
                     torch.from_numpy(data.pos[i])[None], torch.ones(1, len(ids), dtype=torch.bool))
        want = torch.softmax(logits[0], 1).detach().numpy()
        assert np.allclose(got[i], want, atol=2e-3)

