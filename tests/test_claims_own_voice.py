"""Frames of the Indirect form read in round 8: invented, hand-tagged German sentences
(``word/TAG[/morph]`` as in :mod:`test_claims_rules`)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_third_person_opinion_phrase_reports_its_owner() -> None:
    doc = tagged(
        "Der/ART Plan/NN ist/VAFIN seiner/PPOSAT Meinung/NN nach/APPO zu/PTKA teuer/ADJD ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "seiner Meinung")]


def test_first_person_opinion_phrase_is_the_texts_own_voice() -> None:
    doc = tagged(
        "Der/ART Plan/NN ist/VAFIN meiner/PPOSAT Meinung/NN nach/APPO zu/PTKA teuer/ADJD ./$.",
        "Wie/PWAV teuer/ADJD ist/VAFIN Ihrer/PPOSAT Ansicht/NN nach/APPO der/ART Bau/NN ?/$.",
    )
    assert layer(doc) == []


def test_sentence_initial_ihrer_is_her_opinion() -> None:
    doc = tagged(
        "Ihrer/PPOSAT Meinung/NN nach/APPO ist/VAFIN der/ART Plan/NN zu/PTKA teuer/ADJD ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "Ihrer Meinung")]


def test_talk_of_something_frames_no_main_clause_after_its_comma() -> None:
    doc = tagged(
        "Zuerst/ADV war/VAFIN von/APPR zehn/CARD Toten/NN die/ART Rede/NN ,/$, doch/KON "
        "die/ART Behörden/NN senkten/VVFIN die/ART Zahl/NN ./$."
    )
    assert all(k != "Indirect" for k, _, _ in layer(doc))


def test_talk_of_something_keeps_a_dass_clause() -> None:
    doc = tagged(
        "In/APPR der/ART Stadt/NN war/VAFIN von/APPR Plänen/NN die/ART Rede/NN ,/$, dass/KOUS "
        "die/ART Brücke/NN gesperrt/VVPP werde/VAFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass die Brücke gesperrt werde") in [(k, c) for k, c, _ in layer(doc)]


def test_konjunktiv_adverbial_clause_after_a_reported_frame_is_no_complement() -> None:
    doc = tagged(
        "Vom/APPRART Minister/NN liegt/VVFIN die/ART Äußerung/NN vor/PTKVZ ,/$, er/PPER "
        "werde/VAFIN/Mood=Sub sich/PRF erst/ADV später/ADV äußern/VVINF ,/$, wenn/KOUS der/ART "
        "Bericht/NN vorliege/VVFIN/Mood=Sub ./$."
    )
    found = layer(doc)
    assert ("Indirect", "wenn der Bericht vorliege", "er") not in found
    assert any(c.startswith("er werde sich") for _, c, _ in found)


def test_konjunktiv_adverbial_clause_after_an_indicative_frame_stays_reported() -> None:
    doc = tagged(
        "Der/ART Verband/NN kritisierte/VVFIN den/ART Plan/NN ,/$, weil/KOUS die/ART Frist/NN "
        "versäumt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$."
    )
    assert layer(doc) == [("Indirect", "weil die Frist versäumt worden sei", "Der Verband")]


def test_monieren_frames_a_complement_and_lends_its_subject() -> None:
    doc = tagged(
        "Die/ART Prüfer/NN monierten/VVFIN ,/$, dass/KOUS die/ART Akten/NN fehlten/VVFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Akten fehlten", "Die Prüfer")]


def test_insisting_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Die/ART Sender/NN bestehen/VVFIN jedoch/ADV darauf/PROAV ,/$, Programme/NN für/APPR "
        "alle/PIAT zu/PTKZU machen/VVINF ./$."
    )
    assert layer(doc) == [("Indirect", "Programme für alle zu machen", "Die Sender")]


def test_entgegensetzen_frames_a_dass_clause() -> None:
    doc = tagged(
        "Die/ART Gegner/NN setzten/VVFIN dem/PDS entgegen/PTKVZ ,/$, dass/KOUS der/ART Bau/NN "
        "zu/PTKA teuer/ADJD sei/VAFIN/Mood=Sub ./$."
    )
    assert layer(doc) == [("Indirect", "dass der Bau zu teuer sei", "Die Gegner")]


def test_accusations_becoming_loud_frame_their_complement() -> None:
    doc = tagged(
        "Erneut/ADV wurden/VAFIN Vorwürfe/NN laut/ADJD ,/$, dass/KOUS die/ART Firma/NN "
        "Daten/NN verkauft/VVPP habe/VAFIN/Mood=Sub ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Firma Daten verkauft habe", "Vorwürfe")]


def test_laut_as_a_preposition_is_no_loud_phrase() -> None:
    doc = tagged(
        "Dabei/PROAV wurden/VAFIN laut/APPR Polizei/NN zehn/CARD Menschen/NN verletzt/VVPP ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "Polizei")]


def test_verb_final_holding_it_for_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Da/KOUS die/ART Crew/NN es/PPER für/APPR sinnvoll/ADJD hielt/VVFIN ,/$, die/ART "
        "Gäste/NN zu/PTKZU evakuieren/VVINF ,/$, wurde/VAFIN die/ART Tür/NN geöffnet/VVPP ./$."
    )
    assert ("Indirect", "die Gäste zu evakuieren", "die Crew") in layer(doc)


def test_annoyance_about_a_dass_clause_frames_it() -> None:
    doc = tagged(
        "Der/ART Chef/NN ärgerte/VVFIN sich/PRF darüber/PROAV ,/$, dass/KOUS niemand/PIS "
        "kam/VVFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass niemand kam", "Der Chef")]


def test_phrase_gap_passes_a_short_quoted_name() -> None:
    doc = hand_tagged(
        [
            [
                "Ein/ART Manager/NN ließ/VVFIN gestern/ADV gegenüber/APPR der/ART Zeitung/NN "
                "„/$( Kurier/NE “/$( durchblicken/VVINF ,/$, dass/KOUS ein/ART Werk/NN "
                "entstehen/VVINF solle/VMFIN/Mood=Sub ./$."
            ]
        ]
    )
    assert ("Indirect", "dass ein Werk entstehen solle", "Ein Manager") in layer(doc)


def test_source_inside_another_frames_dass_clause_is_record_only() -> None:
    doc = tagged(
        "Am/APPRART Freitag/NN wurde/VAFIN angekündigt/VVPP ,/$, dass/KOUS nach/APPR "
        "vorläufigen/ADJA Berechnungen/NN die/ART Spenden/NN einen/ART Rekord/NN "
        "erreichten/VVFIN ./$."
    )
    assert all(s != "vorläufigen Berechnungen" for _, _, s in layer(doc))
