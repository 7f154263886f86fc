"""Where a speaker's name ends (`phrase_ends.surname_end`, used by `speaker_spans`): a surname
the tagger read as a common noun or a particle still ends a person's name, so the name keeps
its apposition and a place after it stays out; a time adverbial with `nach` ends a speaker
phrase (`phrase_ends._time_attribute`). Invented hand-tagged sentences."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged


def test_surname_read_as_a_noun_keeps_its_apposition() -> None:
    doc = tagged(
        "„/$( Die/ART Deiche/NN halten/VVFIN ./$. “/$( ,/$, so/ADV Paul/NE/Case=Nom "
        "Vogel/NN/Case=Nom ,/$, Leiter/NN/Case=Nom des/ART/Case=Gen Hochwasserdienstes/NN/Case=Gen "
        "./$.",
        persons=("Paul Vogel",),
    )
    assert speakers(doc) == ["Paul Vogel , Leiter des Hochwasserdienstes"]


def test_surname_read_as_a_particle_keeps_its_apposition() -> None:
    doc = tagged(
        "„/$( Das/PDS reicht/VVFIN nicht/PTKNEG ./$. “/$( ,/$, sagte/VVFIN Lothar/NE/Case=Nom "
        "Nicht/PTKNEG ,/$, Sprecher/NN/Case=Nom der/ART/Case=Gen Feuerwehr/NN/Case=Gen ./$.",
        persons=("Lothar Nicht",),
    )
    assert speakers(doc) == ["Lothar Nicht , Sprecher der Feuerwehr"]


def test_common_noun_without_a_name_takes_no_apposition() -> None:
    # no PERSON mention: `Vogel` is a noun here and the phrase after the comma is no name
    doc = tagged(
        "„/$( Die/ART Deiche/NN halten/VVFIN ./$. “/$( ,/$, so/ADV der/ART Experte/NN "
        "Vogel/NN/Case=Nom ,/$, Leiter/NN/Case=Nom des/ART/Case=Gen Hochwasserdienstes/NN/Case=Gen "
        "./$."
    )
    assert speakers(doc) == ["der Experte Vogel"]


def test_place_after_a_surname_read_as_a_noun_stays_out() -> None:
    doc = tagged(
        "„/$( Wir/PPER helfen/VVFIN ./$. “/$( ,/$, sagte/VVFIN Anna/NE Koch/NN in/APPR "
        "Bremen/NE ./$.",
        persons=("Anna Koch",),
    )
    assert speakers(doc) == ["Anna Koch"]


def test_time_adverbial_with_nach_ends_the_speaker() -> None:
    doc = tagged(
        "Das/ART/Case=Nom Fazit/NN/Case=Nom von/APPR Anna/NE/Case=Dat Kolb/NE/Case=Dat "
        "nach/APPR zehn/CARD Jahren/NN/Case=Dat Schulleitung/NN/Case=Nom fällt/VVFIN "
        "klar/ADJD aus/PTKVZ :/$. „/$( Die/ART Schule/NN wächst/VVFIN ./$. “/$(",
        persons=("Anna Kolb",),
    )
    assert speakers(doc) == ["Das Fazit von Anna Kolb"]


def test_apposition_before_a_time_adverbial_with_nach_stays() -> None:
    doc = tagged(
        "„/$( Das/PDS war/VAFIN knapp/ADJD ./$. “/$( ,/$, sagte/VVFIN Jan/NE/Case=Nom "
        "Peters/NE/Case=Nom ,/$, der/ART/Case=Nom Kapitän/NN/Case=Nom des/ART/Case=Gen "
        "Teams/NN/Case=Gen nach/APPR dem/ART Spiel/NN ./$.",
        persons=("Jan Peters",),
    )
    assert speakers(doc) == ["Jan Peters , der Kapitän des Teams"]


def test_short_form_in_brackets_after_the_source_belongs_to_it() -> None:
    doc = tagged(
        "Wie/PWAV aus/APPR einer/ART Mitteilung/NN der/ART Schutztruppe/NN (/$( SFT/NE )/$( "
        "hervorgeht/VVFIN ,/$, seien/VAFIN drei/CARD Soldaten/NN verletzt/VVPP worden/VAPP ./$."
    )
    assert speakers(doc) == ["einer Mitteilung der Schutztruppe ( SFT )"]


def test_lower_case_word_in_brackets_stays_out() -> None:
    doc = tagged(
        "Wie/PWAV aus/APPR einer/ART Mitteilung/NN der/ART Schutztruppe/NN (/$( vorläufig/ADJD "
        ")/$( hervorgeht/VVFIN ,/$, seien/VAFIN drei/CARD Soldaten/NN verletzt/VVPP "
        "worden/VAPP ./$."
    )
    assert speakers(doc) == ["einer Mitteilung der Schutztruppe"]
