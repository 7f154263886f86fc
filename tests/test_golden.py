"""Golden-file test of the bundled examples (fields owned by readers, structure, language).

After an intended change run ``python -m tests.update_goldens`` and review the diff.
"""

from __future__ import annotations

import json

import pytest
from goldens_lib import EXAMPLES, current, golden_path

CURRENT = current()


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()))
def test_example_matches_golden(name: str) -> None:
    path = golden_path(name)
    assert path.exists(), f"no golden for {name}: run python -m tests.update_goldens"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert CURRENT[name] == expected, (
        f"{name} changed; if intended, run `python -m tests.update_goldens` and review the diff"
    )


def test_no_stale_goldens() -> None:
    names = {p.name for p in EXAMPLES.iterdir()}
    stale = [p.name for p in golden_path("x").parent.glob("*.json") if p.stem not in names]
    assert not stale, f"goldens without an example: {stale}"
