"""Attributions across sentences (claims.discourse): free indirect speech, frameless quotes.

Invented German sentences, hand-tagged as ``word/TAG[/Feat=Val|...][/=lemma]`` so the rules see
the STTS tags, morphology and lemmas of the nlp stage without loading its model.
"""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged


def test_konjunktiv_one_of_a_verb_stem_in_t_continues_the_speaker() -> None:
    # `rate` (raten) is Konjunktiv I, not a preterite like `sagte`
    doc = tagged(
        "Die/ART Ökonomin/NN Jana/NE Roth/NE äußerte/VVFIN sich/PRF skeptisch/ADJD ./$. | "
        "Sie/PPER rate/VVFIN/Mood=Sub/=raten zu/APPR Geduld/NN ./$."
    )
    assert ("IndirectFreeIndirect", "Sie rate zu Geduld.", "Die Ökonomin Jana Roth") in layer(doc)


def test_weak_preterite_is_no_konjunktiv_one() -> None:
    doc = tagged(
        "Die/ART Ökonomin/NN Jana/NE Roth/NE äußerte/VVFIN sich/PRF skeptisch/ADJD ./$. | "
        "Sie/PPER wartete/VVFIN/Mood=Sub/=warten auf/APPR den/ART Zug/NN ./$."
    )
    assert layer(doc) == []


def test_relative_clause_read_as_article_does_not_hide_the_konjunktiv_main_clause() -> None:
    # the tagger reads the relative pronoun `die` as an article: its clause ends in the verb
    doc = tagged(
        "Das/ART Landesinstitut/NE sieht/VVFIN keine/PIAT Gefahr/NN ./$. | "
        "Nur/ADV Menschen/NN ,/$, die/ART Vögel/NN halten/VVFIN ,/$, "
        "seien/VAFIN/Mood=Sub gefährdet/ADJD ./$."
    )
    found = layer(doc)
    assert [(k, s) for k, _, s in found] == [("IndirectFreeIndirect", "Das Landesinstitut")]


def test_relative_clause_opening_word_without_final_verb_is_a_main_clause() -> None:
    # `, die Lage sei ernst`: the clause goes on after its verb, so it is no relative clause
    doc = tagged(
        "Der/ART Sprecher/NN Tom/NE Berg/NE sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert layer(doc) == [("Indirect", "die Lage sei ernst", "Der Sprecher Tom Berg")]


def test_the_named_speaker_of_a_sentence_outranks_its_speakerless_frame() -> None:
    # `nachdem bekannt geworden war, dass ...` has no speaker; the Konjunktiv I continues X
    doc = tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE erklärte/VVFIN ,/$, der/ART Streik/NN "
        "ende/VVFIN/Mood=Sub ,/$, nachdem/KOUS bekannt/ADJD geworden/VAPP war/VAFIN ,/$, "
        "dass/KOUS die/ART Firma/NN einlenkt/VVFIN ./$. | "
        "Man/PIS habe/VAFIN/Mood=Sub viel/PIS erreicht/VVPP ./$."
    )
    found = layer(doc)
    assert ("IndirectFreeIndirect", "Man habe viel erreicht.", "Die Gewerkschaft Verdi") in found


def test_subject_of_a_reported_sentence_is_no_source_of_the_next() -> None:
    # `Der Verband werde klagen.` is reported speech itself: `Der Verband` does not speak next
    doc = tagged(
        "Gestern/ADV regnete/VVFIN es/PPER ./$. | "
        "Der/ART Verband/NN Nordwind/NE werde/VAFIN/Mood=Sub klagen/VVINF ./$. | "
        "Die/ART Frist/NN sei/VAFIN/Mood=Sub abgelaufen/VVPP ./$."
    )
    assert not any(s == "Der Verband Nordwind" for _, _, s in layer(doc))


def test_first_person_konjunktiv_form_is_no_free_indirect_speech() -> None:
    # `Ich habe ...` in an interview is the speaker's own indicative, not Konjunktiv I
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$. | "
        "Ich/PPER habe/VAFIN/Mood=Sub das/ART Gefühl/NN ,/$, dass/KOUS es/PPER "
        "regnet/VVFIN ./$."
    )
    assert [k for k, _, _ in layer(doc)] == ["Indirect"]


def test_a_frame_after_the_quotation_outranks_a_colon_frame_before_it() -> None:
    from newsgraph.claims.discourse import _prefer_trailing_frames
    from newsgraph.claims.frames import Attr

    # `X äußerte sich: „Wir hoffen.“, sagte er.` (offsets: colon cue 0-7, quote 20-34, cue 37-42)
    colon = Attr("Direct", [(20, 34)], [(0, 7)], "say", (8, 12), 0)
    trailing = Attr("Direct", [(20, 34)], [(37, 42)], "say", (43, 45), 0)
    other = Attr("Indirect", [(50, 60)], [(46, 49)], "say", (43, 45), 0)
    assert _prefer_trailing_frames([colon, trailing, other]) == [trailing, other]
    assert _prefer_trailing_frames([colon, other]) == [colon, other]


def test_a_quotation_after_a_name_with_an_inserted_relative_clause_is_that_name() -> None:
    doc = tagged(
        "Anna/NE Roth/NE ,/$, eine/ART der/ART Gründerinnen/NN ,/$, die/PRELS den/ART "
        "Brief/NN schrieben/VVFIN ,/$, verurteilte/VVFIN die/ART Haltung/NN der/ART "
        "Regierung/NN ./$. | "
        "„/$( Diese/PDAT Politik/NN ist/VAFIN ungerecht/ADJD und/KON gefährlich/ADJD ./$. “/$("
    )
    [(kind, content, speaker)] = layer(doc)
    assert (kind, content) == ("Direct", "„Diese Politik ist ungerecht und gefährlich.“")
    assert speaker is not None and speaker.startswith("Anna Roth")


def test_a_long_free_indirect_stretch_keeps_its_speaker_current_at_its_end() -> None:
    # four Konjunktiv I sentences continue the frame; the quotation after them is still hers
    doc = tagged(
        "Die/ART Richterin/NN Maria/NE Falk/NE sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub klar/ADJD ./$. | "
        "Der/ART Antrag/NN sei/VAFIN/Mood=Sub zu/APPR spät/ADJD gekommen/VVPP ./$. | "
        "Die/ART Frist/NN habe/VAFIN/Mood=Sub im/APPRART Mai/NN geendet/VVPP ./$. | "
        "Das/ART Gericht/NN habe/VAFIN/Mood=Sub keine/PIAT Wahl/NN gehabt/VAPP ./$. | "
        "Man/PIS werde/VAFIN/Mood=Sub das/ART Urteil/NN prüfen/VVINF ./$. | "
        "„/$( Wir/PPER haben/VAFIN sorgfältig/ADJD abgewogen/VVPP ./$. “/$("
    )
    found = layer(doc)
    assert ("Direct", "„Wir haben sorgfältig abgewogen.“", "Die Richterin Maria Falk") in found


def test_a_frame_in_konjunktiv_one_after_reported_speech_is_reported_itself() -> None:
    doc = tagged(
        "Die/ART Gutachterin/NN Ida/NE Brand/NE sagte/VVFIN ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$. | "
        "Ferner/ADV habe/VAFIN/Mood=Sub die/ART Prüfung/NN festgestellt/VVPP ,/$, dass/KOUS "
        "die/ART Brücke/NN marode/ADJD ist/VAFIN ./$."
    )
    found = layer(doc)
    assert (
        "IndirectFreeIndirect",
        "Ferner habe die Prüfung festgestellt, dass die Brücke marode ist.",
        "Die Gutachterin Ida Brand",
    ) in found
    assert not any(k == "Indirect" and "Brücke" in c for k, c, _ in found)


def test_single_quotation_marks_inside_a_quotation_close_before_a_space() -> None:
    from newsgraph.claims.text import fallback_tokens, find_quotes

    text = "Sie sagte: „Die ‚neue Phase‘ beginnt, geht's los.“ Dann ging sie."
    quotes = find_quotes(text, fallback_tokens(text))
    assert [text[q.start : q.end] for q in quotes] == ["„Die ‚neue Phase‘ beginnt, geht's los.“"]


def test_konjunktiv_after_a_speakerless_frame_reports_the_named_subject_of_its_sentence() -> None:
    # the frame `um ... aufzufordern` has no speaker; the named subject of the sentence speaks
    doc = tagged(
        "Der/ART Kommissar/NN Leo/NE Hahn/NE ,/$, der/PRELS nach/APPR Rom/NE reiste/VVFIN ,/$, "
        "um/KOUI die/ART Regierung/NN aufzufordern/VVIZU ,/$, die/ART Grenze/NN zu/PTKZU "
        "öffnen/VVINF ,/$, durfte/VMFIN nicht/PTKNEG bleiben/VVINF ./$. | "
        "Die/ART Behörden/NN hätten/VAFIN/Mood=Sub kein/PIAT Visum/NN erteilt/VVPP ./$."
    )
    found = layer(doc)
    assert (
        "IndirectFreeIndirect",
        "Die Behörden hätten kein Visum erteilt.",
        "Der Kommissar Leo Hahn",
    ) in found


def test_a_denial_kept_for_the_record_leaves_its_sentence_to_a_back_pointing_frame() -> None:
    # `X wies die Vorwürfe zurück. Dies teilte Y mit.`: the denial is no frame of the layer,
    # so the sentence is free to be the content that `Dies` points back to
    doc = tagged(
        "Die/ART Firma/NN Nordwerk/NE wies/VVFIN/=weisen die/ART Vorwürfe/NN zurück/PTKVZ ./$. | "
        "Dies/PDS teilte/VVFIN/=teilen der/ART Sprecher/NN Tom/NE Berg/NE mit/PTKVZ ./$."
    )
    assert layer(doc) == [
        ("Indirect", "Die Firma Nordwerk wies die Vorwürfe zurück", "der Sprecher Tom Berg")
    ]


def test_konjunktiv_after_a_sentence_placed_in_a_document_continues_that_document() -> None:
    doc = tagged(
        "In/APPR einer/ART Analyse/NN des/ART Senders/NN Nordfunk/NE wird/VAFIN der/ART "
        "Schritt/NN als/KOKOM Reaktion/NN gesehen/VVPP ./$. | "
        "So/ADV vertrage/VVFIN/Mood=Sub sich/PRF der/ART Präsident/NN nicht/PTKNEG "
        "mit/APPR der/ART Kanzlerin/NN ./$."
    )
    assert layer(doc) == [
        (
            "IndirectFreeIndirect",
            "So vertrage sich der Präsident nicht mit der Kanzlerin.",
            "einer Analyse des Senders Nordfunk",
        )
    ]


def test_konjunktiv_after_a_place_named_with_in_is_no_report_of_it() -> None:
    doc = tagged(
        "In/APPR der/ART Halle/NN wird/VAFIN am/APPRART Montag/NN gefeiert/VVPP ./$. | "
        "So/ADV vertrage/VVFIN/Mood=Sub sich/PRF der/ART Präsident/NN nicht/PTKNEG "
        "mit/APPR der/ART Kanzlerin/NN ./$."
    )
    assert layer(doc) == []


def test_words_quoted_in_a_sentence_that_a_back_pointing_frame_sources_are_its_speakers() -> None:
    # `Das erklärte Y.` makes the sentence before Y's; the word quoted in it is Y's too
    doc = tagged(
        "Die/ART Partei/NN Nordlicht/NE will/VMFIN/=wollen der/ART Regierung/NN „/$( "
        "assistieren/VVINF “/$( ./$. | "
        "Das/PDS erklärte/VVFIN/=erklären der/ART Sprecher/NN Tom/NE Berg/NE ./$."
    )
    found = layer(doc)
    assert (
        "Indirect",
        "Die Partei Nordlicht will der Regierung „assistieren“",
        "der Sprecher Tom Berg",
    ) in found
    assert ("Direct", "„assistieren“", "der Sprecher Tom Berg") in found


def test_a_quotation_after_a_colon_keeps_its_own_frame_before_a_back_pointing_one() -> None:
    doc = tagged(
        "Weiter/ADV sagte/VVFIN/=sagen Eva/NE Lind/NE :/$. „/$( Wir/PPER bauen/VVFIN "
        "weiter/ADV ./$. “/$( | "
        "Das/PDS bestätigte/VVFIN/=bestätigen der/ART Sprecher/NN Tom/NE Berg/NE ./$."
    )
    assert ("Direct", "„Wir bauen weiter.“", "Eva Lind") in layer(doc)


def test_free_indirect_speech_continues_the_outer_frame_not_one_inside_its_content() -> None:
    # `will` frames a speech act inside the content of `nach den bisherigen Planungen`
    doc = tagged(
        "In/APPR Ulm/NE will/VMFIN/=wollen die/ART Firma/NN Nordwerk/NE nach/APPR den/ART "
        "bisherigen/ADJA Planungen/NN ein/ART Werk/NN bauen/VVINF ./$. | "
        "Dort/ADV sollen/VMFIN 500/CARD Stellen/NN entstehen/VVINF ./$."
    )
    found = layer(doc)
    assert (
        "FreeIndirect",
        "Dort sollen 500 Stellen entstehen.",
        "den bisherigen Planungen",
    ) in found


def test_a_konjunktiv_colon_frame_after_reported_speech_is_reported_itself() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE sagte/VVFIN/=sagen ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$. | "
        "Man/PIS sei/VAFIN/Mood=Sub den/ART Helfern/NN dankbar/ADJD :/$. „/$( Sie/PPER "
        "haben/VAFIN viel/PIS geleistet/VVPP ./$. “/$("
    )
    found = layer(doc)
    assert ("Direct", "„Sie haben viel geleistet.“", "Die Ministerin Eva Lind") in found
    assert any(k == "IndirectFreeIndirect" and s == "Die Ministerin Eva Lind" for k, _, s in found)


def test_plural_konjunktiv_two_standing_in_for_konjunktiv_one_reports_the_subject_before() -> None:
    doc = tagged(
        "Der/ART Verband/NN Nordland/NE kritisierte/VVFIN die/ART Warnungen/NN ./$. | "
        "So/ADV hätten/VAFIN/Mood=Sub Bauern/NN große/ADJA Verluste/NN erlitten/VVPP ./$."
    )
    found = layer(doc)
    assert (
        "IndirectFreeIndirect",
        "So hätten Bauern große Verluste erlitten.",
        "Der Verband Nordland",
    ) in found


def test_plural_konjunktiv_two_in_a_condition_reports_nothing() -> None:
    doc = tagged(
        "Der/ART Verband/NN Nordland/NE kritisierte/VVFIN die/ART Warnungen/NN ./$. | "
        "Ohne/APPR Regen/NN hätten/VAFIN/Mood=Sub Bauern/NN sonst/ADV Verluste/NN "
        "erlitten/VVPP ./$."
    )
    assert not any("Bauern" in c for _, c, _ in layer(doc))


def test_a_soll_sentence_after_a_speech_act_without_content_reports_its_subject() -> None:
    doc = tagged(
        "Die/ART Direktorin/NN Anna/NE Berg/NE äußerte/VVFIN sich/PRF zu/APPR den/ART "
        "Plänen/NN ./$. | "
        "Der/ART nächste/ADJA Start/NN des/ART „/$( Nordstern/NE Eins/NE “/$( soll/VMFIN "
        "im/APPRART Herbst/NN stattfinden/VVINF ./$."
    )
    found = layer(doc)
    assert (
        "FreeIndirect",
        "Der nächste Start des „Nordstern Eins“ soll im Herbst stattfinden.",
        "Die Direktorin Anna Berg",
    ) in found


def test_a_soll_sentence_after_a_sentence_without_speech_reports_nothing() -> None:
    doc = tagged(
        "Die/ART Direktorin/NN Anna/NE Berg/NE besuchte/VVFIN die/ART Halle/NN ./$. | "
        "Der/ART nächste/ADJA Start/NN soll/VMFIN im/APPRART Herbst/NN "
        "stattfinden/VVINF ./$."
    )
    assert not any(k == "FreeIndirect" for k, _, _ in layer(doc))


def test_an_inserted_so_frame_names_the_source_of_its_konjunktiv_sentence() -> None:
    doc = tagged(
        "Der/ART Minister/NN Karl/NE Brandt/NE sagte/VVFIN/=sagen ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ernst/ADJD ./$. | "
        "Die/ART Kosten/NN –/$( so/ADV Berger/NE –/$( seien/VAFIN/Mood=Sub zu/PTKA "
        "hoch/ADJD ./$."
    )
    found = layer(doc)
    assert any("Kosten" in c and s == "Berger" for _, c, s in found)
    assert not any("Kosten" in c and s == "Der Minister Karl Brandt" for _, c, s in found)


def test_a_relative_pronoun_is_not_carried_as_the_speaker_of_the_next_sentence() -> None:
    doc = tagged(
        "Die/ART Ärztin/NN Eva/NE Roth/NE bezweifelte/VVFIN den/ART Plan/NN mit/APPR "
        "Blick/NN auf/APPR Regeln/NN ,/$, denen/PRELS zufolge/APPO Vorsicht/NN "
        "geboten/VVPP sei/VAFIN/Mood=Sub ./$. | "
        "Die/ART Gefahr/NN sei/VAFIN/Mood=Sub groß/ADJD ./$."
    )
    found = layer(doc)
    assert not any(s == "denen" and "Gefahr" in c for _, c, s in found)
