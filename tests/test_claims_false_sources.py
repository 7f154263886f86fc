"""`nach` with a noun of making something public is a point in time unless the phrase names who
acted or a document.  Invented, hand-tagged German sentences (see ``claims_docs``)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_nach_publication_of_a_thing_is_temporal() -> None:
    doc = tagged(
        "Auch/ADV die/ART Leser/NN waren/VAFIN nach/APPR der/ART Veröffentlichung/NN der/ART "
        "neuen/ADJA Satzung/NN überrascht/ADJD ./$."
    )
    assert layer(doc) == []


def test_nach_publication_without_attribute_opening_the_sentence_is_temporal() -> None:
    doc = tagged(
        "Nach/APPR der/ART Veröffentlichung/NN kam/VVFIN es/PPER zu/APPR Protesten/NN "
        "gegen/APPR den/ART Bürgermeister/NN ./$."
    )
    assert layer(doc) == []


def test_nach_publication_of_an_actor_is_a_source() -> None:
    doc = tagged(
        "Nach/APPR einer/ART Veröffentlichung/NN der/ART Behörde/NN ist/VAFIN der/ART "
        "Fluss/NN stark/ADJD verschmutzt/VVPP ./$."
    )
    assert any(speaker.endswith("Behörde") for _, _, speaker in layer(doc))


def test_nach_announcement_of_the_minister_is_a_source() -> None:
    doc = tagged(
        "Nach/APPR der/ART Ankündigung/NN der/ART Ministerin/NN soll/VMFIN die/ART "
        "Schule/NN im/APPRART Mai/NN schließen/VVINF ./$."
    )
    assert any(speaker.endswith("Ministerin") for _, _, speaker in layer(doc))


def test_nach_an_announcement_without_actor_before_a_new_clause_is_temporal() -> None:
    doc = tagged(
        "Nach/APPR der/ART Ankündigung/NN stiegen/VVFIN die/ART Preise/NN deutlich/ADJD ./$."
    )
    assert layer(doc) == []


def test_nach_publication_of_an_actor_in_the_genitive_is_a_source() -> None:
    doc = tagged(
        "Nach/APPR der/ART Veröffentlichung/NN des/ART Ministeriums/NN ist/VAFIN der/ART "
        "Fluss/NN stark/ADJD verschmutzt/VVPP ./$."
    )
    assert any(speaker.endswith("Ministeriums") for _, _, speaker in layer(doc))
