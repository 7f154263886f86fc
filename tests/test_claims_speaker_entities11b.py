"""Speaker entities of session 11, round B: a relative pronoun as the speaker phrase refers to
the noun phrase before its clause (`ein Zeuge, der angab`, `ein Bericht, laut dem`,
`Grundsätze, denen zufolge`), agreeing in gender and number and past an apposition.  Invented
sentences through the default pipeline up to the claims stage; each case failed before (the
pronoun itself was the speaker), the controls state what must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import speaker_name

from newsgraph.doc import Doc

RELATIVE_CASES = [
    # a name right before the clause, past a predicative adjective of the main clause
    (
        "Bei der Sitzung war auch der frühere Bürgermeister Karl Huber anwesend, der dem Rat"
        " vorwarf, die Brücke viel zu spät saniert zu haben.",
        "viel zu spät",
        "Karl Huber",
    ),
    # an apposition after the name: the pronoun refers to the name it describes
    (
        "Widerspruch kam von Anna Berger, Vorsitzende der Grünen in Kassel, die sagte, die Stadt"
        " müsse mehr Radwege bauen.",
        "mehr Radwege",
        "Anna Berger",
    ),
    # an unnamed antecedent past a place in a prepositional phrase (`aus Bremen` is neuter)
    (
        "In der Sendung wurde ein junger Arzt aus Bremen zugeschaltet, der erklärte, die"
        " Kliniken seien völlig überlastet.",
        "völlig überlastet",
        "ein junger Arzt",
    ),
    # a text after a verb particle: `legte … vor, laut dem`
    (
        "Die Kommission legte am Dienstag einen ausführlichen Bericht vor, laut dem die Zahl"
        " der Unfälle stark gestiegen ist.",
        "stark gestiegen",
        "einen ausführlichen Bericht",
    ),
    # a plural `denen` skips the singular noun of an attribute (`im Land`)
    (
        "Die Regierung reagierte auf neue Umfragen im Land, nach denen die meisten Bürger die"
        " Reform ablehnen.",
        "die Reform ablehnen",
        "neue Umfragen",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), RELATIVE_CASES)
def test_relative_pronoun_speaker(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def test_a_pronoun_not_opening_a_relative_clause_is_untouched(
    claims_doc: Callable[[str], Doc],
) -> None:
    # control: a demonstrative `Der` opening a sentence is no relative pronoun (no comma
    # before it); it keeps the session-10 resolution (not the nearest noun phrase)
    doc = claims_doc(
        "Karl Huber traf den Minister im Rathaus. Der sagte später, die Gespräche seien gut"
        " verlaufen."
    )
    hits = [c for c in doc.article.claims if "gut verlaufen" in c.content.text]
    assert hits and all(c.speaker_text != "den Minister" for c in hits)


DESCRIPTION_CASES = [
    # a compound introduced the source; the description repeats its head
    (
        "Im Bericht der Gruppe kommt ein Augenzeuge zu Wort. Der Zeuge sagte, die Soldaten"
        " hätten zuerst geschossen.",
        "zuerst geschossen",
        "Augenzeuge",
    ),
    # past bare repeats of the head back to the compound that introduced it
    (
        "Ein 30-jähriger Maschinenbau-Student verursachte den Unfall. Der Student war müde. Die"
        " Polizei fand den Studenten am Auto. Der Student sagte vor Gericht, er bereue die"
        " Fahrt zutiefst.",
        "bereue die Fahrt",
        "30-jähriger Maschinenbau-Student",
    ),
    # a court introduced by a compound of the head
    (
        "Der Strafsenat des Oberlandesgerichts verkündete am Montag das Urteil. Das Gericht sah"
        " es als erwiesen an, dass die Angeklagten Geld gewaschen hätten.",
        "Geld gewaschen",
        "Oberlandesgerichts",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), DESCRIPTION_CASES)
def test_description_of_an_earlier_compound(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def test_a_bare_repeat_does_not_reach_a_plain_earlier_phrase(
    claims_doc: Callable[[str], Doc],
) -> None:
    # control: past a bare repeat (`Der Sprecher`) only a compound of the head is taken, not an
    # earlier phrase of the same noun with an attribute (it may be another speaker)
    doc = claims_doc(
        "Ein Sprecher der Stadtwerke bestätigte den Ausfall. Der Sprecher kam später. Der"
        " Sprecher sagte, die Leitungen würden am Abend repariert."
    )
    hits = [c for c in doc.article.claims if "am Abend repariert" in c.content.text]
    assert hits and all("Stadtwerke" not in (c.speaker_text or "") for c in hits), [
        c.speaker_text for c in hits
    ]


VERDICT_CASES = [
    # a verdict is the court's: the last court named before
    (
        "Das Bundesverwaltungsgericht hat am Mittwoch in dem Streit entschieden. Dem Urteil"
        " zufolge darf die Stadt die Straße sperren.",
        "die Straße sperren",
        "Bundesverwaltungsgericht",
    ),
    # the court named by an abbreviation in parentheses after `Gerichtshof`
    (
        "Der Europäische Gerichtshof (EuGH) verhandelte am Dienstag über die Klage. Dem Urteil"
        " zufolge müssen die Mitgliedstaaten die Daten löschen.",
        "die Daten löschen",
        "Europäische Gerichtshof",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), VERDICT_CASES)
def test_a_verdict_speaks_for_its_court(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def test_a_verdict_without_a_court_stays_a_text(claims_doc: Callable[[str], Doc]) -> None:
    # control: no court named before: the verdict stays its own speaker (no entity)
    doc = claims_doc(
        "Die Stadt Bremen hat am Mittwoch verloren. Dem Urteil zufolge darf sie die Straße nicht"
        " sperren."
    )
    hits = [c for c in doc.article.claims if "nicht sperren" in c.content.text]
    assert hits and all(c.speaker is None for c in hits)


def test_a_country_read_as_an_organisation_is_an_attribute(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Republik Österreich` is recognised as an organisation but belongs to the country's
    # entity: in a genitive attribute it is not the speaker (the office is)
    text = (
        "Österreich schickt Hilfe. Das Auswärtige Amt der Republik Österreich meldete gestern,"
        " die ersten Flugzeuge seien gelandet."
    )
    assert speaker_name(claims_doc(text), "Flugzeuge seien gelandet") == (
        "Das Auswärtige Amt der Republik Österreich"
    )


def test_a_country_as_the_whole_phrase_stays_the_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # control: the country is the whole speaker phrase
    text = "Österreich schickt Hilfe. Die Republik Österreich meldete gestern, die Flugzeuge seien gelandet."
    assert speaker_name(claims_doc(text), "Flugzeuge seien gelandet") == "Austria"


def test_of_two_organisations_the_first_is_the_head(claims_doc: Callable[[str], Doc]) -> None:
    # the second organisation is the genitive owner of the first, which speaks
    text = (
        "Nach Angaben der Europäischen Investitionsbank (EIB) der Europäischen Union sollen 200"
        " Millionen Euro in Solarparks fließen."
    )
    assert speaker_name(claims_doc(text), "Solarparks") == "EIB"


def test_a_persons_genitive_before_the_head_is_no_head(claims_doc: Callable[[str], Doc]) -> None:
    # control: persons keep the longer name (a Saxon genitive comes first: `Bergers Anwalt X`)
    text = "Bergers Anwalt Thomas Krämer sagte, sein Mandant sei unschuldig."
    assert speaker_name(claims_doc(text), "unschuldig") == "Thomas Krämer"
