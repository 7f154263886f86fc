"""English post-correction of entity mentions (newsgraph/ner/english.py, english_words.py)."""

from __future__ import annotations

import pytest

from newsgraph.doc import Mention, Token
from newsgraph.io import article_from_text
from newsgraph.ner.english import correct_english, is_time_word, sentence_starts
from newsgraph.ner.lexicon import load_gazetteer
from newsgraph.ner.simple_tokens import split_sentences, tokenize
from newsgraph.pipeline import Pipeline


def _mention(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label)


def _correct(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    toks = tokenize(text)
    sents = [toks[s.tok_start:s.tok_end] for s in split_sentences(text, toks)]
    flat: list[Token] = [t for s in sents for t in s]
    out = correct_english(text, flat, mentions, load_gazetteer(), sentence_starts(sents))
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.label) for m in out]


def test_speech_verb_and_possessive_are_cut() -> None:
    text = "Japan's envoy met Lee. Tanaka said the talks went well."
    got = _correct(text, [_mention(text, "Japan's", "PERSON"), _mention(text, "Tanaka said", "MISC")])
    assert ("Japan", "GPE") in got
    assert ("Tanaka", "MISC") in got
    assert not any("said" in t or "'s" in t for t, _ in got)


def test_curly_possessive_and_country_typed() -> None:
    text = "Officials in Buenos Aires said Argentina’s central bank moved."
    got = _correct(text, [_mention(text, "Argentina’s", "ORG")])
    assert ("Argentina", "GPE") in got
    assert ("Buenos Aires", "GPE") in got  # untagged, but a known city


def test_time_words_are_never_entities() -> None:
    text = "The vote was held on Monday in Lisbon, and the result came on Tuesday, Jan 12."
    got = _correct(text, [_mention(text, "Monday", "LOC"), _mention(text, "Tuesday", "ORG"),
                          _mention(text, "Jan", "PERSON")])
    assert got == [("Lisbon", "GPE")]


def test_ambiguous_month_needs_temporal_context() -> None:
    assert is_time_word("May", "in", "")
    assert is_time_word("March", "", "3")
    assert not is_time_word("May", "Theresa", "said")
    assert is_time_word("Friday") and is_time_word("Sept.")
    assert not is_time_word("Reuters")


def test_dateline_place_and_agency() -> None:
    text = "TOKYO, Jan 9 (Reuters) - Shares fell sharply in early trade."
    got = _correct(text, [_mention(text, "TOKYO", "ORG")])
    assert got[:2] == [("TOKYO", "GPE"), ("Reuters", "ORG")]


def test_dateline_with_unknown_place_and_dash_only() -> None:
    text = "KHARKIV - Two people were injured overnight, officials said."
    got = _correct(text, [])
    assert ("KHARKIV", "GPE") in got


def test_organisation_patterns() -> None:
    text = ("The Health Ministry and the Ministry of Foreign Affairs disagreed. "
            "Acme Widgets Inc. sued Globex Corp. in court.")
    got = _correct(text, [_mention(text, "Health", "PERSON"), _mention(text, "Foreign Affairs", "PERSON")])
    assert ("Health Ministry", "ORG") in got
    assert ("Ministry of Foreign Affairs", "ORG") in got
    assert ("Acme Widgets Inc.", "ORG") in got
    assert ("Globex Corp.", "ORG") in got
    assert not any(label == "PERSON" for _, label in got)


def test_titles_give_the_person_name_only() -> None:
    text = "Later, Prime Minister Rosa Delgado met Mr Okafor and President Lindqvist's aides."
    got = _correct(text, [_mention(text, "Prime Minister Rosa Delgado", "ORG"),
                          _mention(text, "Mr Okafor", "MISC")])
    assert ("Rosa Delgado", "PERSON") in got
    assert ("Okafor", "PERSON") in got
    assert ("Lindqvist", "PERSON") in got
    assert not any(t.startswith(("Prime", "Mr", "President")) for t, _ in got)


def test_person_name_is_not_split_by_a_month_name() -> None:
    text = "Last week Theresa May spoke in Leeds."
    got = _correct(text, [_mention(text, "Theresa", "PERSON")])
    assert ("Theresa May", "PERSON") in got


def test_first_names_that_are_places_stay_persons() -> None:
    text = "The striker Jordan scored, and Paris Hilton watched."
    got = _correct(text, [_mention(text, "Jordan", "PERSON"), _mention(text, "Paris Hilton", "PERSON")])
    assert ("Paris Hilton", "PERSON") in got


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.default(disable=("times", "quantities", "claims", "events"))


def test_english_article_entities_are_consistent(pipe: Pipeline) -> None:
    text = ("OSLO, Feb 2 (Reuters) - Norway's Foreign Ministry said on Wednesday that Sweden's "
            "envoy had been summoned.\n\nForeign Minister Ingrid Halvorsen told reporters the "
            "talks would resume in April. \"We expect answers,\" Halvorsen said.")
    art = pipe.run(article_from_text(text))
    assert art.language == "en"
    by_text = {m.text: e.type for e in art.entities for m in e.mentions}
    assert by_text.get("OSLO") == "GPE"
    assert by_text.get("Reuters") == "ORG"
    assert by_text.get("Norway") == "GPE" and by_text.get("Sweden") == "GPE"
    assert by_text.get("Foreign Ministry") == "ORG" or by_text.get("Norway's Foreign Ministry") is None
    assert by_text.get("Ingrid Halvorsen") == "PERSON"
    assert not any(w in t for t in by_text for w in ("Wednesday", "April", "said", "'s"))
    for e in art.entities:  # standoff offsets hold
        for m in e.mentions:
            assert art.text[m.start:m.end] == m.text


def test_correction_runs_for_english_only(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.ner.stage as ner_stage

    calls: list[int] = []

    def spy(text: str, tokens: list[Token], mentions: list[Mention], *rest: object) -> list[Mention]:
        calls.append(len(mentions))
        return list(mentions)

    monkeypatch.setattr(ner_stage, "correct_english", spy)
    german = ("Berlin (dpa) - Der Bundestag hat am Montag über den Haushalt beraten. "
              "Finanzminister Lindner sagte, die Lage sei ernst.")
    assert pipe.run(article_from_text(german)).language == "de"
    assert calls == []
    english = "LONDON (Reuters) - The Bank of England held rates on Thursday, officials said."
    assert pipe.run(article_from_text(english)).language == "en"
    assert len(calls) == 1


def test_possessive_organisation_and_owner() -> None:
    text = "A Defence Ministry's spokesman said Chile's Interior Ministry had agreed."
    got = _correct(text, [_mention(text, "Chile's Interior Ministry", "PERSON")])
    assert ("Defence Ministry", "ORG") in got
    assert ("Chile", "GPE") in got and ("Interior Ministry", "ORG") in got


def test_titled_names_with_particles() -> None:
    text = "Egypt's President Abdel Fattah al-Sisi met Commission President Ursula von der Leyen."
    got = _correct(text, [_mention(text, "Abdel Fattah", "PERSON")])
    assert ("Abdel Fattah al-Sisi", "PERSON") in got
    assert ("Ursula von der Leyen", "PERSON") in got
    assert ("Egypt", "GPE") in got


def test_document_level_common_nouns_datelines_and_nationalities() -> None:
    text = ("VARNO, May 3 (Reuters) - Carmaker Ostrel Motors said sales fell in Ostravia.\n"
            "Ostrel Motors blamed the Ostravian tax. Consumer groups in Varno were unhappy, and "
            "a consumer survey agreed. Spanish buyers also stayed away.")
    got = _correct(text, [_mention(text, "Carmaker Ostrel Motors", "ORG"),
                          _mention(text, "Ostrel Motors", "ORG", 1),
                          _mention(text, "Ostravia", "LOC"),
                          _mention(text, "Ostravian", "LOC"),
                          _mention(text, "Consumer", "PERSON"),
                          _mention(text, "Varno", "PERSON")])
    assert ("VARNO", "GPE") in got and ("Varno", "GPE") in got
    assert got.count(("Ostrel Motors", "ORG")) == 2
    assert ("Ostravian", "NORP") in got and ("Ostravia", "LOC") in got
    assert ("Spanish", "NORP") in got
    assert not any(t in ("Consumer", "Carmaker Ostrel Motors") for t, _ in got)


def test_split_parts_keep_a_type() -> None:
    text = "Yesterday Okonjo told CNN that the deal was off."
    got = _correct(text, [_mention(text, "Okonjo told CNN", "PERSON")])
    assert got == [("Okonjo", "PERSON"), ("CNN", "ORG")]


def test_leading_titles_quantifiers_and_lone_plurals() -> None:
    text = ("Floods hit the valley. More than 40 homes were damaged. Economist Lara Quint "
            "said Deputy leader Omar Fenn was informed.")
    got = _correct(text, [_mention(text, "Floods", "PERSON"), _mention(text, "More", "PERSON"),
                          _mention(text, "Economist Lara Quint", "PERSON"),
                          _mention(text, "Deputy", "PERSON")])
    assert ("Lara Quint", "PERSON") in got
    assert not any(t in ("Floods", "More", "Deputy") for t, _ in got)


def test_calendar_words_come_from_the_time_lexicon() -> None:
    from newsgraph.temporal.rulebase import load_lexicon

    lex = load_lexicon("en")
    for word in (*lex.months, *lex.weekdays, *lex.seasons, *lex.parts_of_day, *lex.deictic_days):
        ambiguous = word in ("may", "march", "august")
        assert is_time_word(word.capitalize()) is not ambiguous, word
        assert is_time_word(word.capitalize(), "in")
    assert is_time_word("Thurs") and is_time_word("Week")
    assert not is_time_word("Korea") and not is_time_word("Marches", "in")
