"""Indirect speech, round 9 (`complement_limits.py`): where a complement starts when the rest
of the frame after the speaker holds a short quoted name, on hand-tagged invented German
sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def _indirect_contents(doc: Doc) -> list[str]:
    return [f[1] for f in layer(doc) if f[0] == "Indirect"]


def test_complement_starts_after_an_apposition_with_a_quoted_name() -> None:
    # the apposition after the speaker names a newspaper in quotation marks: it is still part
    # of the frame, the complement starts at `dass`
    doc = tagged(
        "Am/APPRART Montag/NN erklärte/VVFIN der/ART Eigentümer/NN ,/$, das/ART auch/ADV "
        "die/ART „/$( Nordpost/NE “/$( verlegende/ADJA Medienhaus/NN Kramer/NE ,/$, dass/KOUS "
        "das/ART Blatt/NN in/APPR Schwierigkeiten/NN stecke/VVFIN/Mood=Sub ./$."
    )
    assert _indirect_contents(doc) == ["dass das Blatt in Schwierigkeiten stecke"]


def test_complement_starts_after_a_quoted_short_form_between_commas() -> None:
    doc = tagged(
        "Der/ART Verband/NN verkündete/VVFIN ,/$, kurz/ADJD „/$( NVB/NE “/$( ,/$, dann/ADV "
        "offiziell/ADJD ,/$, dass/KOUS man/PIS sich/PRF bewerben/VVINF "
        "werde/VAFIN/Mood=Sub ./$."
    )
    assert _indirect_contents(doc) == ["dass man sich bewerben werde"]


def test_a_quoted_statement_before_the_complement_is_no_part_of_the_frame() -> None:
    # a quotation of more than a few words is what was said, not a name inside the frame:
    # the stretch is not skipped
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, laut/APPR „/$( allen/PIAT bisher/ADV "
        "bekannten/ADJA und/KON geprüften/ADJA Unterlagen/NN “/$( ,/$, dass/KOUS "
        "die/ART Brücke/NN sicher/ADJD sei/VAFIN/Mood=Sub ./$."
    )
    contents = _indirect_contents(doc)
    assert "dass die Brücke sicher sei" not in contents
