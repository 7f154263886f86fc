"""Shared fixtures.  Tests that need ../shared/data use ``shared_data`` and skip without it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.doc import Doc
from newsgraph.pipeline import load_stage
from newsgraph.record import Article, Source

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; the test is skipped when it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data not available")
    return path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


#: the stages a claim record needs: tags, entities and their resolution, times, claims
CLAIM_STAGES = ("nlp", "entities", "resolve", "times", "claims")


@pytest.fixture(scope="session")
def claims_doc() -> Callable[[str], Doc]:
    """Runs the default stages up to claims on a text (published 2024-05-08), as in production."""
    stages = [load_stage(name) for name in CLAIM_STAGES]

    def run(text: str) -> Doc:
        doc = Doc(article=Article(id="t", text=text, source=Source(published="2024-05-08")))
        for stage in stages:
            stage(doc)
        return doc

    return run
