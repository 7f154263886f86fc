"""Frames of lexicon verbs and phrases (`davon ausgehen`, `ist zu hören`, `nachsagen`,
`hatte es geheißen`, `diskutieren`, `hegen`), noun frames, and complements after a relative
clause inside the subject.  Invented, hand-tagged German sentences (``word/TAG[/morph]`` as
in :mod:`test_claims_rules`)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_davon_ausgehen_verb_final_in_a_relative_clause_frames_a_konjunktiv_clause() -> None:
    doc = tagged(
        "Es/PPER gibt/VVFIN eine/ART Studie/NN ,/$, die/PRELS davon/PROAV ausgeht/VVFIN ,/$, "
        "der/ART Fluss/NN werde/VAFIN/Mood=Sub bald/ADV austrocknen/VVINF ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [("Indirect", "der Fluss werde bald austrocknen")]


def test_davon_ausgegangen_in_the_perfect_frames_a_dass_clause() -> None:
    doc = tagged(
        "Die/ART Polizei/NN ist/VAFIN bisher/ADV davon/PROAV ausgegangen/VVPP ,/$, dass/KOUS "
        "der/ART Brand/NN gelegt/VVPP wurde/VAFIN ./$."
    )
    assert ("Indirect", "dass der Brand gelegt wurde", "Die Polizei") in layer(doc)


def test_ausgehen_of_a_place_without_a_complement_is_no_claim() -> None:
    doc = tagged(
        "Der/ART Zug/NN ,/$, der/PRELS vom/APPRART Rathaus/NN ausging/VVFIN ,/$, zog/VVFIN "
        "durch/APPR die/ART Altstadt/NN ./$."
    )
    assert layer(doc) == []


def test_konjunktiv_ii_modal_after_a_relative_clause_inside_the_subject() -> None:
    # `sollten` is the verb-second verb past the relative clause after `alle Läden`
    doc = tagged(
        "Der/ART Verband/NN forderte/VVFIN ,/$, alle/PIAT Läden/NN ,/$, die/PRELS am/APPRART "
        "Sonntag/NN öffnen/VVINF wollen/VMFIN ,/$, sollten/VMFIN eine/ART Genehmigung/NN "
        "beantragen/VVINF ./$."
    )
    assert (
        "Indirect",
        "alle Läden , die am Sonntag öffnen wollen , sollten eine Genehmigung beantragen",
        "Der Verband",
    ) in layer(doc)


def test_hearsay_sollen_after_a_relative_clause_inside_the_subject() -> None:
    doc = tagged(
        "Die/ART Zeitung/NN berichtete/VVFIN ,/$, zwei/CARD Werke/NN ,/$, die/PRELS "
        "Verluste/NN machen/VVFIN ,/$, sollen/VMFIN geschlossen/VVPP werden/VAINF ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "Die Zeitung")]


def test_indicative_present_after_a_relative_clause_is_no_complement() -> None:
    doc = tagged(
        "Der/ART Minister/NN lobte/VVFIN den/ART Plan/NN ,/$, alle/PIAT Schulen/NN ,/$, "
        "die/PRELS saniert/VVPP wurden/VAFIN ,/$, sind/VAFIN nun/ADV offen/ADJD ./$."
    )
    assert all(k != "Indirect" for k, _, _ in layer(doc))


def test_ist_zu_hoeren_frames_a_konjunktiv_clause() -> None:
    doc = tagged(
        "Aus/APPR der/ART Partei/NN ist/VAFIN zu/PTKZU hören/VVINF ,/$, der/ART Vorsitzende/NN "
        "wolle/VMFIN/Mood=Sub zurücktreten/VVINF ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [
        ("Indirect", "der Vorsitzende wolle zurücktreten")
    ]


def test_ist_zu_hoeren_of_a_sound_is_no_frame() -> None:
    doc = tagged("Im/APPRART Wald/NN ist/VAFIN ein/ART Vogel/NN zu/PTKZU hören/VVINF ./$.")
    assert layer(doc) == []


def test_nachsagen_in_the_passive_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Dem/ART Verein/NN wird/VAFIN nachgesagt/VVPP ,/$, enge/ADJA Kontakte/NN zur/APPRART "
        "Szene/NN zu/PTKZU pflegen/VVINF ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [
        ("Indirect", "enge Kontakte zur Szene zu pflegen")
    ]


def test_hatte_es_geheissen_with_an_adverb_in_between() -> None:
    doc = tagged(
        "Am/APPRART Morgen/NN hatte/VAFIN es/PPER noch/ADV geheißen/VVPP ,/$, der/ART Zug/NN "
        "falle/VVFIN/Mood=Sub aus/PTKVZ ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [("Indirect", "der Zug falle aus")]


def test_noun_frame_is_not_hidden_by_a_reported_reading_of_the_sentence() -> None:
    # the reported reading of `befürchtet` spans the sentence; the noun-framed complement
    # after the semicolon is a claim of its own (the noun its speaker)
    doc = tagged(
        "Er/PPER befürchtet/VVFIN neue/ADJA Bündnisse/NN ;/$. Aussagen/NN ,/$, dass/KOUS "
        "dies/PDS nicht/PTKNEG geplant/VVPP werde/VAFIN/Mood=Sub ,/$, schenkt/VVFIN er/PPER "
        "keinen/PIAT Glauben/NN ./$."
    )
    assert ("Indirect", "dass dies nicht geplant werde", "Aussagen") in layer(doc)


def test_diskutieren_frames_an_ob_clause() -> None:
    doc = tagged(
        "Der/ART Rat/NN diskutierte/VVFIN darüber/PROAV ,/$, ob/KOUS die/ART Schule/NN "
        "geschlossen/VVPP werden/VAINF solle/VMFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "ob die Schule geschlossen werden solle", "Der Rat") in layer(doc)


def test_hegen_frames_a_konjunktiv_clause_but_not_an_object_alone() -> None:
    doc = tagged(
        "Die/ART Polizei/NN hegt/VVFIN den/ART Verdacht/NN ,/$, der/ART Fahrer/NN könnte/VMFIN "
        "betrunken/ADJD gewesen/VAPP sein/VAINF ./$."
    )
    assert [(k, c) for k, c, _ in layer(doc)] == [
        ("Indirect", "der Fahrer könnte betrunken gewesen sein")
    ]
    plain = tagged("Die/ART Polizei/NN hegt/VVFIN einen/ART Verdacht/NN ./$.")
    assert layer(plain) == []
