"""Frames nested inside another claim's content and verbs after a comma that share the subject
of the clause before them: hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.complements import _is_complement
from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.doc import Doc

SUB = "Mood=Sub|Subj=I"


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_a_konjunktiv_frame_inside_a_content_is_part_of_it() -> None:
    doc = tagged(
        "Die/ART Bürgermeisterin/NN sagte/VVFIN ,/$, dass/KOUS sie/PPER hoffe/VVFIN/"
        + SUB
        + " ,/$, dass/KOUS der/ART Streik/NN bald/ADV ende/VVFIN/"
        + SUB
        + " ./$."
    )
    found = layer(doc)
    assert len(found) == 1
    kind, content, speaker = found[0]
    assert (kind, speaker) == ("Indirect", "Die Bürgermeisterin")
    assert content == "dass sie hoffe, dass der Streik bald ende"


def test_an_indicative_frame_inside_a_prepositional_source_stays_a_claim() -> None:
    doc = tagged(
        "Laut/APPR der/ART Zeitung/NN hat/VAFIN der/ART Verband/NN angekündigt/VVPP ,/$, "
        "dass/KOUS er/PPER klagen/VVINF werde/VAFIN/" + SUB + " ./$."
    )
    cues = [c for c in doc.article.claims if c.content.text.startswith("dass er klagen")]
    assert cues, [c.content.text for c in doc.article.claims]
    assert any(f[1] == "dass er klagen werde" for f in layer(doc))


def test_a_verb_sharing_the_subject_before_it_is_no_trailing_frame() -> None:
    doc = tagged(
        "Die/ART Beobachter/NN monieren/VVFIN Mängel/NN ,/$, sprechen/VVFIN aber/ADV "
        "davon/PAV ,/$, dass/KOUS die/ART Wahl/NN fair/ADJD verlaufen/VVPP sei/VAFIN/"
        + SUB
        + " ./$."
    )
    found = layer(doc)
    assert not any(f[1].startswith("Die Beobachter monieren") for f in found)
    assert any(f[1] == "dass die Wahl fair verlaufen sei" for f in found)


def test_a_trailing_frame_with_its_subject_still_takes_the_clause_before() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/" + SUB + " ernst/ADJD ,/$, sagte/VVFIN der/ART Sprecher/NN ./$."
    )
    assert layer(doc) == [("Indirect", "Die Lage sei ernst", "der Sprecher")]


def test_a_trailing_frame_after_reported_speech_without_a_subject_is_kept() -> None:
    # a Konjunktiv clause before the verb is what was said, even when the subject is far away
    doc = tagged(
        "Der/ART Streik/NN werde/VAFIN/" + SUB + " bald/ADV enden/VVINF ,/$, teilte/VVFIN "
        "am/APPRART Montag/NN mit/PTKVZ ./$."
    )
    assert any(f[1] == "Der Streik werde bald enden" for f in layer(doc))


def test_the_ob_clause_of_a_decision_is_no_claim() -> None:
    doc = tagged(
        "Der/ART Richter/NN entscheidet/VVFIN/=entscheiden ,/$, ob/KOUS die/ART Haft/NN "
        "verlängert/VVPP wird/VAFIN ./$."
    )
    assert layer(doc) == []


def test_the_ob_clause_of_a_question_asked_is_still_a_claim() -> None:
    doc = tagged(
        "Die/ART Opposition/NN fragte/VVFIN/=fragen ,/$, ob/KOUS die/ART Haft/NN "
        "verlängert/VVPP werde/VAFIN/" + SUB + " ./$."
    )
    assert [f[0] for f in layer(doc)] == ["Indirect"]


def test_a_direct_question_is_no_indirect_claim() -> None:
    # `Ihrer Meinung nach` in an interview question asks for an opinion, it reports none
    doc = tagged(
        "Welche/PWAT Vorschläge/NN sind/VAFIN Ihrer/PPOSAT Meinung/NN nach/APPO "
        "verfassungswidrig/ADJD ?/$."
    )
    assert layer(doc) == []


def test_wie_with_examples_opens_no_frame() -> None:
    doc = tagged(
        "Von/APPR einigen/PIAT Rednern/NN ,/$, wie/KOKOM zum/APPRART Beispiel/NN von/APPR "
        "Vertretern/NN Russlands/NE ,/$, wurde/VAFIN die/ART Souveränität/NN des/ART "
        "Landes/NN betont/VVPP ./$."
    )
    assert not any(f[0] == "Indirect" for f in layer(doc))


def test_wie_man_sagt_names_no_source() -> None:
    doc = tagged(
        "Der/ART Mann/NN lebte/VVFIN ,/$, wie/KOKOM man/PIS sagt/VVFIN ,/$, ohne/APPR Geld/NN ./$."
    )
    assert not any(f[0] == "Indirect" for f in layer(doc))


def test_wie_with_a_named_source_is_still_a_frame() -> None:
    doc = tagged(
        "Wie/PWAV der/ART Sprecher/NN mitteilte/VVFIN ,/$, sei/VAFIN/" + SUB + " die/ART "
        "Lage/NN ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "sei die Lage ernst", "der Sprecher")]


def _complement_after_comma(*words: str) -> bool:
    toks = list(tagged(" ".join(words)).tokens)
    sent = Sentence(toks, [], load_lexicon("de"), 0)
    comma = next(k for k, t in enumerate(toks) if t.text == ",")
    return _is_complement(sent, comma + 1, len(toks) - 1, comma)


def test_a_result_clause_is_no_complement() -> None:
    assert not _complement_after_comma(
        "Die/ART Firma/NN war/VAFIN geraten/VVPP ,/$, so/ADV dass/KOUS VW/NE sich/PRF",
        "anschickte/VVFIN ,/$, sie/PPER zu/PTKZU kaufen/VVINF ./$.",
    )
    assert _complement_after_comma(
        "Er/PPER sagte/VVFIN ,/$, dass/KOUS VW/NE sie/PPER kaufte/VVFIN ./$."
    )
