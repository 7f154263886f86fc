"""Reported speech beside other frames and after the verb (invented German sentences,
hand-tagged as ``word/TAG[/Feat=Val]``): a speech act in the first conjunct keeps its own claim
when a framed claim follows it; a subject after the verb whose article the tagger read as an
accusative is still the speaker when the object follows it."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_speech_act_before_a_semicolon_and_a_prepositional_frame_is_kept() -> None:
    doc = tagged(
        "Die/ART Veranstalter/NN schätzten/VVFIN etwa/ADV 3.000/CARD Teilnehmer/NN ;/$. "
        "nach/APPR Angaben/NN der/ART Polizei/NN waren/VAFIN es/PPER 1.000/CARD ./$."
    )
    found = layer(doc)
    assert ("Reported", "Die Veranstalter schätzten etwa 3.000 Teilnehmer", "Die Veranstalter") in (
        found
    )
    assert any(kind == "Indirect" and spk == "Angaben der Polizei" for kind, _, spk in found)


def test_first_of_two_coordinated_verbs_is_reported_speech_of_its_own() -> None:
    # the complement after the comma belongs to `kündigte an`; `warnte vor` keeps its own claim
    doc = tagged(
        "Die/ART Gewerkschaft/NN warnte/VVFIN vor/APPR Entlassungen/NN und/KON "
        "kündigte/VVFIN an/PTKVZ ,/$, notfalls/ADV zu/PTKZU streiken/VVINF ./$."
    )
    found = layer(doc)
    assert ("Reported", "Die Gewerkschaft warnte vor Entlassungen", "Die Gewerkschaft") in found
    assert ("Indirect", "notfalls zu streiken", "Die Gewerkschaft") in found


def test_first_coordinated_verb_with_a_quoted_evaluation_is_no_reported_claim() -> None:
    doc = tagged(
        "Der/ART Minister/NN bezeichnete/VVFIN den/ART Plan/NN als/KON „/$( Unsinn/NN “/$( "
        "und/KON forderte/VVFIN ,/$, ihn/PPER zu/PTKZU stoppen/VVINF ./$."
    )
    found = layer(doc)
    assert all(kind != "Reported" for kind, _, _ in found)
    assert ("Indirect", "ihn zu stoppen", "Der Minister") in found


def test_framed_claim_before_the_speech_act_leaves_it_out() -> None:
    # the frame comes first: the speech act after it is not cut out as a claim of its own
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, "
        "und/KON forderte/VVFIN Hilfe/NN ./$."
    )
    found = layer(doc)
    assert not any(
        kind == "Reported" and text.startswith("Der Minister") for kind, text, _ in found
    )


def test_subject_after_the_verb_tagged_as_accusative_is_the_speaker() -> None:
    doc = tagged(
        "Am/APPRART Montag/NN forderte/VVFIN das/ART/Case=Acc Parlament/NN/Case=Acc "
        "die/ART/Case=Acc Herausgabe/NN/Case=Acc der/ART Akten/NN ./$."
    )
    assert layer(doc) == [
        (
            "Reported",
            "Am Montag forderte das Parlament die Herausgabe der Akten.",
            "das Parlament",
        )
    ]


def test_object_after_the_verb_is_still_no_speaker() -> None:
    # `die Beschäftigten` is the object of `rufen … auf`: no accusative follows it
    doc = tagged(
        "Deshalb/PROAV rufen/VVFIN die/ART/Case=Acc Beschäftigten/NN/Case=Acc zu/APPR "
        "Streiks/NN auf/PTKVZ ./$."
    )
    assert layer(doc) == []


def test_als_role_phrase_in_the_vorfeld_opens_no_subordinate_clause() -> None:
    doc = tagged(
        "Als/KOUS Grund/NN nannte/VVFIN der/ART Minister/NN die/ART hohen/ADJA Kosten/NN ./$."
    )
    assert layer(doc) == [
        ("Reported", "Als Grund nannte der Minister die hohen Kosten.", "der Minister")
    ]


def test_temporal_als_clause_stays_subordinate() -> None:
    doc = tagged(
        "Als/KOUS der/ART Minister/NN die/ART Kosten/NN nannte/VVFIN ,/$, "
        "verließen/VVFIN viele/PIAT den/ART Saal/NN ./$."
    )
    assert all(kind != "Reported" for kind, _, _ in layer(doc))


def test_a_vote_of_confidence_is_no_reported_speech() -> None:
    doc = tagged(
        "Die/ART Fraktion/NN sprach/VVFIN dem/ART Kanzler/NN das/ART Vertrauen/NN aus/PTKVZ ./$."
    )
    assert layer(doc) == []
    support = tagged(
        "Die/ART Fraktion/NN sprach/VVFIN sich/PRF für/APPR eine/ART Reform/NN aus/PTKVZ ./$."
    )
    assert [kind for kind, _, _ in layer(support)] == ["Reported"]


def test_finite_verb_spelt_like_a_participle_is_no_speech_verb() -> None:
    # `geraten aneinander` (to clash) is not the participle of `raten` (to advise)
    doc = tagged(
        "Die/ART Fans/NN beider/PIAT Vereine/NN geraten/VVFIN immer/ADV wieder/ADV "
        "aneinander/ADV ./$."
    )
    assert layer(doc) == []
    advice = tagged("Die/ART Ärzte/NN raten/VVFIN zur/APPRART Vorsicht/NN ./$.")
    assert [kind for kind, _, _ in layer(advice)] == ["Reported"]


def test_speech_act_in_a_main_clause_of_its_own_after_a_framed_claim_is_kept() -> None:
    doc = tagged(
        "Nach/APPR Angaben/NN der/ART Veranstalter/NN kamen/VVFIN 7.000/CARD Menschen/NN ,/$, "
        "die/ART Polizei/NN spricht/VVFIN von/APPR 4.000/CARD ./$."
    )
    found = layer(doc)
    assert ("Reported", "die Polizei spricht von 4.000", "die Polizei") in found
    assert any(kind == "Indirect" and spk == "Angaben der Veranstalter" for kind, _, spk in found)


def test_verb_first_clause_after_a_framed_subordinate_clause_is_not_cut_out() -> None:
    # `Als X sagte, …, meinte er damit …`: the verb right after the comma has no subject before
    doc = tagged(
        "Als/KOUS der/ART Minister/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub "
        "ernst/ADJD ,/$, warnte/VVFIN er/PPER vor/APPR Panik/NN ./$."
    )
    assert all(kind != "Reported" for kind, _, _ in layer(doc))
