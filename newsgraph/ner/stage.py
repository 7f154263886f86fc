"""The ``entities`` pipeline stage: fills ``doc.mentions`` for sentences in content blocks."""

from __future__ import annotations

from typing import Any

from ..doc import Doc, Mention, Sentence, Token
from ..pipeline import BaseStage
from .document import propagate
from .recognizer import RULES, EntityRecognizer
from .simple_tokens import split_sentences, tokenize


class EntitiesStage(BaseStage):
    """Named entities (PERSON, ORG, GPE, LOC, NORP, MISC) from our CRF model plus rules.

    Config: ``model`` (path of another ``.crfsuite`` model trained with
    ``training/train_ner.py``), ``rules`` (subset of :data:`~newsgraph.ner.recognizer.RULES`),
    ``document`` (default true: the document-level passes of :mod:`newsgraph.ner.document`).
    Without tokens from the ``nlp`` stage the document is tokenised with the small fallback
    tokeniser of :mod:`newsgraph.ner.simple_tokens`.
    """

    name = "entities"
    version = "1"
    requires = ("tokens",)
    provides = ("mentions",)

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        self.recognizer = EntityRecognizer(
            model_path=config.get("model"), rules=config.get("rules", RULES)
        )
        self.document_pass = bool(config.get("document", True))

    def __call__(self, doc: Doc) -> None:
        if not doc.tokens:
            toks = tokenize(doc.text)
            doc.set_tokens(toks)
            if not doc.sentences:
                doc.sentences = list(split_sentences(doc.text, toks))
        sentences: list[Sentence] = [s for s in doc.content_sentences() if s.tok_end > s.tok_start]
        text = doc.text
        sent_tokens = [doc.sentence_tokens(s) for s in sentences]
        found = self.recognizer.recognize_batch(
            [[t.text for t in toks] for toks in sent_tokens],
            [[t.pos for t in toks] for toks in sent_tokens],
        )
        mentions: list[Mention] = []
        content_tokens: list[Token] = []
        for toks, spans in zip(sent_tokens, found, strict=True):
            content_tokens.extend(toks)
            for f in spans:
                start, end = toks[f.start].start, toks[f.end - 1].end
                mentions.append(Mention(start, end, text[start:end], f.label, f.score, f.source))
        if self.document_pass:
            mentions = propagate(content_tokens, mentions, text)
        doc.mentions = mentions
