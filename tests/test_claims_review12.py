"""Wrong readings of the session-12 rules found by a read-only review with invented sentences;
each case failed before its fix (the rule fired where it should not, or broke a reading)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, speaker_name

from newsgraph.doc import Doc

#: (text, words of the claim's content, its speaker text) of trailing frames that stay frames
TRAILING = [
    # the head of the speaker is singular (`Vertreter`), not its plural genitive attribute
    (
        "Die Preise steigen weiter, sagte dazu ein Vertreter der Verbraucherzentralen.",
        "Preise",
        "ein Vertreter der Verbraucherzentralen",
    ),
    # a contrastive word after the verb of a trailing frame, after a thing that cannot speak
    (
        "Die Zahl der Infektionen sinkt, betonte jedoch die Ministerin.",
        "Infektionen",
        "die Ministerin",
    ),
    (
        "Die Gefahr ist noch nicht gebannt, warnte allerdings der Virologe.",
        "Gefahr",
        "der Virologe",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TRAILING)
def test_trailing_frames_are_no_second_predicates(
    claims_doc: Callable[[str], Doc], text: str, words: str, speaker: str
) -> None:
    claim = claim_with(claims_doc(text), words)
    assert (claim.form, claim.speaker_text) == ("indirect", speaker)


def test_a_fronted_appeal_or_comment_is_no_denial_of_its_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Den Appell, die Waffen niederzulegen, wiesen die Rebellen zurück.")
    assert claim_with(doc, "Waffen").speaker_text == "Den Appell"
    doc = claims_doc("Den Vorwurf, der Minister habe gelogen, kommentierte das Ministerium nicht.")
    assert claim_with(doc, "gelogen").speaker_text == "Den Vorwurf"


@pytest.mark.parametrize(
    "text",
    [
        "Die Anwohner berichteten, ohne Vorwarnung hätten die Soldaten das Feuer eröffnet.",
        "Der Arbeiter berichtete, ohne Angabe von Gründen sei ihm gekündigt worden.",
    ],
)
def test_ohne_of_manner_in_the_past_is_no_condition(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert claim_with(claims_doc(text), "ohne").stance == "reported"


def test_a_noun_made_of_an_adjective_is_a_subject(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Überlebende schilderten, das Schiff sei innerhalb von Minuten gesunken.")
    assert claim_with(doc, "Schiff").speaker_text == "Überlebende"


def test_an_issuer_that_published_a_study_stays_its_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Laut einer von der Bundesbank veröffentlichten Studie sind die Immobilienpreise gefallen."
    )
    assert speaker_name(doc, "Immobilienpreise") == "Bundesbank"


@pytest.mark.parametrize(
    "text",
    [
        "Wie der Spieler aus Brasilien erst später erfuhr, war sein Vertrag längst gekündigt.",
        "Wie die Eltern aus dem Radio erfuhren, war die Schule geschlossen.",
    ],
)
def test_what_someone_learned_without_a_medium_is_no_report(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert claims_doc(text).article.claims == ()


def test_a_related_company_is_not_the_company_in_focus(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Autobauer Opel baut Stellen ab. Opel gehört zu Stellantis. Der Mutterkonzern teilte"
        " mit, die Werke blieben offen."
    )
    assert speaker_name(doc, "Werke") == "Der Mutterkonzern"


def test_epithets_that_do_not_fit_the_last_person_named(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Olaf Scholz (SPD) stritt im Bundestag mit Friedrich Merz (CDU). „Das ist"
        " verantwortungslos“, sagte der SPD-Politiker."
    )
    assert speaker_name(doc, "verantwortungslos") == "der SPD-Politiker"
    doc = claims_doc(
        "Polizisten fanden eine 83-Jährige in ihrer Wohnung. Nachbarin Petra Klein hatte den"
        " Notruf gewählt. „Ich hatte Angst“, sagte die 83-Jährige später."
    )
    assert speaker_name(doc, "Angst") == "die 83-Jährige"


def test_a_dash_inside_a_paragraph_opens_no_dateline(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Vorstand tagte bis in die Nacht. BMW – der Konzern hatte im März Rekordgewinne"
        " gemeldet – will nun 5000 Stellen streichen, teilte ein Sprecher mit."
    )
    assert claim_with(doc, "Stellen streichen").content.text.startswith("BMW")


@pytest.mark.parametrize(
    "text",
    [
        "Bis Ende Mai wollen die Arbeiter die Brücke fertiggestellt haben.",
        "Die Stadt wollte den Platz eigentlich schon im Sommer umgebaut haben.",
    ],
)
def test_a_goal_with_wollen_and_a_perfect_is_no_claim(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert all(c.form != "free_indirect" for c in claims_doc(text).article.claims)


def test_a_subject_with_a_relative_clause_after_a_list_comma(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Minister sagte, er sei zufrieden, Arbeitgeber und Gewerkschaften, die lange"
        " gestritten hatten, erklärten dagegen, sie seien enttäuscht."
    )
    assert claim_with(doc, "enttäuscht").speaker_text == "Arbeitgeber und Gewerkschaften"


def test_an_adverb_ending_in_e_is_no_konjunktiv(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Ministerin antwortete knapp, ihr Kollege gerne ausführlicher.")
    assert all(c.form != "indirect" for c in doc.article.claims)
