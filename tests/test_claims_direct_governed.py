"""Direct quotes governed by a speech verb of their own clause, and colon quotes of coordinated
or listed speakers (invented German sentences, hand-tagged as ``word/TAG``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def cues(doc: Doc) -> list[str]:
    return [" ".join(doc.text[s:e] for s, e in f.cue) for f in doc.layers[LAYER]]


def direct(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [row for row in layer(doc) if row[0] == "Direct"]


def test_evaluation_beside_a_framed_claim_is_a_direct_quote() -> None:
    doc = tagged(
        "Bürgermeisterin/NN Eva/NE Roth/NE bezeichnete/VVFIN den/ART Brand/NN als/APPR "
        "„/$( schweren/ADJA Schlag/NN “/$( und/KON erklärte/VVFIN ,/$, die/ART Stadt/NN "
        "helfe/VVFIN den/ART Familien/NN ./$."
    )
    assert ("Direct", "„schweren Schlag“", "Bürgermeisterin Eva Roth") in layer(doc)
    assert "bezeichnete als" in cues(doc)


def test_evaluation_verb_outside_the_cue_lexicon() -> None:
    doc = tagged(
        "Der/ART Verband/NN begrüßte/VVFIN den/ART Beschluss/NN als/APPR „/$( "
        "überfälligen/ADJA Schritt/NN “/$( ./$."
    )
    assert direct(doc) == [("Direct", "„überfälligen Schritt“", "Der Verband")]


def test_evaluation_in_a_relative_clause() -> None:
    doc = tagged(
        "Kritik/NN kommt/VVFIN vom/APPRART Mieterbund/NN ,/$, der/PRELS die/ART Pläne/NN "
        "als/APPR „/$( Zumutung/NN “/$( sieht/VVFIN ./$."
    )
    assert direct(doc) == [("Direct", "„Zumutung“", "der")]


def test_passive_evaluation_with_agent_and_without() -> None:
    doc = tagged(
        "Die/ART Lage/NN wird/VAFIN vom/APPRART Wetterdienst/NN als/APPR „/$( sehr/ADV "
        "ernst/ADJD “/$( eingestuft/VVPP ./$. | Die/ART Wolken/NN ,/$, die/PRELS als/APPR "
        "„/$( bedrohlich/ADJD “/$( beschrieben/VVPP wurden/VAFIN ,/$, zogen/VVFIN ab/PTKVZ ./$."
    )
    assert direct(doc) == [
        ("Direct", "„sehr ernst“", "Wetterdienst"),
        ("Direct", "„bedrohlich“", None),
    ]


def test_passive_naming_and_impersonal_naming_are_no_quotes() -> None:
    doc = tagged(
        "Der/ART Strom/NN ,/$, der/PRELS als/APPR „/$( Sonnenwind/NN “/$( bezeichnet/VVPP "
        "wird/VAFIN ,/$, ist/VAFIN schnell/ADJD ./$. | Das/PDS nennt/VVFIN man/PIS "
        "einen/ART „/$( Aktiensplit/NN “/$( ./$."
    )
    assert direct(doc) == []


def test_als_of_another_verb_is_not_governed() -> None:
    doc = tagged(
        "Der/ART Vorfall/NN wird/VAFIN so/ADV bewertet/VVPP und/KON gilt/VVFIN damit/PROAV "
        "nicht/PTKNEG als/APPR „/$( Unfall/NN “/$( ./$."
    )
    assert direct(doc) == []


def test_object_predicate_of_nennen() -> None:
    doc = tagged(
        "Der/ART Gesandte/NN nannte/VVFIN die/ART Sanktionen/NN eine/ART Hilfe/NN gegen/APPR "
        "das/ART „/$( brutale/ADJA Regime/NN “/$( und/KON rief/VVFIN zum/APPRART "
        "Widerstand/NN auf/PTKVZ ./$."
    )
    assert ("Direct", "„brutale Regime“", "Der Gesandte") in layer(doc)


def test_colon_quote_after_coordinated_clause_takes_the_last_verb() -> None:
    doc = tagged(
        "Die/ART Firma/NN verglich/VVFIN die/ART Lage/NN mit/APPR dem/ART Jahr/NN 1990./CARD "
        "Damals/ADV griff/VVFIN sie/PPER den/ART Konkurrenten/NN an/PTKVZ :/$. „/$( Wir/PPER "
        "sind/VAFIN besser/ADJD ./$. “/$("
    )
    assert direct(doc) == [("Direct", "„Wir sind besser.“", "sie")]


def test_colon_quote_after_a_listed_name() -> None:
    doc = tagged(
        "Viele/PIAT Politiker/NN gratulierten/VVFIN dem/ART Sieger/NN ,/$, so/ADV der/ART "
        "Bürgermeister/NN ,/$, und/KON die/ART Ministerin/NN Eva/NE Roth/NE :/$. „/$( "
        "Der/ART Sieg/NN ist/VAFIN verdient/ADJD ./$. “/$("
    )
    assert ("Direct", "„Der Sieg ist verdient.“", "die Ministerin Eva Roth") in layer(doc)


def test_quotation_listed_after_a_colon_quote_is_a_further_quote() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN blieb/VVFIN damals/ADV hart/ADJD :/$. „/$( Wir/PPER "
        "schaffen/VVFIN das/PDS ./$. “/$( und/KON „/$( Sonst/ADV trete/VVFIN ich/PPER "
        "zurück/PTKVZ ./$. “/$("
    )
    assert direct(doc) == [
        ("Direct", "„Wir schaffen das.“", "Die Ministerin"),
        ("Direct", "„Sonst trete ich zurück.“", "Die Ministerin"),
    ]


def test_speech_verb_before_the_colon_frames_the_quote_before_a_trailing_frame() -> None:
    doc = tagged(
        "Die/ART Anwältin/NN Eva/NE Roth/NE sagte/VVFIN dazu/PROAV dem/ART Sender/NN :/$. "
        "„/$( Das/PDS Urteil/NN ist/VAFIN falsch/ADJD “/$( ,/$, betont/VVFIN sie/PPER ./$."
    )
    assert direct(doc) == [("Direct", "„Das Urteil ist falsch“", "Die Anwältin Eva Roth")]
    assert cues(doc) == ["sagte"]


def test_colon_quote_ending_indirect_content_is_quoted_on_its_own() -> None:
    doc = tagged(
        "Der/ART Trainer/NN sagte/VVFIN ,/$, die/ART Mannschaft/NN sei/VAFIN/Mood=Sub "
        "bereit/ADJD :/$. „/$( Wir/PPER gewinnen/VVFIN das/ART Spiel/NN ./$. “/$("
    )
    assert layer(doc) == [
        ("Indirect", "die Mannschaft sei bereit", "Der Trainer"),
        ("Direct", "„Wir gewinnen das Spiel.“", "Der Trainer"),
    ]


def test_verb_inside_the_content_does_not_frame_the_colon_quote() -> None:
    doc = tagged(
        "Auf/APPR der/ART Webseite/NN heißt/VVFIN es/PPER ,/$, warum/PWAV man/PIS "
        "sich/PRF entschieden/VVPP hat/VAFIN :/$. „/$( Das/PDS Logo/NN ist/VAFIN "
        "einfach/ADJD ./$. “/$("
    )
    quotes = direct(doc)
    assert [q[1] for q in quotes] == ["„Das Logo ist einfach.“"]
    assert cues(doc)[-1] == "heißt es"


def test_source_preposition_after_a_trailing_frame_quotes_nothing_itself() -> None:
    doc = tagged(
        "„/$( Der/ART Plan/NN ist/VAFIN gut/ADJD “/$( ,/$, sagte/VVFIN der/ART Minister/NN "
        "laut/APPR Rundfunk/NN ./$."
    )
    assert direct(doc) == [("Direct", "„Der Plan ist gut“", "der Minister")]


def test_trailing_frame_after_a_short_colon_quote_is_its_frame() -> None:
    doc = tagged(
        "Nach/APPR dem/ART Sieg/NN war/VAFIN Trainerin/NN Eva/NE Roth/NE zufrieden/ADJD :/$. "
        "„/$( Ein/ART Anfang/NN “/$( ,/$, sagte/VVFIN sie/PPER dem/ART Radio/NN ./$."
    )
    assert direct(doc) == [("Direct", "„Ein Anfang“", "sie")]
    assert cues(doc) == ["sagte"]


def test_slogans_in_the_object_of_skandieren() -> None:
    doc = tagged(
        "Die/ART Menge/NN skandierte/VVFIN vor/APPR dem/ART Rathaus/NN Parolen/NN wie/KOKOM "
        "„/$( Miete/NN runter/ADV !/$. “/$( ./$."
    )
    assert direct(doc) == [("Direct", "„Miete runter!“", "Die Menge")]


def test_object_predicate_after_a_von_phrase_of_the_object() -> None:
    doc = tagged(
        "Der/ART Präsident/NN nannte/VVFIN die/ART Bewerbung/NN von/APPR Kanada/NE „/$( "
        "sehr/ADV stark/ADJD “/$( ./$."
    )
    assert direct(doc) == [("Direct", "„sehr stark“", "Der Präsident")]


def test_film_title_starting_with_a_number_is_no_quote() -> None:
    film = tagged(
        "Der/ART Komponist/NN schrieb/VVFIN die/ART Musik/NN zum/APPRART Film/NN „/$( "
        "2001/CARD :/$. Die/ART lange/ADJA Reise/NN “/$( ./$."
    )
    assert direct(film) == []


def test_name_with_its_abbreviation_is_no_quote() -> None:
    party = tagged(
        "Die/ART Anhänger/NN der/ART „/$( Alliance/NE for/FM Progress/NE “/$( (/$( AFP/NE )/$( "
        "forderten/VVFIN Neuwahlen/NN ./$."
    )
    assert direct(party) == []


def test_title_of_a_work_after_a_colon_is_no_quote() -> None:
    album = tagged(
        "Am/APPRART Abend/NN stellte/VVFIN er/PPER die/ART neue/ADJA CD/NN vor/PTKVZ :/$. "
        "„/$( Walk/FM on/FM by/FM “/$( ./$."
    )
    assert direct(album) == []
