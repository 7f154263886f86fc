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


def test_a_perfect_tense_speech_act_is_a_claim_of_the_record(
    claims_doc: Callable[[str], Doc],
) -> None:
    # german_news_quotes annotates about one perfect-tense speech act in ten, so the claim
    # stays out of the evaluation layer; the record keeps it with its stance
    doc = claims_doc("Der Minister hat am Abend überraschend seinen Rücktritt angekündigt.")
    (claim,) = doc.article.claims
    assert (claim.form, claim.stance, claim.speaker_text) == ("reported", "future", "Der Minister")
    assert not doc.layers["claims.attributions"]
    doc = claims_doc("Die Regierung in Moskau hatte die Anwesenheit der Soldaten lange bestritten.")
    (claim,) = doc.article.claims
    assert (claim.stance, claim.speaker_text) == ("denied", "Die Regierung in Moskau")


def test_no_perfect_claim_for_infinitives_opinions_or_subjunctive_auxiliaries(
    claims_doc: Callable[[str], Doc],
) -> None:
    # a modal infinitive, a perfect of `meinen` (meant) and a Konjunktiv auxiliary inside
    # someone's indirect speech are no perfect-tense speech acts of their own
    assert not claims_doc("Der Minister hatte nur wenig Positives zu vermelden.").article.claims
    assert not claims_doc("Der Autor hat mit dem Bären den Vater gemeint.").article.claims
    doc = claims_doc("Der Sprecher sagte, der Minister habe seinen Rücktritt angekündigt.")
    assert [c.speaker_text for c in doc.article.claims] == ["Der Sprecher"]
