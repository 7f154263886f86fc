"""German sentence units after post-correction: impossible cuts joined, glued years cut
(invented sentences; the nlp stage's sentence starts are given by hand)."""

from __future__ import annotations

import re

from newsgraph.claims.text import fallback_tokens, find_quotes, split_units
from newsgraph.claims.unit_boundaries import repaired_units
from newsgraph.doc import Token


def tagged(text: str, tags: dict[str, str]) -> list[Token]:
    """Regex tokens with the STTS tags given per word form."""
    return [Token(t.start, t.end, t.text, tag=tags.get(t.text, "")) for t in fallback_tokens(text)]


def units(text: str, toks: list[Token], cut_before: tuple[str, ...] = ()) -> list[str]:
    """Repaired units; ``cut_before``: words where the (simulated) nlp splitter starts a
    sentence."""
    starts = frozenset(text.index(w) for w in cut_before)
    quotes = find_quotes(text, toks)
    raw = split_units(text, toks, quotes, starts)
    return [text[u.start : u.end] for u in repaired_units(text, toks, raw, quotes)]


def test_ordinal_after_article_or_before_month_is_no_sentence_end() -> None:
    text = "Das Gesetz gilt seit dem 2. Weltkrieg. Der Termin ist der 22. Oktober 2009."
    toks = tagged(text, {"dem": "ART", "der": "ART", "Weltkrieg": "NN", "Oktober": "NN"})
    assert units(text, toks, ("Weltkrieg", "Oktober")) == [
        "Das Gesetz gilt seit dem 2. Weltkrieg.",
        "Der Termin ist der 22. Oktober 2009.",
    ]


def test_century_and_numbered_line_stay_in_their_sentence() -> None:
    text = "Die Krone stammt aus dem frühen 16. Jahrhundert.\n1. FC Köln verliert."
    toks = tagged(text, {"frühen": "ADJA"})
    assert units(text, toks, ("Jahrhundert", "FC")) == [
        "Die Krone stammt aus dem frühen 16. Jahrhundert.",
        "1. FC Köln verliert.",
    ]


def test_number_before_a_sentence_still_ends_it() -> None:
    text = "Das Spiel endete 3 zu 1. Danach sprach der Trainer."
    toks = tagged(text, {"zu": "APPR", "Danach": "PAV"})
    assert units(text, toks, ("Danach",)) == [
        "Das Spiel endete 3 zu 1.",
        "Danach sprach der Trainer.",
    ]


def test_lower_case_word_after_a_period_continues_the_sentence() -> None:
    text = "Merkel sagte, Benedikt XVI. „ist ein großer Denker“. Dann ging sie."
    toks = tagged(text, {"XVI": "NE", "ist": "VAFIN"})
    assert units(text, toks) == [
        "Merkel sagte, Benedikt XVI. „ist ein großer Denker“.",
        "Dann ging sie.",
    ]


def test_thousands_period_split_by_the_tokenizer_is_joined() -> None:
    text = "Er spielte die Rolle 1.476-mal. Dann hörte er auf."
    words = [("Er", 0), ("spielte", 3), ("die", 11), ("Rolle", 15), ("1", 21), (".", 22)]
    words += [("476-mal", 23), (".", 30), ("Dann", 32), ("hörte", 37), ("er", 43)]
    words += [("auf", 46), (".", 49)]
    toks = [Token(s, s + len(w), w) for w, s in words]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert units(text, toks, ("476-mal",)) == [
        "Er spielte die Rolle 1.476-mal.",
        "Dann hörte er auf.",
    ]


def test_sentences_fused_without_space_stay_apart() -> None:
    text = "Sie sprach von einer freien Wahl.Unterdessen protestierten Tausende."
    toks = [Token(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert units(text, toks, ("Unterdessen",)) == [
        "Sie sprach von einer freien Wahl.",
        "Unterdessen protestierten Tausende.",
    ]


def test_year_glued_to_its_period_ends_the_sentence() -> None:
    text = "Ein Börsengang sei nach 2011. Premium Aerotec rechnet mit Gewinn."
    toks = fallback_tokens(text)
    glued = [t for t in toks if t.text != "."] + [toks[-1]]
    year = next(i for i, t in enumerate(glued) if t.text == "2011")
    glued[year] = Token(glued[year].start, glued[year].end + 1, "2011.")
    assert units(text, glued) == [
        "Ein Börsengang sei nach 2011.",
        "Premium Aerotec rechnet mit Gewinn.",
    ]


def test_quotation_of_several_sentences_stays_one_unit() -> None:
    text = "„Wir bauen im 3. Quartal. Danach sehen wir weiter“, sagte sie. Er schwieg."
    toks = tagged(text, {"im": "APPRART"})
    assert units(text, toks, ("Danach", "Quartal")) == [
        "„Wir bauen im 3. Quartal. Danach sehen wir weiter“, sagte sie.",
        "Er schwieg.",
    ]


def test_paragraph_break_is_never_joined() -> None:
    text = "Der Bericht nennt den 2.\nkleinen Fehler."
    toks = tagged(text, {"den": "ART"})
    assert units(text, toks) == ["Der Bericht nennt den 2.", "kleinen Fehler."]
