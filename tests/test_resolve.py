"""The resolve stage on fictional articles with hand-made mentions (no NER needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.doc import Doc, Mention
from newsgraph.pipeline import BaseStage, Pipeline
from newsgraph.record import Article, Entity
from newsgraph.resolve.stage import ResolveStage

TEXT_A = (
    "Der Außenminister der Republik Ostland (RO), Pavel Kostrow, traf am Montag in Berlin den "
    "deutschen Verteidigungsminister Boris Pistorius. Wie die Deutsche Presse-Agentur (dpa) "
    "berichtete, sprachen beide über die Lage der Republik Ostland. Kostrow sagte, der Minister "
    "habe Unterstützung zugesagt. Die Nachrichtenagentur zitierte zudem einen Sprecher des "
    "Bundesnachrichtendienstes (BND). Der Geheimdienst wollte sich nicht äußern. Laut dpa reist "
    "Kostrow am Dienstag nach Moskau, wo er den russischen Außenminister Sergej Lawrow treffen "
    "will. Lawrow hatte RO zuletzt 2019 besucht. Der Sprecher der Regierung Ostlands, Ivan "
    "Kostrow, widersprach. In einer englischen Erklärung nannte Sergei Lavrov das Treffen "
    "nützlich; Russlands Botschaft bestätigte es."
)
MENTIONS_A = [
    ("Republik Ostland", "GPE"), ("RO", "GPE"), ("Pavel Kostrow", "PERSON"), ("Berlin", "GPE"),
    ("Boris Pistorius", "PERSON"), ("Deutsche Presse-Agentur", "ORG"), ("dpa", "ORG"),
    ("Kostrow", "PERSON"), ("Bundesnachrichtendienstes", "ORG"), ("BND", "ORG"),
    ("Moskau", "GPE"), ("Sergej Lawrow", "PERSON"), ("Lawrow", "PERSON"),
    ("Ostlands", "GPE"), ("Ivan Kostrow", "PERSON"), ("Sergei Lavrov", "PERSON"),
    ("Russlands", "GPE"), ("deutschen", "NORP"), ("russischen", "NORP"),
]

TEXT_B = (
    "Die WFO (Weltfischereiorganisation) hat ihre Fangquoten gesenkt. Die Generalsekretärin der "
    "WFO, Maria Sandoval, sagte in Rom, die Organisation sehe keine Alternative. Sandoval "
    "verwies auf Daten des Nordatlantischen Meeresinstituts (NAMI). Das Institut habe seine "
    "Zahlen im März veröffentlicht, sagte die Generalsekretärin. Die Nachrichtenagentur Reuters "
    "meldete, Fischer in Nordkorea und in der Demokratischen Volksrepublik Korea seien betroffen. "
    "Der staatliche Rundfunk (ORB) berichtete ausführlich."
)
MENTIONS_B = [
    ("WFO", "ORG"), ("Weltfischereiorganisation", "ORG"), ("Maria Sandoval", "PERSON"),
    ("Rom", "GPE"), ("Sandoval", "PERSON"), ("Nordatlantischen Meeresinstituts", "ORG"),
    ("NAMI", "ORG"), ("Reuters", "ORG"), ("Nordkorea", "GPE"),
    ("Demokratischen Volksrepublik Korea", "GPE"), ("ORB", "ORG"),
]


def make_doc(text: str, spec: list[tuple[str, str]]) -> Doc:
    mentions: list[Mention] = []
    taken: set[int] = set()
    for surface, label in sorted(spec, key=lambda s: -len(s[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if taken & set(range(m.start(), m.end())):
                continue
            taken |= set(range(m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), surface, label))
    mentions.sort(key=lambda m: m.start)
    return Doc(article=Article(id="t", text=text), mentions=mentions)


def resolved(text: str, spec: list[tuple[str, str]]) -> Doc:
    doc = make_doc(text, spec)
    ResolveStage()(doc)
    return doc


def entity_of(doc: Doc, surface: str, nth: int = 0) -> Entity:
    hits = [m for m in doc.mentions if m.text == surface]
    eid = hits[nth].entity
    assert eid is not None, surface
    e = doc.article.entity(eid)
    assert e is not None
    return e


@pytest.fixture(scope="module")
def doc_a() -> Doc:
    return resolved(TEXT_A, MENTIONS_A)


@pytest.fixture(scope="module")
def doc_b() -> Doc:
    return resolved(TEXT_B, MENTIONS_B)


def test_ids_in_order_of_first_mention(doc_a: Doc) -> None:
    ents = doc_a.article.entities
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in ents]
    assert firsts == sorted(firsts)


def test_every_mention_resolved_with_exact_offsets(doc_a: Doc) -> None:
    for m in doc_a.mentions:
        assert m.entity is not None
        assert TEXT_A[m.start:m.end] == m.text
    for e in doc_a.article.entities:
        for s in e.mentions:
            assert TEXT_A[s.start:s.end] == s.text


def test_acronym_defined_in_parentheses(doc_a: Doc, doc_b: Doc) -> None:
    assert entity_of(doc_a, "RO") is entity_of(doc_a, "Republik Ostland")
    assert entity_of(doc_a, "BND") is entity_of(doc_a, "Bundesnachrichtendienstes")
    assert entity_of(doc_b, "WFO") is entity_of(doc_b, "Weltfischereiorganisation")  # ACR (Long)
    assert entity_of(doc_b, "NAMI") is entity_of(doc_b, "Nordatlantischen Meeresinstituts")


def test_an_acronym_the_article_defines_means_its_long_form_not_the_kbs() -> None:
    # the KB knows `SWR` as Russia's foreign intelligence service; here it is the broadcaster
    text = (
        "Nach Angaben des Südwestrundfunks (SWR) ermittelt die Staatsanwaltschaft. Der SWR "
        "berichtete zuerst."
    )
    doc = resolved(text, [("Südwestrundfunks", "ORG"), ("SWR", "ORG")])
    swr = entity_of(doc, "SWR", 1)
    assert swr is entity_of(doc, "Südwestrundfunks") and swr.name == "Südwestrundfunk"
    # undefined, the acronym keeps what the KB says
    doc = resolved("Der russische Auslandsgeheimdienst SWR warnte.", [("SWR", "ORG")])
    assert entity_of(doc, "SWR").name == "Foreign Intelligence Service of Russia"


def test_inflected_forms_merge(doc_a: Doc) -> None:
    ostland = entity_of(doc_a, "Republik Ostland")
    assert entity_of(doc_a, "RO", 1) is ostland
    bnd = entity_of(doc_a, "BND")
    assert bnd.name == "Bundesnachrichtendienst"  # KB canonical name, nominative


def test_surname_goes_to_the_person_introduced_before(doc_a: Doc) -> None:
    pavel = entity_of(doc_a, "Pavel Kostrow")
    ivan = entity_of(doc_a, "Ivan Kostrow")
    assert pavel is not ivan
    assert entity_of(doc_a, "Kostrow", 0) is pavel
    assert entity_of(doc_a, "Kostrow", 1) is pavel


def test_transliteration_variants_merge(doc_a: Doc) -> None:
    lawrow = entity_of(doc_a, "Sergej Lawrow")
    assert entity_of(doc_a, "Sergei Lavrov") is lawrow
    assert entity_of(doc_a, "Lawrow") is lawrow


def test_canonical_names_and_ids(doc_a: Doc, doc_b: Doc) -> None:
    assert entity_of(doc_a, "Russlands").name == "Russia"
    assert entity_of(doc_a, "Russlands").ids["iso3"] == "RUS"
    assert entity_of(doc_a, "Russlands").ids["wikidata"] == "Q159"
    dpa = entity_of(doc_a, "dpa")
    assert dpa is entity_of(doc_a, "Deutsche Presse-Agentur")
    assert dpa.name == "Deutsche Presse-Agentur"
    nk = entity_of(doc_b, "Nordkorea")
    assert entity_of(doc_b, "Demokratischen Volksrepublik Korea") is nk
    assert nk.name == "North Korea" and nk.type == "GPE"
    assert entity_of(doc_b, "Maria Sandoval").name == "Maria Sandoval"  # fullest form


def test_places_get_geo(doc_a: Doc) -> None:
    moscow = entity_of(doc_a, "Moskau")
    assert moscow.name == "Moscow" and moscow.geo is not None
    assert moscow.geo.country == "RUS" and 55 < moscow.geo.lat < 56


def test_nominal_anaphora(doc_a: Doc, doc_b: Doc) -> None:
    def described(doc: Doc, phrase: str) -> Entity:
        m = next(m for m in doc.mentions if m.text == phrase and m.source == "coref")
        e = doc.article.entity(m.entity or "")
        assert e is not None
        return e

    assert described(doc_a, "der Minister") is entity_of(doc_a, "Boris Pistorius")
    assert described(doc_a, "Die Nachrichtenagentur") is entity_of(doc_a, "dpa")
    assert described(doc_a, "Der Geheimdienst") is entity_of(doc_a, "BND")
    # "Die Nachrichtenagentur Reuters": the noun belongs to the name's own phrase
    assert not any(m.text == "Die Nachrichtenagentur" for m in doc_b.mentions)
    assert described(doc_b, "Der staatliche Rundfunk") is entity_of(doc_b, "ORB")
    assert described(doc_b, "Das Institut") is entity_of(doc_b, "NAMI")
    assert described(doc_b, "die Generalsekretärin") is entity_of(doc_b, "Maria Sandoval")


def test_a_feminine_title_refers_to_no_man_with_the_masculine_one() -> None:
    # German titles mark their bearer's gender: `die Politikerin` is not `Kanzler Frank Ott`
    text = ("Kanzler Frank Ott (CDU) soll intern von Theater gesprochen haben. Die Opposition "
            "protestierte. Ihre Sprecherin Jana Wolf forderte einen Beschluss, kündigte die "
            "Grünen-Politikerin an. Der Politiker schwieg.")
    doc = resolved(text, [("Frank Ott", "PERSON"), ("CDU", "ORG"), ("Jana Wolf", "PERSON")])
    coref = {m.text: m.entity for m in doc.mentions if m.source == "coref"}
    ott = entity_of(doc, "Frank Ott").id
    assert coref.get("Der Politiker") == ott
    assert coref.get("die Grünen-Politikerin") != ott


def test_a_party_member_description_refers_to_no_one_of_another_party() -> None:
    text = ("Ministerin Anna Voß (CDU) erhöht den Druck. Ihre Sprecherin Jana Wolf forderte "
            "einen Beschluss, kündigte die Grünen-Politikerin an.")
    doc = resolved(text, [("Anna Voß", "PERSON"), ("CDU", "ORG"), ("Jana Wolf", "PERSON")])
    coref = {m.text: m.entity for m in doc.mentions if m.source == "coref"}
    assert coref.get("die Grünen-Politikerin") != entity_of(doc, "Anna Voß").id


def test_roles_from_appositions_and_titles(doc_a: Doc, doc_b: Doc) -> None:
    roles = {(r.person, r.role): r for r in doc_a.article.roles}
    kostrow = entity_of(doc_a, "Pavel Kostrow").id
    r = roles[(kostrow, "Außenminister")]
    assert r.org == entity_of(doc_a, "Republik Ostland").id and r.sector == "GOV"
    assert TEXT_A[r.start:r.end] == r.text and r.text.endswith("Pavel Kostrow")
    pistorius = entity_of(doc_a, "Boris Pistorius").id
    r = roles[(pistorius, "Verteidigungsminister")]
    assert r.sector == "GOV"  # CAMEO's ~GOVMIL: primary GOV
    assert r.org is None or doc_a.article.entity(r.org).ids.get("iso3") == "DEU"  # type: ignore[union-attr]
    lawrow = entity_of(doc_a, "Sergej Lawrow")
    r = roles[(lawrow.id, "Außenminister")]
    assert r.org == entity_of(doc_a, "Russlands").id  # from the adjective "russischen"
    ivan = entity_of(doc_a, "Ivan Kostrow").id
    assert roles[(ivan, "Sprecher der Regierung")].org == entity_of(doc_a, "Ostlands").id
    sandoval = entity_of(doc_b, "Maria Sandoval").id
    assert any(r.person == sandoval and r.role == "Generalsekretär" for r in doc_b.article.roles)


def test_merges_are_explained(doc_a: Doc) -> None:
    merges = doc_a.layers["resolve.merges"]
    assert any(m["rule"] == "acronym" and {m["a"], m["b"]} == {"Republik Ostland", "RO"}
               for m in merges)
    assert all(m["reason"] for m in merges)


def test_stage_in_pipeline() -> None:
    class FakeMentions(BaseStage):
        name = "fake"
        provides = ("mentions",)

        def __call__(self, doc: Doc) -> None:
            doc.mentions = make_doc(doc.text, MENTIONS_B).mentions

    art = Pipeline([FakeMentions(), ResolveStage()]).run(Article(id="b", text=TEXT_B))
    assert art.entities and art.roles
    assert art.to_dict()["roles"][0]["person"].startswith("e")
    assert Article.from_json(art.to_json()) == art


def test_empty_and_non_content_mentions() -> None:
    doc = Doc(article=Article(id="x", text="Nichts."))
    ResolveStage()(doc)
    assert doc.article.entities == () and doc.article.roles == ()


def test_definition_with_leading_modifier() -> None:
    text = ("Der renommierte Nationale Forschungsrat (NFR) legte am Montag seinen Bericht vor. "
            "Der NFR warnte vor Kürzungen.")
    doc = resolved(text, [("renommierte Nationale Forschungsrat", "ORG"), ("NFR", "ORG")])
    ids = {m.entity for m in doc.mentions if m.source != "coref"}
    assert len(ids) == 1
    assert any(m["rule"] == "acronym" for m in doc.layers["resolve.merges"])


def test_different_people_same_first_name_stay_apart() -> None:
    text = "Kim Jong-un empfing Kim Yo-jong. Später sprach Kim Jong-il. Kim lachte."
    doc = resolved(text, [("Kim Jong-un", "PERSON"), ("Kim Yo-jong", "PERSON"),
                          ("Kim Jong-il", "PERSON"), ("Kim", "PERSON")])
    people = {m.text: m.entity for m in doc.mentions}
    assert len({people["Kim Jong-un"], people["Kim Yo-jong"], people["Kim Jong-il"]}) == 3
    # "Kim" alone fits three earlier people: it is left on its own
    assert people["Kim"] not in {people["Kim Jong-un"], people["Kim Yo-jong"], people["Kim Jong-il"]}


def test_a_given_name_alone_goes_to_the_one_person_it_starts() -> None:
    # Thai names are shortened to the given name: `Thaksin` is Thaksin Shinawatra
    text = "Thaksin Shinawatra trat zurück. Sonthi Boonyaratglin übernahm. Thaksin protestierte."
    doc = resolved(text, [("Thaksin Shinawatra", "PERSON"), ("Sonthi Boonyaratglin", "PERSON"),
                          ("Thaksin", "PERSON")])
    people = {m.text: m.entity for m in doc.mentions}
    assert people["Thaksin"] == people["Thaksin Shinawatra"] != people["Sonthi Boonyaratglin"]
    # two earlier people with that given name: no guess
    text = "Michael Ballack traf Michael Schumacher. Michael lachte."
    doc = resolved(text, [("Michael Ballack", "PERSON"), ("Michael Schumacher", "PERSON"),
                          ("Michael", "PERSON")])
    people = {m.text: m.entity for m in doc.mentions}
    assert people["Michael"] not in {people["Michael Ballack"], people["Michael Schumacher"]}


def test_role_sectors_follow_the_organisation() -> None:
    text = ("Der Präsident der Ostländischen Fischereigesellschaft, Karl Brenner, sprach mit "
            "US-Präsident Tom Walker. Auch der frühere Innenminister Jan Vos war da. "
            "RTL-Chefin Eva Lind und der Präsident Ostlands, Piet Harm, kamen später; die USA "
            "schickten einen Gesandten. Ein Sprecher der Polizei, Ole Berg, bestätigte das.")
    doc = resolved(text, [("Ostländischen Fischereigesellschaft", "ORG"), ("Karl Brenner", "PERSON"),
                          ("Tom Walker", "PERSON"), ("Jan Vos", "PERSON"), ("Eva Lind", "PERSON"),
                          ("Ostlands", "GPE"), ("Piet Harm", "PERSON"), ("USA", "GPE"),
                          ("Ole Berg", "PERSON")])
    by_person = {doc.article.entity(r.person).name: r for r in doc.article.roles}  # type: ignore[union-attr]
    assert by_person["Karl Brenner"].sector is None  # president of an unknown company
    assert by_person["Tom Walker"].sector == "GOV"
    assert by_person["Tom Walker"].org == entity_of(doc, "USA").id  # from the "US-" prefix
    assert by_person["Jan Vos"].sector == "ELI"  # a former minister
    # the KB knows RTL as a broadcaster: its chief is one of the media (session 19)
    assert by_person["Eva Lind"].sector == "MED" and by_person["Eva Lind"].role == "RTL-Chef"
    assert by_person["Piet Harm"].sector == "GOV"  # president of a state
    assert by_person["Ole Berg"].sector == "POL" and by_person["Ole Berg"].role == "Sprecher der Polizei"


def test_actor_layer_for_events(doc_a: Doc) -> None:
    actors = doc_a.layers["resolve.actors"]
    assert actors[entity_of(doc_a, "BND").id]["sector"] == "GOV"
    assert actors[entity_of(doc_a, "BND").id]["sectors"] == "GOVSPY"
    assert actors[entity_of(doc_a, "BND").id]["country"] == "DEU"
    lawrow = actors[entity_of(doc_a, "Sergej Lawrow").id]
    assert lawrow["country"] == "RUS" and lawrow["sector"] == "GOV"


def test_user_kb_entries_are_used(tmp_path: Path) -> None:
    kb = tmp_path / "kb.yaml"
    kb.write_text("- name: Eastland Broadcasting Corporation\n  names: [Ostländischer Rundfunk, EBC]\n"
                  "  wikidata: Q999999999\n  actor_type: broadcaster\n  sector: MED\n  country: XEA\n",
                  encoding="utf-8")
    text = "Der Ostländische Rundfunk meldete Unruhen. Die EBC berief sich auf Augenzeugen."
    doc = make_doc(text, [("Ostländische Rundfunk", "ORG"), ("EBC", "ORG")])
    ResolveStage(kb=[str(kb)])(doc)
    (ent,) = doc.article.entities
    assert ent.name == "Eastland Broadcasting Corporation" and ent.ids["wikidata"] == "Q999999999"
    assert doc.layers["resolve.actors"][ent.id]["sector"] == "MED"


def test_family_names_the_recogniser_missed_are_added() -> None:
    from newsgraph.doc import Token

    text = "Minister Paul Kranich traf Eva Storch. Kranich sagte danach, Kranichs Plan stehe. Storch schwieg."
    doc = make_doc(text, [("Paul Kranich", "PERSON"), ("Eva Storch", "PERSON")])
    toks = []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        tag = "PROPN" if m.group(0) in ("Paul", "Kranich", "Kranichs", "Eva") else "NOUN"
        toks.append(Token(m.start(), m.end(), m.group(0), pos=tag))
    doc.set_tokens(toks)
    ResolveStage()(doc)
    kranich = entity_of(doc, "Paul Kranich")
    assert [m.text for m in kranich.mentions] == ["Paul Kranich", "Kranich", "Kranichs"]
    # "Storch" is tagged as a common noun here (a stork): not added
    assert [m.text for m in entity_of(doc, "Eva Storch").mentions] == ["Eva Storch"]


def test_a_company_and_its_name_without_the_legal_form_are_one_entity() -> None:
    text = (
        "Die Brandt Werke AG meldet Verluste. Brandt Werke will sparen. Tesla Motors baut ein"
        " Werk. Tesla sucht Personal. Der Erfinder Brandt lebt in Köln."
    )
    doc = resolved(
        text,
        [("Brandt Werke AG", "ORG"), ("Brandt Werke", "ORG"), ("Tesla Motors", "ORG"),
         ("Tesla", "ORG"), ("Brandt", "PERSON"), ("Köln", "GPE")],
    )
    assert entity_of(doc, "Brandt Werke") is entity_of(doc, "Brandt Werke AG")
    assert entity_of(doc, "Tesla") is entity_of(doc, "Tesla Motors")
    # a person who shares the short name stays a person of their own
    assert entity_of(doc, "Brandt") is not entity_of(doc, "Brandt Werke AG")


@pytest.mark.parametrize(
    ("text", "full", "bare"),
    [
        (
            "Die Universität Bayreuth prüfte die Arbeit. Die Universität erklärte, sie sei ein "
            "Plagiat.",
            "Universität Bayreuth",
            "Universität",
        ),
        (
            "Die Gewerkschaft Verdi rief zum Streik auf. Die Gewerkschaft sagte, er dauere an.",
            "Gewerkschaft Verdi",
            "Gewerkschaft",
        ),
    ],
)
def test_a_bare_kind_of_actor_joins_the_organisation_named_before(
    text: str, full: str, bare: str
) -> None:
    # universities and trade unions are kinds of actors like `Polizei` (actor_types.yaml): the
    # bare noun read as a name is the organisation named in full before it
    doc = resolved(text, [(full, "ORG"), (bare, "ORG")])
    assert entity_of(doc, bare).name == full


def test_a_company_and_its_name_without_the_trade_word_are_one_entity() -> None:
    # the words after a company's own name that say what it does are dropped like a legal form
    text = (
        "Der Autobauer Hallberg streicht Stellen. Die Hallberg Automobilwerke AG beschäftigt "
        "27.000 Menschen. Die Ritter Maschinenbau GmbH wächst. Ritter sucht Personal."
    )
    doc = resolved(
        text,
        [("Hallberg", "ORG"), ("Hallberg Automobilwerke AG", "ORG"),
         ("Ritter Maschinenbau GmbH", "ORG"), ("Ritter", "ORG")],
    )
    assert entity_of(doc, "Hallberg") is entity_of(doc, "Hallberg Automobilwerke AG")
    assert entity_of(doc, "Ritter") is entity_of(doc, "Ritter Maschinenbau GmbH")
    assert entity_of(doc, "Ritter") is not entity_of(doc, "Hallberg")


def test_a_company_and_its_name_without_the_region_are_one_entity() -> None:
    # session 21: a whole word naming where the company works ends its long name
    text = (
        "Der Versorger Enervia Südwest erhöht den Strompreis. Als Gründe nannte Enervia "
        "höhere Netzentgelte. Die Deutsche Post und die Deutsche Bank blieben dabei."
    )
    doc = resolved(
        text,
        [("Enervia Südwest", "ORG"), ("Enervia", "ORG"), ("Deutsche Post", "ORG"),
         ("Deutsche Bank", "ORG")],
    )
    assert entity_of(doc, "Enervia") is entity_of(doc, "Enervia Südwest")
    # `Post` ends like `Ost` but is no region: two companies stay two
    assert entity_of(doc, "Deutsche Post") is not entity_of(doc, "Deutsche Bank")


def test_a_research_house_and_its_short_name_are_one_entity() -> None:
    text = "Analyst Tobias Engel von Castell Research schrieb das. Castell rät zum Verkauf der Aktie."
    doc = resolved(text, [("Tobias Engel", "PERSON"), ("Castell Research", "ORG"), ("Castell", "ORG")])
    assert entity_of(doc, "Castell") is entity_of(doc, "Castell Research")


def test_a_family_name_cut_to_an_initial_keeps_its_period_in_the_name() -> None:
    text = "Die Staatsanwaltschaft wirft Kevin R. versuchten Totschlag vor. Kevin R schwieg."
    doc = resolved(text, [("Kevin R", "PERSON"), ("Kevin R", "PERSON")])
    assert entity_of(doc, "Kevin R").name == "Kevin R."
    # without a period in the text the name stays as written
    plain = resolved("Das Team um Jan B heißt so.", [("Jan B", "PERSON")])
    assert entity_of(plain, "Jan B").name == "Jan B"


def test_press_titles_are_media_and_their_nouns_refer_back() -> None:
    # `Spiegel` links to the magazine of the KB; `Das Magazin` then refers back to it
    text = (
        "Nach Informationen des „Spiegel“ soll Katar vermittelt haben. Das Magazin berichtete "
        "unter Berufung auf Sicherheitskreise, die Entführer seien gefasst."
    )
    doc = resolved(text, [("Spiegel", "ORG"), ("Katar", "GPE")])
    spiegel = entity_of(doc, "Spiegel")
    assert spiegel.name == "Der Spiegel"
    assert doc.layers["resolve.actors"][spiegel.id]["actor_type"] == "magazine"
    assert any(m.text == "Das Magazin" for m in spiegel.mentions)


def test_a_noun_that_is_a_name_is_no_anaphor() -> None:
    # `die Weltgesundheitsorganisation` ends like `Organisation` but names the WHO; it is not
    # the international organisation named last
    text = (
        "Das UN-Nothilfebüro OCHA warnte vor Seuchen. Unter Berufung auf Behörden teilte die "
        "Weltgesundheitsorganisation mit, es gebe 300 Tote."
    )
    doc = resolved(text, [("UN-Nothilfebüro OCHA", "ORG")])
    ocha = entity_of(doc, "UN-Nothilfebüro OCHA")
    assert not any("Weltgesundheitsorganisation" in m.text for m in ocha.mentions)
    both = resolved(text, [("UN-Nothilfebüro OCHA", "ORG"), ("Weltgesundheitsorganisation", "ORG")])
    assert entity_of(both, "Weltgesundheitsorganisation").name == "World Health Organization"

