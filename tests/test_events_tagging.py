"""Repairs of the nlp stage's STTS tags before the event rules read them (fictional examples)."""

from __future__ import annotations

from newsgraph.events.tagging import participle_shaped, repair_tags


def _repair(pairs: str, headline: bool = False) -> list[str]:
    """``word/TAG`` or ``word/TAG/lemma`` items (the lemma defaults to the word)."""
    items = [(p.split("/") + [p.split("/")[0]])[:3] for p in pairs.split()]
    words, tags, lemmas = (list(x) for x in zip(*items, strict=True))
    return repair_tags(words, lemmas, tags, headline=headline)[0]


def test_clause_final_particle_tagged_as_preposition_is_ptkvz() -> None:
    tags = _repair("Die/ART Polizei/NN nahm/VVFIN zwei/CARD Männer/NN fest/ADV ./$.")
    assert tags[5] == "PTKVZ"
    tags = _repair("Er/PPER rief/VVFIN die/ART Bürger/NN zum/APPRART Streik/NN auf/APPR und/KON ging/VVFIN ./$.")
    assert tags[6] == "PTKVZ"
    # a preposition that governs a phrase stays one
    tags = _repair("Er/PPER wartete/VVFIN auf/APPR den/ART Bus/NN ./$.")
    assert tags[2] == "APPR"


def test_full_verb_in_an_auxiliary_bracket_is_non_finite() -> None:
    tags = _repair("Dem/ART Mann/NN wurde/VAFIN die/ART Lizenz/NN entzogen/VVFIN/entziehen ./$.")
    assert tags[5] == "VVPP"
    tags = _repair("Die/ART Fahrer/NN wollen/VMFIN am/APPRART Montag/NN die/ART Arbeit/NN niederlegen/VVFIN ./$.")
    assert tags[7] == "VVINF"
    # a relative clause inside the bracket is skipped
    tags = _repair(
        "Er/PPER soll/VMFIN ,/$, der/PRELS dort/ADV lebt/VVFIN ,/$, bald/ADV abgeschoben/VVPP/abschieben werden/VAFIN/werden ./$."
    )
    assert tags[9] == "VAINF"
    # a closed bracket does not reach into the next clause
    tags = _repair("Er/PPER hat/VAFIN gesagt/VVPP ,/$, die/ART Arbeiter/NN streiken/VVFIN ./$.")
    assert tags[6] == "VVFIN"


def test_headline_participle_and_headline_verb() -> None:
    assert _repair("Bankräuber/NN in/APPR Bremen/NE verhaftet/VVFIN/verhaften", headline=True)[3] == "VVPP"
    tags = _repair("Minister/NN begnadigt/VVPP/begnadigen wegen/APPR Betrugs/NN verurteilten/VVFIN Beamten/NN", headline=True)
    assert tags[1] == "VVFIN" and tags[4] == "ADJA"


def test_attributive_participle_and_determiner_pronouns() -> None:
    tags = _repair("Ein/ART am/APPRART Straßenrand/NN abgestellte/VVFIN Koffer/NN explodierte/VVFIN ./$.")
    assert tags[3] == "ADJA"
    assert _repair("Dies/PDAT berichtete/VVFIN die/ART Zeitung/NN ./$.")[0] == "PDS"
    assert _repair("Die/ART Polizisten/NN umstellten/VVFIN das/ART Haus/NN ./$.")[2] == "VVFIN"


def test_hyphenated_name_is_never_an_adverb() -> None:
    tags = _repair("US-Polizei/ADV verhaftet/VVFIN/verhaften Mitglieder/NN einer/ART Gruppe/NN", headline=True)
    assert tags[0] in ("NN", "NE") and tags[1] == "VVFIN"


def test_als_before_a_phrase_and_partitive_einer() -> None:
    tags = _repair("Sie/PPER hielten/VVFIN drei/CARD Männer/NN als/KON Geiseln/NN fest/PTKVZ ./$.")
    assert tags[4] == "APPR"
    assert _repair("Er/PPER ist/VAFIN einer/ART der/ART Täter/NN ./$.")[2] == "PIS"


def test_participle_tagged_adjd_in_a_verb_cluster_is_a_participle() -> None:
    words = ["Sie", "sollen", "den", "Anschlag", "geplant", "haben", "."]
    tags, lemmas = repair_tags(words, words, ["PPER", "VMFIN", "ART", "NN", "ADJD", "VAINF", "$."])
    assert tags[4] == "VVPP" and lemmas[4] == "planen"


def test_auxiliary_forms_and_shapes() -> None:
    tags = _repair("Gestern/ADV hat/ADJA die/ART Regierung/NN protestiert/VVPP ./$.")
    assert tags[1] == "VAFIN"
    assert participle_shaped("verhaftet", "verhaften") and participle_shaped("festgenommen", "festnehmen")
    assert not participle_shaped("nimmt", "nehmen")


def test_events_from_the_nlp_stage_tokens_match_the_hanta_fallback() -> None:
    from newsgraph.doc import Doc
    from newsgraph.events.stage import extract_events
    from newsgraph.pipeline import Pipeline, load_stage
    from newsgraph.record import Article, Source

    text = (
        "Die Polizei nahm am Sonntag in Hamburg fünf Männer fest.\n\n"
        "Der Sicherheitsrat rief die Regierung Malis zur Beendigung der Gewalt auf.\n\n"
        "Dem Verdächtigen wurde am Montag von der Staatsanwaltschaft die Fahrerlaubnis entzogen."
    )
    article = Article(id="t", text=text, source=Source(published="2024-05-06"))
    pipe = Pipeline([load_stage(n) for n in ("structure", "language", "nlp")])
    doc = pipe.run_doc(article)
    assert doc.tokens and all(t.tag for t in doc.tokens)
    with_nlp = extract_events(doc)
    fallback = extract_events(Doc(article=article))
    key = [(e.type, e.trigger.text, tuple(a.country for a in e.actors)) for e in with_nlp]
    assert key == [(e.type, e.trigger.text, tuple(a.country for a in e.actors)) for e in fallback]
    assert ("COERCE", "nahm", ("DEU",)) in key and ("REQUEST", "rief", ("UNO",)) in key


def test_a_verb_retagged_earlier_no_longer_counts_as_the_sentence_finite_verb() -> None:
    # "gestohlene" becomes ADJA because "gefunden" is finite; then "gefunden" is the headline's
    # only finite verb left, so it reads as a participle ("Wagen ... gefunden")
    pairs = "Ein/ART gestern/ADV gestohlene/VVFIN/gestohlen Wagen/NN in/APPR Bremen/NE gefunden/VVFIN/finden"
    assert _repair(pairs, headline=True) == ["ART", "ADV", "ADJA", "NN", "APPR", "NE", "VVPP"]
    assert _repair(pairs)[2:] == ["ADJA", "NN", "APPR", "NE", "VVFIN"]


def test_repairs_of_a_long_sentence_do_not_depend_on_its_length() -> None:
    clause = "Dem/ART Mann/NN wurde/VAFIN die/ART Lizenz/NN entzogen/VVFIN/entziehen ,/$, "
    tags = _repair(clause * 300 + "und/KON er/PPER ging/VVFIN ./$.")
    assert tags[5] == "VVPP" and tags[7 * 299 + 5] == "VVPP" and tags[-2] == "VVFIN"
