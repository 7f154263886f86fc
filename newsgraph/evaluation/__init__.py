"""Evaluation commands (``newsgraph eval NAME``).  Each module defines a click ``command``.

Every command prints a readable table and, with ``--json``, the same metrics as one JSON object.
Shared helpers for P/R/F1 and table printing live in :mod:`newsgraph.evaluation.metrics`.
"""

from __future__ import annotations

#: eval sub-command name -> module that defines ``command``
EVAL_COMMANDS: dict[str, str] = {
    "ner": "newsgraph.evaluation.ner",
    "pos": "newsgraph.evaluation.pos",
    "quotes": "newsgraph.evaluation.quotes",
    "claim-records": "newsgraph.evaluation.claim_records",
    "events": "newsgraph.evaluation.events",
    "timex": "newsgraph.evaluation.timex",
    "names": "newsgraph.evaluation.names",
    "entities": "newsgraph.evaluation.entities",
    "blocks": "newsgraph.evaluation.blocks",
}
