"""Speakers of free indirect speech that continues a claim (claims.discourse, free_sources).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags and morphology of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.doc import Doc


def _free(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [a for a in layer(doc) if a[0] in ("FreeIndirect", "IndirectFreeIndirect")]


def test_pronoun_subject_before_konjunktiv_points_back_to_the_frame_speaker() -> None:
    doc = tagged(
        "Der/ART Minister/NN Max/NE Muster/NE kündigte/VVFIN eine/ART Reform/NN an/PTKVZ ./$. | "
        "Dabei/PAV besuchte/VVFIN er/PPER die/ART Stadt/NN ./$. | "
        "Außerdem/ADV wolle/VMFIN/Mood=Sub|Subj=I er/PPER klagen/VVINF ./$."
    )
    assert _free(doc) == [
        ("IndirectFreeIndirect", "Außerdem wolle er klagen.", "Der Minister Max Muster")
    ]


def test_named_subject_before_konjunktiv_still_outranks_the_frame() -> None:
    doc = tagged(
        "Der/ART Minister/NN Max/NE Muster/NE kündigte/VVFIN eine/ART Reform/NN an/PTKVZ ./$. | "
        "Dabei/PAV besuchte/VVFIN Anna/NE Roth/NE die/ART Stadt/NN ./$. | "
        "Außerdem/ADV wolle/VMFIN/Mood=Sub|Subj=I sie/PPER klagen/VVINF ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Außerdem wolle sie klagen.", "Anna Roth")]


def test_konjunktiv_after_a_demnach_claim_reports_the_source_demnach_points_to() -> None:
    doc = tagged(
        "Laut/APPR dem/ART Magazin/NN Focus/NE kam/VVFIN es/PPER zu/APPR Zwischenfällen/NN ./$. | "
        "Demnach/PAV peilten/VVFIN Flugzeuge/NN die/ART Schiffe/NN an/PTKVZ ./$. | "
        "Dies/PDS sei/VAFIN/Mood=Sub|Subj=I gefährlich/ADJD ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Dies sei gefährlich.", "dem Magazin Focus")]


def test_konjunktiv_after_an_accusing_passive_has_no_speaker() -> None:
    doc = tagged(
        "Der/ART Ministerin/NN Anna/NE Roth/NE wird/VAFIN vorgeworfen/VVPP ,/$, "
        "Akten/NN vernichtet/VVPP zu/PTKZU haben/VAINF ./$. | "
        "Sie/PPER habe/VAFIN/Mood=Sub|Subj=I ihr/PPOSAT Amt/NN missbraucht/VVPP ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Sie habe ihr Amt missbraucht.", None)]


def test_konjunktiv_after_a_frame_whose_subject_the_frame_rules_missed_reports_that_subject() -> (
    None
):
    doc = tagged(
        "Anna/NE Roth/NE von/APPR der/ART „/$( Aktion/NN Hilfe/NN hilft/VVFIN “/$( "
        "sagte/VVFIN ,/$, es/PPER sei/VAFIN/Mood=Sub|Subj=I ein/ART falscher/ADJA "
        "Eindruck/NN entstanden/VVPP ,/$, wonach/PWAV die/ART Hilfe/NN nicht/PTKNEG "
        "ankomme/VVFIN/Mood=Sub|Subj=I ./$. | "
        "Bisher/ADV seien/VAFIN/Mood=Sub|Subj=I jedoch/ADV 60/CARD Tonnen/NN Reis/NN "
        "verteilt/VVPP worden/VAPP ./$."
    )
    free = _free(doc)
    assert [(k, c) for k, c, _ in free] == [
        ("IndirectFreeIndirect", "Bisher seien jedoch 60 Tonnen Reis verteilt worden.")
    ]
    assert free[0][2] is not None and free[0][2].startswith("Anna Roth")
