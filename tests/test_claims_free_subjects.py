"""Who free indirect speech reports (claims.free_sources): subjects the noun-phrase reader
cannot delimit.

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
