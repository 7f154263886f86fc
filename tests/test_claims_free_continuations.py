"""Free indirect speech that goes on through frames of its own clauses (claims.discourse).

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` (see
``claims_docs``).
"""

from __future__ import annotations

from claims_docs import UPOS, hand_tagged, layer

from newsgraph.doc import Doc


def _doc(*sentences: str) -> Doc:
    return hand_tagged([list(sentences)], UPOS, glue_punctuation=True)


def test_frame_in_a_relative_clause_of_free_indirect_speech_is_part_of_it() -> None:
    # `von denen man glaube, dass ...` sits inside the reported sentence: the Konjunktiv I
    # main clause goes on reporting the researcher
    doc = _doc(
        "Der/ART Forscher/NN Tom/NE Berg/NE sagte/VVFIN ,/$, das/ART Objekt/NN "
        "sei/VAFIN/Mood=Sub|Subj=I alt/ADJD ./$.",
        "Die/ART Teile/NN seien/VAFIN/Mood=Sub|Subj=I zu/APPR Monden/NN geworden/VAPP ,/$, "
        "von/APPR denen/PRELS man/PIS glaube/VVFIN/Mood=Sub|Subj=I ,/$, dass/KOUS sie/PPER "
        "aus/APPR Eis/NN bestünden/VVFIN/Mood=Sub|Subj=II ./$.",
    )
    found = layer(doc)
    free = [f for f in found if f[0] == "IndirectFreeIndirect"]
    assert (
        free and free[0][1].startswith("Die Teile seien") and free[0][2] == "Der Forscher Tom Berg"
    )
    assert not [f for f in found if f[1] == "dass sie aus Eis bestünden"]


def test_konjunktiv_speech_verb_of_a_second_main_clause_is_reported_too() -> None:
    # `spreche aber von ...` is the accused's word as the prosecutors report it
    doc = _doc(
        "Die/ART Staatsanwältin/NN Eva/NE Roth/NE sagte/VVFIN ,/$, der/ART Mann/NN "
        "sei/VAFIN/Mood=Sub|Subj=I geständig/ADJD ./$.",
        "Er/PPER gebe/VVFIN/Mood=Sub|Subj=I/=geben die/ART Tat/NN zu/PTKVZ ,/$, "
        "spreche/VVFIN/Mood=Sub|Subj=I/=sprechen aber/ADV von/APPR Notwehr/NN ./$.",
    )
    found = layer(doc)
    assert (
        "IndirectFreeIndirect",
        "Er gebe die Tat zu, spreche aber von Notwehr.",
        "Die Staatsanwältin Eva Roth",
    ) in found


def test_soll_after_a_relative_clause_in_the_vorfeld_goes_on_reporting() -> None:
    # the relative clause before `soll` does not hide the modal of the main clause
    doc = _doc(
        "Die/ART Ministerin/NN Eva/NE Roth/NE sagte/VVFIN ,/$, der/ART Plan/NN "
        "sei/VAFIN/Mood=Sub|Subj=I fertig/ADJD ./$.",
        "Die/ART Stadt/NN hat/VAFIN bereits/ADV Geld/NN bereitgestellt/VVPP ./$.",
        "Der/ART Bau/NN ,/$, der/PRELS lange/ADV umstritten/ADJD war/VAFIN ,/$, "
        "soll/VMFIN im/APPRART Mai/NN beginnen/VVINF ./$.",
    )
    found = layer(doc)
    assert (
        "FreeIndirect",
        "Der Bau, der lange umstritten war, soll im Mai beginnen.",
        "Die Ministerin Eva Roth",
    ) in found


def test_soll_clause_after_an_indicative_main_clause_is_the_articles_voice() -> None:
    # the sentence reports deaths in its own voice; its `soll` clause does not make it the
    # witness's claim
    doc = _doc(
        "Ein/ART Zeuge/NN sagte/VVFIN ,/$, der/ART Angriff/NN sei/VAFIN/Mood=Sub|Subj=I "
        "gezielt/ADJD gewesen/VAPP ./$.",
        "Insgesamt/ADV kamen/VVFIN 87/CARD Menschen/NN ums/APPRART Leben/NN ,/$, 120/CARD "
        "sollen/VMFIN verletzt/VVPP worden/VAPP sein/VAINF ./$.",
    )
    assert not [f for f in layer(doc) if f[0] == "FreeIndirect"]


def test_an_amount_as_subject_is_no_source_of_what_follows() -> None:
    # `Euro` read as a name does not make the amount someone who speaks
    doc = _doc(
        "Hieß/VVFIN es/PPER zunächst/ADV ,/$, dass/KOUS die/ART Fahrgäste/NN schuld/ADJD "
        "seien/VAFIN/Mood=Sub|Subj=I ,/$, wird/VAFIN nun/ADV eine/ART halbe/ADJA Million/NN "
        "Euro/NE investiert/VVPP ./$.",
        "Bis/APPR Ende/NN 2009/CARD sollen/VMFIN alle/PIAT Wagen/NN umgerüstet/VVPP "
        "werden/VAINF ./$.",
    )
    assert not [f for f in layer(doc) if f[2] and "Euro" in f[2]]


def test_konjunktiv_two_wish_after_a_frame_is_the_articles_voice() -> None:
    doc = _doc(
        "Der/ART Forscher/NN Tom/NE Berg/NE riet/VVFIN/=raten zu/APPR Gelassenheit/NN ./$.",
        "Er/PPER hätte/VAFIN/Mood=Sub|Subj=II gerne/ADV Kritiker/NN eingeladen/VVPP ,/$, "
        "hatte/VAFIN aber/ADV keine/PIAT gefunden/VVPP ./$.",
    )
    assert not [f for f in layer(doc) if f[0] == "IndirectFreeIndirect"]


def test_konjunktiv_after_a_wonach_clause_reports_the_sentences_subject() -> None:
    # the rumours speak only in their `wonach` clause; the minister goes on
    doc = _doc(
        "Spekulationen/NN/Case=Acc|Number=Plur ,/$, wonach/PWAV ein/ART Geheimdienst/NN beteiligt/VVPP "
        "gewesen/VAPP sei/VAFIN/Mood=Sub|Subj=I ,/$, konnte/VMFIN der/ART/Case=Nom Minister/NN/Case=Nom Tom/NE "
        "Berg/NE nicht/PTKNEG bestätigen/VVINF ./$.",
        "Der/ART Vorgang/NN werde/VAFIN/Mood=Sub|Subj=I zurzeit/ADV untersucht/VVPP ./$.",
    )
    free = [f for f in layer(doc) if f[0] == "IndirectFreeIndirect"]
    assert free and free[0][2] is not None and "Minister" in free[0][2]
