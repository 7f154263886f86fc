"""Reported speech in sentences of several main clauses joined by a bare comma (invented German
sentences, hand-tagged as ``word/TAG[/Feat=Val]``): the claim spans the speech act's own main
clause (`reported_clauses.py`)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_speech_act_after_a_main_clause_starts_at_its_subject() -> None:
    doc = tagged(
        "Es/PPER sind/VAFIN 300/CARD neue/ADJA Stellen/NN entstanden/VVPP ,/$, die/ART "
        "Betreiber/NN sprechen/VVFIN von/APPR 500/CARD Stellen/NN ./$."
    )
    assert layer(doc) == [("Reported", "die Betreiber sprechen von 500 Stellen", "die Betreiber")]


def test_negated_speech_act_and_a_second_one_each_keep_their_clause() -> None:
    # the negated act is a record claim only; the second main clause is reported speech
    doc = tagged(
        "Einzelheiten/NN gab/VVFIN er/PPER nicht/PTKNEG bekannt/PTKVZ ,/$, er/PPER "
        "verwies/VVFIN aber/ADV auf/APPR Verzögerungen/NN in/APPR den/ART USA/NE ./$."
    )
    assert layer(doc) == [
        ("Reported", "er verwies aber auf Verzögerungen in den USA", "er"),
    ]


def test_a_subordinate_clause_before_the_comma_stays_in_the_claim() -> None:
    # `Als ... sprach, ...` fronts an adverbial clause: no main clause of its own before
    doc = tagged(
        "Weil/KOUS die/ART Preise/NN steigen/VVFIN ,/$, fordert/VVFIN die/ART "
        "Gewerkschaft/NN höhere/ADJA Löhne/NN ./$."
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][1].startswith("fordert die Gewerkschaft")


def test_a_clause_after_the_comma_without_a_speech_verb_stays_in_the_claim() -> None:
    # `..., später brach er zusammen`: no second speech act, the claim is not cut
    doc = tagged(
        "Die/ART Gewerkschaft/NN forderte/VVFIN höhere/ADJA Löhne/NN ,/$, später/ADV "
        "streikten/VVFIN die/ART Beschäftigten/NN ./$."
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][1].endswith("streikten die Beschäftigten.")


def test_a_relative_clause_after_the_comma_is_no_main_clause() -> None:
    doc = tagged(
        "Die/ART Polizei/NN warnte/VVFIN vor/APPR Glätte/NN ,/$, die/PRELS bis/APPR "
        "Montag/NN anhält/VVFIN ./$."
    )
    found = layer(doc)
    assert found == [
        ("Reported", "Die Polizei warnte vor Glätte, die bis Montag anhält.", "Die Polizei")
    ]


def test_one_vorfeld_word_after_the_comma_opens_the_clause_of_the_claim() -> None:
    doc = tagged(
        "Die/ART Kosten/NN stiegen/VVFIN auf/APPR zehn/CARD Millionen/NN ,/$, davon/PROAV "
        "fordert/VVFIN die/ART Firma/NN fünf/CARD Millionen/NN ./$."
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][1] == "davon fordert die Firma fünf Millionen"


def test_a_dass_clause_in_the_vorfeld_is_the_object_and_stays_in_the_claim() -> None:
    doc = tagged(
        "Dass/KOUS nachts/ADV gearbeitet/VVPP wurde/VAFIN ,/$, empfanden/VVFIN "
        "Anwohner/NN als/KON Lärmbelästigung/NN ./$."
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][1].startswith("Dass nachts gearbeitet wurde")
