"""A verbless `so` frame before a colon introduces the quotation after it (invented German
sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import cues, layer
from claims_docs import tagged_paragraphs as tagged


def test_so_frame_with_adverb_before_a_colon_quote() -> None:
    doc = tagged(
        "Der/ART Plan/NN sei/VAFIN gescheitert/VVPP ,/$, so/ADV Muster/NE weiter/ADV :/$. "
        "„/$( Das/PDS ist/VAFIN in/APPR anderen/ADJA Städten/NN auch/ADV so/ADV "
        "gewesen/VAPP ./$. “/$("
    )
    direct = [row for row in layer(doc) if row[0] == "Direct"]
    assert direct == [("Direct", "„Das ist in anderen Städten auch so gewesen.“", "Muster")]
    assert cues(doc)[-1] == "so"


def test_so_frame_with_a_noun_phrase_before_a_colon_quote() -> None:
    doc = tagged(
        "Der/ART Plan/NN sei/VAFIN gescheitert/VVPP ,/$, so/ADV der/ART Sprecher/NN :/$. "
        "„/$( Wir/PPER fangen/VVFIN neu/ADJD an/PTKVZ ./$. “/$("
    )
    direct = [row for row in layer(doc) if row[0] == "Direct"]
    assert direct == [("Direct", "„Wir fangen neu an.“", "der Sprecher")]
    assert cues(doc)[-1] == "so"


def test_a_so_clause_with_a_verb_is_no_so_frame() -> None:
    # `so schnell ging es:` has a finite verb; the quotation takes the clause's frame
    doc = tagged(
        "Die/ART Ministerin/NN lachte/VVFIN ,/$, so/ADV schnell/ADJD ging/VVFIN es/PPER :/$. "
        "„/$( Wir/PPER sind/VAFIN fertig/ADJD ./$. “/$("
    )
    assert all(c != "so" for c in cues(doc))
