"""Speakers of frames whose subject stands where the other speaker rules do not look, on
invented hand-tagged sentences (``word/TAG[/morph]`` as in ``test_claims_speakers.py``)."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.speaker_sources import refine_speakers
from newsgraph.claims.text import find_quotes, split_units, tokens_for
from newsgraph.doc import Doc


def test_expletive_es_before_a_plural_verb_leaves_the_subject_after_it() -> None:
    doc = tagged(
        "Es/PPER/Case=Nom ziehen/VVFIN/Number=Plur 40/CARD Prozent/NN/Case=Acc "
        "der/ART/Case=Gen Befragten/NN/Case=Gen die/ART/Case=Acc Schlussfolgerung/NN/Case=Acc "
        ",/$, nicht/PTKNEG zur/APPRART Wahl/NN zu/PTKZU gehen/VVINF ./$."
    )
    assert speakers(doc) == ["40 Prozent der Befragten"]


def test_es_before_a_singular_verb_may_be_a_pronoun() -> None:
    doc = tagged(
        "Es/PPER/Case=Nom soll/VMFIN/Number=Sing die/ART/Case=Acc Geräte/NN/Case=Acc "
        "einschränken/VVINF ,/$, die/PRELS fähig/ADJD sind/VAFIN ,/$, die/ART Disks/NN "
        "abzuspielen/VVIZU ./$."
    )
    assert "die Geräte" not in speakers(doc)


def _court(subject: str) -> list[str | None]:
    return speakers(
        tagged(
            f"{subject} nutzte/VVFIN die/ART/Case=Acc Begründung/NN/Case=Acc auch/ADV "
            "zur/APPRART Verteidigung/NN ./$.",
            "Es/PPER/Case=Nom weist/VVFIN den/ART/Case=Acc Vorwurf/NN/Case=Acc zurück/PTKVZ ,/$, "
            "man/PIS habe/VAFIN/Mood=Sub zu/PTKZU lange/ADV verhandelt/VVPP ./$.",
        )
    )


def test_es_pointing_back_to_a_speaking_institution_is_the_speaker() -> None:
    assert _court("Das/ART/Case=Nom Gericht/NN/Case=Nom") == ["Es"]


def test_es_after_a_thing_names_nobody() -> None:
    assert _court("Das/ART/Case=Nom Wetter/NN/Case=Nom") == [None]


def test_plural_relative_clause_marks_an_object_vorfeld() -> None:
    doc = tagged(
        "Die/ART/Case=Nom|Number=Plur Mönche/NN/Case=Nom|Number=Sing ,/$, die/PRELS "
        "sich/PRF beteiligt/VVPP hatten/VAFIN/Number=Plur ,/$, beschrieb/VVFIN/Number=Sing "
        "die/ART/Case=Nom Agentur/NN/Case=Nom als/KON „/$( aggressiv/ADJD “/$( ./$."
    )
    assert speakers(doc) == ["die Agentur"]


def test_subject_after_the_subordinator_keeps_its_apposition() -> None:
    doc = tagged(
        "Seitdem/KOUS der/ART/Case=Nom Präsident/NN/Case=Nom der/ART/Case=Gen "
        "Fraktion/NN/Case=Gen ,/$, Max/NE Muster/NE ,/$, Anfang/NN Mai/NN sein/PPOSAT "
        "Vorhaben/NN bekannt/ADJD gemacht/VVPP hatte/VAFIN ,/$, einen/ART Antrag/NN "
        "einzubringen/VVIZU ,/$, gibt/VVFIN es/PPER Streit/NN ./$.",
        persons=("Max Muster",),
    )
    assert speakers(doc) == ["der Präsident der Fraktion , Max Muster"]


def test_name_with_an_apposition_missing_its_closing_comma() -> None:
    doc = tagged(
        "Ana/NE Rossi/NE ,/$, die/ART Sprecherin/NN des/ART Verbands/NN Unión/NE de/PPER "
        "Trabajo/NE (/$( UT/NE )/$( sagte/VVFIN :/$. „/$( Wir/PPER bleiben/VVFIN ./$. “/$(",
        persons=("Ana Rossi", "Unión de Trabajo"),  # (the NER stage's names: `de` is no pronoun)
    )
    assert speakers(doc) == ["Ana Rossi , die Sprecherin des Verbands Unión de Trabajo ( UT )"]


def test_surname_particle_opening_the_sentence_is_part_of_the_name() -> None:
    doc = tagged(
        "Zu/APPR Lindenau/NE hatte/VAFIN zwar/ADV Fehler/NN eingeräumt/VVPP und/KON "
        "angegeben/VVPP ,/$, er/PPER habe/VAFIN/Mood=Sub ungenau/ADJD gearbeitet/VVPP ./$."
    )
    assert speakers(doc)[0] == "Zu Lindenau"


def test_colon_clause_about_a_thing_is_introduced_by_the_named_main_subject() -> None:
    doc = tagged(
        "Anna/NE Berg/NE sagte/VVFIN :/$. „/$( Das/PDS ist/VAFIN gut/ADJD ./$. “/$(",
        "Der/ART/Case=Nom Experte/NN/Case=Nom von/APPR Greenpeace/NE ,/$, Max/NE Muster/NE ,/$, "
        "wandte/VVFIN sich/PRF gegen/APPR die/ART/Case=Acc Behauptung/NN/Case=Acc ,/$, "
        "die/PRELS Sorte/NN werde/VAFIN nicht/PTKNEG in/APPR die/ART Nahrung/NN "
        "gelangen/VVINF :/$. „/$( Sie/PPER taucht/VVFIN überall/ADV auf/PTKVZ ./$. “/$(",
        persons=("Anna Berg", "Max Muster"),
    )
    assert speakers(doc)[-1] == "Der Experte von Greenpeace , Max Muster"


def test_second_predicate_shares_the_subject_not_its_object() -> None:
    doc = tagged(
        "Die/ART/Case=Nom Gegner/NN/Case=Nom begrüßten/VVFIN/Number=Plur die/ART/Case=Acc "
        "Ankündigung/NN/Case=Acc ,/$, fordern/VVFIN/Number=Plur aber/ADV die/ART/Case=Acc "
        "Nennung/NN/Case=Acc eines/ART Datums/NN ./$."
    )
    assert "die Nennung eines Datums" not in speakers(doc)
    assert "Die Gegner" in speakers(doc)


def test_object_of_a_coordinated_predicate_is_no_speaker() -> None:
    doc = tagged(
        "Präsident/NN/Case=Nom Max/NE Muster/NE möchte/VMFIN/Number=Sing die/ART/Case=Acc "
        "Debatte/NN/Case=Acc versachlichen/VVINF ,/$, nimmt/VVFIN/Number=Sing "
        "die/ART/Case=Nom Abgeordneten/NN/Case=Nom|Number=Plur in/APPR Schutz/NN und/KON "
        "warnt/VVFIN/Number=Sing vor/APPR einer/ART pauschalen/ADJA Verurteilung/NN ./$.",
        persons=("Max Muster",),
    )
    assert "die Abgeordneten" not in speakers(doc)


def test_relative_pronoun_after_laut_is_the_whole_source() -> None:
    doc = tagged(
        "Dem/ART Gericht/NN liegt/VVFIN ein/ART Gutachten/NN vor/PTKVZ ,/$, laut/APPR "
        "dem/PRELS Lena/NE schwer/ADJD verletzt/VVPP worden/VAPP war/VAFIN ./$."
    )
    assert speakers(doc) == ["dem"]


def test_wonach_after_a_clause_end_is_its_own_source() -> None:
    doc = tagged(
        "Später/ADJD kehrten/VVFIN die/ART Besitzer/NN zur/APPRART alten/ADJA Version/NN "
        "zurück/ADV ,/$, wonach/PWAV die/ART Maus/NN schuld/ADJD sein/VAINF soll/VMFIN ./$."
    )
    assert "wonach" in speakers(doc)


def test_wonach_after_a_view_of_someone_is_its_own_source() -> None:
    doc = tagged(
        "Die/ART Sichtweise/NN von/APPR Minister/NN Max/NE Muster/NE ,/$, wonach/PWAV "
        "es/PPER ein/ART gutes/ADJA Gesetz/NN geben/VVINF werde/VAFIN/Mood=Sub ,/$, "
        "teilt/VVFIN Lena/NE Berg/NE nicht/PTKNEG ./$.",
        persons=("Max Muster", "Lena Berg"),
    )
    assert "wonach" in speakers(doc)


def _refined(doc: Doc, verb: str, speaker: str) -> str | None:
    """The speaker of an indirect frame ``verb`` whose content opens with `wonach`, after the
    speaker pass (the frame rules' first speaker is ``speaker``)."""
    lex = load_lexicon("de")
    tokens = tokens_for(doc)
    quotes = find_quotes(doc.text, tokens)
    units = split_units(doc.text, tokens, quotes, frozenset(x.start for x in doc.sentences))
    sents = [Sentence(tokens[u.tok_start : u.tok_end], quotes, lex, n) for n, u in enumerate(units)]
    v, w, s = doc.text.index(verb), doc.text.index("wonach"), doc.text.index(speaker)
    frame = Attr(
        "Indirect",
        [(w, len(doc.text) - 1)],
        cue=[(v, v + len(verb))],
        speaker=(s, s + len(speaker)),
    )
    refine_speakers([frame], sents, [])
    return None if frame.speaker is None else doc.text[frame.speaker[0] : frame.speaker[1]]


def test_verb_frame_opening_with_wonach_reports_the_noun_phrase_before_it() -> None:
    doc = tagged(
        "Der/ART Sender/NN zitiert/VVFIN aus/APPR der/ART Zeitung/NN „/$( Hoy/NE "
        "Bolivia/NE “/$( ,/$, wonach/PWAV der/ART Präsident/NN den/ART Ländern/NN "
        "die/ART Schuld/NN zuweist/VVFIN ./$."
    )
    assert _refined(doc, "zitiert", "Der Sender") == "der Zeitung „ Hoy Bolivia “"


def test_wonach_after_a_participle_reports_the_object_of_the_clause() -> None:
    doc = tagged(
        "Das/ART Ministerium/NN hat/VAFIN Meldungen/NN der/ART Zeitung/NN ,/$, dem/ART "
        "Boulevardblatt/NN ,/$, zurückgewiesen/VVPP ,/$, wonach/PWAV Inspekteure/NN "
        "Zutritt/NN verlangt/VVPP hätten/VAFIN ./$."
    )
    assert _refined(doc, "zurückgewiesen", "Das Ministerium") == (
        "Meldungen der Zeitung , dem Boulevardblatt"
    )


def test_quoted_name_after_the_verb_is_the_subject() -> None:
    doc = tagged(
        "Wenige/PIAT Stunden/NN nach/APPR dem/ART Putsch/NN erklärte/VVFIN der/ART/Case=Nom "
        "neue/ADJA „/$( Oberste/ADJA Rat/NN zur/APPRART Rettung/NN der/ART Demokratie/NN “/$( "
        ",/$, die/ART Lage/NN sei/VAFIN/Mood=Sub unter/APPR Kontrolle/NN ./$.",
        persons=("Oberste Rat",),  # (the NER stage's name in the quotation)
    )
    assert speakers(doc)[0] == "der neue „ Oberste Rat zur Rettung der Demokratie “"


def test_partial_quote_inside_wonach_takes_the_corrected_source() -> None:
    doc = tagged(
        "Die/ART Sichtweise/NN von/APPR Minister/NN Max/NE Muster/NE ,/$, wonach/PWAV es/PPER "
        "„/$( ein/ART gutes/ADJA Gesetz/NN “/$( geben/VVINF werde/VAFIN/Mood=Sub ,/$, "
        "teilt/VVFIN Lena/NE Berg/NE nicht/PTKNEG ./$.",
        persons=("Max Muster", "Lena Berg"),
    )
    assert speakers(doc) == ["wonach", "wonach"]


def test_short_quoted_clause_is_no_speaker() -> None:
    doc = tagged(
        "Kämen/VVFIN/Mood=Sub sie/PPER dem/PDS nicht/PTKNEG nach/PTKVZ ,/$, so/ADV „/$( "
        "schütze/VVFIN sie/PPER Gott/NN “/$( ./$."
    )
    assert "„ schütze sie Gott “" not in speakers(doc)


def test_pronominal_adverb_opening_a_colon_clause_about_words() -> None:
    doc = tagged(
        "Darauf/PROAV waren/VAFIN die/ART Worte/NN zu/PTKZU lesen/VVINF :/$. „/$( "
        "Paris/NE unterstützt/VVFIN die/ART Menschenrechte/NN ./$. “/$("
    )
    assert speakers(doc) == ["Darauf"]
