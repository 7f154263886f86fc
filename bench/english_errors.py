"""Error analysis for the English claims rules on bench/data/english_quotes (development aid).

    python bench/english_errors.py cache dev     # run the upstream stages once, pickle the Docs
    python bench/english_errors.py score dev     # claims stage only on the cached Docs: P/R/F1
    python bench/english_errors.py show dev [--doc 9003]
    python bench/english_errors.py errors dev [--form Reported] [--kind fp|fn|speaker|cue]

Same actions as ``bench/claims_errors.py`` (whose alignment and printing it reuses), on the
English set shipped in the repository; the cache lives in ``$ENGLISH_CACHE`` (default
``/tmp/english_claims_cache``).  Read errors on ``dev`` only; ``test`` is for the final figure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_errors  # noqa: E402

claims_errors.DATA = Path(__file__).resolve().parent / "data/english_quotes"
claims_errors.CACHE = Path(os.environ.get("ENGLISH_CACHE", "/tmp/english_claims_cache"))

if __name__ == "__main__":
    claims_errors.main()
