"""Colon frames in which nobody speaks (claims.colon_frames): a clause before a colon frames
what follows only when someone speaks in it.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]``.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def test_a_colon_frame_with_a_speaker_still_frames_the_next_clause() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN Tom/NE Berg/NE kritisierte/VVFIN den/ART Kurs/NN :/$. "
        "Es/PPER sei/VAFIN/Mood=Sub bedauerlich/ADJD ,/$, dass/KOUS nichts/PIS "
        "geschieht/VVFIN ./$."
    )
    kinds = [(k, s) for k, _, s in layer(doc)]
    assert ("Indirect", "Der Sprecher Tom Berg") in kinds


def test_a_state_passive_before_the_colon_is_no_frame() -> None:
    # `ist ... geplant`: what is planned is no speaker, the list after it is the article's
    doc = tagged(
        "Zudem/ADV ist/VAFIN der/ART Umzug/NN der/ART Tiere/NN geplant/VVPP/=planen :/$. "
        "Katzen/NN und/KON Ziegen/NN sollen/VMFIN es/PPER sein/VAINF ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_an_agentless_passive_before_the_colon_is_no_frame() -> None:
    doc = tagged(
        "Auch/ADV die/ART ersten/ADJA Namen/NN wurden/VAFIN nun/ADV "
        "bekanntgegeben/VVPP/=bekanntgeben :/$. Mit/APPR dabei/PROAV sind/VAFIN der/ART "
        "Koch/NN Paul/NE Kern/NE und/KON die/ART Malerin/NN Eva/NE Lind/NE ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_an_impersonal_heisst_es_before_the_colon_stays_a_frame() -> None:
    # `hieß es:` names no speaker but quotes what was said
    doc = tagged(
        "Weiter/ADV hieß/VVFIN/=heißen es/PPER :/$. Die/ART Lage/NN sei/VAFIN/Mood=Sub "
        "ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "Die Lage sei ernst", None)]


def test_meaning_well_is_no_opinion() -> None:
    # `es gut meinen mit`: an idiom of intention, the weather says nothing
    doc = tagged(
        "Das/ART Wetter/NN meinte/VVFIN/=meinen es/PPER gut/ADJD mit/APPR den/ART "
        "Zuschauern/NN :/$. Nur/ADV kurz/ADJD fiel/VVFIN leichter/ADJA Regen/NN ./$."
    )
    assert not any(k == "Indirect" for k, _, _ in layer(doc))


def test_an_opinion_with_meinen_before_the_colon_stays_a_frame() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE meinte/VVFIN/=meinen dazu/PROAV :/$. "
        "Die/ART Reform/NN sei/VAFIN/Mood=Sub überfällig/ADJD ./$."
    )
    kinds = [(k, s) for k, _, s in layer(doc)]
    assert ("Indirect", "Die Ministerin Eva Lind") in kinds


def _direct(doc: Doc) -> list[tuple[str, list[str], str | None]]:
    """(content, cue words, speaker) of the direct quotes of the evaluation layer."""
    out = []
    text = doc.text
    for f in doc.layers[LAYER]:
        if f.kind == "Direct":
            speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
            out.append(
                (text[f.parts[0][0] : f.parts[-1][1]], [text[s:e] for s, e in f.cue], speaker)
            )
    return out


def test_a_quotation_after_a_clause_of_seeing_keeps_its_speaker_without_a_cue() -> None:
    doc = tagged(
        "Die/ART Forscherin/NN Eva/NE Lind/NE sieht/VVFIN/=sehen die/ART Schuld/NN "
        "beim/APPRART Staat/NN :/$. „/$( Es/PPER fehlt/VVFIN an/APPR Geld/NN ./$. “/$("
    )
    assert _direct(doc) == [("„Es fehlt an Geld.“", [], "Die Forscherin Eva Lind")]
    # the record claim keeps the verb as its cue
    assert [c.cue.text for c in doc.article.claims if c.cue] == ["sieht"]


def test_a_quotation_after_a_speech_verb_keeps_its_cue() -> None:
    doc = tagged(
        "Die/ART Forscherin/NN Eva/NE Lind/NE sagte/VVFIN/=sagen dazu/PROAV :/$. "
        "„/$( Es/PPER fehlt/VVFIN an/APPR Geld/NN ./$. “/$("
    )
    assert [cue for _, cue, _ in _direct(doc)] == [["sagte"]]


def test_haben_as_an_auxiliary_before_the_colon_keeps_its_cue() -> None:
    # `hatte … erklärt`: the cue is the participle's verb, `hatte` its auxiliary
    doc = tagged(
        "Der/ART Minister/NN Paul/NE Kern/NE hatte/VAFIN/=haben das/ART Ziel/NN "
        "erklärt/VVPP/=erklären :/$. „/$( Wir/PPER schaffen/VVFIN das/PDS ./$. “/$("
    )
    assert [cue for _, cue, _ in _direct(doc)] == [["hatte", "erklärt"]]


def test_haben_of_holding_before_the_colon_is_no_cue() -> None:
    doc = tagged(
        "Der/ART Minister/NN Paul/NE Kern/NE hatte/VAFIN/=haben wenig/PIAT Hoffnung/NN :/$. "
        "„/$( Wir/PPER schaffen/VVFIN das/PDS nie/ADV ./$. “/$("
    )
    assert _direct(doc) == [("„Wir schaffen das nie.“", [], "Der Minister Paul Kern")]


def test_a_modal_without_a_speech_verb_before_the_colon_is_no_cue() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE will/VMFIN/=wollen nun/ADV handeln/VVINF/=handeln "
        ":/$. „/$( Wir/PPER schaffen/VVFIN das/PDS ./$. “/$("
    )
    assert _direct(doc) == [("„Wir schaffen das.“", [], "Die Ministerin Eva Lind")]


def test_wanting_to_know_before_the_colon_keeps_its_cue() -> None:
    # `wollte wissen`: a question, the cue of the quotation
    doc = tagged(
        "Der/ART Reporter/NN Paul/NE Kern/NE wollte/VMFIN/=wollen wissen/VVINF/=wissen :/$. "
        "„/$( Wer/PWS zahlt/VVFIN das/PDS ?/$. “/$("
    )
    assert [cue for _, cue, _ in _direct(doc)] == [["wollte", "wissen"]]
