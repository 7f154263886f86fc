"""Back-pointing frames (claims.anaphoric_frames, claims.discourse): a demonstrative Vorfeld
(`Das`, `Dies`, `Diese Angaben`) whose frame sources the sentence before.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...]``.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.stage import analyse

_FACT = "Die/ART Fähre/NN verkehrt/VVFIN ab/APPR Mai/NN wieder/ADV täglich/ADJD ./$."
_FACT_TEXT = "Die Fähre verkehrt ab Mai wieder täglich."


def test_a_subject_with_a_quantifier_after_the_verb_sources_the_sentence_before() -> None:
    doc = tagged(
        _FACT + " | Das/ART teilten/VVFIN die/ART beiden/PIAT Kapitäninnen/NN auf/APPR "
        "Twitter/NE mit/APPR ./$."
    )
    assert layer(doc) == [("Indirect", _FACT_TEXT[:-1], "die beiden Kapitäninnen")]


def test_hervorgehen_aus_names_the_document_without_its_relative_clause() -> None:
    doc = tagged(
        _FACT + " | Dies/PDS geht/VVFIN aus/APPR einer/ART Mitteilung/NN der/ART "
        "Reederei/NN ,/$, die/PRELS am/APPRART Montag/NN erschien/VVFIN ,/$, hervor/ADV ./$."
    )
    assert layer(doc) == [("Indirect", _FACT_TEXT[:-1], "einer Mitteilung der Reederei")]


def test_a_passive_frame_takes_its_von_agent() -> None:
    doc = tagged(
        _FACT + " | Das/PDS wurde/VAFIN vom/APPRART Hafenamt/NN der/ART Stadt/NN "
        "bekannt/ADJD gegeben/VVPP ./$."
    )
    found = layer(doc)
    assert found == [("Indirect", _FACT_TEXT[:-1], "Hafenamt der Stadt")]
    cue = doc.layers["claims.attributions"][0].cue
    assert [doc.text[s:e] for s, e in cue] == ["wurde", "bekannt", "gegeben"]


def test_a_denial_pointing_back_is_a_record_claim_outside_the_layer() -> None:
    doc = tagged(_FACT + " | Das/PDS wurde/VAFIN von/APPR der/ART Reederei/NN bestritten/VVPP ./$.")
    assert layer(doc) == []
    claims, _ = analyse(doc)
    assert [c.content.text for c in claims] == [_FACT_TEXT[:-1]]


def test_a_speech_act_before_the_frame_gives_way_to_it() -> None:
    doc = tagged(
        "Der/ART Reeder/NN Max/NE Muster/NE will/VMFIN neue/ADJA Fähren/NN kaufen/VVINF ./$. | "
        "Dies/PDS geht/VVFIN aus/APPR einer/ART Meldung/NN der/ART Zeitung/NN hervor/ADV ./$."
    )
    assert layer(doc) == [
        (
            "Indirect",
            "Der Reeder Max Muster will neue Fähren kaufen",
            "einer Meldung der Zeitung",
        )
    ]


def test_a_frame_naming_nobody_keeps_its_claim_beside_the_named_source() -> None:
    doc = tagged(
        "Wie/PWAV bekannt/ADJD wurde/VAFIN ,/$, verkehrt/VVFIN die/ART Fähre/NN "
        "wieder/ADV ./$. | Das/PDS berichteten/VVFIN Mitarbeiter/NN der/ART Reederei/NN ./$."
    )
    found = layer(doc)
    assert (
        "Indirect",
        "Wie bekannt wurde, verkehrt die Fähre wieder",
        "Mitarbeiter der Reederei",
    ) in found
    assert len(found) == 2


def test_a_demonstrative_subject_with_an_ordinary_verb_is_no_frame() -> None:
    doc = tagged(_FACT + " | Das/PDS freut/VVFIN die/ART Pendler/NN ./$.")
    assert layer(doc) == []


def test_a_quotation_before_the_frame_stays_the_whole_direct_quote() -> None:
    doc = tagged(
        "„/$( Wir/PPER fahren/VVFIN wieder/ADV ./$. “/$( | Das/PDS sagte/VVFIN der/ART "
        "Kapitän/NN ./$."
    )
    assert layer(doc) == [("Direct", "„Wir fahren wieder.“", "der Kapitän")]


def test_a_naming_with_man_points_back_to_nobody() -> None:
    doc = tagged(_FACT + " | Dies/PDS nennt/VVFIN man/PIS einen/ART Fahrplanwechsel/NN ./$.")
    assert layer(doc) == []


_LEAD = (
    "Die/ART Autobahn/NN wird/VAFIN privat/ADJD finanziert/VVPP ./$. | Die/ART Maut/NN "
    "deckt/VVFIN die/ART Kosten/NN ./$. | Das/PDS gab/VVFIN der/ART Minister/NN bekannt/ADJD ./$."
)


def test_a_frame_ending_a_lead_of_two_sentences_sources_the_whole_lead() -> None:
    doc = tagged(_LEAD)
    assert layer(doc) == [
        (
            "Indirect",
            "Die Autobahn wird privat finanziert. Die Maut deckt die Kosten",
            "der Minister",
        )
    ]


def test_after_the_lead_a_frame_sources_only_the_sentence_before() -> None:
    doc = tagged("Die/ART Brücke/NN ist/VAFIN gesperrt/VVPP ./$.", _LEAD)
    assert layer(doc) == [("Indirect", "Die Maut deckt die Kosten", "der Minister")]
