"""Stages and the one pipeline runner that composes them.

A stage is a small object with a versioned ``name``, the capabilities it ``requires`` and
``provides``, and a ``__call__(doc)`` that reads and extends a :class:`~newsgraph.doc.Doc`.
Stages are registered by name in :data:`STAGES` (lazy ``module:Class`` references, so importing
newsgraph stays cheap and a heavy stage only loads when used).

The runner checks the composition up front (every requirement is provided by an earlier
stage) and applies a per-stage error policy:

* ``on_error="raise"`` (tests, the Python API default): a failing stage raises
  :class:`~newsgraph.errors.StageFailed`.
* ``on_error="record"`` (batch commands): the failure is logged in ``article.pipeline``,
  the stage's outputs stay empty, and the stages that need them are skipped.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol, runtime_checkable

from .doc import Doc
from .errors import PipelineError, StageFailed
from .record import Article, StageRun

ErrorPolicy = Literal["raise", "record"]


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Doc) -> None: ...


class BaseStage:
    """Convenience base class: subclasses set the class attributes and implement ``__call__``."""

    name: ClassVar[str] = "base"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **config: Any) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<stage {self.name}@{self.version}>"


#: Registered stages, in default order.  Values are ``"module:Class"`` references.
STAGES: Mapping[str, str] = {
    "structure": "newsgraph.structure:StructureStage",
    "language": "newsgraph.language:LanguageStage",
    "nlp": "newsgraph.nlp.stage:NlpStage",
    "entities": "newsgraph.ner.stage:EntitiesStage",
    "resolve": "newsgraph.resolve.stage:ResolveStage",
    "times": "newsgraph.temporal.stage:TimesStage",
    "quantities": "newsgraph.quantities:QuantitiesStage",
    "claims": "newsgraph.claims.stage:ClaimsStage",
    "events": "newsgraph.events.stage:EventsStage",
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGES)


def load_stage(name: str, **config: Any) -> Stage:
    """Instantiate a registered stage by name (``"times"``) or by ``"module:Class"``."""
    ref = STAGES.get(name, name)
    if ":" not in ref:
        raise PipelineError(
            f"unknown stage {name!r}", hint=f"known stages: {', '.join(STAGES)}"
        )
    module_name, _, cls_name = ref.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise PipelineError(
                f"stage {name!r} is not available in this installation ({module_name} missing)"
            ) from exc
        raise
    cls = getattr(module, cls_name)
    stage = cls(**config)
    if not isinstance(stage, Stage):
        raise PipelineError(f"{ref} does not implement the Stage protocol")
    return stage


def available_stages(names: Iterable[str] = DEFAULT_STAGES) -> list[str]:
    """The registered stage names whose modules are importable in this installation."""
    out = []
    for name in names:
        module_name = STAGES[name].partition(":")[0]
        if importlib.util.find_spec(module_name.rsplit(".", 1)[0]) is None:
            continue
        try:
            if importlib.util.find_spec(module_name) is not None:
                out.append(name)
        except ModuleNotFoundError:
            continue
    return out


@dataclass
class Pipeline:
    """An ordered list of stages and an error policy.

    >>> pipe = Pipeline.default()
    >>> article = pipe.run(newsgraph.io.read_text("..."))   # doctest: +SKIP
    """

    stages: Sequence[Stage]
    on_error: ErrorPolicy = "raise"

    def __post_init__(self) -> None:
        provided: set[str] = {"text", "source"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing} but no earlier stage provides it",
                    hint="add the providing stage before it or drop this stage",
                )
            provided.update(stage.provides)

    @classmethod
    def default(
        cls,
        *,
        on_error: ErrorPolicy = "raise",
        disable: Iterable[str] = (),
        config: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Pipeline:
        """The default pipeline: every registered stage that is installed, in order.

        ``disable`` drops stages (and the stages that require their outputs); ``config``
        passes keyword options per stage name (``{"nlp": {"model": "de_core_news_lg"}}``).
        """
        config = config or {}
        skip = set(disable)
        stages: list[Stage] = []
        provided: set[str] = {"text", "source"}
        for name in available_stages():
            if name in skip:
                continue
            stage = load_stage(name, **dict(config.get(name, {})))
            if all(r in provided for r in stage.requires):
                stages.append(stage)
                provided.update(stage.provides)
        return cls(stages, on_error=on_error)

    @property
    def names(self) -> list[str]:
        return [f"{s.name}@{s.version}" for s in self.stages]

    def __call__(self, article: Article, **options: Any) -> Article:
        return self.run(article, **options)

    def run(self, article: Article, **options: Any) -> Article:
        doc = Doc(article=article, options=dict(options))
        doc.provided.update({"text", "source"})
        runs: list[StageRun] = []
        for stage in self.stages:
            label = f"{stage.name}@{stage.version}"
            missing = [r for r in stage.requires if r not in doc.provided]
            if missing:
                runs.append(StageRun(label, "skipped", f"missing {', '.join(missing)}"))
                continue
            saved = (doc.article, list(doc.tokens), list(doc.sentences), list(doc.mentions),
                     dict(doc.layers))
            try:
                stage(doc)
            except Exception as exc:  # noqa: BLE001 - the policy decides
                if self.on_error == "raise":
                    raise StageFailed(stage.name, exc) from exc
                # a failed stage leaves nothing behind: its outputs stay empty
                doc.article, tokens, doc.sentences, doc.mentions, doc.layers = saved
                doc.set_tokens(tokens)
                runs.append(StageRun(label, "failed", f"{type(exc).__name__}: {exc}"))
                continue
            doc.provided.update(stage.provides)
            runs.append(StageRun(label, "ok"))
        doc.update(pipeline=tuple(runs))
        return doc.article

    def run_doc(self, article: Article, **options: Any) -> Doc:
        """Like :meth:`run` but returns the working :class:`Doc` (tokens, mentions, layers)."""
        doc = Doc(article=article, options=dict(options))
        doc.provided.update({"text", "source"})
        for stage in self.stages:
            if all(r in doc.provided for r in stage.requires):
                stage(doc)
                doc.provided.update(stage.provides)
        return doc
