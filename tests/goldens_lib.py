"""Golden files of the fields the foundation stages own (structure, language, readers).

Only ``id``, ``source``, ``language``, ``title``, ``lead`` and ``blocks`` are compared, so the
goldens do not change when later stages (entities, claims, events, ...) improve.  Regenerate
after an intended change with::

    python -m tests.update_goldens
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.io.readers import read_path
from newsgraph.language import LanguageStage
from newsgraph.pipeline import Pipeline
from newsgraph.record import Article
from newsgraph.structure import StructureStage

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"
GOLDENS = Path(__file__).resolve().parent / "goldens"


def owned_fields(a: Article) -> dict[str, Any]:
    d = a.to_dict()
    src = dict(d["source"])
    if src.get("path"):
        src["path"] = Path(src["path"]).relative_to(REPO).as_posix()
    return {
        "id": d["id"],
        "source": src,
        "language": d["language"],
        "title": d["title"],
        "lead": d["lead"],
        "blocks": [
            {**b, "text": a.text[b["start"] : b["end"]][:80]} for b in d["blocks"]
        ],
    }


def current() -> dict[str, list[dict[str, Any]]]:
    pipe = Pipeline([StructureStage(), LanguageStage()])
    out: dict[str, list[dict[str, Any]]] = {}
    for f in sorted(EXAMPLES.iterdir()):
        records = []
        for item in read_path(f):
            assert isinstance(item, Article), item
            records.append(owned_fields(pipe.run(item)))
        out[f.name] = records
    return out


def golden_path(name: str) -> Path:
    return GOLDENS / f"{name}.json"


def write_all() -> list[Path]:
    GOLDENS.mkdir(exist_ok=True)
    written = []
    for name, records in current().items():
        p = golden_path(name)
        p.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(p)
    return written
