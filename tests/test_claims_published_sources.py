"""`Danach` + indicative after a sentence that publishes a text (claims.anaphoric_frames):
the adverb points back to the text like `Demnach`; elsewhere it tells what happened next.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...]``.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

_DANACH = (
    "Danach/PROAV verzeichnet/VVFIN die/ART Kasse/NN einen/ART Überschuss/NN "
    "von/APPR drei/CARD Millionen/NN ./$."
)


def test_danach_after_published_figures_is_a_source() -> None:
    doc = tagged(
        "Die/ART Krankenkasse/NN veröffentlichte/VVFIN am/APPRART Montag/NN ihre/PPOSAT "
        "Jahreszahlen/NN ./$. | " + _DANACH
    )
    assert layer(doc) == [
        ("Indirect", "verzeichnet die Kasse einen Überschuss von drei Millionen", "Danach")
    ]


def test_a_particle_verb_of_presenting_a_report_counts() -> None:
    doc = tagged(
        "Die/ART Kasse/NN legte/VVFIN am/APPRART Montag/NN ihren/PPOSAT Bericht/NN "
        "vor/PTKVZ ./$. | " + _DANACH
    )
    assert layer(doc) == [
        ("Indirect", "verzeichnet die Kasse einen Überschuss von drei Millionen", "Danach")
    ]


def test_danach_after_publishing_something_that_is_no_text_is_temporal() -> None:
    doc = tagged(
        "Die/ART Sängerin/NN veröffentlichte/VVFIN 1990/CARD ihr/PPOSAT erstes/ADJA "
        "Album/NN ./$. | Danach/PROAV ging/VVFIN sie/PPER auf/APPR Tournee/NN ./$."
    )
    assert layer(doc) == []


def test_danach_after_a_sentence_without_publishing_is_temporal() -> None:
    doc = tagged(
        "Die/ART Kasse/NN prüfte/VVFIN am/APPRART Montag/NN ihre/PPOSAT "
        "Jahreszahlen/NN ./$. | " + _DANACH
    )
    assert layer(doc) == []
