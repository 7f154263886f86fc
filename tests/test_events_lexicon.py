"""The trigger and agent lexicons: coverage of PLOVER, validation, actor coding."""

from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError
from newsgraph.events.agents import agent_tables
from newsgraph.events.lexicon import PLOVER_TYPES, load_lexicon, parse_lexicon


def test_every_plover_type_has_verb_and_noun_triggers() -> None:
    lex = load_lexicon()
    verb_types = {e.type for e in lex.verbs.values()} | {v.type for e in lex.verbs.values() for v in e.variants}
    noun_types = {e.type for e in lex.nouns.values()} | {v.type for e in lex.nouns.values() for v in e.variants}
    assert set(PLOVER_TYPES) <= verb_types | noun_types
    assert len(PLOVER_TYPES) == 16
    for t in ("CONSULT", "COERCE", "ASSAULT", "PROTEST", "REQUEST", "ACCUSE"):
        assert t in verb_types and t in noun_types


def test_triggers_named_in_the_issue_are_covered() -> None:
    lex = load_lexicon()
    for verb in ("empfangen", "zusammentreffen", "unterzeichnen", "entsenden", "verlegen", "fordern", "drohen", "protestieren", "festnehmen"):
        assert lex.verb(verb) is not None, verb
    for noun in ("Gespräche", "Abkommen", "Festnahmen", "Anschlag", "Beschuss", "Sanktionen", "Militärgespräche"):
        assert lex.noun(noun) is not None, noun
    entry, prefix = lex.noun("Bombenanschlag") or (None, "")
    assert entry is not None and entry.type == "ASSAULT" and prefix == "bomben"


def test_particle_verbs_and_cameo_codes() -> None:
    lex = load_lexicon()
    assert lex.verb("festnehmen").mode == "arrest"  # type: ignore[union-attr]
    assert lex.verb("empfangen").cameo == "043"  # type: ignore[union-attr]
    assert lex.frame(lex.verb("zusammentreffen")).reciprocal  # type: ignore[arg-type]


def test_bad_modes_and_types_are_rejected() -> None:
    base = {"frames": {"agentive": {}}}
    with pytest.raises(ConfigError, match="not a PLOVER mode"):
        parse_lexicon({**base, "verbs": {"treffen": {"type": "CONSULT", "mode": "arrest"}}})
    with pytest.raises(ConfigError, match="unknown PLOVER type"):
        parse_lexicon({**base, "verbs": {"treffen": {"type": "MEET"}}})
    with pytest.raises(ConfigError, match="unknown frame"):
        parse_lexicon({**base, "verbs": {"treffen": {"type": "CONSULT", "frame": "nope"}}})


def test_lexicon_file_can_be_replaced(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lex.yaml"
    path.write_text("frames: {agentive: {}}\nverbs:\n  umarmen: {type: SUPPORT, cameo: '051'}\n", encoding="utf-8")
    lex = load_lexicon(path)
    assert lex.verb("umarmen") is not None and lex.verb("festnehmen") is None
    with pytest.raises(ConfigError):
        load_lexicon(tmp_path / "missing.yaml")


def test_agent_nouns_and_country_words() -> None:
    t = agent_tables()
    assert t.sector_of_noun("Polizei") == "POL"
    assert t.sector_of_noun("Verteidigungsminister") == "GOV"
    assert t.sector_of_noun("Militärbauarbeiter") == "MIL"
    assert t.sector_of_noun("Regierungstruppen") == "MIL"
    assert t.country_of_adjective("nordkoreanische") == "PRK"
    assert t.country_of_adjective("russischer") == "RUS"
    assert t.country_of_name("Russlands") == "RUS"
    assert t.country_of_name("DVRK") == "PRK"
    assert t.organisations["un-sicherheitsrat"] == ("UNO", "IGO")
