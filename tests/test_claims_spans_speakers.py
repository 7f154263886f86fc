"""Limits of speaker phrases (`speaker_spans.py`) on invented hand-tagged sentences: attributes
between the source and its verb, appositions with a quoted name, a bare `laut` source."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.speaker_spans import refine_span


def test_possessive_place_attribute_before_the_verb_is_part_of_the_source() -> None:
    doc = tagged(
        "Wie/PWAV die/ART Tageszeitung/NN in/APPR ihrer/PPOSAT Wochenendausgabe/NN "
        "berichtet/VVFIN ,/$, sei/VAFIN der/ART Hafen/NN geschlossen/VVPP worden/VAPP ./$."
    )
    assert speakers(doc)[0] == "die Tageszeitung in ihrer Wochenendausgabe"


def test_place_attribute_before_a_separated_particle() -> None:
    doc = tagged(
        "Wie/PWAV die/ART Hafenverwaltung/NN in/APPR Kiel/NE bekannt/ADJD gab/VVFIN ,/$, "
        "sei/VAFIN der/ART Kai/NN gesperrt/VVPP ./$."
    )
    assert speakers(doc)[0] == "die Hafenverwaltung in Kiel"


def test_possessive_attribute_not_before_the_verb_stays_out() -> None:
    doc = tagged(
        "„/$( Wir/PPER bleiben/VVFIN ./$. “/$( ,/$, sagte/VVFIN die/ART Bürgermeisterin/NN "
        "in/APPR ihrer/PPOSAT Rede/NN am/APPRART Abend/NN ./$."
    )
    assert speakers(doc)[0] == "die Bürgermeisterin"


def test_apposition_with_a_quoted_name_stays_whole() -> None:
    doc = tagged(
        "„/$( Sie/PPER sind/VAFIN außer/APPR Gefahr/NN ./$. “/$( ,/$, sagte/VVFIN Tom/NE "
        "Berger/NE ,/$, der/ART Sprecher/NN der/ART so/ADV genannten/ADJA „/$( "
        "Nordhilfe/NN “/$( ./$.",
        persons=("Tom Berger",),
    )
    assert speakers(doc)[0] == "Tom Berger , der Sprecher der so genannten „ Nordhilfe “"


def test_bare_laut_source_ends_before_a_masculine_subject() -> None:
    doc = tagged(
        "Nach/APPR dem/ART Rücktritt/NN müsste/VMFIN laut/APPR Satzung/NN/Case=Dat "
        "der/ART/Case=Gen Vizepräsident/NN/Case=Gen|Gender=Masc|Number=Sing "
        "übergangsweise/ADV den/ART Vorsitz/NN übernehmen/VVINF ./$."
    )
    assert speakers(doc)[0] == "Satzung"


def test_genitive_after_a_bare_laut_source_stays() -> None:
    doc = tagged(
        "Die/ART Kosten/NN steigen/VVFIN laut/APPR Angaben/NN/Case=Dat "
        "der/ART/Case=Gen Stadtwerke/NN/Case=Gen|Gender=Neut|Number=Plur "
        "um/APPR zehn/CARD Prozent/NN ./$."
    )
    assert speakers(doc)[0] == "Angaben der Stadtwerke"


def test_age_after_a_name_gives_the_name_phrase() -> None:
    doc = tagged(
        "Die/ART das/ART Feuer/NN überlebende/ADJA Anna/NE Kolb/NE ,/$, 30/CARD ,/$, "
        "beschrieb/VVFIN den/ART Hergang/NN :/$. „/$( Es/PPER ging/VVFIN schnell/ADJD ./$. "
        "“/$(",
        persons=("Anna Kolb",),
    )
    assert speakers(doc)[0] == "Die das Feuer überlebende Anna Kolb , 30"


def test_date_of_a_document_belongs_to_the_source() -> None:
    doc = tagged(
        "In/APPR einer/ART Erklärung/NN/Number=Sing der/ART Minister/NN vom/APPRART "
        "Dienstagabend/NN heißt/VVFIN es/PPER ,/$, die/ART Lage/NN sei/VAFIN ernst/ADJD ./$."
    )
    assert speakers(doc)[0] == "einer Erklärung der Minister vom Dienstagabend"


def test_time_of_a_statement_stays_out_of_the_source() -> None:
    doc = tagged(
        "Nach/APPR Angaben/NN/Number=Plur der/ART Polizei/NN vom/APPRART Dienstag/NN "
        "wurden/VAFIN zwei/CARD Menschen/NN verletzt/VVPP ./$."
    )
    assert speakers(doc)[0] == "Angaben der Polizei"


def test_bare_source_noun_keeps_its_genitive() -> None:
    doc = tagged(
        "Durch/APPR das/ART Gesetz/NN würden/VAFIN sich/PRF nach/APPR "
        "Meinung/NN/Case=Dat der/ART/Case=Gen beiden/PIAT/Case=Gen Ärztinnen/NN/Case=Gen "
        "in/APPR Zukunft/NN weniger/PIAT Menschen/NN bewerben/VVINF ./$."
    )
    sent = Sentence(list(doc.tokens), [], load_lexicon("de"), 0)
    start = doc.text.index("Meinung")
    span = refine_span(sent, (start, start + len("Meinung")), [])
    assert span is not None and doc.text[span[0] : span[1]] == "Meinung der beiden Ärztinnen"


def test_quoted_name_attached_by_von_stays_in_the_subject() -> None:
    # the quotation is the name of the organisation the spokeswoman speaks for, so the clause
    # does not begin at it and the subject keeps it (not the object `die Regierung`)
    doc = tagged(
        "Die/ART Sprecherin/NN von/APPR „/$( Ärzte/NN ohne/APPR Grenzen/NN “/$( "
        "forderte/VVFIN die/ART Regierung/NN auf/PTKVZ ,/$, die/ART Hilfe/NN zu/PTKZU "
        "erhöhen/VVINF ./$."
    )
    assert speakers(doc)[0] == "Die Sprecherin von „ Ärzte ohne Grenzen “"
