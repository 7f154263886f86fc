"""Reported speech: an accusative object after the verb is no speaker; the extent of a reported
clause after a comma (invented German sentences, hand-tagged as ``word/TAG[/Feat=Val]``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_accusative_object_after_the_verb_is_no_speaker() -> None:
    # the subject with a participle attribute fills the Vorfeld; `Einzelheiten` is the object
    doc = tagged(
        "Der/ART/Case=Nom unter/APPR dem/ART Namen/NN „/$( Blitz/NN “/$( auftretende/ADJA "
        "Entwickler/NN/Case=Nom gab/VVFIN Einzelheiten/NN/Case=Acc über/APPR den/ART "
        "Angriff/NN bekannt/PTKVZ ./$."
    )
    assert all(speaker != "Einzelheiten" for _, _, speaker in layer(doc))


def test_subject_after_a_fronted_object_still_speaks() -> None:
    doc = tagged(
        "Den/ART/Case=Acc Schaden/NN/Case=Acc beziffert/VVFIN die/ART/Case=Nom "
        "Polizei/NN/Case=Nom auf/APPR 5000/CARD Euro/NN ./$."
    )
    assert layer(doc) == [
        ("Reported", "Den Schaden beziffert die Polizei auf 5000 Euro.", "die Polizei")
    ]


def test_noun_of_a_source_after_the_verb_is_kept_whatever_its_case_tag() -> None:
    # the tagger's cases are swapped; `Gewerkschaft` names a source all the same
    doc = tagged(
        "Den/ART/Case=Acc Streik/NN/Case=Nom kündigte/VVFIN die/ART/Case=Nom "
        "Gewerkschaft/NN/Case=Acc an/PTKVZ ./$."
    )
    assert layer(doc) == [
        ("Reported", "Den Streik kündigte die Gewerkschaft an.", "die Gewerkschaft")
    ]


def test_common_noun_after_the_verb_is_the_object_of_a_nominative_vorfeld() -> None:
    doc = tagged("Die/ART/Case=Nom Behörde/NN/Case=Nom nannte/VVFIN Zahlen/NN/Case=Acc ./$.")
    assert all(speaker != "Zahlen" for _, _, speaker in layer(doc))


def test_reported_clause_after_a_comma_leaves_the_final_stop_out() -> None:
    doc = tagged(
        "Es/PPER kamen/VVFIN 500/CARD Menschen/NN ,/$, die/ART Polizei/NN spricht/VVFIN "
        "von/APPR 400/CARD ./$."
    )
    assert layer(doc) == [("Reported", "die Polizei spricht von 400", "die Polizei")]


def test_reported_whole_sentence_keeps_its_final_stop() -> None:
    doc = tagged("Die/ART Polizei/NN spricht/VVFIN von/APPR 400/CARD Menschen/NN ./$.")
    assert layer(doc) == [("Reported", "Die Polizei spricht von 400 Menschen.", "Die Polizei")]
