"""Free indirect speech (claims.discourse, claims.mood): which sentences continue a source.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags, morphology and lemmas of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.doc import Doc

#: a frame, then a sentence in the article's own voice
_FRAME = (
    "Der/ART Minister/NN Max/NE Muster/NE sagte/VVFIN ,/$, die/ART Lage/NN "
    "sei/VAFIN/Mood=Sub|Subj=I ernst/ADJD ./$. | "
    "Am/APPRART Abend/NN regnete/VVFIN es/PPER ./$. | "
)




def _free(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [a for a in layer(doc) if a[0] in ("FreeIndirect", "IndirectFreeIndirect")]


def test_konjunktiv_one_marked_by_the_nlp_stage_continues_the_frame_of_the_paragraph() -> None:
    # `rate` without a lemma looks like a weak preterite; the morphology says Konjunktiv I
    doc = tagged(_FRAME + "Er/PPER rate/VVFIN/Mood=Sub|Subj=I zu/APPR Geduld/NN ./$.")
    assert _free(doc) == [("IndirectFreeIndirect", "Er rate zu Geduld.", "Der Minister Max Muster")]


def test_konjunktiv_two_marked_by_the_nlp_stage_is_no_report_after_an_interruption() -> None:
    # `liefe` ends in -e like a Konjunktiv I; the nlp stage knows the stem of `laufen`
    doc = tagged(
        _FRAME + "Das/PDS liefe/VVFIN/Mood=Sub|Subj=II/=laufen auf/APPR einen/ART Streit/NN "
        "hinaus/PTKVZ ./$."
    )
    assert _free(doc) == []


def test_without_the_konjunktiv_feature_the_word_form_decides() -> None:
    # documents analysed without the nlp stage's Subj feature: `sei` is Konjunktiv I by form
    doc = tagged(_FRAME + "Die/ART Lage/NN sei/VAFIN/Mood=Sub kritisch/ADJD ./$.")
    assert _free(doc) == [
        ("IndirectFreeIndirect", "Die Lage sei kritisch.", "Der Minister Max Muster")
    ]


def test_a_sentence_opening_with_sollte_is_a_condition_not_hearsay() -> None:
    doc = tagged(
        "Der/ART Minister/NN Max/NE Muster/NE sagte/VVFIN ,/$, der/ART Antrag/NN "
        "sei/VAFIN/Mood=Sub|Subj=I gestellt/VVPP ./$. | "
        "Sollte/VMFIN der/ART Antrag/NN angenommen/VVPP werden/VAINF ,/$, geht/VVFIN "
        "die/ART Seite/NN online/ADV ./$."
    )
    assert _free(doc) == []


def test_a_hearsay_soll_right_after_a_frame_continues_it() -> None:
    doc = tagged(
        "Der/ART Minister/NN Max/NE Muster/NE sagte/VVFIN ,/$, der/ART Antrag/NN "
        "sei/VAFIN/Mood=Sub|Subj=I gestellt/VVPP ./$. | "
        "Danach/ADV soll/VMFIN der/ART Antrag/NN angenommen/VVPP worden/VAPP sein/VAINF ./$."
    )
    assert _free(doc) == [
        (
            "FreeIndirect",
            "Danach soll der Antrag angenommen worden sein.",
            "Der Minister Max Muster",
        )
    ]


#: a frame with its content, then sentences in the article's own voice
_SAID = (
    "Die/ART Polizei/NN teilte/VVFIN mit/PTKVZ ,/$, der/ART Täter/NN "
    "sei/VAFIN/Mood=Sub|Subj=I gefasst/VVPP ./$. | "
)
_NARRATION = "Das/ART Dorf/NN liegt/VVFIN am/APPRART See/NN ./$. | "
_PLAN = "Der/ART Prozess/NN soll/VMFIN im/APPRART Mai/NN beginnen/VVINF ./$."


def test_a_soll_sentence_after_one_narrative_sentence_continues_the_frame() -> None:
    doc = tagged(_SAID + _NARRATION + _PLAN)
    assert ("FreeIndirect", "Der Prozess soll im Mai beginnen.", "Die Polizei") in _free(doc)


def test_a_soll_sentence_two_narrative_sentences_after_the_frame_is_the_articles_voice() -> None:
    doc = tagged(_SAID + _NARRATION + "Es/PPER regnete/VVFIN ./$. | " + _PLAN)
    assert [a for a in _free(doc) if a[0] == "FreeIndirect"] == []


_MINISTER = (
    "Der/ART Minister/NN Max/NE Muster/NE sagte/VVFIN ,/$, die/ART Lage/NN "
    "sei/VAFIN/Mood=Sub|Subj=I ernst/ADJD ./$."
)


def test_konjunktiv_two_after_a_paragraph_break_is_the_articles_voice() -> None:
    doc = tagged(
        _MINISTER,
        "Das/PDS könnte/VMFIN/Mood=Sub|Subj=II teuer/ADJD werden/VAINF ./$.",
    )
    assert _free(doc) == []


def test_konjunktiv_one_after_a_paragraph_break_goes_on_reporting() -> None:
    doc = tagged(
        _MINISTER,
        "Die/ART Kosten/NN seien/VAFIN/Mood=Sub|Subj=I hoch/ADJD ./$.",
    )
    assert _free(doc) == [
        ("IndirectFreeIndirect", "Die Kosten seien hoch.", "Der Minister Max Muster")
    ]


def test_a_wish_in_moechte_is_no_free_indirect_speech() -> None:
    doc = tagged(
        _MINISTER + " | Er/PPER möchte/VMFIN/Mood=Sub|Subj=II im/APPRART Mai/NN "
        "kandidieren/VVINF ./$."
    )
    assert _free(doc) == []


def test_a_sentence_opening_with_a_konjunktiv_two_is_a_condition() -> None:
    doc = tagged(
        _MINISTER + " | Hätte/VAFIN/Mood=Sub|Subj=II er/PPER gewartet/VVPP ,/$, "
        "wäre/VAFIN/Mood=Sub|Subj=II nichts/PIS passiert/VVPP ./$."
    )
    assert _free(doc) == []
