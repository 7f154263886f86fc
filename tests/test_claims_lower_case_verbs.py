"""A lower-case word the tagger read as a noun in the second place of a main clause is its
finite verb (German nouns are capitalised): the colon lead-in `Hier sparte/NN der Minister
nicht mit Kritik:` names its subject as the speaker, not the whole clause."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged


def test_lower_case_noun_tag_in_verb_second_place_is_the_verb() -> None:
    doc = tagged(
        "Hier/ADV sparte/NN der/ART/Case=Nom Minister/NN/Case=Nom nicht/PTKNEG mit/APPR "
        "Kritik/NN :/$. „/$( Wir/PPER müssen/VMFIN alle/PIS sparen/VVINF ./$. “/$("
    )
    assert speakers(doc) == ["der Minister"]


def test_capitalised_noun_in_second_place_stays_a_noun() -> None:
    # `Hier Sparte der Bahn`: no verb; the lead-in names no speaker by a verb frame
    doc = tagged(
        "Heute/ADV Sparte/NN der/ART Bahn/NN :/$. „/$( Wir/PPER müssen/VMFIN alle/PIS "
        "sparen/VVINF ./$. “/$("
    )
    assert speakers(doc) != ["der Bahn"]
