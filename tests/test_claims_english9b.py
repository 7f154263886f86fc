"""English rules of the sixth dev batch round (session 9, en9b): refusals with `would not be
drawn on`, reported acts inside a trailing frame's content, bare `X apologised.`, subjects with
a restrictive relative clause, participle openers, objects with a relative clause, headlines and
Q&A transcripts (`english_layout.py`), the source of `is alleged to` after a leading frame.  The
claims stage runs alone on sentences written for these tests."""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim


def claims(text: str) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return doc.article.claims


def test_would_not_be_drawn_is_a_refusal() -> None:
    text = (
        "The mayor said the ferry would stop in May. The harbour board would not be drawn "
        "on the price of the new boats."
    )
    found = claims(text)
    refusal = [c for c in found if c.content.text.startswith("The harbour board")]
    assert [c.form for c in refusal] == ["reported"]
    assert refusal[0].speaker_text == "The harbour board"


def test_act_inside_trailing_content_is_no_claim_of_its_own() -> None:
    found = claims("A second test had confirmed the findings, the laboratory said.")
    assert [(c.form, c.speaker_text) for c in found] == [("indirect", "the laboratory")]


def test_bare_apology_is_reported() -> None:
    (claim,) = claims("The head coach of the Lowfield team apologised.")
    assert claim.form == "reported" and claim.speaker_text == "The head coach of the Lowfield team"


def test_subject_with_restrictive_relative_clause() -> None:
    (claim,) = claims(
        "A porter who has worked at the station for twenty years said the roof leaked."
    )
    assert claim.speaker_text == "A porter who has worked at the station for twenty years"
    assert claim.content.text == "the roof leaked"
    (claim,) = claims("A farmer who reported the fire said the barn burned for hours.")
    assert claim.speaker_text == "A farmer who reported the fire"


def test_participle_in_an_opening_phrase_frames_nothing() -> None:
    (claim,) = claims(
        "In a message posted on its website, the museum said the paintings had been returned."
    )
    assert claim.speaker_text == "the museum"
    assert claim.content.text == "the paintings had been returned"


def test_object_with_relative_clause_is_no_content() -> None:
    (claim,) = claims("The strikers demanded a bonus scheme that the owners had never offered.")
    assert claim.form == "reported"
    (claim,) = claims("She denied the council had sold the land.")
    assert claim.form == "indirect" and claim.content.text == "the council had sold the land"


def test_promise_to_an_addressee_keeps_its_clause() -> None:
    (claim,) = claims("The minister promised her in June that the school would stay open.")
    assert claim.form == "indirect"
    assert claim.content.text.endswith("that the school would stay open")


def test_headline_frames_nothing() -> None:
    text = (
        "'We had no warning', say Brookside flood victims\n\n"
        'BROOKSIDE, May 3 (Northline News) - "We had no warning," said Ada Pell, whose cafe '
        "was flooded on Sunday."
    )
    found = claims(text)
    assert [c.speaker_text for c in found] == ["Ada Pell"]  # none for the headline


def test_qa_transcript_answers_are_direct() -> None:
    text = (
        "Chef Ruben Alto closes his restaurant after thirty years.\n\n"
        "Northline News: Why close now?\n\n"
        "Alto: My knees gave up before I did. The kitchen is a young man's place.\n\n"
        "Northline News: Will you cook at home?\n\n"
        "Alto: Only eggs. My wife asked me to stay out of her kitchen."
    )
    found = claims(text)
    assert [(c.form, c.speaker_text) for c in found] == [("direct", "Alto"), ("direct", "Alto")]
    assert found[0].content.text == (
        "My knees gave up before I did. The kitchen is a young man's place."
    )
    assert found[1].content.text == "Only eggs. My wife asked me to stay out of her kitchen."


def test_alleged_after_a_leading_frame_takes_its_source() -> None:
    text = (
        "Police said a 29-year-old woman had been charged with fraud. She is alleged to have "
        "sold forged concert tickets."
    )
    found = claims(text)
    free = [c for c in found if c.content.text.startswith("She is alleged")]
    assert free and free[0].speaker_text == "Police"


def test_labelled_list_is_no_transcript() -> None:
    text = (
        "Forecast for the week.\n\n"
        "Monday: Rain in the north.\n\n"
        "Tuesday: Sun in the south.\n\n"
        "Wednesday: Storms on the coast."
    )
    assert [c for c in claims(text) if c.form == "direct"] == []


def test_object_with_relative_clause_before_a_second_predicate_is_no_subject() -> None:
    found = claims("He thanked the nurses who cared for him and said the care was excellent.")
    assert not any((c.speaker_text or "").startswith("He thanked") for c in found)
