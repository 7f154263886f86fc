"""Frame rules that read the nlp stage's tags: hand-tagged fictional German sentences.

Each sentence is written as ``word/TAG`` (optionally ``word/TAG/Case=Nom``) so the rules see
the same STTS tags and morphology as behind the nlp stage, without loading its model.
"""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    """A Doc from space-separated ``word/TAG[/morph]`` sentences."""
    return hand_tagged([sentences])


def test_demonstrative_first_is_the_object_and_the_subject_follows() -> None:
    doc = tagged(
        "Die/ART Brücke/NN wird/VAFIN im/APPRART Mai/NN gesperrt/VVPP ./$.",
        "Dies/PDS gab/VVFIN die/ART Stadtverwaltung/NN am/APPRART Montag/NN bekannt/PTKVZ ./$.",
    )
    found = layer(doc)
    assert found and found[0][1].startswith("Die Brücke wird im Mai gesperrt")
    assert found[0][2] == "die Stadtverwaltung"


def test_relative_pronoun_is_the_speaker_of_its_clause() -> None:
    doc = tagged(
        "Gewählt/VVPP wurde/VAFIN Anna/NE Beispiel/NE ,/$, die/PRELS/Case=Nom in/APPR "
        "einer/ART Rede/NN betonte/VVFIN ,/$, sie/PPER werde/VAFIN für/APPR alle/PIAT "
        "arbeiten/VVINF ./$."
    )
    assert ("Indirect", "sie werde für alle arbeiten", "die") in layer(doc)


def test_subject_after_a_subordinator_and_before_objects() -> None:
    doc = tagged(
        "Nachdem/KOUS die/ART Anwältin/NN dem/ART Richter/NN mitgeteilt/VVPP hatte/VAFIN ,/$, "
        "dass/KOUS der/ART Zeuge/NN fehle/VVFIN ,/$, wurde/VAFIN vertagt/VVPP ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "die Anwältin")]


def test_speech_verb_in_a_relative_clause_is_no_reported_speech() -> None:
    doc = tagged(
        "Das/ART Instrument/NN ,/$, mit/APPR dem/PRELS die/ART Union/NN das/ART Ziel/NN "
        "erreichen/VVINF will/VMFIN ,/$, ist/VAFIN neu/ADJD ./$."
    )
    assert layer(doc) == []


def test_perfect_tense_speech_verb_is_no_reported_speech() -> None:
    doc = tagged(
        "Die/ART Opposition/NN hat/VAFIN einen/ART Plan/NN gefordert/VVPP ./$.",
        "Die/ART Regierung/NN forderte/VVFIN einen/ART Plan/NN ./$.",
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][2] == "Die Regierung"


def test_parenthesis_with_comma_stays_in_the_subject() -> None:
    doc = tagged(
        "Max/NE Muster/NE von/APPR der/ART Umweltbehörde/NN (/$( Amt/NN für/APPR Umwelt/NN "
        ",/$, AfU/NE )/$( sagte/VVFIN ,/$, die/ART Werte/NN seien/VAFIN/Mood=Sub hoch/ADJD ./$."
    )
    found = layer(doc)
    assert found and found[0][2] is not None
    assert found[0][2].startswith("Max Muster von der Umweltbehörde")


def test_passive_speech_verb_has_no_speaker_but_its_agent() -> None:
    doc = tagged(
        "Dem/ART/Case=Dat Fahrer/NN wurde/VAFIN vorgeworfen/VVPP ,/$, zu/PTKZU schnell/ADJD "
        "gefahren/VVPP zu/PTKZU sein/VAINF ./$."
    )
    found = layer(doc)
    assert found and found[0][0] == "Indirect" and found[0][2] is None


def test_passive_zitieren_keeps_the_quoted_person_as_speaker() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN wird/VAFIN mit/APPR den/ART Worten/NN zitiert/VVPP ,/$, "
        "sie/PPER sei/VAFIN/Mood=Sub zufrieden/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "sie sei zufrieden", "Die Ministerin")]


def test_object_first_sentence_takes_the_named_subject_after_the_verb() -> None:
    doc = tagged(
        "Die/ART Anwendung/NN der/ART Regel/NN stellte/VVFIN der/ART Vorsitzende/NN "
        "Max/NE Muster/NE in/APPR Frage/NN :/$. „/$( Das/PDS ist/VAFIN nicht/PTKNEG "
        "lebensnah/ADJD ./$. “/$("
    )
    found = layer(doc)
    assert found and found[0][0] == "Direct"
    assert found[0][2] == "der Vorsitzende Max Muster"


def test_declaring_verb_with_an_object_is_no_reported_speech() -> None:
    doc = tagged("Der/ART Minister/NN erklärte/VVFIN seinen/PPOSAT Rücktritt/NN ./$.")
    assert layer(doc) == []
    doc = tagged(
        "Der/ART Minister/NN erklärte/VVFIN ,/$, er/PPER trete/VVFIN/Mood=Sub zurück/PTKVZ ./$."
    )
    assert [k for k, _, _ in layer(doc)] == ["Indirect"]


def test_bare_denial_is_a_record_claim_outside_the_evaluation_layer() -> None:
    doc = tagged("Der/ART Hafendirektor/NN wies/VVFIN die/ART Vorwürfe/NN zurück/PTKVZ ./$.")
    assert layer(doc) == []
    claims = doc.article.claims
    assert len(claims) == 1 and claims[0].stance == "denied"


def test_apposition_with_a_name_belongs_to_the_source_phrase() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN der/ART "
        "Vorsitzende/NN des/ART Vereins/NN ,/$, Max/NE Muster/NE ./$."
    )
    found = layer(doc)
    assert found and found[0][2] == "der Vorsitzende des Vereins , Max Muster"


def test_konjunktiv_one_later_in_the_paragraph_continues_the_last_source() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
        "Am/APPRART Abend/NN regnete/VVFIN es/PPER ./$.",
        "Man/PIS habe/VAFIN/Mood=Sub keine/PIAT Wahl/NN gehabt/VAPP ./$.",
    )
    found = layer(doc)
    assert ("IndirectFreeIndirect", "Man habe keine Wahl gehabt .", "Die Ministerin") in found
    assert not any("regnete" in content for _, content, _ in found)


def test_frameless_quote_continues_the_last_frame_with_its_cue() -> None:
    doc = tagged(
        "„/$( Wir/PPER bauen/VVFIN neu/ADJD ./$. “/$( ,/$, sagte/VVFIN die/ART Bürgermeisterin/NN ./$.",
        "„/$( Die/ART Pläne/NN liegen/VVFIN vor/PTKVZ ./$. “/$(",
    )
    found = doc.layers[LAYER]
    assert len(found) == 2
    assert found[1].kind == "Direct" and found[1].cue == found[0].cue
    assert found[1].speaker == found[0].speaker


def test_speech_verb_of_a_relative_clause_does_not_frame_the_main_clause() -> None:
    doc = tagged(
        "Ein/ART Beamter/NN ,/$, den/PRELS/Case=Acc die/ART Zeitung/NN zitiert/VVFIN ,/$, "
        "kommentierte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "Ein Beamter")]


def test_verlauten_takes_the_aus_phrase_as_source() -> None:
    doc = tagged(
        "Aus/APPR Regierungskreisen/NN verlautete/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub "
        "ruhig/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ruhig", "Aus Regierungskreisen")]


def test_halten_es_fuer_frames_a_dass_clause_with_the_subject_after_es() -> None:
    doc = tagged(
        "Dagegen/PROAV hält/VVFIN es/PPER der/ART Präsident/NN für/APPR möglich/ADJD ,/$, "
        "dass/KOUS die/ART Bank/NN wächst/VVFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Bank wächst", "der Präsident")]


def test_semicolon_ends_the_content() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD "
        ";/$. die/ART Börse/NN schloss/VVFIN fester/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "Der Minister")]


def test_second_speech_verb_without_own_subject_is_no_trailing_frame() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, es/PPER sei/VAFIN/Mood=Sub schwierig/ADJD ,/$, "
        "bestritt/VVFIN jedoch/ADV nicht/PTKNEG die/ART Annahme/NN ,/$, dass/KOUS es/PPER "
        "brannte/VVFIN ./$."
    )
    contents = [c for _, c, _ in layer(doc)]
    assert "es sei schwierig" in contents
    assert not any(c.startswith("Der Sprecher sagte") for c in contents)


def test_indicative_main_clause_is_no_free_indirect_speech() -> None:
    doc = tagged(
        "Der/ART Verband/NN sagte/VVFIN ,/$, die/ART Muster/NN seien/VAFIN/Mood=Sub "
        "unruhig/ADJD ./$.",
        "Die/ART Firma/NN begegnet/VVFIN der/ART Kritik/NN mit/APPR dem/ART Hinweis/NN ,/$, "
        "die/ART Folie/NN sei/VAFIN/Mood=Sub neu/ADJD ./$.",
    )
    found = layer(doc)
    assert found[0] == ("Indirect", "die Muster seien unruhig", "Der Verband")
    assert not any(k == "IndirectFreeIndirect" for k, _, _ in found)


def test_konjunktiv_after_a_named_subject_reports_that_subject() -> None:
    doc = tagged(
        "Bürgermeisterin/NN Lena/NE Vogt/NE bedauerte/VVFIN die/ART Entscheidung/NN ./$.",
        "Damals/ADV seien/VAFIN/Mood=Sub Fehler/NN gemacht/VVPP worden/VAPP ./$.",
    )
    assert layer(doc) == [
        (
            "IndirectFreeIndirect",
            "Damals seien Fehler gemacht worden .",
            "Bürgermeisterin Lena Vogt",
        )
    ]


def test_konjunktiv_after_a_thing_as_subject_is_no_reported_speech() -> None:
    doc = tagged(
        "Der/ART Sturm/NN zerstörte/VVFIN das/ART Dach/NN ./$.",
        "Der/ART Schaden/NN sei/VAFIN/Mood=Sub hoch/ADJD ./$.",
    )
    assert layer(doc) == []


def test_ausgehen_von_with_a_noun_object_is_reported_speech() -> None:
    doc = tagged(
        "Die/ART Feuerwehr/NN geht/VVFIN bei/APPR dem/ART Brand/NN von/APPR "
        "Brandstiftung/NN aus/PTKVZ ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Reported", "Die Feuerwehr")]


def test_vergleichen_needs_its_mit_object_to_report_speech() -> None:
    doc = tagged(
        "Der/ART Senator/NN verglich/VVFIN die/ART Lage/NN mit/APPR einem/ART Pulverfass/NN ./$.",
        "Die/ART Kommission/NN verglich/VVFIN zwei/CARD Angebote/NN ./$.",
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Reported", "Der Senator")]


def test_quotation_after_a_verbless_name_and_colon_is_a_direct_quote() -> None:
    doc = tagged(
        "Innenministerin/NN Petra/NE Muster/NE :/$. „/$( Wir/PPER werden/VAFIN "
        "schnell/ADJD handeln/VVINF ./$. “/$("
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Direct", "Innenministerin Petra Muster")]
    assert found[0][1].startswith("„ Wir werden")


def test_colon_after_a_verbless_phrase_without_a_name_is_no_frame() -> None:
    doc = tagged(
        "Das/ART Ergebnis/NN :/$. „/$( Ein/ART großer/ADJA Tag/NN für/APPR alle/PIS ./$. “/$("
    )
    assert layer(doc) == []


def test_quotation_inside_free_indirect_speech_is_a_nested_direct_quote() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
        "Die/ART Reform/NN sei/VAFIN/Mood=Sub ein/ART „/$( dringender/ADJA Schritt/NN "
        "nach/APPR vorn/ADV “/$( ./$.",
    )
    found = layer(doc)
    assert ("IndirectFreeIndirect", found[1][1], "Der Minister") == found[1]
    direct = [f for f in doc.layers[LAYER] if f.kind == "Direct"]
    assert len(direct) == 1 and direct[0].parent is not None
    assert doc.text[slice(*direct[0].parts[0])] == "„ dringender Schritt nach vorn “"
    assert [doc.text[slice(*c)] for c in direct[0].cue] == ["sagte"]


def test_quotation_in_an_evaluating_speech_act_is_a_direct_quote_of_its_subject() -> None:
    doc = tagged(
        "Der/ART Bürgermeister/NN würdigte/VVFIN den/ART Verein/NN als/APPR „/$( das/ART "
        "Herz/NN der/ART Stadt/NN “/$( ./$."
    )
    found = [f for f in doc.layers[LAYER] if f.kind == "Direct"]
    assert len(found) == 1
    assert doc.text[slice(*found[0].parts[0])] == "„ das Herz der Stadt “"
    assert found[0].speaker and doc.text[slice(*found[0].speaker)] == "Der Bürgermeister"
    assert [doc.text[slice(*c)] for c in found[0].cue] == ["würdigte", "als"]  # governed `als`


def test_quoted_title_in_an_evaluating_speech_act_is_no_quote() -> None:
    doc = tagged(
        "Die/ART Jury/NN würdigte/VVFIN den/ART Film/NN „/$( Blaue/ADJA Stunde/NN “/$( ./$."
    )
    assert layer(doc) == []


def test_nach_with_a_calculation_or_law_noun_is_a_source() -> None:
    doc = tagged(
        "Nach/APPR Berechnungen/NN des/ART Wetterdienstes/NN wird/VAFIN der/ART Sturm/NN "
        "abdrehen/VVINF ./$.",
        "Nach/APPR dem/ART Spiel/NN wird/VAFIN die/ART Mannschaft/NN abreisen/VVINF ./$.",
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Indirect"]
    assert found[0][2] is not None and found[0][2].startswith("Berechnungen des Wetterdienstes")


def test_particle_written_apart_before_the_verb_in_a_wie_clause() -> None:
    doc = tagged(
        "Wie/KOKOM die/ART Stadtwerke/NN bekannt/PTKVZ gaben/VVFIN ,/$, steigen/VVFIN "
        "die/ART Preise/NN ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Indirect", "die Stadtwerke")]
    assert found[0][1] == "steigen die Preise"


def test_particle_after_an_apposition_closes_the_frame() -> None:
    doc = tagged(
        "Jetzt/ADV gab/VVFIN der/ART Leiter/NN der/ART Wache/NN ,/$, Max/NE Muster/NE ,/$, "
        "bekannt/PTKVZ ,/$, dass/KOUS der/ART Täter/NN gefasst/VVPP sei/VAFIN/Mood=Sub ./$."
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Indirect"]
    assert found[0][1] == "dass der Täter gefasst sei"
    assert found[0][2] is not None and found[0][2].startswith("der Leiter der Wache")


def test_wurde_bekannt_with_an_adverb_in_between_is_an_impersonal_frame() -> None:
    doc = tagged(
        "Inzwischen/ADV wurde/VAFIN auch/ADV bekannt/ADJD ,/$, dass/KOUS der/ART Turm/NN "
        "einsturzgefährdet/ADJD ist/VAFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass der Turm einsturzgefährdet ist", None)]


def test_konjunktiv_after_an_institution_as_subject_reports_it() -> None:
    doc = tagged(
        "Die/ART Landesregierung/NN verteidigte/VVFIN am/APPRART Montag/NN den/ART Plan/NN ./$.",
        "Er/PPER sei/VAFIN/Mood=Sub notwendig/ADJD ./$.",
    )
    assert layer(doc) == [("IndirectFreeIndirect", "Er sei notwendig .", "Die Landesregierung")]


def test_source_phrase_stops_before_a_counted_noun_phrase() -> None:
    doc = tagged(
        "Durch/APPR das/ART Hochwasser/NN kamen/VVFIN nach/APPR Angaben/NN der/ART "
        "Polizei/NN 900/CARD Menschen/NN ums/APPRART Leben/NN ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Indirect", "Angaben der Polizei")]
    assert "900 Menschen ums Leben" in found[0][1]


def test_age_adjective_stays_in_the_source_phrase() -> None:
    doc = tagged(
        "Der/ART 84-jährige/ADJA Autor/NN sagte/VVFIN ,/$, er/PPER sei/VAFIN/Mood=Sub "
        "müde/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "er sei müde", "Der 84-jährige Autor")]


def test_w_clause_before_a_verb_is_no_content_of_a_trailing_frame() -> None:
    doc = tagged(
        "Welcher/PWAT Investor/NN den/ART Zuschlag/NN erhält/VVFIN ,/$, entschied/VVFIN "
        "der/ART Rat/NN am/APPRART Montag/NN ./$."
    )
    assert layer(doc) == []


def test_soll_sentence_after_a_frame_continues_the_reported_plan() -> None:
    doc = tagged(
        "Der/ART Senat/NN kündigte/VVFIN eine/ART Reform/NN an/PTKVZ ./$.",
        "Die/ART Gebühren/NN sollen/VMFIN ab/APPR Mai/NN sinken/VVINF ./$.",
    )
    found = layer(doc)
    assert ("FreeIndirect", "Die Gebühren sollen ab Mai sinken .", "Der Senat") in found


def test_soll_sentence_without_a_frame_in_its_paragraph_is_the_article_voice() -> None:
    doc = tagged(
        "Die/ART Brücke/NN ist/VAFIN alt/ADJD ./$.",
        "Sie/PPER soll/VMFIN im/APPRART Mai/NN abgerissen/VVPP werden/VAINF ./$.",
    )
    assert layer(doc) == []


def test_soll_in_a_relative_clause_or_a_condition_is_no_free_indirect_speech() -> None:
    doc = tagged(
        "Die/ART Stadt/NN kündigte/VVFIN einen/ART Umbau/NN an/PTKVZ ./$.",
        "Der/ART Plan/NN ,/$, der/PRELS im/APPRART Mai/NN vorgestellt/VVPP werden/VAINF "
        "soll/VMFIN ,/$, ist/VAFIN teuer/ADJD ./$.",
        "Sollte/VMFIN der/ART Rat/NN zustimmen/VVINF ,/$, beginnt/VVFIN der/ART Bau/NN ./$.",
    )
    assert [k for k, _, _ in layer(doc)] == ["Reported"]


def test_konjunktiv_of_the_main_clause_after_a_relative_clause_is_free_indirect() -> None:
    doc = tagged(
        "Die/ART Opposition/NN kritisierte/VVFIN ,/$, die/ART Kosten/NN seien/VAFIN/Mood=Sub "
        "gestiegen/VVPP ./$.",
        "Der/ART Plan/NN ,/$, den/PRELS die/ART Stadt/NN vorgelegt/VVPP hat/VAFIN ,/$, "
        "sei/VAFIN/Mood=Sub zu/PTKA teuer/ADJD ./$.",
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Indirect", "IndirectFreeIndirect"]
    assert found[1][2] == "Die Opposition"


def test_quotation_after_a_role_noun_and_colon_is_a_direct_quote() -> None:
    doc = tagged(
        "Ein/ART Polizeisprecher/NN :/$. „/$( Die/ART Lage/NN ist/VAFIN ruhig/ADJD ./$. “/$("
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Direct", "Ein Polizeisprecher")]


def test_gemaess_with_a_speaker_noun_is_a_source() -> None:
    doc = tagged(
        "Die/ART Baustelle/NN ruht/VVFIN gemäß/APPR einem/ART Firmensprecher/NN bis/APPR "
        "Montag/NN ./$.",
        "Die/ART Halle/NN wurde/VAFIN gemäß/APPR den/ART Plänen/NN gebaut/VVPP ./$.",
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "einem Firmensprecher")]


def test_plural_present_of_a_particle_verb_is_a_cue() -> None:
    doc = tagged(
        "Die/ART Richter/NN weisen/VVFIN auf/APPR die/ART fehlende/ADJA Grundlage/NN hin/PTKVZ ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Reported", "Die Richter")]


def test_opinion_phrase_with_an_adjective_frames_a_complement() -> None:
    doc = tagged(
        "Die/ART Verbände/NN sind/VAFIN der/ART gegenteiligen/ADJA Auffassung/NN ,/$, "
        "dass/KOUS die/ART Reform/NN scheitert/VVFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Reform scheitert", "Die Verbände")]


def test_source_frame_opening_the_sentence_fills_the_vorfeld() -> None:
    doc = tagged(
        "Nach/APPR einer/ART Studie/NN im/APPRART Fachblatt/NN Naturwelt/NE haben/VAFIN "
        "Forscher/NN ein/ART Loch/NN entdeckt/VVPP ./$."
    )
    found = layer(doc)
    assert found == [
        ("Indirect", "haben Forscher ein Loch entdeckt", "einer Studie im Fachblatt Naturwelt")
    ]


def test_zu_infinitive_complement_followed_by_a_relative_clause() -> None:
    doc = tagged(
        "Die/ART Regierung/NN kündigte/VVFIN an/PTKVZ ,/$, eine/ART Kommission/NN "
        "einzusetzen/VVIZU ,/$, die/PRELS den/ART Fall/NN prüfen/VVINF soll/VMFIN ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Indirect", "Die Regierung")]
    assert found[0][1] == "eine Kommission einzusetzen , die den Fall prüfen soll"


def test_konjunktiv_after_a_passive_reports_its_von_agent() -> None:
    doc = tagged(
        "Der/ART Plan/NN wurde/VAFIN von/APPR Ministerin/NN Eva/NE Roth/NE verteidigt/VVPP ./$.",
        "Er/PPER sei/VAFIN/Mood=Sub nötig/ADJD ./$.",
    )
    assert layer(doc) == [("IndirectFreeIndirect", "Er sei nötig .", "Ministerin Eva Roth")]


def test_named_subject_right_before_outranks_an_earlier_frame() -> None:
    doc = tagged(
        "Der/ART Bürgermeister/NN sagte/VVFIN ,/$, der/ART Bau/NN beginne/VVFIN/Mood=Sub "
        "im/APPRART Mai/NN ./$.",
        "Die/ART Bürgerinitiative/NN Grünhof/NE kämpfte/VVFIN gegen/APPR den/ART Bau/NN ./$.",
        "Er/PPER schade/VVFIN/Mood=Sub dem/ART Park/NN ./$.",
    )
    found = [f for f in layer(doc) if f[0] == "IndirectFreeIndirect"]
    assert found == [
        ("IndirectFreeIndirect", "Er schade dem Park .", "Die Bürgerinitiative Grünhof")
    ]


def test_konjunktiv_one_with_an_umlaut_in_the_stem_continues_the_report() -> None:
    doc = tagged(
        "Der/ART Verband/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
        "Ein/ART Verein/NN Nordlicht/NE kämpfte/VVFIN gegen/APPR den/ART Plan/NN ./$.",
        "Er/PPER zerstöre/VVFIN/Mood=Sub den/ART Park/NN ./$.",
    )
    found = [f for f in layer(doc) if f[0] == "IndirectFreeIndirect"]
    assert found == [("IndirectFreeIndirect", "Er zerstöre den Park .", "Ein Verein Nordlicht")]


def test_quotation_after_a_sentence_with_a_named_subject_is_its_quote() -> None:
    doc = tagged(
        "Die/ART Abgeordnete/NN Lea/NE Sommer/NE verurteilte/VVFIN den/ART Plan/NN ./$.",
        "„/$( Das/PDS ist/VAFIN ein/ART schwerer/ADJA Fehler/NN ./$. “/$(",
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Direct", "Die Abgeordnete Lea Sommer")]


def test_capitalised_quotation_as_predicate_of_a_naming_verb_is_a_quote() -> None:
    doc = tagged(
        "Die/ART Gewerkschaft/NN nannte/VVFIN das/ART Angebot/NN eine/ART „/$( "
        "Frechheit/NN “/$( ./$.",
        "Der/ART Anwalt/NN bezeichnete/VVFIN den/ART Bescheid/NN als/APPR „/$( "
        "Willkür/NN “/$( ./$.",
    )
    found = [f for f in doc.layers[LAYER] if f.kind == "Direct"]
    assert [doc.text[slice(*f.parts[0])] for f in found] == ["„ Frechheit “", "„ Willkür “"]
    assert [doc.text[slice(*f.speaker)] for f in found if f.speaker] == [
        "Die Gewerkschaft",
        "Der Anwalt",
    ]


def test_plural_wollen_and_planen_are_no_reported_speech() -> None:
    doc = tagged(
        "Die/ART Händler/NN wollen/VMFIN neue/ADJA Filialen/NN eröffnen/VVINF ./$.",
        "Die/ART Stadt/NN plant/VVFIN einen/ART Neubau/NN ./$.",
        "Die/ART Gewerkschaft/NN forderte/VVFIN höhere/ADJA Löhne/NN ./$.",
    )
    assert [k for k, _, _ in layer(doc)] == ["Reported"]


def test_reported_speech_needs_someone_who_speaks() -> None:
    doc = tagged(
        "Den/ART/Case=Acc Frachter/NN/Case=Acc nannte/VVFIN man/PIS/Case=Nom einen/ART "
        "Segler/NN ./$.",
        "Der/ART Verein/NN bezeichnet/VVFIN sich/PRF als/APPR Netzwerk/NN ./$.",
        "Die/ART Partei/NN bezeichnete/VVFIN den/ART Plan/NN als/APPR Fehler/NN ./$.",
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][2] == "Die Partei"


def test_plaedieren_fuer_is_reported_speech() -> None:
    doc = tagged(
        "Der/ART Verband/NN plädierte/VVFIN für/APPR einen/ART Kompromiss/NN ./$.",
        "Das/ART Team/NN plädierte/VVFIN lange/ADV ./$.",
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Reported", "Der Verband")]


def test_speech_verb_in_konjunktiv_is_no_reported_speech_of_its_own() -> None:
    doc = tagged("Der/ART Verband/NN fordere/VVFIN/Mood=Sub höhere/ADJA Löhne/NN ./$.")
    assert layer(doc) == []


def test_negated_speech_act_is_not_in_the_layer() -> None:
    doc = tagged(
        "Die/ART Behörde/NN gab/VVFIN die/ART Zahl/NN nicht/PTKNEG bekannt/PTKVZ ./$.",
        "Der/ART Verband/NN forderte/VVFIN nicht/PTKNEG nur/ADV höhere/ADJA Löhne/NN ./$.",
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Reported", "Der Verband")]


def test_prepositional_object_is_no_speaker_of_reported_speech() -> None:
    doc = tagged(
        "In/APPR Berlin/NE lebende/ADJA Exilanten/NN protestierten/VVFIN in/APPR der/ART "
        "Hauptstadt/NN gegen/APPR das/ART Urteil/NN ./$."
    )
    assert layer(doc) == []


def test_accusative_phrase_after_the_verb_is_no_speaker_of_reported_speech() -> None:
    doc = tagged(
        "Am/APPRART Montag/NN lobte/VVFIN den/ART/Case=Acc Trainer/NN niemand/PIS ./$.",
        "Am/APPRART Montag/NN lobte/VVFIN der/ART/Case=Nom Präsident/NN ./$.",
    )
    assert [k for k, _, _ in layer(doc)] == ["Reported"]


def test_heisst_es_after_a_source_phrase_with_a_relative_clause_frames_what_follows() -> None:
    doc = tagged(
        "In/APPR dem/ART Bericht/NN ,/$, der/PRELS am/APPRART Montag/NN erschien/VVFIN ,/$, "
        "heißt/VVFIN es/PPER ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "dem Bericht")]


def test_title_after_a_colon_is_no_quote() -> None:
    doc = tagged(
        "Die/ART Band/NN stellte/VVFIN ihr/PPOSAT neues/ADJA Album/NN vor/PTKVZ :/$. "
        "„/$( Blaue/ADJA Stunde/NN “/$( ./$.",
        "Der/ART Minister/NN sagte/VVFIN :/$. „/$( Wir/PPER kommen/VVFIN wieder/ADV ./$. “/$(",
    )
    assert layer(doc) == [("Direct", "„ Wir kommen wieder . “", "Der Minister")]


def test_dass_or_ob_clause_of_a_fact_noun_is_no_speech_content() -> None:
    doc = tagged(
        "Der/ART Rat/NN entschied/VVFIN über/APPR die/ART Frage/NN ,/$, ob/KOUS die/ART "
        "Schule/NN schließt/VVFIN ./$.",
        "Der/ART Rat/NN betonte/VVFIN ,/$, dass/KOUS die/ART Schule/NN schließt/VVFIN ./$.",
    )
    assert layer(doc) == [("Indirect", "dass die Schule schließt", "Der Rat")]
