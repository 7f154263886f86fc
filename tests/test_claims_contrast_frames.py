"""Frames inside a contrasting phrase (`anders als X behauptet`) are no source of their
sentence (claims.foreign_contents).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` (see
``claims_docs``).
"""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged, layer

from newsgraph.doc import Doc


def _doc(*sentences: str) -> Doc:
    return hand_tagged([list(sentences)], UPOS, glue_punctuation=True)


def test_anders_als_x_behauptet_is_not_x_claim() -> None:
    # what follows `anders als das Militär behauptet` contradicts the military: no frame
    doc = _doc(
        "Der/ART Wagen/NN sei/VAFIN/Mood=Sub|Subj=I ,/$, anders/ADV als/KOKOM das/ART "
        "Militär/NN behauptet/VVFIN/=behaupten ,/$, langsam/ADJD gefahren/VVPP ,/$, es/PPER "
        "habe/VAFIN/Mood=Sub|Subj=I keine/PIAT Warnschüsse/NN gegeben/VVPP ./$.",
    )
    found = layer(doc)
    assert not [f for f in found if f[1].startswith("langsam gefahren")]


def test_contrast_of_the_speaker_keeps_the_frame() -> None:
    # the speech verb is the main clause's verb, outside the comparative phrase
    doc = _doc(
        "Anders/ADV als/KOKOM sein/PPOSAT Vorgänger/NN sagte/VVFIN/=sagen der/ART "
        "Minister/NN Tom/NE Berg/NE ,/$, der/ART Plan/NN sei/VAFIN/Mood=Sub|Subj=I "
        "gut/ADJD ./$.",
    )
    found = layer(doc)
    assert [f for f in found if f[2] == "der Minister Tom Berg"]
