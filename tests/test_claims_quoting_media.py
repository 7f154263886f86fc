"""Quoting media: a medium or text in the Vorfeld of a passive `zitieren` (`In der
Meldung auf der Website wird X wie folgt zitiert: „…“`) is the second source of the quotation.
Invented, hand-tagged German sentences (see ``claims_docs``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc

_QUOTE = "„/$( Wir/PPER sind/VAFIN zufrieden/ADJD ./$. “/$("


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_text_in_the_vorfeld_of_a_passive_quote_frame_is_the_medium() -> None:
    doc = tagged(
        "In/APPR der/ART Mitteilung/NN auf/APPR der/ART Website/NN wird/VAFIN Müller/NE "
        f"wie/PWAV folgt/VVFIN zitiert/VVPP :/$. {_QUOTE}"
    )
    assert layer(doc) == [
        ("Direct", "„ Wir sind zufrieden . “", "Müller"),
        ("Direct", "„ Wir sind zufrieden . “", "der Mitteilung auf der Website"),
    ]


def test_medium_noun_in_the_vorfeld_counts_too() -> None:
    doc = tagged(
        f"Im/APPRART Magazin/NN wird/VAFIN die/ART Trainerin/NN so/ADV zitiert/VVPP :/$. {_QUOTE}"
    )
    speakers = [s for _, _, s in layer(doc)]
    assert speakers == ["die Trainerin", "Magazin"]


def test_a_place_in_the_vorfeld_is_no_medium() -> None:
    doc = tagged(
        "In/APPR der/ART Halle/NN wird/VAFIN Müller/NE wie/PWAV folgt/VVFIN zitiert/VVPP "
        f":/$. {_QUOTE}"
    )
    assert layer(doc) == [("Direct", "„ Wir sind zufrieden . “", "Müller")]


def test_konjunktiv_main_clause_whose_article_reads_as_relative_pronoun_is_a_complement() -> None:
    doc = tagged(
        "Die/ART Wärter/NN waren/VAFIN davon/PROAV ausgegangen/VVPP ,/$, die/PRELS "
        "fremden/ADJA Männer/NN seien/VAFIN/Mood=Sub bewaffnet/ADJD ,/$, da/KOUS sie/PPER "
        "Taschen/NN trugen/VVFIN ./$."
    )
    contents = [c for _, c, _ in layer(doc)]
    assert any(c.startswith("die fremden Männer seien bewaffnet") for c in contents)
