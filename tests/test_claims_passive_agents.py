"""Passive `wie`-frames whose `von` phrase names the speaker (`passive_agents.wie_agent`), on
invented hand-tagged sentences in the ``word/TAG[/morph]`` notation of ``test_claims_speakers.py``.
"""

from __future__ import annotations

from test_claims_speakers import speakers, tagged


def test_elliptic_passive_names_its_agent() -> None:
    # `wie vom Landgericht entschieden`: no auxiliary, the `vom` phrase is the source
    doc = tagged(
        "Die/ART Regel/NN verstoße/VVFIN ,/$, wie/PWAV schon/ADV vom/APPRART Landgericht/NN "
        "vorab/ADV entschieden/VVPP ,/$, gegen/APPR das/ART Gesetz/NN ./$."
    )
    found = speakers(doc)
    assert "Landgericht" in found, found


def test_elliptic_passive_agent_with_article() -> None:
    doc = tagged(
        "Die/ART Brücke/NN sei/VAFIN marode/ADJD ,/$, wie/PWAV von/APPR der/ART Stadt/NN "
        "mitgeteilt/VVPP ./$."
    )
    found = speakers(doc)
    assert any(s and s.endswith("der Stadt") for s in found), found


def test_active_wie_clause_keeps_its_subject() -> None:
    # `wie die Ministerin von der Baustelle berichtet hatte`: the clause has its own subject
    doc = tagged(
        "Die/ART Brücke/NN sei/VAFIN marode/ADJD ,/$, wie/PWAV die/ART Ministerin/NN "
        "von/APPR der/ART Baustelle/NN berichtet/VVPP hatte/VAFIN ./$."
    )
    found = speakers(doc)
    assert found, "the comment clause frames the sentence"
    assert "ihrem Sprecher" not in found, found


def test_von_phrase_of_time_is_no_agent() -> None:
    # `wie von Anfang an angekündigt`: `von ... an` is a time phrase, not an agent
    doc = tagged(
        "Der/ART Bau/NN werde/VAFIN teurer/ADJD ,/$, wie/PWAV von/APPR Anfang/NN an/APPR "
        "angekündigt/VVPP ./$."
    )
    found = speakers(doc)
    assert found, "the comment clause frames the sentence"
    assert "Anfang" not in found, found
