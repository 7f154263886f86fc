"""Which mention inside a speaker phrase names the speaker (`speaker_records.mention_speaker`):
a person or organisation anywhere in the phrase, a place only when it is the whole phrase."""

from __future__ import annotations

import pytest

from newsgraph.claims.speaker_records import mention_speaker
from newsgraph.doc import Mention


def _speaker(text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    m = Mention(start, start + len(name), name, label, entity="e1")
    return mention_speaker(0, len(text), text, [m], []).entity


@pytest.mark.parametrize(
    ("phrase", "name", "label", "entity"),
    [
        ("Russland", "Russland", "GPE", "e1"),  # the country speaks (`Russland erklärte`)
        ("die Ukraine", "Ukraine", "GPE", "e1"),
        ("the Kremlin", "Kremlin", "LOC", "e1"),
        ("South Korea's spy agency", "South Korea", "GPE", None),  # the agency speaks
        ("die Polizei in Berlin", "Berlin", "GPE", None),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "PERSON", "e1"),
        ("ein Sprecher der Bahn", "Bahn", "ORG", "e1"),  # the organisation a spokesman speaks for
    ],
)
def test_place_names_the_speaker_only_as_the_whole_phrase(
    phrase: str, name: str, label: str, entity: str | None
) -> None:
    assert _speaker(phrase, name, label) == entity
