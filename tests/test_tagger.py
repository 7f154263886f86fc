"""The built-in tagger on typical news sentences: POS, lemmas, case and Konjunktiv I/II."""

from __future__ import annotations

import pytest

from newsgraph.doc import Doc, Token
from newsgraph.errors import ConfigError, MissingDependency
from newsgraph.nlp.morph import mood_of
from newsgraph.nlp.stage import NlpStage, german_tagger
from newsgraph.record import Article


def tag(text: str) -> list[Token]:
    doc = Doc(Article(id="t", text=text, language="de"))
    NlpStage()(doc)
    return doc.tokens


def find(tokens: list[Token], text: str) -> Token:
    return next(t for t in tokens if t.text == text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Der Sprecher sagte, die Lage sei ruhig.", "sei"),
        ("Sie erklärte, er habe nichts gewusst.", "habe"),
        ("Putin sagte, Russland werde das Abkommen unterzeichnen.", "werde"),
        ("Der Minister betonte, man könne darüber reden.", "könne"),
    ],
)
def test_konjunktiv_one(text: str, verb: str) -> None:
    tok = find(tag(text), verb)
    assert tok.feat("Mood") == "Sub"
    assert tok.feat("Subj") == "I"
    assert tok.feat("Tense") == "Pres"
    assert tok.feat("Person") == "3"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Die Soldaten würden nach Russland entsandt.", "würden"),
        ("Sie hätten es gewusst, wenn er gekommen wäre.", "hätten"),
        ("Sie hätten es gewusst, wenn er gekommen wäre.", "wäre"),
        ("Ohne Hilfe käme die Delegation nicht an.", "käme"),
    ],
)
def test_konjunktiv_two(text: str, verb: str) -> None:
    tok = find(tag(text), verb)
    assert tok.pos in ("AUX", "VERB")
    assert tok.feat("Mood") == "Sub"
    assert tok.feat("Subj") == "II"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ich habe keine Zeit.", "habe"),
        ("Er sagte, die Lage ist ruhig.", "ist"),
        ("Die Regierung hatte das bestätigt.", "hatte"),
        ("Sie sollte am Montag kommen.", "sollte"),
    ],
)
def test_indicative(text: str, verb: str) -> None:
    tok = find(tag(text), verb)
    assert tok.feat("Mood") == "Ind"
    assert tok.feat("Subj") is None


def test_article_case() -> None:
    toks = tag("Der Minister gab dem Botschafter den Brief des Präsidenten.")
    assert [t.pos for t in toks[:3]] == ["DET", "NOUN", "VERB"]
    assert toks[0].feat("Case") == "Nom"
    assert find(toks, "dem").feat("Case") == "Dat"
    assert find(toks, "des").feat("Case") == "Gen"
    assert find(toks, "Brief").feat("Case") == "Acc"
    assert all(find(toks, w).lemma == "der" for w in ("Der", "dem", "den", "des"))


def test_typical_news_sentence() -> None:
    toks = tag("Der Verteidigungsminister empfing am 6. November eine Delegation in Pjöngjang.")
    pos = {t.text: t.pos for t in toks}
    assert pos["Verteidigungsminister"] == "NOUN"
    assert pos["empfing"] == "VERB"
    assert pos["am"] == "ADP"
    assert pos["Pjöngjang"] == "PROPN"
    assert pos["."] == "PUNCT"
    assert find(toks, "empfing").lemma == "empfangen"
    assert find(toks, "empfing").feat("Tense") == "Past"
    assert find(toks, "Verteidigungsminister").tag == "NN"


def test_participle_in_verb_final_clause() -> None:
    toks = tag("Südkorea behauptete, dass Ingenieure nach Russland entsandt würden.")
    part = find(toks, "entsandt")
    assert part.tag == "VVPP" and part.feat("VerbForm") == "Part"
    assert part.lemma == "entsenden"


def test_compound_unknown_to_the_lexicon_gets_head_lemma() -> None:
    toks = tag("Die DVRK-Militärbauingenieure arbeiten dort.")
    tok = find(toks, "DVRK-Militärbauingenieure")
    assert tok.pos == "NOUN"
    assert tok.lemma == "DVRK-Militärbauingenieur"
    assert tok.feat("Number") == "Plur"


def test_mood_rules_directly() -> None:
    assert mood_of("gebe", "geben", ["er"]) == ("Sub", "I")
    assert mood_of("gebe", "geben", ["ich"]) == ("Ind", None)
    assert mood_of("gäbe", "geben", ["es"]) == ("Sub", "II")
    assert mood_of("läge", "liegen", ["sie"]) == ("Sub", "II")
    assert mood_of("sagte", "sagen", ["er"]) == ("Ind", None)
    assert mood_of("arbeite", "arbeiten", ["sie"]) == ("Sub", "I")
    assert mood_of("ginge", "gehen", ["es"]) == ("Sub", "II")
    assert mood_of("blieben", "bleiben", ["sie"]) == ("Ind", None)  # = preterite plural
    assert mood_of("müßten", "müssen", ["sie"]) == ("Sub", "II")
    # the subject "ich" counts anywhere back to the clause break
    assert mood_of("bekomme", "bekommen", ["ich", "arbeite", "und"]) == ("Ind", None)
    assert mood_of("bekomme", "bekommen", ["ich", "sagte", ",", "er"]) == ("Sub", "I")


def test_batch_and_single_sentence_agree() -> None:
    tagger = german_tagger()
    a = ["Die", "Regierung", "bestätigte", "den", "Bericht", "."]
    b = ["Er", "sei", "zufrieden", ",", "sagte", "er", "."]
    assert tagger.tag_sentences([a, b]) == [
        tagger.tag_sentences([a])[0],
        tagger.tag_sentences([b])[0],
    ]


def test_unknown_model_name_and_missing_spacy() -> None:
    with pytest.raises(ConfigError):
        german_tagger("nonsense")
    try:
        import spacy  # noqa: F401
    except ImportError:
        with pytest.raises(MissingDependency) as info:
            NlpStage(model="de_core_news_lg")
        assert "newsgraph[spacy]" in str(info.value)
    else:  # pragma: no cover - spaCy installed, the model name decides
        pytest.skip("spaCy is installed")


def test_noun_phrase_agreement() -> None:
    toks = tag("Er sprach mit russischen Soldaten und ging zur Regierung ins Ministerium.")
    assert find(toks, "Soldaten").feat("Case") == "Dat"
    assert find(toks, "russischen").feat("Case") == "Dat"
    assert find(toks, "russischen").feat("Number") == "Plur"
    zur = find(toks, "zur")
    assert (zur.pos, zur.tag, zur.lemma) == ("ADP", "APPRART", "zu")
    assert zur.feat("Case") == "Dat" and zur.feat("Gender") == "Fem"
    assert find(toks, "ins").feat("Case") == "Acc"
    assert find(toks, "Ministerium").feat("Case") == "Acc"


def test_fast_context_ids_match_the_training_features() -> None:
    from training.train_tagger import pass2_features

    tagger = german_tagger()
    words = str.split(
        "Die Regierung sei zufrieden , sagte er . Er war da , als es geschlossen wurde"
    )
    tags = str.split(
        "DET NOUN AUX ADJ PUNCT VERB PRON PUNCT PRON VERB ADV PUNCT SCONJ PRON VERB AUX"
    )
    index = tagger.model.features
    feats = pass2_features(tagger.cache, words, tags)
    assert any(f.startswith("cop|") for f in feats[9]) and "cap|" in feats[1][-1]
    assert "pp|w=geschlossen,w" in feats[14]
    slow = [sorted(index[f] for f in fs if f in index) for fs in feats]
    assert [sorted(x) for x in tagger._context_ids(words, tags)] == slow


def test_copula_clause_features() -> None:
    from newsgraph.nlp.tagger_features import clause_spans, copula_features

    words = ["Ich", "war", "im", "Dezember", "da", ",", "wo", "es", "teuer", "war", "."]
    tags = ["PRON", "AUX", "ADP", "NOUN", "ADV", "PUNCT", "ADV", "PRON", "ADJ", "AUX", "PUNCT"]
    spans = clause_spans(words)
    assert spans[1] == (0, 5) and spans[9] == (6, 10) and spans[5] == (5, 6)
    main = copula_features("war", 1, spans[1], tags)
    sub = copula_features("war", 9, spans[9], tags)
    assert "cop|s,False,False,True" in main and "cop|last=s,NOUN" in main
    assert "cop|s,False,True,False" in sub and "cop|last=s,ADJ" in sub
    assert copula_features("sagte", 1, spans[1], tags) == []


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_NLP_MODEL", "hanta")
    stage = NlpStage()
    assert stage.model == "hanta"
    doc = Doc(Article(id="h", text="Er sagte, sie sei krank.", language="de"))
    stage(doc)
    assert find(doc.tokens, "sei").feat("Subj") == "I"
    monkeypatch.setenv("NEWSGRAPH_NLP_MODEL", "")
    assert NlpStage().model == "builtin"


def test_lemmas_of_unknown_words() -> None:
    from newsgraph.nlp.morph import guess_lemma, noun_lemma

    plural = {"Number": "Plur"}
    assert noun_lemma("Ruinen", plural) == "Ruine"
    assert noun_lemma("Frauen", plural) == "Frau"
    assert noun_lemma("Anspielungen", plural) == "Anspielung"
    assert noun_lemma("Theorien", plural) == "Theorie"
    assert noun_lemma("Feuermeldern", plural) == "Feuermelder"
    assert noun_lemma("Ministers", {"Number": "Sing", "Case": "Gen"}) == "Minister"
    assert noun_lemma("Minister", {"Number": "Sing", "Case": "Nom"}) == "Minister"
    assert guess_lemma("sichtete", "VERB") == "sichten"
    assert guess_lemma("spottete", "VERB") == "spotten"
    assert guess_lemma("gesichtet", "VERB") == "sichten"
    assert guess_lemma("gespottet", "VERB") == "spotten"
    assert guess_lemma("gesagt", "VERB") == "sagen"


def test_word_scorer_equals_a_direct_sum_over_feature_rows() -> None:
    import numpy as np

    from newsgraph.nlp.features import base_features

    tagger = german_tagger()
    model = tagger.model
    sents = [["Er", "sagte", ",", "sie", "sei", "krank", "."], ["Kim", "Jong-un", "kam"], ["Ja"]]
    s1, s2 = tagger.scorer.base_scores(sents)
    rows1, rows2 = [], []
    for words in sents:
        for feats in base_features(tagger.cache, words):
            ids = [model.features[f] for f in feats if f in model.features]
            rows1.append(model.pass1[ids].sum(axis=0))
            rows2.append(model.pass2[ids].sum(axis=0))
    assert np.allclose(s1, np.stack(rows1), atol=1e-3)
    assert np.allclose(s2, np.stack(rows2), atol=1e-3)


def test_phoenix_people_reads_leaders_not_countries(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from training.train_tagger import phoenix_people

    path = Path(str(tmp_path)) / "x.actors.txt"
    path.write_text(
        "# comment\n"
        "AFGHANISTAN_  [AFG]\n+KABUL_\n\n"
        "AFGHAN_NATIONAL_ARMY\n\t[AFGMIL]\n"
        "HAMID_KARZAI_  # CountryInfo.txt\n\t[AFGELI 620101-780427]\n"
        "BAN_KI-MOON\n+SECRETARY-GENERAL_BAN_KI-MOON\n\t[IGOUNO >20070101]\n",
        encoding="utf-8",
    )
    assert list(phoenix_people(path)) == [
        "HAMID_KARZAI_",
        "BAN_KI-MOON",
        "SECRETARY-GENERAL_BAN_KI-MOON",
    ]


def test_unknown_word_features_mark_compounds_and_foreign_names() -> None:
    tagger = german_tagger()
    cache = tagger.cache
    compound = cache.get("Militärbauingenieure")[0]
    foreign = cache.get("Mitterrand")[0]
    assert any(f.startswith("unk|cmp=True") for f in compound)
    assert any(f.startswith("unk|cmp=False") for f in foreign)
    assert "c3=rra" in foreign and len(foreign) == len(set(foreign))
    assert not any(f.startswith("unk|") for f in cache.get("Regierung")[0])


def test_harmonise_maps_only_calendar_propn_to_noun() -> None:
    from newsgraph.nlp.conllu import GoldSentence, GoldToken
    from training.train_tagger import harmonise

    def tok(form: str, upos: str, xpos: str) -> GoldToken:
        return GoldToken(form, form, upos, xpos, "_", 0, "dep")

    sent = GoldSentence(
        "dev-s1",
        (tok("Am", "ADP", "APPRART"), tok("Montag", "PROPN", "NE"), tok("Mai", "PROPN", "NE")),
    )
    other = GoldSentence("dev-s2", (tok("Berlin", "PROPN", "NE"), tok("Euro", "NOUN", "NN")))
    out = harmonise([sent, other])
    assert [(t.upos, t.xpos) for t in out[0].tokens] == [
        ("ADP", "APPRART"),
        ("NOUN", "NN"),
        ("NOUN", "NN"),
    ]
    assert out[1] == other
