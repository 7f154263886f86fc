"""Quotation-mark pairing and quote-aware units for direct quotes (invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.claims.text import fallback_tokens, find_quotes, split_units


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, fallback_tokens(text))]


def units(text: str) -> list[str]:
    toks = fallback_tokens(text)
    return [text[u.start : u.end] for u in split_units(text, toks, find_quotes(text, toks))]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Sie sagte: „Wir bauen.“ Dann ging sie.", "„Wir bauen.“"),
        ("Sie sagte: »Wir bauen.« Dann ging sie.", "»Wir bauen.«"),
        ("Sie sagte: «Wir bauen.» Dann ging sie.", "«Wir bauen.»"),
        ('Sie sagte: "Wir bauen." Dann ging sie.', '"Wir bauen."'),
        ("Sie sagte: ‚Wir bauen.‘ Dann ging sie.", "‚Wir bauen.‘"),
        ("She said: “We build.” Then she left.", "“We build.”"),
        ("Sie sagte: „Wir bauen.” Dann ging sie.", "„Wir bauen.”"),
        ('Sie sagte: „Wir bauen." Dann ging sie.', '„Wir bauen."'),
    ],
)
def test_quotation_marks_of_german_swiss_and_english_typography(text: str, quote: str) -> None:
    assert quoted(text) == [quote]


def test_nested_single_marks_stay_inside_the_outer_quotation() -> None:
    text = "„Der ‚Sommerplan‘ gilt weiter“, sagte sie. »Das ›Ziel‹ bleibt«, sagte er."
    assert quoted(text) == ["„Der ‚Sommerplan‘ gilt weiter“", "»Das ›Ziel‹ bleibt«"]


def test_apostrophes_are_no_quotation_marks() -> None:
    text = "„Wie geht's dem Team?“, fragte sie. Andrea’s Laden bleibt zu."
    assert quoted(text) == ["„Wie geht's dem Team?“"]


def test_quotation_reopened_at_each_paragraph_spans_the_paragraphs() -> None:
    text = (
        "Der Bürgermeister sagte:\n"
        "„Die Brücke ist fast fertig. Die Arbeiter haben viel geleistet.\n"
        "„Im Herbst wird sie eröffnet.“\n"
        "Danach fuhr er nach Hause."
    )
    whole = text[text.index("„Die") : text.index("eröffnet.“") + len("eröffnet.“")]
    assert quoted(text) == [whole]
    assert units(text) == ["Der Bürgermeister sagte:", whole, "Danach fuhr er nach Hause."]


def test_quotation_closed_after_unmarked_paragraphs_spans_them() -> None:
    text = (
        "In der Satzung steht:\n"
        "„Der Verein darf folgende Mittel einsetzen:\n"
        "[…]\n"
        "3. Spenden von Mitgliedern.“\n"
        "Die Satzung gilt seit Mai."
    )
    start = text.index("„Der")
    end = text.index("Mitgliedern.“") + len("Mitgliedern.“")
    assert quoted(text) == [text[start:end]]


def test_stray_opening_mark_does_not_swallow_later_quotations() -> None:
    text = "Er sagte: „Wir kommen morgen. Die Gruppe rief „Halt“ und ging."
    assert quoted(text) == ["„Halt“"]


def test_stray_mark_before_a_marked_paragraph_stays_in_its_paragraph() -> None:
    text = "Sie sagte: „Wir bleiben.\nDie Polizei meldete: „Alles ruhig.“"
    assert quoted(text) == ["„Alles ruhig.“"]
    assert len(units(text)) == 2


def test_german_closing_mark_ending_a_paragraph_opens_nothing() -> None:
    text = "Das Wort hieß Freiheit.“\nDer Chor sang „Freude“ und „Frieden“."
    assert quoted(text) == ["„Freude“", "„Frieden“"]


def test_unclosed_quotation_at_paragraph_end_followed_by_plain_text_is_dropped() -> None:
    text = "Sie sagte: „Wir bleiben.\nDann ging sie.\nEr blieb."
    assert quoted(text) == []
    assert units(text) == ["Sie sagte: „Wir bleiben.", "Dann ging sie.", "Er blieb."]


def test_a_year_ends_a_sentence_an_ordinal_does_not() -> None:
    text = "Die Firma besteht seit 1997. „Wir feiern am 3. Mai“, sagte die Chefin."
    assert units(text) == [
        "Die Firma besteht seit 1997.",
        "„Wir feiern am 3. Mai“, sagte die Chefin.",
    ]
    assert units("Sie kam am 12. Dezember 2004 an. Dann ging sie.") == [
        "Sie kam am 12. Dezember 2004 an.",
        "Dann ging sie.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the suspect was ‘very dangerous’ and left.", ["‘very dangerous’"]),
        ("They don’t know. He said ‘we’ll see’ and left.", ["‘we’ll see’"]),
        ("“He said ‘no’ to me,” she said.", ["“He said ‘no’ to me,”"]),
        ("Die ‚Sunrise-Phase‘ beginnt, sagt sie.", ["‚Sunrise-Phase‘"]),
        ("Rock ’n’ Roll lives on.", []),
    ],
)
def test_english_single_quotation_marks_and_apostrophes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected
