"""Session 25: claims layer and records, each case an invented text."""

from __future__ import annotations

import pytest

from newsgraph.claims.time_words import duration_unit, time_noun


@pytest.mark.parametrize(
    ("word", "unit", "head"),
    [
        ("tage", True, True),
        ("tagen", True, True),
        ("jahres", True, True),
        ("jahrzehnts", True, True),
        ("sekunden", True, True),
        ("abend", False, True),
        ("wochenende", False, True),
        # no time: a compound with another head, a word that only starts like a unit
        ("tageszeitung", False, False),
        ("monatsbericht", False, False),
        ("stundenlohn", False, False),
        ("minister", False, False),
    ],
)
def test_units_of_time_in_every_inflection_head_a_time_adverbial(
    word: str, unit: bool, head: bool
) -> None:
    assert duration_unit(word) is unit
    assert time_noun(word) is head
