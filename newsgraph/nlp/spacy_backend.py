"""Run an installed spaCy pipeline instead of the built-in models (``NlpStage(model=NAME)``).

spaCy is optional (``pip install 'newsgraph[spacy]'``); without it, asking for a spaCy model
raises :class:`~newsgraph.errors.MissingDependency`.  A model name spaCy cannot load raises
:class:`~newsgraph.errors.ModelError`.  spaCy tokens become our :class:`~newsgraph.doc.Token`
(``pos_`` → UPOS, ``tag_`` → STTS for German pipelines, ``lemma_``, ``str(morph)``) and its
sentences become :class:`~newsgraph.doc.Sentence` objects, block by block.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc, Sentence, Token
from ..errors import MissingDependency, ModelError


def import_spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise MissingDependency("spacy", "spacy") from exc
    return spacy


class SpacyBackend:
    """Tokens and sentences from ``spacy.load(name)``, one block at a time."""

    def __init__(self, name: str) -> None:
        spacy = import_spacy()
        try:
            self.nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed",
                hint=f"install it (python -m spacy download {name}) or use model='builtin'",
            ) from exc
        self.name = name

    def analyse(self, doc: Doc) -> tuple[list[Token], list[Sentence]]:
        text = doc.text
        blocks = doc.article.blocks
        spans = [(b.start, b.end) for b in blocks] or [(0, len(text))]
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for index, (start, end) in enumerate(spans):
            sdoc = self.nlp(text[start:end])
            for sent in sdoc.sents:
                first = len(tokens)
                for t in sent:
                    if t.is_space:
                        continue
                    s = start + t.idx
                    tokens.append(
                        Token(
                            s,
                            s + len(t.text),
                            t.text,
                            t.pos_,
                            t.tag_,
                            t.lemma_,
                            str(t.morph),
                            bool(t.whitespace_),
                        )
                    )
                if len(tokens) > first:
                    sentences.append(
                        Sentence(
                            tokens[first].start,
                            tokens[-1].end,
                            first,
                            len(tokens),
                            index if blocks else -1,
                        )
                    )
        return tokens, sentences
