"""The numpy CRF decoder against crfsuite, the shipped model files, and ``newsgraph eval ner``."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from click.testing import CliRunner

from newsgraph.errors import EvalError, ModelError
from newsgraph.evaluation.ner import command, evaluate
from newsgraph.ner.crf import export_crfsuite, load_weights
from newsgraph.ner.features import FeatureExtractor
from newsgraph.ner.lexicon import parse_gazetteer
from newsgraph.ner.tagger import EntityTagger, default_model_path

TRAIN = [
    (["Angela", "Merkel", "besucht", "Paris", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
    (["Die", "Firma", "Siemens", "baut", "in", "Berlin", "."], ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
    (["Emmanuel", "Macron", "trifft", "Merkel", "in", "Berlin"], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC"]),
    (["Siemens", "und", "Bosch", "melden", "Gewinne", "."], ["B-ORG", "O", "B-ORG", "O", "O", "O"]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FeatureExtractor]:
    tmp = tmp_path_factory.mktemp("crf")
    fx = FeatureExtractor(parse_gazetteer(["Berlin\tcity"]))
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in TRAIN:
        trainer.append(fx.sentence(words), labels)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 50})
    raw = tmp / "tiny.crfsuite"
    trainer.train(str(raw))
    export_crfsuite(raw, tmp / "tiny.npz")
    return tmp, fx


def test_numpy_decoder_equals_crfsuite(tiny_model: tuple[Path, FeatureExtractor]) -> None:
    tmp, fx = tiny_model
    weights = load_weights(tmp / "tiny.npz")
    ref = pycrfsuite.Tagger()
    ref.open(str(tmp / "tiny.crfsuite"))
    for words in (
        ["Olaf", "Scholz", "besucht", "Berlin", "und", "Paris", "."],
        ["Bosch"],
        ["In", "Berlin", "melden", "Siemens", "und", "Merkel", "Gewinne"],
    ):
        feats = fx.sentence(words)
        em = np.stack([weights.emission(f) for f in feats])
        ours = [weights.labels[i] for i in weights.viterbi(em)]
        assert ours == ref.tag(feats)
        marg = weights.marginals(em)
        assert np.allclose(marg.sum(1), 1.0)
        for i, lab in enumerate(ours):
            assert marg[i, weights.labels.index(lab)] == pytest.approx(ref.marginal(lab, i), abs=1e-5)


def test_cached_emissions_equal_feature_sums() -> None:
    tagger = EntityTagger()
    fx = tagger.features
    words = ["Der", "russische", "Präsident", "Wladimir", "Putin", "traf", "in", "Moskau", "Vertreter", "der", "UN", "."]
    em = tagger.emissions(words)
    direct = np.stack([tagger.weights.emission(f) for f in fx.sentence(words)])
    assert np.allclose(em, direct)
    assert tagger.labels([]) == [] and tagger.spans([]) == []


def test_shipped_model_is_small_and_loads() -> None:
    path = default_model_path()
    assert path.is_file() and path.stat().st_size < 50 * 1024 * 1024
    weights = load_weights(path)
    assert {"O", "B-PER", "B-ORG", "B-LOC", "B-MISC"} <= set(weights.labels)


def test_bad_model_file_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        load_weights(tmp_path / "missing.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        load_weights(bad)


GERMEVAL = (
    "#\thttp://example.org [2014]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\treiste\tO\tO\n"
    "4\tnach\tO\tO\n5\tParis\tB-LOC\tO\n6\t.\tO\tO\n\n"
    "#\thttp://example.org [2014]\n1\tDie\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tFirma\tO\tO\n"
    "4\tSiemens\tB-ORG\tO\n5\tbaut\tO\tO\n6\tin\tO\tO\n7\tMünchen\tB-LOC\tO\n8\t.\tO\tO\n\n"
)


def test_eval_ner_command_json(tmp_path: Path) -> None:
    f = tmp_path / "mini.tsv"
    f.write_text(GERMEVAL, encoding="utf-8")
    result = CliRunner().invoke(command, [str(f), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("PER", "ORG", "LOC", "MISC", "micro", "micro+MISC"):
        assert {"precision", "recall", "f1"} <= set(data[key])
    assert data["tokens"] == 14 and data["sentences"] == 2
    assert data["micro"]["tp"] + data["micro"]["fn"] == 4  # deriv is not a name
    table = CliRunner().invoke(command, [str(f)])
    assert "micro" in table.output and "tokens_per_s" in table.output


def test_eval_ner_scores_exact_spans(tmp_path: Path) -> None:
    f = tmp_path / "mini.tsv"
    f.write_text(GERMEVAL, encoding="utf-8")
    rows, extra = evaluate(f, rules=())
    assert rows["micro"].tp + rows["micro"].fn == 4
    assert extra["rules"] == "none"
    with pytest.raises(EvalError):
        evaluate(f, part="0.9:0.1")
    bad = CliRunner().invoke(command, [str(f), "--rules", "nonsense"])
    assert bad.exit_code != 0


@pytest.mark.shared
def test_heldout_score_is_reasonable(shared_data: Path) -> None:
    rows, extra = evaluate(shared_data / "ner/germeval2014/NER-de-dev.tsv", part="0.8:1")
    assert extra["sentences"] == 440
    assert rows["micro"].f1 > 0.6


def test_pos_features_are_added_only_with_matching_tags() -> None:
    fx = FeatureExtractor(parse_gazetteer([]))
    words = ["Angela", "Merkel", "spricht"]
    with_tags = fx.extras(words, ["PROPN", "PROPN", "VERB"])
    assert "pos=PROPN" in with_tags[0] and "+1pos=PROPN" in with_tags[0]
    assert "-1pos=PROPN" in with_tags[2] and "pos2=PROPN|VERB" in with_tags[2]
    assert not any(f.startswith("pos") for f in fx.extras(words)[0])
    assert not any(f.startswith("pos") for f in fx.extras(words, ["PROPN"])[0])


def test_spacy_pipeline_instead_of_our_model(tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from newsgraph.doc import Doc
    from newsgraph.ner.stage import EntitiesStage
    from newsgraph.record import Article, Block

    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Angela Merkel"},
            {"label": "LOC", "pattern": "Berlin"},
            {"label": "LOC", "pattern": "Rhein"},
            {"label": "MISC", "pattern": "französischen"},
            {"label": "DATE", "pattern": "Montag"},
        ]
    )
    nlp.to_disk(tmp_path / "pipe")
    stage = EntitiesStage(model=str(tmp_path / "pipe"))
    text = "Foto: Berlin\nAngela Merkel fuhr am Montag mit dem französischen Gast von Berlin zum Rhein."
    body = text.index("\n") + 1
    doc = Doc(
        article=Article(
            id="s", text=text, blocks=(Block("caption", 0, body - 1), Block("body", body, len(text)))
        )
    )
    stage(doc)
    got = [(m.text, m.label, m.source) for m in doc.mentions]
    assert got == [
        ("Angela Merkel", "PERSON", "spacy"),
        ("französischen", "NORP", "spacy"),
        ("Berlin", "GPE", "spacy"),
        ("Rhein", "LOC", "spacy"),
    ]
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)


def test_spacy_model_names_and_missing_pipeline() -> None:
    from newsgraph.ner.spacy_ner import is_spacy_model

    assert is_spacy_model("de_core_news_lg")
    assert not is_spacy_model("newsgraph/ner/models/ner-de.npz")
    pytest.importorskip("spacy")
    from newsgraph.ner.stage import EntitiesStage

    with pytest.raises(ModelError):
        EntitiesStage(model="xx_no_such_pipeline_sm")


def test_spacy_pipeline_without_spacy_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from newsgraph.errors import MissingDependency
    from newsgraph.ner.spacy_ner import SpacyEntities

    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(MissingDependency, match="spacy"):
        SpacyEntities("de_core_news_lg")
