"""Frames and source phrases of the tenth error-analysis round (session 9), on invented
hand-tagged sentences: the two-word spelling `zu Folge` of the postposition `zufolge`."""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged
from test_claims_prep_frames import contents
from test_claims_speakers import tagged

from newsgraph.nlp.tagsets import STTS_TO_UPOS


def test_zu_folge_written_apart_frames_its_clause_like_zufolge() -> None:
    doc = tagged(
        "Den/ART Gerüchten/NN zu/APPR Folge/NN will/VMFIN sich/PRF der/ART Verein/NN "
        "von/APPR der/ART Firma/NN trennen/VVINF ./$."
    )
    assert contents(doc) == [
        ("zu Folge", "Den Gerüchten", "will sich der Verein von der Firma trennen")
    ]


def test_zu_folge_inside_a_relative_clause_reports_that_clause() -> None:
    doc = tagged(
        "Die/ART Spieler/NN ,/$, die/PRELS sich/PRF Berichten/NN zu/APPR Folge/NN vom/APPRART "
        "Verein/NN trennen/VVINF wollen/VMFIN ,/$, bleiben/VVFIN vorerst/ADV ./$."
    )
    [(cue, speaker, content)] = contents(doc)
    assert (cue, speaker) == ("zu Folge", "Berichten")
    assert content == "die sich | vom Verein trennen wollen"


def test_zu_without_folge_after_it_is_no_source() -> None:
    doc = tagged(
        "Die/ART Stadt/NN lud/VVFIN die/ART Bürger/NN zu/APPR Gesprächen/NN ein/PTKVZ ./$."
    )
    assert [c for c in contents(doc) if c[0] == "zu Folge"] == []


def test_source_frame_opening_a_parenthesis_fills_its_vorfeld() -> None:
    # `anderen` as the nlp stage tags it (PIAT, UPOS DET): the noun-phrase reader stops there
    sentence = (
        "Der/ART Ort/NN liegt/VVFIN 30/CARD Kilometer/NN entfernt/ADJD (/$( nach/APPR "
        "anderen/PIAT Angaben/NN liegt/VVFIN er/PPER 40/CARD Kilometer/NN entfernt/ADJD )/$( ./$."
    )
    doc = hand_tagged([[sentence]], {**UPOS, "PIAT": STTS_TO_UPOS["PIAT"]})
    assert contents(doc) == [("nach", "anderen Angaben", "liegt er 40 Kilometer entfernt")]


def test_danach_with_a_present_verb_after_a_preterite_sentence_is_a_source() -> None:
    doc = tagged(
        "Der/ART Präsident/NN unterzeichnete/VVFIN/Tense=Past 1913/CARD den/ART Vertrag/NN ./$.",
        "Danach/PROAV ist/VAFIN/Mood=Ind|Tense=Pres die/ART Bank/NN für/APPR die/ART "
        "Zinsen/NN zuständig/ADJD ./$.",
    )
    assert contents(doc) == [("Danach", "Danach", "ist die Bank für die Zinsen zuständig")]


def test_danach_going_on_with_the_story_is_no_source() -> None:
    for second in (
        "Danach/PROAV ist/VAFIN/Mood=Ind|Tense=Pres er/PPER nach/APPR Hause/NN gegangen/VVPP ./$.",
        "Danach/PROAV wird/VAFIN/Mood=Ind|Tense=Pres der/ART Rat/NN beraten/VVINF ./$.",
        "Danach/PROAV fuhr/VVFIN/Mood=Ind|Tense=Past er/PPER nach/APPR Hause/NN ./$.",
    ):
        doc = tagged(
            "Der/ART Präsident/NN unterzeichnete/VVFIN/Tense=Past den/ART Vertrag/NN ./$.",
            second,
        )
        assert contents(doc) == [], second
