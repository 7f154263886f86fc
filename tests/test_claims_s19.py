"""Session 19: a person quoted through a medium goes on speaking through it
(`newsgraph.claims.relay_scopes`); each case is an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, claims_over, relays, speaker_entity_name

from newsgraph.doc import Doc


def test_a_witness_quoted_in_a_report_speaks_through_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Bei einem Brand in einer Lagerhalle in Kassel sind drei Menschen gestorben. Im "
        "Feuerwehr-Bericht wird ein Augenzeuge zitiert. Seiner Darstellung zufolge brach das "
        "Feuer gegen Mitternacht aus. Laut diesem Zeugen gab es zuvor keinen Alarm.\n\n"
        "Die Stadt kündigte an, die Halle abreißen zu lassen."
    )
    assert ("Seiner Darstellung", "Feuerwehr-Bericht") in relays(doc, "brach das Feuer")
    assert ("Augenzeuge", "Feuerwehr-Bericht") in relays(doc, "keinen Alarm")
    # the next paragraph is the article's own reporting again
    assert ("Die Stadt", None) in relays(doc, "die Halle abreißen")


def test_the_site_an_article_appeared_on_is_the_medium(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "In einem am 3. Mai auf ''gesundheit.example.org'' veröffentlichten Artikel wird Marta "
        "Lindqvist, eine Ärztin aus Uppsala, zitiert. Die Ärztin sagte, dass die Wartezeiten "
        "weiter stiegen."
    )
    assert ("Die Ärztin", "gesundheit.example.org") in relays(doc, "Wartezeiten")


def test_a_pronoun_after_another_name_is_not_the_quoted_person(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Im Jahresbericht der Organisation wird eine Anwohnerin zitiert. Ihren Angaben zufolge "
        "fehlt es an Trinkwasser. Bürgermeister Jonas Keller bestreitet das, seiner Meinung nach "
        "ist die Versorgung gesichert."
    )
    assert ("Ihren Angaben", "Jahresbericht der Organisation") in relays(doc, "Trinkwasser")
    assert all(via is None for _, via in relays(doc, "Versorgung gesichert"))


def test_a_quotation_passed_on_by_a_medium_keeps_its_relay(
    claims_doc: Callable[[str], Doc],
) -> None:
    # after `Laut CNN hat X verkündet, …`, `„…“, wird X zitiert` and the free indirect speech
    # after it are still X's words through CNN
    doc = claims_doc(
        "Laut CNN hat der Verteidigungsminister Bernd Alvsen am Montag verkündet, die "
        "Regierung wolle die Truppen im Land behalten. „Wir bleiben, solange man uns "
        "braucht“, wird Alvsen zitiert. Die Entscheidung wolle er dem Parlament überlassen."
    )
    assert ("Alvsen", "CNN") in relays(doc, "solange man uns")
    assert ("Alvsen", "CNN") in relays(doc, "dem Parlament")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the cited source speaking in a frame of its own may be the article's own reporting
        (
            "Die Rakete sei am Morgen gestartet, berichtete die Nachrichtenagentur Yonhap unter "
            "Berufung auf den Generalstab. Der Generalstab verurteilte den Start als „klare "
            "Provokation“.",
            "klare Provokation",
        ),
        # a place is no medium
        (
            "In Berlin wird der Bürgermeister oft zitiert. Er sagte, die Lage sei ruhig.",
            "die Lage sei ruhig",
        ),
    ],
)
def test_no_relay(claims_doc: Callable[[str], Doc], text: str, words: str) -> None:
    assert all(via is None for _, via in relays(claims_doc(text), words))


def test_a_von_agent_names_who_quotes(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Ein Augenzeuge wurde von der Zeitung Kurier zitiert. Nach Angaben des Augenzeugen "
        "fuhr der Wagen zu schnell."
    )
    assert ("Angaben des Augenzeugen", "der Zeitung Kurier") in relays(doc, "zu schnell")


def test_the_magazine_named_before_relays_its_sources(claims_doc: Callable[[str], Doc]) -> None:
    # `das Magazin` was tagged as an organisation of its own; now it is the `Spiegel`
    doc = claims_doc(
        "Nach Informationen des „Spiegel“ soll Katar die Freilassung vermittelt haben. Das "
        "Magazin berichtete unter Berufung auf Sicherheitskreise, die Entführer gehörten zu "
        "einer Splittergruppe."
    )
    outer = next(c for c in claims_over(doc, "Splittergruppe") if c.speaker_text == "Das Magazin")
    assert speaker_entity_name(doc, "soll Katar") == "Der Spiegel"
    assert doc.article.entity(outer.speaker or "") == doc.article.entity(
        claim_with(doc, "soll Katar").speaker or ""
    )


def test_the_university_is_the_one_named_with_its_town(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Abgeordnete Miriam Ostholt hat Widerspruch gegen die Aberkennung ihres "
        "Doktortitels durch die Universität Heidelberg eingelegt. Die Universität teilte mit, "
        "sie werde den Widerspruch prüfen."
    )
    assert speaker_entity_name(doc, "den Widerspruch prüfen") == "Universität Heidelberg"


def test_the_website_of_the_broadcaster_named_before(claims_doc: Callable[[str], Doc]) -> None:
    # `des amerikanischen Fernsehsenders`: a nationality adjective inside a description and a
    # case ending on the noun; the broadcaster is CNN of the sentence before
    doc = claims_doc(
        "Die Angehörigen hätten am Grab beten dürfen, berichtet CNN. Weiter berichtet die "
        "Website des amerikanischen Fernsehsenders, dass ein Testament erschienen sei."
    )
    assert speaker_entity_name(doc, "ein Testament erschienen") == "CNN"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # an unnamed firm: the news agency, the magazine and the militia named before are no
        # company, so `der Firma` stays unresolved
        (
            "Nach Informationen des „Spiegel“ soll Katar vermittelt haben. Die Entführer gehörten "
            "zu einer Splittergruppe des sogenannten Islamischen Staats. Die Nachrichtenagentur "
            "ANP meldete, es sei Geld geflossen. Der Ingenieur hatte für ein Bauunternehmen "
            "gearbeitet. Seine Kollegen kamen nach Angaben der Firma frei.",
            "Seine Kollegen",
            None,
        ),
        # a union is no company: `das Unternehmen` is the airline
        (
            "Die Lufthansa strich am Montag 40 Flüge. Die Gewerkschaft Flugbegleiter "
            "Deutschland (GFD) hatte zum Streik aufgerufen. Die Gewerkschaft Flugbegleiter "
            "Deutschland fordert mehr Lohn. Das Unternehmen teilte mit, es bedaure die Ausfälle.",
            "bedaure die Ausfälle",
            "Lufthansa",
        ),
        # a rating agency is a company (only a news agency is none)
        (
            "Die Ratingagentur Moody's stufte die Kreditwürdigkeit Italiens herab. Moody's "
            "verwies auf die hohen Schulden. Das Unternehmen teilte mit, die Aussichten seien "
            "negativ.",
            "die Aussichten seien negativ",
            "Moody's",
        ),
    ],
)
def test_the_company_in_focus_is_a_company(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str | None
) -> None:
    assert speaker_entity_name(claims_doc(text), words) == name
