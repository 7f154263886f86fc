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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mehreren früheren Bistumsverantwortlichen werfen die Anwälte schwere Versäumnisse "
            "vor, sie hätten Täter nur versetzt.",
            "die Anwälte",
        ),
        ("Mehreren Ministern warfen die Gutachter vor, sie hätten gelogen.", "die Gutachter"),
        # the nominative of the quantifier is the subject
        ("Mehrere Minister warfen der Regierung vor, sie habe gelogen.", "Mehrere Minister"),
    ],
)
def test_a_quantifier_in_the_dative_plural_opens_an_object_vorfeld(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert [s for _, _, s in layer(claims_doc(text))][:1] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Informationen der „Märkischen Allgemeinen“ forderten mehrere Kreisvorsitzende "
            "in einer Telefonschalte, den Landesvorstand neu zu wählen.",
            "mehrere Kreisvorsitzende",
        ),
        (
            "Laut einem Bericht der „Ostsee-Zeitung“ verlangten zahlreiche Abgeordnete am "
            "Montag, die Abstimmung zu verschieben.",
            "zahlreiche Abgeordnete",
        ),
    ],
)
def test_a_quantifier_opens_the_subject_after_the_verb(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert speaker in [s for _, _, s in layer(claims_doc(text))]
