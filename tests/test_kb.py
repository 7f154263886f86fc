"""The knowledge base: shipped data, dated roles, user files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError
from newsgraph.kb import ENV_VAR, PHOENIX_AS_OF, KBRole, cameo_sectors, load_kb


def test_countries_have_codes_qids_and_german_names() -> None:
    kb = load_kb()
    for name in ("Nordkorea", "North Korea", "Demokratische Volksrepublik Korea"):
        e = kb.find_one(name)
        assert e is not None and e.id == "PRK", name
        assert e.ids["wikidata"] == "Q423"
    assert kb.country("DEU") is not None and kb.country("DEU").ids["iso3"] == "DEU"  # type: ignore[union-attr]


def test_country_entries_are_the_geo_country_table() -> None:
    from newsgraph.geo.countries import country_index
    from newsgraph.kb.loader import country_entries

    table = country_index().countries
    entries = {e.id: e for e in country_entries()}
    assert set(entries) == set(table)
    for iso3 in ("DEU", "PRK", "CIV"):
        e, c = entries[iso3], table[iso3]
        assert (e.type, e.actor_type, e.country, e.name) == ("GPE", "state", iso3, c.name_en)
        assert e.names[0] == c.name_de and len(set(e.names)) == len(e.names) and "" not in e.names


@pytest.mark.parametrize(
    ("surface", "name", "atype"),
    [("KCNA", "Korean Central News Agency", "news_agency"),
     ("Koreanische Zentrale Nachrichtenagentur", "Korean Central News Agency", "news_agency"),
     ("RIA Nowosti", "RIA Novosti", "news_agency"), ("dpa", "Deutsche Presse-Agentur", "news_agency"),
     ("Vereinte Nationen", "United Nations", "igo"), ("OSZE", None, "igo"),
     ("BND", "Bundesnachrichtendienst", "intelligence"),
     ("Volksbefreiungsarmee", "People's Liberation Army", "military"),
     ("IADB", "Inter-American Development Bank", "igo"),
     ("Interamerikanische Entwicklungsbank", "Inter-American Development Bank", "igo")],
)
def test_organisations(surface: str, name: str | None, atype: str) -> None:
    e = load_kb().find_one(surface)
    assert e is not None, surface
    if name:
        assert e.name == name
    assert e.actor_type == atype


def test_acronyms_match_case_sensitively() -> None:
    kb = load_kb()
    assert kb.find_one("AP") is not None
    assert kb.find("ap") == [] or all(e.name != "Associated Press" for e in kb.find("ap"))


def test_people_have_dated_roles_never_current_after_source_date() -> None:
    kb = load_kb()
    e = kb.find_one("Sergei Schoigu", "PERSON")
    assert e is not None and e.name == "Sergey Shoygu"
    role = e.roles[0]
    assert role.country == "RUS" and role.sector == "GOVMIL"
    assert role.holds_on("2010-06-01") is True
    assert role.holds_on("2001-01-01") is False
    assert role.holds_on("2024-11-06") is None  # open-ended role: unknown after 2014-01-30
    assert e.roles_on("2024-11-06") == ()
    assert role.as_of == PHOENIX_AS_OF


def test_closed_role() -> None:
    r = KBRole(code="RUSGOV", country="RUS", sector="GOV", start="1999-08-09", end="2000-05-07")
    assert r.holds_on("2000-01-01") is True and r.holds_on("2001-01-01") is False


def test_bare_surname_never_identifies_a_kb_person() -> None:
    assert load_kb().find_one("Putin", "PERSON") is None


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [("RUSGOVMIL", "RUS", "GOVMIL"), ("BHSGOVMED", "BHS", "GOVMED"), ("IGOUNO", None, None),
     ("USAGOVHLH", "USA", "GOVHLH"), ("PRKGOV", "PRK", "GOV"), ("DEUCOP", "DEU", "POL")],
)
def test_cameo_sectors(code: str, country: str | None, sector: str | None) -> None:
    assert cameo_sectors(code) == (country, sector)


@pytest.mark.parametrize(
    ("word", "stem", "sector"),
    [("Verteidigungsministers", "verteidigungsminister", "GOVMIL"),
     ("Außenminister", "aussenminister", "GOV"), ("Präsidenten", "president", "GOV"),
     ("Polizeichef", "polizeichef", "POL"), ("Landwirtschaftsministerin", "landwirtschaftsminister", "GOVAGR"),
     ("Botschafterin", "botschafter", "GOV")],
)
def test_role_nouns(word: str, stem: str, sector: str) -> None:
    sense = load_kb().role(word)
    assert sense is not None and sense.stem == stem and sense.sector == sector


def test_not_role_nouns() -> None:
    kb = load_kb()
    assert kb.role("Ministerium") is None and kb.role("Verwaltung") is None
    assert kb.actor_type("Verteidigungsministerium").id == "ministry"  # type: ignore[union-attr]
    assert kb.actor_type("Geheimdienst").id == "intelligence"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("Fernsehsenders", "broadcaster"),  # a case ending on the compound (session 19)
        ("Magazins", "magazine"),
        ("Zeitungen", "newspaper"),
        ("Regierungen", "government"),
        ("Innenministeriums", "ministry"),
        ("Amts", None),  # too short to lose its ending
        ("Flugblatt", None),  # no medium
    ],
)
def test_actor_type_nouns_with_case_endings(noun: str, kind: str | None) -> None:
    found = load_kb().actor_type(noun)
    assert (found.id if found else None) == kind


def test_the_press_is_in_the_kb() -> None:
    kb = load_kb()
    spiegel = kb.find_one("Spiegel", "ORG")
    assert spiegel is not None and spiegel.actor_type == "magazine" and spiegel.sector == "MED"
    assert kb.find_one("FAZ", "ORG") is not None and kb.find_one("Tass", "ORG") is not None
    # common nouns are no aliases: `Welt` may be the world, `Presse` the press
    assert kb.find_one("Presse", "ORG") is None


def test_user_yaml_and_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mine.yaml").write_text(
        "- name: Ostland Press Service\n  names: [OPS, Ostländischer Pressedienst]\n"
        "  actor_type: news_agency\n  sector: MED\n  country: XOS\n", encoding="utf-8")
    (tmp_path / "people.csv").write_text(
        "name,type,names,country,code,role_start,role_end\n"
        "Vera Fiktiva,PERSON,V. Fiktiva|Wera Fiktiwa,XOS,XOSGOVMIL,2020-01-01,\n",
        encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    kb = load_kb(include_people=False)
    assert kb.find_one("Ostländischer Pressedienst").name == "Ostland Press Service"  # type: ignore[union-attr]
    assert kb.find_one("OPS").actor_type == "news_agency"  # type: ignore[union-attr]
    p = kb.find_one("Wera Fiktiwa", "PERSON")
    assert p is not None and p.roles[0].sector == "GOVMIL" and p.roles[0].start == "2020-01-01"
    monkeypatch.delenv(ENV_VAR)
    assert load_kb(include_people=False).find_one("OPS") is None


def test_bad_user_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_kb([tmp_path / "missing.yaml"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("- names: [X]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no 'name'"):
        load_kb([bad])


def test_role_sectors_follow_phoenix(shared_data: Path) -> None:
    """Every role noun that cites a Phoenix agent entry carries that entry's sector."""
    import yaml

    from newsgraph.kb.loader import _RENAME

    agents: dict[str, str] = {}
    path = shared_data / "events" / "cameo_dictionaries" / "Phoenix.agents.txt"
    for line in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z_'\-]+?)_?\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if m:
            agents.setdefault(m.group(1), m.group(2))
    roles_file = Path(__file__).resolve().parent.parent / "newsgraph" / "kb" / "data" / "roles_de.yaml"
    rows = yaml.safe_load(roles_file.read_text(encoding="utf-8"))
    checked = 0
    for r in rows:
        if not r.get("phoenix"):
            continue
        code = agents.get(r["phoenix"]) or agents.get(r["phoenix"] + "ER")
        assert code is not None, r["phoenix"]
        expected = "".join(_RENAME.get(code[i:i + 3], code[i:i + 3]) for i in range(0, len(code), 3))
        assert r["sector"] == expected, (r["de"], code)
        checked += 1
    assert checked >= 30


def test_a_noun_that_only_ends_like_a_role_is_none() -> None:
    kb = load_kb()
    # `Nachrichten` is no `Nachrichter`: only adjectival nouns take the `-r` of `ein Gesandter`
    assert kb.role("Internet-Nachrichten") is None and kb.role("Nachrichten") is None
    sense = kb.role("Abgeordneten")
    assert sense is not None and sense.stem.startswith("abgeordnete")
    assert kb.role("Richtern") is not None
