"""Which sentence before free indirect speech can lend its subject as the source
(claims.source_verbs, used by claims.free_sources.previous_subject).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` (see
``claims_docs``).
"""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged, layer

from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.sentence import SentenceView
from newsgraph.claims.source_verbs import hearsay, lends_source
from newsgraph.doc import Doc, Token

_REPORTED = "Der/ART Wagen/NN sei/VAFIN/Mood=Sub|Subj=I langsam/ADJD gefahren/VVPP ./$."


def _doc(*sentences: str) -> Doc:
    return hand_tagged([list(sentences)], UPOS, glue_punctuation=True)


def _speakers(doc: Doc) -> list[str]:
    return [f[2] for f in layer(doc) if f[1].startswith("Der Wagen sei")]


def test_subject_of_a_verb_of_evaluation_is_the_source() -> None:
    doc = _doc(
        "Der/ART Minister/NN Tom/NE Berg/NE kritisierte/VVFIN/=kritisieren die/ART "
        "Soldaten/NN ./$.",
        _REPORTED,
    )
    assert _speakers(doc) == ["Der Minister Tom Berg"]


def test_subject_of_a_verb_of_dying_is_no_source() -> None:
    doc = _doc(
        "Dabei/PAV starb/VVFIN/=sterben der/ART Fahrer/NN Tom/NE Berg/NE ./$.",
        _REPORTED,
    )
    assert "der Fahrer Tom Berg" not in _speakers(doc)


def test_subject_of_a_verb_of_being_located_is_no_source() -> None:
    doc = _doc(
        "Tom/NE Berg/NE war/VAFIN/=sein mit/APPR einer/ART Freundin/NN unterwegs/ADV ./$.",
        _REPORTED,
    )
    assert "Tom Berg" not in _speakers(doc)


def test_subject_of_hearsay_soll_is_no_source() -> None:
    doc = _doc(
        "Tom/NE Berg/NE soll/VMFIN/=sollen im/APPRART Juni/NN erschossen/VVPP "
        "worden/VAPP sein/VAINF ./$.",
        _REPORTED,
    )
    assert "Tom Berg" not in _speakers(doc)


def test_subject_of_an_agentless_passive_is_no_source() -> None:
    doc = _doc(
        "Tom/NE Berg/NE wurde/VAFIN/=werden auf/APPR den/ART Fehler/NN "
        "hingewiesen/VVPP/=hinweisen ./$.",
        _REPORTED,
    )
    assert "Tom Berg" not in _speakers(doc)


def test_a_particle_makes_a_verb_of_motion_an_act() -> None:
    # `gingen gegen X vor` (vorgehen) is an act, not motion; `abstürzen` is no act
    from newsgraph.claims.source_verbs import _EVENT_LEMMAS

    assert "abstürzen" in _EVENT_LEMMAS and "vorgehen" not in _EVENT_LEMMAS


_FRAME = (
    "Die/ART Zeitung/NN Nordblatt/NE berichtete/VVFIN/=berichten ,/$, der/ART Konvoi/NN "
    "sei/VAFIN/Mood=Sub|Subj=I beschossen/VVPP worden/VAPP ./$."
)


def test_after_a_verb_of_dying_an_earlier_paragraphs_source_goes_on() -> None:
    # `Dabei starb X.` lends no source: the Konjunktiv I goes on reporting the newspaper of the
    # paragraph before
    doc = hand_tagged(
        [
            [_FRAME],
            ["Dabei/PAV starb/VVFIN/=sterben der/ART Fahrer/NN Tom/NE Berg/NE ./$.", _REPORTED],
        ],
        UPOS,
        glue_punctuation=True,
    )
    assert _speakers(doc) == ["Die Zeitung Nordblatt"]


def test_after_hearsay_in_a_later_paragraph_the_source_is_unnamed() -> None:
    # `X soll ... haben.` is the article's report of hearsay: what follows in Konjunktiv I tells
    # that hearsay, whose source is not named
    doc = hand_tagged(
        [
            [_FRAME],
            [
                "Der/ART Prozess/NN beginnt/VVFIN/=beginnen im/APPRART Mai/NN ./$.",
                "Tom/NE Berg/NE soll/VMFIN/=sollen umfassendes/ADJA Wissen/NN haben/VAINF ./$.",
                _REPORTED,
            ],
        ],
        UPOS,
        glue_punctuation=True,
    )
    assert _speakers(doc) == [None]


def test_a_frame_three_paragraphs_back_is_not_continued() -> None:
    # after `Dabei starb X.` only a frame at most two paragraphs back goes on
    doc = hand_tagged(
        [
            [_FRAME],
            ["Der/ART Regen/NN hielt/VVFIN/=halten an/PTKVZ ./$."],
            ["Die/ART Straße/NN ist/VAFIN nass/ADJD ./$."],
            ["Dabei/PAV starb/VVFIN/=sterben der/ART Fahrer/NN Tom/NE Berg/NE ./$.", _REPORTED],
        ],
        UPOS,
        glue_punctuation=True,
    )
    assert _speakers(doc) == []


def test_after_hearsay_without_any_frame_the_konjunktiv_has_no_speaker() -> None:
    # no frame before: the Konjunktiv I still reports, telling the unnamed hearsay
    doc = _doc(
        "Der/ART Prozess/NN beginnt/VVFIN/=beginnen im/APPRART Mai/NN ./$.",
        "Tom/NE Berg/NE soll/VMFIN/=sollen das/ART Auto/NN gestohlen/VVPP haben/VAINF ./$.",
        _REPORTED,
    )
    assert _speakers(doc) == [None]


def _view(words: str) -> SentenceView:
    """A sentence from ``word/TAG[/=lemma]`` items, without the claims stage."""
    toks, pos = [], 0
    for item in words.split():
        word, tag, *rest = item.split("/")
        lemma = next((r[1:] for r in rest if r.startswith("=")), word.lower())
        toks.append(Token(pos, pos + len(word), word, UPOS.get(tag, ""), tag, lemma, ""))
        pos += len(word) + 1
    return SentenceView(toks, [], load_lexicon("de"), 0)


def test_verb_first_sollte_is_a_condition_not_hearsay() -> None:
    # `Sollte ..., will er feiern.`: a condition; its subject may still be a source
    cond = _view(
        "Sollte/VMFIN/=sollen Tom/NE Berg/NE die/ART Wahl/NN gewinnen/VVINF ,/$, "
        "will/VMFIN/=wollen er/PPER feiern/VVINF ./$."
    )
    assert not hearsay(cond)
    assert lends_source(cond)
    told = _view("Tom/NE Berg/NE soll/VMFIN/=sollen geflohen/VVPP sein/VAINF ./$.")
    assert hearsay(told)
    assert not lends_source(told)
