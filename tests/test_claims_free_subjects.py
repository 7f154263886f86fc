"""Who free indirect speech reports and how far it reaches (claims.free_sources,
claims.discourse): subjects the noun-phrase reader cannot delimit, `soll` sentences after a
sentence in the article's voice.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags and morphology of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_a_subject_with_a_quantified_genitive_attribute_is_the_source_of_konjunktiv() -> None:
    # `Vertreterinnen aller ... Fraktionen`: the genitive opened by `aller` belongs to the subject
    doc = tagged(
        "Vertreterinnen/NN aller/PIAT im/APPRART Stadtrat/NN vertretenen/ADJA Fraktionen/NN "
        "mahnten/VVFIN zur/APPRART Eile/NN ./$. | "
        "Die/ART Brücke/NN sei/VAFIN/Mood=Sub|Subj=I seit/APPR Jahren/NN marode/ADJD ./$."
    )
    assert (
        "IndirectFreeIndirect",
        "Die Brücke sei seit Jahren marode.",
        "Vertreterinnen aller im Stadtrat vertretenen Fraktionen",
    ) in layer(doc)


def test_a_thing_with_a_quantified_genitive_attribute_is_no_source() -> None:
    # `Die Dächer aller Häuser` cannot speak: the Konjunktiv sentence has no source
    doc = tagged(
        "Die/ART Dächer/NN aller/PIAT alten/ADJA Häuser/NN brannten/VVFIN ab/PTKVZ ./$. | "
        "Die/ART Brücke/NN sei/VAFIN/Mood=Sub|Subj=I seit/APPR Jahren/NN marode/ADJD ./$."
    )
    assert layer(doc) == []


#: a speech act without content, then a sentence in the article's voice
_ACT_THEN_NARRATIVE = (
    "Die/ART Ministerin/NN Eva/NE Beispiel/NE kündigte/VVFIN eine/ART Reform/NN an/PTKVZ ./$. "
    "Der/ART Ausschuss/NN tagte/VVFIN am/APPRART Montag/NN ./$. "
)
#: a frame with content, then a sentence in the article's voice
_FRAME_THEN_NARRATIVE = (
    "Die/ART Ministerin/NN Eva/NE Beispiel/NE sagte/VVFIN ,/$, die/ART Reform/NN "
    "komme/VVFIN/Mood=Sub|Subj=I bald/ADV ./$. "
    "Der/ART Ausschuss/NN tagte/VVFIN am/APPRART Montag/NN ./$. "
)
_SOLL = "Die/ART Gebühren/NN sollen/VMFIN ab/APPR Mai/NN sinken/VVINF ./$."


def test_a_soll_sentence_after_a_speech_act_and_a_narrative_sentence_is_the_article_voice() -> None:
    # `X kündigte eine Reform an.` has no content for the plan two sentences on to continue
    found = layer(tagged(_ACT_THEN_NARRATIVE + _SOLL))
    assert not [a for a in found if a[0] == "FreeIndirect"]


def test_a_soll_sentence_after_a_frame_and_a_narrative_sentence_continues_the_frame() -> None:
    found = layer(tagged(_FRAME_THEN_NARRATIVE + _SOLL))
    assert (
        "FreeIndirect",
        "Die Gebühren sollen ab Mai sinken.",
        "Die Ministerin Eva Beispiel",
    ) in found
