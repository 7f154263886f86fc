"""Frame shapes of indirect speech (`frame_shapes.py`, `attribution.py`): `wie` clauses that
compare or ask are no source frames; hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_wie_frame_with_a_source_reports_the_sentence() -> None:
    doc = tagged(
        "Wie/KOUS die/ART Polizei/NN mitteilte/VVFIN ,/$, wurde/VAFIN die/ART Straße/NN "
        "gesperrt/VVPP ./$."
    )
    assert layer(doc) == [("Indirect", "wurde die Straße gesperrt", "die Polizei")]


def test_a_bare_participle_after_wie_is_no_frame() -> None:
    doc = tagged(
        "Die/ART Straße/NN wurde/VAFIN ,/$, wie/KOUS angekündigt/VVPP ,/$, am/APPRART "
        "Montag/NN gesperrt/VVPP ./$."
    )
    assert layer(doc) == []


def test_wie_after_so_and_an_adjective_compares() -> None:
    doc = tagged(
        "Die/ART Rede/NN war/VAFIN so/ADV kurz/ADJD ,/$, wie/KOUS die/ART Gäste/NN "
        "erwartet/VVPP hatten/VAFIN ./$."
    )
    assert layer(doc) == []


def test_wie_before_a_degree_word_asks() -> None:
    doc = tagged(
        "Es/PPER kommt/VVFIN nicht/PTKNEG darauf/PROAV an/PTKVZ ,/$, wie/PWAV lange/ADV "
        "jemand/PIS die/ART Aktie/NN hält/VVFIN ./$."
    )
    assert layer(doc) == []


def test_trailing_so_frame_with_its_verb_reports_the_clause_before() -> None:
    doc = tagged(
        "Der/ART Flug/NN käme/VVFIN/Mood=Sub einer/ART Folter/NN gleich/PTKVZ ,/$, so/ADV "
        "bestätigt/VVFIN das/ART Gericht/NN ./$."
    )
    assert layer(doc) == [("Indirect", "Der Flug käme einer Folter gleich", "das Gericht")]


def test_noun_frame_with_a_zu_infinitive_opening_with_a_preposition() -> None:
    doc = tagged(
        "Die/ART Häftlinge/NN flohen/VVFIN trotz/APPR einer/ART Warnung/NN der/ART "
        "Wärter/NN ,/$, auf/APPR Flüchtende/NN zu/PTKZU schießen/VVINF ./$."
    )
    assert ("Indirect", "auf Flüchtende zu schießen", "der Wärter") in layer(doc)


def test_relative_clause_after_a_speech_act_noun_is_no_complement() -> None:
    doc = tagged(
        "Die/ART Partei/NN lehnte/VVFIN die/ART Forderung/NN ,/$, auf/APPR die/PRELS "
        "der/ART Verband/NN bestehe/VVFIN/Mood=Sub ,/$, ab/PTKVZ ./$."
    )
    assert all(kind != "Indirect" for kind, _, _ in layer(doc))


def test_zu_infinitive_of_geben_is_not_zugeben() -> None:
    doc = tagged(
        "Als/APPR Grund/NN nannte/VVFIN die/ART Behörde/NN ,/$, den/ART Forschern/NN "
        "mehr/PIAT Zeit/NN zu/PTKZU geben/VVINF ,/$, mehr/PIAT Geräte/NN aufzubauen/VVIZU ./$."
    )
    assert all(content != "mehr Geräte aufzubauen" for _, content, _ in layer(doc))
