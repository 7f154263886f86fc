"""English news conventions of the claims rules (newsgraph/claims/english_*.py): a backshifted
continuation with a name subject, a quotation of several sentences under one frame, the
addressee of `urged X to ...`, connectives set off by commas and a title before a name in
apposition.  The claims stage runs alone on sentences written for these tests."""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim


def claims(text: str) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return doc.article.claims


def test_backshifted_continuation_with_a_name_met_before() -> None:
    text = (
        "Tom Fitch, 34, denied the charge. His lawyer, Owen Grady, said his client had been "
        "at home all night. Fitch had never owned a boat."
    )
    found = claims(text)
    last = found[-1]
    assert last.content.text == "Fitch had never owned a boat."
    assert last.form == "free_indirect" and last.speaker_text == "His lawyer, Owen Grady"


def test_capitalised_common_noun_is_no_continuation() -> None:
    # `Police` opens the sentence and is met nowhere else: the article's own voice
    text = "His lawyer said his client had been at home all night. Police had found no boat."
    assert [c.content.text for c in claims(text)] == ["his client had been at home all night"]


def test_quotation_of_several_sentences_is_one_direct_claim() -> None:
    text = (
        'The harbour reopened on Monday. "We are ready. The cranes work again. Nobody will '
        'wait for long," the port director Anna Berg said.'
    )
    (c,) = claims(text)
    assert c.form == "direct" and c.speaker_text == "the port director Anna Berg"
    assert c.content.text.startswith('"We are ready.') and "Nobody will" in c.content.text


def test_addressee_of_urged_is_no_part_of_the_content() -> None:
    (c,) = claims("The minister urged local councils to check whether the bridges were safe.")
    assert c.speaker_text == "The minister" and c.cue and c.cue.text == "urged"
    assert c.content.text == "to check whether the bridges were safe"


def test_connective_after_the_frame_is_no_part_of_the_content() -> None:
    (c,) = claims("The mayor said, however, that the budget would not be cut.")
    assert c.content.text == "that the budget would not be cut"
    (d,) = claims("The mayor said, meanwhile, that talks with the unions would go on.")
    assert d.content.text == "that talks with the unions would go on"


def test_title_and_name_in_apposition_with_a_relative_clause() -> None:
    text = "The Danish minister, Sofie Lund, who took office in May, said the deal was fair."
    (c,) = claims(text)
    assert c.speaker_text == "The Danish minister, Sofie Lund, who took office in May"
    assert c.content.text == "the deal was fair"
    # an adverbial before the name is no title: the speaker starts at the name
    (d,) = claims("In Copenhagen, Sofie Lund, who took office in May, said the deal was fair.")
    assert d.speaker_text == "Sofie Lund, who took office in May"
