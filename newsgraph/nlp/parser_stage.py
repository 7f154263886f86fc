"""Dependency parsing inside the ``nlp`` stage (opt-in: ``NlpStage(parse=True)``).

The parser (:mod:`newsgraph.nlp.parser`) fills ``Token.head`` (an index into ``doc.tokens``,
-1 for the sentence root) and ``Token.deprel`` (UD relation) of German sentences; English
sentences keep ``head=-1, deprel=""``.  It is off by default because it roughly halves the
``nlp`` stage's throughput and no shipped stage reads the tree yet (docs/models/parser.md).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from ..doc import Sentence, Token
from .parser import DependencyParser, load_builtin_parser

PARSE_ENV = "NEWSGRAPH_NLP_PARSE"


def parse_requested(option: bool | None) -> bool:
    """The ``parse`` option, else the environment variable ``NEWSGRAPH_NLP_PARSE=1``."""
    if option is not None:
        return option
    return os.environ.get(PARSE_ENV, "").strip().lower() in ("1", "true", "yes")


def parse_tokens(
    tokens: list[Token],
    sentences: Sequence[Sentence],
    english: Sequence[bool],
    parser: DependencyParser | None = None,
) -> list[Token]:
    """``tokens`` with heads and relations for every non-English sentence."""
    parser = parser or load_builtin_parser()
    out = list(tokens)
    for sent, is_english in zip(sentences, english, strict=True):
        if is_english or sent.tok_end <= sent.tok_start:
            continue
        toks = tokens[sent.tok_start : sent.tok_end]
        heads, rels = parser.parse(
            [t.text for t in toks], [(t.pos, t.tag, t.lemma, t.morph) for t in toks]
        )
        for k, (t, h, r) in enumerate(zip(toks, heads, rels, strict=True)):
            head = sent.tok_start + h - 1 if h > 0 else -1
            out[sent.tok_start + k] = replace(t, head=head, deprel=r)
    return out
