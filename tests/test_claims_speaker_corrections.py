"""Speaker corrections of the pass over all speakers (`speaker_sources.refine_speakers`), on
invented hand-tagged sentences in the ``word/TAG[/morph]`` notation of ``test_claims_speakers.py``.
"""

from __future__ import annotations

from claims_docs import hand_tagged, layer
from test_claims_speakers import speakers, tagged


def test_object_vorfeld_of_coordinated_verbs_after_a_short_quotation() -> None:
    # `Die Äußerungen …` is the object of `bezeichnete`; `glaubt` shares the subject after it,
    # although the short quotation between the verbs ends the clause of `glaubt` early
    doc = tagged(
        "Die/ART Äußerungen/NN Brandts/NE und/KON Kohls/NE bezeichnete/VVFIN Mira/NE "
        "Halden/NE als/KON „/$( Streich/NN aus/APPR Ulm/NE “/$( und/KON glaubt/VVFIN ,/$, dass/KOUS der/ART "
        "Rat/NN sie/PPER zurückziehen/VVINF müsse/VMFIN ./$.",
        persons=("Mira Halden",),
    )
    found = speakers(doc)
    assert found, "the `dass` clause is a claim"
    assert all(s == "Mira Halden" for s in found), found


def test_zu_infinitive_is_no_speaker() -> None:
    # the frame rules read the zu-infinitive before `und verlangte` as its subject; it holds a
    # verb, so it is no speaker (the subject `der Mann` opens the clause)
    doc = tagged(
        "Der/ART Mann/NN hatte/VAFIN begonnen/VVPP ,/$, Zettel/NN über/APPR angebliche/ADJA "
        "Versuche/NN zu/PTKZU verteilen/VVINF und/KON verlangte/VVFIN ,/$, gegen/APPR "
        "diese/PDAT Versuche/NN vorzugehen/VVIZU ./$."
    )
    found = speakers(doc)
    assert not any(s and "verteilen" in s for s in found), found


def test_free_indirect_speech_after_hearsay_continues_the_source_before() -> None:
    # `dem Vernehmen nach` (as is heard) names no source: the Konjunktiv sentence after it
    # goes on reporting the police, not `dem Vernehmen`
    doc = tagged(
        "Wie/PWAV die/ART Polizei/NN bekannt/ADJD gab/VVFIN ,/$, wird/VAFIN es/PPER "
        "künftig/ADJD mehr/PIAT Kontrollen/NN geben/VVINF ./$.",
        "Dort/ADV treffen/VVFIN sich/PRF dem/ART Vernehmen/NN nach/APPO zunehmend/ADJD "
        "Gruppen/NN ,/$, die/PRELS Menschen/NN anpöbeln/VVFIN ./$.",
        "Es/PPER sei/VAFIN wiederholt/ADJD zu/APPR Straftaten/NN gekommen/VVPP ./$.",
    )
    found = speakers(doc)
    assert found[0] == "die Polizei"
    assert found[-1] == "die Polizei", found


def test_subject_of_a_clause_opened_by_a_subordinator_read_as_preposition() -> None:
    # `während` opens a verb-final clause here although the tagger read it as a preposition
    doc = tagged(
        "Während/APPR Ministerin/NN Lena/NE Korff/NE ankündigte/VVFIN ,/$, den/ART Plan/NN "
        "prüfen/VVINF zu/PTKZU lassen/VVINF ,/$, stellte/VVFIN sich/PRF die/ART Partei/NN "
        "dagegen/PAV ./$.",
        persons=("Lena Korff",),
    )
    assert speakers(doc)[0] == "Ministerin Lena Korff"


def test_relative_clause_without_its_comma() -> None:
    doc = tagged(
        "Der/ART Täter/NN hinterließ/VVFIN einen/ART Zettel/NN in/APPR dem/PRELS er/PPER "
        "verlangte/VVFIN ,/$, dass/KOUS niemand/PIS die/ART Polizei/NN rufe/VVFIN ./$."
    )
    assert speakers(doc)[0] == "er"


def test_subject_after_the_verb_behind_a_prepositional_vorfeld() -> None:
    # a prepositional phrase fills the Vorfeld: the subject follows the verb, without its
    # adverb; a name with a particle (`Zu Guttenberg`) is no such phrase
    doc = tagged(
        "Von/APPR den/ART Ämtern/NN in/APPR Ulm/NE erklärte/VVFIN nur/ADV die/ART "
        "Stadtkasse/NN nun/ADV ,/$, nicht/PTKNEG teilnehmen/VVINF zu/PTKZU wollen/VMINF ./$."
    )
    assert speakers(doc)[0] == "die Stadtkasse"
    doc = tagged(
        "Zu/APPR Lindberg/NE hatte/VAFIN Fehler/NN eingeräumt/VVPP und/KON angegeben/VVPP ,/$, "
        "er/PPER habe/VAFIN nicht/PTKNEG genau/ADJD gearbeitet/VVPP ./$.",
        persons=("Zu Lindberg",),
    )
    assert speakers(doc)[0] != "Fehler"


def test_a_misread_compound_as_the_only_noun_of_the_vorfeld_does_not_stop_the_stage() -> None:
    # the Vorfeld reads as a noun phrase through the hyphenated compound the tagger took for an
    # adjective, but holds no NN/NE token: the source-noun check must give up, not raise
    doc = hand_tagged(
        [
            [
                "Adidas-Vorstand/ADJA forderte/VVFIN Max/NE Muster/NE auf/PTKVZ ,/$, die/ART "
                "Preise/NN zu/PTKZU senken/VVINF ./$."
            ]
        ]
    )
    assert [(kind, content) for kind, content, _ in layer(doc)] == [
        ("Indirect", "die Preise zu senken")
    ]
