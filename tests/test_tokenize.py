"""Tokeniser and sentence splitter: one case per news phenomenon, plus property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.doc import Doc
from newsgraph.nlp.sentences import split_sentences
from newsgraph.nlp.stage import NlpStage
from newsgraph.nlp.tokenize import tokenize
from newsgraph.record import Article, Block


def toks(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def sents(text: str) -> list[str]:
    spans = tokenize(text)
    return [text[spans[i][0] : spans[j - 1][1]] for i, j in split_sentences(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 6. November", ["am", "6.", "November"]),
        ("im 19. Jahrhundert", ["im", "19.", "Jahrhundert"]),
        ("der 3. Platz", ["der", "3.", "Platz"]),
        ("etwa 5.000 Soldaten", ["etwa", "5.000", "Soldaten"]),
        ("1,3 Millionen Euro", ["1,3", "Millionen", "Euro"]),
        ("um 10:30 Uhr", ["um", "10:30", "Uhr"]),
        ("am 24.12.2024 in", ["am", "24.12.2024", "in"]),
        ("Kim Jong-un sagte", ["Kim", "Jong-un", "sagte"]),
        ("No Kwang-chol empfing", ["No", "Kwang-chol", "empfing"]),
        ("dass DVRK-Militärbauingenieure kommen", ["dass", "DVRK-Militärbauingenieure", "kommen"]),
        ("z. B. Berlin", ["z. B.", "Berlin"]),
        ("z.B. Berlin", ["z.B.", "Berlin"]),
        ("u. a. Moskau", ["u. a.", "Moskau"]),
        ("Dr. Müller und Prof. Schmidt", ["Dr.", "Müller", "und", "Prof.", "Schmidt"]),
        ("ca. 20 bzw. 30", ["ca.", "20", "bzw.", "30"]),
        ("John F. Kennedy", ["John", "F.", "Kennedy"]),
        # a surname abbreviated in a court report, before a lower-case word
        ("Herbert P. wurde verurteilt.", ["Herbert", "P.", "wurde", "verurteilt", "."]),
        ("Er nahm Vitamin C.", ["Er", "nahm", "Vitamin", "C", "."]),
        # a name written with a dot between two words
        ("sagte ver.di-Chef Frank Werneke.", ["sagte", "ver.di-Chef", "Frank", "Werneke", "."]),
        ("Die Gewerkschaft ver.di streikt.", ["Die", "Gewerkschaft", "ver.di", "streikt", "."]),
        ("Art. 5 GG", ["Art.", "5", "GG"]),
        (
            "siehe https://www.rt.com/de/a-1. Dann",
            ["siehe", "https://www.rt.com/de/a-1", ".", "Dann"],
        ),
        ("Mail: info@example.org!", ["Mail", ":", "info@example.org", "!"]),
        ("RusslandQuelle: Sputnik", ["Russland", "Quelle", ":", "Sputnik"]),
        ("BerlinFoto: dpa", ["Berlin", "Foto", ":", "dpa"]),
        ("Ein- und Ausfuhr", ["Ein-", "und", "Ausfuhr"]),
        ("COVID-19 und G7", ["COVID-19", "und", "G7"]),
        ("„Wir kommen.“", ["„", "Wir", "kommen", ".", "“"]),
        ("Das ist gut…", ["Das", "ist", "gut", "…"]),
        ("geht's los", ["geht's", "los"]),
        ("laut @dpa_news und #Ukraine", ["laut", "@dpa_news", "und", "#Ukraine"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


def test_year_at_sentence_end_is_not_an_ordinal() -> None:
    assert toks("Er starb 2005. Danach kam") == ["Er", "starb", "2005", ".", "Danach", "kam"]


def test_credit_split_needs_lowercase_uppercase_seam() -> None:
    assert toks("Bildquelle: dpa") == ["Bildquelle", ":", "dpa"]
    assert toks("Vorbild") == ["Vorbild"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er kam am 6. November nach Berlin. Dort blieb er.",
            ["Er kam am 6. November nach Berlin.", "Dort blieb er."],
        ),
        (
            "Dr. Müller kam z. B. mit u. a. Freunden. Sie blieben.",
            ["Dr. Müller kam z. B. mit u. a. Freunden.", "Sie blieben."],
        ),
        (
            "Er sagte: „Wir kommen.“ Dann ging er.",
            ["Er sagte: „Wir kommen.“", "Dann ging er."],
        ),
        (
            "„Wir kommen!“, sagte er. Sie nickte.",
            ["„Wir kommen!“, sagte er.", "Sie nickte."],
        ),
        (
            'Er nannte es "absolut transparent". Das reichte.',
            ['Er nannte es "absolut transparent".', "Das reichte."],
        ),
        (
            'Sie sagte: "Wir gehen. Jetzt." Er blieb.',
            ['Sie sagte: "Wir gehen.', 'Jetzt."', "Er blieb."],
        ),
        ("Er sagte «Nein.» Sie ging.", ["Er sagte «Nein.»", "Sie ging."]),
        ("Er sagte »Nein.« Sie ging.", ["Er sagte »Nein.«", "Sie ging."]),
        (
            "Militärgespräche in Pjöngjang\nDer Minister empfing eine Delegation.",
            ["Militärgespräche in Pjöngjang", "Der Minister empfing eine Delegation."],
        ),
        (
            "NIS fügte hinzu:\n\n„Wir beobachten das.“",
            ["NIS fügte hinzu:", "„Wir beobachten das.“"],
        ),
        ("Äpfel, Birnen usw. Danach Obst.", ["Äpfel, Birnen usw.", "Danach Obst."]),
        ("Wirklich? Ja! Gut.", ["Wirklich?", "Ja!", "Gut."]),
        ("Er sagte ‚Nein.‘ Sie ging.", ["Er sagte ‚Nein.‘", "Sie ging."]),
        ("Er wurde 75. Dann starb er.", ["Er wurde 75.", "Dann starb er."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_stage_fills_tokens_and_sentences_per_block() -> None:
    text = "Titel ohne Punkt\n\nDer Text beginnt hier. Er endet hier.\n\nFoto: dpa"
    blocks = (
        Block("title", 0, 16, "de"),
        Block("body", 18, 54, "de"),
        Block("credit", 56, len(text), "de"),
    )
    doc = Doc(Article(id="a", text=text, language="de", blocks=blocks))
    NlpStage()(doc)
    assert [s.block for s in doc.sentences] == [0, 1, 1, 2]
    for sent in doc.sentences:
        first, last = doc.tokens[sent.tok_start], doc.tokens[sent.tok_end - 1]
        assert (first.start, last.end) == (sent.start, sent.end)
    assert [doc.text[s.start : s.end] for s in doc.content_sentences()][:1] == ["Titel ohne Punkt"]


def test_stage_without_blocks_treats_text_as_one_block() -> None:
    doc = Doc(Article(id="a", text="Ein Satz. Noch einer.", language="de"))
    NlpStage()(doc)
    assert len(doc.sentences) == 2
    assert all(s.block == -1 for s in doc.sentences)


def test_english_article_does_not_crash() -> None:
    text = "The minister said on Monday that talks were going well. Nobody disagreed."
    doc = Doc(
        Article(id="e", text=text, language="en", blocks=(Block("body", 0, len(text), "en"),))
    )
    NlpStage()(doc)
    assert len(doc.sentences) == 2
    assert doc.tokens[1].text == "minister" and doc.tokens[1].pos == "NOUN"
    assert all(t.pos for t in doc.tokens)


_alphabet = st.sampled_from(
    list("aAbBzZäÜß019 .,;:!?-–„“\"«»()'\n") + ["z. B.", "6. ", "5.000", "http://x.de/a", "Quelle"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_tokens_never_overlap_and_slice_exactly(text: str) -> None:
    spans = tokenize(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s:e].isspace()
        assert text[s:e] == text[s:e].strip()
        last = e
    # every non-space character is inside a token
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@settings(max_examples=100, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_sentences_cover_tokens_in_order(text: str) -> None:
    doc = Doc(Article(id="p", text=text, language="de"))
    NlpStage()(doc)
    pos = 0
    for sent in doc.sentences:
        assert sent.tok_start == pos and sent.tok_end > sent.tok_start
        assert doc.tokens[sent.tok_start].start == sent.start
        assert doc.tokens[sent.tok_end - 1].end == sent.end
        pos = sent.tok_end
    assert pos == len(doc.tokens)
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut bildblog.de hat er", ["Laut", "bildblog.de", "hat", "er"]),
        ("wie news.bbc.co.uk meldete", ["wie", "news.bbc.co.uk", "meldete"]),
        ("berichtete Spiegel.de.", ["berichtete", "Spiegel.de", "."]),
        ("auf tagesschau.de/inland stand", ["auf", "tagesschau.de/inland", "stand"]),
        # not a domain: a capitalised 'TLD', a sentence end without space, an e-mail address
        ("in Berlin.De facto", ["in", "Berlin", ".", "De", "facto"]),
        ("an a.b@x.de schreiben", ["an", "a.b@x.de", "schreiben"]),
    ],
)
def test_bare_domain_names_are_one_token(text: str, expected: list[str]) -> None:
    assert toks(text) == expected
