"""The entities stage and its building blocks (tokeniser fallback, GermEval reader, rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.doc import Doc
from newsgraph.ner.germeval import bio_spans, map_label, read_germeval, repair_bio, select_part
from newsgraph.ner.lexicon import load_gazetteer, parse_gazetteer
from newsgraph.ner.rules import (
    Found,
    add_abbreviated_names,
    add_acronyms,
    add_cued_orgs,
    add_federal_bodies,
    add_known_orgs,
    add_ministries,
    add_norp,
    add_seated_bodies,
    add_titled_names,
    drop_dates,
    drop_generic_nouns,
    extend_clubs,
    known_org_names,
    relabel_companies,
    split_places,
)
from newsgraph.ner.simple_tokens import split_sentences, tokenize
from newsgraph.ner.stage import EntitiesStage
from newsgraph.pipeline import Stage
from newsgraph.record import Article, Block

GAZ = parse_gazetteer(
    [
        "Russland\tcountry",
        "Pjöngjang\tcity",
        "Gelsenkirchen\ttown",
        "Rhein\tlandscape",
        "nordkoreanisch\tnorp_adj",
        "Nordkoreaner\tnorp_noun",
        "Vereinte Nationen\torg",
    ]
)


def test_tokenize_keeps_names_numbers_and_abbreviations() -> None:
    text = "Kim Jong-un traf am 6. November z. B. 5.000 Soldaten der U.S. Army."
    words = [t.text for t in tokenize(text)]
    assert words[:5] == ["Kim", "Jong-un", "traf", "am", "6."]
    assert "z." in words and "B." in words and "5.000" in words and "U.S." in words
    assert words[-1] == "."
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_split_sentences_at_final_punctuation_and_line_breaks() -> None:
    text = "Er kam am 6. November. Sie ging.\nTitel ohne Punkt\nNoch einer."
    toks = tokenize(text)
    sents = [text[s.start : s.end] for s in split_sentences(text, toks)]
    assert sents == ["Er kam am 6. November.", "Sie ging.", "Titel ohne Punkt", "Noch einer."]


def test_germeval_label_mapping() -> None:
    assert map_label("B-OTH") == "B-MISC"
    assert map_label("I-PER") == "I-PER"
    assert map_label("B-LOCderiv") == "O"
    assert map_label("I-ORGpart") == "O"
    assert repair_bio(["O", "I-PER", "I-ORG"]) == ["O", "B-PER", "B-ORG"]
    assert list(bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"])) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"),
    ]


def test_read_germeval_and_select_part(tmp_path: Path) -> None:
    f = tmp_path / "g.tsv"
    f.write_text(
        "#\thttp://x [2010]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tlobt\tO\tO\n\n"
        "#\thttp://y [2010]\n1\tdeutsche\tB-LOCderiv\tO\n2\tFirmen\tO\tO\n\n",
        encoding="utf-8",
    )
    sents = read_germeval(f)
    assert [s.tokens for s in sents] == [("Angela", "Merkel", "lobt"), ("deutsche", "Firmen")]
    assert sents[0].labels == ("B-PER", "I-PER", "O")
    assert sents[1].labels == ("O", "O")
    assert [s.index for s in select_part(sents, "0.5:1")] == [1]


def test_read_germeval_rejects_other_formats(tmp_path: Path) -> None:
    from newsgraph.errors import EvalError

    f = tmp_path / "bad.tsv"
    f.write_text("this is not\ta germeval file\n", encoding="utf-8")
    with pytest.raises(EvalError):
        read_germeval(f)


def test_gazetteer_inflection() -> None:
    assert "country" in GAZ.kinds("Russlands")
    assert "city" in GAZ.kinds("Pjöngjangs")
    assert GAZ.norp("nordkoreanischen") == "adj"
    assert GAZ.norp("Nordkoreanern") is None or GAZ.norp("Nordkoreaner") == "noun"
    assert GAZ.norp("Nordkoreaner") == "noun"
    assert GAZ.norp("Haus") is None
    assert GAZ.phrases_at(["die", "Vereinte", "Nationen"], 1) == [(2, "org")]


def test_inflected_place_phrases() -> None:
    from training.ner_lexicon import _inflected_phrase

    assert _inflected_phrase("Vereinigte Staaten") == ["Vereinigten Staaten"]
    assert _inflected_phrase("Vereinigtes Königreich") == ["Vereinigten Königreich"]
    assert _inflected_phrase("Schwarzes Meer") == ["Schwarzen Meer"]
    assert _inflected_phrase("New York") == [] and _inflected_phrase("Berlin") == []


def test_shipped_gazetteer_knows_news_organisations_and_inflected_states() -> None:
    from newsgraph.ner.lexicon import load_gazetteer

    gaz = load_gazetteer()
    assert "org_acronym" in gaz.kinds("ARD") and "org_acronym" in gaz.kinds("KCNA")
    assert "org" in gaz.kinds("dpa") and "org" in gaz.kinds("Bundestag")
    assert gaz.phrases_at(["in", "den", "Vereinigten", "Staaten"], 2) == [(2, "country")]
    assert gaz.phrases_at(["Deutsche", "Presse-Agentur"], 0) == [(2, "org")]


def test_recognizer_with_given_tags_does_not_load_the_pos_tagger() -> None:
    from newsgraph.ner.stage import EntityRecognizer

    rec = EntityRecognizer()
    words = ["Angela", "Merkel", "besucht", "Paris", "."]
    found = rec.recognize_batch([words], [["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]])
    assert rec._pos_tagger is None
    assert [(f.start, f.end) for f in found[0]] == [(0, 2), (3, 4)]


def test_split_places_and_norp() -> None:
    words = ["Der", "nordkoreanische", "Gesandte", "fuhr", "von", "Russland", "zum", "Rhein"]
    spans = [Found(5, 6, "LOC", 0.9, "ner"), Found(7, 8, "LOC", 0.9, "ner")]
    out = add_norp(words, split_places(words, spans, GAZ), GAZ)
    assert {(s.start, s.label) for s in out} == {(5, "GPE"), (7, "LOC"), (1, "NORP")}


def test_acronym_and_cue_rules() -> None:
    words = ["die", "Korean", "Central", "News", "Agency", "(", "KCNA", ")", "meldete"]
    out = add_acronyms(words, [Found(1, 5, "ORG", 0.8, "ner")])
    assert Found(6, 7, "ORG", 0.8, "pattern") in out
    words2 = ["die", "Nachrichtenagentur", "Yonhap", "News", "meldete", "."]
    assert [(s.start, s.end) for s in add_cued_orgs(words2, [])] == [(2, 4)]
    # a single common noun after the cue is not taken
    assert add_cued_orgs(["die", "Zeitung", "Heute", "berichtet"], []) == []


def test_long_form_before_a_tagged_acronym_becomes_the_same_organisation() -> None:
    words = _words("Die Gewerkschaft Nahverkehr und Logistik ( GNL ) rief auf")
    out = add_acronyms(words, [Found(6, 7, "ORG", 0.7, "ner")])
    assert Found(1, 5, "ORG", 0.7, "pattern") in out
    # initials that do not spell the acronym, or a single word: nothing added
    words2 = _words("Die Stadt Köln ( GNL ) rief auf")
    assert add_acronyms(words2, [Found(4, 5, "ORG", 0.7, "ner")]) == [Found(4, 5, "ORG", 0.7, "ner")]
    words3 = _words("der Verband ( VB ) rief auf")
    assert add_acronyms(words3, [Found(3, 4, "ORG", 0.7, "ner")]) == [Found(3, 4, "ORG", 0.7, "ner")]


def _words(text: str) -> list[str]:
    return text.split()


def test_club_rule_takes_year_or_town() -> None:
    words = ["Der", "FC", "Schalke", "04", "spielt", "gegen", "den", "SV", "Gelsenkirchen", "."]
    spans = [Found(1, 3, "ORG", 0.9, "ner"), Found(7, 8, "ORG", 0.9, "ner")]
    out = extend_clubs(words, spans, GAZ)
    assert [(s.start, s.end, s.label) for s in out] == [(1, 4, "ORG"), (7, 9, "ORG")]
    # no club abbreviation, or the next word already tagged: unchanged
    words2 = ["Siemens", "04", "und", "FC", "Gelsenkirchen"]
    spans2 = [Found(0, 1, "ORG", 0.9, "ner"), Found(3, 4, "ORG", 0.9, "ner"),
              Found(4, 5, "GPE", 0.9, "ner")]
    assert extend_clubs(words2, spans2, GAZ) == spans2


def test_ministry_rule() -> None:
    words = _words(
        "Das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung und die Bundeswehr"
    )
    out = add_ministries(words, [Found(1, 2, "ORG", 0.9, "ner"), Found(9, 10, "ORG", 0.9, "ner")])
    assert [(s.start, s.end) for s in out] == [(9, 10), (1, 7)]
    words = _words("Das Bayerische Staatsministerium für Unterricht und Kultus , die Polizei")
    assert [(s.start, s.end, s.label) for s in add_ministries(words, [])] == [(1, 7, "ORG")]
    # no field after "für": nothing changes
    for text in ("Das Ministerium für die Grenzregion", "Das Außenministerium für sich"):
        spans = [Found(1, 2, "ORG", 0.9, "ner")]
        assert add_ministries(_words(text), spans) == spans


def test_federal_bodies() -> None:
    words = _words("Das Bundesamt für Migration und Flüchtlinge prüft die Anträge")
    assert [(s.start, s.end) for s in add_ministries(words, [])] == [(1, 6)]
    words = _words("Die Bundesärztekammer und das Landeskriminalamt , nicht das Bundesland")
    out = add_federal_bodies(words, [Found(4, 5, "ORG", 0.9, "ner")])
    assert sorted((s.start, s.end, s.source) for s in out) == [(1, 2, "pattern"), (4, 5, "ner")]


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("MOSCOW , Nov 4 ( Reuters )", (2, 4), False),
        ("am 4. November in Berlin", (1, 3), False),
        ("seit Mai 2024 im Amt", (1, 3), False),
        ("Cornelia Mai sagte", (1, 2), True),  # a calendar word alone may be a surname
        ("Nov Group 4", (0, 3), True),  # another word in the span: a name
    ],
)
def test_dates_are_no_entities(text: str, span: tuple[int, int], kept: bool) -> None:
    spans = [Found(span[0], span[1], "ORG", 0.9, "ner")]
    assert (drop_dates(_words(text), spans) == spans) is kept


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("Das Magazin berichtete", (1, 2), False),  # a medium referred back to, no name
        ("nach Angaben des Senders", (3, 4), False),
        ("Die Zeitung schrieb", (1, 2), False),
        ("Die Zeitung Kurier schrieb", (1, 3), True),  # the name after the noun
        ("Magazin berichtete", (0, 1), True),  # no determiner: may be a name
        ("Die Universität berief sich", (1, 2), False),
        ("Studenten des Instituts für Design", (2, 3), True),  # a name the model cut short
        ("Die Gruppe forderte den Rücktritt", (1, 2), False),  # session 21
        ("Das Bündnis kündigte Proteste an", (1, 2), False),
    ],
)
def test_a_determiner_and_a_generic_noun_are_no_name(
    text: str, span: tuple[int, int], kept: bool
) -> None:
    spans = [Found(span[0], span[1], "ORG", 0.9, "ner")]
    assert (drop_generic_nouns(_words(text), spans) == spans) is kept


def test_stage_protocol_and_mentions() -> None:
    stage = EntitiesStage()
    assert isinstance(stage, Stage)
    assert stage.name == "entities" and stage.requires == ("tokens",)
    text = (
        "Bundeskanzlerin Angela Merkel traf in Berlin den französischen Präsidenten.\n"
        "Foto: Angela Merkel in Paris"
    )
    body_end = text.index("\n")
    article = Article(
        id="a1",
        text=text,
        blocks=(Block("body", 0, body_end), Block("caption", body_end + 1, len(text))),
    )
    doc = Doc(article=article)
    toks = tokenize(text)
    doc.set_tokens(toks)
    sents = list(split_sentences(text, toks))
    doc.sentences = [
        type(s)(s.start, s.end, s.tok_start, s.tok_end, 0 if s.start < body_end else 1)
        for s in sents
    ]
    stage(doc)
    got = {(m.text, m.label) for m in doc.mentions}
    assert ("Angela Merkel", "PERSON") in got
    assert ("Berlin", "GPE") in got
    assert ("französischen", "NORP") in got
    # nothing from the caption block
    assert all(m.end <= body_end for m in doc.mentions)
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
        assert 0.0 <= m.score <= 1.0


def test_stage_without_tokens_uses_fallback_tokeniser() -> None:
    doc = Doc(article=Article(id="a2", text="Der Konzern Siemens AG investiert in Indien."))
    EntitiesStage()(doc)
    assert doc.tokens
    assert any(m.label == "GPE" and m.text == "Indien" for m in doc.mentions)


def test_document_pass_propagates_surnames_and_acronyms() -> None:
    from newsgraph.doc import Mention
    from newsgraph.ner.stage import propagate

    text = "Kim Jong-un und Angela Merkel trafen KCNA-Leute. Kim lobte Merkels Rede. KCNA berichtete."
    toks = tokenize(text)

    def m(s: str, label: str, score: float = 0.9) -> Mention:
        start = text.index(s)
        return Mention(start, start + len(s), s, label, score, "ner")

    kcna = text.index("KCNA", text.index("Rede"))
    mentions = [
        m("Kim Jong-un", "PERSON"),
        m("Angela Merkel", "PERSON"),
        Mention(kcna, kcna + 4, "KCNA", "ORG", 0.9, "ner"),
        Mention(text.index("Merkels"), text.index("Merkels") + 7, "Merkels", "GPE", 0.4, "ner"),
    ]
    out = propagate(toks, mentions, text)
    got = {(x.text, x.label, x.source) for x in out}
    assert ("Kim", "PERSON", "coref") in got
    assert ("Merkels", "PERSON", "coref") in got  # relabelled from GPE
    assert len(out) == 5
    # nothing to propagate from single-word or low-confidence names
    assert propagate(toks, [m("Kim Jong-un", "PERSON", 0.2)], text) == [m("Kim Jong-un", "PERSON", 0.2)]


def test_foreign_name_and_title_rules() -> None:
    from newsgraph.ner.rules import add_foreign_names, add_titled_persons

    words = ["Minister", "No", "Kwang-chol", "traf", "Mohammed", "bin", "Salman", "."]
    spans = [Found(4, 5, "PERSON", 0.9, "ner"), Found(6, 7, "PERSON", 0.8, "ner")]
    out = add_foreign_names(words, spans)
    assert [(s.start, s.end, s.label) for s in out] == [(1, 3, "PERSON"), (4, 7, "PERSON")]
    # a Korean-looking pair inside a non-person span is left alone
    assert add_foreign_names(["No", "Kwang-chol"], [Found(0, 2, "ORG", 0.9, "ner")]) == [
        Found(0, 2, "ORG", 0.9, "ner")
    ]
    words2 = ["dem", "Machthaber", "Baschar", "al-Assad", "und", "der", "Firma", "Acme", "Corp"]
    spans2 = [Found(2, 4, "ORG", 0.6, "ner"), Found(7, 9, "ORG", 0.9, "ner")]
    out2 = add_titled_persons(words2, spans2)
    assert [s.label for s in out2] == ["PERSON", "ORG"]
    # a compound role noun counts as a title (`Finanzministerin`, `Gewerkschaftschef`), a
    # compound of another noun does not (`Handelskette`)
    words3 = ["Finanzministerin", "Regula", "Tschanz-Imhof", "und", "Handelskette", "Hans", "Meyer"]
    spans3 = [Found(1, 3, "ORG", 0.6, "ner"), Found(5, 7, "ORG", 0.6, "ner")]
    assert [s.label for s in add_titled_persons(words3, spans3)] == ["PERSON", "ORG"]


def test_stage_survives_odd_input() -> None:
    stage = EntitiesStage()
    long_line = " ".join(["Wort"] * 3000)
    for text in ("", "   \n\n ", "🙂🙂 ### ---", long_line, "Hello from London, said John Smith."):
        doc = Doc(article=Article(id="odd", text=text))
        stage(doc)
        for m in doc.mentions:
            assert text[m.start : m.end] == m.text
            assert m.label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"}


def test_village_names_that_are_ordinary_words_are_left_out() -> None:
    from newsgraph.ner.lexicon import WordClasses
    from training.ner_lexicon import is_ordinary_word

    classes = WordClasses(
        {"dorf": ("NN",), "regen": ("NN",), "linden": ("NE", "NN~"), "tamsweg": ("NN",)},
        frozenset(),
    )
    lower_seen = {"werfen", "alle"}
    seen = {"dorf", "regen", "linden", "werfen", "alle"}
    assert is_ordinary_word("Werfen", lower_seen, seen, classes)  # a verb in the texts
    assert is_ordinary_word("Dorf", lower_seen, seen, classes)  # a common noun in the texts
    assert not is_ordinary_word("Linden", lower_seen, seen, classes)  # HanTa: a proper name
    # HanTa lists it as a noun, but the texts never use it: a village name stays
    assert not is_ordinary_word("Tamsweg", lower_seen, seen, classes)
    assert not is_ordinary_word("Gedern", lower_seen, seen, classes)


def test_shipped_gazetteer_knows_villages_but_not_ordinary_words() -> None:
    from newsgraph.ner.lexicon import GPE_KINDS, load_gazetteer

    gaz = load_gazetteer()
    assert "village" in gaz.kinds("Oberstdorf") and "village" in gaz.kinds("Zermatt")
    assert "village" in GPE_KINDS
    for word in ("Dorf", "Regen", "Werfen"):  # GeoNames places that are ordinary words
        assert "village" not in gaz.kinds(word)


def test_a_one_word_person_after_a_trade_noun_is_the_company() -> None:
    words = ["Der", "Modehändler", "Mertens", "senkt", "die", "Prognose"]
    (out,) = relabel_companies(words, [Found(2, 3, "PERSON", 0.9, "ner")])
    assert (out.label, out.source) == ("ORG", "company")
    # a person with a given name, a head that names no company and a capitalised headline stay
    two = [Found(2, 4, "PERSON", 0.9, "ner")]
    assert relabel_companies(["Der", "Kunsthändler", "Cornelius", "Gurlitt"], two) == two
    one = [Found(2, 3, "PERSON", 0.9, "ner")]
    assert relabel_companies(["Der", "Trainer", "Hauck", "sagte"], one) == one
    assert relabel_companies(["DER", "AUSRÜSTUNGSHÄNDLER", "PARTL"], one) == one


def test_a_one_word_unknown_place_after_a_trade_noun_is_the_company() -> None:
    # SmartData gold: a capitalised word after a trade noun that the gazetteer knows as no place
    # is ORG 57 times, LOC never; a known place stays a place
    gaz = load_gazetteer()
    (out,) = relabel_companies(
        ["Der", "Autobauer", "Hallberg", "streicht"], [Found(2, 3, "LOC", 0.9, "ner")], gaz
    )
    assert (out.label, out.source) == ("ORG", "company")
    city = [Found(2, 3, "LOC", 0.9, "ner")]
    assert relabel_companies(["Der", "Versorger", "Hamburg", "erhöht"], city, gaz) == city
    assert relabel_companies(["Der", "Autobauer", "Hallberg"], city) == city  # no gazetteer


def test_document_pass_spreads_a_company_to_the_names_person_mentions() -> None:
    from newsgraph.doc import Mention
    from newsgraph.ner.stage import propagate

    text = "Der Modehändler Mertens senkt die Prognose. Mertens betreibt 210 Filialen."
    toks = tokenize(text)
    first, second = text.index("Mertens"), text.rindex("Mertens")
    mentions = [
        Mention(first, first + 7, "Mertens", "ORG", 0.9, "company"),
        Mention(second, second + 7, "Mertens", "PERSON", 0.9, "ner"),
    ]
    assert [m.label for m in propagate(toks, mentions, text)] == ["ORG", "ORG"]
    # a person of that name in the article keeps the name a person's
    text2 = "Klaus Mertens führt den Modehändler Mertens. Mertens sagte nichts."
    toks2 = tokenize(text2)
    k = text2.index("Klaus Mertens")
    c = text2.index("Mertens", text2.index("Modehändler"))
    last = text2.rindex("Mertens")
    mentions2 = [
        Mention(k, k + 13, "Klaus Mertens", "PERSON", 0.9, "ner"),
        Mention(c, c + 7, "Mertens", "ORG", 0.9, "company"),
        Mention(last, last + 7, "Mertens", "PERSON", 0.9, "ner"),
    ]
    labels = {(m.start, m.label) for m in propagate(toks2, mentions2, text2)}
    assert (last, "PERSON") in labels
    assert (c, "ORG") in labels  # the company mention itself stays the company


def test_a_first_name_and_a_name_after_a_role_noun_are_a_person() -> None:
    gaz = load_gazetteer()
    words = ["Teamchef", "Jean", "Todt", "stellt", "sich", "vor", "seinen", "Fahrer", "."]
    spans = add_titled_names(words, [], gaz)
    assert [(s.start, s.end, s.label) for s in spans] == [(1, 3, "PERSON")]
    # a family name tagged alone takes the first name before it
    words = ["Präsidentin", "Gloria", "Arroyo", "gab", "bekannt"]
    alone = [Found(2, 3, "PERSON", 0.9, "ner")]
    assert [(s.start, s.end) for s in add_titled_names(words, alone, gaz)] == [(1, 3)]
    # the model may type the family name alone as a firm (`Analyst Kai [Pretorius]`)
    words = ["schrieb", "Analyst", "Kai", "Pretorius", "vom", "Bankhaus", "Seligmann"]
    spans = [Found(3, 4, "ORG", 0.6, "ner"), Found(6, 7, "ORG", 0.9, "ner")]
    out = add_titled_names(words, spans, gaz)
    assert sorted((s.start, s.end, s.label) for s in out) == [(2, 4, "PERSON"), (6, 7, "ORG")]
    # no first name, no person: `Minister Frieden Sicherheit`
    assert add_titled_names(["Der", "Minister", "Frieden", "Sicherheit", "sagte"], [], gaz) == []


def test_a_first_name_particle_and_family_name_the_model_split_are_one_person() -> None:
    from newsgraph.ner.rules import add_particle_names

    gaz = load_gazetteer()
    words = ["Karl-Theodor", "zu", "Guttenberg", "(", "CSU", ")", "trat", "zurück"]
    spans = [
        Found(0, 1, "LOC", 0.5, "ner"),
        Found(2, 3, "LOC", 0.6, "ner"),
        Found(4, 5, "ORG", 1, "ner"),
    ]
    out = add_particle_names(words, spans, gaz)
    assert [(s.start, s.end, s.label) for s in out] == [(0, 3, "PERSON"), (4, 5, "ORG")]
    # a common noun the gazetteer lists as a first name, with an untagged word after the
    # particle, stays as it is (`China zur Aufnahme`, `Fall von Vogelgrippe`)
    china = [Found(0, 1, "GPE", 0.9, "ner")]
    assert add_particle_names(["China", "zur", "Aufnahme", "eines"], china, gaz) == china
    assert add_particle_names(["Fall", "von", "Vogelgrippe", "in"], [], gaz) == []


def test_a_court_or_authority_with_its_seat_is_one_organisation() -> None:
    from newsgraph.ner.rules import add_seated_bodies

    words = ["im", "Saal", "des", "Landgerichts", "Mannheim", "verkündet"]
    out = add_seated_bodies(words, [Found(4, 5, "GPE", 0.9, "ner")])
    assert [(s.start, s.end, s.label) for s in out] == [(3, 5, "ORG")]
    words = ["Die", "Staatsanwaltschaft", "Arnsberg", "ermittelt"]
    out = add_seated_bodies(words, [Found(2, 3, "GPE", 0.9, "ner")])
    assert [(s.start, s.end, s.label) for s in out] == [(1, 3, "ORG")]
    # the model may type the seat alone as the body
    words = ["Das", "Regierungspräsidium", "Gießen", "kündigte", "an"]
    out = add_seated_bodies(words, [Found(2, 3, "ORG", 0.9, "ner")])
    assert [(s.start, s.end, s.label) for s in out] == [(1, 3, "ORG")]
    # another noun before a place, or a body the model already tagged, stays as it is
    city = [Found(2, 3, "GPE", 0.9, "ner")]
    assert add_seated_bodies(["Im", "Zentrum", "Arnsberg", "sucht"], city) == city
    assert add_seated_bodies(["Das", "Amt", "Neuhaus", "liegt"], city) == city  # a place
    assert add_seated_bodies(["Insgesamt", "Arnsberg", "sucht"], city[:0]) == []
    tagged = [Found(0, 2, "ORG", 0.9, "ner")]
    assert add_seated_bodies(["Landgericht", "Leipzig", "tagt"], tagged) == tagged


@pytest.mark.parametrize(
    "body",
    [
        "Gesundheitsamt",
        "Polizei",
        "Polizeiinspektion",
        "Feuerwehr",
        "Bistum",
        "Erzbistum",
        "Stadtwerke",
        "Stadtverwaltung",
        "Bezirksregierung",
        "Hauptzollamt",
    ],
)
def test_local_bodies_with_their_seat_are_one_org(body: str) -> None:
    """Police reports and local news name an authority by its seat (`Die Polizei Köln teilte
    mit`, `das Gesundheitsamt Leipzig`, `das Bistum Passau`): one organisation, not a place."""
    out = add_seated_bodies(["Die", body, "Arnsberg", "teilte", "mit"], [Found(2, 3, "GPE", 0.9, "ner")])
    assert [(s.start, s.end, s.label) for s in out] == [(1, 3, "ORG")]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("durch die Universität Heidelberg", [(3, 4, "GPE")], [(2, 4)]),
        ("an der Technischen Universität München", [(2, 4, "LOC"), (4, 5, "GPE")], [(2, 5)]),
        ("an der Freien Universität Berlin", [(4, 5, "GPE")], [(2, 5)]),
        ("Die Universität Heidelberg", [(2, 3, "GPE")], [(1, 3)]),  # the article stays out
        ("ins Klinikum Passau", [(2, 3, "GPE")], [(1, 3)]),
        ("die Universität in Heidelberg", [(3, 4, "GPE")], [(3, 4)]),  # a place, no name
    ],
)
def test_universities_and_hospitals_with_their_town_are_one_org(
    text: str, model: list[tuple[int, int, str]], expected: list[tuple[int, int]]
) -> None:
    spans = [Found(a, b, label, 0.9, "ner") for a, b, label in model]
    out = add_seated_bodies(_words(text), spans)
    assert [(s.start, s.end) for s in out] == expected


def test_known_org_names_that_stand_for_themselves() -> None:
    names = known_org_names(
        ["Ärzte ohne Grenzen", "Welternährungsprogramm", "Die Zeit", "WFP", "spiegel.de", "Bild"]
    )
    # an article opening the name, an acronym, an address and a short word are left out
    assert {n for n in names if n[0] != "Ärzten" and n[0] != "Ärzter"} == {
        ("Ärzte", "ohne", "Grenzen"),
        ("Welternährungsprogramm",),
    }
    # a capitalised word in `-e` before the last one is inflected (`der Deutschen Welle`)
    welle = known_org_names(["Deutsche Welle"])
    assert welle == {("Deutsche", "Welle"), ("Deutschen", "Welle"), ("Deutscher", "Welle")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ärzte ohne Grenzen teilte mit", [(0, 3)]),
        ("nach Angaben des Welternährungsprogramms", [(3, 4)]),  # a genitive ending
        ("Ärzte ohne Grenze", []),  # the words as listed, nothing else
    ],
)
def test_untagged_kb_organisations_are_orgs(text: str, expected: list[tuple[int, int]]) -> None:
    names = known_org_names(["Ärzte ohne Grenzen", "Welternährungsprogramm"])
    out = add_known_orgs(_words(text), [], names)
    assert [(s.start, s.end) for s in out] == expected and all(s.label == "ORG" for s in out)


def test_a_model_span_keeps_its_place() -> None:
    names = known_org_names(["Ärzte ohne Grenzen"])
    model = [Found(0, 1, "PERSON", 0.9, "ner")]
    assert add_known_orgs(_words("Ärzte ohne Grenzen teilte mit"), model, names) == model


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Die Deutsche Welle berichtet", [(1, 2, "LOC")]),  # the adjective alone
        ("laut der Deutschen Welle", [(2, 4, "LOC")]),  # the whole name as a place
        ("laut der Deutschen Welle", [(2, 3, "MISC")]),
    ],
)
def test_a_kb_name_the_model_misread_is_the_organisation(
    text: str, model: list[tuple[int, int, str]]
) -> None:
    names = known_org_names(["Deutsche Welle"])
    spans = [Found(a, b, label, 0.9, "ner") for a, b, label in model]
    out = add_known_orgs(_words(text), spans, names)
    assert [(s.end - s.start, s.label) for s in out] == [(2, "ORG")]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # nothing tagged: the name and its abbreviation
        ("ob die Ständige Impfkommission ( Stiko ) empfiehlt", [], [(2, 4), (5, 6)]),
        # the model tagged the abbreviation alone
        ("Die Kassenärztliche Bundesvereinigung ( KBV ) kritisierte", [(4, 5)], [(1, 3), (4, 5)]),
        # a truncated compound before `und` (session 19)
        (
            "Die Wirtschafts- und Korruptionsstaatsanwaltschaft ( WKStA ) ermittelt",
            [(5, 6)],
            [(1, 4), (5, 6)],
        ),
        # one noun may be a common noun
        ("in der Justizvollzugsanstalt ( JVA )", [], []),
        # letters the name does not hold in order
        ("die Ständige Impfkommission ( Kiso )", [], []),
        # no organisation head
        ("der Große Vorsitzende ( Gvo )", [], []),
    ],
)
def test_names_with_their_abbreviation_in_parentheses(
    text: str, model: list[tuple[int, int]], expected: list[tuple[int, int]]
) -> None:
    spans = [Found(a, b, "ORG", 0.9, "ner") for a, b in model]
    out = add_abbreviated_names(_words(text), spans)
    assert [(s.start, s.end) for s in out] == expected

