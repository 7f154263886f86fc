"""The dependency parser: transition system and oracle, tree reading, training, the opt-in
parse in the nlp stage, ``eval pos`` UAS/LAS and the parser-vs-rules bench helpers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsgraph.nlp.parser import PARSER_PATH, DependencyParser, ParserModel
from newsgraph.nlp.parser_data import read_trees
from newsgraph.nlp.transition import LEFT, RIGHT, SHIFT, State, is_projective, transition_costs

FIXTURE = Path(__file__).parent / "fixtures" / "pos_small.conllu"


def _random_projective(n: int, rng: random.Random) -> list[int]:
    """Heads (index 0 unused) of a random projective tree over tokens 1..n."""
    heads = [-1] * (n + 1)

    def build(lo: int, hi: int, head: int) -> None:  # tokens lo..hi depend (transitively) on head
        if lo > hi:
            return
        root = rng.randint(lo, hi)
        heads[root] = head
        build(lo, root - 1, root)
        build(root + 1, hi, root)

    build(1, n, 0)
    return heads


def _follow_oracle(gold: list[int], rng: random.Random, explore: float = 0.0) -> list[int]:
    st = State(len(gold) - 1)
    while not st.done:
        costs = transition_costs(st, gold)
        valid = st.valid()
        best = min(c for c, v in zip(costs, valid, strict=True) if v)
        zero = [m for m in (SHIFT, LEFT, RIGHT) if valid[m] and costs[m] == best]
        if explore and rng.random() < explore:
            move = rng.choice([m for m in (SHIFT, LEFT, RIGHT) if valid[m]])
        else:
            move = rng.choice(zero)
        st.apply(move)
    return st.heads


def test_zero_cost_moves_rebuild_every_projective_tree() -> None:
    rng = random.Random(3)
    for _ in range(200):
        gold = _random_projective(rng.randint(1, 14), rng)
        assert is_projective(gold)
        heads = _follow_oracle(gold, rng)
        assert heads[1:] == gold[1:]


def test_dynamic_oracle_after_mistakes_loses_no_more_than_the_mistakes_cost() -> None:
    """From any state, following zero-cost moves reaches the best tree still reachable:
    the final error count equals the summed cost of the random moves taken."""
    rng = random.Random(5)
    for _ in range(200):
        gold = _random_projective(rng.randint(2, 12), rng)
        st = State(len(gold) - 1)
        lost = 0
        while not st.done:
            costs = transition_costs(st, gold)
            valid = st.valid()
            best = min(c for c, v in zip(costs, valid, strict=True) if v)
            if rng.random() < 0.3:
                move = rng.choice([m for m in (SHIFT, LEFT, RIGHT) if valid[m]])
            else:
                move = next(m for m in (SHIFT, LEFT, RIGHT) if valid[m] and costs[m] == best)
            lost += costs[move] - best
            st.apply(move)
        errors = sum(h != g for h, g in zip(st.heads[1:], gold[1:], strict=True))
        assert errors == lost


def test_state_rejects_nothing_it_calls_valid_and_ends_with_a_tree() -> None:
    st = State(3)
    assert st.valid() == (True, False, False)
    for move in (SHIFT, SHIFT, LEFT, SHIFT, RIGHT, RIGHT):
        assert st.valid()[move]
        st.apply(move)
    assert st.done and st.heads[1:] == [0, 3, 1]  # 2 <- 3 (LEFT), 1 -> 3, 0 -> 1 (RIGHT)
    assert not is_projective([-1, 3, 4, 0, 3])


def test_read_trees_renumbers_heads_onto_merged_contractions() -> None:
    trees = read_trees(FIXTURE)
    s2 = trees[1]
    assert s2.words == ["Am", "Montag", "kamen", "die", "Soldaten", "im", "Hafen", "an", "."]
    # Am -> Montag (case), Montag -> kamen, im -> Hafen, Hafen -> kamen, kamen = root
    assert s2.heads == (2, 3, 0, 5, 3, 7, 3, 3, 3)
    assert s2.deprels[0] == "case" and s2.deprels[2] == "root"
    assert trees[0].heads == (2, 3, 0, 7, 7, 7, 3, 3)


def _tiny_model() -> ParserModel:
    from training.train_parser import train

    trees = read_trees(FIXTURE)
    tags = [
        [(t.upos, t.xpos, t.lemma, t.feats) for t in tree.sentence.tokens] for tree in trees
    ]
    return train(trees, tags, epochs=6, label_epochs=6)


def test_training_memorises_its_sentences_and_round_trips(tmp_path: Path) -> None:
    model = _tiny_model()
    trees = read_trees(FIXTURE)
    path = tmp_path / "parser.npz"
    model.save(path)
    parser = DependencyParser(ParserModel.load(path))
    for tree in trees:
        tags = [(t.upos, t.xpos, t.lemma, t.feats) for t in tree.sentence.tokens]
        heads, rels = parser.parse(tree.words, tags)
        assert tuple(heads) == tree.heads
        assert tuple(rels) == tree.deprels
    # any input gives a single-rooted tree over its tokens
    heads, rels = parser.parse(["Er", "kam", "."], [("PRON", "PPER", "er", "Case=Nom")] * 3)
    assert heads.count(0) == 1 and all(0 <= h <= 3 for h in heads) and len(rels) == 3
    assert parser.parse([], []) == ([], [])


def test_missing_weights_raise_a_model_error(tmp_path: Path) -> None:
    from newsgraph.errors import ModelError

    with pytest.raises(ModelError):
        ParserModel.load(tmp_path / "none.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ModelError):
        ParserModel.load(bad)


def test_bench_subjects_follow_coordination_and_control() -> None:
    from bench.parser_vs_rules import objects_by_verb, subjects_by_verb

    # Er kam und sagte , er wolle gehen ; "sagte" is conj of "kam", "gehen" xcomp of "wolle"?
    words = ["Er", "kam", "und", "sagte", "es", "ihm"]
    heads = [2, 0, 4, 2, 4, 4]
    rels = ["nsubj", "root", "cc", "conj", "obj", "obj"]
    subj = subjects_by_verb(heads, rels)
    assert subj[1] == [0] and subj[3] == [0]  # "sagte" inherits "Er"
    assert objects_by_verb(heads, rels, words) == {3: [5]}  # "es" is no object


@pytest.mark.skipif(not PARSER_PATH.is_file(), reason="parser weights not shipped")
def test_nlp_stage_parse_option_fills_heads() -> None:
    from newsgraph.doc import Doc
    from newsgraph.nlp.stage import NlpStage
    from newsgraph.record import Article

    text = "Der Minister sagte am Montag, die Regierung habe den Vertrag unterzeichnet."
    doc = Doc(Article(id="t", text=text, language="de"))
    NlpStage(parse=True)(doc)
    toks = doc.tokens
    roots = [t for t in toks if t.deprel == "root"]
    assert len(roots) == 1 and roots[0].text == "sagte"
    assert all(-1 <= t.head < len(toks) for t in toks)
    minister = next(t for t in toks if t.text == "Minister")
    assert minister.deprel == "nsubj" and toks[minister.head].text == "sagte"
    plain = Doc(Article(id="t", text=text, language="de"))
    NlpStage(parse=False)(plain)
    assert all(t.head == -1 and t.deprel == "" for t in plain.tokens)


@pytest.mark.skipif(not PARSER_PATH.is_file(), reason="parser weights not shipped")
def test_eval_pos_reports_attachment_scores() -> None:
    import json

    from click.testing import CliRunner

    from newsgraph.evaluation.pos import command

    out = CliRunner().invoke(command, [str(FIXTURE), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert 0.5 <= data["uas"] <= 1.0 and 0.0 <= data["las"] <= data["uas"]


def test_heldout_attachment_does_not_regress(shared_data: Path) -> None:
    """PUD 800:1000 is never trained on (docs/models/parser.md)."""
    if not PARSER_PATH.is_file():
        pytest.skip("parser weights not shipped")
    from newsgraph.nlp.parser_eval import attachment_scores
    from newsgraph.nlp.tagger import load_builtin_tagger

    trees = read_trees(shared_data / "ud" / "de_pud-ud.conllu")[800:1000]
    tags = load_builtin_tagger().tag_sentences([t.words for t in trees])
    scores = attachment_scores(trees, tags)
    assert scores["uas"] >= 0.80 and scores["las"] >= 0.74


def test_bench_gold_parse_scores_perfectly_and_rules_are_scored() -> None:
    from bench.parser_vs_rules import compare, render

    trees = read_trees(FIXTURE)
    tags = [
        [(t.upos, t.xpos, t.lemma, t.feats) for t in tree.sentence.tokens] for tree in trees
    ]
    gold = [(list(t.heads), list(t.deprels)) for t in trees]
    table = compare(trees, tags, gold)
    parser = table.get("all", "subj", "parser").row()
    assert parser["p"] == 1.0 and parser["r"] == 1.0 and parser["n"] == 2  # sagte, kamen
    rules = table.get("all", "subj", "events rules span")
    assert rules.gold == 2 and 0 <= rules.tp <= rules.pred
    assert table.get("report", "subj", "parser").gold == 1  # sagen is a reporting verb
    assert "| all | subj | parser | 1.000 | 1.000 | 1.000 | 2 |" in render(table)


def test_make_train_de_runs_the_parser_recipe_after_the_tagger() -> None:
    from training.train_all import recipes

    names = recipes()
    assert "training.train_parser" in names
    assert names.index("training.train_tagger") < names.index("training.train_parser")


def test_bench_skips_cleanly_without_shared_data(tmp_path: Path) -> None:
    from bench.parser_vs_rules import main

    assert main(["--shared", str(tmp_path / "nowhere")]) == 0
