"""Indirect complements (seventh round): invented, hand-tagged German sentences
(``word/TAG[/morph]`` as in :mod:`test_claims_rules`)."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences])


def test_zu_infinitive_opening_with_a_preposition_and_article_read_as_relative() -> None:
    # the tagger reads `die` after `durch` as a relative pronoun; the clause ends in `zu locken`
    doc = tagged(
        "Das/ART Amt/NN hofft/VVFIN ,/$, durch/APPR die/PRELS neue/ADJA Regel/NN mehr/PIAT "
        "Firmen/NN zu/APPR Aussagen/NN zu/PTKZU locken/VVINF ./$."
    )
    assert (
        "Indirect",
        "durch die neue Regel mehr Firmen zu Aussagen zu locken",
        "Das Amt",
    ) in layer(doc)


def test_infinitive_of_a_predicate_noun_after_als_is_no_complement() -> None:
    doc = tagged(
        "Der/ART Direktor/NN bezeichnet/VVFIN die/ART Sperre/NN als/KON einen/ART Versuch/NN ,/$, "
        "durch/APPR die/PRELS Regel/NN den/ART Sender/NN zu/PTKZU behindern/VVINF ./$."
    )
    assert all(k != "Indirect" for k, _, _ in layer(doc))


def test_relative_clause_with_an_infinitive_after_its_comma_stays_relative() -> None:
    doc = tagged(
        "Der/ART Richter/NN kritisierte/VVFIN dafür/PROAV die/ART Medien/NN ,/$, in/APPR "
        "denen/PRELS die/ART Rechte/NN verletzt/VVPP wurden/VAFIN ,/$, ohne/KOUI sich/PRF zu/PTKZU "
        "wehren/VVINF ./$."
    )
    assert all(not c.startswith("in denen") for _, c, _ in layer(doc))
