"""Recall of indirect and reported frames: speech-act verbs, phrases and frame shapes added to
the German lexicon.  Invented, hand-tagged German sentences (see ``claims_docs``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.lexicon import load_lexicon
from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


# ---- speech-act verbs ----------------------------------------------------------------------


def test_new_verbs_are_inflected_by_the_lexicon() -> None:
    lex = load_lexicon("de")
    kinds = {
        w: {(m.verb.lemma, m.kind) for m in lex.verb_matches(w)}
        for w in ("wandte", "eingewandt", "vorhergesagt", "verriet", "schwor", "einschränkte")
    }
    assert ("einwenden", "separated") in kinds["wandte"]
    assert ("einwenden", "participle") in kinds["eingewandt"]
    assert ("vorhersagen", "participle") in kinds["vorhergesagt"]
    assert ("verraten", "finite") in kinds["verriet"]
    assert ("schwören", "finite") in kinds["schwor"]
    assert ("einschränken", "finite") in kinds["einschränkte"]


def test_separated_particle_verb_frames_a_dass_clause() -> None:
    doc = tagged(
        "Die/ART Sprecherin/NN schränkte/VVFIN die/ART Zusage/NN jedoch/ADV ein/PTKVZ ,/$, "
        "dass/KOUS/=dass die/ART Halle/NN erst/ADV im/APPRART Mai/NN öffne/VVFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass die Halle erst im Mai öffne", "Die Sprecherin") in layer(doc)


def test_ansehen_with_als_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Als/KOUS wichtigste/ADJA Aufgabe/NN sah/VVFIN es/PPER die/ART Bürgermeisterin/NN "
        "an/PTKVZ ,/$, den/ART Hafen/NN zu/PTKZU erneuern/VVINF ./$."
    )
    assert ("Indirect", "den Hafen zu erneuern", "die Bürgermeisterin") in layer(doc)


def test_bedauern_frames_only_a_complement() -> None:
    doc = tagged(
        "Der/ART Verband/NN bedauerte/VVFIN ,/$, dass/KOUS die/ART Stadt/NN den/ART "
        "Markt/NN geschlossen/VVPP habe/VAFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass die Stadt den Markt geschlossen habe", "Der Verband") in layer(doc)
    plain = tagged("Der/ART Verband/NN bedauerte/VVFIN die/ART Schließung/NN ./$.")
    assert layer(plain) == []


def test_voraussagen_is_reported_speech() -> None:
    doc = tagged(
        "Die/ART Forscher/NN sagten/VVFIN für/APPR den/ART Sommer/NN mehr/PIAT Regen/NN "
        "voraus/PTKVZ ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("Reported", "Die Forscher")]


def test_bekunden_frames_a_complement_but_no_reported_speech() -> None:
    doc = tagged(
        "Der/ART Minister/NN bekundete/VVFIN ,/$, dass/KOUS er/PPER die/ART Pläne/NN "
        "unterstütze/VVFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass er die Pläne unterstütze", "Der Minister") in layer(doc)
    plain = tagged("Der/ART Minister/NN bekundete/VVFIN sein/PPOSAT Beileid/NN ./$.")
    assert layer(plain) == []


# ---- phrases and evaluations -----------------------------------------------------------------


def test_criticism_with_an_evaluation_is_reported_speech() -> None:
    doc = tagged(
        "Die/ART Opposition/NN kritisierte/VVFIN den/ART Plan/NN als/KON zu/PTKA teuer/ADJD ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Reported", "Die Opposition")]
    plain = tagged("Die/ART Opposition/NN kritisierte/VVFIN den/ART Plan/NN ./$.")
    assert layer(plain) == []


def test_aus_sicht_names_the_source_after_it() -> None:
    doc = tagged(
        "Der/ART Vertrag/NN ist/VAFIN aus/APPR Sicht/NN der/ART Gewerkschaft/NN ungültig/ADJD ./$."
    )
    found = layer(doc)
    assert found and found[0][0] == "Indirect" and found[0][2] == "der Gewerkschaft"


def test_certainty_and_pluperfect_assumption_frame_complements() -> None:
    doc = tagged(
        "Damals/ADV war/VAFIN sich/PRF die/ART Polizei/NN sicher/ADJD ,/$, dass/KOUS "
        "der/ART Fahrer/NN geflohen/VVPP sei/VAFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass der Fahrer geflohen sei", "die Polizei") in layer(doc)
    doc = tagged(
        "Die/ART Forscher/NN waren/VAFIN bisher/ADV davon/PROAV ausgegangen/VVPP ,/$, "
        "dass/KOUS die/ART Art/NN ausgestorben/VVPP sei/VAFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass die Art ausgestorben sei", "Die Forscher") in layer(doc)


# ---- nominal frames --------------------------------------------------------------------------


def test_speech_act_noun_with_genitive_source_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Trotz/APPR der/ART Ankündigung/NN des/ART Trainers/NN ,/$, den/ART Verein/NN zu/PTKZU "
        "verlassen/VVINF ,/$, gewann/VVFIN die/ART Mannschaft/NN ./$."
    )
    found = layer(doc)
    assert ("Indirect", "den Verein zu verlassen", "des Trainers") in found


def test_speech_act_noun_frames_a_konjunktiv_clause_and_stops_at_the_main_clause() -> None:
    doc = tagged(
        "Die/ART Warnung/NN der/ART Feuerwehr/NN ,/$, das/ART Eis/NN sei/VAFIN/Mood=Sub "
        "zu/PTKA dünn/ADJD ,/$, wurde/VAFIN ignoriert/VVPP ./$."
    )
    found = layer(doc)
    assert ("Indirect", "das Eis sei zu dünn", "der Feuerwehr") in found


def test_speech_act_noun_in_a_mit_phrase_or_before_a_relative_clause() -> None:
    # `kam mit dem Argument, …`: the subject of the clause argues (session 15; it framed
    # nothing before); a relative clause after the noun is no complement
    subject = tagged(
        "Er/PPER kam/VVFIN mit/APPR dem/ART Argument/NN ,/$, die/ART Bahn/NN sei/VAFIN/Mood=Sub "
        "zu/PTKA teuer/ADJD ./$."
    )
    assert layer(subject) == [("Indirect", "die Bahn sei zu teuer", "Er")]
    relative = tagged(
        "Die/ART Forderung/NN der/ART Partei/NN ,/$, die/PRELS im/APPRART Mai/NN "
        "kam/VVFIN ,/$, blieb/VVFIN ohne/APPR Folgen/NN ./$."
    )
    assert layer(relative) == []


# ---- frame shapes ----------------------------------------------------------------------------


def test_participle_tagged_as_adjective_closes_a_perfect_tense_frame() -> None:
    doc = tagged(
        "Die/ART Gegner/NN hatten/VAFIN angekündigt/ADJD ,/$, die/ART Feier/NN zu/PTKZU "
        "stören/VVINF ./$."
    )
    assert ("Indirect", "die Feier zu stören", "Die Gegner") in layer(doc)
    attributive = tagged(
        "Die/ART angekündigt/ADJD Feier/NN fand/VVFIN statt/PTKVZ ,/$, die/PRELS "
        "Gäste/NN kamen/VVFIN ./$."
    )
    assert layer(attributive) == []


def test_modal_preterite_after_a_speech_verb_is_konjunktiv_two() -> None:
    doc = tagged(
        "Kritiker/NN hatten/VAFIN ihm/PPER vorgeworfen/VVPP ,/$, er/PPER wollte/VMFIN "
        "sich/PRF nur/ADV bereichern/VVINF ./$."
    )
    assert ("Indirect", "er wollte sich nur bereichern", "Kritiker") in layer(doc)


# ---- collocations ----------------------------------------------------------------------------


def test_collocations_of_speech_acts_frame_complements() -> None:
    doc = tagged(
        "Beide/PIAT Verbände/NN legten/VVFIN großen/ADJA Wert/NN darauf/PROAV ,/$, dass/KOUS "
        "die/ART Schulen/NN offen/ADJD bleiben/VVINF ./$."
    )
    assert ("Indirect", "dass die Schulen offen bleiben", "Beide Verbände") in layer(doc)
    doc = tagged(
        "Die/ART Vermutungen/NN der/ART Forscher/NN gehen/VVFIN dahin/PROAV ,/$, dass/KOUS "
        "der/ART Vulkan/NN bald/ADV ausbricht/VVFIN ./$."
    )
    assert ("Indirect", "dass der Vulkan bald ausbricht", "Die Vermutungen der Forscher") in (
        layer(doc)
    )


def test_impersonal_finding_and_plan_frames() -> None:
    doc = tagged(
        "Später/ADV stellte/VVFIN sich/PRF heraus/PTKVZ ,/$, dass/KOUS der/ART Zug/NN "
        "zu/PTKA schnell/ADJD war/VAFIN ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [("Indirect", "dass der Zug zu schnell war")]
    doc = tagged(
        "Im/APPRART Entwurf/NN war/VAFIN vorgesehen/VVPP ,/$, die/ART Gebühren/NN zu/PTKZU "
        "senken/VVINF ./$."
    )
    assert ("Indirect", "die Gebühren zu senken", "Entwurf") in layer(doc)


def test_nachdenken_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Die/ART Stadträte/NN denken/VVFIN darüber/PROAV nach/PTKVZ ,/$, die/ART Brücke/NN "
        "zu/PTKZU sperren/VVINF ./$."
    )
    assert ("Indirect", "die Brücke zu sperren", "Die Stadträte") in layer(doc)


def test_beimessen_is_an_opinion_reported_as_speech() -> None:
    lex = load_lexicon("de")
    assert ("zumessen", "separated") in {(m.verb.lemma, m.kind) for m in lex.verb_matches("maß")}
    doc = tagged(
        "Beobachter/NN messen/VVFIN dem/ART Treffen/NN große/ADJA Bedeutung/NN zu/PTKVZ ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Reported", "Beobachter")]


def test_prevailing_opinion_and_consensus_frames_have_no_speaker() -> None:
    doc = tagged(
        "Unter/APPR den/ART Ärzten/NN herrschte/VVFIN die/ART Meinung/NN vor/PTKVZ ,/$, "
        "dass/KOUS die/ART Kur/NN hilft/VVFIN ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [("Indirect", "dass die Kur hilft")]
    doc = tagged(
        "Einigkeit/NN besteht/VVFIN darüber/PROAV ,/$, dass/KOUS die/ART Wahl/NN "
        "wichtig/ADJD sei/VAFIN/Mood=Sub ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [("Indirect", "dass die Wahl wichtig sei")]


def test_danach_before_konjunktiv_points_back_to_a_source() -> None:
    doc = tagged("Danach/PROAV sei/VAFIN/Mood=Sub die/ART Brücke/NN marode/ADJD ./$.")
    assert layer(doc) == [("Indirect", "sei die Brücke marode", "Danach")]
    temporal = tagged("Danach/PROAV fuhr/VVFIN der/ART Bus/NN weiter/ADV ./$.")
    assert layer(temporal) == []
