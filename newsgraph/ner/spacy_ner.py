"""Entities from an installed spaCy pipeline instead of our model (``EntitiesStage(model=NAME)``).

spaCy is optional (``pip install 'newsgraph[spacy]'``); asking for a spaCy pipeline without it
raises :class:`~newsgraph.errors.MissingDependency`, a pipeline spaCy cannot load raises
:class:`~newsgraph.errors.ModelError`.  Each content block is run through the pipeline and its
``doc.ents`` become mentions (``source="spacy"``).  Labels are mapped to ours: German pipelines
(``PER``, ``ORG``, ``LOC``, ``MISC``) get the same GPE/LOC split and NORP relabelling as our
model; OntoNotes-style pipelines (``PERSON``, ``GPE``, ``NORP``, ``FAC``, ``EVENT`` ...) map
directly.  Entity types we do not use (dates, numbers) are dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..doc import Doc, Mention
from ..errors import MissingDependency, ModelError
from .lexicon import Gazetteer
from .rules import place_type

#: spaCy labels -> ours ("" = decided by the gazetteer like our own LOC)
SPACY_LABELS: dict[str, str] = {
    "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "", "GPE": "GPE", "NORP": "NORP",
    "MISC": "MISC", "FAC": "LOC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}


def is_spacy_model(name: str) -> bool:
    """A spaCy pipeline name (``de_core_news_lg``) or directory, not one of our ``.npz`` files."""
    path = Path(name)
    if path.suffix == ".npz":
        return False
    return path.is_dir() or ("_" in name and "/" not in name and not path.suffix)


class SpacyEntities:
    """Runs ``spacy.load(name)`` over the content blocks of a document."""

    def __init__(self, name: str) -> None:
        try:
            import spacy
        except ImportError as exc:
            raise MissingDependency("spacy", "spacy") from exc
        try:
            self.nlp: Any = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed",
                hint=f"install it (python -m spacy download {name}) or leave model unset",
            ) from exc
        self.name = name

    def mentions(self, doc: Doc, gaz: Gazetteer) -> list[Mention]:
        article = doc.article
        spans = [(b.start, b.end) for b in article.blocks if b.is_content]
        if not article.blocks:
            spans = [(0, len(article.text))]
        out: list[Mention] = []
        for start, end in spans:
            sdoc = self.nlp(article.text[start:end])
            for ent in sdoc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                words = [t.text for t in ent]
                if label == "":
                    label = place_type(words, gaz)
                elif label in ("MISC", "LOC") and len(words) == 1 and gaz.norp(words[0]):
                    label = "NORP"
                s, e = start + ent.start_char, start + ent.end_char
                out.append(Mention(s, e, article.text[s:e], label, 1.0, "spacy"))
        return out
