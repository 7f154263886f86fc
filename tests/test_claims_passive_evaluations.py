"""Agentless passive speech acts with an `als` predicate in a sentence without a frame
(claims.passive_evaluations): the reported speech of the last source, or nobody's.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags and morphology of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

#: a frame with a named speaker
_FRAME = (
    "Der/ART Stadtrat/NN Karl/NE Beispiel/NE sagte/VVFIN ,/$, die/ART Brücke/NN "
    "sei/VAFIN/Mood=Sub|Subj=I marode/ADJD ./$. "
)
#: a sentence in the article's voice without any source
_NARRATIVE = "Die/ART Brücke/NN wurde/VAFIN 1960/CARD gebaut/VVPP ./$. "


def _reported(doc_layer: list[tuple[str, str, str | None]]) -> list[tuple[str, str | None]]:
    return [(content, speaker) for kind, content, speaker in doc_layer if kind == "Reported"]


def test_a_passive_als_evaluation_after_a_frame_reports_its_speaker() -> None:
    doc = tagged(
        _FRAME + "Der/ART Neubau/NN wird/VAFIN dagegen/ADV als/APPR dringend/ADJD "
        "gefordert/VVPP ./$."
    )
    assert _reported(layer(doc)) == [
        ("Der Neubau wird dagegen als dringend gefordert", "Der Stadtrat Karl Beispiel")
    ]


def test_an_als_role_in_the_vorfeld_of_a_passive_naming_reports_the_speaker() -> None:
    doc = tagged(
        _FRAME + "Als/APPR Grund/NN wird/VAFIN der/ART Frost/NN des/ART Winters/NN "
        "genannt/VVPP ./$."
    )
    assert _reported(layer(doc)) == [
        ("Als Grund wird der Frost des Winters genannt", "Der Stadtrat Karl Beispiel")
    ]


def test_without_an_earlier_source_the_passive_evaluation_is_the_article_voice() -> None:
    doc = tagged(
        _NARRATIVE + "Der/ART Neubau/NN wird/VAFIN als/APPR dringend/ADJD gefordert/VVPP ./$."
    )
    assert _reported(layer(doc)) == []


def test_a_negated_passive_evaluation_is_no_reported_speech() -> None:
    doc = tagged(
        _FRAME + "Der/ART Neubau/NN wird/VAFIN nicht/PTKNEG als/APPR dringend/ADJD "
        "angesehen/VVPP ./$."
    )
    assert _reported(layer(doc)) == []


def test_a_passive_without_als_is_no_reported_speech() -> None:
    # agentless passive statements in general are the article's voice (gold 10:50)
    doc = tagged(_FRAME + "Der/ART Neubau/NN wird/VAFIN seit/APPR Jahren/NN gefordert/VVPP ./$.")
    assert _reported(layer(doc)) == []


def test_a_comparison_with_als_is_no_predicate() -> None:
    doc = tagged(
        _FRAME + "Der/ART Neubau/NN wird/VAFIN mehr/PIAT als/KOKOM alles/PIS andere/PIS "
        "gefordert/VVPP ./$."
    )
    assert _reported(layer(doc)) == []


def test_a_source_more_than_three_sentences_back_is_too_far() -> None:
    doc = tagged(
        _FRAME
        + _NARRATIVE
        + _NARRATIVE
        + _NARRATIVE
        + "Der/ART Neubau/NN wird/VAFIN als/APPR dringend/ADJD gefordert/VVPP ./$."
    )
    assert _reported(layer(doc)) == []


def test_a_speech_act_without_content_lends_no_source() -> None:
    # `X kündigte eine Reform an.` reports no content the passive sentence could go on summing up
    doc = tagged(
        "Der/ART Stadtrat/NN Karl/NE Beispiel/NE kündigte/VVFIN eine/ART Reform/NN "
        "an/PTKVZ ./$. "
        "Der/ART Neubau/NN wird/VAFIN als/APPR dringend/ADJD gefordert/VVPP ./$."
    )
    assert _reported(layer(doc)) == [
        ("Der Stadtrat Karl Beispiel kündigte eine Reform an.", "Der Stadtrat Karl Beispiel")
    ]
