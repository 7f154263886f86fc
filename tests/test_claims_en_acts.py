"""English reported acts, quotations continued over a sentence, hearsay sentences and
backshifted continuations, in the german_news_quotes layer (``claims.attributions``) and the
record.  All texts are written for these tests; entities are hand-made."""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage, Found
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim


def run(text: str) -> tuple[tuple[Claim, ...], list[tuple[str, list[str], str | None]]]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    found: tuple[Found, ...] = doc.layers[LAYER]
    layer = [
        (f.kind, [text[s:e] for s, e in f.parts], text[slice(*f.speaker)] if f.speaker else None)
        for f in found
    ]
    return doc.article.claims, layer


# ---- reported acts -----------------------------------------------------------------------------
def test_reactions_are_reported_acts() -> None:
    for verb in ("welcomed", "criticised", "condemned", "praised", "defended"):
        _, layer = run(f"The farmers' union {verb} the new subsidy rules.")
        assert layer == [
            (
                "Reported",
                [f"The farmers' union {verb} the new subsidy rules."],
                "The farmers' union",
            )
        ], verb


def test_described_as_is_a_reported_act() -> None:
    _, layer = run("The governor described the budget as a careful compromise.")
    assert [k for k, _, _ in layer] == ["Reported"] and layer[0][2] == "The governor"


def test_refusal_to_comment_and_plea_are_reported_acts() -> None:
    for text, speaker in (
        (
            "A spokeswoman for the airline declined to comment on the strike.",
            "A spokeswoman for the airline",
        ),
        ("The driver pleaded not guilty to dangerous driving.", "The driver"),
        ("The two brothers pleaded guilty on Friday.", "The two brothers"),
    ):
        _, layer = run(text)
        assert [(k, s) for k, _, s in layer] == [("Reported", speaker)], text
    for text in (
        "The minister declined to attend the summit.",  # no refusal to speak
        "The tenants refused to leave the building.",
    ):
        assert run(text)[1] == [], text


def test_called_for_is_reported_not_indirect() -> None:
    _, layer = run("The archbishop called for calm after the riots in the port city.")
    assert [(k, s) for k, _, s in layer] == [("Reported", "The archbishop")]


def test_that_with_a_noun_is_a_determiner() -> None:
    _, layer = run("The coach rejected that version of events.")
    assert [(k, s) for k, _, s in layer] == [("Reported", "The coach")]
    _, layer = run("The coach denied that the players had been paid.")
    assert layer == [("Indirect", ["that the players had been paid"], "The coach")]


def test_a_headline_gives_no_reported_act() -> None:
    claims, _ = run("Mayor rejects budget cuts\n\nThe mayor rejected the budget cuts.")
    assert [c.content.text for c in claims] == ["The mayor rejected the budget cuts."]


# ---- quotations continued over a sentence ------------------------------------------------------
def test_quotation_after_a_trailing_frame_is_a_second_part() -> None:
    text = '"The road is closed," the officer said. "Drivers should use the bypass."'
    claims, layer = run(text)
    assert layer == [
        (
            "Direct",
            ['"The road is closed,"', '"Drivers should use the bypass."'],
            "the officer",
        )
    ]
    assert [c.id for c in claims] == ["c1", "c1.2"]


def test_a_quotation_with_its_own_frame_stays_apart() -> None:
    text = '"The road is closed," the officer said. "It is a mess," a driver told reporters.'
    _, layer = run(text)
    assert [(k, s) for k, _, s in layer] == [("Direct", "the officer"), ("Direct", "a driver")]


# ---- hearsay -----------------------------------------------------------------------------------
def test_hearsay_sentences_are_free_indirect_without_speaker() -> None:
    for text in (
        "The striker is reportedly close to a move to Spain.",
        "The missing painting is said to be in a private collection.",
        "Both ministers were believed to favour the merger.",
    ):
        claims, layer = run(text)
        assert layer == [("FreeIndirect", [text], None)], text
        assert claims[0].stance == "alleged"


def test_allegedly_takes_the_speaker_of_the_allegation() -> None:
    text = (
        "Investigators allege that the clerk forged the invoices. "
        "The weather was mild. The clerk allegedly kept the money in a safe."
    )
    _, layer = run(text)
    assert layer[-1] == (
        "FreeIndirect",
        ["The clerk allegedly kept the money in a safe."],
        "Investigators",
    )


def test_framed_hearsay_is_no_free_indirect() -> None:
    _, layer = run("The agency reportedly said that the talks had failed.")
    assert [k for k, _, _ in layer] == ["Indirect"]


# ---- backshifted continuation ------------------------------------------------------------------
def test_backshifted_noun_subject_continues_indirect_speech() -> None:
    text = (
        "The club's chairman said the stadium was too small. "
        "Ticket sales had doubled since the promotion."
    )
    _, layer = run(text)
    assert layer[-1] == (
        "IndirectFreeIndirect",
        ["Ticket sales had doubled since the promotion."],
        "The club's chairman",
    )


def test_present_tense_sentence_is_no_continuation() -> None:
    text = (
        "The club's chairman said the stadium was too small. Ticket sales have doubled since May."
    )
    _, layer = run(text)
    assert [k for k, _, _ in layer] == ["Indirect"]


def test_called_with_quoted_words_is_a_reported_act() -> None:
    text = 'The pilots\' union called the pay offer "an insult to every crew member".'
    _, layer = run(text)
    assert [(k, s) for k, _, s in layer] == [
        ("Reported", "The pilots' union"),
        ("Direct", "The pilots' union"),
    ]
    assert layer[1][1] == ['"an insult to every crew member"']
    assert run("The family called the police after midnight.")[1] == []


def test_reaction_verbs_frame_no_clause_without_that() -> None:
    text = "The mayor defended the plan after the council meeting ended in uproar."
    _, layer = run(text)
    assert [(k, s) for k, _, s in layer] == [("Reported", "The mayor")]


def test_a_preposition_opens_no_content_clause() -> None:
    _, layer = run("Smith said the board had insisted on control of the new fund.")
    assert layer == [("Indirect", ["the board had insisted on control of the new fund"], "Smith")]


def test_reported_perception_takes_a_gerund_content() -> None:
    _, layer = run("Villagers reported seeing smoke over the forest.")
    assert layer == [("Indirect", ["seeing smoke over the forest"], "Villagers")]
    _, layer = run("Police reported nothing unusual.")
    assert [k for k, _, _ in layer] == ["Reported"]


def test_nested_frame_after_that_takes_an_apposition_subject() -> None:
    text = "An aide told reporters that the envoy, Maria Ortiz, had quietly said the deal was dead."
    _, layer = run(text)
    assert layer[-1] == ("Indirect", ["the deal was dead"], "the envoy, Maria Ortiz")


def test_quoted_phrase_inside_indirect_speech_has_no_cue() -> None:
    text = 'The coach said his side had played "like strangers" all night.'
    _, layer = run(text)
    assert [(k, s) for k, _, s in layer] == [("Indirect", "The coach"), ("Direct", "The coach")]
    found = _found(text)
    assert found[1].cue == () and found[0].cue != ()


def _found(text: str) -> tuple[Found, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return tuple(doc.layers[LAYER])


# ---- opinion phrases ---------------------------------------------------------------------------
def test_opinion_phrases_attribute_the_clause() -> None:
    for text, content, speaker, cue in (
        (
            "In her opinion, the fee is far too high.",
            "the fee is far too high",
            "her",
            "In her opinion",
        ),
        (
            "The fee is far too high, in their view.",
            "The fee is far too high",
            "their",
            "in their view",
        ),
        (
            "In the eyes of most traders, the fee is far too high.",
            "the fee is far too high",
            "most traders",
            "In the eyes of",
        ),
    ):
        claims, layer = run(text)
        assert layer == [("Indirect", [content], speaker)], text
        assert claims[0].cue is not None and claims[0].cue.text == cue
    assert run("The fee rose in his view of the market.")[1] == []


# ---- a colon frame before a quotation over paragraphs ------------------------------------------
def test_colon_frame_takes_the_quotation_over_paragraphs() -> None:
    text = (
        "In a letter to parents, the head teacher wrote:\n\n"
        '"The roof is unsafe. Classes will move to the sports hall.\n\n'
        '"We will keep you informed."\n\n'
        "The council said repairs would start in May."
    )
    _, layer = run(text)
    quote = (
        '"The roof is unsafe. Classes will move to the sports hall.\n\n"We will keep you informed."'
    )
    assert layer[0] == ("Direct", [quote], "the head teacher")
    assert layer[1] == ("Indirect", ["repairs would start in May"], "The council")


def test_colon_without_a_quotation_after_it_is_no_claim() -> None:
    text = "The mayor wrote:\n\nThe council said repairs would start in May."
    _, layer = run(text)
    assert layer == [("Indirect", ["repairs would start in May"], "The council")]


def test_hearsay_after_a_sentence_reported_by_a_trailing_frame() -> None:
    text = (
        "Customs officers seized two tonnes of tobacco at the port, a border agency "
        "spokesman said on Friday. The cargo was allegedly declared as furniture. "
        "The driver is said to have fled on foot."
    )
    _, layer = run(text)
    assert [(kind, speaker) for kind, _, speaker in layer] == [
        ("Indirect", "a border agency spokesman"),
        ("FreeIndirect", "a border agency spokesman"),
        ("FreeIndirect", "a border agency spokesman"),
    ]
    # after a reported act (no content of its own) the source of the rumour stays open
    _, layer = run("The union condemned the cuts. Talks are reportedly planned for May.")
    assert layer[-1] == ("FreeIndirect", ["Talks are reportedly planned for May."], None)
