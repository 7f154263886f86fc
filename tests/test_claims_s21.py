"""Session 21: claim records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, cues, hand_tagged, layer, relays, speaker_entity_name

from newsgraph.claims.description_links import earlier_phrase
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.speaker_records import Speaker, entity_spans_of
from newsgraph.doc import Doc


def _earlier(doc: Doc, text: str, phrase: str, at: str) -> Speaker | None:
    """What :func:`earlier_phrase` finds for the description ``phrase`` where ``at`` starts."""
    start = text.index(at)
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    return earlier_phrase(
        start, start + len(phrase), doc, mentions, entity_spans_of(doc), load_lexicon("de")
    )


def test_a_name_inside_an_extended_attribute_does_not_name_the_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the founder qualifies the foundation; the foundation speaks
    doc = claims_doc(
        "Die von Bill Gates gegründete Stiftung Microsoft Foundation erklärte, sie werde helfen."
    )
    assert speaker_entity_name(doc, "werde helfen") == "Microsoft Foundation"


def test_the_agent_of_a_published_text_still_issues_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Laut einer von der Bundesbank veröffentlichten Studie wird die Inflation steigen."
    )
    assert speaker_entity_name(doc, "Inflation steigen") == "Bundesbank"


def test_a_participle_read_as_a_past_tense_still_opens_an_extended_attribute() -> None:
    # `nominierte` tagged VVFIN: the head is followed by the clause's finite verb, so the first
    # one is the attribute's participle and the whole phrase is the subject
    doc = hand_tagged(
        [
            [
                "Der/ART von/APPR der/ART SPD/NE nominierte/VVFIN Kandidat/NN sagte/VVFIN ,/$, "
                "er/PPER werde/VAFIN gewinnen/VVINF ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Der von der SPD nominierte Kandidat"]


def test_an_office_with_its_country_after_it_is_the_holder_named_before(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der französische Außenminister Pierre Dumont sprach von einem Fehler. Der Außenminister "
        "Frankreichs sagte am Abend, man werde reagieren."
    )
    assert speaker_entity_name(doc, "man werde reagieren") == "Pierre Dumont"


def test_an_office_with_its_country_in_the_genitive_before_it_is_the_holder(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der französische Präsident Étienne Marchal warnte vor Spaltung. Frankreichs Präsident "
        "kündigte an, im Dezember einen Vorschlag vorzulegen."
    )
    assert speaker_entity_name(doc, "Vorschlag vorzulegen") == "Étienne Marchal"


def test_an_office_of_another_country_is_not_the_holder_named_before(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der französische Außenminister Pierre Dumont sprach von einem Fehler. Der Außenminister "
        "Italiens sagte am Abend, man werde reagieren."
    )
    assert speaker_entity_name(doc, "man werde reagieren") is None


def test_a_subject_pronoun_is_not_the_person_named_as_its_object(
    claims_doc: Callable[[str], Doc],
) -> None:
    # Thaksin spoke last, but `Er beschuldigte Thaksin` cannot be Thaksin accusing himself
    doc = claims_doc(
        "Newin Chidchob sagte, er sei enttäuscht. Thaksin Shinawatra sagte, er werde kämpfen. "
        "Er beschuldigte seinerseits Thaksin, den Premier fallen gelassen zu haben."
    )
    assert speaker_entity_name(doc, "fallen gelassen") == "Newin Chidchob"


def test_a_counter_accusation_after_a_denial_is_no_denial(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Newin Chidchob wies die Kritik zurück. Er beschuldigte Thaksin, den Premier fallen "
        "gelassen zu haben. Newin Chidchob wies den Vorwurf zurück. Er sagte, die Vorwürfe "
        "seien falsch."
    )
    assert claim_with(doc, "fallen gelassen").stance == "reported"
    assert claim_with(doc, "seien falsch").stance == "denied"


def test_zurufen_frames_a_direct_quote(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "„Dieses Land wird verwaltet, aber nicht regiert“, rief sie den Delegierten zu."
    )
    assert cues(doc) == ["rief zu"]
    assert [(kind, speaker) for kind, _, speaker in layer(doc)] == [("Direct", "sie")]


def test_an_expressive_verb_frames_a_quotation(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("„Wenn man den gibt, kann man jeden Elfmeter pfeifen“, schimpfte der Trainer.")
    assert cues(doc) == ["schimpfte"]
    assert [(kind, speaker) for kind, _, speaker in layer(doc)] == [("Direct", "der Trainer")]


def test_an_expressive_verb_alone_reports_nothing(claims_doc: Callable[[str], Doc]) -> None:
    assert layer(claims_doc("Die Fans jubelten im Stadion.")) == []


def test_nach_zaehlung_is_a_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Nach Zählung der Ombudsstelle gibt es im Land mehr als 120 Konflikte.")
    assert [speaker for _, _, speaker in layer(doc)] == ["Zählung der Ombudsstelle"]


def test_a_cited_source_keeps_its_attributive_participle(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Agentur Reuters berichtete unter Berufung auf zwei mit der Angelegenheit vertraute "
        "Beamte, die Regierung habe mehrere Schiffe verlegt."
    )
    assert ("zwei mit der Angelegenheit vertraute Beamte", "Die Agentur Reuters") in relays(
        doc, "mehrere Schiffe verlegt"
    )


def test_a_cited_source_ends_before_the_participle_of_the_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Zeitung hatte unter Berufung auf Parteikreise berichtet, der Chef habe verzichtet."
    )
    assert ("Parteikreise", "Die Zeitung") in relays(doc, "habe verzichtet")


def test_a_source_phrase_does_not_end_in_an_adjective_of_the_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Der Juni war laut Bilanz des Wetterdienstes der zweitwärmste seit 1881.")
    assert [speaker for _, _, speaker in layer(doc)] == ["Bilanz des Wetterdienstes"]


def test_a_description_of_an_earlier_phrase_with_a_name_in_apposition_is_that_person(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Die neue Direktorin der Kunsthalle Hafenspeicher, Miriam Okonkwo-Lenz, will das Haus "
        "umbauen.\n\nDie Direktorin sagte, sie werde im März eröffnen."
    )
    doc = claims_doc(text)
    found = _earlier(doc, text, "Die Direktorin", "Die Direktorin")
    assert found is not None and found.text == "Miriam Okonkwo-Lenz"
    assert speaker_entity_name(doc, "im März eröffnen") == "Miriam Okonkwo-Lenz"


def test_a_town_the_tagger_read_as_a_noun_opens_a_dateline(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Kiel - Die Direktorin der Kunsthalle will das Haus umbauen.")
    assert [speaker for _, _, speaker in layer(doc)] == ["Die Direktorin der Kunsthalle"]


def test_nach_unternehmensangaben_is_the_company_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Minera Andina del Sur weist die Vorwürfe zurück. Die Förderung ruht nach "
        "Unternehmensangaben seit Montag."
    )
    assert speaker_entity_name(doc, "ruht") == "Minera Andina del Sur"


def test_free_indirect_speech_after_demnach_reports_the_text_it_points_to(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Die waren so freundlich“, sagte die Rentnerin. Sie habe sofort bezahlt. "
        "Der Gutachter Peter Lichtenstern hatte die Dächer untersucht und ein Gutachten vorgelegt. "
        "Demnach waren die Leistungen nur ein Zehntel des Preises wert. Teilweise seien Arbeiten "
        "berechnet worden, die nie ausgeführt worden seien."
    )
    assert speaker_entity_name(doc, "nie ausgeführt") == "Peter Lichtenstern"


def test_past_a_bare_repeat_a_phrase_naming_someone_still_links_the_description(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the bare `die Direktorin` in between tells nothing; the lead names her in apposition
    text = (
        "Die neue Direktorin der Kunsthalle Hafenspeicher, Miriam Okonkwo-Lenz, will das Haus "
        "umbauen. Auf eine Frage reagierte die Direktorin mit einem Lachen. Die Direktorin "
        "sagte, sie werde im März eröffnen."
    )
    doc = claims_doc(text)
    found = _earlier(doc, text, "Die Direktorin", "Die Direktorin sagte")
    assert found is not None and found.text == "Miriam Okonkwo-Lenz"


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        (
            "Der Sprecher sagte, man werde prüfen, ob die Regeln geändert werden.",
            "prüfen",
            "future",
        ),
        ("Er sagte, man werde kämpfen, bis die Demokratie zurück sei.", "kämpfen", "future"),
        (
            "Sie sagte, sie sei offen. Geplant sei etwa eine Ausstellung mit Gemälden.",
            "Geplant",
            "future",
        ),
        # published 2024-05-08: a change from 1 June lies ahead
        (
            "Der Versorger erhöht den Strompreis ab dem 1. Juni 2024, wie das Unternehmen mitteilte.",
            "Strompreis",
            "future",
        ),
        # told as past
        (
            "Der Versorger hatte den Strompreis am 1. Juni 2024 erhöht, sagte ein Sprecher.",
            "Strompreis",
            "reported",
        ),
        # the bound of a lasting state, no event ahead
        (
            "Er betonte, dass der Kapitän einen Vertrag bis 2028 besitze.",
            "Vertrag",
            "reported",
        ),
        # a passive chain stays no future
        (
            "Er sagte, dass weder Polizei noch Presse eingeschaltet werden sollten.",
            "Presse",
            "reported",
        ),
    ],
)
def test_a_plan_or_a_date_ahead_in_the_content_is_future(
    claims_doc: Callable[[str], Doc], text: str, words: str, stance: str
) -> None:
    assert claim_with(claims_doc(text), words).stance == stance


def test_a_person_named_in_the_claim_is_not_the_description_that_tells_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Wir haben es uns nicht leicht gemacht“, sagte Sportvorstand Henrik Maaß am Sonntag. "
        "Krämer sei ein hervorragender Fachmann, betonte der 46-Jährige."
    )
    assert speaker_entity_name(doc, "hervorragender Fachmann") == "Henrik Maaß"


def test_a_country_in_the_genitive_before_a_title_is_the_roles_country(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Spaniens Verteidigungsminister Álvaro Requena Sanz sagte, man sei bereit.")
    names = {e.id: e.name for e in doc.article.entities}
    roles = [(names.get(r.person or ""), names.get(r.org or "")) for r in doc.article.roles]
    assert ("Álvaro Requena Sanz", "Spain") in roles


def test_a_description_of_one_country_is_not_the_holder_of_anothers_office(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Spaniens Verteidigungsminister Álvaro Requena Sanz sagte, man sei bereit. „Russland "
        "testet uns“, sagte der frühere norwegische Verteidigungsminister nach der Sitzung."
    )
    assert speaker_entity_name(doc, "Russland testet uns") is None
    assert all(
        m.text != "der frühere norwegische Verteidigungsminister"
        for e in doc.article.entities
        for m in e.mentions
    )


def test_a_vorfeld_that_names_someone_is_the_subject_whatever_number_its_noun_has(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Außenpolitiker Jürgen Hasselbach sprach im Deutschlandfunk von einem „Weckruf“."
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Der Außenpolitiker Jürgen Hasselbach"]


def test_a_participle_read_as_a_past_tense_after_the_clauses_verb_opens_an_attribute() -> None:
    doc = hand_tagged(
        [
            [
                "Die/ART Lage/NN sei/VAFIN ernst/ADJD ,/$, sagte/VVFIN die/ART vom/APPRART "
                "Gericht/NN bestellte/VVFIN Gutachterin/NN Anna/NE Roth/NE ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == [
        "die vom Gericht bestellte Gutachterin Anna Roth"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Als Zeugin schilderte am Nachmittag eine Nachbarin, sie habe Schreie gehört.",
        "Als erste Zeugin schilderte am Dienstag eine Nachbarin, sie habe Schreie gehört.",
    ],
)
def test_the_subject_after_a_role_vorfeld_and_a_time_phrase(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    assert [speaker for _, _, speaker in layer(claims_doc(text))] == ["eine Nachbarin"]


def test_a_person_named_in_a_texts_content_is_not_its_issuer(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Drittligist FC Nordheide Lüneburg hat sich von Cheftrainer Andreas Krämer "
        "getrennt, wie der Verein am Sonntagabend mitteilte. Auch Co-Trainer Marco Felder sei "
        "freigestellt worden, hieß es in der Mitteilung."
    )
    assert speaker_entity_name(doc, "freigestellt worden") != "Co-Trainer Marco Felder"


def test_free_indirect_speech_goes_on_from_circles_a_statement_came_from(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Aus der österreichischen Delegation hieß es, man sei skeptisch. Aus Diplomatenkreisen "
        "verlautete, eine Einigung sei an der Frage gescheitert. Mehrere Staaten sähen die "
        "Gefahr, haften zu müssen."
    )
    assert claim_with(doc, "sähen die Gefahr").speaker_text == "Aus Diplomatenkreisen"


def test_a_demonym_with_an_age_names_the_person_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Das passt industriell und kulturell“, sagte Halvorsen-Chef Björn Lindqvist am "
        "Dienstag. Der 52-jährige Schwede bezifferte die Einsparungen auf 350 Millionen Euro."
    )
    assert speaker_entity_name(doc, "Einsparungen") == "Björn Lindqvist"


def test_a_demonym_noun_the_recogniser_missed_is_the_person_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der portugiesische Ratspräsident Tomás Ferreira Lobo sprach von „schwierigen“ "
        "Beratungen. Man sei einer Lösung nahe gekommen, sagte der Portugiese am Morgen."
    )
    assert speaker_entity_name(doc, "Lösung nahe") == "Tomás Ferreira Lobo"


def test_beantragen_frames_a_complement_but_reports_no_motion_alone(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Der Verteidiger beantragte, ein weiteres Gutachten einzuholen.")
    assert [(kind, speaker) for kind, _, speaker in layer(doc)] == [("Indirect", "Der Verteidiger")]
    assert (
        layer(claims_doc("Die Staatsanwaltschaft beantragte die Eröffnung des Verfahrens.")) == []
    )


def test_sie_with_a_singular_verb_is_one_woman_not_a_plural_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Nach Angaben von Bündnisdiplomaten sollen zwei Systeme verlegt werden. Deutschland "
        "werde ein System verlegen, kündigte Verteidigungsministerin Katharina Brenninger an. "
        "Die Bundeswehr sei dazu bereit, sagte die 52-Jährige. Zugleich forderte sie die "
        "Partner auf, sich stärker an den Kosten zu beteiligen."
    )
    assert speaker_entity_name(doc, "an den Kosten") == "Katharina Brenninger"


def test_a_singular_description_does_not_shorten_a_plural_phrase(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Die Verteidigungsminister der Nato haben in Brüssel beraten. „Russland testet uns“, "
        "sagte der Verteidigungsminister nach der Sitzung."
    )
    doc = claims_doc(text)
    found = _earlier(doc, text, "der Verteidigungsminister", "der Verteidigungsminister nach")
    assert found is None or found.text != "Nato"


def test_a_company_description_with_a_town_adjective_is_the_company_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Versorger Enervia Südwest erhöht den Strompreis um 14 Prozent, wie das Karlsruher "
        "Unternehmen am Dienstag mitteilte. Gas werde um neun Prozent teurer."
    )
    assert speaker_entity_name(doc, "neun Prozent teurer") == "Enervia Südwest"


def test_a_compound_of_chef_is_the_person_in_focus(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "„Wir arbeiten mit Hochdruck an der Lösung“, sagte Oberbürgermeister Thomas Wiechert am "
        "Mittwoch. Die Gehälter würden aber pünktlich überwiesen, versicherte der Verwaltungschef."
    )
    assert speaker_entity_name(doc, "pünktlich überwiesen") == "Thomas Wiechert"
