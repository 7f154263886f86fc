"""Leftover frame rules of the claims stage: hand-tagged invented German sentences.

The sentences use the ``word/TAG[/morph]`` notation of :mod:`test_claims_rules`.
"""

from __future__ import annotations

from test_claims_rules import layer, tagged


def test_impersonal_frame_after_a_fronted_adverbial_clause_takes_the_dass_clause() -> None:
    doc = tagged(
        "Erst/ADV nachdem/KOUS der/ART Kläger/NN gegangen/VVPP war/VAFIN ,/$, wurde/VAFIN "
        "bekannt/ADJD ,/$, dass/KOUS die/ART Akten/NN fehlten/VVFIN ./$."
    )
    texts = [t for _, t, _ in layer(doc)]
    assert "dass die Akten fehlten" in texts
    assert not any(t.startswith("Erst nachdem") for t in texts)


def test_known_for_a_reason_is_not_reported_speech() -> None:
    doc = tagged(
        "Der/ART Skandal/NN wurde/VAFIN bekannt/ADJD ,/$, weil/KOUS ein/ART Mitarbeiter/NN "
        "die/ART Akten/NN kopiert/VVPP hatte/VAFIN ./$."
    )
    assert not any("weil" in t for _, t, _ in layer(doc))


def test_frame_inside_a_relative_clause_has_no_complement() -> None:
    doc = tagged(
        "Die/ART Sängerin/NN ,/$, die/PRELS durch/APPR eine/ART Serie/NN bekannt/ADJD "
        "wurde/VAFIN ,/$, tritt/VVFIN im/APPRART Mai/NN auf/PTKVZ ./$."
    )
    assert not any("tritt" in t for _, t, _ in layer(doc))


def test_subject_with_apposition_before_an_impersonal_frame_is_not_content() -> None:
    doc = tagged(
        "Der/ART Bauer/NN ,/$, von/APPR Beruf/NN Imker/NN ,/$, wurde/VAFIN landesweit/ADJD "
        "bekannt/ADJD ./$."
    )
    assert layer(doc) == []


def test_wie_insertion_keeps_its_main_clause_content() -> None:
    doc = tagged(
        "Wie/KOUS gestern/ADV bekannt/ADJD wurde/VAFIN ,/$, sind/VAFIN zwei/CARD Brücken/NN "
        "gesperrt/VVPP ./$."
    )
    assert any(t.startswith("sind zwei Brücken") for _, t, _ in layer(doc))


def test_inserted_so_after_a_finite_auxiliary_goes_on_after_the_insertion() -> None:
    doc = tagged(
        "Der/ART Minister/NN sei/VAFIN/Mood=Sub ,/$, so/ADV Muster/NE ,/$, schuld/ADJD "
        "daran/PROAV ,/$, dass/KOUS die/ART Gespräche/NN scheiterten/VVFIN ./$."
    )
    found = [(t, s) for _, t, s in layer(doc)]
    assert any(t.startswith("Der Minister sei schuld daran") for t, _ in found)


def test_inserted_so_before_the_participle_of_the_clause() -> None:
    doc = tagged(
        "Es/PPER sei/VAFIN/Mood=Sub ,/$, so/ADV der/ART Bericht/NN ,/$, möglich/ADJD "
        "gewesen/VAPP ,/$, frei/ADJD zu/PTKZU wählen/VVINF ./$."
    )
    texts = [t for _, t, _ in layer(doc)]
    assert any(t.startswith("Es sei möglich gewesen") for t in texts)


def test_so_after_a_complete_clause_with_a_full_verb_stops_before_a_participle() -> None:
    doc = tagged(
        "Die/ART Gruppe/NN unterstützt/VVFIN den/ART Streik/NN ,/$, so/ADV der/ART "
        "Aufruf/NN ,/$, verbunden/VVPP mit/APPR scharfer/ADJA Kritik/NN ./$."
    )
    texts = [t for _, t, _ in layer(doc)]
    assert "Die Gruppe unterstützt den Streik" in texts


def test_wonach_clause_ends_where_the_main_clause_resumes() -> None:
    doc = tagged(
        "Gerüchte/NN ,/$, wonach/PWAV der/ART Chef/NN krank/ADJD sein/VAINF "
        "könnte/VMFIN/Mood=Sub ,/$, wollte/VMFIN/Mood=Ind die/ART Firma/NN nicht/PTKNEG "
        "bestätigen/VVINF ./$."
    )
    texts = [t for _, t, _ in layer(doc)]
    assert "der Chef krank sein könnte" in texts


def test_a_thing_named_after_someone_is_no_free_indirect_speaker() -> None:
    doc = tagged(
        "Der/ART Verkauf/NN der/ART Woba/NE brachte/VVFIN/Mood=Ind viel/PIAT Geld/NN ./$.",
        "Die/ART Stadt/NN habe/VAFIN/Mood=Sub nun/ADV genug/ADV Mittel/NN ./$.",
    )
    assert not any(s == "Der Verkauf der Woba" for _, _, s in layer(doc))


def test_a_person_noun_before_a_name_is_a_free_indirect_speaker() -> None:
    doc = tagged(
        "Der/ART Mitarbeiter/NN von/APPR Greenpeace/NE kritisierte/VVFIN/Mood=Ind den/ART "
        "Plan/NN ./$.",
        "Die/ART Stadt/NN habe/VAFIN/Mood=Sub keine/PIAT Mittel/NN ./$.",
    )
    assert (
        "IndirectFreeIndirect",
        "Die Stadt habe keine Mittel .",
        "Der Mitarbeiter von Greenpeace",
    ) in layer(doc)


def test_commissioner_is_a_source_noun() -> None:
    doc = tagged(
        "Der/ART EU-Kommissar/NN kritisierte/VVFIN/Mood=Ind den/ART Plan/NN ./$.",
        "Die/ART Kosten/NN seien/VAFIN/Mood=Sub zu/PTKA hoch/ADJD ./$.",
    )
    assert any(s == "Der EU-Kommissar" for _, _, s in layer(doc))


def test_nobody_as_subject_negates_the_frame() -> None:
    doc = tagged(
        "Niemand/PIS erwartet/VVFIN/Mood=Ind ,/$, dass/KOUS die/ART Firma/NN schließt/VVFIN ./$."
    )
    assert not any(t.startswith("dass die Firma") for _, t, _ in layer(doc))
