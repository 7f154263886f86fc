"""Verb frames of indirect and reported speech: invented, hand-tagged German sentences.

The sentences use the ``word/TAG[/morph]`` notation of :mod:`test_claims_rules` so the rules
see STTS tags and morphology as behind the nlp stage, without loading its model.
"""

from __future__ import annotations

from test_claims_rules import layer, tagged


def test_second_predicate_after_a_comma_ends_the_complement() -> None:
    doc = tagged(
        "Der/ART Angeklagte/NN hatte/VAFIN erklärt/VVPP ,/$, er/PPER sei/VAFIN/Mood=Sub "
        "unschuldig/ADJD ,/$, verweigerte/VVFIN/Mood=Ind aber/ADV jede/PIAT Aussage/NN ./$."
    )
    assert ("Indirect", "er sei unschuldig", "Der Angeklagte") in layer(doc)


def test_second_predicate_after_und_ends_the_complement() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, dass/KOUS die/ART Schulen/NN öffnen/VVINF "
        "müssten/VMFIN/Mood=Sub und/KON besuchte/VVFIN/Mood=Ind eine/ART Schule/NN ./$."
    )
    found = layer(doc)
    assert ("Indirect", "dass die Schulen öffnen müssten", "Die Ministerin") in found


def test_indicative_coordination_inside_the_complement_stays() -> None:
    # before any Konjunktiv or `dass` the clause is not yet marked as reported speech
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, die/ART Stadt/NN wachse/VVFIN/Mood=Sub und/KON "
        "brauche/VVFIN/Mood=Sub neue/ADJA Schulen/NN ./$."
    )
    assert ("Indirect", "die Stadt wachse und brauche neue Schulen", "Der Sprecher") in layer(doc)


def test_passive_evaluation_with_agent_is_reported_speech_of_the_agent() -> None:
    doc = tagged(
        "Der/ART Entwurf/NN wurde/VAFIN von/APPR der/ART Gewerkschaft/NN als/KON "
        "unsozial/ADJD bezeichnet/VVPP ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Reported", "der Gewerkschaft")]


def test_passive_without_evaluation_or_with_an_attribute_is_no_speech() -> None:
    doc = tagged(
        "Der/ART Umzug/NN wird/VAFIN von/APPR der/ART Direktorin/NN angeführt/VVPP ./$.",
        "Der/ART Ausbruch/NN von/APPR Masern/NN wurde/VAFIN als/KON Gefahr/NN bezeichnet/VVPP ./$.",
    )
    assert layer(doc) == []


def test_purpose_clause_is_no_complement() -> None:
    doc = tagged(
        "Die/ART Firma/NN gab/VVFIN neue/ADJA Preise/NN bekannt/PTKVZ ,/$, um/KOUI "
        "Kunden/NN zu/PTKZU gewinnen/VVINF ./$."
    )
    assert all(k != "Indirect" for k, _, _ in layer(doc))


def test_causal_clause_in_konjunktiv_is_reported_speech() -> None:
    doc = tagged(
        "Der/ART Verband/NN protestierte/VVFIN ,/$, weil/KOUS die/ART Frist/NN zu/APPR "
        "kurz/ADJD sei/VAFIN/Mood=Sub ./$.",
        "Der/ART Verband/NN protestierte/VVFIN ,/$, weil/KOUS die/ART Halle/NN "
        "brannte/VVFIN/Mood=Ind ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "weil die Frist zu kurz sei", "Der Verband") in found
    assert not any(c.startswith("weil die Halle") for _, c, _ in found)


def test_relative_clause_before_the_verb_is_no_trailing_frame_content() -> None:
    doc = tagged(
        "In/APPR dem/ART Schreiben/NN ,/$, das/PRELS er/PPER verschickt/VVPP hat/VAFIN ,/$, "
        "erklärt/VVFIN er/PPER ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "er")]


def test_noun_with_a_subordinate_clause_before_the_verb_is_no_trailing_content() -> None:
    for sentence in (
        "Die/ART Frage/NN ,/$, ob/KOUS die/ART Schule/NN schließt/VVFIN ,/$, erklärte/VVFIN "
        "der/ART Rat/NN gestern/ADV nicht/PTKNEG ./$.",
        "Regeln/NN ,/$, wie/PWAV sie/PPER das/ART Gesetz/NN enthält/VVFIN ,/$, hat/VAFIN "
        "das/ART Gericht/NN für/APPR zulässig/ADJD erklärt/VVPP ./$.",
        "Neue/ADJA Umfragen/NN ,/$, in/APPR denen/PRELS Wähler/NN befragt/VVPP wurden/VAFIN "
        ",/$, haben/VAFIN einen/ART Sieg/NN prognostiziert/VVPP ./$.",
    ):
        assert not any(k == "Indirect" for k, _, _ in layer(tagged(sentence)))


def test_wie_frame_after_a_connective_and_with_a_quoted_name() -> None:
    doc = tagged(
        "Denn/KON wie/KON die/ART Zeitung/NN berichtete/VVFIN ,/$, leidet/VVFIN der/ART "
        "Sänger/NN an/APPR Grippe/NN ./$.",
        "Wie/PWAV „/$( nordblick/VVFIN online/ADV “/$( berichtet/VVFIN ,/$, sperrte/VVFIN "
        "die/ART Stadt/NN den/ART Park/NN ./$.",
    )
    contents = [c for k, c, _ in layer(doc) if k == "Indirect"]
    assert "leidet der Sänger an Grippe" in contents
    assert "sperrte die Stadt den Park" in contents


def test_wie_inside_a_quotation_opens_no_frame() -> None:
    doc = tagged(
        "„/$( Wir/PPER fragen/VVFIN ,/$, wie/PWAV wir/PPER helfen/VVINF können/VMFIN ./$. "
        "“/$( ,/$, sagte/VVFIN die/ART Bürgermeisterin/NN ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Direct", "die Bürgermeisterin")]


def test_das_after_a_comma_points_back_to_the_clause_before() -> None:
    doc = tagged(
        "Seit/APPR Montag/NN ist/VAFIN die/ART Brücke/NN gesperrt/VVPP ,/$, das/PDS "
        "teilte/VVFIN die/ART Stadt/NN mit/PTKVZ ./$."
    )
    assert layer(doc) == [("Indirect", "Seit Montag ist die Brücke gesperrt", "die Stadt")]


def test_prepositional_opening_keeps_a_trailing_frame_but_a_clause_does_not() -> None:
    doc = tagged(
        "Nach/APPR dem/ART Sturm/NN sei/VAFIN/Mood=Sub die/ART Lage/NN ruhig/ADJD ,/$, "
        "sagte/VVFIN der/ART Bürgermeister/NN ./$.",
        "Während/APPR die/ART Partei/NN zustimmte/VVFIN ,/$, kritisierte/VVFIN der/ART "
        "Verband/NN den/ART Plan/NN ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "Nach dem Sturm sei die Lage ruhig", "der Bürgermeister") in found
    assert not any(k == "Indirect" and c.startswith("Während") for k, c, _ in found)


def test_second_conjunct_speech_act_beside_a_frame_is_reported_speech() -> None:
    doc = tagged(
        "Das/ART Amt/NN teilte/VVFIN mit/PTKVZ ,/$, dass/KOUS der/ART Regen/NN "
        "anhalte/VVFIN/Mood=Sub ,/$, und/KON warnte/VVFIN vor/APPR Hochwasser/NN ./$."
    )
    found = layer(doc)
    assert ("Indirect", "dass der Regen anhalte", "Das Amt") in found
    assert ("Reported", "und warnte vor Hochwasser .", "Das Amt") in found


def test_reported_speech_ends_before_a_second_predicate_that_says_nothing() -> None:
    doc = tagged(
        "Der/ART Rat/NN forderte/VVFIN eine/ART Waffenruhe/NN und/KON verließ/VVFIN/Mood=Ind "
        "den/ART Saal/NN ./$.",
    )
    assert layer(doc) == [("Reported", "Der Rat forderte eine Waffenruhe", "Der Rat")]


def test_quoted_name_before_the_verb_is_the_subject_not_a_quotation() -> None:
    doc = tagged(
        "„/$( Nordkurier/NN “/$( berichtet/VVFIN ,/$, dass/KOUS der/ART Hafen/NN "
        "schließe/VVFIN/Mood=Sub ./$."
    )
    found = layer(doc)
    assert [(k, c) for k, c, _ in found] == [("Indirect", "dass der Hafen schließe")]


def test_announcement_with_a_zu_infinitive_inside_its_first_clause() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN hat/VAFIN angekündigt/VVPP ,/$, bald/ADV zurückzutreten/VVIZU "
        "als/KOKOM Parteichefin/NN ./$.",
        "Die/ART Stadt/NN forderte/VVFIN die/ART Bewohner/NN auf/PTKVZ ,/$, die/ART "
        "Häuser/NN zu/PTKZU verlassen/VVINF –/$( die/ART Hälfte/NN davon/PROAV im/APPRART "
        "Norden/NN ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "bald zurückzutreten als Parteichefin", "Die Ministerin") in found
    assert ("Indirect", "die Häuser zu verlassen", "Die Stadt") in found


def test_preposed_dass_clause_before_the_frame_is_its_content() -> None:
    doc = tagged(
        "Dass/KOUS die/ART Schule/NN bald/ADV öffnet/VVFIN ,/$, bestätigte/VVFIN der/ART "
        "Bürgermeister/NN ./$.",
        "Ob/KOUS die/ART Halle/NN öffnet/VVFIN ,/$, ist/VAFIN unklar/ADJD ./$.",
    )
    assert layer(doc) == [("Indirect", "Dass die Schule bald öffnet", "der Bürgermeister")]


def test_frame_interrupting_its_content_takes_both_sides() -> None:
    doc = tagged(
        "In/APPR zehn/CARD Jahren/NN ,/$, so/ADV schätzen/VVFIN die/ART Forscher/NN ,/$, "
        "sei/VAFIN/Mood=Sub die/ART Arbeit/NN fertig/ADJD ./$."
    )
    found = layer(doc)
    assert found == [("Indirect", "In zehn Jahren sei die Arbeit fertig", "die Forscher")]


def test_weak_preterite_after_a_speech_verb_reads_as_konjunktiv_two() -> None:
    doc = tagged(
        "Der/ART Minister/NN warnte/VVFIN ,/$, die/ART Gegner/NN verfolgten/VVFIN eigene/ADJA "
        "Ziele/NN ./$.",
        "Der/ART Minister/NN warnte/VVFIN vor/APPR Gewalt/NN ,/$, die/ART Polizei/NN "
        "sperrt/VVFIN den/ART Platz/NN ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "die Gegner verfolgten eigene Ziele", "Der Minister") in found
    assert not any(c.startswith("die Polizei") for _, c, _ in found)


def test_main_clause_after_a_subordinate_frame_clause_is_no_complement() -> None:
    doc = tagged(
        "Nachdem/KOUS die/ART Nachbarin/NN die/ART Polizei/NN informiert/VVPP hatte/VAFIN ,/$, "
        "wurde/VAFIN die/ART Straße/NN gesperrt/VVPP ./$.",
        "Sollte/VMFIN der/ART Antrag/NN angenommen/VVPP werden/VAINF ,/$, "
        "könnte/VMFIN/Mood=Sub die/ART Seite/NN wieder/ADV online/ADV gehen/VVINF ./$.",
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_quoted_noun_after_an_indefinite_article_in_content_is_a_partial_quote() -> None:
    # one capitalised word in quotation marks reads as a name, but after `ein` inside
    # indirect content it is a predicate in the speaker's words
    doc = tagged(
        "Die/ART Gewerkschaft/NN sagte/VVFIN ,/$, der/ART Plan/NN sei/VAFIN/Mood=Sub "
        "ein/ART „/$( Wortbruch/NN “/$( ./$."
    )
    found = layer(doc)
    assert ("Direct", "„ Wortbruch “", "Die Gewerkschaft") in found
    assert any(k == "Indirect" for k, _, _ in found)


def test_quoted_name_after_a_definite_article_in_content_stays_a_name() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN ,/$, die/ART „/$( Tagespost/NN “/$( habe/VAFIN/Mood=Sub "
        "falsch/ADJD berichtet/VVPP ./$."
    )
    assert all(k != "Direct" for k, _, _ in layer(doc))


def test_quotation_of_a_speech_act_beside_a_framed_claim_is_a_direct_quote() -> None:
    # the `dass` clause belongs to `kritisierte`; the quotation in the first frame is still
    # the speaker's words
    doc = tagged(
        "Die/ART Trainerin/NN kommentierte/VVFIN das/ART Spiel/NN als/KON „/$( Enttäuschung/NN "
        "für/APPR alle/PIAT Beteiligten/NN “/$( ,/$, als/KOUS sie/PPER die/ART Fans/NN "
        "dafür/PROAV kritisierte/VVFIN ,/$, dass/KOUS sie/PPER gepfiffen/VVPP hatten/VAFIN ./$."
    )
    found = layer(doc)
    assert ("Direct", "„ Enttäuschung für alle Beteiligten “", "Die Trainerin") in found
    assert any(k == "Indirect" and c == "dass sie gepfiffen hatten" for k, c, _ in found)


def test_marked_term_in_content_is_a_partial_quote() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, dass/KOUS die/ART so/ADV genannten/ADJA "
        "„/$( Schutzschirme/NN “/$( nicht/PTKNEG ausreichten/VVFIN/Mood=Sub ./$."
    )
    assert ("Direct", "„ Schutzschirme “", "Der Sprecher") in layer(doc)


def test_quoted_common_noun_opening_indirect_content_is_a_partial_quote() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, „/$( Sperrzonen/NN “/$( dürfe/VMFIN/Mood=Sub "
        "es/PPER nicht/PTKNEG geben/VVINF ./$.",
        "Der/ART Minister/NN sagte/VVFIN ,/$, „/$( Bild/NE “/$( habe/VAFIN/Mood=Sub "
        "gelogen/VVPP ./$.",
    )
    found = layer(doc)
    assert ("Direct", "„ Sperrzonen “", "Die Ministerin") in found
    assert ("Indirect", "„ Sperrzonen “ dürfe es nicht geben", "Die Ministerin") in found
    assert not any(k == "Direct" and "Bild" in c for k, c, _ in found)  # a name stays a name


def test_quoted_evaluation_of_a_passive_is_a_direct_quote() -> None:
    doc = tagged(
        "Seine/PPOSAT Bilder/NN werden/VAFIN von/APPR Kritikern/NN als/KOKOM „/$( "
        "Meilensteine/NN der/ART Malerei/NN “/$( bezeichnet/VVPP ./$.",
        "Die/ART Auflagen/NN werden/VAFIN als/KOKOM „/$( unnötig/ADJD “/$( bezeichnet/VVPP ./$.",
    )
    found = [(k, c) for k, c, _ in layer(doc)]
    assert ("Direct", "„ Meilensteine der Malerei “") in found
    assert ("Direct", "„ unnötig “") in found
    assert all(k == "Direct" for k, _ in found)


def test_passive_evaluation_in_a_report_is_reported_speech_of_the_report() -> None:
    doc = tagged(
        "Die/ART Lage/NN wird/VAFIN im/APPRART Bericht/NN als/KOKOM kritisch/ADJD "
        "bezeichnet/VVPP ./$.",
        "Die/ART Lage/NN wird/VAFIN im/APPRART Sommer/NN als/KOKOM kritisch/ADJD "
        "bezeichnet/VVPP ./$.",
    )
    assert layer(doc) == [
        ("Reported", "Die Lage wird im Bericht als kritisch bezeichnet .", "Bericht")
    ]


def test_subordinate_clause_with_its_own_speech_verb_is_no_complement() -> None:
    doc = tagged(
        "Der/ART Minister/NN lobte/VVFIN den/ART Plan/NN ,/$, während/KOUS die/ART "
        "Sprecherin/NN erklärte/VVFIN ,/$, es/PPER gebe/VVFIN/Mood=Sub keine/PIAT Gefahr/NN ./$."
    )
    assert layer(doc) == [("Indirect", "es gebe keine Gefahr", "die Sprecherin")]


def test_relative_clause_after_a_preposition_is_no_complement() -> None:
    doc = tagged(
        "Der/ART Arzt/NN nannte/VVFIN sie/PPER „/$( riskant/ADJD “/$( und/KON verwies/VVFIN "
        "auf/APPR Studien/NN ,/$, nach/APPR denen/PRELS die/ART Kur/NN wirksam/ADJD "
        "sei/VAFIN/Mood=Sub ./$."
    )
    found = layer(doc)
    assert ("Direct", "„ riskant “", "Der Arzt") in found
    # not the complement of `verwies`: the studies' claim (a Konjunktiv I relative clause
    # after `nach`, whose pronoun german_news_quotes marks as the speaker)
    assert [f for f in found if f[0] == "Indirect"] == [("Indirect", "die Kur wirksam sei", "denen")]


def test_quoted_evaluation_in_the_perfect_is_a_direct_quote() -> None:
    doc = tagged(
        "Die/ART Regierung/NN hatte/VAFIN den/ART Bericht/NN als/KOKOM „/$( falsch/ADJD “/$( "
        "zurückgewiesen/VVPP ./$.",
        "Die/ART Regierung/NN hatte/VAFIN den/ART Bericht/NN zurückgewiesen/VVPP ./$.",
    )
    assert layer(doc) == [("Direct", "„ falsch “", "Die Regierung")]


def test_relative_clause_read_as_article_is_no_trailing_frame_content() -> None:
    doc = tagged(
        "Im/APPRART Brief/NN ,/$, den/ART Paul/NE an/APPR Anna/NE geschickt/VVPP hat/VAFIN ,/$, "
        "erklärt/VVFIN er/PPER :/$. „/$( Ich/PPER komme/VVFIN bald/ADV ./$. “/$("
    )
    found = layer(doc)
    assert not any(k == "Indirect" and c.startswith("Im Brief") for k, c, _ in found)
