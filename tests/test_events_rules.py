"""Events: merge, argument and coding rules added after the dev-set error analysis (fictional text)."""

from __future__ import annotations

import pytest

from newsgraph.doc import Doc
from newsgraph.events.stage import extract_events
from newsgraph.record import Article, Event, Source


def events_of(text: str) -> list[Event]:
    return extract_events(Doc(article=Article(id="t", text=text, source=Source(published="2024-05-06"))))


def test_agentless_killing_in_the_sentence_of_an_attack_is_the_attack() -> None:
    evs = events_of(
        "Am Montag griffen Rebellen die Kaserne in Nordheim an. "
        "Bei dem Angriff wurden zwölf Menschen getötet."
    )
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1, [e.trigger.text for e in assault]
    assert "getötet" in {s.text for s in assault[0].evidence} | {assault[0].trigger.text}


def test_related_link_lines_are_not_read() -> None:
    text = (
        "Gericht verurteilt Ministerin\n\n"
        "Ein Gericht in Nordstadt hat am Dienstag die frühere Ministerin verurteilt.\n\n"
        "LinksPolizei nimmt Bürgermeister von Südheim fest (12.10.2011)"
    )
    evs = events_of(text)
    assert "SANCTION" in {e.type for e in evs}
    assert "COERCE" not in {e.type for e in evs}, [(e.type, e.trigger.text) for e in evs]


def test_link_line_detection() -> None:
    from newsgraph.events.analysis import link_line

    assert link_line("a\nQuellen„Bericht“ über X", 3)
    assert link_line("a\nPolizei nimmt Bürgermeister fest (2.3.2010)", 5)
    assert not link_line("Die Polizei nahm ihn am 2.3.2010 fest.", 5)
    assert not link_line("Linksextremisten griffen die Wache an.", 3)


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Kampfjets der nordländischen Luftwaffe peilten am Montag ein Schiff der Marine Südlands an.", "MOBILIZE", "weapons"),
        ("Die Soldaten richteten ihre Gewehre auf die Demonstranten.", "MOBILIZE", "weapons"),
        ("Die Armee Nordlands zog am Freitag Truppen an der Grenze zusammen.", "MOBILIZE", "troops"),
        ("Die Miliz hatte seit Jahren den Umgang mit Waffen trainiert.", "MOBILIZE", "militia"),
        ("Die Polizisten eröffneten am Abend das Feuer auf den Wagen.", "ASSAULT", "firearms"),
        ("Der Außenminister Frankreichs begrüßte die Entscheidung der Regierung Polens.", "SUPPORT", None),
        ("Die Kanzlerin sicherte dem Präsidenten Nordlands ihre Unterstützung zu.", "SUPPORT", None),
        ("Der Präsident bekundete seine Solidarität mit den Opfern.", "SUPPORT", None),
    ],
)
def test_mobilize_support_and_firing_triggers(text: str, type_: str, mode: str | None) -> None:
    evs = [e for e in events_of(text) if e.type == type_]
    assert len(evs) == 1, [(e.type, e.trigger.text) for e in events_of(text)]
    assert evs[0].mode == mode


def test_greeting_guests_and_training_with_customers_are_no_events() -> None:
    assert not [e for e in events_of("Der Bürgermeister begrüßte die Gäste im Rathaus.") if e.type == "SUPPORT"]
    assert not events_of("Die Verkäufer trainierten den Umgang mit schwierigen Kunden.")


def test_attack_only_planned_is_dropped_but_alleged_planner_of_a_past_attack_is_kept() -> None:
    planned = events_of("Die Männer sind Mitglieder einer Vereinigung, welche möglicherweise einen Angriff auf den Bürgermeister plante.")
    assert not [e for e in planned if e.type == "ASSAULT"]
    past = events_of("Der Festgenommene soll den Angriff auf die Polizeiwache von Nordheim geplant haben.")
    assert [e.type for e in past if e.type == "ASSAULT"] == ["ASSAULT"]


def test_relative_clause_inside_a_dass_clause_takes_its_antecedent_as_subject() -> None:
    evs = events_of(
        "Im Mordfall Muster urteilte ein Gericht in Nordheim, dass der heute 53-Jährige, "
        "der die Frau im Sommer tötete, eine lebenslange Haftstrafe bekommt."
    )
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert [a.text for a in ev.actors] == ["der heute 53-Jährige"]
    assert [a.text for a in ev.targets] == ["die Frau"]


def _person_article(text: str, names: list[str]) -> Article:
    """PERSON entities whose mentions are every occurrence of the surname."""
    from newsgraph.record import Entity, Span

    ents = []
    for n, name in enumerate(names, 1):
        spans = []
        surname = name.split()[-1]
        start = text.find(surname)
        while start >= 0:
            full = text.startswith(name, start - len(name) + len(surname))
            first = start - len(name) + len(surname) if full else start
            spans.append(Span(first, start + len(surname), text[first : start + len(surname)]))
            start = text.find(surname, start + 1)
        ents.append(Entity(id=f"e{n}", type="PERSON", name=name, mentions=tuple(spans)))
    return Article(id="t", text=text, source=Source(), entities=tuple(ents))


def test_person_country_from_a_nationality_next_to_a_mention() -> None:
    text = (
        "Der italienische Journalist Marco Rossi ist tot. Rossi wurde am Montag in Nordheim erschossen. "
        "Der Unternehmer Jan Nowak aus Polen wurde festgenommen."
    )
    art = _person_article(text, ["Marco Rossi", "Jan Nowak"])
    evs = extract_events(Doc(article=art))
    shot = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country) for a in shot.targets] == [("Rossi", "ITA")]
    arrest = next(e for e in evs if e.type == "COERCE")
    assert [a.country for a in arrest.targets] == ["POL"]


def test_resolved_actor_layer_fills_country_and_sector() -> None:
    text = "Anna Berg kritisierte am Montag die Regierung Frankreichs."
    doc = Doc(article=_person_article(text, ["Anna Berg"]))
    doc.layers["resolve.actors"] = {"e1": {"country": "AUT", "sector": "PTY"}}
    ev = next(e for e in extract_events(doc) if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in ev.actors] == [("AUT", "PTY")]


def test_partitive_pronoun_is_coded_by_its_genitive() -> None:
    ev = next(e for e in events_of("Der Polizei gelang es am Dienstag, einen der wohl gefährlichsten Bosse der Mafia zu verhaften.") if e.type == "COERCE")
    assert [(a.text, a.sector) for a in ev.targets] == [("einen der wohl gefährlichsten Bosse der Mafia", "CRM")]


def test_later_mention_with_participants_joins_an_earlier_bare_mention_of_the_same_mode() -> None:
    evs = events_of(
        "Der Mann gilt als Drahtzieher einer Entführung im Jahr 2010. "
        "Damals wurden die Touristen von Rebellen in den Dschungel verschleppt."
    )
    abducts = [e for e in evs if e.type == "ASSAULT"]
    assert len(abducts) == 1, [e.trigger.text for e in abducts]
    assert abducts[0].mode == "abduct" and [a.text for a in abducts[0].actors] == ["Rebellen"]
    assert "Entführung" in {s.text for s in abducts[0].evidence}


def test_name_apposition_after_a_chain_of_attributes_and_an_abbreviation() -> None:
    ev = next(
        e for e in events_of(
            "Der Vertreter der Gewerkschaften im Aufsichtsrat der Bundesagentur für Arbeit (BA), Max Muster, "
            "hat in einem Interview die Regierung scharf kritisiert."
        ) if e.type == "ACCUSE"
    )
    assert [a.text for a in ev.actors] == ["Max Muster"]


def test_prosecutors_applying_for_a_trial_accuse() -> None:
    ev = next(e for e in events_of("Die Staatsanwaltschaft beantragte einen Prozess gegen den Soldaten.") if e.type == "ACCUSE")
    assert ev.mode == "allege"
    assert [(a.text, a.sector) for a in ev.actors] == [("Die Staatsanwaltschaft", "JUD")]
    assert [a.text for a in ev.targets] == ["den Soldaten"]
    assert not events_of("Der Verein beantragte einen Zuschuss bei der Stadt.")


def test_clause_initial_als_is_a_conjunction_and_the_next_sentence_supplies_the_shooter() -> None:
    evs = events_of(
        "Der Journalist Marco Rossi wurde im März erschossen, als er einen Konvoi begleitete. "
        "Der Konvoi hatte gerade eine Brücke erreicht, als Soldaten das Feuer auf die Wagen eröffneten."
    )
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1, [(e.trigger.text, e.actors, e.targets) for e in assault]
    assert [(a.text, a.sector) for a in assault[0].actors] == [("Soldaten", "MIL")]
    assert [a.text.startswith("Der Journalist") for a in assault[0].targets] == [True]


def test_complementary_mentions_of_different_modes_stay_apart() -> None:
    evs = events_of(
        "Zwei Männer wurden festgenommen, die beschuldigt werden, Mitglieder einer Bande zu sein. "
        "Die Polizei führte seit Monaten Ermittlungen."
    )
    assert len([e for e in evs if e.type == "ACCUSE"]) == 2, [(e.type, e.trigger.text) for e in evs]


def test_agentless_restatement_with_an_unnamed_victim_joins_the_previous_sentence() -> None:
    evs = events_of(
        "Rebellen töteten am Montag in Nordheim einen Bürgermeister. "
        "Der Mann wurde nach Angaben der Polizei in seinem Büro erschossen."
    )
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1, [(e.trigger.text, e.targets) for e in evs]


def test_definite_noun_does_not_join_an_event_of_another_mode() -> None:
    evs = events_of(
        "Eine Spezialeinheit durchsuchte am Montag ein Haus in Nordheim. "
        "Der Mann war nach der Verhaftung seines Rivalen zum Anführer der Bande aufgestiegen."
    )
    modes = sorted(str(e.mode) for e in evs if e.type == "COERCE")
    assert modes == ["arrest", "seize"], [(e.mode, e.trigger.text) for e in evs]


def test_turning_to_a_country_for_help_is_a_request_with_that_recipient() -> None:
    ev = next(e for e in events_of("Der Präsident Russlands wendet sich an China für Waffenlieferungen.") if e.type == "REQUEST")
    assert ev.mode == "assist"
    assert [(a.country, a.sector) for a in ev.targets] == [("CHN", "GOV")]
    assert not events_of("Das Blatt wendete sich gegen die Regierung.")


def test_bare_event_noun_in_a_temporal_phrase_is_background() -> None:
    evs = events_of("Der Präsident war erst im Oktober nach heftigen Unruhen wieder gewählt worden.")
    assert not [e for e in evs if e.type == "PROTEST"]
    evs = events_of("Tausende Studenten demonstrierten am Montag in Nordheim. Nach den Protesten trat der Minister zurück.")
    assert len([e for e in evs if e.type == "PROTEST"]) == 1


def test_stage_drops_events_below_its_minimum_confidence() -> None:
    from newsgraph.events.stage import MIN_CONFIDENCE, EventsStage

    text = "Die Polizei nahm am Montag in Nordheim drei Demonstranten fest."
    kept = Doc(article=Article(id="t", text=text, source=Source()))
    EventsStage(min_confidence=0.0)(kept)
    assert kept.article.events and 0.0 < MIN_CONFIDENCE < 1.0
    none = Doc(article=Article(id="t", text=text, source=Source()))
    EventsStage(min_confidence=1.01)(none)
    assert none.article.events == ()


def test_stage_keeps_only_ids_once_the_quantities_layer_exists() -> None:
    from newsgraph.events.stage import EventsStage

    text = "Die Polizei nahm am Montag in Nordheim 30 Demonstranten fest."
    bare = Doc(article=Article(id="t", text=text, source=Source()))
    EventsStage(min_confidence=0.0)(bare)
    assert bare.article.events[0].quantity == "30 Demonstranten"  # no quantities stage: surface text
    layered = Doc(article=Article(id="t", text=text, source=Source()))
    layered.provided.add("quantities")
    EventsStage(min_confidence=0.0)(layered)
    assert layered.article.events[0].quantity is None  # the layer has no such quantity: no dangling id


def test_text_fallbacks_never_dangle_once_the_id_layers_exist() -> None:
    """With times/quantities/entities provided (even empty), references are ids or None."""
    from newsgraph.doc import Doc
    from newsgraph.events.stage import _ids_only
    from newsgraph.io import article_from_text
    from newsgraph.record import Event, Span

    article = article_from_text("Die Polizei nahm gestern in Paderborn zehn Menschen fest.")
    raw = Event("v1", "COERCE", Span(4, 11, "Polizei"), place="Paderborn",
                quantity="zehn Menschen", time="gestern", time_basis="text")
    doc = Doc(article=article)
    assert _ids_only(doc, raw) == raw  # no id layers: the surface text is all there is
    doc.provided.update({"entities", "times", "quantities"})
    fixed = _ids_only(doc, raw)
    assert (fixed.place, fixed.quantity, fixed.time, fixed.time_basis) == (None, None, None, None)


def test_talks_with_only_one_known_side_are_not_coded() -> None:
    from newsgraph.events.extract import extract_mentions
    from newsgraph.events.lexicon import load_lexicon

    text = "Die Gespräche mit der Gewerkschaft dauerten bis in die Nacht."
    doc = Doc(article=Article(id="t", text=text, source=Source()))
    assert [m.type for m in extract_mentions(doc, load_lexicon())] == ["CONSULT"]
    assert not [e for e in events_of(text) if e.type == "CONSULT"]
    evs = events_of("Der polnische Außenminister traf sich am Montag in Berlin mit dem deutschen Kanzler.")
    assert [e for e in evs if e.type == "CONSULT"]


def test_comma_list_is_one_group_and_a_plural_pronoun_takes_its_named_member() -> None:
    text = (
        "Unter den Verschleppten waren auch Vater, Mutter und Sohn Kowalski aus Krakau. "
        "Später wurden sie von den Entführern auf eine Insel verschleppt."
    )
    article = _person_article(text, ["Kowalski"])
    ev = [e for e in extract_events(Doc(article=article)) if e.type in ("ASSAULT", "COERCE")]
    assert ev and any(t.country == "POL" for e in ev for t in e.targets)


def test_darunter_part_is_no_participant_and_a_passive_subject_was_questioned() -> None:
    evs = events_of("Bei dem Anschlag wurden 40 Menschen getötet, darunter mehrere kanadische Urlauber.")
    assert all(not e.targets for e in evs if e.type == "ASSAULT")
    evs = events_of("Der Mann wurde nach einem Verhör durch die Kriminalpolizei wieder freigelassen.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and any("Mann" in t.text for t in acc[0].targets)


def test_alleged_planner_of_an_attack_and_an_attribute_event_stays_apart() -> None:
    evs = events_of("Er soll den Bombenanschlag auf das Hotel geplant haben.")
    assert [e.type for e in evs] == ["ASSAULT"] and evs[0].stance == "alleged"
    evs = events_of(
        "Muster, einer der Drahtzieher der Anschläge von Madrid, wurde am Dienstag von der Polizei erschossen."
    )
    kill = [e for e in evs if e.trigger.text == "erschossen"]
    assert kill and not any(x.text.startswith("Anschl") for x in kill[0].evidence)


def test_definite_noun_with_another_named_participant_is_another_event() -> None:
    text = (
        "Die Polizei hat am Montag in Palermo den Clanchef Marco Bellini festgenommen. "
        "Bellini war nach der Verhaftung seines Rivalen Paolo Conti im Jahr 1999 aufgestiegen."
    )
    evs = [e for e in events_of(text) if e.type == "COERCE"]
    assert len(evs) == 2, [(e.trigger.text, [t.text for t in e.targets]) for e in evs]


def test_relative_pronoun_is_the_subject_of_its_zu_infinitive_and_a_name_is_no_month() -> None:
    from newsgraph.events.analysis import Tok
    from newsgraph.events.arguments import _time_word

    assert not _time_word(Tok(0, 0, 4, "Mair", "Mai", "NE"))
    assert _time_word(Tok(0, 0, 6, "Nächte", "Nacht", "NN"))
    text = (
        "Die Jury befand Jan Kowalski, der am 3. März, kurz vor der Wahl, einen Polizisten "
        "erschossen zu haben, schuldig."
    )
    evs = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert evs and any("Kowalski" in a.text for a in evs[0].actors)
