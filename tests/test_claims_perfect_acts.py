"""Perfect and pluperfect speech acts that stay background (invented German sentences,
hand-tagged as ``word/TAG``): guards for any widening of the perfect-tense rule of
``frame_shapes._perfect_demand`` (on german_news_quotes train the annotators mark about one in
ten perfect or pluperfect speech acts as Reported; criticism, refusals and pluperfect
announcements not at all)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def _reported(doc: object) -> list[tuple[str, str, str]]:
    return [row for row in layer(doc) if row[0] == "Reported"]  # type: ignore[arg-type]


def test_named_demand_in_the_present_perfect_is_reported() -> None:
    doc = tagged(
        "Die/ART Partei/NN Volt/NE hat/VAFIN eine/ART Prüfung/NN der/ART Verträge/NN "
        "gefordert/VVPP ./$."
    )
    assert _reported(doc) == [
        (
            "Reported",
            "Die Partei Volt hat eine Prüfung der Verträge gefordert.",
            "Die Partei Volt",
        )
    ]


def test_perfect_demand_in_a_subordinate_clause_stays_background() -> None:
    doc = tagged(
        "Die/ART Straße/NN bleibt/VVFIN gesperrt/VVPP ,/$, weil/KOUS die/ART Partei/NN Volt/NE "
        "eine/ART Prüfung/NN gefordert/VVPP hat/VAFIN ./$."
    )
    assert _reported(doc) == []


def test_perfect_criticism_of_a_named_speaker_stays_background() -> None:
    doc = tagged("Minister/NN Max/NE Huber/NE hat/VAFIN die/ART Pläne/NN kritisiert/VVPP ./$.")
    assert _reported(doc) == []


def test_pluperfect_announcement_of_a_named_speaker_stays_background() -> None:
    doc = tagged(
        "Ministerin/NN Eva/NE Berg/NE hatte/VAFIN eine/ART Reform/NN angekündigt/VVPP ./$."
    )
    assert _reported(doc) == []


def test_passive_demand_without_agent_stays_background() -> None:
    doc = tagged("Eine/ART Prüfung/NN der/ART Verträge/NN wurde/VAFIN gefordert/VVPP ./$.")
    assert _reported(doc) == []
