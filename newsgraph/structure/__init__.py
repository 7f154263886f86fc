"""Block detection for web-article text dumps (the ``structure`` stage).

Kinds: section, title, lead, caption, credit, body, related, appeal, boilerplate.  Only title,
lead and body carry the article's own reporting; later stages skip the others.  The cues live
in ``cues.yaml`` (general page furniture of news sites, not tuned to any one article).
"""

from .classify import classify_lines
from .stage import StructureStage

__all__ = ["StructureStage", "classify_lines"]
