"""The published JSON Schema (docs/schema/article.schema.json) validates real records and
stays in sync with the dataclasses of newsgraph/record.py."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsgraph.io.batch import build_pipeline, run_with
from newsgraph.io.readers import read_path
from newsgraph.record import (
    Actor,
    Article,
    Block,
    Claim,
    Entity,
    Event,
    Geo,
    Quantity,
    Role,
    Source,
    StageRun,
    TimeExpr,
)

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "docs" / "schema" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def full_record() -> Article:
    text = "Yonhap berichtete, der NIS habe am 4. November mitgeteilt, 5.000 Arbeiter seien verlegt worden."
    a = Article(id="abc", text=text, language="de")
    return a.replace(
        blocks=(Block("body", 0, len(text), "de"),),
        entities=(Entity("e1", "ORG", "Yonhap", {"wikidata": "Q1"}, (a.span(0, 6),),
                         Geo(37.5, 127.0, "city", "KOR")),),
        roles=(Role("e1", "Agentur", None, 0, 6, "Yonhap", "MEDIA"),),
        times=(TimeExpr("t1", 35, 47, text[35:47], "XXXX-11-04", "date", None),),
        quantities=(Quantity("q1", 59, 64, text[59:64], 5000.0, False, None),),
        claims=(Claim("c1", a.span(19, len(text) - 1), "indirect", "reported", "e1", "Yonhap",
                      a.span(7, 17), evidence=(a.span(7, 17),)),),
        events=(Event("v1", "MOBILIZE", a.span(80, 87), actors=(Actor("NIS"),), claim="c1",
                      stance="reported", confidence=0.5, time="t1", time_basis="text"),),
        pipeline=(StageRun("structure@1", "ok"),),
    )


def test_full_record_validates() -> None:
    VALIDATOR.validate(full_record().to_dict())


def test_records_of_examples_validate_with_the_default_pipeline() -> None:
    pipe, load_failures = build_pipeline(on_error="record")
    for item in read_path(REPO / "examples" / "articles"):
        assert isinstance(item, Article)
        record = run_with(pipe, load_failures, item).to_dict()
        errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, f"{item.source.path}: {errors[0].message} at {list(errors[0].path)}"
        for b in record["blocks"]:
            assert 0 <= b["start"] < b["end"] <= len(record["text"])


@pytest.mark.parametrize("bad", [
    {"blocks": [{"kind": "sidebar", "start": 0, "end": 1}]},
    {"source": {"path": None, "url": None, "publisher": None, "section": None,
                "published": "7.11.2025", "published_basis": "user"}},
    {"claims": [{"id": "c1", "form": "direct", "stance": "maybe",
                 "content": {"start": 0, "end": 1, "text": "Y"}}]},
    {"surprise": 1},
])
def test_invalid_records_fail(bad: dict[str, Any]) -> None:
    record = {**full_record().to_dict(), **bad}
    assert not VALIDATOR.is_valid(record)


def _props(*path: str) -> set[str]:
    node: Any = SCHEMA
    for p in path:
        node = node["properties"][p] if p != "[]" else node["items"]
    return set(node["properties"])


@pytest.mark.parametrize("cls,path", [
    (Article, ()), (Source, ("source",)), (Block, ("blocks", "[]")),
    (Entity, ("entities", "[]")), (Role, ("roles", "[]")), (TimeExpr, ("times", "[]")),
    (Quantity, ("quantities", "[]")), (Claim, ("claims", "[]")), (Event, ("events", "[]")),
    (StageRun, ("pipeline", "[]")),
])
def test_schema_lists_every_dataclass_field(cls: type, path: tuple[str, ...]) -> None:
    fields = {f.name for f in dataclasses.fields(cls)}
    assert fields == _props(*path), (
        f"docs/schema/article.schema.json is out of sync with {cls.__name__}: update the schema"
    )
