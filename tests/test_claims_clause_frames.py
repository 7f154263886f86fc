"""Frames whose clause structure the sentence rules must read past (`claims/frame_shapes.py`
and the modules around it): invented hand-tagged German sentences.

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py``.
"""

from __future__ import annotations

from claims_docs import cues, layer
from test_claims_speakers import tagged


def test_trailing_frame_after_a_relative_clause_closing_a_main_clause() -> None:
    # the relative clause belongs to the object of a complete main clause: the frame after it
    # is a trailing frame, the whole main clause its content
    doc = tagged(
        "Der/ART Komet/NN ist/VAFIN dreimal/ADV so/ADV groß/ADJD wie/KOKOM die/ART Erde/NN "
        "und/KON kreist/VVFIN in/APPR einer/ART Bahn/NN ,/$, die/PRELS sehr/ADV lang/ADJD "
        "ist/VAFIN ,/$, erklärte/VVFIN die/ART Astronomin/NN Eva/NE Lind/NE ./$.",
        persons=("Eva Lind",),
    )
    assert layer(doc) == [
        (
            "Indirect",
            "Der Komet ist dreimal so groß wie die Erde und kreist in einer Bahn , die sehr "
            "lang ist",
            "die Astronomin Eva Lind",
        )
    ]


def test_verb_after_the_relative_clause_of_its_subject_is_no_trailing_frame() -> None:
    # `X, der …, sagte, …`: the relative clause belongs to the subject before the verb
    doc = tagged(
        "Der/ART Bürgermeister/NN ,/$, der/PRELS seit/APPR Mai/NN im/APPRART Amt/NN ist/VAFIN "
        ",/$, sagte/VVFIN ,/$, die/ART Brücke/NN sei/VAFIN/Mood=Sub sicher/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Brücke sei sicher", "Der Bürgermeister")]


def test_nach_after_a_noun_governed_by_a_preposition_is_no_postposition() -> None:
    # `In einer Erklärung nach dem Anschlag`: `nach` governs `dem Anschlag` (temporal); the
    # noun before it is the object of `in`, not the source of a postposition `nach`
    doc = tagged(
        "In/APPR einer/ART Erklärung/NN nach/APPR dem/ART Anschlag/NN beschuldigte/VVFIN "
        "der/ART Minister/NN die/ART Rebellen/NN ./$."
    )
    assert "nach" not in cues(doc)
    assert all(speaker != "einer Erklärung" for _, _, speaker in layer(doc))


def test_nach_after_a_genitive_attribute_is_no_postposition() -> None:
    doc = tagged(
        "Das/ART Ergebnis/NN einer/ART Untersuchung/NN nach/APPR dem/ART Brand/NN liegt/VVFIN "
        "seit/APPR Montag/NN vor/PTKVZ ./$."
    )
    assert "nach" not in cues(doc)


def test_postposition_nach_inside_an_attribute_is_still_a_source() -> None:
    # `gegen die ihrer Meinung nach falschen Pläne`: the possessive opens the source phrase
    doc = tagged(
        "Die/ART Ärztin/NN wandte/VVFIN sich/PRF gegen/APPR die/ART ihrer/PPOSAT "
        "Meinung/NN nach/APPR falschen/ADJA Pläne/NN ./$."
    )
    assert "nach" in cues(doc)
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub seiner/PPOSAT Ansicht/NN nach/APPR ernst/ADJD ./$."
    )
    assert cues(doc) == ["nach"]


def test_wie_frame_after_a_colon_with_the_aus_phrase_as_source() -> None:
    # a colon opens a new clause, so `Wie …` after it frames the main clause that follows;
    # `sich ergeben aus` takes what the finding comes out of as its source
    doc = tagged(
        "Hinzu/ADV kommt/VVFIN ein/ART Umstand/NN :/$. Wie/PWAV sich/PRF aus/APPR der/ART "
        "Prüfung/NN der/ART Akten/NN ergab/VVFIN ,/$, hatte/VAFIN die/ART Firma/NN "
        "Mängel/NN verschwiegen/VVPP ./$."
    )
    assert layer(doc) == [
        ("Indirect", "hatte die Firma Mängel verschwiegen", "der Prüfung der Akten")
    ]


def test_passive_phrase_cue_speaks_through_its_agent() -> None:
    doc = tagged(
        "Daraus/PROAV wurde/VAFIN von/APPR Fachleuten/NN der/ART Schluss/NN gezogen/VVPP "
        ",/$, die/ART Brücke/NN sei/VAFIN/Mood=Sub marode/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Brücke sei marode", "Fachleuten")]
    doc = tagged(
        "Daraus/PROAV wurde/VAFIN der/ART Schluss/NN gezogen/VVPP ,/$, die/ART Brücke/NN "
        "sei/VAFIN/Mood=Sub marode/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Brücke sei marode", None)]
