"""Event extraction on small fictional German examples (no other stage needed)."""

from __future__ import annotations

import pytest

from newsgraph.doc import Doc
from newsgraph.errors import PipelineError
from newsgraph.events.stage import EventsStage, extract_events
from newsgraph.pipeline import Pipeline
from newsgraph.record import Article, Block, Claim, Event, Source, Span


def events_of(text: str, **kw: object) -> list[Event]:
    article = Article(id="t", text=text, source=Source(published="2024-05-06"), **kw)  # type: ignore[arg-type]
    return extract_events(Doc(article=article))


def only(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_empfing_visitor_is_actor_host_is_recipient() -> None:
    ev = only(events_of("Der russische Außenminister empfing am Montag in Moskau eine Delegation chinesischer Diplomaten."), "CONSULT")
    assert ev.mode == "visit" and ev.cameo == "043"
    assert [(a.country, a.sector) for a in ev.actors] == [("CHN", "GOV")]
    assert [(a.country, a.sector) for a in ev.targets] == [("RUS", "GOV")]
    assert ev.place == "Moskau" and ev.time == "am Montag" and ev.time_basis == "text"


def test_trafen_zusammen_is_reciprocal() -> None:
    ev = only(events_of("Die Außenminister Polens und Litauens trafen am Dienstag in Warschau zusammen."), "CONSULT")
    assert ev.reciprocal
    assert {a.country for a in ev.actors} == {"POL", "LTU"}
    assert ev.targets == ()


def test_gespraeche_zwischen_x_und_y() -> None:
    ev = only(events_of("In Brüssel begannen am Mittwoch Gespräche zwischen Serbien und Albanien."), "CONSULT")
    assert ev.reciprocal and {a.country for a in ev.actors} == {"SRB", "ALB"}


def test_unterzeichneten_abkommen() -> None:
    ev = only(events_of("Die Präsidenten Kenias und Ugandas unterzeichneten am Freitag ein Abkommen über eine Pipeline."), "SUPPORT")
    assert ev.cameo == "057" and ev.reciprocal
    assert {a.country for a in ev.actors} == {"KEN", "UGA"}


def test_entsenden_announced_is_future_and_verlegt_is_mobilize() -> None:
    ev = only(events_of("Das ukrainische Verteidigungsministerium kündigte an, 3.000 Soldaten in die Grenzregion zu entsenden."), "MOBILIZE")
    assert ev.stance == "future" and ev.mode == "troops"
    assert any(a.country == "UKR" for a in ev.actors)
    ev2 = only(events_of("Die polnische Armee verlegte zwei Panzerbataillone an die Grenze."), "MOBILIZE")
    assert ev2.actors[0].country == "POL" and ev2.actors[0].sector == "MIL"


def test_festnahmen_and_police() -> None:
    ev = only(events_of("Die Polizei nahm am Sonntag in Hamburg fünf Männer fest."), "COERCE")
    assert ev.mode == "arrest" and ev.cameo == "173"
    assert (ev.actors[0].country, ev.actors[0].sector) == ("DEU", "POL")
    assert ev.targets[0].text == "fünf Männer"
    noun = only(events_of("Nach den Festnahmen von drei Aktivisten durch die türkische Polizei protestierten Studenten."), "COERCE")
    assert noun.actors[0].country == "TUR" and noun.targets and noun.targets[0].sector == "OPP"


def test_anschlag_with_victims_as_quantity() -> None:
    ev = only(events_of("Bei einem Anschlag auf eine Polizeistation in Kabul wurden mindestens zwölf Menschen getötet."), "ASSAULT")
    assert [t.sector for t in ev.targets] == ["POL"]
    assert ev.quantity is not None and "zwölf Menschen" in ev.quantity
    assert ev.place == "Kabul"


def test_beschuss_and_sanctions() -> None:
    ev = only(events_of("Syrische Regierungstruppen beschossen am Sonntag Stellungen der Rebellen."), "ASSAULT")
    assert (ev.actors[0].country, ev.actors[0].sector) == ("SYR", "MIL")
    ev2 = only(events_of("Die Europäische Union verhängte am Montag neue Sanktionen gegen Belarus."), "SANCTION")
    assert ev2.actors[0].country == "EUR" and ev2.targets[0].country == "BLR"


def test_forderte_drohte_protestierten() -> None:
    req = events_of("Die Opposition forderte den Rücktritt des Innenministers.")
    assert [e.type for e in req] == ["REQUEST"]  # the resignation is demanded, not done
    assert req[0].actors[0].sector == "OPP"
    thr = only(events_of("Nordkorea drohte Südkorea mit Vergeltung."), "THREATEN")
    assert thr.actors[0].country == "PRK" and thr.targets[0].country == "KOR"
    pro = only(events_of("Tausende Studenten protestierten am Samstag in Madrid gegen die Regierung."), "PROTEST")
    assert pro.mode == "demo" and pro.place == "Madrid" and pro.targets[0].country == "ESP"


def test_passive_von_agent() -> None:
    ev = only(events_of("Der Journalist wurde von Soldaten der Armee verschleppt."), "ASSAULT")
    assert ev.mode == "abduct"
    assert ev.actors[0].sector == "MIL" and ev.targets[0].sector == "MED"


def test_reciprocal_fighting_between() -> None:
    ev = only(events_of("Bei heftigen Kämpfen zwischen der Armee und Rebellen starben im Norden zehn Menschen."), "ASSAULT")
    assert ev.reciprocal and {a.sector for a in ev.actors} == {"MIL", "REB"}


def test_event_inside_alleged_claim_inherits_stance() -> None:
    text = "Die Regierung behauptete, Rebellen hätten ein Dorf im Süden angegriffen."
    start = text.index("Rebellen")
    claim = Claim(id="c1", content=Span(start, len(text) - 1, text[start:-1]), form="indirect", stance="alleged")
    ev = only(events_of(text, claims=(claim,)), "ASSAULT")
    assert ev.claim == "c1" and ev.stance == "alleged"
    local = only(events_of("Rebellen sollen angeblich ein Dorf angegriffen haben."), "ASSAULT")
    assert local.stance == "alleged" and local.claim is None


def test_negation_and_accident_give_no_event() -> None:
    assert events_of("Die Polizei nahm den Mann nicht fest.") == []
    assert events_of("Zehn Soldaten wurden bei einem Hubschrauberabsturz getötet.") == []


def test_headline_and_body_merge_and_non_content_is_skipped() -> None:
    title = "Polizei nimmt Bankräuber fest"
    body = "Die Polizei hat am Montag in Köln einen mutmaßlichen Bankräuber festgenommen."
    caption = "Soldaten griffen das Dorf an."
    text = f"{title}\n\n{body}\n\n{caption}"
    b1 = len(title) + 2
    b2 = b1 + len(body) + 2
    blocks = (Block("title", 0, len(title)), Block("body", b1, b1 + len(body)), Block("caption", b2, len(text)))
    evs = events_of(text, blocks=blocks)
    assert [e.type for e in evs] == ["COERCE"]
    ev = evs[0]
    assert ev.trigger.text == "festgenommen"
    assert any(s.text == "nimmt" for s in ev.evidence)
    assert 0.0 <= ev.confidence <= 1.0


def test_published_date_is_only_a_flagged_fallback() -> None:
    ev = only(events_of("Die Polizei verhaftete einen Bankräuber."), "COERCE")
    assert ev.time is None and ev.time_basis == "published"


def test_stage_contract_and_direct_call() -> None:
    stage = EventsStage()
    assert stage.name == "events" and stage.provides == ("events",)
    assert set(stage.requires) == {"tokens", "entities", "times", "quantities", "claims"}
    with pytest.raises(PipelineError):
        Pipeline([stage])  # the runner refuses the stage without its inputs
    doc = Doc(article=Article(id="p", text="Die Armee griff am Montag Stellungen der Rebellen an."))
    stage(doc)  # called directly it degrades to its own fallbacks
    assert [e.type for e in doc.article.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Die Regierung lehnte den Vorschlag der Opposition ab.", "REJECT"),
        ("Der König begnadigte den verurteilten Journalisten.", "CONCEDE"),
        ("Die Rebellen ließen die Geiseln am Dienstag frei.", "RETREAT"),
        ("Das Gericht verurteilte den Angeklagten zu zehn Jahren Haft.", "SANCTION"),
        ("Die Staatsanwaltschaft erhob Anklage gegen den Bürgermeister.", "ACCUSE"),
        ("Die Polizei durchsuchte die Wohnung des Verdächtigen.", "COERCE"),
    ],
)
def test_more_types(text: str, type_: str) -> None:
    assert type_ in [e.type for e in events_of(text)]


def test_threatened_sanctions_are_not_imposed() -> None:
    evs = events_of("Die Regierung in Washington drohte Russland mit neuen Sanktionen.")
    assert [e.type for e in evs] == ["THREATEN"]
    assert evs[0].actors[0].country == "USA" and evs[0].targets[0].country == "RUS"


def test_passive_light_verb_keeps_the_recipient() -> None:
    ev = only(events_of("Gegen den Bürgermeister von Lyon wurde am Montag Anklage wegen Bestechung erhoben."), "ACCUSE")
    assert ev.mode == "allege" and ev.actors == ()
    assert ev.targets and ev.targets[0].sector == "GOV"


def test_denied_and_wished_events() -> None:
    ev = only(events_of("Das Verteidigungsministerium bestritt, Truppen an die Grenze verlegt zu haben."), "MOBILIZE")
    assert ev.stance == "denied"
    assert events_of("Die Stadt hofft, dass weitere Soldaten entsendet werden.") == []


def test_sein_perfect_of_intransitive_verbs_is_not_passive() -> None:
    ev = only(events_of("Der Innenminister von Bayern ist am Sonntag zurückgetreten."), "RETREAT")
    assert ev.mode == "resign" and ev.actors and ev.actors[0].sector == "GOV" and ev.targets == ()
    arrest = only(events_of("Zwei Journalisten sind in Ankara inhaftiert."), "COERCE")
    assert arrest.targets and arrest.actors == ()


def test_zusammenarbeit_needs_both_sides() -> None:
    ev = only(events_of("Er lobte die Zusammenarbeit von polnischen Soldaten und deutschen Polizisten."), "COOPERATE")
    assert ev.reciprocal and {a.country for a in ev.actors} == {"POL", "DEU"}
    assert not [e for e in events_of("Die Zusammenarbeit sei schwierig gewesen.") if e.type == "COOPERATE"]


def test_rejecting_a_motion_of_the_defence_has_the_defence_as_recipient() -> None:
    ev = only(events_of("Die Richterin lehnte am Freitag den Antrag der Verteidigung ab."), "REJECT")
    assert ev.actors[0].sector == "JUD" and ev.targets and ev.targets[0].sector == "CVL"
