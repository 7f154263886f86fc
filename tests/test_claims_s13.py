"""Session 13: constructions found missing on german_news_quotes dev and the german_quotes dev
set; each case is an invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with

from newsgraph.doc import Doc


def test_a_strong_preterite_after_an_inverted_frame_is_reported_speech(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `hielten` is the Konjunktiv II as much as the preterite; `halten` is a cue only with `für`
    # and `entgegenhalten` only with its particle, so neither blocks the reading
    doc = claims_doc("In Genf sagte die Ministerin, die Staaten hielten sich an das Abkommen.")
    claim = claim_with(doc, "hielten sich")
    assert (claim.form, claim.speaker_text) == ("indirect", "die Ministerin")
    assert claim.content.text == "die Staaten hielten sich an das Abkommen"


def test_a_cue_verb_with_its_particle_is_no_content(claims_doc: Callable[[str], Doc]) -> None:
    # the second clause is a speech act of its own (`hielten … entgegen`), not Rice's content
    doc = claims_doc("In Genf sagte die Ministerin, die Kritiker hielten ihr das entgegen.")
    assert all(c.speaker_text != "die Ministerin" for c in doc.article.claims)
