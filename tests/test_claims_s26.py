"""Session 26: claims layer and records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import layer

from newsgraph.doc import Doc


@pytest.mark.parametrize(
    "text",
    [
        "Die Vorsitzende sprach von einem „Offenbarungseid“. Künftig werde kaum noch jemand "
        "über regionale Konzerte, Lesungen und Theaterpremieren berichten.",
        "Der Intendant nannte den Plan „falsch“. Künftig werde der Sender über Konzerte, "
        "Lesungen und Theater berichten.",
    ],
)
def test_a_list_of_nouns_before_a_verb_of_saying_is_no_subject(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    # the Konjunktiv sentence goes on with the speaker before it
    (_, _, first), (kind, _, second) = layer(claims_doc(text))
    assert (kind, second) == ("IndirectFreeIndirect", first)
