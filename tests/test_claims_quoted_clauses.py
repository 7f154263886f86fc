"""Direct quotes whose last words form a clause of their own: a relative clause inside the
quotation before a trailing frame (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import cues, layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.direct_quotes import quoted_clause_before
from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.text import fallback_tokens, find_quotes


def _sentence(text: str) -> Sentence:
    toks = fallback_tokens(text)
    return Sentence(toks, find_quotes(text, toks), load_lexicon("de"), 0)


def _verb(sent: Sentence, word: str) -> int:
    return next(k for k, t in enumerate(sent.toks) if t.text == word)


def test_relative_clause_inside_the_quotation_is_recognised() -> None:
    sent = _sentence(
        "„Wir halten zu der Partei, die uns gewählt hat“, meinen die beiden Mitglieder."
    )
    assert quoted_clause_before(sent, _verb(sent, "meinen"))


def test_relative_clause_outside_a_quotation_is_not() -> None:
    sent = _sentence("Der Sprecher, der lange im Amt war, sagte, die Lage sei ernst.")
    assert not quoted_clause_before(sent, _verb(sent, "sagte"))
    # a quotation inside the relative clause of the subject: the clause is not quoted
    sent = _sentence("Der Sprecher, der von „großem Druck“ sprach, sagte, die Lage sei ernst.")
    assert not quoted_clause_before(sent, _verb(sent, "sagte"))


def test_relative_clause_inside_the_quotation_before_a_trailing_frame() -> None:
    doc = tagged(
        "„/$( Der/ART Plan/NN widerspricht/VVFIN den/ART Zusagen/NN der/ART Partei/NN ,/$, "
        "die/PRELS im/APPRART Wahlkampf/NN geworben/VVPP hat/VAFIN “/$( ,/$, meinen/VVFIN "
        "die/ART beiden/PIAT Mitglieder/NN Jan/NE Muster/NN und/KON Max/NE Beispiel/NN ./$."
    )
    assert layer(doc) == [
        (
            "Direct",
            "„Der Plan widerspricht den Zusagen der Partei, die im Wahlkampf geworben hat“",
            "die beiden Mitglieder Jan Muster und Max Beispiel",
        )
    ]
    assert cues(doc) == ["meinen"]


def test_relative_clause_of_the_subject_still_makes_a_leading_frame() -> None:
    # `Der Sprecher, der ... war, sagte, ...`: the relative clause outside any quotation
    # belongs to the subject; the verb after it is a leading frame
    doc = tagged(
        "Der/ART Sprecher/NN ,/$, der/PRELS lange/ADV im/APPRART Amt/NN war/VAFIN ,/$, "
        "sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "Der Sprecher")]
