"""Free indirect speech, tenth error-analysis round (claims.discourse, free_clauses).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags, morphology and lemmas of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

_FRAME = (
    "Die/ART Sprecherin/NN Eva/NE Lang/NE sagte/VVFIN ,/$, der/ART Brand/NN "
    "sei/VAFIN/Mood=Sub gelöscht/VVPP ./$. | "
)


def test_konjunktiv_main_clause_after_a_fronted_adverbial_clause_continues_the_speaker() -> None:
    # the indicative `war` belongs to the fronted `Da` clause; the main clause's `sei` reports
    doc = tagged(
        _FRAME + "Da/KOUS das/ART Dach/NN eingestürzt/VVPP war/VAFIN ,/$, "
        "sei/VAFIN/Mood=Sub das/ART Haus/NN unbewohnbar/ADJD ./$."
    )
    sentence = "Da das Dach eingestürzt war, sei das Haus unbewohnbar."
    assert ("IndirectFreeIndirect", sentence, "Die Sprecherin Eva Lang") in layer(doc)


def test_fronted_temporal_clause_with_present_perfect_before_konjunktiv() -> None:
    doc = tagged(
        _FRAME + "Nachdem/KOUS die/ART Feuerwehr/NN eingetroffen/VVPP ist/VAFIN ,/$, "
        "habe/VAFIN/Mood=Sub sie/PPER die/ART Straße/NN gesperrt/VVPP ./$."
    )
    kinds = [(k, s) for k, _, s in layer(doc)]
    assert ("IndirectFreeIndirect", "Die Sprecherin Eva Lang") in kinds


def test_indicative_main_clause_after_a_fronted_clause_is_the_article_voice() -> None:
    doc = tagged(
        _FRAME + "Da/KOUS das/ART Dach/NN eingestürzt/VVPP war/VAFIN ,/$, "
        "ist/VAFIN das/ART Haus/NN unbewohnbar/ADJD ./$."
    )
    assert [k for k, _, _ in layer(doc)] == ["Indirect"]


def test_konjunktiv_two_after_a_fronted_condition_is_no_report() -> None:
    # `Falls ..., hätten ...`: the plural Konjunktiv II belongs to the condition
    doc = tagged(
        _FRAME + "Falls/KOUS es/PPER regnet/VVFIN ,/$, hätten/VAFIN/Mood=Sub "
        "die/ART Helfer/NN es/PPER leichter/ADJD ./$."
    )
    assert [k for k, _, _ in layer(doc)] == ["Indirect"]


_SOLL_STRETCH = (
    "Der/ART Verband/NN Nordlicht/NE kündigte/VVFIN an/PTKVZ ,/$, die/ART Beiträge/NN "
    "zu/PTKZU senken/VVINF ./$. | "
    "Die/ART Gebühren/NN sollen/VMFIN ab/APPR Mai/NN sinken/VVINF ./$. | "
    "Der/ART Verband/NN hat/VAFIN 300/CARD Mitglieder/NN ./$. | "
    "Die/ART Halle/NN ist/VAFIN alt/ADJD ./$. | "
)


def test_soll_stretch_goes_on_over_two_article_voice_sentences() -> None:
    doc = tagged(_SOLL_STRETCH + "Auch/ADV die/ART Mieten/NN sollen/VMFIN fallen/VVINF ./$.")
    found = layer(doc)
    assert ("FreeIndirect", "Auch die Mieten sollen fallen.", "Der Verband Nordlicht") in found


def test_soll_after_a_frame_does_not_reach_over_two_article_voice_sentences() -> None:
    # without a `soll` stretch before, the frame is too far back: the article's voice
    doc = tagged(
        "Der/ART Verband/NN Nordlicht/NE kündigte/VVFIN an/PTKVZ ,/$, die/ART Beiträge/NN "
        "zu/PTKZU senken/VVINF ./$. | "
        "Der/ART Verband/NN hat/VAFIN 300/CARD Mitglieder/NN ./$. | "
        "Die/ART Halle/NN ist/VAFIN alt/ADJD ./$. | "
        "Auch/ADV die/ART Mieten/NN sollen/VMFIN fallen/VVINF ./$."
    )
    assert [k for k, _, _ in layer(doc)] == ["Indirect"]


def test_stretch_over_paragraphs_counts_from_its_last_sentence() -> None:
    # the stretch opened in the first paragraph reaches the second; the third paragraph's
    # Konjunktiv I sentence follows its last sentence, so it goes on with the same speaker
    doc = tagged(
        "Die/ART Ministerin/NN Anna/NE Berg/NE sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$. | "
        "Man/PIS habe/VAFIN/Mood=Sub alles/PIS versucht/VVPP ./$.",
        "Die/ART Hilfe/NN komme/VVFIN/Mood=Sub zu/PTKA spät/ADJD ./$.",
        "Die/ART Helfer/NN seien/VAFIN/Mood=Sub erschöpft/ADJD ./$.",
    )
    assert any(
        kind == "IndirectFreeIndirect"
        and content.endswith("Die Helfer seien erschöpft.")
        and speaker == "Die Ministerin Anna Berg"
        for kind, content, speaker in layer(doc)
    )
