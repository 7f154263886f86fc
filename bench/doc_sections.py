"""Scripts that measure something write their figures into one section of docs/evaluation.md."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "evaluation.md"


def replace_section(heading: str, section: str, path: Path = DOCS) -> None:
    """Replace the section that starts with ``heading`` (up to the next ``## ``) by
    ``section``, or append it; every other section of the page is kept as it is."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Evaluation\n"
    start = text.find(heading)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[nxt:] if nxt >= 0 else "")
    path.write_text(text, encoding="utf-8")
