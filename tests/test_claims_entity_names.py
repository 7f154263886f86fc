"""Entity names from the NER stage inside speaker phrases (`phrase_ends.py`): the rest of a
multi-word name whose word the tagger misread, an organisation name as a noun's apposition."""

from __future__ import annotations

from test_claims_speakers import tagged

from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.speaker_spans import refine_span
from newsgraph.doc import Doc, Mention


def _refined(doc: Doc, first: str, mentions: list[Mention]) -> str:
    sent = Sentence(list(doc.tokens), [], load_lexicon("de"), 0)
    start = doc.text.index(first)
    span = refine_span(sent, (start, start + len(first)), [], mentions)
    assert span is not None
    return doc.text[span[0] : span[1]]


def _mention(doc: Doc, text: str, label: str) -> Mention:
    start = doc.text.index(text)
    return Mention(start=start, end=start + len(text), text=text, label=label)


def test_phrase_ending_inside_an_organisation_name_takes_the_rest() -> None:
    doc = tagged(
        "Der/ART Verein/NN Radsport/NN ist/VAFIN gut/ADJD ,/$, sagte/VVFIN der/ART "
        "Trainer/NN von/APPR Eintracht/NE 09/CARD Nordhausen/NE ./$."
    )
    name = _mention(doc, "Eintracht 09 Nordhausen", "ORG")
    assert (
        _refined(doc, "der Trainer von Eintracht", [name])
        == "der Trainer von Eintracht 09 Nordhausen"
    )
    assert _refined(doc, "der Trainer von Eintracht", []) == "der Trainer von Eintracht"


def test_organisation_name_after_a_class_noun_is_its_apposition() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN ernst/ADJD ,/$, schreibt/VVFIN die/ART Zeitung/NN "
        "The/ART Morning/NE Herald/NE ./$."
    )
    name = _mention(doc, "The Morning Herald", "ORG")
    assert _refined(doc, "die Zeitung", [name]) == "die Zeitung The Morning Herald"


def test_lower_case_organisation_name_before_a_parenthesis() -> None:
    doc = tagged(
        "Laut/APPR einem/ART Bericht/NN der/ART Hilfsorganisation/NN hope/ADV "
        "worldwide/ADJD (/$( HW/NE )/$( seien/VAFIN viele/PIAT geflohen/VVPP ./$."
    )
    name = _mention(doc, "hope worldwide", "ORG")
    got = _refined(doc, "einem Bericht der Hilfsorganisation", [name])
    assert got.startswith("einem Bericht der Hilfsorganisation hope worldwide")


def test_person_or_place_after_an_institution_is_no_apposition() -> None:
    # `die Staatsanwaltschaft Berger`: a person after an institution is another phrase (an
    # object); only organisation and work names are read as the noun's apposition
    doc = tagged(
        "Vorgeworfen/VVPP habe/VAFIN die/ART Staatsanwaltschaft/NN Berger/NE "
        "Betrug/NN ,/$, hieß/VVFIN es/PPER ./$."
    )
    person = _mention(doc, "Berger", "PERSON")
    assert _refined(doc, "die Staatsanwaltschaft", [person]) == "die Staatsanwaltschaft"


def test_name_not_closing_the_phrase_is_not_taken() -> None:
    doc = tagged("Die/ART Zeitung/NN Nordkurier/NE Verlag/NN meldete/VVFIN Gewinne/NN ./$.")
    name = _mention(doc, "Nordkurier", "ORG")
    assert _refined(doc, "Die Zeitung", [name]) == "Die Zeitung"
