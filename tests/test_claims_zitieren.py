"""`zitieren` frames (medium and quoted person) and reported speech whose object carries a
Konjunktiv relative clause: invented, hand-tagged German sentences (``word/TAG[/morph]``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.direct_quotes import colon_quotes_with_trailing_frames
from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.stage import LAYER
from newsgraph.claims.text import find_quotes, tokens_for


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


def test_plural_wuerden_in_the_relative_clause_stands_in_for_konjunktiv_one() -> None:
    doc = hand_tagged(
        [
            [
                "Der/ART Bericht/NN prangert/VVFIN Übergriffe/NN an/PTKVZ ,/$, die/PRELS "
                "von/APPR Milizen/NN verübt/VVPP würden/VAFIN/Mood=Sub ./$."
            ]
        ]
    )
    assert ("Indirect", "die von Milizen verübt würden", "Der Bericht") in layer(doc)


def test_relative_clause_after_a_verb_without_reported_speech_of_its_own() -> None:
    # `äußerte sich` alone makes no reported speech; its Konjunktiv relative clause is content
    doc = hand_tagged(
        [
            [
                "Die/ART Ministerin/NN äußerte/VVFIN sich/PRF über/APPR die/ART Gewalt/NN ,/$, "
                "die/PRELS vor/APPR allem/PIS nachts/ADV auftrete/VVFIN/Mood=Sub ./$."
            ]
        ]
    )
    assert layer(doc) == [("Indirect", "die vor allem nachts auftrete", "Die Ministerin")]


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


def test_quotation_after_a_colon_filling_the_vorfeld_of_the_frame_is_its_content() -> None:
    # the tagger's reading of a real sentence shape: `zitiert` as a finite verb, so the frame
    # reads its content up to the cue; the quotation after the colon is the content alone
    doc = hand_tagged(
        [
            [
                "Der/ART Teamchef/NN stellt/VVFIN sich/PRF vor/APPR den/ART Fahrer/NN :/$. "
                "„/$( Er/PPER ist/VAFIN der/ART Beste/NN “/$( wird/VAFIN der/ART Chef/NN "
                "im/APPRART Fachblatt/NN „/$( Sportwoche/NN “/$( zitiert/VVFIN ./$."
            ]
        ]
    )
    text = doc.text
    lex = load_lexicon("de")
    tokens = tokens_for(doc)
    quotes = find_quotes(text, tokens)
    sent = Sentence(tokens, quotes, lex, 0)
    cue = text.index("zitiert")
    quote = (text.index("„"), text.index("“") + 1)
    content = Attr("Indirect", [(0, cue - 1)], [(cue, cue + 7)], "say", None, 0)
    nested = Attr("Direct", [quote], [(cue, cue + 7)], "say", None, 0, parent=content)
    out = colon_quotes_with_trailing_frames([content, nested], [sent])
    assert [(a.kind, a.parts) for a in out] == [("Direct", [quote])]
