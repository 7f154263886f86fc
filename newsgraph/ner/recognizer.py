"""Sentence-level entity recognition: the CRF tagger followed by the rule passes.

:class:`EntityRecognizer` is what both the pipeline stage and ``newsgraph eval ner`` call, so
the evaluated system is exactly the shipped one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .lexicon import Gazetteer, load_gazetteer
from .rules import (
    MODEL_TYPES,
    Found,
    add_acronyms,
    add_cued_orgs,
    add_foreign_names,
    add_norp,
    add_titled_persons,
    split_places,
)
from .tagger import EntityTagger, TokenSpan, shared_tagger

#: rule passes, in the order they run
RULES: tuple[str, ...] = ("acronyms", "cues", "names", "titles", "places", "norp")


class EntityRecognizer:
    """CRF + rules over one sentence of token strings."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        rules: Iterable[str] = RULES,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.tagger: EntityTagger = shared_tagger(str(model_path) if model_path else None)
        self.gaz = gazetteer or load_gazetteer()
        self.rules = tuple(r for r in RULES if r in set(rules))
        self._norp: dict[str, str | None] = {}
        self._pos_tagger: Any = None

    def _norp_of(self, word: str) -> str | None:
        try:
            return self._norp[word]
        except KeyError:
            if len(self._norp) > 200_000:
                self._norp.clear()
            kind = self._norp[word] = self.gaz.norp(word)
            return kind

    @property
    def needs_tags(self) -> bool:
        """True when the model uses UPOS features: pass ``tags`` or let :meth:`pos_tags` run."""
        return self.tagger.uses_pos

    def pos_tags(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """UPOS per token from the ``nlp`` stage's German tagger (for token lists without tags)."""
        if self._pos_tagger is None:
            from ..nlp.tagger import load_builtin_tagger

            self._pos_tagger = load_builtin_tagger()
        tagged = self._pos_tagger.tag_sentences([list(s) for s in sentences])
        return [[t[0] for t in sent] for sent in tagged]

    def recognize(self, words: Sequence[str], tags: Sequence[str] | None = None) -> list[Found]:
        """Typed spans (PERSON, ORG, GPE, LOC, NORP, MISC) sorted by position.

        ``tags`` are the tokens' UPOS tags (from the ``nlp`` stage); when the model uses them and
        none are given, the sentence is tagged here."""
        return self.recognize_batch([words], [tags] if tags is not None else None)[0]

    def recognize_batch(
        self,
        sentences: Sequence[Sequence[str]],
        tags: Sequence[Sequence[str] | None] | None = None,
    ) -> list[list[Found]]:
        """:meth:`recognize` for many sentences (one document), decoded together."""
        words = [list(s) for s in sentences]
        tag_lists: list[list[str]] | None = None
        if self.needs_tags:
            given = list(tags) if tags is not None else [None] * len(words)
            missing = [i for i, t in enumerate(given) if not t or not all(t)]
            tagged = dict(zip(missing, self.pos_tags([words[i] for i in missing]), strict=True))
            tag_lists = [tagged[i] if i in tagged else list(given[i] or []) for i in range(len(words))]
        results = self.tagger.spans_batch(words, tag_lists)
        return [self._apply_rules(w, spans) for w, spans in zip(words, results, strict=True)]

    def _apply_rules(self, wl: list[str], model_spans: list[TokenSpan]) -> list[Found]:
        spans = [Found(s.start, s.end, MODEL_TYPES[s.label], s.score, "ner") for s in model_spans]
        for rule in self.rules:
            if rule == "acronyms":
                spans = add_acronyms(wl, spans)
            elif rule == "cues":
                spans = add_cued_orgs(wl, spans)
            elif rule == "names":
                spans = add_foreign_names(wl, spans)
            elif rule == "titles":
                spans = add_titled_persons(wl, spans)
            elif rule == "places":
                spans = split_places(wl, spans, self.gaz)
            elif rule == "norp":
                spans = add_norp(wl, spans, self.gaz, self._norp_of)
        return sorted(spans, key=lambda s: (s.start, s.end))
