"""Session 20: claim records, each case an invented text."""

from __future__ import annotations

from claims_docs import hand_tagged, layer


def test_an_object_after_an_inverted_subject_is_no_part_of_it() -> None:
    # the tagger may read the accusative `einen` as a genitive; no form of `ein`/`den`/`dem`
    # is one, so a second noun phrase begins there
    doc = hand_tagged(
        [
            [
                "Gestern/ADV forderte/VVFIN der/ART/Case=Nom Fahrer/NN/Case=Nom "
                "einen/ART/Case=Gen Anwalt/NN/Case=Gen ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["der Fahrer"]
