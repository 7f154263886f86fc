"""`zitieren` frames (medium and quoted person) and reported speech whose object carries a
Konjunktiv relative clause: invented, hand-tagged German sentences (``word/TAG[/morph]``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.stage import LAYER


def test_konjunktiv_relative_clause_after_a_reported_object_is_indirect_content() -> None:
    doc = hand_tagged(
        [
            [
                "Der/ART Sender/NN sprach/VVFIN von/APPR einem/ART Unfall/NN ,/$, bei/APPR "
                "dem/PRELS niemand/PIS verletzt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$."
            ]
        ]
    )
    found = layer(doc)
    assert ("Indirect", "bei dem niemand verletzt worden sei", "Der Sender") in found
    assert not any(kind == "Reported" for kind, _, _ in found)
    (attr,) = doc.layers[LAYER]
    assert "sprach" in " ".join(doc.text[s:e] for s, e in attr.cue)


def test_relative_clause_with_its_own_complement_keeps_it() -> None:
    doc = hand_tagged(
        [
            [
                "Die/ART Rednerin/NN protestierte/VVFIN gegen/APPR eine/ART Regel/NN ,/$, "
                "die/PRELS es/PPER verbiete/VVFIN/Mood=Sub ,/$, dass/KOUS Gäste/NN "
                "sprechen/VVINF dürfen/VMFIN ./$."
            ]
        ]
    )
    found = layer(doc)
    assert ("Indirect", "die es verbiete , dass Gäste sprechen dürfen", "Die Rednerin") in found


def test_indicative_relative_clause_leaves_reported_speech() -> None:
    doc = hand_tagged(
        [
            [
                "Der/ART Sender/NN sprach/VVFIN von/APPR einem/ART Unfall/NN ,/$, der/PRELS "
                "sich/PRF gestern/ADV ereignete/VVFIN/Mood=Ind ./$."
            ]
        ]
    )
    found = layer(doc)
    assert [kind for kind, _, _ in found] == ["Reported"]
    assert found[0][2] == "Der Sender"


def test_medium_name_then_role_noun_and_name_splits_medium_and_person() -> None:
    doc = hand_tagged(
        [
            [
                "„/$( Das/PDS war/VAFIN ein/ART ruhiger/ADJA Tag/NN “/$( ,/$, zitiert/VVFIN "
                "beispiel.de/NE Feuerwehrsprecher/NN Jan/NE Muster/NE ./$."
            ]
        ]
    )
    found = layer(doc)
    speakers = [s for kind, _, s in found if kind == "Direct"]
    assert sorted(speakers, key=str) == ["Feuerwehrsprecher Jan Muster", "beispiel.de"]
    person = next(a for a in doc.layers[LAYER] if doc.text[slice(*a.speaker)].endswith("Muster"))
    assert not person.cue  # the dataset gives the quoted person no cue


def test_medium_name_alone_stays_one_source() -> None:
    doc = hand_tagged(
        [
            [
                "„/$( Das/PDS war/VAFIN ein/ART ruhiger/ADJA Tag/NN “/$( ,/$, zitiert/VVFIN "
                "Radio/NE Beispiel/NE ./$."
            ]
        ]
    )
    assert [s for _, _, s in layer(doc)] == ["Radio Beispiel"]
