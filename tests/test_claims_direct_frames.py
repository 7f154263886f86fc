"""Frames of direct quotes (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc

_POS = {
    "VVFIN": "VERB",
    "VVPP": "VERB",
    "VVINF": "VERB",
    "VAFIN": "AUX",
    "VMFIN": "AUX",
    "NN": "NOUN",
    "NE": "PROPN",
    "ADV": "ADV",
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "APPR": "ADP",
    "APPRART": "ADP",
    "ART": "DET",
    "PPER": "PRON",
    "PRF": "PRON",
}


def tagged(*paragraphs: str) -> Doc:
    """A Doc from paragraphs of sentences separated by `` | ``, words as ``word/TAG...``."""
    return hand_tagged([p.split(" | ") for p in paragraphs], _POS, glue_punctuation=True)


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
