"""Quotations that a speech verb governs (claims.quoted_governors): inside a longer phrase (a
passive evaluation voiced by a quoted medium, a quotation deep in the `von` phrase of
`sprechen`, examples after `wie zum Beispiel`), and two evaluations set side by side in one
sentence, where each quotation belongs to the verb that governs it (invented German sentences,
hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import cues, layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.quoted_governors import _governing_verb
from newsgraph.claims.stage import tokens_for
from newsgraph.claims.text import find_quotes


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


def test_each_quotation_takes_the_verb_of_its_own_clause() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN nannte/VVFIN den/ART Plan/NN „/$( mutig/ADJD “/$( ,/$, "
        "der/ART Verband/NN bezeichnete/VVFIN ihn/PPER als/KON „/$( gefährlich/ADJD “/$( ./$."
    )
    rows = [row for row in layer(doc) if row[0] == "Direct"]
    assert ("Direct", "„mutig“", "Die Ministerin") in rows
    assert any(r[1] == "„gefährlich“" and r[2] and "der Verband" in r[2] for r in rows)
    assert not any(r[1] == "„gefährlich“" and r[2] == "Die Ministerin" for r in rows)
    assert "bezeichnete als" in cues(doc)


def test_the_governing_verb_is_found_across_a_relative_clause() -> None:
    doc = tagged(
        "Der/ART Trainer/NN bezeichnete/VVFIN die/ART Karten/NN in/APPR einem/ART Spiel/NN "
        ",/$, in/APPR dem/PRELS es/PPER kaum/ADV Fouls/NN gab/VVFIN ,/$, als/KON „/$( "
        "übertrieben/ADJD “/$( ./$."
    )
    toks = tokens_for(doc)
    sent = Sentence(toks, find_quotes(doc.text, toks), load_lexicon("de"), 0)
    k = next(i for i, t in enumerate(sent.toks) if t.text == "„")
    found = _governing_verb(sent, k, k + 2)
    assert found is not None and sent.toks[found[0]].text == "bezeichnete"
