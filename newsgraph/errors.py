"""The one exception hierarchy of newsgraph.

Every error a user can cause is a :class:`NewsgraphError` whose message says what was wrong
and how to fix it.  Batch commands catch ``NewsgraphError`` per article, report it and go on.

    NewsgraphError
    ├── InputError            a file or record that cannot be read as an article
    │   ├── InputNotFound     the path does not exist
    │   ├── UnsupportedInput  binary, empty, too large, unknown format
    │   └── RecordError       JSON without ``text``, bad field types
    ├── ConfigError           bad option values (dates, languages, model names)
    ├── PipelineError         stage composition is wrong (missing requirement, unknown stage)
    │   └── StageFailed       a stage raised while processing one article
    ├── ModelError            shipped or user model weights missing/corrupt, optional model absent
    ├── StoreError            the SQLite store cannot be opened, written or migrated
    ├── MissingDependency     an optional extra is not installed (message has the pip hint)
    └── EvalError             evaluation data missing or in the wrong format
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if hint is None else f"{message} ({hint})")


class InputError(NewsgraphError):
    """An input (file, stdin, record) cannot be turned into an article."""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message, hint=hint)


class InputNotFound(InputError):
    """The path given does not exist."""


class UnsupportedInput(InputError):
    """The input is binary, empty, too large, or in a format newsgraph does not read."""


class RecordError(InputError):
    """A JSON/JSONL record lacks required fields or has wrong types."""


class ConfigError(NewsgraphError):
    """An option has an invalid value."""


class PipelineError(NewsgraphError):
    """The pipeline cannot be composed as asked (unknown stage, unmet requirement)."""


class StageFailed(PipelineError):
    """A stage raised while processing one article."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        self.stage = stage
        self.cause = cause
        super().__init__(
            f"stage {stage!r} failed: {type(cause).__name__}: {cause}",
            hint="run with --on-error raise to see the traceback, or report the input",
        )


class ModelError(NewsgraphError):
    """Model weights are missing, corrupt or incompatible."""


class StoreError(NewsgraphError):
    """The embedded store cannot be opened, migrated or written."""


class MissingDependency(NewsgraphError):
    """An optional dependency is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"this feature needs the optional package {package!r}",
            hint=f"pip install 'newsgraph[{extra}]'",
        )


class EvalError(NewsgraphError):
    """Evaluation data is missing or malformed."""
