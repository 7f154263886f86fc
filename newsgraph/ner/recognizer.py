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
    add_norp,
    split_places,
)
from .tagger import EntityTagger, shared_tagger

#: rule passes, in the order they run
RULES: tuple[str, ...] = ("acronyms", "cues", "places", "norp")


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
        wl = list(words)
        tag_list: list[str] | None = None
        if self.needs_tags and wl:
            tag_list = list(tags) if tags is not None and all(tags) else self.pos_tags([wl])[0]
        spans = [
            Found(s.start, s.end, MODEL_TYPES[s.label], s.score, "ner")
            for s in self.tagger.spans(wl, tag_list)
        ]
        for rule in self.rules:
            if rule == "acronyms":
                spans = add_acronyms(wl, spans)
            elif rule == "cues":
                spans = add_cued_orgs(wl, spans)
            elif rule == "places":
                spans = split_places(wl, spans, self.gaz)
            elif rule == "norp":
                spans = add_norp(wl, spans, self.gaz, self._norp_of)
        return sorted(spans, key=lambda s: (s.start, s.end))
