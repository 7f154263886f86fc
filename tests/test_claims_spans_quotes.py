"""Limits of quotation contents (`clauses.py`) on invented hand-tagged sentences."""

from __future__ import annotations

from test_claims_speakers import tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def contents(doc: Doc) -> list[str]:
    return [" ".join(doc.text[s:e] for s, e in f.parts) for f in doc.layers[LAYER]]


def test_content_ends_before_a_new_main_clause_with_its_own_subject() -> None:
    doc = tagged(
        "Am/APPRART Samstag/NN protestierten/VVFIN nach/APPR Angaben/NN der/ART "
        "Organisatoren/NN rund/ADV 5.000/CARD Menschen/NN gegen/APPR den/ART Neubau/NN ,/$, "
        "die/ART Polizei/NN spricht/VVFIN von/APPR 2.000/CARD Teilnehmern/NN ./$."
    )
    first = contents(doc)[0]
    assert first.endswith("gegen den Neubau")
    assert "Polizei" not in first
