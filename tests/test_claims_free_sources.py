"""Free indirect speech (claims.discourse, claims.mood): frames without a source, Konjunktiv II
of possibility and misread moods.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags and morphology of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.doc import Doc

#: an agentless passive frame: the reported content has no named source
_PASSIVE = (
    "Im/APPRART Ausschuss/NN wurde/VAFIN betont/VVPP ,/$, das/ART Projekt/NN "
    "sei/VAFIN/Mood=Sub|Subj=I ein/ART Vorbild/NN ./$."
)
#: a frame with a named speaker
_NAMED = (
    "Die/ART Ministerin/NN Eva/NE Beispiel/NE sagte/VVFIN ,/$, die/ART Kosten/NN "
    "seien/VAFIN/Mood=Sub|Subj=I gestiegen/VVPP ./$."
)


def _free(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [a for a in layer(doc) if a[0] in ("FreeIndirect", "IndirectFreeIndirect")]


def test_konjunktiv_after_an_agentless_passive_frame_continues_it_without_a_speaker() -> None:
    doc = tagged(
        _PASSIVE + " | " + "Die/ART Ziele/NN seien/VAFIN/Mood=Sub|Subj=I nur/ADV so/ADV "
        "erreichbar/ADJD ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Die Ziele seien nur so erreichbar.", None)]


def test_a_passive_frame_with_a_von_agent_is_no_speakerless_frame() -> None:
    # the agent names the source; without a rule that takes it, nothing is continued
    doc = tagged(
        "Von/APPR der/ART Opposition/NN wurde/VAFIN betont/VVPP ,/$, das/ART Projekt/NN "
        "sei/VAFIN/Mood=Sub|Subj=I zu/PTKA teuer/ADJD ./$. | "
        "Die/ART Ziele/NN seien/VAFIN/Mood=Sub|Subj=I nicht/PTKNEG erreichbar/ADJD ./$."
    )
    assert all(speaker is not None for kind, _, speaker in _free(doc))


def test_konjunktiv_after_a_speakerless_frame_in_a_new_paragraph_is_not_continued() -> None:
    doc = tagged(
        _PASSIVE,
        "Die/ART Ziele/NN seien/VAFIN/Mood=Sub|Subj=I nur/ADV so/ADV erreichbar/ADJD ./$.",
    )
    assert _free(doc) == []


def test_indicative_after_a_speakerless_frame_is_the_article_voice() -> None:
    doc = tagged(_PASSIVE + " | " + "Die/ART Ziele/NN sind/VAFIN erreichbar/ADJD ./$.")
    assert _free(doc) == []


def test_singular_koennte_after_a_frame_is_the_article_speculating() -> None:
    doc = tagged(
        _NAMED + " | " + "Das/PDS könnte/VMFIN/Mood=Sub|Subj=II teuer/ADJD werden/VAINF ./$."
    )
    assert _free(doc) == []


def test_plural_koennten_after_a_frame_continues_it() -> None:
    doc = tagged(
        _NAMED + " | " + "Die/ART Preise/NN könnten/VMFIN/Mood=Sub|Subj=II weiter/ADV "
        "steigen/VVINF ./$."
    )
    assert _free(doc) == [
        (
            "IndirectFreeIndirect",
            "Die Preise könnten weiter steigen.",
            "Die Ministerin Eva Beispiel",
        )
    ]


def test_a_subjunctive_mark_on_an_indicative_form_is_ignored() -> None:
    # `lässt` cannot be Konjunktiv (that is `lasse`/`ließe`): a tagger's misreading
    doc = tagged(
        _NAMED + " | " + "Daraus/PAV lässt/VVFIN/Mood=Sub sich/PRF wenig/PIS ableiten/VVINF ./$."
    )
    assert _free(doc) == []


def test_a_passive_agent_opening_the_sentence_is_the_source_of_the_konjunktiv_after_it() -> None:
    doc = tagged(
        "Von/APPR Ministerin/NN Eva/NE Beispiel/NE wurde/VAFIN der/ART Plan/NN "
        "verteidigt/VVPP ./$. | Er/PPER sei/VAFIN/Mood=Sub|Subj=I nötig/ADJD ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Er sei nötig.", "Ministerin Eva Beispiel")]


def test_a_seitens_agent_is_the_source_of_the_konjunktiv_after_it() -> None:
    doc = tagged(
        "Der/ART Plan/NN wurde/VAFIN seitens/APPR der/ART Firma/NN Muster/NE "
        "verteidigt/VVPP ./$. | Er/PPER sei/VAFIN/Mood=Sub|Subj=I nötig/ADJD ./$."
    )
    assert _free(doc) == [("IndirectFreeIndirect", "Er sei nötig.", "der Firma Muster")]


#: a paragraph whose source is named by a preposition, closed by a sentence of the article
_LAUT = (
    "Laut/APPR Polizei/NN wurden/VAFIN drei/CARD Menschen/NN verletzt/VVPP ./$. | "
    "Der/ART Zug/NN fuhr/VVFIN weiter/ADV ./$."
)
#: the same with a verb frame
_SAGTE = (
    "Die/ART Polizei/NN sagte/VVFIN ,/$, drei/CARD Menschen/NN seien/VAFIN/Mood=Sub|Subj=I "
    "verletzt/VVPP ./$. | Der/ART Zug/NN fuhr/VVFIN weiter/ADV ./$."
)
_NEXT = "Dort/ADV seien/VAFIN/Mood=Sub|Subj=I auch/ADV Passanten/NN verletzt/VVPP worden/VAPP ./$."


def test_konjunktiv_one_in_the_next_paragraph_reports_a_prepositional_source() -> None:
    free = _free(tagged(_LAUT, _NEXT))
    assert [(kind, text) for kind, text, _ in free] == [
        ("IndirectFreeIndirect", "Dort seien auch Passanten verletzt worden.")
    ]
    assert free[0][2] is not None and "Polizei" in free[0][2]


def test_konjunktiv_one_in_the_next_paragraph_after_a_verb_frame_is_not_continued() -> None:
    # a verb frame reports its own sentence; after the article's voice and a paragraph break
    # the Konjunktiv has no reachable source
    assert _free(tagged(_SAGTE, _NEXT)) == []
