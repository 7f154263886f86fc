"""Session 18: constructions found wrong on german_quotes dev2 and german_news_quotes train;
each case is an invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, speaker_entity_name

from newsgraph.doc import Doc


def test_an_adjectival_noun_without_article_before_a_name_is_a_woman(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Dessen Vorsitzende Sabine Kötter`: a man would be `Vorsitzender`; the tagger reads the
    # noun (and `Dessen`) as masculine, so `sie` went to an earlier feminine phrase
    doc = claims_doc(
        "Betroffen sei vor allem die Verwaltung, hieß es in der Mitteilung des Konzerns Hallberg. "
        "Der Betriebsrat reagierte empört. Dessen Vorsitzende Sabine Kötter warf dem Vorstand "
        "vor, die Belegschaft bezahlen zu lassen. „Jahrelang hat das Management die falschen "
        "Modelle gebaut“, sagte sie."
    )
    assert claim_with(doc, "Jahrelang hat").speaker_text == "Dessen Vorsitzende Sabine Kötter"
    assert speaker_entity_name(doc, "Jahrelang hat") == "Sabine Kötter"


def test_a_company_named_after_a_trade_noun_speaks_as_the_company(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Der Autobauer Hallberg`: a name the gazetteer knows as no place is the company, and its
    # long name with the trade word (`Hallberg Automobilwerke AG`) is the same entity
    doc = claims_doc(
        "Kassel (dpa) - Der Autobauer Hallberg will bis Ende 2028 rund 4800 Stellen streichen, "
        "wie das Unternehmen am Dienstag mitteilte. Die Hallberg Automobilwerke AG beschäftigt "
        "in Deutschland rund 27.000 Menschen."
    )
    assert speaker_entity_name(doc, "4800 Stellen") == "Hallberg Automobilwerke AG"


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        # an estimate of an event to come is a forecast
        (
            "Der private Konsum dürfte von steigenden Löhnen profitieren, heißt es in dem Bericht.",
            "Der private Konsum",
            "future",
        ),
        # an estimate with `sein` is a guess about what is or was
        (
            "Ursache des Einsturzes dürfte der schwere Schnee gewesen sein, sagte ein Sprecher.",
            "Ursache des Einsturzes",
            "hypothetical",
        ),
        # negated, `dürften` is the permission of indirect speech
        ("Die Bürger dürften nicht zu Verwaltern werden, sagte er.", "Die Bürger", "reported"),
    ],
)
def test_an_estimate_with_duerfte(
    claims_doc: Callable[[str], Doc], text: str, content: str, stance: str
) -> None:
    assert claim_with(claims_doc(text), content).stance == stance


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        (
            "„Ich rechne damit, dass es uns gelingt, die Arbeitslosigkeit zu drücken“, sagte "
            "der Kanzler.",
            "Ich rechne damit",
            "future",
        ),
        ("Sie erwarte eher, dass die Notenbank Devisen kaufe, sagte Marti.", "Sie erwarte", "future"),
        ("Feldmann rechne mit einer mündlichen Verhandlung, sagte sein Sprecher.", "Feldmann", "future"),
        # what is expected is a state: an assessment, no forecast
        ("Man gehe davon aus, dass sie ebenfalls tot sind, sagte ein Sprecher.", "Man gehe", "reported"),
    ],
)
def test_the_contents_own_expectation_is_a_forecast(
    claims_doc: Callable[[str], Doc], text: str, content: str, stance: str
) -> None:
    assert claim_with(claims_doc(text), content).stance == stance


def test_a_compound_spokesperson_speaks_for_the_denier(claims_doc: Callable[[str], Doc]) -> None:
    # `ein Unternehmenssprecher` is a voice of the company that denied, like `ein Sprecher`
    doc = claims_doc(
        "Die Firma Tessberg wies die Vorwürfe in einer Stellungnahme zurück. Sämtliche Exporte "
        "seien von den Behörden genehmigt worden, erklärte ein Unternehmenssprecher."
    )
    assert claim_with(doc, "Sämtliche Exporte").stance == "denied"


def test_a_cited_source_said_it_by_the_time_of_the_relaying_report(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der niederländische Sender NOS berichtete am Mittwoch unter Berufung auf Justizkreise, "
        "der Festgenommene sei bereits 2023 verurteilt worden."
    )
    cited = [c for c in doc.article.claims if c.speaker_text == "Justizkreise"]
    relay = [c for c in doc.article.claims if c.speaker_text == "Der niederländische Sender NOS"]
    assert cited and relay and cited[0].via == relay[0].id
    assert relay[0].said is not None and cited[0].said == relay[0].said


def test_the_accused_is_the_person_named_with_an_initial(claims_doc: Callable[[str], Doc]) -> None:
    # the press code cuts a suspect's family name to an initial; `Der Angeklagte` in a later
    # paragraph is that person, not the lawyer named last
    text = (
        "Die Staatsanwaltschaft wirft Kevin R. versuchten Totschlag vor. Sein Anwalt ist "
        "Tobias Grunwald.\n\nDer Angeklagte bestritt, mit Tötungsabsicht gehandelt zu haben."
    )
    assert speaker_entity_name(claims_doc(text), "mit Tötungsabsicht") == "Kevin R."
    # two such persons: no choice
    two = (
        "Angeklagt sind Kevin R. und Dennis K.\n\nDer Angeklagte bestritt, mit Tötungsabsicht "
        "gehandelt zu haben."
    )
    assert speaker_entity_name(claims_doc(two), "mit Tötungsabsicht") is None


def test_the_company_in_focus_is_no_court(claims_doc: Callable[[str], Doc]) -> None:
    text = (
        "Die Oberhessische Windkraft GmbH plante einen Windpark. Das Verwaltungsgericht Gießen "
        "stoppte ihn. Das Verwaltungsgericht Gießen sah den Artenschutz verletzt. Das "
        "Unternehmen hat nach eigenen Angaben bereits 1,2 Millionen Euro in die Planung gesteckt."
    )
    assert speaker_entity_name(claims_doc(text), "1,2 Millionen") == "Oberhessische Windkraft GmbH"
