"""Back-pointing frames and the claims of the sentence they point to (claims.discourse).

`X. Das sagte Y.`: a demonstrative frame makes the sentence before Y's claim, unless that
sentence already names its own source.  Invented German sentences, hand-tagged as
``word/TAG[/Feat=Val|...][/=lemma]`` (see ``claims_docs``).
"""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged, layer

#: the nlp stage gives indefinite determiners (`einige`) the UPOS DET
_POS = dict(UPOS, PIAT="DET")


def _doc(*sentences: str):  # type: ignore[no-untyped-def]
    return hand_tagged([list(sentences)], _POS, glue_punctuation=True)


def test_frame_whose_subject_the_speaker_pass_finds_keeps_its_sentence() -> None:
    # the frame rules miss `einige Abgeordnete aus der Koalition` after the auxiliary; the
    # sentence still names its source, so `Dies äußerten ...` takes nothing from it
    doc = _doc(
        "Unterdessen/ADV haben/VAFIN einige/PIAT Abgeordnete/NN aus/APPR der/ART Koalition/NN "
        "angekündigt/VVPP/=ankündigen ,/$, sie/PPER würden/VAFIN/Mood=Sub|Subj=II "
        "klagen/VVINF ./$.",
        "Dies/PDAT äußerten/VVFIN der/ART grüne/ADJA Abgeordnete/NN Max/NE Muster/NE ./$.",
    )
    found = layer(doc)
    assert [(k, c) for k, c, _ in found] == [("Indirect", "sie würden klagen")]
    assert (found[0][2] or "").startswith("einige Abgeordnete")


def test_frame_naming_nobody_leaves_its_sentence_to_the_back_pointing_frame() -> None:
    # `Wie bekannt wurde` names no source: the helpers are the source of the sentence
    doc = _doc(
        "Wie/PWAV bekannt/ADJD wurde/VAFIN ,/$, sind/VAFIN im/APPRART Hafen/NN erste/ADJA "
        "Fälle/NN aufgetreten/VVPP ./$.",
        "Das/PDS berichteten/VVFIN Helfer/NN des/ART Roten/ADJA Kreuzes/NN ./$.",
    )
    speakers = [s for _, _, s in layer(doc)]
    assert any(s is not None and s.startswith("Helfer") for s in speakers)


def test_back_pointing_frame_sources_a_sentence_without_claims() -> None:
    doc = _doc(
        "Die/ART Brücke/NN bleibt/VVFIN bis/APPR Juni/NN gesperrt/VVPP ./$.",
        "Das/PDS teilte/VVFIN die/ART Stadtverwaltung/NN mit/PTKVZ ./$.",
    )
    assert layer(doc) == [
        ("Indirect", "Die Brücke bleibt bis Juni gesperrt", "die Stadtverwaltung")
    ]


def test_hearsay_after_a_denial_is_not_the_deniers_claim() -> None:
    # the police deny the report; what `soll` reports next is the allegation, not theirs
    doc = _doc(
        "Augenzeugen/NN berichteten/VVFIN von/APPR drei/CARD Toten/NN ./$.",
        "Das/PDS wurde/VAFIN von/APPR der/ART Polizei/NN bestritten/VVPP ./$.",
        "Dabei/PROAV sollen/VMFIN Demonstranten/NN Parolen/NN gerufen/VVPP haben/VAINF ./$.",
    )
    assert not [f for f in layer(doc) if f[0] == "FreeIndirect" and f[2] == "der Polizei"]


def test_back_pointing_report_is_a_second_source_of_a_laut_claim() -> None:
    # `Laut X ... . Dies gab Y bekannt.`: both X and Y report the arrest
    doc = _doc(
        "Laut/APPR dem/ART Sender/NN Radio/NE Nord/NE ist/VAFIN ein/ART Mann/NN "
        "festgenommen/VVPP worden/VAPP ./$.",
        "Dies/PDS gab/VVFIN/=geben die/ART Polizei/NN bekannt/PTKVZ ./$.",
    )
    found = layer(doc)
    content = [c for k, c, _ in found if k == "Indirect"]
    assert len(content) == 2 and content[0] == content[1]
    assert {s for _, _, s in found} >= {"die Polizei"}


def test_back_pointing_opinion_is_no_second_source_of_a_laut_claim() -> None:
    # `Dies hält er für unwahrscheinlich.` judges what the source said, it does not report it
    doc = _doc(
        "Laut/APPR dem/ART Sender/NN Radio/NE Nord/NE ist/VAFIN ein/ART Mann/NN "
        "festgenommen/VVPP worden/VAPP ./$.",
        "Dies/PDS hält/VVFIN/=halten die/ART Polizei/NN für/APPR unwahrscheinlich/ADJD ./$.",
    )
    found = layer(doc)
    assert "die Polizei" not in {s for _, _, s in found}
