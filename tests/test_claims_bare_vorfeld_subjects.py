"""A Vorfeld noun without article is the subject even where the tagger guessed a dative or
accusative case for it (`Premium Aerotec rechnet mit ...`): bare nouns and names show no
case, so only a nominative after the verb makes them objects; on invented hand-tagged
sentences."""

from __future__ import annotations

from test_claims_adverb_attributes import _subject_of
from test_claims_speakers import speakers, tagged


def test_bare_name_tagged_dative_opens_the_sentence_as_subject() -> None:
    doc = tagged(
        "Nordwerft/NN/Case=Dat Holding/NE/Case=Nom erklärte/VVFIN ,/$, der/ART Umsatz/NN "
        "sei/VAFIN/Mood=Sub gestiegen/VVPP ./$."
    )
    assert speakers(doc) == ["Nordwerft Holding"]
    assert _subject_of(doc, "erklärte") == "Nordwerft Holding"


def test_bare_name_tagged_dative_is_the_subject_of_a_reported_act() -> None:
    doc = tagged(
        "Nordwerft/NN/Case=Dat Holding/NE/Case=Nom rechnet/VVFIN für/APPR das/ART "
        "Jahr/NN 2030/CARD mit/APPR einem/ART Gewinn/NN ./$."
    )
    assert _subject_of(doc, "rechnet") == "Nordwerft Holding"


def test_dative_with_article_stays_an_object() -> None:
    doc = tagged(
        "Dem/ART/Case=Dat Minister/NN/Case=Dat erklärte/VVFIN der/ART/Case=Nom "
        "Verband/NN/Case=Nom ,/$, der/ART Umsatz/NN sei/VAFIN/Mood=Sub gestiegen/VVPP ./$."
    )
    assert speakers(doc) == ["der Verband"]


def test_bare_noun_before_a_nominative_subject_is_the_object() -> None:
    doc = tagged(
        "Kritik/NN/Case=Acc übte/VVFIN der/ART/Case=Nom Verband/NN/Case=Nom ,/$, "
        "der/ART Plan/NN sei/VAFIN/Mood=Sub zu/PTKA teuer/ADJD ./$."
    )
    assert "Kritik" not in speakers(doc)
