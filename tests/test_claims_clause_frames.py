"""Frames whose clause structure the sentence rules must read past (`claims/frame_shapes.py`
and the modules around it): invented hand-tagged German sentences.

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py``.
"""

from __future__ import annotations

from claims_docs import layer
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
