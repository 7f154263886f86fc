"""Subjects and objects of verbs: the dependency parser against the product's rules.

    python bench/parser_vs_rules.py [--shared ../shared] [--parser PATH] [--json]
    python bench/parser_vs_rules.py --folds 5     # bigger sample: 5-fold CV, retrains (~15 min)

On the held-out UD German sentences (GSD dev 700–, PUD 800–999; never trained or tuned on by
the tagger or the parser), for every gold ``VERB`` the script finds its subject
(``nsubj``/``nsubj:pass``) and its objects (``obj``/``iobj``) with

* **parser** — the built-in parser (``newsgraph/nlp/models/parser.npz`` or ``--parser``) on
  the built-in tagger's tags;
* **events rules** — :mod:`newsgraph.events.arguments` as the events stage runs it: sentences
  analysed by :func:`newsgraph.events.analysis._make_sent` (HanTa STTS tags, our morphology,
  clauses, noun phrases), subject = ``clause_subject``, objects = the bare noun phrases of the
  verb's conjunct that ``verb_args`` takes (at most two, nearest first, not ``es``/``sich``);
* **claims rules** (subjects only) — :class:`newsgraph.claims.frames.Sentence` on the tagger's
  tokens, the speaker search of ``attribution._frame_attr`` for a verb cue (finite auxiliary of a
  participle, ``wie X sagte``, trailing ``..., sagte X``, ``subject()`` then
  ``subject_after()``), without the passive-agent and relative-clause special cases.

Scoring is by head word against gold.  Rules return phrases, so they get two scores: *strict*
(the phrase's head token is the gold head) and *span* (the gold head lies inside the phrase).
The parser's prediction is one token (strict only).  To compare like with like, the gold
subject of a verb coordinated with or controlled by another verb (``conj``/``xcomp`` without
its own subject) is the subject of that verb (as in enhanced UD), for gold and parser alike;
for relative clauses, the antecedent also counts as the subject.  Objects exclude ``sich`` and
``es`` (the rules never return them).  Verb groups: reporting verbs (lemmas of
``newsgraph/claims/cues_de.yaml``), event triggers (``newsgraph/events/lexicon_de.yaml``) and
all verbs.  Skips cleanly (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUBJ = frozenset({"nsubj", "nsubj:pass"})
OBJ = frozenset({"obj", "iobj"})
NO_OBJ_WORDS = frozenset({"sich", "es"})
Tagged = tuple[str, str, str, str]


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def row(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "n": self.gold}


@dataclass
class Table:
    scores: dict[tuple[str, str, str], Score] = field(default_factory=dict)

    def get(self, group: str, role: str, system: str) -> Score:
        return self.scores.setdefault((group, role, system), Score())


# ---- gold and parser structures ------------------------------------------------------------
def subjects_by_verb(heads: Sequence[int], rels: Sequence[str]) -> dict[int, list[int]]:
    """0-based verb -> 0-based subject tokens, inherited through conj/xcomp when missing."""
    out: dict[int, list[int]] = {}
    for d, (h, r) in enumerate(zip(heads, rels, strict=True)):
        if r in SUBJ and h > 0:
            out.setdefault(h - 1, []).append(d)
    for _ in range(3):
        for v, (h, r) in enumerate(zip(heads, rels, strict=True)):
            if v not in out and r in ("conj", "xcomp") and h > 0 and (h - 1) in out:
                out[v] = list(out[h - 1])
    return out


def objects_by_verb(heads: Sequence[int], rels: Sequence[str], words: Sequence[str]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for d, (h, r) in enumerate(zip(heads, rels, strict=True)):
        if r in OBJ and h > 0 and words[d].lower() not in NO_OBJ_WORDS:
            out.setdefault(h - 1, []).append(d)
    return out


def full_lemma(tree: Any, v: int) -> str:
    """The verb's lemma with a separated particle (``teilte ... mit`` -> ``mitteilen``)."""
    lemma = tree.sentence.tokens[v].lemma.lower()
    for d, (h, r) in enumerate(zip(tree.heads, tree.deprels, strict=True)):
        if h == v + 1 and r == "compound:prt":
            return tree.sentence.tokens[d].lemma.lower() + lemma
    return lemma


# ---- the product's rules -------------------------------------------------------------------
def _text_and_tokens(words: Sequence[str], tags: Sequence[Tagged]) -> tuple[str, list[Any]]:
    from newsgraph.doc import Token

    text = ""
    toks = []
    for w, (upos, stts, lemma, morph) in zip(words, tags, strict=True):
        start = len(text)
        text += w + " "
        toks.append(Token(start, start + len(w), w, upos, stts, lemma, morph))
    return text, toks


def events_rules(words: Sequence[str], tags: Sequence[Tagged], verbs: Sequence[int]) -> dict[int, tuple[Any, list[Any]]]:
    """verb -> (subject NP or None, object NPs) by the events stage's argument rules."""
    from newsgraph.doc import Doc
    from newsgraph.events import analysis, arguments
    from newsgraph.record import Article

    text, toks = _text_and_tokens(words, tags)
    doc = Doc(Article(id="bench", text=text))
    raw = [(t.start, t.end, t.text, t.lemma, t.tag, t.morph) for t in toks]
    sent = analysis._make_sent(doc, raw)
    out = {}
    for v in verbs:
        clause = sent.clauses[sent.clause_of(v)]
        subj = arguments.clause_subject(sent, clause)
        lo, hi = arguments._conjunct(sent, clause, v)
        finite = [i for i in clause.idx if sent.toks[i].tag in arguments.FINITE_TAGS]
        if not clause.subordinate and finite:
            lo = max(lo, finite[0] + 1)
        zu = arguments.is_zu_clause(sent, clause)
        objs = [
            n for n in clause.nps
            if n.prep is None and n is not subj and (zu or lo <= n.first <= hi)
            and arguments._usable(sent, n) and sent.toks[n.head].low not in NO_OBJ_WORDS
        ]
        objs.sort(key=lambda n: abs(n.head - v))
        out[v] = (subj, objs[:2])
    return out


def claims_rules(words: Sequence[str], tags: Sequence[Tagged], verbs: Sequence[int]) -> dict[int, set[int] | None]:
    """verb -> token indices of the speaker/subject span found by the claims stage's rules."""
    from newsgraph.claims.clauses import span_between
    from newsgraph.claims.frame_shapes import trailing_frame
    from newsgraph.claims.frames import Sentence
    from newsgraph.claims.lexicon import load_lexicon
    from newsgraph.claims.text import find_quotes
    from newsgraph.claims.token_view import DEMONSTRATIVES
    from newsgraph.claims.wie_frames import wie_position

    text, toks = _text_and_tokens(words, tags)
    lex = load_lexicon("de")
    sent = Sentence(toks, find_quotes(text, toks), lex, 0)
    out: dict[int, set[int] | None] = {}
    for v in verbs:
        head = v
        if not sent.is_finite(v):  # `hatte erklärt`: the finite auxiliary carries the frame
            for j in range(v - 1, sent.clause_start(v) - 1, -1):
                if sent.lower[j] in lex.aux or toks[j].tag in ("VAFIN", "VMFIN"):
                    head = j
                    break
        wie = wie_position(sent, head)
        if wie is not None:
            span = span_between(sent, wie + 1, head)
        elif (
            trailing_frame(sent, head)
            and sent.is_finite(head)
            and sent.subject_before(head) is None
        ) or (head == 1 and sent.lower[0] in DEMONSTRATIVES):
            span = sent.subject_after(head)  # `..., sagte X` / `Dies bestätigte X`
        else:
            span = sent.subject(head) or sent.subject_after(head)
        out[v] = (
            None if span is None
            else {k for k, t in enumerate(toks) if span[0] <= t.start and t.end <= span[1]}
        )
    return out


# ---- the comparison ------------------------------------------------------------------------
def verb_groups() -> dict[str, frozenset[str]]:
    from newsgraph.claims.lexicon import load_lexicon
    from newsgraph.events.lexicon import load_lexicon as events_lexicon

    report = frozenset(m.verb.lemma for ms in load_lexicon("de").forms.values() for m in ms)
    event = frozenset(events_lexicon().verbs)
    return {"report": report, "event": event}


def compare(trees: Sequence[Any], tags: Sequence[list[Tagged]], parses: Sequence[tuple[list[int], list[str]]]) -> Table:
    groups = verb_groups()
    table = Table()
    for tree, tg, (p_heads, p_rels) in zip(trees, tags, parses, strict=True):
        words = tree.words
        gold_tokens = tree.sentence.tokens
        verbs = [i for i, t in enumerate(gold_tokens) if t.upos == "VERB"]
        if not verbs:
            continue
        g_subj = subjects_by_verb(tree.heads, tree.deprels)
        g_obj = objects_by_verb(tree.heads, tree.deprels, words)
        p_subj = subjects_by_verb(p_heads, p_rels)
        p_obj = objects_by_verb(p_heads, p_rels, words)
        ev = events_rules(words, tg, verbs)
        cl = claims_rules(words, tg, verbs)
        for v in verbs:
            lemma = full_lemma(tree, v)
            names = ["all"] + [g for g, lemmas in groups.items() if lemma in lemmas]
            gold_s = set(g_subj.get(v, []))
            accept = set(gold_s)
            if tree.deprels[v] == "acl:relcl" and tree.heads[v] > 0:
                accept.add(tree.heads[v] - 1)  # the antecedent of a relative pronoun
            gold_o = set(g_obj.get(v, []))
            subj_np, obj_nps = ev[v]
            predictions: dict[tuple[str, str], tuple[int, int, int]] = {}
            # subjects: one slot per verb
            ps = p_subj.get(v, [])
            predictions[("subj", "parser")] = (int(bool(ps) and ps[0] in accept), int(bool(ps)), int(bool(gold_s)))
            if subj_np is None:
                strict = span = pred = 0
            else:
                pred = 1
                strict = int(subj_np.head in accept)
                span = int(any(k in accept for k in subj_np.indices()))
            predictions[("subj", "events rules strict")] = (strict, pred, int(bool(gold_s)))
            predictions[("subj", "events rules span")] = (span, pred, int(bool(gold_s)))
            # the parser, with the events rules' subject (its head word) where it finds none
            if ps:
                predictions[("subj", "parser + rules fallback")] = predictions[("subj", "parser")]
            else:
                predictions[("subj", "parser + rules fallback")] = (strict, pred, int(bool(gold_s)))
            cspan = cl[v]
            predictions[("subj", "claims rules span")] = (
                int(cspan is not None and bool(cspan & accept)), int(cspan is not None), int(bool(gold_s))
            )
            # objects: each object token is a slot
            po = set(p_obj.get(v, []))
            predictions[("obj", "parser")] = (len(po & gold_o), len(po), len(gold_o))
            strict_hits = sum(n.head in gold_o for n in obj_nps)
            span_hits = sum(any(k in gold_o for k in n.indices()) for n in obj_nps)
            predictions[("obj", "events rules strict")] = (strict_hits, len(obj_nps), len(gold_o))
            predictions[("obj", "events rules span")] = (span_hits, len(obj_nps), len(gold_o))
            for group in names:
                for (role, system), (tp, pred, gold) in predictions.items():
                    s = table.get(group, role, system)
                    s.tp += tp
                    s.pred += pred
                    s.gold += gold
    return table


def render(table: Table) -> str:
    lines = ["| verbs | role | system | P | R | F1 | gold |", "|---|---|---|---|---|---|---|"]
    for (group, role, system), s in sorted(table.scores.items()):
        r = s.row()
        lines.append(f"| {group} | {role} | {system} | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | {r['n']} |")
    return "\n".join(lines)


def merge(tables: Sequence[Table]) -> Table:
    out = Table()
    for t in tables:
        for key, sc in t.scores.items():
            s = out.get(*key)
            s.tp += sc.tp
            s.pred += sc.pred
            s.gold += sc.gold
    return out


def cross_validate(trees: Sequence[Any], folds: int, epochs: int) -> tuple[Table, float, float]:
    """K-fold over all given sentences: per fold, a tagger and a parser trained on the other
    folds (``training.train_tagger`` / ``training.train_parser``), rules and parser compared
    on the held-out fold with that tagger's tags.  Returns the merged table, UAS and LAS."""
    repo = str(Path(__file__).resolve().parent.parent)
    if repo not in sys.path:  # `python bench/parser_vs_rules.py`: make `training` importable
        sys.path.insert(0, repo)
    from newsgraph.nlp.features import FeatureCache
    from newsgraph.nlp.lexicon import Lexicon
    from newsgraph.nlp.parser import DependencyParser
    from newsgraph.nlp.tagger import PerceptronTagger
    from training.train_parser import train as train_parser
    from training.train_tagger import train as train_tagger

    lexicon = Lexicon(live=False)
    tables = []
    n = uas = las = 0
    for fold in range(folds):
        train = [t for i, t in enumerate(trees) if i % folds != fold]
        test = [t for i, t in enumerate(trees) if i % folds == fold]
        tagger = PerceptronTagger(
            train_tagger([t.sentence for t in train], FeatureCache(lexicon), 12), lexicon
        )
        train_tags = tagger.tag_sentences([t.words for t in train])
        test_tags = tagger.tag_sentences([t.words for t in test])
        parser = DependencyParser(train_parser(train, train_tags, epochs, 8))
        parses = [parser.parse(t.words, tg) for t, tg in zip(test, test_tags, strict=True)]
        for t, (heads, rels) in zip(test, parses, strict=True):
            for h, r, gh, gr in zip(heads, rels, t.heads, t.deprels, strict=True):
                n += 1
                uas += h == gh
                las += h == gh and r == gr
        tables.append(compare(test, test_tags, parses))
        print(f"fold {fold + 1}/{folds}: UAS so far {uas / n:.4f}", file=sys.stderr, flush=True)
    return merge(tables), uas / max(n, 1), las / max(n, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--parser", type=Path, default=None, help="parser weights (.npz)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--folds",
        type=int,
        default=0,
        help="K-fold cross-validation over all 1,799 UD sentences (retrains tagger and parser)",
    )
    ap.add_argument("--epochs", type=int, default=12, help="parser epochs with --folds")
    args = ap.parse_args(argv)
    ud = args.shared / "data" / "ud"
    if not (ud / "de_pud-ud.conllu").is_file() or not (ud / "de_gsd-ud-dev.conllu").is_file():
        print(f"skipped: {ud} has no UD German files", file=sys.stderr)
        return 0
    from newsgraph.nlp.parser import PARSER_PATH, load_builtin_parser
    from newsgraph.nlp.parser_data import read_trees
    from newsgraph.nlp.tagger import load_builtin_tagger

    if args.folds > 1:
        every = read_trees(ud / "de_gsd-ud-dev.conllu") + read_trees(ud / "de_pud-ud.conllu")
        table, uas, las = cross_validate(every, args.folds, args.epochs)
        if args.json:
            rows = {f"{g}/{r}/{s}": sc.row() for (g, r, s), sc in sorted(table.scores.items())}
            print(json.dumps({"uas": round(uas, 4), "las": round(las, 4), **rows}))
        else:
            print(f"{args.folds}-fold cross-validation over {len(every)} sentences: "
                  f"UAS {uas:.4f} LAS {las:.4f}")
            print(render(table))
        return 0
    trees = read_trees(ud / "de_gsd-ud-dev.conllu")[700:] + read_trees(ud / "de_pud-ud.conllu")[800:]
    tags = load_builtin_tagger().tag_sentences([t.words for t in trees])
    parser = load_builtin_parser(args.parser or PARSER_PATH)
    parses = [parser.parse(t.words, tg) for t, tg in zip(trees, tags, strict=True)]
    table = compare(trees, tags, parses)
    if args.json:
        print(json.dumps({f"{g}/{r}/{s}": sc.row() for (g, r, s), sc in sorted(table.scores.items())}))
    else:
        print(f"{len(trees)} held-out sentences (GSD dev 700-, PUD 800-999)")
        print(render(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
