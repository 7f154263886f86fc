"""Colon frames in which nobody speaks (claims.colon_frames): a clause before a colon frames
what follows only when someone speaks in it.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]``.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_a_colon_frame_with_a_speaker_still_frames_the_next_clause() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN Tom/NE Berg/NE kritisierte/VVFIN den/ART Kurs/NN :/$. "
        "Es/PPER sei/VAFIN/Mood=Sub bedauerlich/ADJD ,/$, dass/KOUS nichts/PIS "
        "geschieht/VVFIN ./$."
    )
    kinds = [(k, s) for k, _, s in layer(doc)]
    assert ("Indirect", "Der Sprecher Tom Berg") in kinds


def test_a_state_passive_before_the_colon_is_no_frame() -> None:
    # `ist ... geplant`: what is planned is no speaker, the list after it is the article's
    doc = tagged(
        "Zudem/ADV ist/VAFIN der/ART Umzug/NN der/ART Tiere/NN geplant/VVPP/=planen :/$. "
        "Katzen/NN und/KON Ziegen/NN sollen/VMFIN es/PPER sein/VAINF ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_an_agentless_passive_before_the_colon_is_no_frame() -> None:
    doc = tagged(
        "Auch/ADV die/ART ersten/ADJA Namen/NN wurden/VAFIN nun/ADV "
        "bekanntgegeben/VVPP/=bekanntgeben :/$. Mit/APPR dabei/PROAV sind/VAFIN der/ART "
        "Koch/NN Paul/NE Kern/NE und/KON die/ART Malerin/NN Eva/NE Lind/NE ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_meaning_well_is_no_opinion() -> None:
    # `es gut meinen mit`: an idiom of intention, the weather says nothing
    doc = tagged(
        "Das/ART Wetter/NN meinte/VVFIN/=meinen es/PPER gut/ADJD mit/APPR den/ART "
        "Zuschauern/NN :/$. Nur/ADV kurz/ADJD fiel/VVFIN leichter/ADJA Regen/NN ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_an_opinion_with_meinen_before_the_colon_stays_a_frame() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE meinte/VVFIN/=meinen dazu/PROAV :/$. "
        "Die/ART Reform/NN sei/VAFIN/Mood=Sub überfällig/ADJD ./$."
    )
    kinds = [(k, s) for k, _, s in layer(doc)]
    assert ("Indirect", "Die Ministerin Eva Lind") in kinds
