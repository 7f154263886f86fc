"""The built-in German tagger (placeholder until the perceptron model is trained)."""

from __future__ import annotations

from functools import lru_cache

from .hanta import HantaTagger


@lru_cache(maxsize=1)
def load_builtin_tagger() -> HantaTagger:
    return HantaTagger()
