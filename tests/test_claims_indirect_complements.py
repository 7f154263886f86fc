"""Complements of indirect speech (`complements.py`): where they end and which clauses count,
on hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_complement_ends_before_a_coordinated_main_clause_of_the_article() -> None:
    doc = tagged(
        "Der/ART Abgeordnete/NN Max/NE Muster/NE kritisierte/VVFIN ,/$, die/ART Behörde/NN "
        "habe/VAFIN/Mood=Sub sich/PRF den/ART Interessen/NN der/ART Industrie/NN "
        "untergeordnet/VVPP und/KON die/ART Fraktion/NN der/ART Grünen/NN verlangte/VVFIN "
        "vom/APPRART Minister/NN einen/ART Anbaustopp/NN ./$."
    )
    indirect = [f for f in layer(doc) if f[0] == "Indirect"]
    assert indirect == [
        (
            "Indirect",
            "die Behörde habe sich den Interessen der Industrie untergeordnet",
            "Der Abgeordnete Max Muster",
        )
    ]


def test_a_verb_final_conjunct_stays_in_a_dass_clause() -> None:
    doc = tagged(
        "Ein/ART Augenzeuge/NN berichtete/VVFIN ,/$, dass/KOUS Studenten/NN Steine/NN "
        "warfen/VVFIN und/KON Fahrzeuge/NN in/APPR Brand/NN steckten/VVFIN ./$."
    )
    assert layer(doc) == [
        (
            "Indirect",
            "dass Studenten Steine warfen und Fahrzeuge in Brand steckten",
            "Ein Augenzeuge",
        )
    ]


def test_a_konjunktiv_conjunct_stays_in_the_complement() -> None:
    doc = tagged(
        "Die/ART Sprecherin/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD "
        "und/KON die/ART Polizei/NN werde/VAFIN/Mood=Sub die/ART Straße/NN sperren/VVINF ./$."
    )
    assert layer(doc) == [
        (
            "Indirect",
            "die Lage sei ernst und die Polizei werde die Straße sperren",
            "Die Sprecherin",
        )
    ]


def test_zu_infinitive_after_the_closed_frame_without_a_comma() -> None:
    doc = tagged(
        "Die/ART Abgeordnete/NN hat/VAFIN am/APPRART Montag/NN angekündigt/VVPP ihr/PPOSAT "
        "Mandat/NN niederzulegen/VVIZU ./$."
    )
    assert layer(doc) == [("Indirect", "ihr Mandat niederzulegen", "Die Abgeordnete")]


def test_zu_infinitive_of_the_frame_verb_itself_is_no_complement() -> None:
    # the participle `berichtet` belongs to `berichtet zu haben`: nothing follows the frame
    doc = tagged(
        "Nur/ADV wenigen/PIAT Zeitungen/NN wurde/VAFIN zugebilligt/VVPP ,/$, sachlich/ADJD "
        "berichtet/VVPP zu/PTKZU haben/VAINF ./$."
    )
    assert all(content != "zu haben" for _, content, _ in layer(doc))


def test_hearsay_modal_after_a_report_verb_is_reported_speech() -> None:
    doc = tagged(
        "Die/ART Zeitung/NN hatte/VAFIN gestern/ADV berichtet/VVPP ,/$, 300/CARD "
        "Mitarbeiter/NN sollen/VMFIN entlassen/VVPP werden/VAINF ./$."
    )
    assert layer(doc) == [("Indirect", "300 Mitarbeiter sollen entlassen werden", "Die Zeitung")]


def test_an_indicative_main_clause_after_a_report_verb_stays_the_article_s() -> None:
    doc = tagged(
        "Die/ART Zeitung/NN hatte/VAFIN gestern/ADV berichtet/VVPP ,/$, 300/CARD "
        "Mitarbeiter/NN werden/VAFIN entlassen/VVPP ./$."
    )
    assert all(kind != "Indirect" for kind, _, _ in layer(doc))


def test_complement_before_a_colon_and_the_quotation_after_it() -> None:
    doc = tagged(
        "Er/PPER glaubt/VVFIN ,/$, dass/KOUS das/ART Team/NN stärker/ADJD "
        "geworden/VAPP sei/VAFIN/Mood=Sub :/$. „/$( Wir/PPER haben/VAFIN viel/PIAT "
        "gelernt/VVPP und/KON arbeiten/VVFIN härter/ADJD ./$. “/$("
    )
    found = layer(doc)
    assert ("Indirect", "dass das Team stärker geworden sei", "Er") in found
    assert ("Direct", "„Wir haben viel gelernt und arbeiten härter.“", "Er") in found


def test_a_bare_list_after_a_colon_frame_is_no_reported_speech() -> None:
    doc = tagged(
        "Als/APPR Kandidaten/NN haben/VAFIN sich/PRF drei/CARD Politiker/NN "
        "gemeldet/VVPP :/$. Anna/NE Muster/NE ,/$, Max/NE Beispiel/NE und/KON "
        "Eva/NE Probe/NE ./$."
    )
    assert all(kind != "Indirect" for kind, _, _ in layer(doc))


def test_a_clause_after_a_colon_frame_is_reported_speech() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN erklärte/VVFIN :/$. Die/ART Straße/NN bleibt/VVFIN gesperrt/VVPP ./$."
    )
    assert layer(doc) == [("Indirect", "Die Straße bleibt gesperrt", "Der Sprecher")]
