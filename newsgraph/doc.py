"""The working document that stages read and extend while an article is analysed.

A :class:`Doc` wraps the immutable :class:`~newsgraph.record.Article` being built plus the
internal layers that are not part of the published record: tokens, sentences and raw entity
mentions.  Stages add to it; the pipeline runner turns it back into an ``Article`` at the end.
The layers use frozen dataclasses and standoff character offsets like the record itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .record import Article


def morph_feature(morph: str, name: str) -> str | None:
    """Value of feature ``name`` in a UD feature string (``Case=Nom|Mood=Sub``), else None."""
    for part in morph.split("|"):
        key, _, val = part.partition("=")
        if key == name:
            return val
    return None


@dataclass(frozen=True)
class Token:
    """One token.  ``morph`` is a UD feature string (``Case=Nom|Number=Sing|Mood=Sub``)."""

    start: int
    end: int
    text: str
    pos: str = ""  # UPOS
    tag: str = ""  # STTS
    lemma: str = ""
    morph: str = ""
    space_after: bool = True
    #: dependency head as an index into ``doc.tokens`` (-1: sentence root or not parsed) and
    #: the UD relation to it (``""`` when not parsed); filled by ``NlpStage(parse=True)``
    head: int = -1
    deprel: str = ""

    def feat(self, name: str) -> str | None:
        """Value of one morphological feature, e.g. ``tok.feat("Mood") == "Sub"``."""
        return morph_feature(self.morph, name)


@dataclass(frozen=True)
class Sentence:
    """A sentence: character span plus the token index range ``[tok_start, tok_end)``."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    block: int  # index into article.blocks, -1 when unknown


@dataclass(frozen=True)
class Mention:
    """An entity mention found by NER, a gazetteer, or coreference, before/after resolution."""

    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | NORP | MISC
    score: float = 1.0
    source: str = "ner"  # ner | gazetteer | pattern | coref
    entity: str | None = None  # entity id once resolved


@dataclass
class Doc:
    """Mutable working state of one article inside the pipeline."""

    article: Article
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: free-form layers that one stage hands to later ones (keyed by ``stage.layer``)
    layers: dict[str, Any] = field(default_factory=dict)
    #: names of the capabilities provided so far (``"blocks"``, ``"tokens"``, ...)
    provided: set[str] = field(default_factory=set)
    options: dict[str, Any] = field(default_factory=dict)
    _tok_starts: list[int] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def update(self, **changes: Any) -> None:
        """Replace fields of the article record (``doc.update(times=(...))``)."""
        self.article = self.article.replace(**changes)

    def set_tokens(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self._tok_starts = None

    # ---- lookups -------------------------------------------------------------------------
    def token_index_at(self, offset: int) -> int | None:
        """Index of the token covering ``offset`` (or None when it falls on whitespace)."""
        if self._tok_starts is None or len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(self._tok_starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        if self._tok_starts is None or len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        i = bisect.bisect_left(self._tok_starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end <= end:
                out.append(self.tokens[i])
            i += 1
        return out

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.tok_start : sent.tok_end]

    def content_sentences(self) -> Iterator[Sentence]:
        """Sentences inside blocks of the article's own reporting (title, lead, body)."""
        blocks = self.article.blocks
        for s in self.sentences:
            if not blocks or (0 <= s.block < len(blocks) and blocks[s.block].is_content):
                yield s

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
