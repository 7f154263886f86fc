"""Frames of direct quotes (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article


def cues(doc: Doc) -> list[str]:
    return [" ".join(doc.text[s:e] for s, e in f.cue) for f in doc.layers[LAYER]]


def test_trailing_frame_after_a_colon_quote_is_its_frame() -> None:
    doc = tagged(
        "Nach/APPR dem/ART Spiel/NN war/VAFIN der/ART Trainer/NN Max/NE Huber/NE "
        "zufrieden/ADJD :/$. „/$( Ein/ART guter/ADJA Start/NN “/$( ,/$, sagte/VVFIN "
        "er/PPER dem/ART Sender/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Ein guter Start“", "er")]
    assert cues(doc) == ["sagte"]
    assert [c.form for c in doc.article.claims] == ["direct"]


def test_trailing_frame_after_a_colon_quote_with_a_named_speaker() -> None:
    doc = tagged(
        "Die/ART Firma/NN empfindet/VVFIN die/ART Kritik/NN als/APPR ungerecht/ADJD :/$. "
        "„/$( Wir/PPER haben/VAFIN alles/PIS richtig/ADJD gemacht/VVPP “/$( ,/$, "
        "meinte/VVFIN der/ART Sprecher/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Wir haben alles richtig gemacht“", "der Sprecher")]


def test_colon_quote_without_trailing_frame_keeps_the_colon_frame() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Roth/NE sagte/VVFIN :/$. „/$( Wir/PPER "
        "bauen/VVFIN die/ART Brücke/NN ./$. “/$( | Dann/ADV fuhr/VVFIN sie/PPER ab/PTKVZ ./$."
    )
    assert layer(doc) == [("Direct", "„Wir bauen die Brücke.“", "Die Ministerin Eva Roth")]


def test_quotations_listed_after_one_frame_are_one_direct_quote_in_parts() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN hatte/VAFIN erklärt/VVPP :/$. „/$( Der/ART Bau/NN ist/VAFIN "
        "teuer/ADJD ./$. “/$( und/KON „/$( Wir/PPER bleiben/VVFIN im/APPRART Plan/NN ./$. “/$("
    )
    assert [f.kind for f in doc.layers[LAYER]] == ["Direct"]
    assert layer(doc) == [
        ("Direct", "„Der Bau ist teuer.“ „Wir bleiben im Plan.“", "Die Ministerin")
    ]
    assert [c.content.text for c in doc.article.claims] == [
        "„Der Bau ist teuer.“",
        "„Wir bleiben im Plan.“",
    ]


def test_indirect_content_with_partial_quotes_stays_indirect() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, der/ART Bau/NN sei/VAFIN/Mood=Sub "
        "„/$( teuer/ADJD “/$( und/KON „/$( schwierig/ADJD “/$( ./$."
    )
    assert [f.kind for f in doc.layers[LAYER]] == ["Indirect", "Direct", "Direct"]


def test_quotation_after_a_lone_connective_continues_the_speaker() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Roth/NE sagte/VVFIN :/$. „/$( Wir/PPER bauen/VVFIN "
        "die/ART Brücke/NN ./$. “/$( | Und/KON :/$. „/$( Sie/PPER wird/VAFIN im/APPRART "
        "Mai/NN fertig/ADJD ./$. “/$("
    )
    assert layer(doc) == [
        ("Direct", "„Wir bauen die Brücke.“", "Die Ministerin Eva Roth"),
        ("Direct", "„Sie wird im Mai fertig.“", "Die Ministerin Eva Roth"),
    ]
    assert cues(doc) == ["sagte", ""]


def test_back_pointing_frame_sources_the_quotation_before_it() -> None:
    doc = tagged(
        "Der/ART Minister/NN besuchte/VVFIN die/ART Baustelle/NN ./$. | „/$( Wir/PPER "
        "liegen/VVFIN gut/ADJD im/APPRART Plan/NN ./$. “/$( | Das/PDS sagte/VVFIN "
        "Minister/NN Hans/NE Roth/NE am/APPRART Montag/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Wir liegen gut im Plan.“", "Minister Hans Roth")]
    assert cues(doc) == ["sagte"]


def test_impersonal_frame_right_after_a_quote_without_comma() -> None:
    doc = tagged(
        "Der/ART Minister/NN besuchte/VVFIN die/ART Baustelle/NN ./$. | „/$( Wir/PPER "
        "liegen/VVFIN gut/ADJD im/APPRART Plan/NN “/$( heißt/VVFIN es/PPER dazu/PAV in/APPR "
        "einer/ART Mitteilung/NN des/ART Ministeriums/NN ./$."
    )
    assert layer(doc) == [
        ("Direct", "„Wir liegen gut im Plan“", "einer Mitteilung des Ministeriums")
    ]
    assert cues(doc) == ["heißt es"]


def test_frame_naming_the_words_after_a_quote() -> None:
    doc = tagged(
        "Der/ART Trainer/NN kam/VVFIN zurück/PTKVZ ./$. | „/$( Guten/ADJA Tag/NN ,/$, "
        "da/ADV bin/VAFIN ich/PPER wieder/ADV “/$( –/$( mit/APPR diesen/PDAT Worten/NN "
        "begrüßte/VVFIN er/PPER die/ART Presse/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Guten Tag, da bin ich wieder“", "er")]
    assert cues(doc) == ["begrüßte"]


def test_english_interrupted_quote_with_subject_first_frame() -> None:
    text = "“We are on schedule,” the mayor said, “and the bridge opens in May.”"
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    assert layer(doc) == [
        ("Direct", "“We are on schedule,” “and the bridge opens in May.”", "the mayor")
    ]
    assert [c.content.text for c in doc.article.claims] == [
        "“We are on schedule,”",
        "“and the bridge opens in May.”",
    ]


def test_quote_after_a_frame_clause_of_its_own_is_no_second_part() -> None:
    text = "“We are on schedule,” the mayor said, when she saw the “new bridge”."
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    assert layer(doc)[0] == ("Direct", "“We are on schedule,”", "the mayor")


def test_nearest_of_two_frames_of_one_quotation_is_its_frame() -> None:
    doc = tagged(
        "Der/ART Minister/NN lobte/VVFIN die/ART Arbeiter/NN und/KON sagte/VVFIN :/$.",
        "„/$( Ihr/PPER habt/VAFIN viel/PIS geleistet/VVPP ./$. “/$(",
    )
    assert layer(doc) == [("Direct", "„Ihr habt viel geleistet.“", "Der Minister")]
    assert cues(doc) == ["sagte"]
