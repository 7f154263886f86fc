"""Turning raw bytes into text: binary sniffing, size limits, encoding detection, NFC.

The order of checks is deliberate, so every bad input gets one precise reason:

1. empty (0 bytes, or only whitespace once decoded),
2. too large (``max_bytes``, default :data:`DEFAULT_MAX_BYTES`, configurable),
3. a known binary format by its magic number (PDF, PNG, JPEG, GIF, gzip, zip, ...),
4. UTF-8 with or without BOM, UTF-16 with a BOM,
5. anything else through ``charset-normalizer`` (cp1252, latin-1, ...); bytes that decode to
   text with many control characters are rejected as undecodable.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from ..errors import UnsupportedInput

#: Default limit for one input file (text, HTML or JSON).  ``NEWSGRAPH_MAX_BYTES`` overrides it.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)

_TEXT_HINT = "newsgraph reads plain text, HTML and JSON/JSONL files"


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes plus the encoding that was used."""

    text: str
    encoding: str


def max_bytes_default() -> int:
    """The size limit: ``$NEWSGRAPH_MAX_BYTES`` when set, else :data:`DEFAULT_MAX_BYTES`."""
    env = os.environ.get("NEWSGRAPH_MAX_BYTES")
    if env and env.strip().isdigit():
        return int(env.strip())
    return DEFAULT_MAX_BYTES


def _control_bytes(sample: bytes) -> bool:
    """True when ``sample`` holds bytes that no text file has (NUL and other C0 controls)."""
    return any(b < 9 or 13 < b < 32 and b != 27 for b in sample)


def sniff_binary(head: bytes) -> str | None:
    """Name of the binary format ``head`` starts with, or None when it may be text."""
    sample = head[:4096]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            # A signature made only of printable ASCII ("MZ", "BZh", "ID3", "RIFF") can also
            # start a text ("MZ-Redaktion ..."): trust it only with binary evidence after it.
            short_text_like = len(magic) <= 4 and all(32 <= b < 127 for b in magic)
            if short_text_like and not _control_bytes(sample):
                continue
            return name
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with BOM is text
    if sample and sample.count(b"\x00") > len(sample) // 100:
        return "binary data (NUL bytes)"
    return None


def check_size(size: int, *, path: str | None, max_bytes: int | None = None) -> None:
    limit = max_bytes_default() if max_bytes is None else max_bytes
    if size > limit:
        raise UnsupportedInput(
            f"file too large ({size / 1_048_576:.1f} MB, limit {limit / 1_048_576:.1f} MB)",
            path=path,
            hint="split it into articles, or raise the limit with --max-bytes / NEWSGRAPH_MAX_BYTES",
        )


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v") or ch == "\ufffd"
    )
    return bad / len(sample)


def _plausible(text: str) -> bool:
    """Most characters of real text are letters, digits, spaces or punctuation."""
    sample = text[:20000]
    if not sample:
        return True
    ok = 0
    prev = " "
    for ch in sample:
        cat = unicodedata.category(ch)[0]
        # combining marks count only on a base letter (NFD umlauts), not on their own
        if ch.isalnum() or ch.isspace() or cat in "PSZ" or (cat == "M" and prev.isalpha()):
            ok += 1
        prev = ch
    return ok / len(sample) >= 0.95


def decode_bytes(data: bytes, *, path: str | None = None, max_bytes: int | None = None) -> Decoded:
    """Decode the bytes of one input, or raise :class:`UnsupportedInput` saying why not."""
    if not data.strip():
        raise UnsupportedInput("empty input (no text)", path=path, hint=_TEXT_HINT)
    check_size(len(data), path=path, max_bytes=max_bytes)
    kind = sniff_binary(data[:4096])
    if kind is not None:
        raise UnsupportedInput(f"binary file ({kind}), not text", path=path, hint=_TEXT_HINT)
    decoded = _decode(data)
    if decoded is None or _control_ratio(decoded.text) > 0.01 or not _plausible(decoded.text):
        raise UnsupportedInput(
            "undecodable bytes: not UTF-8, cp1252/latin-1 or another text encoding",
            path=path,
            hint="convert the file to UTF-8 (e.g. iconv -f SOURCE -t UTF-8)",
        )
    text = unicodedata.normalize("NFC", decoded.text.lstrip("\ufeff"))
    if not text.strip():
        raise UnsupportedInput("empty input (only whitespace)", path=path, hint=_TEXT_HINT)
    return Decoded(text, decoded.encoding)


def _decode(data: bytes) -> Decoded | None:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)
    if not _plausible(text):
        # cp1252 bytes that happen to form valid but implausible UTF-8 ("Ö–" -> U+0596)
        return _western_cp1252(data) or Decoded(text, "utf-8")
    return Decoded(text, "utf-8")


#: Non-ASCII characters of ordinary German/Western European news text.  When every non-ASCII
#: character of a cp1252 reading is one of these, cp1252 is taken without guessing further
#: (charset-normalizer is unreliable on short inputs with only a few umlauts).
_WESTERN = frozenset(
    "äöüÄÖÜßéèêëàâáçñíìîïóòôúùûÉÈÊÀÂÇÑÍÓÔÚ„“”‚‘’–—…€«»°§·´²³µ½¼¾\u00a0"
)


def _western_cp1252(data: bytes) -> Decoded | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(ch in _WESTERN for ch in text if ord(ch) > 127):
        return Decoded(text, "cp1252")
    return None


def _detect(data: bytes) -> Decoded | None:
    """cp1252 / latin-1 / other 8-bit encodings via charset-normalizer, preferring cp1252."""
    western = _western_cp1252(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None:
        return None
    encoding = best.encoding
    if encoding.startswith(("utf_16", "utf_32")):
        return None  # without a BOM this is a guess that turns binary junk into CJK
    # Western European 8-bit text: cp1252 is a superset of latin-1 for printable characters
    # and is what Windows tools write; charset-normalizer often names a sibling encoding.
    if encoding in {"latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp1252"}:
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            return Decoded(data.decode("latin-1"), "latin-1")
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        return None
