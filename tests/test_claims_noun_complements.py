"""Complements of speech-act nouns without a source of their own: invented, hand-tagged German
sentences (``word/TAG[/morph]`` as in :mod:`test_claims_rules`)."""

from __future__ import annotations

from claims_docs import cues, hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_unsourced_noun_in_the_vorfeld_speaks_its_complement() -> None:
    doc = tagged(
        "Die/ART Behauptung/NN ,/$, die/ART Brücke/NN sei/VAFIN/Mood=Sub sicher/ADJD ,/$, "
        "überzeugte/VVFIN niemanden/PIS ./$."
    )
    assert layer(doc) == [("Indirect", "die Brücke sei sicher", "Die Behauptung")]
    assert cues(doc) == ["Behauptung"]


def test_unsourced_noun_frames_a_zu_infinitive() -> None:
    doc = tagged(
        "Mehrere/PIAT Forderungen/NN ,/$, die/ART Straße/NN zu/PTKZU sperren/VVINF ,/$, "
        "blieben/VVFIN ohne/APPR Antwort/NN ./$."
    )
    assert ("Indirect", "die Straße zu sperren", "Mehrere Forderungen") in layer(doc)


def test_noun_after_a_preposition_or_an_object_frames_nothing_alone() -> None:
    doc = tagged(
        "Er/PPER kam/VVFIN mit/APPR der/ART Behauptung/NN ,/$, die/ART Brücke/NN "
        "sei/VAFIN/Mood=Sub sicher/ADJD ./$.",
        "Der/ART Rat/NN prüfte/VVFIN gestern/ADV die/ART Forderung/NN ,/$, die/ART Gebühren/NN "
        "zu/PTKZU senken/VVINF ./$.",
    )
    speakers = [s for _, _, s in layer(doc)]
    assert "der Behauptung" not in speakers and "die Forderung" not in speakers


def test_noun_with_a_genitive_source_keeps_that_source() -> None:
    doc = tagged(
        "Die/ART Forderung/NN des/ART Verbands/NN ,/$, die/ART Gebühren/NN zu/PTKZU "
        "senken/VVINF ,/$, fand/VVFIN Zustimmung/NN ./$."
    )
    assert ("Indirect", "die Gebühren zu senken", "des Verbands") in layer(doc)


def test_unsourced_noun_inside_reported_content_is_no_claim_of_its_own() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, die/ART Forderung/NN ,/$, die/ART Gebühren/NN "
        "zu/PTKZU senken/VVINF ,/$, sei/VAFIN/Mood=Sub berechtigt/ADJD ./$."
    )
    found = layer(doc)
    assert all(s != "die Forderung" for _, _, s in found)
    assert any(s == "Die Ministerin" for _, _, s in found)


def test_particle_written_apart_from_its_participle_is_one_cue() -> None:
    doc = tagged(
        "Die/ART Stadt/NN hat/VAFIN am/APPRART Montag/NN bekannt/ADJD gegeben/VVPP ,/$, "
        "dass/KOUS die/ART Brücke/NN gesperrt/VVPP wird/VAFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Brücke gesperrt wird", "Die Stadt")]
    assert cues(doc) == ["hat bekannt gegeben"]


def test_zu_before_an_infinitive_is_no_particle() -> None:
    doc = tagged(
        "Der/ART Verein/NN hatte/VAFIN nichts/PIS zu/PTKZU sagen/VVINF ,/$, "
        "dass/KOUS er/PPER verliert/VVFIN ,/$, ärgerte/VVFIN ihn/PPER ./$."
    )
    assert all(c != "zu sagen" for c in cues(doc))


def test_addressee_after_the_noun_and_its_source_is_skipped() -> None:
    doc = tagged(
        "Die/ART Forderung/NN des/ART Verbands/NN an/APPR die/ART Stadt/NN ,/$, die/ART "
        "Gebühren/NN zu/PTKZU senken/VVINF ,/$, fand/VVFIN Zustimmung/NN ./$."
    )
    assert ("Indirect", "die Gebühren zu senken", "des Verbands") in layer(doc)


def test_unsourced_noun_speaker_stops_before_its_addressee() -> None:
    doc = tagged(
        "Mehrere/PIAT Forderungen/NN an/APPR die/ART Stadt/NN ,/$, die/ART Straße/NN zu/PTKZU "
        "sperren/VVINF ,/$, blieben/VVFIN ohne/APPR Antwort/NN ./$."
    )
    assert ("Indirect", "die Straße zu sperren", "Mehrere Forderungen") in layer(doc)


def test_noun_after_a_preposition_of_reaction_speaks_its_complement() -> None:
    doc = tagged(
        "Der/ART Experte/NN wandte/VVFIN sich/PRF gegen/APPR die/ART Behauptung/NN ,/$, "
        "die/ART Sorte/NN werde/VAFIN/Mood=Sub nicht/PTKNEG in/APPR die/ART Nahrung/NN "
        "gelangen/VVINF ./$.",
        "Auf/APPR die/ART Bitte/NN ,/$, ihm/PPER Geld/NN zu/PTKZU zahlen/VVINF ,/$, "
        "erfolgte/VVFIN keine/PIAT Antwort/NN ./$.",
    )
    found = layer(doc)
    assert ("Indirect", "die Sorte werde nicht in die Nahrung gelangen", "die Behauptung") in found
    assert ("Indirect", "ihm Geld zu zahlen", "die Bitte") in found


def test_auf_inside_a_clause_leaves_the_words_to_the_subject() -> None:
    doc = tagged(
        "Der/ART Minister/NN legte/VVFIN den/ART Schwerpunkt/NN auf/APPR die/ART Aussage/NN ,/$, "
        "die/ART Gewalt/NN habe/VAFIN/Mood=Sub zugenommen/VVPP ./$."
    )
    assert all(s != "die Aussage" for _, _, s in layer(doc))
