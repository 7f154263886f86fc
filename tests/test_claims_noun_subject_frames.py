"""Speech-act nouns whose source is the subject of a support verb (`X fasste den Beschluss,
...`, `X äußerte die Hoffnung, dass ...`) or a `von` phrase in the Vorfeld (`Von der Polizei
kam die Information, ...`).  Invented, hand-tagged German sentences (see ``claims_docs``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_object_of_a_support_verb_takes_the_verbs_subject_as_source() -> None:
    doc = tagged(
        "Der/ART Kommandant/NN erteilte/VVFIN/=erteilen am/APPRART Montag/NN den/ART Befehl/NN ,/$, "
        "das/ART Feuer/NN einzustellen/VVIZU ./$."
    )
    assert ("Indirect", "das Feuer einzustellen", "Der Kommandant") in layer(doc)
    inverted = tagged(
        "Danach/ADV gaben/VVFIN/=geben sie/PPER den/ART Helfern/NN die/ART Anweisung/NN ,/$, "
        "das/ART Haus/NN zu/PTKZU räumen/VVINF ./$."
    )
    assert ("Indirect", "das Haus zu räumen", "sie") in layer(inverted)


def test_separable_support_verb_and_dass_clause() -> None:
    doc = tagged(
        "Die/ART Ärztin/NN sprach/VVFIN/=sprechen die/ART Hoffnung/NN aus/PTKVZ ,/$, "
        "dass/KOUS/=dass der/ART Patient/NN bald/ADV gesund/ADJD werde/VAFIN/Mood=Sub ./$."
    )
    assert ("Indirect", "dass der Patient bald gesund werde", "Die Ärztin") in layer(doc)


def test_von_phrase_in_the_vorfeld_is_the_source() -> None:
    doc = tagged(
        "Von/APPR der/ART Feuerwehr/NN kam/VVFIN/=kommen die/ART Warnung/NN ,/$, "
        "die/ART Brücke/NN sei/VAFIN/Mood=Sub gesperrt/VVPP ./$."
    )
    assert ("Indirect", "die Brücke sei gesperrt", "der Feuerwehr") in layer(doc)
    preposition_first = tagged(
        "Von/APPR der/ART Polizei/NN kam/VVFIN/=kommen die/ART Information/NN ,/$, "
        "bei/APPR den/ART Toten/NN handele/VVFIN/Mood=Sub es/PPER sich/PRF um/APPR "
        "Touristen/NN ./$."
    )
    content = "bei den Toten handele es sich um Touristen"
    assert ("Indirect", content, "der Polizei") in layer(preposition_first)


def test_other_verbs_and_prepositional_nouns_give_no_source() -> None:
    other = tagged(
        "Der/ART Bericht/NN las/VVFIN/=lesen die/ART Warnung/NN ,/$, "
        "die/ART Brücke/NN sei/VAFIN/Mood=Sub gesperrt/VVPP ./$."
    )
    assert layer(other) == []
    inside_pp = tagged(
        "Er/PPER gab/VVFIN/=geben mit/APPR der/ART Hoffnung/NN auf/PTKVZ ,/$, "
        "dass/KOUS/=dass es/PPER klappe/VVFIN/Mood=Sub ./$."
    )
    assert layer(inside_pp) == []


def test_sentence_initial_noun_with_genitive_source_keeps_its_cue() -> None:
    doc = tagged(
        "Dem/ART Appell/NN der/ART Polizei/NN ,/$, sich/PRF zu/PTKZU stellen/VVINF ,/$, "
        "folgte/VVFIN er/PPER nicht/PTKNEG ./$."
    )
    claim = next(c for c in doc.article.claims if c.content.text == "sich zu stellen")
    assert claim.cue is not None and claim.cue.text == "Dem Appell"


def test_support_verb_joins_the_cue() -> None:
    doc = tagged(
        "Die/ART Polizei/NN erteilte/VVFIN/=erteilen den/ART Befehl/NN ,/$, "
        "das/ART Haus/NN zu/PTKZU räumen/VVINF ./$."
    )
    claim = next(c for c in doc.article.claims if c.content.text == "das Haus zu räumen")
    assert claim.cue is not None and claim.cue.text == "erteilte den Befehl"
