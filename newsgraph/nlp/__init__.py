"""Tokenisation, sentence splitting, POS tagging, lemmas and morphology (the ``nlp`` stage).

* :mod:`.tokenize` — rule-based tokeniser for news; :mod:`.sentences` — sentence splitter;
* :mod:`.tagger` — built-in averaged-perceptron tagger (UPOS, STTS, lemma, morphology);
* :mod:`.lexicon` — word lexicon and HanTa; :mod:`.morph` — features, Konjunktiv I/II;
* :mod:`.english` — rough English tagger; :mod:`.spacy_backend` — optional spaCy pipelines;
* :mod:`.stage` — :class:`~newsgraph.nlp.stage.NlpStage`.
"""

from __future__ import annotations

from .sentences import split_sentences
from .tokenize import tokenize

__all__ = ["split_sentences", "tokenize"]
