"""Indirect complements: where a complement starts (after the frame's verbless rest or relative
clause), infinitive and Konjunktiv relative/reason clauses, frames inside a content; invented,
hand-tagged German sentences (``word/TAG[/morph]`` as in :mod:`test_claims_rules`)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_zu_infinitive_opening_with_a_preposition_and_article_read_as_relative() -> None:
    # the tagger reads `die` after `durch` as a relative pronoun; the clause ends in `zu locken`
    doc = tagged(
        "Das/ART Amt/NN hofft/VVFIN ,/$, durch/APPR die/PRELS neue/ADJA Regel/NN mehr/PIAT "
        "Firmen/NN zu/APPR Aussagen/NN zu/PTKZU locken/VVINF ./$."
    )
    assert (
        "Indirect",
        "durch die neue Regel mehr Firmen zu Aussagen zu locken",
        "Das Amt",
    ) in layer(doc)


def test_infinitive_of_a_predicate_noun_after_als_is_no_complement() -> None:
    doc = tagged(
        "Der/ART Direktor/NN bezeichnet/VVFIN die/ART Sperre/NN als/KON einen/ART Versuch/NN ,/$, "
        "durch/APPR die/PRELS Regel/NN den/ART Sender/NN zu/PTKZU behindern/VVINF ./$."
    )
    assert all(k != "Indirect" for k, _, _ in layer(doc))


def test_relative_clause_with_an_infinitive_after_its_comma_stays_relative() -> None:
    doc = tagged(
        "Der/ART Richter/NN kritisierte/VVFIN dafür/PROAV die/ART Medien/NN ,/$, in/APPR "
        "denen/PRELS die/ART Rechte/NN verletzt/VVPP wurden/VAFIN ,/$, ohne/KOUI sich/PRF zu/PTKZU "
        "wehren/VVINF ./$."
    )
    assert all(not c.startswith("in denen") for _, c, _ in layer(doc))


def test_complement_starts_after_a_verbless_rest_of_the_frame() -> None:
    doc = tagged(
        "So/ADV sagte/VVFIN der/ART Koordinator/NN ,/$, Max/NE Muster/NE ,/$, gegenüber/APPR "
        "der/ART Zeitung/NN ,/$, dass/KOUS nur/ADV 14/CARD Boote/NN im/APPRART Einsatz/NN "
        "seien/VAFIN/Mood=Sub ./$."
    )
    assert [c for _, c, _ in layer(doc)] == ["dass nur 14 Boote im Einsatz seien"]


def test_complement_starts_after_a_relative_clause_of_the_frame() -> None:
    doc = tagged(
        "Die/ART Abgeordnete/NN schrieb/VVFIN in/APPR einer/ART Erklärung/NN ,/$, die/PRELS "
        "gestern/ADV veröffentlicht/VVPP wurde/VAFIN ,/$, sie/PPER wolle/VMFIN/Mood=Sub "
        "zurücktreten/VVINF ./$."
    )
    assert ("Indirect", "sie wolle zurücktreten", "Die Abgeordnete") in layer(doc)


def test_verbless_start_of_the_content_itself_stays() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN ,/$, nicht/PTKNEG nur/ADV die/ART Stadt/NN ,/$, "
        "sondern/KON auch/ADV das/ART Land/NN sei/VAFIN/Mood=Sub betroffen/ADJD ./$.",
        "Die/ART Kommission/NN schlug/VVFIN vor/PTKVZ ,/$, zu/PTKZU prüfen/VVINF ,/$, ob/KOUS "
        "der/ART Vertrag/NN gilt/VVFIN ./$.",
    )
    contents = [c for _, c, _ in layer(doc)]
    assert "nicht nur die Stadt , sondern auch das Land sei betroffen" in contents
    assert "zu prüfen , ob der Vertrag gilt" in contents


def test_relative_clause_framing_its_own_complement_is_not_skipped() -> None:
    doc = tagged(
        "Die/ART Agentur/NN zitiert/VVFIN einen/ART Bericht/NN ,/$, in/APPR dem/PRELS es/PPER "
        "heißt/VVFIN ,/$, dass/KOUS die/ART Wahl/NN frei/ADJD war/VAFIN ./$."
    )
    assert all(s != "Die Agentur" or "dass" not in c for _, c, s in layer(doc))


def test_konjunktiv_relative_clause_after_a_quoted_object_is_reported_too() -> None:
    doc = tagged(
        "Die/ART Gruppe/NN bezeichnete/VVFIN den/ART Plan/NN als/KON einen/ART „/$( faulen/ADJA "
        "Deal/NN “/$( ,/$, der/PRELS die/ART Stadt/NN schwächen/VVINF werde/VAFIN/Mood=Sub ./$."
    )
    found = layer(doc)
    assert ("Indirect", "der die Stadt schwächen werde", "Die Gruppe") in found
    assert any(k == "Direct" and "faulen Deal" in c and s == "Die Gruppe" for k, c, s in found)


def test_konjunktiv_relative_clause_after_the_object_of_a_relative_frame() -> None:
    doc = tagged(
        "Die/ART Rede/NN hielt/VVFIN die/ART Ministerin/NN ,/$, die/PRELS/Case=Nom "
        "den/ART/Case=Acc Mut/NN der/ART Ärztin/NN hervorhob/VVFIN ,/$, der/PRELS in/APPR "
        "ihrem/PPOSAT Einsatz/NN zum/APPRART Ausdruck/NN komme/VVFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "der in ihrem Einsatz zum Ausdruck komme", "die") in layer(doc)


def test_konjunktiv_reason_reports_the_subject_of_the_main_clause() -> None:
    doc = tagged(
        "Die/ART Alliierten/NN hatten/VAFIN Einspruch/NN erhoben/VVPP ,/$, weil/KOUS Berlin/NE "
        "einen/ART Sonderstatus/NN habe/VAFIN/Mood=Sub ./$."
    )
    assert layer(doc) == [("Indirect", "weil Berlin einen Sonderstatus habe", "Die Alliierten")]


def test_konjunktiv_main_clause_after_a_comma_reports_the_subject() -> None:
    doc = tagged(
        "Die/ART Gewerkschaft/NN zeigt/VVFIN kein/PIAT Verständnis/NN ,/$, es/PPER "
        "hingen/VVFIN/Mood=Sub|Subj=I davon/PROAV 500/CARD Stellen/NN ab/PTKVZ ./$."
    )
    assert layer(doc) == [("Indirect", "es hingen davon 500 Stellen ab", "Die Gewerkschaft")]


def test_indicative_reason_or_impersonal_subject_reports_nothing() -> None:
    doc = tagged(
        "Die/ART Stadt/NN sperrte/VVFIN die/ART Brücke/NN ,/$, weil/KOUS sie/PPER "
        "marode/ADJD ist/VAFIN ./$.",
        "Es/PPER gibt/VVFIN Streit/NN ,/$, weil/KOUS der/ART Plan/NN teuer/ADJD sei/VAFIN/Mood=Sub ./$.",
    )
    assert layer(doc) == []


def test_verb_final_konjunktiv_frame_inside_a_content_is_no_claim_of_its_own() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, dass/KOUS die/ART Ärzte/NN davon/PROAV "
        "abgeraten/VVPP hätten/VAFIN/Mood=Sub ,/$, den/ART Patienten/NN zu/PTKZU "
        "entlassen/VVINF ./$."
    )
    found = layer(doc)
    assert [s for _, _, s in found] == ["Der Sprecher"]


def test_speech_verb_in_an_infinitive_inside_a_content_frames_no_claim_of_its_own() -> None:
    doc = tagged(
        "Der/ART Richter/NN warf/VVFIN ihm/PPER vor/PTKVZ ,/$, öffentlich/ADJD "
        "angekündigt/VVPP zu/PTKZU haben/VAINF ,/$, die/ART Stadt/NN anzugreifen/VVIZU ./$."
    )
    assert [s for _, _, s in layer(doc)] == ["Der Richter"]


def test_wie_clause_of_a_verb_missing_its_needed_word_compares() -> None:
    doc = tagged(
        "Die/ART Gäste/NN reden/VVFIN Mandarin/NN ,/$, wie/KOUS es/PPER die/ART "
        "Nachbarn/NN sprechen/VVFIN ./$."
    )
    assert layer(doc) == []


def test_konjunktiv_modal_misread_as_a_name_still_marks_the_complement() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN zur/APPRART Begründung/NN ,/$, er/PPER wolle/NE "
        "neuen/ADJA Kräften/NN Platz/NN machen/VVINF ./$."
    )
    assert ("Indirect", "er wolle neuen Kräften Platz machen", "Der Minister") in layer(doc)


def test_konjunktiv_clause_after_an_inserted_wie_frame_is_its_content() -> None:
    doc = tagged(
        "Im/APPRART Notruf/NN war/VAFIN der/ART Fahrer/NN zu/PTKZU hören/VVINF ,/$, wie/KOUS "
        "er/PPER angegeben/VVPP hat/VAFIN ,/$, sein/PPOSAT Chef/NN habe/VAFIN/Mood=Sub "
        "jemanden/PIS getötet/VVPP ./$."
    )
    assert [c for _, c, _ in layer(doc)] == ["sein Chef habe jemanden getötet"]


def test_phrase_frame_complement_ends_before_a_second_predicate() -> None:
    doc = tagged(
        "Der/ART Soldat/NN ging/VVFIN davon/PROAV aus/PTKVZ ,/$, dass/KOUS die/ART Software/NN "
        "eingesetzt/VVPP werde/VAFIN/Mood=Sub und/KON weigerte/VVFIN sich/PRF Befehle/NN "
        "auszuführen/VVIZU ./$."
    )
    assert ("Indirect", "dass die Software eingesetzt werde", "Der Soldat") in layer(doc)


def test_active_frame_in_a_relative_clause_keeps_its_subject() -> None:
    doc = tagged(
        "Die/ART Agentur/NN zitiert/VVFIN eine/ART Rede/NN ,/$, in/APPR der/PRELS "
        "der/ART Minister/NN sagt/VVFIN ,/$, dass/KOUS ein/ART Kandidat/NN angegriffen/VVPP "
        "wurde/VAFIN ./$."
    )
    speakers = [s for _, c, s in layer(doc) if c == "dass ein Kandidat angegriffen wurde"]
    assert speakers and all(s != "eine Rede" for s in speakers)


def test_impersonal_frame_in_a_relative_clause_is_sourced_by_its_document() -> None:
    doc = tagged(
        "Man/PIS zitiert/VVFIN eine/ART Erklärung/NN der/ART Behörde/NN ,/$, in/APPR der/PRELS "
        "es/PPER heißt/VVFIN ,/$, dass/KOUS eine/ART Sperre/NN erlassen/VVPP wurde/VAFIN ./$."
    )
    assert (
        "Indirect",
        "dass eine Sperre erlassen wurde",
        "eine Erklärung der Behörde",
    ) in layer(doc)
