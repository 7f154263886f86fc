"""Dependency trees from CoNLL-U, on newsgraph's tokens (contractions merged).

:func:`~newsgraph.nlp.conllu.read_conllu` merges UD's split contractions (``am`` = ``an`` +
``dem``) into one token, as newsgraph's tokeniser keeps them whole, but leaves the HEAD column
in the file's word numbering.  :func:`read_trees` renumbers heads onto the merged tokens: the
merged token takes the head and relation of its part whose head lies outside the contraction
(the preposition: ``case``), and arcs into any part point to the merged token.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import EvalError
from .conllu import GoldSentence, read_conllu


@dataclass(frozen=True)
class Tree:
    """A sentence with gold heads (1-based, 0 = root) and relations, one per merged token."""

    sentence: GoldSentence
    heads: tuple[int, ...]
    deprels: tuple[str, ...]

    @property
    def words(self) -> list[str]:
        return self.sentence.words


def _groups(path: Path) -> list[list[list[tuple[int, int, str]]]]:
    """Per sentence, per merged token: its parts as ``(id, head, deprel)``."""
    out: list[list[list[tuple[int, int, str]]]] = []
    cur: list[list[tuple[int, int, str]]] = []
    span_end = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                cur, span_end = [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or "." in cols[0]:
                continue
            if "-" in cols[0]:
                lo, _, hi = cols[0].partition("-")
                span_end = int(hi)
                cur.append([])
                continue
            wid = int(cols[0])
            head = int(cols[6]) if cols[6].isdigit() else -1
            part = (wid, head, cols[7])
            if span_end and wid <= span_end:
                cur[-1].append(part)
            else:
                cur.append([part])
    if cur:
        out.append(cur)
    return out


def read_trees(path: str | Path) -> list[Tree]:
    """The sentences of a CoNLL-U file with heads renumbered onto merged tokens."""
    path = Path(path)
    sentences = list(read_conllu(path))
    groups = _groups(path)
    if len(groups) != len(sentences):
        raise EvalError(f"{path}: could not align the dependency columns with the tokens")
    trees = []
    for sent, parts in zip(sentences, groups, strict=True):
        if len(parts) != len(sent.tokens):
            raise EvalError(f"{path}: sentence {sent.sent_id}: token count mismatch")
        index = {wid: k + 1 for k, group in enumerate(parts) for wid, _, _ in group}
        heads = []
        rels = []
        for group in parts:
            ids = {wid for wid, _, _ in group}
            outside = [(h, r) for _, h, r in group if h not in ids] or [(group[0][1], group[0][2])]
            head, rel = outside[0]
            heads.append(0 if head == 0 else index.get(head, 0))
            rels.append(rel)
        tokens = tuple(
            replace(t, head=h, deprel=r) for t, h, r in zip(sent.tokens, heads, rels, strict=True)
        )
        trees.append(Tree(GoldSentence(sent.sent_id, tokens), tuple(heads), tuple(rels)))
    return trees
