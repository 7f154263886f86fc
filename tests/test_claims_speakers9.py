"""Speaker phrases of the tenth error-analysis round, on invented hand-tagged sentences.

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py`` (whose helpers are reused).
"""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.phrase_ends import route_from


def test_affiliation_of_a_quoted_organisation_before_an_adverb() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN Anna/NE/Case=Nom "
        "Kolb/NE/Case=Nom vom/APPRART/Case=Dat „/$( Bündnis/NN/Case=Dat Waldschutz/NN/Case=Dat "
        "“/$( gestern/ADV in/APPR einem/ART/Case=Dat Interview/NN/Case=Dat ./$.",
        persons=("Anna Kolb",),
    )
    assert speakers(doc) == ["Anna Kolb vom „ Bündnis Waldschutz “"]


def test_affiliation_of_an_organisation_before_a_prepositional_phrase() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN Max/NE/Case=Nom "
        "Sommer/NE/Case=Nom von/APPR der/ART/Case=Dat Gewerkschaft/NN/Case=Dat "
        "Nordbau/NE/Case=Dat am/APPRART/Case=Dat Montag/NN/Case=Dat ./$.",
        persons=("Max Sommer",),
    )
    assert speakers(doc) == ["Max Sommer von der Gewerkschaft Nordbau"]


def test_von_phrase_of_a_passive_is_the_agent_no_affiliation() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, wurde/VAFIN Max/NE/Case=Nom "
        "Sommer/NE/Case=Nom von/APPR der/ART/Case=Dat Zeitung/NN/Case=Dat Nordblatt/NE/Case=Dat "
        "gestern/ADV zitiert/VVPP ./$.",
        persons=("Max Sommer",),
    )
    assert "Max Sommer von der Zeitung Nordblatt" not in speakers(doc)


def test_von_as_complement_of_the_verb_stays_out() -> None:
    doc = tagged(
        "„/$( Wir/PPER warten/VVFIN ab/PTKVZ ./$. “/$( ,/$, sagte/VVFIN Max/NE/Case=Nom "
        "Sommer/NE/Case=Nom ./$.",
        "Max/NE/Case=Nom Sommer/NE/Case=Nom sprach/VVFIN von/APPR der/ART/Case=Dat "
        "Gefahr/NN/Case=Dat eines/ART/Case=Gen Streiks/NN/Case=Gen in/APPR den/ART/Case=Dat "
        "nächsten/ADJA/Case=Dat Wochen/NN/Case=Dat ./$.",
        persons=("Max Sommer",),
    )
    assert all(s is None or "Gefahr" not in s for s in speakers(doc))


def test_route_after_the_speaker_is_no_attribute() -> None:
    doc = tagged(
        "„/$( Wir/PPER bleiben/VVFIN ./$. “/$( ,/$, riefen/VVFIN die/ART/Case=Nom "
        "Demonstranten/NN/Case=Nom vom/APPRART/Case=Dat Marktplatz/NN/Case=Dat bis/APPR "
        "zur/APPRART/Case=Dat Kirche/NN/Case=Dat ./$.",
    )
    assert speakers(doc) == ["die Demonstranten"]


def test_span_of_days_is_no_route() -> None:
    days = tagged(
        "Die/ART Woche/NN vom/APPRART 20./NN bis/APPR zum/APPRART 26./ADJA Mai/NN war/VAFIN "
        "ruhig/ADJD ./$."
    )
    way = tagged("Die/ART Kolonne/NN zog/VVFIN vom/APPRART Bahnhof/NN nach/APPR Bonn/NE ./$.")
    lex = load_lexicon("de")
    first = Sentence(list(days.tokens), [], lex, 0)
    second = Sentence(list(way.tokens), [], lex, 0)
    assert not route_from(first, first.lower.index("vom"))
    assert route_from(second, second.lower.index("vom"))


def test_place_after_a_name_apposition_is_no_part_of_the_speaker() -> None:
    doc = tagged(
        "Wie/PWAV der/ART/Case=Nom Sprecher/NN/Case=Nom der/ART/Case=Gen Stadt/NN/Case=Gen "
        ",/$, Max/NE/Case=Nom Sommer/NE/Case=Nom ,/$, in/APPR Bonn/NE/Case=Dat "
        "mitteilte/VVFIN ,/$, bleibt/VVFIN die/ART Brücke/NN gesperrt/VVPP ./$.",
        persons=("Max Sommer",),
    )
    assert speakers(doc) == ["der Sprecher der Stadt , Max Sommer"]
