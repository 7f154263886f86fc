"""Frames and source phrases of the tenth error-analysis round (session 9), on invented
hand-tagged sentences: the two-word spelling `zu Folge` of the postposition `zufolge`."""

from __future__ import annotations

from test_claims_prep_frames import contents
from test_claims_speakers import tagged


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
