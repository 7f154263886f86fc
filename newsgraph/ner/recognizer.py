"""Sentence-level entity recognition: the CRF tagger followed by the rule passes.

:class:`EntityRecognizer` is what both the pipeline stage and ``newsgraph eval ner`` call, so
the evaluated system is exactly the shipped one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

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

    def recognize(self, words: Sequence[str]) -> list[Found]:
        """Typed spans (PERSON, ORG, GPE, LOC, NORP, MISC) sorted by position."""
        wl = list(words)
        spans = [
            Found(s.start, s.end, MODEL_TYPES[s.label], s.score, "ner")
            for s in self.tagger.spans(wl)
        ]
        for rule in self.rules:
            if rule == "acronyms":
                spans = add_acronyms(wl, spans)
            elif rule == "cues":
                spans = add_cued_orgs(wl, spans)
            elif rule == "places":
                spans = split_places(wl, spans, self.gaz)
            elif rule == "norp":
                spans = add_norp(wl, spans, self.gaz)
        if "places" not in self.rules:
            spans = [s if s.label != "LOC" else s for s in spans]
        return sorted(spans, key=lambda s: (s.start, s.end))
