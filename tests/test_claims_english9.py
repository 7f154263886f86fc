"""English rules of the fifth dev batch round (session 9): chains of backshifted continuations
(`english_continuations.py`), refusals with `would not` (`english_refusals.py`).  The claims
stage runs alone on sentences written for these tests."""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article, Block, Claim


def claims(text: str) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return doc.article.claims


def _free(found: tuple[Claim, ...]) -> list[str]:
    return [c.content.text for c in found if c.form == "free_indirect"]


def test_chain_of_backshifted_sentences() -> None:
    text = (
        "The harbour master told reporters that the quay would close in May. Ferries would "
        "use the north pier instead. The works would last until the autumn."
    )
    found = claims(text)
    assert _free(found) == [
        "Ferries would use the north pier instead.",
        "The works would last until the autumn.",
    ]
    assert {c.speaker_text for c in found} == {"The harbour master"}


def test_chain_goes_on_over_one_sentence_of_the_article() -> None:
    text = (
        "The mayor said the bridge would be rebuilt by 2028. Cyclists would get a lane of "
        "their own. The old bridge opened in 1931. Tolls would not be charged."
    )
    assert _free(claims(text)) == [
        "Cyclists would get a lane of their own.",
        "Tolls would not be charged.",
    ]


def test_article_sentence_without_would_stays_the_article() -> None:
    text = (
        "The mayor said the bridge would be rebuilt by 2028. The old bridge opened in 1931. "
        "Its towers had been repaired twice."
    )
    assert _free(claims(text)) == []


def test_continuation_after_according_to_in_the_past() -> None:
    text = (
        "According to the fire brigade, two barns burned down on Friday night. The farmer had "
        "tried to save the animals."
    )
    (_, free) = claims(text)
    assert free.form == "free_indirect" and free.speaker_text == "the fire brigade"


def test_subject_with_apposition_and_with_long_relative_clause() -> None:
    text = (
        "A police spokeswoman said the lorry had been stopped near the border. The driver, a "
        "man of 40, had been questioned overnight. Passengers who were travelling without "
        "papers would be sent back."
    )
    assert _free(claims(text)) == [
        "The driver, a man of 40, had been questioned overnight.",
        "Passengers who were travelling without papers would be sent back.",
    ]


def test_interrupting_frame_is_no_apposition() -> None:
    text = "The coach said the season was over. The players, he admitted, had run out of ideas."
    found = claims(text)
    assert _free(found) == []
    assert found[-1].form == "indirect" and found[-1].speaker_text == "he"


def test_it_was_agreed_is_no_subject_with_a_relative_clause() -> None:
    text = "She said the fees would rise. It was decided that the first hour would stay free."
    assert _free(claims(text)) == []


def test_would_not_comment_is_a_refusal_not_a_continuation() -> None:
    text = (
        "The council said the pool would close for a year. The operator would not comment on "
        "the decision."
    )
    found = claims(text)
    last = found[-1]
    assert last.form == "reported" and last.speaker_text == "The operator"
    assert last.content.text == "The operator would not comment on the decision."


def test_would_not_discuss_with_a_trailing_frame_is_content() -> None:
    (c,) = claims("He would not discuss the offer before Friday, his agent said.")
    assert c.form == "indirect" and c.speaker_text == "his agent"


def test_quotation_over_paragraphs_after_its_frame_continues_it() -> None:
    text = (
        'The season is over. "We were not good enough," the coach said. "I know that.\n\n'
        '"Next year we start again from nothing."'
    )
    first, second = claims(text)  # one quotation in two parts (record ids c1, c1.2)
    assert first.content.text == '"We were not good enough,"'
    assert second.form == "direct" and second.speaker_text == "the coach"
    assert second.content.text.startswith('"I know that.')
    assert second.content.text.endswith('from nothing."')


def _with_paragraph_blocks(text: str) -> tuple[Claim, ...]:
    """Claims of ``text`` with one body block per paragraph, as the block reader gives them."""
    blocks, at = [], 0
    for para in text.split("\n\n"):
        blocks.append(Block("body", at, at + len(para), "en"))
        at += len(para) + 2
    doc = Doc(article=Article(id="t", text=text, language="en", blocks=tuple(blocks)))
    ClaimsStage()(doc)
    return doc.article.claims


def test_quotation_over_a_paragraph_break_is_article_text() -> None:
    text = (
        "The coach resigned on Sunday.\n\n"
        '"I gave this club everything. It was not enough.\n\n'
        '"Now it is time for someone else," Bram Kessel told reporters.'
    )
    (c,) = _with_paragraph_blocks(text)
    assert c.form == "direct" and c.speaker_text == "Bram Kessel"
    assert c.content.text.startswith('"I gave') and c.content.text.endswith('someone else,"')
    text = (
        'The coach resigned. "I gave everything," Bram Kessel said. "It was not enough.\n\n'
        '"Now it is time for someone else."'
    )
    first, second = _with_paragraph_blocks(text)
    assert second.speaker_text == "Bram Kessel" and second.content.text.endswith('else."')


def test_apology_and_warning_against_are_reported_acts() -> None:
    (c,) = claims("The ferry company apologised to passengers for the cancellations.")
    assert c.form == "reported" and c.speaker_text == "The ferry company"
    assert c.content.text == "The ferry company apologised to passengers for the cancellations."
    (d,) = claims("The nurses' union warned against closing the night clinic.")
    assert d.form == "reported" and d.speaker_text == "The nurses' union"
    (e,) = claims("Officials warned residents that the river could rise again.")
    assert e.form == "indirect" and e.content.text == "that the river could rise again"


def test_participle_of_consequence_ends_the_content() -> None:
    (c,) = claims(
        "The brewer said on Monday that sales had fallen by a tenth, sending its shares "
        "down 9 percent."
    )
    assert c.content.text == "that sales had fallen by a tenth"


def test_speech_verb_form_after_a_plural_possessive_is_a_noun() -> None:
    found = claims("The council refused to publish the inspectors' reports on the dam.")
    assert all(c.speaker_text != "the inspectors'" for c in found)
    (c,) = claims("The fishermen's and the sailors' unions said the quota was too low.")
    assert c.form == "indirect" and c.content.text == "the quota was too low"
