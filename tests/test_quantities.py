"""Quantities: values, units, mods, ranges, exclusions, English, the stage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.doc import Doc, Token
from newsgraph.quantities import QuantitiesStage, tag_quantities
from newsgraph.quantities.numbers import parse_digits, parse_number_word
from newsgraph.record import Article, Block, Source, TimeExpr


def q1(text: str, **kw: object) -> tuple[float, bool, str | None, str | None, float | None]:
    out = tag_quantities(text, **kw)  # type: ignore[arg-type]
    assert len(out) == 1, out
    q = out[0]
    return q.value, q.approx, q.unit, q.mod, q.high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es wurden etwa 5.000 nordkoreanische Militärbauarbeiter verlegt.",
         (5000, True, "Militärbauarbeiter", "APPROX", None)),
        ("Es kamen 1,3 Millionen Menschen.", (1_300_000, False, "Menschen", None, None)),
        ("Er schickte fünftausend Soldaten.", (5000, False, "Soldaten", None, None)),
        ("Dutzende Verletzte wurden gezählt.", (24, True, "Verletzte", "APPROX", None)),
        ("Es gab mindestens 90 Tote.", (90, False, "Tote", "MIN", None)),
        ("Mehr als 2.500 Polizisten waren im Einsatz.", (2500, False, "Polizisten", "MORE_THAN", None)),
        ("Die Preise stiegen um 5 Prozent.", (5, False, "%", None, None)),
        ("Der Staat zahlt 3 Mrd. Euro.", (3e9, False, "EUR", None, None)),
        ("Es kamen 20 bis 30 Demonstranten.", (20, False, "Demonstranten", None, 30)),
        ("Es kamen zwischen 20 und 30 Demonstranten.", (20, False, "Demonstranten", None, 30)),
        ("Die Kolonne war 40 km lang.", (40, False, "km", None, None)),
        ("Bis zu 300 Menschen.", (300, False, "Menschen", "MAX", None)),
        ("Eine Million Euro fehlen.", (1e6, False, "EUR", None, None)),
        ("Die Preise steigen um 20-25 Prozent.", (20, False, "%", None, 25)),
    ],
)
def test_german(text: str, expected: tuple[float, bool, str | None, str | None, float | None]) -> None:
    assert q1(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am 6. November 2025 kam er.",
        "Der 3. Versuch scheiterte.",
        "Im Jahr 2024 war alles anders.",
        "Rufen Sie 030 1234567 an.",
        "Die Kommandosache Nr. 170/39 lag vor.",
        "Das Spiel endete 2:1 um 4:45 Uhr.",
        "Die F-35 und die G7 trafen sich.",
        "Die beiden Länder und ein Mann.",
        "Er wartete drei Tage.",
        "Artikel 5 des Vertrags gilt.",
        "Die 105. Auflage des Rennens begann.",
    ],
)
def test_not_quantities(text: str) -> None:
    from newsgraph.temporal import tag_times

    times = [(t.start, t.end) for t in tag_times(text)]
    assert tag_quantities(text, exclude=times) == []


def test_unit_is_lemma_with_tokens() -> None:
    text = "Es kamen 2.500 Polizisten."
    toks = [Token(0, 2, "Es", "PRON"), Token(3, 8, "kamen", "VERB"), Token(9, 14, "2.500", "NUM"),
            Token(15, 25, "Polizisten", "NOUN", lemma="Polizist")]
    assert tag_quantities(text, tokens=toks)[0].unit == "Polizist"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5,000 workers were sent.", (5000, True, "workers", "APPROX", None)),
        ("More than 2,500 police officers came.", (2500, False, "officers", "MORE_THAN", None)),
        ("It costs $3 billion.", (3e9, False, "USD", None, None)),
        ("Prices rose 5 percent.", (5, False, "%", None, None)),
        ("1.3 million residents fled.", (1_300_000, False, "residents", None, None)),
    ],
)
def test_english(text: str, expected: tuple[float, bool, str | None, str | None, float | None]) -> None:
    assert q1(text, lang="en") == expected


def test_stage_uses_times_and_content_blocks() -> None:
    text = "Seit 2020 kamen 300 Soldaten.\nFoto: 12 Bilder"
    cut = text.index("\n")
    art = Article(id="a", text=text, source=Source(published="2025-11-07"), language="de",
                  blocks=(Block("body", 0, cut), Block("caption", cut + 1, len(text))),
                  times=(TimeExpr("t1", 5, 9, "2020", "2020"),))
    doc = Doc(article=art)
    doc.provided.add("times")
    QuantitiesStage()(doc)
    qs = doc.article.quantities
    assert [(q.id, q.value, q.unit) for q in qs] == [("q1", 300, "Soldaten")]


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_german_grouped_digits_round_trip(n: int) -> None:
    written = f"{n:,}".replace(",", ".")
    assert parse_digits(written, "de") == n
    assert parse_digits(f"{n:,}", "en") == n
    out = tag_quantities(f"Es kamen {written} Besucher.")
    if not (1000 <= n <= 2099 and "." not in written):
        assert [(q.value, q.unit) for q in out] == [(n, "Besucher")]


@pytest.mark.parametrize(
    ("word", "value"),
    [("fünftausend", 5000), ("zweihundertfünfzig", 250), ("einundzwanzig", 21), ("zwölf", 12),
     ("dreitausendvierhundert", 3400), ("hundert", 100)],
)
def test_number_words(word: str, value: int) -> None:
    assert parse_number_word(word) == value
