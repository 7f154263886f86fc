"""Precision and extent rules of the claims stage (content limits of reported speech, contents
and cues that are no report): hand-tagged invented German sentences."""

from __future__ import annotations

from claims_docs import hand_tagged, layer

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def test_reported_speech_starts_after_a_fronted_adverbial_clause() -> None:
    doc = tagged(
        "Da/KOUS die/ART Preise/NN steigen/VVFIN ,/$, fordert/VVFIN der/ART Verband/NN "
        "höhere/ADJA Löhne/NN ./$."
    )
    assert layer(doc) == [("Reported", "fordert der Verband höhere Löhne.", "der Verband")]


def test_reported_speech_starts_after_a_fronted_purpose_clause() -> None:
    doc = tagged(
        "Um/KOUI Zeit/NN zu/PTKZU gewinnen/VVINF ,/$, kündigte/VVFIN die/ART Ministerin/NN "
        "eine/ART Reform/NN an/PTKVZ ./$."
    )
    found = layer(doc)
    assert [f[0] for f in found] == ["Reported"]
    assert found[0][1].startswith("kündigte die Ministerin")


def test_reported_speech_starts_after_a_semicolon() -> None:
    doc = tagged(
        "Die/ART Gegenstimmen/NN kamen/VVFIN aus/APPR der/ART Opposition/NN ;/$. "
        "diese/PDS forderte/VVFIN eine/ART Neuwahl/NN ./$."
    )
    found = layer(doc)
    assert [f[0] for f in found] == ["Reported"]
    assert found[0][1] == "diese forderte eine Neuwahl."


def test_a_prepositional_opening_is_still_part_of_reported_speech() -> None:
    doc = tagged(
        "Nach/APPR der/ART Sitzung/NN forderte/VVFIN der/ART Verband/NN höhere/ADJA "
        "Löhne/NN ./$."
    )
    assert layer(doc) == [
        ("Reported", "Nach der Sitzung forderte der Verband höhere Löhne.", "der Verband")
    ]


def test_a_particle_of_another_verb_makes_no_speech_act() -> None:
    # anfordern (to call in) is not fordern (to demand)
    doc = tagged(
        "Der/ART Landrat/NN forderte/VVFIN die/ART Feuerwehr/NN an/APPR ./$."
    )
    assert layer(doc) == []


def test_the_particle_of_a_second_verb_does_not_block_the_first() -> None:
    doc = tagged(
        "„/$( Wir/PPER bleiben/VVFIN hier/ADV ./$. “/$( ,/$, schrieben/VVFIN die/ART "
        "Aktivisten/NN und/KON kündigten/VVFIN Proteste/NN an/PTKVZ ./$."
    )
    kinds = [f[0] for f in layer(doc)]
    assert "Direct" in kinds


def _cue_words(doc: Doc) -> list[str]:
    return [" ".join(doc.text[s:e] for s, e in f.cue) for f in doc.layers[LAYER]]


def test_the_complement_belongs_to_the_coordinated_verb_before_it() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN nannte/VVFIN den/ART Plan/NN einen/ART Fehler/NN und/KON "
        "forderte/VVFIN ,/$, die/ART Arbeiten/NN sofort/ADV einzustellen/VVIZU ./$."
    )
    found = layer(doc)
    # the first verb keeps a reported claim of its own (`nannte den Plan einen Fehler`)
    assert found == [
        ("Indirect", "die Arbeiten sofort einzustellen", "Die Ministerin"),
        ("Reported", "Die Ministerin nannte den Plan einen Fehler", "Die Ministerin"),
    ]
    assert _cue_words(doc)[0] == "forderte"



def test_a_second_predicate_after_a_comma_is_no_complement() -> None:
    doc = tagged(
        "Die/ART Behörden/NN bestätigten/VVFIN den/ART Unfall/NN ,/$, teilten/VVFIN "
        "jedoch/ADV mit/PTKVZ ,/$, die/ART Ursache/NN sei/VAFIN/Mood=Sub unklar/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Ursache sei unklar", "Die Behörden")]
    assert _cue_words(doc) == ["teilten mit"]


def test_a_second_predicate_is_no_trailing_frame() -> None:
    doc = tagged(
        "Der/ART Minister/NN wollte/VMFIN sich/PRF nicht/PTKNEG festlegen/VVINF ,/$, "
        "sagte/VVFIN aber/ADV ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "Der Minister")]


def test_a_trailing_frame_with_its_subject_stays() -> None:
    doc = tagged(
        "Die/ART Lage/NN ist/VAFIN ernst/ADJD ,/$, sagte/VVFIN der/ART Minister/NN ./$."
    )
    assert layer(doc) == [("Indirect", "Die Lage ist ernst", "der Minister")]


def test_a_negated_speech_verb_claims_nothing() -> None:
    doc = tagged(
        "Ein/ART Sprecher/NN wollte/VMFIN nicht/PTKNEG bestätigen/VVINF ,/$, dass/KOUS "
        "der/ART Zug/NN entgleist/VVPP sei/VAFIN/Mood=Sub ./$."
    )
    assert layer(doc) == []
    assert doc.article.claims  # still a claim of the record


def test_a_litotes_and_a_negated_attribute_keep_the_claim() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN schloss/VVFIN nicht/PTKNEG aus/PTKVZ ,/$, dass/KOUS "
        "die/ART Steuer/NN steige/VVFIN/Mood=Sub ./$.",
        "Unter/APPR Berufung/NN auf/APPR nicht/PTKNEG genannte/ADJA Quellen/NN "
        "berichtete/VVFIN die/ART Zeitung/NN ,/$, der/ART Vertrag/NN sei/VAFIN/Mood=Sub "
        "unterzeichnet/VVPP ./$.",
        "Sie/PPER warnte/VVFIN vor/APPR Streit/NN ,/$, wenn/KOUS die/ART Hilfe/NN "
        "nicht/PTKNEG komme/VVFIN/Mood=Sub ,/$, und/KON sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
    )
    contents = [f[1] for f in layer(doc)]
    assert "dass die Steuer steige" in contents
    assert "der Vertrag sei unterzeichnet" in contents
    assert "die Lage sei ernst" in contents


def test_a_relative_clause_after_a_preposition_is_no_content_of_a_trailing_verb() -> None:
    # the tagger reads the relative pronoun as a demonstrative (`deren/PDS`)
    doc = tagged(
        "Die/ART Partei/NN ,/$, auf/APPR deren/PDS Liste/NN auch/ADV Gäste/NN "
        "kandidiert/VVPP hatten/VAFIN ,/$, schloss/VVFIN jede/PIAT Koalition/NN aus/PTKVZ ./$."
    )
    assert all(f[0] != "Indirect" for f in layer(doc))


def test_the_complement_ends_where_the_main_clause_resumes() -> None:
    doc = tagged(
        "Nachdem/KOUS bekannt/ADJD geworden/VAPP war/VAFIN ,/$, dass/KOUS die/ART Firma/NN "
        "verkauft/VVPP wird/VAFIN ,/$, stieg/VVFIN die/ART Aktie/NN deutlich/ADJD ./$."
    )
    assert [f[1] for f in layer(doc)] == ["dass die Firma verkauft wird"]


def test_a_verb_closing_a_relative_clause_does_not_end_the_complement() -> None:
    doc = tagged(
        "Der/ART Chef/NN sagte/VVFIN ,/$, dass/KOUS die/ART Firma/NN ,/$, die/PRELS er/PPER "
        "leitet/VVFIN ,/$, wächst/VVFIN ./$."
    )
    assert layer(doc) == [("Indirect", "dass die Firma, die er leitet, wächst", "Der Chef")]


def test_a_comment_of_the_article_after_the_complement_is_no_content() -> None:
    doc = tagged(
        "Die/ART Regierung/NN warf/VVFIN der/ART Gruppe/NN vor/PTKVZ ,/$, Waffen/NN zu/PTKZU "
        "kaufen/VVINF ,/$, was/PRELS diese/PDS bestreitet/VVFIN ./$."
    )
    assert [f[1] for f in layer(doc)] == ["Waffen zu kaufen"]


def test_a_konjunktiv_relative_clause_stays_in_the_content() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, die/ART Preise/NN seien/VAFIN/Mood=Sub "
        "gestiegen/VVPP ,/$, was/PRELS niemand/PIS erwartet/VVPP habe/VAFIN/Mood=Sub ./$."
    )
    assert [f[1] for f in layer(doc)] == [
        "die Preise seien gestiegen, was niemand erwartet habe"
    ]
