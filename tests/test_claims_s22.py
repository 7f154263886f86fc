"""Session 22: claim records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import speaker_entity_name

from newsgraph.doc import Doc


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # the country's side speaks: the state the article names
        (
            "Bei den Gefechten wurden nach georgischen Angaben zwölf Soldaten getötet. "
            "Georgien hatte die Grenze am Montag geschlossen.",
            "zwölf Soldaten",
            "Georgia",
        ),
        # a country the article never names: the nationality itself
        ("Laut armenischen Angaben ist die Lage ruhig.", "Lage ruhig", "Armenian"),
        # the press of a country is not the country
        ("Laut georgischen Medien ist die Lage in Georgien ruhig.", "Lage in", None),
        # an organisation with a nationality adjective speaks itself
        (
            "Nach Angaben der georgischen Armee wurden zwölf Soldaten getötet.",
            "zwölf Soldaten",
            None,
        ),
    ],
)
def test_a_nationality_with_a_statement_noun_is_the_country_speaking(
    claims_doc: Callable[[str], Doc], text: str, content: str, name: str | None
) -> None:
    found = speaker_entity_name(claims_doc(text), content)
    if name is None:
        assert found not in ("Georgia", "Georgian")
    else:
        assert found == name
