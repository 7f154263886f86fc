"""Direct quotes (invented German sentences): indirect content made only of quotations is a
direct quote (`Seiner Ansicht nach „…“.`, `„A“ laut X „B“.`, `„…“, das versprach X.`); a
name-shaped quotation as the subject of a definition (`„X“ ist ein …`) is no quote."""

from __future__ import annotations

import pytest
from claims_docs import cues, kept_quotes, layer, tagged_paragraphs

from newsgraph.claims.direct_quotes import quoted_contents
from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.text import fallback_tokens, find_quotes, split_units


def offered(text: str, content: str, nested: bool = False) -> list[tuple[str, list[str], bool]]:
    """Kind, content parts and whether it is nested, for each attribution after the rule, when
    ``content`` (a piece of ``text``, `|` between two parts) is offered as indirect content of
    a `laut` frame; with ``nested`` each quotation inside is also offered as a nested quote."""
    toks = fallback_tokens(text)
    quotes = find_quotes(text, toks)
    units = split_units(text, toks, quotes)
    lex = load_lexicon("de")
    sents = [Sentence(toks[u.tok_start : u.tok_end], quotes, lex, i) for i, u in enumerate(units)]
    parts = []
    for piece in content.split("|"):
        start = text.index(piece.strip())
        parts.append((start, start + len(piece.strip())))
    cue = text.index("laut") if "laut" in text else 0
    outer = Attr("Indirect", parts, [(cue, cue + 4)], "say", (0, 1), len(units) - 1)
    attrs = [outer]
    for q in quotes if nested else ():
        if outer.covers(q.start):
            inner = Attr("Direct", [(q.start, q.end)], list(outer.cue), "say", (0, 1), outer.unit)
            inner.parent = outer
            attrs.append(inner)
    return [
        (a.kind, [text[s:e] for s, e in a.parts], a.parent is not None)
        for a in quoted_contents(attrs, sents)
    ]


def test_content_of_one_quotation_is_a_direct_quote() -> None:
    text = "Das Werk war fertig. Seiner Ansicht nach „sind wir auf einem guten Weg“."
    assert offered(text, "„sind wir auf einem guten Weg“") == [
        ("Direct", ["„sind wir auf einem guten Weg“"], False)
    ]


def test_quotations_around_a_frame_are_one_quote_in_parts() -> None:
    text = "„Die Arbeiten kommen voran“ laut Maier „auch im Winter“."
    content = "„Die Arbeiten kommen voran“ | „auch im Winter“"
    assert offered(text, content) == [
        ("Direct", ["„Die Arbeiten kommen voran“", "„auch im Winter“"], False)
    ]


def test_the_nested_reading_of_the_same_words_goes() -> None:
    text = "Das Werk war fertig. Seiner Ansicht nach „sind wir auf einem guten Weg“."
    assert offered(text, "„sind wir auf einem guten Weg“", nested=True) == [
        ("Direct", ["„sind wir auf einem guten Weg“"], False)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # words of the article outside the quotation: mixed indirect speech stays
        ("Laut Maier kommen die Arbeiten „gut voran“.", "kommen die Arbeiten „gut voran“"),
        ("Laut Maier sei das „ein guter Weg“.", "sei das „ein guter Weg“"),
    ],
)
def test_content_with_own_words_stays_indirect(text: str, content: str) -> None:
    kinds = [(kind, is_nested) for kind, _, is_nested in offered(text, content, nested=True)]
    assert kinds == [("Indirect", False), ("Direct", True)]


def test_prepositional_frame_over_a_quotation_in_the_stage() -> None:
    doc = tagged_paragraphs(
        "Der/ART Minister/NN besuchte/VVFIN die/ART Baustelle/NN ./$. | "
        "Laut/APPR Maier/NE „/$( kommen/VVFIN die/ART Arbeiten/NN gut/ADJD voran/PTKVZ “/$( ./$."
    )
    assert layer(doc) == [("Direct", "„kommen die Arbeiten gut voran“", "Maier")]
    assert [c.form for c in doc.article.claims] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        "Das Modul kam im Mai an. „Sternwind“ ist eines von drei Modulen der Station.",
        "Die Liste führt ein Kinderbuch an. „Two Bears Dancing“ war ein Bestseller.",
    ],
)
def test_name_as_the_subject_of_a_definition_is_no_quote(text: str) -> None:
    assert kept_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a quoted sentence as the subject: a saying, somebody's words
        "Der Trainer lachte. „Ich habe fertig“ ist seit damals ein geflügeltes Wort.",
        # not opening its sentence, or no copula after it
        "Der Sprecher sagte, „Sternwind“ ist ein Erfolg.",
        "Der Minister rief: „Sternwind“. Dann ging er.",
    ],
)
def test_other_quotations_before_a_copula_stay(text: str) -> None:
    assert kept_quotes(text) != []


#: a first sentence, so that the frame sentence has a paragraph before it in the same block
_LEAD = "Der/ART Minister/NN besuchte/VVFIN die/ART Stadt/NN ./$. | "


def framed(sentence: str) -> list[tuple[tuple[str, str, str | None], str]]:
    """(type, content, speaker) and cue of each attribution of a hand-tagged sentence."""
    doc = tagged_paragraphs(_LEAD + sentence)
    return list(zip(layer(doc), cues(doc), strict=True))


def test_clause_after_a_trailing_frame_goes_on_reporting() -> None:
    found = framed(
        "Sie/PPER sei/VAFIN/Mood=Sub „/$( tief/ADJD erschüttert/ADJD “/$( ,/$, sagte/VVFIN "
        "die/ART Ministerin/NN ,/$, ihre/PPOSAT „/$( Gedanken/NN sind/VAFIN bei/APPR den/ART "
        "Opfern/NN “/$( ./$."
    )
    assert (("Indirect", "ihre „Gedanken sind bei den Opfern“", "die Ministerin"), "sagte") in found
    assert (("Direct", "„Gedanken sind bei den Opfern“", "die Ministerin"), "sagte") in found
    assert (("Indirect", "Sie sei „tief erschüttert“", "die Ministerin"), "sagte") in found


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN der/ART Minister/NN "
            ",/$, man/PIS müsse/VMFIN/Mood=Sub jetzt/ADV handeln/VVINF ./$.",
            "man müsse jetzt handeln",
            "der Minister",
            "sagte",
        ),
        (
            "„/$( Bald/ADV “/$( ,/$, so/ADV der/ART Vorstand/NN ,/$, wird/VAFIN die/ART Firma/NN "
            "„/$( ein/ART neues/ADJA Werk/NN bauen/VVINF “/$( ./$.",
            "wird die Firma „ein neues Werk bauen“",
            "der Vorstand",
            "so",
        ),
        (
            # the Konjunktiv clause in the Vorfeld reads as the content of a trailing frame
            "Auf/APPR den/ART Vorwurf/NN ,/$, der/ART Plan/NN sei/VAFIN/Mood=Sub teuer/ADJD ,/$, "
            "entgegnete/VVFIN der/ART Verband/NN ,/$, dass/KOUS die/ART Kosten/NN sinken/VVINF "
            "würden/VAFIN ./$.",
            "dass die Kosten sinken würden",
            "der Verband",
            "entgegnete",
        ),
    ],
)
def test_second_content_of_a_trailing_frame(
    sentence: str, content: str, speaker: str, cue: str
) -> None:
    assert (("Indirect", content, speaker), cue) in framed(sentence)


@pytest.mark.parametrize(
    "rest",
    [
        # a relative clause of the speaker, also after a preposition
        "der/PRELS seit/APPR Mai/NN im/APPRART Amt/NN ist/VAFIN",
        "in/APPR dem/PRELS er/PPER seit/APPR Mai/NN arbeitet/VVFIN",
        # an apposition and an adjunct without a verb of their own
        "Chef/NN der/ART Behörde/NN ,/$, am/APPRART Montag/NN",
        # an adverbial clause
        "bevor/KOUS er/PPER abreiste/VVFIN",
        # a second predicate of the speaker: a frame of its own
        "und/KON fügte/VVFIN hinzu/PTKVZ ,/$, man/PIS müsse/VMFIN/Mood=Sub handeln/VVINF",
    ],
)
def test_no_content_after_the_speaker(rest: str) -> None:
    sentence = (
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN der/ART Minister/NN ,/$, "
        + rest
        + " ./$."
    )
    said = [f for f in framed(sentence) if f[1] == "sagte"]
    assert said == [(("Indirect", "Die Lage sei ernst", "der Minister"), "sagte")]


def test_quoted_object_of_sehen_is_the_subjects_evaluation() -> None:
    # beside a framed claim of the sentence (the Konjunktiv clause after the comma)
    found = framed(
        "In/APPR dem/ART Urteil/NN sieht/VVFIN der/ART Verband/NN einen/ART „/$( Angriff/NN "
        "auf/APPR die/ART Belegschaft/NN “/$( ,/$, es/PPER sei/VAFIN/Mood=Sub ein/ART "
        "Fehler/NN ./$."
    )
    assert (("Direct", "„Angriff auf die Belegschaft“", "der Verband"), "sieht") in found


def test_quoted_name_seen_is_no_quote() -> None:
    found = framed(
        "Am/APPRART Abend/NN sahen/VVFIN die/ART Gäste/NN den/ART Film/NN „/$( Blaue/ADJA "
        "Berge/NN “/$( ./$."
    )
    assert not any(kind == "Direct" for (kind, _, _), _ in found)


@pytest.mark.parametrize("verb", ["will/VMFIN", "wollen/VMFIN"])
def test_present_wissen_wollen_frames_its_complement(verb: str) -> None:
    subject = "Der/ART Sender/NN" if verb.startswith("will") else "Die/ART Sender/NN"
    found = framed(
        f"{subject} {verb} aber/ADV wissen/VVINF ,/$, dass/KOUS der/ART Minister/NN "
        "zurücktrete/VVFIN/Mood=Sub ./$."
    )
    assert [(kind, content) for (kind, content, _), _ in found] == [
        ("Indirect", "dass der Minister zurücktrete")
    ]
    cue = found[0][1]
    assert cue.split()[0] in ("will", "wollen") and cue.endswith("wissen")


def test_quoted_object_of_a_promise_is_its_wording() -> None:
    found = framed(
        "Die/ART neue/ADJA Version/NN verspricht/VVFIN „/$( Suche/NN ohne/APPR Werbung/NN "
        "“/$( :/$. Anzeigen/NN sollen/VMFIN verschwinden/VVINF ./$."
    )
    assert (("Direct", "„Suche ohne Werbung“", "Die neue Version"), "verspricht") in found
