"""Which phrase is the speaker, and where it begins and ends: hand-tagged invented sentences
(``word/TAG[/morph]``, the notation of ``claims_docs.py``)."""

from __future__ import annotations

from claims_docs import hand_tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def tagged(*sentences: str, persons: tuple[str, ...] = ()) -> Doc:
    return hand_tagged([sentences], persons=persons)


def speakers(doc: Doc) -> list[str | None]:
    return [doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None for f in doc.layers[LAYER]]


# ---- extended attributes (`die zur Universität gehörende Stiftung`) ------------------------


def test_subject_after_the_verb_with_an_extended_attribute() -> None:
    doc = tagged(
        "Die/ART Brücke/NN sei/VAFIN/Mood=Sub marode/ADJD ,/$, teilte/VVFIN die/ART/Case=Nom "
        "zur/APPRART Landesuniversität/NN Kiel/NE gehörende/ADJA Stiftung/NN Brückenbau/NE "
        "mit/PTKVZ ./$.",
    )
    assert speakers(doc) == ["die zur Landesuniversität Kiel gehörende Stiftung Brückenbau"]


def test_article_read_as_relative_pronoun_still_opens_the_attribute() -> None:
    doc = tagged(
        "„/$( Wir/PPER kommen/VVFIN wieder/ADV ./$. “/$( ,/$, schrieb/VVFIN die/PRELS "
        "in/APPR Bremen/NE geborene/ADJA Sängerin/NN Mia/NE Sand/NE ./$.",
        persons=("Mia Sand",),
    )
    assert speakers(doc) == ["die in Bremen geborene Sängerin Mia Sand"]


def test_phrase_cut_inside_the_attribute_is_made_whole() -> None:
    doc = tagged(
        "So/ADV sagte/VVFIN der/PRELS für/APPR die/ART Nordregion/NN zuständige/ADJA "
        "Koordinator/NN ,/$, Ole/NE Hansen/NE ,/$, dass/KOUS die/ART Boote/NN "
        "fehlten/VVFIN/Mood=Sub ./$.",
        persons=("Ole Hansen",),
    )
    assert speakers(doc) == ["der für die Nordregion zuständige Koordinator , Ole Hansen"]


def test_description_with_attribute_before_a_name_keeps_its_article() -> None:
    doc = tagged(
        "Auch/ADV der/PRELS als/KON besonnen/VVPP geltende/ADJA frühere/ADJA Minister/NN ,/$, "
        "Karl/NE Brandt/NE ,/$, kritisierte/VVFIN ,/$, die/ART Wahl/NN sei/VAFIN/Mood=Sub "
        "unfair/ADJD ./$.",
        persons=("Karl Brandt",),
    )
    assert speakers(doc) == ["der als besonnen geltende frühere Minister , Karl Brandt"]


def test_genitive_source_with_an_attribute_and_a_list_of_places() -> None:
    doc = tagged(
        "Nach/APPR Angaben/NN der/ART in/APPR Lund/NE ,/$, Schweden/NE ,/$, ansässigen/ADJA "
        "Firma/NN soll/VMFIN der/ART Wagen/NN schnell/ADJD sein/VAINF ./$.",
    )
    assert speakers(doc) == ["Angaben der in Lund , Schweden , ansässigen Firma"]


def test_apposition_with_an_attribute_after_a_noun() -> None:
    doc = tagged(
        "In/APPR einer/ART Mitteilung/NN erklärte/VVFIN der/ART Eigentümer/NN ,/$, das/PDS "
        "auch/ADV die/ART Stadtzeitung/NN verlegende/ADJA Medienhaus/NN Berger/NE ,/$, "
        "dass/KOUS das/ART Blatt/NN schließe/VVFIN/Mood=Sub ./$.",
    )
    assert speakers(doc) == [
        "der Eigentümer , das auch die Stadtzeitung verlegende Medienhaus Berger"
    ]


def test_relative_clause_after_a_name_is_no_apposition_with_an_attribute() -> None:
    doc = tagged(
        "„/$( Das/PDS reicht/VVFIN nicht/PTKNEG ./$. “/$( ,/$, sagte/VVFIN Eva/NE Lind/NE ,/$, "
        "die/PRELS die/ART von/APPR der/ART Stadt/NN geplante/ADJA Reform/NN "
        "kritisierte/VVFIN ./$.",
        persons=("Eva Lind",),
    )
    assert speakers(doc) == ["Eva Lind"]


# ---- relative clauses opened by `dessen`/`deren` ----------------------------------------------


def test_subject_of_a_relative_clause_opened_by_a_genitive_pronoun() -> None:
    doc = tagged(
        "Bekannt/ADJD ist/VAFIN der/ART Streit/NN um/APPR Acme/NE ,/$, in/APPR dessen/PDS "
        "Folge/NN das/ART/Case=Acc Landgericht/NN/Case=Acc festgestellt/VVPP hatte/VAFIN ,/$, "
        "die/ART Firma/NN sei/VAFIN/Mood=Sub haftbar/ADJD gewesen/VAPP ./$.",
    )
    assert speakers(doc) == ["das Landgericht"]


# ---- `zitieren` without a `von` agent ----------------------------------------------------------


def test_passive_quote_names_the_medium_with_in() -> None:
    doc = tagged(
        "„/$( Wir/PPER gewinnen/VVFIN das/ART Spiel/NN ./$. “/$( wird/VAFIN der/ART "
        "Trainer/NN im/APPRART Fachblatt/NN „/$( Sportwelt/NE “/$( zitiert/VVPP ./$.",
    )
    assert sorted(s for s in speakers(doc) if s) == ["Fachblatt „ Sportwelt “", "der Trainer"]


def test_quote_of_impersonal_man_takes_the_person_after_it() -> None:
    doc = tagged(
        "„/$( Wir/PPER bleiben/VVFIN hier/ADV ./$. “/$( ,/$, zitierte/VVFIN man/PIS Ana/NE "
        "Ruiz/NE vom/APPRART Sender/NN Radio9/NE ./$.",
        persons=("Ana Ruiz",),
    )
    assert speakers(doc) == ["Ana Ruiz vom Sender Radio9"]


# ---- colon frames whose subject is a text ------------------------------------------------------


def test_text_before_a_colon_is_the_source_of_its_wording() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub klar/ADJD ./$.",
        "So/ADV enthält/VVFIN das/ART Abkommen/NN folgenden/ADJA Satz/NN :/$. „/$( "
        "Jede/PIAT Stimme/NN zählt/VVFIN gleich/ADJD ./$. “/$(",
    )
    assert speakers(doc) == ["Die Ministerin", "das Abkommen"]


def test_thing_before_a_colon_still_quotes_the_last_speaker() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub klar/ADJD ./$.",
        "Ihre/PPOSAT Zuversicht/NN gründet/VVFIN sich/PRF auf/APPR Zahlen/NN :/$. „/$( "
        "Jede/PIAT Stimme/NN zählt/VVFIN gleich/ADJD ./$. “/$(",
    )
    assert speakers(doc) == ["Die Ministerin", "Die Ministerin"]


# ---- where a speaker phrase ends ---------------------------------------------------------------


def test_phrase_ends_before_an_object_after_a_name() -> None:
    doc = tagged(
        "Für/APPR sie/PPER fordert/VVFIN Richter/NN Ugo/NE Sarti/NE ebenfalls/ADV "
        "lange/ADJA Sperren/NN ./$.",
        "Gegenwärtig/ADV wirft/VVFIN Minister/NN Tom/NE Wirt/NE (/$( SPD/NE )/$( "
        "dem/ART/Case=Dat Kollegen/NN/Case=Dat Einmischung/NN vor/PTKVZ ./$.",
        "In/APPR einem/ART Interview/NN sprach/VVFIN Eva/NE Lind/NE von/APPR der/ART "
        "Möglichkeit/NN einer/ART Koalition/NN ./$.",
        persons=("Ugo Sarti", "Tom Wirt", "Eva Lind"),
    )
    assert speakers(doc) == ["Richter Ugo Sarti", "Minister Tom Wirt ( SPD )", "Eva Lind"]


def test_apposition_stops_before_a_time_and_may_be_a_misread_compound() -> None:
    doc = tagged(
        "Die/ART Stadt/NN sei/VAFIN/Mood=Sub sicher/ADJD ,/$, sagte/VVFIN Jan/NE Holt/NE ,/$, "
        "Kommandeur/NN der/ART Truppe/NN am/APPRART Montag/NN ./$.",
        "So/ADV sagte/VVFIN Ole/NE Berg/NE ,/$, EU-Handelskommissar/PPER :/$. „/$( Wir/PPER "
        "verhandeln/VVFIN weiter/ADV ./$. “/$(",
        persons=("Jan Holt", "Ole Berg"),
    )
    assert speakers(doc) == ["Jan Holt , Kommandeur der Truppe", "Ole Berg , EU-Handelskommissar"]


# ---- `wonach` clauses ----------------------------------------------------------------------


def test_wonach_clause_reports_the_noun_phrase_it_is_attached_to() -> None:
    doc = tagged(
        "Das/ART Institut/NN bestätigte/VVFIN die/ART Befunde/NN des/ART Labors/NN Nord/NE "
        ",/$, wonach/PWAV zehn/CARD Rinder/NN erkrankt/VVPP sind/VAFIN ./$.",
    )
    assert "die Befunde des Labors Nord" in speakers(doc)
    assert "Das Institut" not in speakers(doc)


def test_description_before_a_titled_name_and_coordinated_adjectives() -> None:
    doc = tagged(
        "Ein/ART Sprecher/NN der/ART „/$( Polizei/NN von/APPR Elmdorf/NE “/$( ,/$, "
        "Kommissar/NN Tim/NE Rode/NE sagte/VVFIN ,/$, der/ART Weg/NN sei/VAFIN/Mood=Sub "
        "frei/ADJD ./$.",
        "Die/ART Wahl/NN sei/VAFIN/Mood=Sub offen/ADJD ,/$, sagte/VVFIN Ole/NE Berg/NE ,/$, "
        "ein/ART erfahrenes/ADJA ,/$, dem/ART linken/ADJA Flügel/NN der/ART Partei/NN "
        "zugehöriges/ADJA Mitglied/NN des/ART Rates/NN ./$.",
        persons=("Tim Rode", "Ole Berg"),
    )
    assert speakers(doc) == [
        "Ein Sprecher der „ Polizei von Elmdorf “ , Kommissar Tim Rode",
        "Ole Berg , ein erfahrenes , dem linken Flügel der Partei zugehöriges Mitglied des Rates",
    ]


def test_medium_quoting_an_object_after_the_verb_gives_two_sources() -> None:
    doc = tagged(
        "„/$( Wir/PPER handeln/VVFIN sofort/ADV ./$. “/$( ,/$, zitiert/VVFIN Nordblatt/NE "
        "den/ART/Case=Acc Minister/NN/Case=Acc ./$.",
    )
    assert sorted(s for s in speakers(doc) if s) == ["Nordblatt", "den Minister"]


# ---- free indirect speech after a sentence opening with a prepositional phrase ------------


def test_prepositional_phrase_is_no_source_of_free_indirect_speech() -> None:
    doc = tagged(
        "Der/ART Wetterdienst/NN Nord/NE warnte/VVFIN ,/$, der/ART Sturm/NN werde/VAFIN/Mood=Sub "
        "stark/ADJD ./$.",
        "Für/APPR weite/ADJA Teile/NN Hessens/NE wurde/VAFIN eine/ART Warnung/NN "
        "ausgegeben/VVPP ./$.",
        "Dort/ADV könne/VMFIN/Mood=Sub es/PPER Böen/NN geben/VVINF ./$.",
    )
    assert all(s is None or not s.startswith("Für") for s in speakers(doc))
    assert speakers(doc)[-1] == "Der Wetterdienst Nord"
