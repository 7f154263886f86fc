"""Free indirect speech that starts inside a sentence (claims.free_clauses): a Konjunktiv I
main clause after `;`/`,` of a sentence in the article's own voice goes on reporting the last
source of the paragraph.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` (see
``claims_docs``).
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.doc import Doc

#: a frame with a speaker, the source the clauses below go on reporting
_FRAME = (
    "Die/ART Sprecherin/NN Anna/NE Roth/NE sagte/VVFIN ,/$, der/ART Bus/NN "
    "sei/VAFIN/Mood=Sub|Subj=I verunglückt/VVPP ./$. | "
)
_K1 = "VAFIN/Mood=Sub|Subj=I"


def _free(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [a for a in layer(doc) if a[0] == "IndirectFreeIndirect"]


def test_konjunktiv_one_clause_after_a_comma_continues_the_source() -> None:
    doc = tagged(
        _FRAME + "Am/APPRART Abend/NN regnete/VVFIN es/PPER ,/$, die/ART Straße/NN "
        f"sei/{_K1} überflutet/ADJD ./$."
    )
    assert _free(doc) == [
        ("IndirectFreeIndirect", "die Straße sei überflutet.", "Die Sprecherin Anna Roth")
    ]


def test_konjunktiv_one_clause_after_a_semicolon_and_und() -> None:
    doc = tagged(
        _FRAME + "Der/ART Fahrer/NN ist/VAFIN im/APPRART Krankenhaus/NN ;/$. und/KON "
        f"er/PPER habe/{_K1} keine/PIAT Erinnerung/NN ./$."
    )
    assert _free(doc) == [
        ("IndirectFreeIndirect", "und er habe keine Erinnerung.", "Die Sprecherin Anna Roth")
    ]


def test_indicative_second_clause_stays_in_the_article_voice() -> None:
    doc = tagged(
        _FRAME + "Am/APPRART Abend/NN regnete/VVFIN es/PPER ,/$, die/ART Straße/NN "
        "ist/VAFIN überflutet/ADJD ./$."
    )
    assert _free(doc) == []


def test_konjunktiv_two_clause_is_the_article_speculation() -> None:
    doc = tagged(
        _FRAME + "Am/APPRART Abend/NN regnete/VVFIN es/PPER ,/$, die/ART Arbeiten/NN "
        "könnten/VMFIN/Mood=Sub|Subj=II/=können lange/ADJD dauern/VVINF ./$."
    )
    assert _free(doc) == []


def test_relative_clause_in_konjunktiv_is_no_second_main_clause() -> None:
    doc = tagged(
        _FRAME + "Die/ART Polizei/NN sucht/VVFIN einen/ART Mann/NN ,/$, der/PRELS "
        f"geflohen/VVPP sei/{_K1} ./$."
    )
    assert _free(doc) == []


def test_complement_of_a_noun_of_saying_is_left_to_the_frame_rules() -> None:
    doc = tagged(
        _FRAME + "Der/ART Betreiber/NN antwortete/VVFIN mit/APPR dem/ART Argument/NN ,/$, "
        f"die/ART Strecke/NN sei/{_K1} sicher/ADJD ./$."
    )
    assert (
        "IndirectFreeIndirect",
        "die Strecke sei sicher.",
        "Die Sprecherin Anna Roth",
    ) not in _free(doc)


def test_no_clause_after_a_paragraph_break() -> None:
    doc = tagged(
        _FRAME.removesuffix(" | "),
        "Am/APPRART Abend/NN regnete/VVFIN es/PPER ,/$, die/ART Straße/NN "
        f"sei/{_K1} überflutet/ADJD ./$.",
    )
    assert _free(doc) == []
