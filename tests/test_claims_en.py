"""English articles: direct quotes, `said`/`according to`, `reportedly`/`allegedly`."""

from __future__ import annotations

from pathlib import Path

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim

TEXT = (Path(__file__).parent / "data" / "claims" / "quotes_en.txt").read_text("utf-8")


def claims(text: str = TEXT, language: str = "en") -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language=language))
    ClaimsStage()(doc)
    return doc.article.claims


def find(fragment: str, text: str = TEXT) -> Claim:
    hits = [c for c in claims(text) if fragment in c.content.text]
    assert hits, [c.content.text for c in claims(text)]
    return hits[0]


def test_direct_quote_with_inverted_said() -> None:
    c = find("We have never seen waves like this")
    assert c.form == "direct"
    assert c.speaker_text == "harbour master John Miller"
    assert c.cue is not None and c.cue.text == "said"


def test_direct_quote_with_subject_before_said() -> None:
    c = find("Nobody was hurt")
    assert c.speaker_text == "the police" and c.form == "direct"


def test_said_that_clause() -> None:
    c = find("the port would reopen on Friday")
    assert c.form == "indirect" and c.speaker_text == "The city council"
    assert c.stance == "future"  # reported speech shifts `will` to `would`


def test_according_to() -> None:
    c = find("two ships were damaged")
    assert c.speaker_text == "the coast guard"
    assert c.cue is not None and c.cue.text == "According"


def test_reportedly_and_allegedly_mark_alleged_claims() -> None:
    rep = find("The mayor reportedly ordered an evacuation")
    assert rep.stance == "alleged" and rep.speaker is None
    assert [e.text for e in rep.evidence] == ["reportedly"]
    alg = find("The storm allegedly destroyed forty houses")
    assert [e.text for e in alg.evidence] == ["allegedly"]


def test_denial_in_english() -> None:
    c = find("the report was false", "The ministry denied that the report was false.")
    assert c.stance == "denied" and c.speaker_text == "The ministry"


def test_language_is_detected_without_language_stage() -> None:
    assert any(c.cue and c.cue.text == "said" for c in claims(TEXT, language="und"))


def test_english_ignores_german_pos_tags() -> None:
    from newsgraph.claims.text import fallback_tokens
    from newsgraph.doc import Token

    text = '"Nobody was hurt," the police said.'
    doc = Doc(article=Article(id="t", text=text, language="en"))
    # tags of a German tagger run on English text: `said` looks like a noun
    doc.set_tokens([Token(t.start, t.end, t.text, "NOUN", "NN") for t in fallback_tokens(text)])
    ClaimsStage()(doc)
    assert [c.speaker_text for c in doc.article.claims] == ["the police"]


def test_speech_act_inside_according_to_is_chained() -> None:
    text = "According to Reuters, the ministry denied the report. Officials said the bridge was closed."
    outer, inner, said = claims(text)
    assert (
        outer.speaker_text == "Reuters" and outer.content.text == "the ministry denied the report"
    )
    assert inner.speaker_text == "the ministry" and inner.stance == "denied"
    assert inner.via == outer.id
    assert said.content.text == "the bridge was closed" and said.speaker_text == "Officials"


def test_trailing_subject_frame() -> None:
    c = find(
        "Police arrested ten people", "Police arrested ten people, the ministry said on Monday."
    )
    assert c.form == "indirect" and c.speaker_text == "the ministry"
    assert c.content.text == "Police arrested ten people"


def test_trailing_frame_needs_a_clause_before_the_comma() -> None:
    # an adverbial before the comma is no content; `said that ...` is a leading frame
    c = find("the port was closed", "On Monday, the minister said that the port was closed.")
    assert c.speaker_text == "the minister" and c.content.text == "that the port was closed"


def test_adverb_after_subject_is_no_part_of_the_speaker() -> None:
    c = find("The agency reportedly denied", "The agency reportedly denied the claims.")
    assert c.speaker_text == "The agency" and c.stance == "denied"
