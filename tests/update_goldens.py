"""Regenerate the golden files: ``python -m tests.update_goldens`` (from the repository root)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldens_lib import write_all  # noqa: E402

if __name__ == "__main__":
    for p in write_all():
        print(f"wrote {p}")
