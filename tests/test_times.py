"""Time tagging: extents, TIMEX3 values, mods, anchoring, false positives, the stage."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.doc import Doc, Token
from newsgraph.errors import ConfigError
from newsgraph.record import Article, Block, Source
from newsgraph.temporal import signal_before, tag_times
from newsgraph.temporal.stage import TimesStage

DCT = dt.date(2025, 11, 7)  # a Friday
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def values(text: str, dct: dt.date | None = DCT, **kw: object) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag_times(text, dct=dct, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gespräche fanden am 6. November statt.", [("6. November", "2025-11-06", None)]),
        ("Das war am 6. November 2024.", [("6. November 2024", "2024-11-06", None)]),
        ("Der Vertrag wurde im Juni 2024 unterzeichnet.", [("Juni 2024", "2024-06", None)]),
        ("Er hatte im Juni mitgeteilt, dass …", [("Juni", "2025-06", None)]),
        ("Seit September werden Arbeiter verlegt.", [("September", "2025-09", None)]),
        ("Ende Oktober erklärte er das.", [("Ende Oktober", "2025-10", "END")]),
        ("Anfang Oktober kam er.", [("Anfang Oktober", "2025-10", "START")]),
        ("Mitte 2024 war es so.", [("Mitte 2024", "2024", "MID")]),
        ("Gestern sagte er es.", [("Gestern", "2025-11-06", None)]),
        ("Das geschah vorgestern.", [("vorgestern", "2025-11-05", None)]),
        ("Er kommt morgen.", [("morgen", "2025-11-08", None)]),
        ("Das war letzte Woche.", [("letzte Woche", "2025-W44", None)]),
        ("Im vergangenen Jahr stieg es.", [("vergangenen Jahr", "2024", None)]),
        ("Am 06.11.2025 kam es.", [("06.11.2025", "2025-11-06", None)]),
        ("Am 6.11. kam es.", [("6.11.", "2025-11-06", None)]),
        ("Die Saison 2005/2006 war gut.", [("2005", "2005", None), ("2006", "2006", None)]),
        ("In den 1990er Jahren war das anders.", [("1990er Jahren", "199", None)]),
        ("Im 19. Jahrhundert war das anders.", [("19. Jahrhundert", "18", None)]),
        ("Das dauerte rund zwei Wochen.", [("rund zwei Wochen", "P2W", "APPROX")]),
        ("Sie warteten drei Tage.", [("drei Tage", "P3D", None)]),
        ("Es kam gegen Mittag.", [("gegen Mittag", "2025-11-07T12:00", "APPROX")]),
        ("Es begann um 15:30 Uhr.", [("15:30 Uhr", "2025-11-07T15:30", None)]),
        ("In den kommenden Tagen wird es regnen.", [("kommenden Tagen", "PXD", None)]),
        ("Das passiert täglich.", [("täglich", "P1D", None)]),
        ("Im Sommer 1940 war das.", [("Sommer 1940", "1940-SU", None)]),
        ("Das war 216 v. Chr.", [("216 v. Chr.", "BC0216", None)]),
        ("Zu Ostern 2024 kam er.", [("Ostern 2024", "2024-03-31", None)]),
        ("Am Pfingstmontag 2025 kam er.", [("Pfingstmontag 2025", "2025-06-09", None)]),
        ("An Weihnachten war er zu Hause.", [("Weihnachten", "2024-12-25", None)]),
    ],
)
def test_german_values(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text) == expected


def test_chain_day_before() -> None:
    text = "Die Gespräche fanden am 6. November statt. Am Tag zuvor trafen sie sich."
    assert [v for _, v, _ in values(text)] == ["2025-11-06", "2025-11-05"]


def test_chain_relative_later() -> None:
    text = "Am 3. März 2020 begann es. Zwei Tage später endete es, am selben Abend."
    assert [v for _, v, _ in values(text)] == ["2020-03-03", "2020-03-05", "2020-03-05TEV"]


def test_relative_year_and_half_year() -> None:
    text = "Am 3. März 2020 begann es. Im März des folgenden Jahres endete es. Ein halbes Jahr später kam er."
    assert [v for _, v, _ in values(text)] == ["2020-03-03", "2021-03", "2021-09"]


def test_weekday_follows_tense() -> None:
    assert values("Am Montag reiste er ab.")[0][1] == "2025-11-03"
    assert values("Am Montag wird er abreisen.")[0][1] == "2025-11-10"


def test_weekend_follows_tense_like_a_weekday() -> None:
    # DCT 2025-11-07 (Friday of ISO week 45): the weekend before it, or the one ahead
    assert values("Er hatte am Wochenende angekündigt, zu klagen.")[0][:2] == (
        "Wochenende",
        "2025-W44-WE",
    )
    assert values("Die Partei wird am Wochenende entscheiden.")[0][1] == "2025-W45-WE"


def test_weekday_tense_from_tokens() -> None:
    text = "Am Montag reist er ab."
    toks = [Token(0, 2, "Am", "ADP"), Token(3, 9, "Montag", "NOUN"),
            Token(10, 15, "reist", "VERB", lemma="reisen", morph="Tense=Past|VerbForm=Fin")]
    assert tag_times(text, dct=DCT, tokens=toks)[0].value == "2025-11-03"


def test_december_in_past_report_is_last_year() -> None:
    assert values("Im Dezember hatte er gesagt …")[0][1] == "2024-12"


def test_no_publication_date_keeps_unknown_year() -> None:
    assert values("Am 6. November kam es.", dct=None) == [("6. November", "XXXX-11-06", None)]
    assert values("Im Juni kam es.", dct=None)[0][1] == "XXXX-06"
    assert values("Gestern kam es.", dct=None)[0][1] == "XXXX-XX-XX"


@pytest.mark.parametrize(
    "text",
    [
        "Die Leute gingen mit dem Hund.",
        "Mai Thi Nguyen erklärte das.",
        "August Bebel war Sozialdemokrat.",
        "Das Ende der Geschichte ist offen.",
        "Es kamen 5.000 Soldaten und 1500 Polizisten.",
        "Mehr als 2000 Menschen demonstrierten.",
        "Siehe § 12.3. des Gesetzes.",
        "Er trägt die Nummer 1990 auf dem Trikot, Nr. 2010.",
        "Nun ja, das ist später zu klären.",
    ],
)
def test_no_false_times(text: str) -> None:
    assert values(text) == []


def test_month_after_preposition_is_a_month_even_if_a_name() -> None:
    assert values("Sie kam im Mai.")[0][1] == "2025-05"


def test_name_month_with_tokens() -> None:
    text = "Er traf Juni Meier."
    toks = [Token(0, 2, "Er", "PRON"), Token(3, 7, "traf", "VERB"), Token(8, 12, "Juni", "PROPN"),
            Token(13, 18, "Meier", "PROPN")]
    assert tag_times(text, dct=DCT, tokens=toks) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened on November 6, 2025.", "2025-11-06"),
        ("It happened yesterday.", "2025-11-06"),
        ("It happened in June 2024.", "2024-06"),
        ("They met last week.", "2025-W44"),
        ("He arrived three days ago.", "2025-11-04"),
        ("It lasted about two weeks.", "P2W"),
        ("In the 1990s it was different.", "199"),
        # agency datelines abbreviate months without a period
        ("MOSCOW, Nov 4 (Reuters) - Troops moved.", "2025-11-04"),
        ("It was signed on Sept 30, 2024.", "2024-09-30"),
        ("It was signed on Oct. 2, 2024.", "2024-10-02"),
    ],
)
def test_english(text: str, value: str) -> None:
    out = tag_times(text, dct=DCT, lang="en")
    assert [t.value for t in out] == [value]


def test_english_first_name_jan_is_no_month() -> None:
    # "Jan" without a period is far more often a first name than a month
    assert tag_times("Jan 3 people came.", dct=DCT, lang="en") == []


def test_signal_before() -> None:
    text = "Seit September kommen sie."
    t = tag_times(text, dct=DCT)[0]
    assert signal_before(text, t.start) == "seit"


def _doc(text: str, blocks: tuple[Block, ...], published: str | None = "2025-11-07") -> Doc:
    art = Article(id="a", text=text, source=Source(published=published), language="de", blocks=blocks)
    return Doc(article=art)


def test_stage_only_content_blocks_and_ids() -> None:
    text = "Am 6. November kam es. Am 7. November auch.\nFoto vom 1. Mai 2020"
    cut = text.index("\n")
    doc = _doc(text, (Block("body", 0, cut), Block("caption", cut + 1, len(text))))
    stage = TimesStage()
    assert stage.requires == ("tokens",) and stage.provides == ("times",)
    stage(doc)
    times = doc.article.times
    assert [t.id for t in times] == ["t1", "t2"]
    assert [t.value for t in times] == ["2025-11-06", "2025-11-07"]
    assert all(text[t.start : t.end] == t.text for t in times)


def test_stage_rejects_unknown_genre() -> None:
    with pytest.raises(ConfigError):
        TimesStage(genre="poetry")


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_full_dates_round_trip(d: dt.date) -> None:
    long = f"Es geschah am {d.day}. {MONTHS[d.month - 1]} {d.year} in Berlin."
    numeric = f"Es geschah am {d.day:02d}.{d.month:02d}.{d.year} in Berlin."
    for text in (long, numeric):
        out = tag_times(text, dct=DCT)
        assert [t.value for t in out] == [d.isoformat()]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_never_crashes_and_offsets_hold(text: str) -> None:
    for t in tag_times(text, dct=DCT):
        assert text[t.start : t.end] == t.text
