"""A speech act whose demonstrative object points back: the object is the reported content
(claims.anaphoric_frames).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` (see
``claims_docs``).
"""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged, layer

from newsgraph.doc import Doc

_NEWS = "Der/ART Verzehr/NN von/APPR Nüssen/NN senkt/VVFIN das/ART Risiko/NN ./$."


def _doc(*sentences: str) -> Doc:
    return hand_tagged([list(sentences)], UPOS, glue_punctuation=True)


def test_demonstrative_object_of_an_announcement_is_the_content() -> None:
    doc = _doc(
        _NEWS,
        "Forscher/NN der/ART Universität/NN Ulm/NE gaben/VVFIN/=geben diese/PDAT "
        "Ergebnisse/NN gestern/ADV bekannt/PTKVZ ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "diese Ergebnisse", "Forscher der Universität Ulm") in found


def test_object_with_a_second_complement_is_a_topic() -> None:
    # `bezeichnete diese Ergebnisse als ...` judges them: no content of its own
    doc = _doc(
        _NEWS,
        "Der/ART Forscher/NN Tom/NE Berg/NE bezeichnete/VVFIN/=bezeichnen diese/PDAT "
        "Ergebnisse/NN als/KOKOM wichtig/ADJD ./$.",
    )
    found = layer(doc)
    assert not [f for f in found if f[1] == "diese Ergebnisse"]
