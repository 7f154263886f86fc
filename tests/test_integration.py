"""End to end: the full default pipeline on one small fictional German article.

The article (``tests/data/integration/grenzbruecke.txt``, invented people and story) has the
layout of a web text dump: section line, title, lead, a caption glued to its credit, body
paragraphs with direct, indirect and reported speech, a related-article line and a
subscription appeal.  The record must validate against the published JSON Schema, pass every
consistency check of ``bench/record_checks.py`` and carry the obvious facts of the story.
A second group of tests breaks one stage at a time and checks that
``Pipeline.default(on_error="record")`` still produces a sound record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.record_checks import check_record
from newsgraph.doc import Doc
from newsgraph.io.readers import read_path
from newsgraph.pipeline import BaseStage, Pipeline
from newsgraph.record import Article, Block, Claim, Entity, Event, Span, TimeExpr

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "tests" / "data" / "integration" / "grenzbruecke.txt"
SCHEMA = REPO / "docs" / "schema" / "article.schema.json"


def read_article() -> Article:
    items = list(read_path(ARTICLE))
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Article), item
    return item


@pytest.fixture(scope="module")
def default_pipeline() -> Pipeline:
    return Pipeline.default(on_error="raise")


@pytest.fixture(scope="module")
def record(default_pipeline: Pipeline) -> Article:
    return default_pipeline.run(read_article())


def stage_names(pipe: Pipeline) -> set[str]:
    return {s.name for s in pipe.stages}


def test_every_stage_ran(record: Article, default_pipeline: Pipeline) -> None:
    assert [r.stage for r in record.pipeline] == default_pipeline.names
    assert all(r.status == "ok" for r in record.pipeline), record.pipeline


def test_record_validates_against_schema(record: Article) -> None:
    if not SCHEMA.is_file():
        pytest.skip("docs/schema/article.schema.json not present")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(record.to_dict())]
    assert errors == []


def test_record_is_consistent(record: Article) -> None:
    assert [str(p) for p in check_record(record)] == []
    assert Article.from_json(record.to_json()) == record


def test_layout_is_recognised(record: Article) -> None:
    kinds = [b.kind for b in record.blocks]
    for kind in ("section", "title", "lead", "caption", "credit", "body", "related", "appeal"):
        assert kind in kinds, kinds
    credit = next(b for b in record.blocks if b.kind == "credit")
    assert record.text[credit.start:credit.end].startswith("Foto:")
    assert record.title is not None and record.title.startswith("Brücke nach Polen")


def test_story_facts(record: Article, default_pipeline: Pipeline) -> None:
    names = stage_names(default_pipeline)
    if "resolve" in names:
        person = next((e for e in record.entities
                       if e.type == "PERSON" and "Olschewski" in e.name), None)
        assert person is not None, [e.name for e in record.entities]
        if "claims" in names:
            direct = [c for c in record.claims if c.form == "direct"]
            assert any(c.speaker == person.id for c in direct), record.claims
    if "times" in names:
        # "am Dienstag" before the dateline date Wednesday 4 June 2025
        assert any(t.text == "Dienstag" and t.value == "2025-06-03" for t in record.times)
    if "quantities" in names:
        assert any(q.value == 12_000_000 and q.unit == "EUR" for q in record.quantities)
    if "events" in names:
        assert any(e.type == "PROTEST" for e in record.events), record.events


# ---- a stage that raises ---------------------------------------------------------------------


class HalfWritingFailure(Exception):
    pass


def _breaking_call(self: Any, doc: Doc) -> None:
    """Write something into the record and the working layers, then fail."""
    doc.update(times=(TimeExpr("t-bad", 0, 5, doc.text[:5], "XXXX"),))
    doc.layers["half-written"] = self.name
    raise HalfWritingFailure(f"{self.name} broke")


def _dependents(pipe: Pipeline, failed: str) -> set[str]:
    """Stages that must be skipped when ``failed`` fails (transitively)."""
    provided: set[str] = {"text", "source"}
    skipped: set[str] = set()
    for s in pipe.stages:
        if s.name == failed:
            continue
        if all(r in provided for r in s.requires):
            provided.update(s.provides)
        else:
            skipped.add(s.name)
    return skipped


@pytest.mark.parametrize("broken", ["structure", "nlp", "entities", "times", "claims", "events"])
def test_record_policy_survives_a_raising_stage(monkeypatch: pytest.MonkeyPatch,
                                                broken: str) -> None:
    probe = Pipeline.default(on_error="record")
    stage = next((s for s in probe.stages if s.name == broken), None)
    if stage is None:
        pytest.skip(f"stage {broken} not installed")
    monkeypatch.setattr(type(stage), "__call__", _breaking_call)
    pipe = Pipeline.default(on_error="record")
    rec = pipe.run(read_article())
    status = {r.stage.partition("@")[0]: r for r in rec.pipeline}
    assert status[broken].status == "failed"
    assert "HalfWritingFailure" in (status[broken].error or "")
    skipped = _dependents(pipe, broken)
    for name, run in status.items():
        if name != broken:
            assert run.status == ("skipped" if name in skipped else "ok"), (name, run)
    assert all(t.id != "t-bad" for t in rec.times), "a failed stage's partial output leaked"
    assert [str(p) for p in check_record(rec)] == []


def test_custom_failing_stage_in_the_default_pipeline() -> None:
    class Exploding(BaseStage):
        name = "exploding"
        version = "0"
        requires = ("tokens",)
        provides = ("fireworks",)

        def __call__(self, doc: Doc) -> None:
            raise ZeroDivisionError("boom")

    class NeedsFireworks(BaseStage):
        name = "after"
        version = "0"
        requires = ("fireworks",)

        def __call__(self, doc: Doc) -> None:  # pragma: no cover - must be skipped
            raise AssertionError("ran although its requirement failed")

    default = Pipeline.default(on_error="record")
    if "nlp" not in stage_names(default):
        pytest.skip("no tokenizer installed")
    extra: list[Any] = [Exploding(), NeedsFireworks()]  # BaseStage uses ClassVars
    pipe = Pipeline([*default.stages, *extra], on_error="record")
    rec = pipe.run(read_article())
    runs = {r.stage: r for r in rec.pipeline}
    assert runs["exploding@0"].status == "failed"
    assert runs["exploding@0"].error == "ZeroDivisionError: boom"
    assert runs["after@0"].status == "skipped"
    assert all(runs[n].status == "ok" for n in default.names)
    assert [str(p) for p in check_record(rec)] == []
    with pytest.raises(Exception, match="boom"):
        Pipeline([*default.stages, extra[0]], on_error="raise").run(read_article())


# ---- the checks themselves must catch broken records ----------------------------------------


def test_checks_catch_broken_records() -> None:
    text = "Berlin\n\nDer Minister sagte, die Lage sei ernst.\nFoto: Agentur"
    good = Article(
        id="x", text=text,
        blocks=(Block("title", 0, 6), Block("body", 8, 48), Block("credit", 49, len(text))),
        entities=(Entity("e1", "GPE", "Berlin", mentions=(Span(0, 6, "Berlin"),)),),
        times=(TimeExpr("t1", 12, 19, text[12:19], "XXXX"),),
        claims=(Claim("c1", Span(27, 47, text[27:47]), "indirect", "reported", speaker="e1",
                      said="t1"),),
    )
    assert check_record(good) == []

    def kinds(a: Article) -> set[str]:
        return {p.check for p in check_record(a)}

    assert kinds(good.replace(times=(TimeExpr("t1", 19, 12, "", "XXXX"),))) == {"offset"}
    assert kinds(good.replace(times=(TimeExpr("t1", 12, 19, "Mister", "XXXX"),))) == {"span-text"}
    two = (TimeExpr("t1", 12, 19, text[12:19], "XXXX"), TimeExpr("t2", 15, 19, text[15:19], "X"))
    assert kinds(good.replace(times=two, claims=())) == {"overlap"}
    digits = Article(id="d", text="Der Zug 1215 fuhr.", times=(TimeExpr("t1", 10, 12, "15", "XXXX"),))
    assert kinds(digits) == {"boundary"}
    bad_claim = good.claims[0].__class__("c1", good.claims[0].content, "indirect", "reported",
                                         speaker="e9", said="e1")
    assert kinds(good.replace(claims=(bad_claim,))) == {"dangling"}
    assert kinds(good.replace(events=(Event("e1", "PROTEST", Span(12, 19, text[12:19])),))) \
        == {"duplicate"}
    assert kinds(good.replace(times=(TimeExpr("t1", 12, 19, text[12:19], "2023-02-29"),))) \
        == {"value"}
    assert kinds(good.replace(times=(TimeExpr("t1", 12, 19, text[12:19], "XXXX-02-29"),))) \
        == set()
    credit = Span(55, len(text), text[55:])
    assert kinds(good.replace(entities=(Entity("e1", "ORG", "Agentur", mentions=(credit,)),))) \
        == {"non-content"}


def test_lone_surrogate_in_json_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "Der Kanzler sagte \\udcff am Montag nichts."}\n'
                    '{"text": "Der Minister sagte, es sei gut."}\n', encoding="utf-8")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    first = items[0]
    assert isinstance(first, Article) and "\ufffd" in first.text
    first.text.encode("utf-8")  # a valid string for JSON output and the store
