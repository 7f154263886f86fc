"""Stable article ids: the same content always gets the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """NFC-normalise, unify line endings, drop a BOM and trailing whitespace per line.

    Typographic quotes and dashes are preserved: they matter for quote detection.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def content_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
