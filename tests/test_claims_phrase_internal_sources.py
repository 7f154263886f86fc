"""A source frame inside a noun phrase (`complement_limits.noun_phrase_content`), on invented
hand-tagged sentences: between a determiner or `darunter` and the adjectives, number or noun of
the phrase, `laut X` / `X nach` vouches for the rest of that noun phrase, not for the sentence."""

from __future__ import annotations

from test_claims_prep_frames import contents
from test_claims_speakers import tagged


def _by_cue(doc_contents: list[tuple[str, str | None, str]], word: str) -> tuple[str | None, str]:
    [(speaker, content)] = [(s, c) for cue, s, c in doc_contents if word in cue.split()]
    return speaker, content


def test_count_after_darunter_is_the_content_of_an_inner_laut_frame() -> None:
    doc = tagged(
        "Bei/APPR dem/ART Unglück/NN starben/VVFIN 40/CARD Menschen/NN ,/$, darunter/PAV "
        "laut/APPR Behördenangaben/NN 12/CARD Kinder/NN ./$."
    )
    assert _by_cue(contents(doc), "laut") == ("Behördenangaben", "12 Kinder")


def test_frame_between_possessive_and_adjective_reports_the_noun_phrase() -> None:
    doc = tagged(
        "Er/PPER verwies/VVFIN auf/APPR das/ART Auto/NN mit/APPR seinen/PPOSAT laut/APPR "
        "Technikern/NN ungewöhnlich/ADJD starken/ADJA Bremsen/NN aus/APPR Stahl/NN ,/$, "
        "die/PRELS er/PPER selbst/ADV eingebaut/VVPP hatte/VAFIN ./$."
    )
    assert _by_cue(contents(doc), "laut") == (
        "Technikern",
        "ungewöhnlich starken Bremsen aus Stahl",
    )


def test_postposed_frame_after_an_article_reports_the_noun_phrase() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN wandte/VVFIN sich/PRF gegen/APPR die/PRELS ihrer/PPOSAT "
        "Meinung/NN nach/APPR überhöhten/ADJA Preise/NN der/ART Kliniken/NN ./$."
    )
    _, content = _by_cue(contents(doc), "nach")
    assert content == "überhöhten Preise der Kliniken"


def test_frame_in_a_relative_clause_still_reports_that_clause() -> None:
    doc = tagged(
        "Sie/PPER besuchten/VVFIN die/ART Stadt/NN ,/$, in/APPR der/PRELS laut/APPR "
        "Statistik/NN 200/CARD Familien/NN leben/VVFIN ./$."
    )
    speaker, content = _by_cue(contents(doc), "laut")
    assert speaker == "Statistik"
    assert content != "200 Familien"
    assert "leben" in content
