"""Session 22: claim records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, hand_tagged, layer, relays, speaker_entity_name

from newsgraph.doc import Doc


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # the country's side speaks: the state the article names
        (
            "Bei den Gefechten wurden nach georgischen Angaben zwölf Soldaten getötet. "
            "Georgien hatte die Grenze am Montag geschlossen.",
            "zwölf Soldaten",
            "Georgia",
        ),
        # a country the article never names: the nationality itself
        ("Laut armenischen Angaben ist die Lage ruhig.", "Lage ruhig", "Armenian"),
        # the press of a country is not the country
        ("Laut georgischen Medien ist die Lage in Georgien ruhig.", "Lage in", None),
        # an organisation with a nationality adjective speaks itself
        (
            "Nach Angaben der georgischen Armee wurden zwölf Soldaten getötet.",
            "zwölf Soldaten",
            None,
        ),
    ],
)
def test_a_nationality_with_a_statement_noun_is_the_country_speaking(
    claims_doc: Callable[[str], Doc], text: str, content: str, name: str | None
) -> None:
    found = speaker_entity_name(claims_doc(text), content)
    if name is None:
        assert found not in ("Georgia", "Georgian")
    else:
        assert found == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Agentur Ansa hatte am Vormittag zunächst von sechs Toten berichtet.",
            "Die Agentur Ansa",
        ),
        ("Die Opposition hat von einem Skandal gesprochen.", "Die Opposition"),
        (
            "Ein Bericht von UN-Experten hatte im Sommer von bis zu 4000 Soldaten gesprochen.",
            "Ein Bericht von UN-Experten",
        ),
    ],
)
def test_telling_of_something_in_the_perfect_is_reported_speech(
    claims_doc: Callable[[str], Doc], text: str, speaker: str
) -> None:
    assert layer(claims_doc(text)) == [("Reported", text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # a judgment pronounced, not something told (the `von` belongs to the object)
        "Das Gericht hat am Montag ein Urteil zum Thema Überwachung von Computern gesprochen.",
        # an evaluation in the perfect stays background
        "Der Minister hatte den Vorfall am Montag bestätigt.",
        # telling about, not of: the perfect stays background
        "Die Zeitung hatte am Montag über den Fall berichtet.",
    ],
)
def test_other_perfect_speech_acts_stay_out_of_the_layer(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert layer(claims_doc(text)) == []


def test_a_medium_telling_of_something_relays_the_source_it_cites(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Sender Radio Nord hatte in der Nacht unter Berufung auf Gewerkschaftskreise von "
        "fünf Toten berichtet. Die Agentur Ansa berichtete unter Berufung auf die Feuerwehr "
        "von sechs Toten."
    )
    assert ("Gewerkschaftskreise", "Der Sender Radio Nord") in relays(doc, "fünf Toten")
    assert ("die Feuerwehr", "Die Agentur Ansa") in relays(doc, "sechs Toten")


def test_a_reported_demand_citing_a_source_names_no_relay_it_cannot_delimit(
    claims_doc: Callable[[str], Doc],
) -> None:
    # where the cited source ends is not told: `Angaben von Ärzten eine Untersuchung`
    doc = claims_doc(
        "Die Zeitung forderte unter Berufung auf Angaben von Ärzten eine Untersuchung."
    )
    assert all(via is None for _, via in relays(doc, "eine Untersuchung"))


def test_a_title_the_tagger_read_as_a_verb_before_a_name_is_a_noun() -> None:
    doc = hand_tagged(
        [
            [
                "Kreisbrandrat/VVFIN Stefan/NE Aigner/NE berichtete/VVFIN ,/$, an/APPR "
                "mehreren/PIAT Stellen/NN hätten/VAFIN Helfer/NN Dämme/NN errichtet/VVPP ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Kreisbrandrat Stefan Aigner"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a weak preterite is also Konjunktiv II: after a prepositional phrase too
        (
            "Eine Helferin sagte dem Pressedienst, am Grenzübergang warteten jeden Tag "
            "Hunderte Familien.",
            "am Grenzübergang warteten jeden Tag Hunderte Familien",
        ),
    ],
)
def test_a_preterite_clause_opened_by_a_phrase_after_a_speech_verb_is_its_content(
    claims_doc: Callable[[str], Doc], text: str, content: str
) -> None:
    assert [(kind, part) for kind, part, _ in layer(claims_doc(text))] == [("Indirect", content)]


def test_a_phrase_before_a_subordinate_clause_opens_no_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Dieses Ergebnis wurde von den Verlierern angezweifelt, vor allem, weil auch aus "
        "Gebieten hervorragende Ergebnisse für den Amtsinhaber gemeldet wurden, die als "
        "Hochburgen der Opposition galten."
    )
    assert all(kind != "Indirect" for kind, _, _ in layer(doc))


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a condition's Konjunktiv II is the conditional, not reported speech
        (
            "Die Gewerkschaft warnte vor einem „Sicherheitsrisiko“, falls die Beamten auf die "
            "Technik verzichten müssten.",
            ["„Sicherheitsrisiko“"],
        ),
        # its Konjunktiv I, or a Konjunktiv main clause after it, still reports
        (
            "Der Minister sagte, falls die Steuer steige, werde er zurücktreten.",
            ["falls die Steuer steige, werde er zurücktreten"],
        ),
    ],
)
def test_a_condition_in_konjunktiv_ii_after_a_frame_is_no_content(
    claims_doc: Callable[[str], Doc], text: str, contents: list[str]
) -> None:
    assert [content for _, content, _ in layer(claims_doc(text))] == contents


def test_an_infinitive_after_a_coordinated_adjective_is_not_the_frames_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Wir werden alle Argumente noch einmal vortragen“, sagte der Anwalt. Sein Mandant "
        "bestreite sämtliche Vorwürfe und sei bereit, sich in der Schweiz einem Verfahren zu "
        "stellen."
    )
    assert all(not content.startswith("sich in der Schweiz") for _, content, _ in layer(doc))


def test_the_particle_of_a_coordinated_speech_verb_keeps_its_complement(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `bekannt` closes `gab bekannt`, a frame of its own: its `dass` clause stays content
    doc = claims_doc(
        "Der Präsident erwartet eine zügige Entscheidung und gab bekannt, dass die Prüfung "
        "bis zum Herbst dauern werde."
    )
    contents = [content for _, content, _ in layer(doc)]
    assert "dass die Prüfung bis zum Herbst dauern werde" in contents


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a party member's epithet in the genitive of a cue noun is the person in focus
        (
            "Der SPD-Innenexperte Reinhold Gall kritisierte das Gesetz. Die Maßnahmen gehen "
            "nach Meinung des SPD-Politikers zu weit.",
            "zu weit",
            "Reinhold Gall",
        ),
        # a company description in the genitive is the company in focus
        (
            "Der Autobauer Volkswagen will 500 Stellen streichen. In einer Erklärung des "
            "Unternehmens hieß es, man arbeite an Lösungen.",
            "an Lösungen",
            "Volkswagen",
        ),
        # a short body noun names the body whose compound name ends in it
        (
            "Das Leipziger Gesundheitsamt meldete am Montag 80 Fälle. Nach Angaben des Amtes "
            "sind vor allem Kinder betroffen.",
            "Kinder betroffen",
            "Leipziger Gesundheitsamt",
        ),
    ],
)
def test_a_description_owning_a_cue_noun_resolves_like_the_description(
    claims_doc: Callable[[str], Doc], text: str, content: str, name: str
) -> None:
    assert speaker_entity_name(claims_doc(text), content) == name


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Ein Sprecher sagte, die Sperre werde aufgehoben, sobald die Firma die Auflagen erfülle.",
            "future",
        ),
        ("Ein Zeuge sagte, sobald der Zug hielt, seien alle ausgestiegen.", "reported"),
    ],
)
def test_a_pending_sobald_clause_makes_a_future(
    claims_doc: Callable[[str], Doc], text: str, stance: str
) -> None:
    doc = claims_doc(text)
    assert [c.stance for c in doc.article.claims] == [stance]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a w-clause in the Vorfeld: the main clause's Konjunktiv goes on reporting
        (
            "Die Vorsitzende Hildegard Moosbauer sagte, die Kirche verspiele das letzte "
            "Vertrauen. Wer Spenden verwalte, müsse sich auch kontrollieren lassen.",
            ["Indirect", "IndirectFreeIndirect"],
        ),
        # a condition in the Vorfeld with a Konjunktiv II main clause is no report
        (
            "Die Regierung prüft den Antrag. Falls die Eisbären als bedroht eingestuft werden, "
            "wäre es die erste Art dieser Liste.",
            [],
        ),
    ],
)
def test_a_fronted_w_clause_leaves_the_mood_to_the_main_clause(
    claims_doc: Callable[[str], Doc], text: str, kinds: list[str]
) -> None:
    assert [kind for kind, _, _ in layer(claims_doc(text))] == kinds


def test_an_unknown_konjunktiv_read_as_a_preposition_after_a_prepositional_vorfeld() -> None:
    doc = hand_tagged(
        [
            [
                "„/$( Es/PPER zählt/VVFIN jede/PIAT Minute/NN “/$( ,/$, sagte/VVFIN der/ART "
                "Rentner/NN Horst/NE Brenner/NE ./$.",
                "Mit/APPR dem/ART Rettungswagen/NN dauere/APPR die/ART Fahrt/NN fast/ADV "
                "eine/ART Stunde/NN ./$.",
            ]
        ]
    )
    assert [kind for kind, _, _ in layer(doc)] == ["Direct", "IndirectFreeIndirect"]


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        # the quote a pronoun frames after a bare denial by a description
        (
            "Die Athletin bestreitet die Vorwürfe. „Ich habe nie verbotene Mittel genommen“, "
            "sagte sie der Agentur.",
            "nie verbotene Mittel",
            "denied",
        ),
        # a negated free indirect sentence after a bare denial is what was denied
        (
            "Das Ministerium widersprach dieser Darstellung. Ein entsprechender Antrag sei nie "
            "eingegangen.",
            "Antrag sei nie",
            "denied",
        ),
        # a positive counter-claim after it is reported
        (
            "Der Vorsitzende wies die Vorwürfe zurück. Die Geräte seien vor der Wahl geprüft "
            "worden.",
            "Geräte seien",
            "reported",
        ),
    ],
)
def test_what_follows_a_bare_denial(
    claims_doc: Callable[[str], Doc], text: str, content: str, stance: str
) -> None:
    assert claim_with(claims_doc(text), content).stance == stance


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a defender on the pitch is the player in focus
        (
            "Kapitän Marcel Adeyemi nahm den Trainer in Schutz. Die Mannschaft trage eine "
            "Mitschuld, sagte der Innenverteidiger.",
            "Mannschaft trage",
            "Marcel Adeyemi",
        ),
        # a defender in court is someone else than the defendant in focus
        (
            "Der Angeklagte Marcel Adeyemi schwieg. Die Beweise reichten nicht aus, sagte der "
            "Verteidiger.",
            "Beweise reichten",
            None,
        ),
    ],
)
def test_a_defender_in_court_is_another_person_but_not_on_the_pitch(
    claims_doc: Callable[[str], Doc], text: str, content: str, name: str | None
) -> None:
    assert speaker_entity_name(claims_doc(text), content) == name


def test_a_bare_noun_after_a_cue_noun_opens_the_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Direktor Markus Imboden sprach vor der Presse. Nach seinen Angaben Investitionen "
        "von 200 Millionen Franken nötig."
    )
    assert ("Indirect", "Investitionen von 200 Millionen Franken nötig", "seinen Angaben") in layer(
        doc
    )


def test_a_name_takes_the_medium_after_it_as_its_dative_addressee() -> None:
    doc = hand_tagged(
        [
            [
                "„/$( Wir/PPER schließen/VVFIN “/$( ,/$, sagte/VVFIN Anna/NE Berger/NE der/ART "
                "„/$( Kleinen/ADJA Zeitung/NN “/$( ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Anna Berger"]


def test_an_apposition_read_as_a_relative_clause_stays_in_the_speaker() -> None:
    doc = hand_tagged(
        [
            [
                "Ihr/PPOSAT Sprecher/NN ,/$, der/PRELS pensionierte/VVFIN Förster/NN Gerd/NE "
                "Bachmann/NE ,/$, sagte/VVFIN ,/$, der/ART Wald/NN sei/VAFIN wichtig/ADJD ./$."
            ]
        ],
        glue_punctuation=True,
    )
    assert [speaker for _, _, speaker in layer(doc)] == [
        "Ihr Sprecher, der pensionierte Förster Gerd Bachmann"
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an age takes no genitive: the medium after it is the addressee
        (
            "Die Regisseurin Miriam Haslinger ist enttäuscht. „Wir machen weiter“, sagte die "
            "39-Jährige der Austria Presse Agentur.",
            ["die 39-Jährige"],
        ),
        # `sich bestätigen` is to come true: no frame with the sponsor as its speaker
        (
            "Die Landesrätin kündigte an, die Förderung zu überprüfen, sollte sich eine "
            "Einflussnahme des Sponsors bestätigen.",
            ["Die Landesrätin"],
        ),
        # a partial quotation follows its frame's subject found past the Vorfeld
        (
            "Zurückhaltender äußerte sich der deutsche Staatssekretär Jochen Albrecht: Die "
            "Erklärung sei „ein erster Schritt, nicht mehr und nicht weniger“.",
            ["der deutsche Staatssekretär Jochen Albrecht"] * 2,
        ),
    ],
)
def test_speaker_phrases_of_the_layer(
    claims_doc: Callable[[str], Doc], text: str, speakers: list[str]
) -> None:
    assert [speaker for _, _, speaker in layer(claims_doc(text))] == speakers


def test_a_measure_of_age_does_not_make_the_speaker_a_time_phrase(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Plötzlich roch es verbrannt“, sagte eine 34 Jahre alte Lehrerin aus Neuss der "
        "„Kleinen Zeitung“. Der Kapitän habe sich erst kurz vor dem Aufsetzen gemeldet."
    )
    assert [(kind, speaker) for kind, _, speaker in layer(doc)] == [
        ("Direct", "eine 34 Jahre alte Lehrerin"),
        ("IndirectFreeIndirect", "eine 34 Jahre alte Lehrerin"),
    ]
