"""Quotations that a speech verb governs inside a longer phrase: a passive evaluation voiced by
a quoted medium, a quotation deep in the `von` phrase of `sprechen`, examples after `wie zum
Beispiel` (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import cues, layer
from claims_docs import tagged_paragraphs as tagged


def test_passive_evaluation_in_a_quoted_medium() -> None:
    doc = tagged(
        "Die/ART Stadtwerke/NN wurden/VAFIN gestern/ADV im/APPRART „/$( Kurier/NN “/$( "
        "als/KON „/$( ein/ART gut/ADJD geführter/ADJA Betrieb/NN “/$( bezeichnet/VVPP ./$."
    )
    assert layer(doc) == [("Direct", "„ein gut geführter Betrieb“", "„Kurier“")]
    assert cues(doc) == ["als bezeichnet"]


def test_passive_evaluation_without_agent_or_medium_has_no_speaker() -> None:
    doc = tagged(
        "Die/ART Stadtwerke/NN wurden/VAFIN gestern/ADV im/APPRART Rat/NN "
        "als/KON „/$( ein/ART gut/ADJD geführter/ADJA Betrieb/NN “/$( bezeichnet/VVPP ./$."
    )
    assert layer(doc) == [("Direct", "„ein gut geführter Betrieb“", None)]


def test_quotation_deep_in_the_von_phrase_of_a_perfect() -> None:
    doc = tagged(
        "Die/ART Zeitungen/NN hatten/VAFIN am/APPRART Montag/NN von/APPR der/ART "
        "Notwendigkeit/NN eines/ART „/$( Neuanfangs/NN “/$( gesprochen/VVPP ./$."
    )
    assert layer(doc) == [("Direct", "„Neuanfangs“", "Die Zeitungen")]


def test_a_title_right_after_von_in_a_perfect_stays_a_name() -> None:
    doc = tagged(
        "Der/ART Lehrer/NN hatte/VAFIN lange/ADV von/APPR „/$( Hamlet/NE “/$( gesprochen/VVPP ./$."
    )
    assert layer(doc) == []


def test_examples_after_wie_zum_beispiel_are_the_speakers_words() -> None:
    doc = tagged(
        "Die/ART Fans/NN skandierten/VVFIN Parolen/NN wie/KON zum/APPRART Beispiel/NN "
        "„/$( Stoppt/VVFIN den/ART Abriss/NN “/$( oder/KON „/$( Rettet/VVFIN das/ART "
        "Stadion/NN “/$( ./$."
    )
    assert layer(doc) == [
        ("Direct", "„Stoppt den Abriss“", "Die Fans"),
        ("Direct", "„Rettet das Stadion“", "Die Fans"),
    ]
