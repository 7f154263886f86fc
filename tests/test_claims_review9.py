"""Fixes from the session-9 review of the new claims rules: a crash, claims swallowed or lost,
and wrong speakers.  Tags, case and mood are those a run of the nlp stage gave on
each invented sentence, so the rules meet the tagger's readings."""

from __future__ import annotations

from claims_docs import layer, tagged_paragraphs

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.evaluation.quotes import predict
from newsgraph.record import Article, Block


def test_an_unclosed_parenthesis_with_zufolge_does_not_crash_the_stage() -> None:
    doc = tagged_paragraphs(
        "Die/ART/Case=Nom Brücke/NN/Case=Nom ist/VAFIN/Mood=Ind marode/ADJA (/$("
        " Angaben/NN/Case=Nom der/ART/Case=Gen Stadt/NN/Case=Gen zufolge/APPO"
    )
    assert all(kind == "Indirect" for kind, _, _ in layer(doc))


def test_a_given_name_before_zu_and_a_common_noun_keeps_its_preposition() -> None:
    doc = tagged_paragraphs(
        "„/$( Das/PDS/Case=Nom ist/VAFIN/Mood=Ind gut/ADJD “/$( ,/$, sagte/VVFIN/Mood=Ind"
        " Peter/NE/Case=Nom zu/APPR Journalisten/NN/Case=Dat|Number=Plur ./$."
    )
    assert layer(doc) == [("Direct", "„Das ist gut“", "Peter")]


def test_an_interrupted_report_leaves_the_claim_of_a_later_clause_alone() -> None:
    doc = tagged_paragraphs(
        "Die/ART/Case=Nom Lage/NN/Case=Nom ,/$, sagte/VVFIN/Mood=Ind der/ART/Case=Nom"
        " Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, sei/VAFIN/Mood=Sub ernst/ADJD ,/$,"
        " während/KOUS der/ART/Case=Nom Minister/NN/Case=Nom|Gender=Masc|Number=Sing"
        " erklärte/VVFIN/Mood=Ind ,/$, es/PPER/Case=Nom gebe/VVFIN/Mood=Sub keine/PIAT/Case=Acc"
        " Gefahr/NN/Case=Acc ./$."
    )
    assert sorted(layer(doc)) == [
        ("Indirect", "Die Lage sei ernst", "der Sprecher"),
        ("Indirect", "es gebe keine Gefahr", "der Minister"),
    ]


def test_a_clause_opened_by_an_article_after_a_trailing_frame_goes_on_reporting() -> None:
    doc = tagged_paragraphs(
        "Das/ART/Case=Nom Unglück/NN/Case=Nom sei/VAFIN/Mood=Sub schlimm/ADJD ,/$,"
        " sagte/VVFIN/Mood=Ind die/ART/Case=Nom Ministerin/NN/Case=Nom|Gender=Fem ,/$,"
        " die/ART/Case=Nom|Number=Plur Gedanken/NN/Case=Nom|Number=Plur seien/VAFIN/Mood=Sub"
        " bei/APPR den/ART/Case=Dat Opfern/NN/Case=Dat ./$."
    )
    assert ("Indirect", "die Gedanken seien bei den Opfern", "die Ministerin") in layer(doc)


def test_a_relative_clause_tagged_as_an_article_after_a_trailing_frame_is_no_content() -> None:
    doc = tagged_paragraphs(
        "Kinder/NN/Case=Nom würden/VAFIN/Mood=Sub zu/APPR Soldaten/NN/Case=Dat gemacht/VVPP"
        " ,/$, heißt/VVFIN/Mood=Ind es/PPER/Case=Nom in/APPR dem/ART/Case=Dat"
        " Bericht/NN/Case=Dat ,/$, der/ART/Case=Nom konkrete/ADJA/Case=Nom Fälle/NN/Case=Nom"
        " auflistet/VVFIN/Mood=Ind ./$."
    )
    assert [content for _, content, _ in layer(doc)] == ["Kinder würden zu Soldaten gemacht"]


def test_a_passive_in_the_next_clause_does_not_hide_a_middle_field_subject() -> None:
    doc = tagged_paragraphs(
        "Das/PDS/Case=Nom sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN/Mood=Ind in/APPR"
        " Köln/NE/Case=Dat ein/ART/Case=Acc Sprecher/NN/Case=Acc|Gender=Masc|Number=Sing ,/$,"
        " man/PIS/Case=Nom wird/VAFIN/Mood=Ind sehen/VVINF ./$."
    )
    assert ("Indirect", "Das sei ernst", "ein Sprecher") in layer(doc)


def test_a_first_paragraph_ending_inside_a_quotation_is_no_headline() -> None:
    text = 'The mayor said: "We will rebuild the bridge."\n\nWork starts in May, officials said.'
    found = predict(text, None, None)
    assert [(f.kind, text[f.parts[0][0] : f.parts[-1][1]]) for f in found] == [
        ("Direct", '"We will rebuild the bridge."'),
        ("Indirect", "Work starts in May"),
    ]


def test_a_caption_opening_with_a_quotation_with_a_wide_space_stays_unread() -> None:
    # the quotation over a paragraph break is read although the block reader does not count
    # the unit; a caption block is not article text, a double space inside it is no break
    text = (
        "The coach resigned on Sunday.\n\n"
        '"We  will miss him," the club said in a caption.\n\n'
        "He had led the team for six years."
    )
    first = len("The coach resigned on Sunday.\n\n")
    caption_end = text.index("\n\nHe had")
    blocks = (
        Block("body", 0, first - 2, "en"),
        Block("caption", first, caption_end, "en"),
        Block("body", caption_end + 2, len(text), "en"),
    )
    doc = Doc(article=Article(id="t", text=text, language="en", blocks=blocks))
    ClaimsStage()(doc)
    assert doc.article.claims == ()
