"""English reported acts, hearsay sources and frame limits of the ninth English round, in the
german_news_quotes layer (``claims.attributions``).  All texts are written for these tests."""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage, Found
from newsgraph.doc import Doc
from newsgraph.record import Article


def run(text: str) -> list[tuple[str, list[str], str | None]]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    found: tuple[Found, ...] = doc.layers[LAYER]
    return [
        (f.kind, [text[s:e] for s, e in f.parts], text[slice(*f.speaker)] if f.speaker else None)
        for f in found
    ]


def test_said_to_after_a_trailing_frame_has_no_source() -> None:
    text = (
        "The ferry left two hours late, a harbour official said. "
        "The captain is said to have refused to sail in the storm."
    )
    assert run(text)[-1] == (
        "FreeIndirect",
        ["The captain is said to have refused to sail in the storm."],
        None,
    )


def test_said_to_with_an_adverb_after_be() -> None:
    assert run("The two clubs are also said to be in talks about a loan deal.") == [
        ("FreeIndirect", ["The two clubs are also said to be in talks about a loan deal."], None)
    ]


def test_called_on_is_reported_and_warning_that_a_claim_of_its_own() -> None:
    text = (
        "The teachers' association called on the ministry to delay the exams, warning that "
        "many pupils had missed weeks of lessons."
    )
    assert run(text) == [
        (
            "Reported",
            ["The teachers' association called on the ministry to delay the exams"],
            "The teachers' association",
        ),
        (
            "Indirect",
            ["that many pupils had missed weeks of lessons"],
            "The teachers' association",
        ),
    ]


def test_relative_clause_in_the_object_of_a_demand_is_no_content() -> None:
    text = "The tenants' group demanded refunds for families who had lost their deposits."
    assert run(text) == [("Reported", [text], "The tenants' group")]


def test_claimed_victory_is_an_act_not_a_content() -> None:
    text = "The ruling party claimed victory in the regional vote on Monday."
    assert run(text) == [("Reported", [text], "The ruling party")]
    assert run("Ruling party claims victory in regional vote") == []  # a headline


def test_reminded_frames_a_that_clause() -> None:
    text = "The coach reminded his players that the final was not yet won."
    assert run(text) == [("Indirect", ["that the final was not yet won"], "The coach")]


def test_progressive_speech_acts() -> None:
    text = "The nurses' union is demanding an extra week of holiday."
    assert run(text) == [("Reported", [text], "The nurses' union")]
    text = "Neighbours are insisting that the old bridge be repaired first."
    assert run(text) == [("Indirect", ["that the old bridge be repaired first"], "Neighbours")]


def test_present_calls_for_is_a_reported_act() -> None:
    text = "The audit calls for a review of every contract signed since 2020."
    assert run(text) == [("Reported", [text], "The audit")]
    text = "The chairman joined the meeting on a conference call. Nothing was decided."
    assert run(text) == []


def test_adjuncts_with_of_and_a_place_name_end_a_trailing_frame() -> None:
    text = (
        '"We will rebuild," the club\'s captain, Lena Ortiz, said at the opening of the '
        'season. "Nothing will stop us."'
    )
    assert run(text) == [
        (
            "Direct",
            ['"We will rebuild,"', '"Nothing will stop us."'],
            "the club's captain, Lena Ortiz",
        )
    ]
    text = '"We are not going anywhere," Okafor told a crowd at Pellham Market square.'
    assert run(text) == [("Direct", ['"We are not going anywhere,"'], "Okafor")]


def test_a_comma_opening_a_trailing_frame_opens_no_content() -> None:
    text = "The striker had asked to leave in May, his agent said, and the club had agreed."
    assert run(text) == [
        (
            "Indirect",
            ["The striker had asked to leave in May", "and the club had agreed"],
            "his agent",
        )
    ]


def test_trailing_finding_goes_on_after_and() -> None:
    text = (
        "Lead levels were above the limit in 12 schools, the survey found, and two of them "
        "had closed their kitchens."
    )
    assert run(text) == [
        (
            "Indirect",
            [
                "Lead levels were above the limit in 12 schools",
                "and two of them had closed their kitchens",
            ],
            "the survey",
        )
    ]


def test_speaker_name_with_and_and_a_short_name_in_parentheses() -> None:
    text = "Turnout was low, the Farmers and Growers Federation (FGF) said."
    assert run(text) == [
        ("Indirect", ["Turnout was low"], "the Farmers and Growers Federation (FGF)")
    ]


def test_negated_telling_before_a_question_word_is_a_reported_act() -> None:
    for text, speaker in (
        ("The hospital did not say how many patients were affected.", "The hospital"),
        ("The coach wouldn't say whether the keeper would play.", "The coach"),
    ):
        assert run(text) == [("Reported", [text], speaker)], text
    assert run("The hospital did not confirm the figure.") == []


def test_reported_act_inside_an_indirect_content_is_no_claim_of_its_own() -> None:
    text = "The shop owner said he welcomed the new parking rules but feared for his trade."
    assert run(text) == [
        (
            "Indirect",
            ["he welcomed the new parking rules but feared for his trade"],
            "The shop owner",
        )
    ]


def test_base_form_after_a_determiner_and_a_singular_word_is_a_noun() -> None:
    text = "The inspectors would send a final report next week, the ministry said."
    assert run(text) == [
        ("Indirect", ["The inspectors would send a final report next week"], "the ministry")
    ]
    text = "Both unions report that attendance was high."
    assert run(text) == [("Indirect", ["that attendance was high"], "Both unions")]


def test_of_phrases_in_adjuncts_and_addressees_of_a_frame() -> None:
    text = "Prices would rise sharply, the minister said at the launch of the plan."
    assert run(text) == [("Indirect", ["Prices would rise sharply"], "the minister")]
    text = "The mayor told a meeting of the city council that the bridge would reopen."
    assert run(text) == [("Indirect", ["that the bridge would reopen"], "The mayor")]
    text = "The mayor told a crowd at Kingsford Town hall that the bridge would reopen."
    assert run(text) == [("Indirect", ["that the bridge would reopen"], "The mayor")]


def test_a_reported_act_to_the_sentence_end_takes_the_full_stop() -> None:
    assert run("The league condemned the chants.") == [
        ("Reported", ["The league condemned the chants."], "The league")
    ]
    text = "According to the club, the striker denied the report."
    assert [parts for _, parts, _ in run(text)] == [
        ["the striker denied the report"],
        ["the striker denied the report"],
    ]


def test_a_phrase_before_an_interrupting_frame_is_the_first_part() -> None:
    text = "For decades, the farmer says, the village has never recovered."
    assert run(text) == [
        ("Indirect", ["For decades", "the village has never recovered"], "the farmer")
    ]
    text = "Speaking on Monday, the farmer said the village had never recovered."
    assert run(text) == [("Indirect", ["the village had never recovered"], "the farmer")]


def test_citing_belongs_to_the_reported_act() -> None:
    text = "The bank declined to comment, citing client confidentiality."
    assert run(text) == [("Reported", [text], "The bank")]


def test_speaker_appositions_with_whose_and_a_lowercase_title() -> None:
    text = "Farmer Jo Reyes, whose fields flooded twice, said she was worried."
    assert run(text)[0][2] == "Farmer Jo Reyes, whose fields flooded twice"
    text = "The panel's chair, retired judge Omar Lindqvist, told reporters that it was over."
    assert run(text)[0][2] == "The panel's chair, retired judge Omar Lindqvist"
    text = "Even the club's own fans admit that the team is weak."
    assert run(text)[0][2] == "the club's own fans"


def test_addressee_with_an_ing_adjective_and_late_on_a_day() -> None:
    text = "The mayor told waiting reporters outside the hall that she would stay."
    assert run(text) == [("Indirect", ["that she would stay"], "The mayor")]
    text = "The league said late on Friday that the match would be replayed."
    assert run(text) == [("Indirect", ["that the match would be replayed"], "The league")]


def test_a_quantified_object_with_a_relative_clause_is_no_content() -> None:
    assert run("The treasurer had declared every payment she received.") == []
    text = "The treasurer confirmed all payments had been declared."
    assert run(text) == [("Indirect", ["all payments had been declared"], "The treasurer")]


def test_a_last_clause_act_takes_no_full_stop() -> None:
    text = 'Reviews were warm; the Coast Courier called the album "a triumph".'
    assert (
        "Reported",
        ['the Coast Courier called the album "a triumph"'],
        "the Coast Courier",
    ) in run(text)


def test_according_to_content_goes_on_over_a_while_clause_without_a_frame() -> None:
    text = "According to the poll, 30 percent back the mayor, while 52 percent back her rival."
    assert run(text) == [
        (
            "Indirect",
            ["30 percent back the mayor, while 52 percent back her rival"],
            "the poll",
        )
    ]


def test_an_age_in_apposition_stays_in_the_speaker() -> None:
    text = "Lina Ortmann, 45, said the fire spread fast."
    assert run(text) == [("Indirect", ["the fire spread fast"], "Lina Ortmann, 45")]
