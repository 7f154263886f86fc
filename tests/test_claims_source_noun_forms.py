"""Inflected forms of source nouns (`lexicon.is_source_noun`): the dative plural `-n` of
nouns in `-er`/`-el` and the plural of feminines in `-in` name speakers like their base form;
invented words and compounds."""

from __future__ import annotations

from newsgraph.claims.lexicon import load_lexicon


def test_dative_plural_of_a_source_noun() -> None:
    lex = load_lexicon("de")
    assert lex.is_source_noun("Beobachter")
    assert lex.is_source_noun("Beobachtern")
    assert lex.is_source_noun("Regierungssprechern")


def test_feminine_plural_of_a_source_noun() -> None:
    lex = load_lexicon("de")
    assert lex.is_source_noun("Sprecherinnen")
    assert lex.is_source_noun("Ministerinnen")


def test_other_words_in_ern_stay_no_source() -> None:
    lex = load_lexicon("de")
    assert not lex.is_source_noun("Eltern")
    assert not lex.is_source_noun("Kellern")
    assert not lex.is_source_noun("beobachtern")  # lower case: no noun
