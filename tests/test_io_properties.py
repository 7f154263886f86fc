"""Property tests for the readers and round trips (hypothesis)."""

from __future__ import annotations

import io
import json
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsgraph.io.compose import compose_text
from newsgraph.io.ids import normalise_text
from newsgraph.io.readers import read_bytes, read_stdin
from newsgraph.pipeline import Pipeline
from newsgraph.record import Article
from newsgraph.structure import StructureStage

# printable text with German letters, typographic quotes/dashes and line breaks
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß0123456789 .,;:!?()-–—„“”'\"\n")
)
TEXT = st.text(alphabet=ALPHABET, min_size=1, max_size=400).filter(lambda s: any(c.isalnum() for c in s))
WORDY = st.lists(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüß")), min_size=1, max_size=12),
                 min_size=1, max_size=40).map(" ".join)

PIPE = Pipeline([StructureStage()])


def _one(items: list[object]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_text_survives_any_supported_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if encoding == "cp1252" and data != text.encode("utf-8"):
        try:
            as_utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            # genuinely ambiguous: these bytes are also plausible UTF-8 ("Ä–" = "Ė",
            # "Ü„" = "܄" punctuation, "Ö–" = U+0596 a combining mark, "ß„" = U+07C4 a
            # digit); UTF-8 wins by design
            assume(not any(ch.isalpha() or unicodedata.category(ch)[0] in "PSMN"
                           for ch in as_utf8 if ord(ch) > 127))
    a = _one(list(read_bytes(data, name="x", path=None)))
    assert a.text == normalise_text(text)
    assert unicodedata.is_normalized("NFC", a.text)


@given(WORDY, st.one_of(st.none(), WORDY))
@settings(max_examples=100)
def test_jsonl_round_trip(body: str, title: str | None) -> None:
    rec = {"text": body} if title is None else {"text": body, "title": title}
    line = json.dumps(rec, ensure_ascii=False) + "\n"
    a = _one(list(read_stdin(stream=io.BytesIO((line + line).encode("utf-8"))))[:1])
    assert a.text == compose_text(body, title)
    if title and title.strip():
        assert a.title == " ".join(title.split())
    assert Article.from_json(a.to_json()) == a


@given(st.lists(TEXT, min_size=1, max_size=8))
@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
def test_blocks_are_ordered_within_text_and_cover_every_word(paragraphs: list[str]) -> None:
    a = PIPE.run(_one(list(read_bytes("\n\n".join(paragraphs).encode(), name="x", path=None))))
    last = 0
    for b in a.blocks:
        assert last <= b.start < b.end <= len(a.text)
        last = b.end
    covered = "".join(a.text[b.start : b.end] for b in a.blocks)
    assert "".join(covered.split()) == "".join(a.text.split())
    assert Article.from_json(a.to_json()) == a
