"""English frames with a source other than a speech verb's subject, and look-alike verbs
(newsgraph/claims/english_sources.py, the act rules of english_acts.py).

Sentences written for these tests; the claims stage runs alone, no model is needed.
"""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage, Found
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim


def claims(text: str) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return doc.article.claims


def cue(c: Claim) -> str | None:
    return c.cue.text if c.cue else None


def test_quoted_as_saying_chain() -> None:
    text = "The state broadcaster quoted the prime minister as saying that talks would resume."
    outer, inner = claims(text)
    assert outer.speaker_text == "The state broadcaster" and cue(outer) == "quoted"
    assert outer.content.text == "the prime minister as saying that talks would resume"
    assert inner.speaker_text == "the prime minister" and cue(inner) == "saying"
    assert inner.via == outer.id
    # the passive names no outer source
    (only,) = claims("The mayor was quoted as saying the bridge would reopen.")
    assert only.speaker_text == "The mayor"


def test_trailing_impersonal_passive() -> None:
    (c,) = claims("The airline will cut 400 jobs at its Dublin base, it was announced on Friday.")
    assert c.form == "indirect" and cue(c) == "announced" and c.speaker_text is None
    assert c.content.text == "The airline will cut 400 jobs at its Dublin base"
    # `it was agreed that ...` records a decision, not a statement
    assert claims("At the end of the meeting it was agreed that the library would stay open.") == ()


def test_finding_of_a_study() -> None:
    (c,) = claims("A survey of secondary teachers found that most schools lack science equipment.")
    assert c.speaker_text == "A survey of secondary teachers" and cue(c) == "found"
    assert c.content.text == "that most schools lack science equipment"
    assert claims("Divers found the wreck near the harbour entrance.") == ()


def test_forecast_of_analysts() -> None:
    (c,) = claims("Economists expect interest rates to fall later in the year.")
    assert c.speaker_text == "Economists" and cue(c) == "expect"
    assert c.content.text == "interest rates to fall later in the year"
    # the article's own hedge names nobody
    assert claims("The committee is expected to vote on the plan next week.") == ()


def test_words_that_are_no_speech_verbs() -> None:
    text = "The mayor said the new hall, estimated at 12 million euros, would open in May."
    (c,) = claims(text)
    assert c.speaker_text == "The mayor"
    assert c.content.text == "the new hall, estimated at 12 million euros, would open in May"
    text = "Sales fell 8 percent, hurt by higher prices and weaker demand in Asia."
    assert claims(text) == ()
    assert claims("In June, the bakery added two vegan cakes to its menu.") == ()
    (added,) = claims("The bakery added that prices would not rise.")
    assert cue(added) == "added" and added.content.text == "that prices would not rise"


def test_agreeing_and_asking_are_reported_acts() -> None:
    (c,) = claims("The goalkeeper agreed with his manager.")
    assert c.form == "reported" and c.speaker_text == "The goalkeeper"
    (c,) = claims("The judge twice asked the defendant to stand up.")
    assert c.form == "reported" and c.speaker_text == "The judge"
    assert c.content.text == "The judge twice asked the defendant to stand up."
    assert claims("The two companies agreed to merge their shipping units.") == ()


def test_denying_a_claim_is_a_reported_act() -> None:
    (c,) = claims("The minister rejected claims that the contract had been rigged.")
    assert c.form == "reported" and c.speaker_text == "The minister"
    assert c.content.text == "The minister rejected claims that the contract had been rigged."


def test_act_under_a_modal_is_no_act() -> None:
    text = "His lawyer said he had been at home and that neighbours could confirm this."
    (c,) = claims(text)
    assert c.speaker_text == "His lawyer"
    assert claims("The union would welcome a new offer.") == ()


def test_speaker_phrase_keeps_relative_clause_and_apposition_drops_time() -> None:
    (c,) = claims("Dr Lena Ward, who led the trial, said the results were encouraging.")
    assert c.speaker_text == "Dr Lena Ward, who led the trial"
    (c,) = claims("According to the union's treasurer, Paul Mendes, the fund is nearly empty.")
    assert c.speaker_text == "the union's treasurer, Paul Mendes"
    assert c.content.text == "the fund is nearly empty"
    (c,) = claims("Brazil on Monday rejected the proposal.")
    assert c.form == "reported" and c.speaker_text == "Brazil"


def parts(text: str) -> list[list[str]]:
    """The quote parts of each attribution in the german_news_quotes layer."""
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    found: tuple[Found, ...] = doc.layers[LAYER]
    return [[text[s:e] for s, e in f.parts] for f in found]


def test_content_clause_goes_on_after_its_frame() -> None:
    text = "The bridge would stay closed, the engineer said, but the ferry would run."
    assert parts(text) == [["The bridge would stay closed", "but the ferry would run"]]
    text = "Prices had risen, she said on Monday, and rents would follow."
    assert parts(text) == [["Prices had risen", "and rents would follow"]]
    # a participle tail is the frame's, not the content's
    assert parts("The talks had failed, the envoy said, citing two diplomats.")[0] == [
        "The talks had failed"
    ]


def test_caption_a_person_posted_is_their_direct_quotation() -> None:
    text = 'The actor posted a photo of his dog on Instagram with the caption "Best friend ever."'
    (c,) = claims(text)
    assert c.form == "direct" and c.speaker_text == "The actor" and c.cue is None
    assert c.content.text == '"Best friend ever."'
    # a caption nobody is said to have written is no claim
    assert claims('The museum shows the print with the caption "Harbour at dusk".') == ()
