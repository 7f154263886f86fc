"""Stable article ids: the same content always gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: invisible characters of web text that split words: soft hyphen, zero-width space, word
#: joiner, BOMs inside the text (zero-width (non-)joiners are kept: some scripts need them)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
#: lone UTF-16 surrogates (a JSON "\\udcff" escape): not encodable, they become U+FFFD
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"})


def normalise_text(text: str) -> str:
    """NFC-normalise, unify line endings, drop BOMs, soft hyphens and zero-width spaces, and
    trailing whitespace per line.

    Typographic quotes and dashes are preserved: they matter for quote detection.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = _SURROGATES.sub("\ufffd", text.translate(_INVISIBLE))
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def content_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
