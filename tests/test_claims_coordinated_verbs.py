"""Two coordinated speech verbs of one subject before a common complement: the verb right
before the complement owns it, also when the second verb is joined by `aber`/`jedoch` after it
behind a comma or a closing quotation mark (`nannte X „respektabel“ stellte aber fest, dass …`)
(`claims/frame_shapes.nearer_frame`; invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def _cue_of(doc: Doc, content: str) -> str:
    """The cue of the claim whose text starts with ``content``."""
    for f in doc.layers[LAYER]:
        text = doc.text[f.parts[0][0] : f.parts[-1][1]]
        if text.startswith(content):
            return " ".join(doc.text[s:e] for s, e in f.cue)
    raise AssertionError(f"no claim starting with {content!r}: {layer(doc)}")


_START = "Der/ART Trainer/NN Max/NE Huber/NE nannte/VVFIN das/ART Angebot/NN „/$( sehr/ADV fair/ADJD “/$( "


def test_aber_after_the_second_verb_behind_a_quote_owns_the_complement() -> None:
    doc = tagged(
        _START + "stellte/VVFIN aber/ADV zugleich/ADV fest/PTKVZ ,/$, dass/KOUS der/ART "
        "Verein/NN sparen/VVINF müsse/VMFIN ./$."
    )
    assert _cue_of(doc, "dass der Verein") == "stellte fest"


def test_jedoch_after_the_second_verb_behind_a_comma_owns_the_complement() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN lobte/VVFIN den/ART Plan/NN ,/$, betonte/VVFIN jedoch/ADV ,/$, "
        "dass/KOUS das/ART Geld/NN nicht/PTKNEG reiche/VVFIN ./$."
    )
    assert _cue_of(doc, "dass das Geld") == "betonte"


def test_und_before_the_second_verb_still_owns_the_complement() -> None:
    doc = tagged(
        _START + "und/KON stellte/VVFIN fest/PTKVZ ,/$, dass/KOUS der/ART Verein/NN "
        "sparen/VVINF müsse/VMFIN ./$."
    )
    assert _cue_of(doc, "dass der Verein") == "stellte fest"
