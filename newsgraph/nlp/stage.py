"""The ``nlp`` stage: tokens, sentences, POS (UPOS + STTS), lemmas and UD morphology.

It fills ``doc.tokens`` and ``doc.sentences`` for every block of the article (content or not;
later stages filter by block kind).  Without blocks the whole text is one block (``block=-1``).
Blocks in English (``Block.language == "en"`` or ``article.language == "en"``) get the simple
English tagger; everything else the German one.

Models (``NlpStage(model=...)``):

* ``"builtin"`` (default) — newsgraph's own averaged-perceptron tagger
  (:mod:`newsgraph.nlp.tagger`, model card ``docs/models/tagger.md``);
* ``"hanta"`` — HanTa's HMM tagger (slower; for comparison);
* any other name — an installed spaCy pipeline loaded with ``spacy.load(name)``
  (needs ``pip install 'newsgraph[spacy]'``), see :mod:`newsgraph.nlp.spacy_backend`.

``NlpStage(parse=True)`` (or ``NEWSGRAPH_NLP_PARSE=1``) also runs the dependency parser
(``Token.head``/``Token.deprel``; :mod:`newsgraph.nlp.parser_stage`).

Without ``model=``, the environment variable ``NEWSGRAPH_NLP_MODEL`` chooses (so batch commands
can switch models without a code change: ``NEWSGRAPH_NLP_MODEL=de_core_news_lg newsgraph
analyze …``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

from ..doc import Doc, Sentence, Token
from ..errors import ConfigError
from ..pipeline import BaseStage
from .english import EnglishTagger
from .sentences import split_sentences
from .tokenize import tokenize

Tagged = tuple[str, str, str, str]
MODEL_ENV = "NEWSGRAPH_NLP_MODEL"


class WordTagger(Protocol):
    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[Tagged]]: ...


def german_tagger(model: str = "builtin") -> WordTagger:
    """A German tagger by model name (``builtin`` or ``hanta``)."""
    if model == "builtin":
        from .tagger import load_builtin_tagger

        return load_builtin_tagger()
    if model == "hanta":
        from .lexicon import HantaTagger

        return HantaTagger()
    raise ConfigError(
        f"unknown tagger model {model!r}", hint="use 'builtin', 'hanta' or a spaCy pipeline"
    )


class NlpStage(BaseStage):
    name = "nlp"
    version = "1"
    requires = ("blocks", "language")
    provides = ("tokens", "sentences", "morph")

    def __init__(
        self, model: str | None = None, parse: bool | None = None, **config: Any
    ) -> None:
        from .parser_stage import parse_requested

        model = model or os.environ.get(MODEL_ENV, "").strip() or "builtin"
        super().__init__(model=model, **config)
        self.model = model
        # opt-in dependency parse (Token.head/deprel), see newsgraph/nlp/parser_stage.py
        self.parse = parse_requested(parse) and model in ("builtin", "hanta")
        self._spacy: Any = None
        self._german: WordTagger | None = None
        self._english = EnglishTagger()
        if model not in ("builtin", "hanta"):
            from .spacy_backend import SpacyBackend

            self._spacy = SpacyBackend(model)

    def german(self) -> WordTagger:
        if self._german is None:
            self._german = german_tagger(self.model)
        return self._german

    def __call__(self, doc: Doc) -> None:
        if self._spacy is not None:
            sp_tokens, sp_sentences = self._spacy.analyse(doc)
            doc.set_tokens(sp_tokens)
            doc.sentences = sp_sentences
            return
        text = doc.text
        blocks = _block_spans(doc)
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        # split everything first, then tag all German and all English sentences in one batch each
        pending: list[tuple[list[tuple[int, int]], int, bool]] = []
        for index, (start, end, lang) in enumerate(blocks):
            spans = tokenize(text, start, end)
            block_index = index if doc.article.blocks else -1
            for i, j in split_sentences(text, spans):
                pending.append((spans[i:j], block_index, lang == "en"))
        words = [[text[s:e] for s, e in sent] for sent, _, _ in pending]
        tags: list[list[Tagged]] = [[] for _ in pending]
        for english in (False, True):
            which = [k for k, (_, _, en) in enumerate(pending) if en == english]
            if not which:
                continue
            tagger: WordTagger = self._english if english else self.german()
            for k, tagged in zip(
                which, tagger.tag_sentences([words[k] for k in which]), strict=True
            ):
                tags[k] = tagged
        for (sent_spans, block_index, _), sent_words, sent_tags in zip(
            pending, words, tags, strict=True
        ):
            first = len(tokens)
            for (s, e), word, (upos, stts, lemma, morph) in zip(
                sent_spans, sent_words, sent_tags, strict=True
            ):
                space = e < len(text) and text[e].isspace()
                tokens.append(Token(s, e, word, upos, stts, lemma, morph, space))
            sentences.append(
                Sentence(sent_spans[0][0], sent_spans[-1][1], first, len(tokens), block_index)
            )
        if self.parse:
            from .parser_stage import parse_tokens

            tokens = parse_tokens(tokens, sentences, [en for _, _, en in pending])
        doc.set_tokens(tokens)
        doc.sentences = sentences


def _block_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, language)`` of each block, in article order (the whole text without blocks)."""
    art = doc.article
    default = art.language or "und"
    if not art.blocks:
        return [(0, len(art.text), default)]
    out = []
    last = 0
    for b in art.blocks:
        start = max(b.start, last)  # never tokenise overlapping text twice
        end = max(start, min(b.end, len(art.text)))
        out.append((start, end, b.language or default))
        last = end
    return out
