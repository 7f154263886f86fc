"""The article record (schema ``newsgraph.article/1.1``): immutable, typed, JSON round-trip exact.

All offsets are character offsets into :attr:`Article.text` (end exclusive).  Every list is a
tuple so a record can never be changed after a stage produced it; stages build new records with
:meth:`Article.replace`.  ``to_dict``/``from_dict`` are exact inverses (see ``tests/test_record.py``).

Version 1.1 (minor, backwards compatible) adds the optional ``roles`` list, ``claims[].evidence``,
``events[].reciprocal``/``time_basis``/``evidence``, ``entities[].geo`` and the ``pipeline`` log.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union

SCHEMA = "newsgraph.article/1.2"
SCHEMA_FAMILY = "newsgraph.article/1"

BlockKind = Literal[
    "section", "title", "lead", "caption", "credit", "body", "related", "appeal", "boilerplate"
]
#: Blocks that carry the article's own reporting.  All other kinds are skipped by analysis stages.
CONTENT_BLOCKS: frozenset[str] = frozenset({"title", "lead", "body"})
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"]
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "MISC")
TimeKind = Literal["date", "time", "duration", "set"]
TimeMod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER"]
QuantityMod = Literal["APPROX", "MIN", "MAX", "MORE_THAN", "LESS_THAN"]
ClaimForm = Literal["direct", "indirect", "free_indirect", "reported", "mixed"]
Stance = Literal["asserted", "reported", "alleged", "denied", "hypothetical", "future"]
STANCES: tuple[str, ...] = ("asserted", "reported", "alleged", "denied", "hypothetical", "future")
PublishedBasis = Literal["metadata", "user", "text"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    path: str | None = None
    url: str | None = None
    publisher: str | None = None
    section: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_basis: PublishedBasis | None = None
    author: str | None = None


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    language: str | None = None

    @property
    def is_content(self) -> bool:
        return self.kind in CONTENT_BLOCKS


@dataclass(frozen=True)
class Geo:
    """Where a place entity is: coordinates and what kind of place it is."""

    lat: float
    lon: float
    feature: str  # country | region | city | other
    country: str | None = None  # ISO 3166 alpha-3 of the containing country


@dataclass(frozen=True)
class Entity:
    id: str
    type: EntityType
    name: str
    ids: Mapping[str, str] = field(default_factory=dict)
    mentions: tuple[Span, ...] = ()
    geo: Geo | None = None


@dataclass(frozen=True)
class Role:
    """A (person, role, organisation/country) fact read from an apposition or title."""

    person: str | None  # entity id
    role: str  # e.g. "Verteidigungsminister", lemma-like, as written
    org: str | None  # entity id of the organisation or country, if any
    start: int
    end: int
    text: str
    sector: str | None = None  # GOV, MIL, ... derived from the role


@dataclass(frozen=True)
class TimeExpr:
    id: str
    start: int
    end: int
    text: str
    value: str
    kind: TimeKind = "date"
    mod: TimeMod | None = None


@dataclass(frozen=True)
class Quantity:
    id: str
    start: int
    end: int
    text: str
    value: float
    approx: bool = False
    unit: str | None = None
    mod: QuantityMod | None = None  # mindestens 90 → MIN; mehr als 2.500 → MORE_THAN
    high: float | None = None  # upper end of a range ("20 bis 30": value 20, high 30)


@dataclass(frozen=True)
class Claim:
    id: str
    content: Span
    form: ClaimForm
    stance: Stance
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    cue: Span | None = None
    said: str | None = None  # time id
    #: the occasion the claim was made at when no time expression dates it (`nach der
    #: Abstimmung`, `zum Auftakt der Lesung`, `anschließend`); record 1.2
    occasion: Span | None = None
    via: str | None = None  # claim id
    evidence: tuple[Span, ...] = ()  # the words that set the stance


@dataclass(frozen=True)
class Actor:
    text: str
    entity: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    trigger: Span
    mode: str | None = None
    cameo: str | None = None
    actors: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    time: str | None = None
    place: str | None = None
    quantity: str | None = None
    claim: str | None = None
    stance: Stance = "asserted"
    confidence: float = 0.5
    reciprocal: bool = False
    time_basis: Literal["text", "published"] | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class StageRun:
    """What happened to one stage on this article (provenance of the record)."""

    stage: str  # name@version
    status: Literal["ok", "failed", "skipped"]
    error: str | None = None


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    source: Source = field(default_factory=Source)
    language: str = "und"
    title: str | None = None
    lead: str | None = None
    blocks: tuple[Block, ...] = ()
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline: tuple[StageRun, ...] = ()
    schema: str = SCHEMA

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def content_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.is_content)

    def is_content(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) lies inside a block of the article's own reporting."""
        end = start + 1 if end is None else end
        for b in self.blocks:
            if b.start <= start and end <= b.end:
                return b.is_content
        return not self.blocks  # an article without block analysis is all content

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        out = to_jsonable(self)
        assert isinstance(out, dict)
        # schema first, as documented
        return {"schema": out.pop("schema"), **out}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        schema = data.get("schema", SCHEMA)
        if not str(schema).startswith(SCHEMA_FAMILY):
            from .errors import RecordError

            raise RecordError(
                f"unknown record schema {schema!r}", hint=f"expected {SCHEMA_FAMILY}.x"
            )
        return from_jsonable(cls, dict(data))

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


# --------------------------------------------------------------------------------------------
# Generic, exact (de)serialisation of the frozen dataclasses above.

T = TypeVar("T")


def to_jsonable(obj: Any) -> Any:
    """Turn records into JSON-compatible values (dicts, lists, scalars)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def from_jsonable(tp: Any, value: Any) -> Any:
    """Inverse of :func:`to_jsonable` for the annotated type ``tp``."""
    origin = typing.get_origin(tp)
    if value is None:
        return None
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object for {tp.__name__}, got {type(value).__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = from_jsonable(hints[f.name], value[f.name])
        return tp(**kwargs)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return from_jsonable(args[0], value)
        return value
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        return tuple(from_jsonable(item_type, v) for v in value)
    if origin in (Mapping, dict) or tp in (dict, Mapping):
        return dict(value)
    if origin is Literal:
        return value
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return value
    return value
