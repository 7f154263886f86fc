"""Speaker spans that the frame rules leave open or get wrong, on invented hand-tagged sentences.

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py`` (whose helpers are reused):
the rules see STTS tags as behind the nlp stage, including its typical misreadings.
"""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.speaker_spans import compound_noun
from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc, Token


def test_compound_misread_by_the_tagger_is_a_noun() -> None:
    assert compound_noun(Token(0, 15, "Werks-Direktorin", "PUNCT", "$("))
    assert compound_noun(Token(0, 4, "J.K.", "VERB", "VVFIN"))
    assert not compound_noun(Token(0, 5, "Werks-", "NOUN", "TRUNC"))
    assert not compound_noun(Token(0, 15, "Werks-Direktorin", "NOUN", "NN"))
    assert not compound_noun(Token(0, 5, "sagte", "VERB", "VVFIN"))


def test_vorfeld_with_misread_compound_title() -> None:
    doc = tagged(
        "Werks-Direktorin/$( Lena/NE Tannberg/NE sagte/VVFIN ,/$, man/PIS wolle/VMFIN "
        "die/ART Lage/NN beobachten/VVINF ./$.",
        persons=("Lena Tannberg",),
    )
    assert speakers(doc) == ["Werks-Direktorin Lena Tannberg"]


def test_relative_clause_between_subject_and_verb() -> None:
    doc = tagged(
        "Jonas/NE Feldhoff/NE ,/$, der/PRELS am/APPRART Montag/NN in/APPR Ulm/NE war/VAFIN ,/$, "
        "sagte/VVFIN ,/$, dass/KOUS der/ART Plan/NN scheitern/VVINF werde/VAFIN ./$.",
        persons=("Jonas Feldhoff",),
    )
    assert speakers(doc)[0] == "Jonas Feldhoff"


def test_adjective_phrase_between_subject_and_verb() -> None:
    doc = tagged(
        "Die/ART Leiterin/NN Mara/NE Lind/NE ,/$, zuständig/ADJD für/APPR den/ART Export/NN ,/$, "
        "hatte/VAFIN angekündigt/VVPP ,/$, dass/KOUS die/ART Firma/NN wachsen/VVINF "
        "werde/VAFIN ./$.",
        persons=("Mara Lind",),
    )
    assert speakers(doc)[0] == "Die Leiterin Mara Lind"


def test_pronoun_subject_of_a_verb_final_clause() -> None:
    doc = tagged(
        "Der/ART Trainer/NN war/VAFIN wütend/ADJD ,/$, als/KOUS er/PPER die/ART Fans/NN "
        "dafür/PROAV kritisierte/VVFIN ,/$, dass/KOUS sie/PPER gepfiffen/VVPP hätten/VAFIN ./$."
    )
    assert speakers(doc)[0] == "er"


def test_noun_subject_of_a_verb_final_clause() -> None:
    doc = tagged(
        "Die/ART Gespräche/NN laufen/VVFIN weiter/ADV ,/$, da/KOUS die/ART Partei/NN "
        "angekündigt/VVPP hatte/VAFIN ,/$, mit/APPR allen/PIAT verhandeln/VVINF zu/PTKZU "
        "wollen/VMINF ./$."
    )
    assert speakers(doc)[0] == "die Partei"


def test_speaker_after_the_verb_stops_before_the_object() -> None:
    doc = tagged(
        "Nun/ADV fordert/VVFIN Tilman/NE Korb/NE finanzielle/ADJA Hilfen/NN für/APPR "
        "die/ART Winzer/NN ,/$, damit/KOUS sie/PPER überleben/VVINF ./$.",
        persons=("Tilman Korb",),
    )
    assert "Tilman Korb" in speakers(doc)
    assert not any(s and "Hilfen" in s for s in speakers(doc))


def test_source_phrase_keeps_a_genitive_adjective_but_not_a_date() -> None:
    doc = tagged(
        "Nach/APPR Angaben/NN örtlicher/ADJA Behörden/NN vom/APPRART Dienstag/NN "
        "wurden/VAFIN drei/CARD Menschen/NN verletzt/VVPP ./$."
    )
    assert speakers(doc) == ["Angaben örtlicher Behörden"]


def test_object_first_vorfeld_gives_way_to_the_named_subject() -> None:
    doc = tagged(
        "Die/ART Äußerungen/NN von/APPR Paul/NE Ebner/NE bezeichnete/VVFIN Henrike/NE "
        "Albers/NE als/KON unklug/ADJD und/KON sagte/VVFIN ,/$, dass/KOUS sie/PPER "
        "schaden/VVINF würden/VAFIN ./$.",
        persons=("Henrike Albers", "Paul Ebner"),
    )
    assert speakers(doc)[0] == "Henrike Albers"


def test_source_noun_vorfeld_stays_the_subject() -> None:
    doc = tagged(
        "Ein/ART Sprecher/NN der/ART Regierung/NN forderte/VVFIN Paul/NE Ebner/NE auf/PTKVZ "
        ",/$, zurückzutreten/VVIZU ./$.",
        persons=("Paul Ebner",),
    )
    assert speakers(doc)[0] == "Ein Sprecher der Regierung"


def test_dative_vorfeld_is_no_subject() -> None:
    doc = tagged(
        "Der/ART Zeitung/NN sagte/VVFIN Paul/NE Ebner/NE ,/$, er/PPER werde/VAFIN "
        "kandidieren/VVINF ./$.",
        persons=("Paul Ebner",),
    )
    assert speakers(doc)[0] == "Paul Ebner"


def test_apposition_before_a_colon_belongs_to_the_name() -> None:
    doc = tagged(
        "So/ADV sagte/VVFIN Lars/NE Kowal/NE ,/$, Hafenkommissar/NN :/$. „/$( Wir/PPER "
        "sind/VAFIN bereit/ADJD ./$. “/$(",
        persons=("Lars Kowal",),
    )
    assert speakers(doc) == ["Lars Kowal , Hafenkommissar"]


def test_name_before_an_apposition_read_as_the_speaker() -> None:
    doc = tagged(
        "Lars/NE Wenig/ADV ,/$, Hafenkommissar/NN der/ART Stadt/NN Kiel/NE ,/$, "
        "sprach/VVFIN von/APPR einer/ART „/$( großen/ADJA Gefahr/NN “/$( ./$.",
        persons=("Lars Wenig",),
    )  # the tagger read the surname `Wenig` as an adverb
    assert "Lars Wenig , Hafenkommissar der Stadt Kiel" in speakers(doc)


def test_description_with_a_quoted_name_before_the_name() -> None:
    doc = tagged(
        "Der/ART Chef/NN von/APPR „/$( Nordwerk/VVFIN “/$( ,/$, Jan/NE Ufer/NN ,/$, "
        "sagte/VVFIN ,/$, das/ART Werk/NN bleibe/VVFIN offen/ADJD ./$.",
        persons=("Jan Ufer",),
    )
    assert speakers(doc)[0] == "Der Chef von „ Nordwerk “ , Jan Ufer"


def test_quotation_after_an_opinion_phrase_continues_its_holder() -> None:
    doc = tagged(
        "Der/ART Bruder/NN Jonas/NE Feld/NE war/VAFIN nach/APPR eigenem/ADJA Bekunden/NN "
        "eingeweiht/VVPP ./$.",
        "„/$( Er/PPER braucht/VVFIN Ruhe/NN ./$. “/$(",
        persons=("Jonas Feld",),
    )
    direct = [
        doc.text[f.speaker[0] : f.speaker[1]]
        for f in doc.layers[LAYER]
        if f.kind == "Direct" and f.speaker
    ]
    assert direct == ["Der Bruder Jonas Feld"]


def test_demonstrative_vorfeld_is_the_object() -> None:
    doc = tagged(
        "Dies/PDS wollte/VMFIN die/ART Nachbarin/NN nicht/PTKNEG hinnehmen/VVINF und/KON "
        "gab/VVFIN an/PTKVZ ,/$, sie/PPER werde/VAFIN klagen/VVINF ./$."
    )
    assert speakers(doc) == ["die Nachbarin"]


def test_source_keeps_a_quoted_name_after_von() -> None:
    doc = tagged(
        "Laut/APPR einem/ART Artikel/NN von/APPR „/$( Nord/NE News/NN “/$( ,/$, der/PRELS "
        "sich/PRF auf/APPR Daten/NN beruft/VVFIN ,/$, sind/VAFIN drei/CARD Häfen/NN "
        "geschlossen/VVPP ./$."
    )
    assert speakers(doc) == ["einem Artikel von „ Nord News “"]


def test_auxiliary_before_an_apposition_finds_the_subject() -> None:
    doc = tagged(
        "So/ADV hat/VAFIN sich/PRF die/ART Leiterin/NN des/ART Verbands/NN ,/$, Mara/NE "
        "Lind/NE ,/$, gerade/ADV dieser/PDAT Tage/NN gegen/APPR den/ART Plan/NN "
        "ausgesprochen/VVPP und/KON behauptet/VVPP ,/$, er/PPER sei/VAFIN zu/PTKA "
        "teuer/ADJD ./$.",
        persons=("Mara Lind",),
    )
    assert speakers(doc)[0] is not None and speakers(doc)[0].startswith("die Leiterin")


def test_time_phrase_before_the_verb_is_no_subject() -> None:
    doc = tagged(
        "Wenige/PIAT Stunden/NN nach/APPR dem/ART Treffen/NN erklärte/VVFIN ,/$, die/ART "
        "Lage/NN sei/VAFIN ruhig/ADJD ./$."
    )
    assert speakers(doc) == [None]


def test_thing_before_a_colon_gives_way_to_the_last_speaker() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Ida/NE Holm/NE sagte/VVFIN :/$. „/$( Wir/PPER schaffen/VVFIN "
        "das/PDS ./$. “/$(",
        "Ihre/PPOSAT Zuversicht/NN gründet/VVFIN sich/PRF auf/APPR Erfahrung/NN :/$. "
        "„/$( Es/PPER hat/VAFIN immer/ADV geklappt/VVPP ./$. “/$(",
        persons=("Ida Holm",),
    )
    assert speakers(doc) == ["Die Ministerin Ida Holm", "Die Ministerin Ida Holm"]


def test_object_vorfeld_with_a_relative_clause_gives_way_to_the_named_subject() -> None:
    doc = tagged(
        "Die/ART Äußerungen/NN von/APPR Paul/NE Ebner/NE ,/$, die/PRELS gestern/ADV "
        "fielen/VVFIN ,/$, bezeichnete/VVFIN Henrike/NE Albers/NE als/KON unklug/ADJD und/KON "
        "sagte/VVFIN ,/$, dass/KOUS sie/PPER schaden/VVINF würden/VAFIN ./$.",
        persons=("Henrike Albers", "Paul Ebner"),
    )
    assert speakers(doc)[0] == "Henrike Albers"


def test_addressee_after_gegenueber_is_no_speaker() -> None:
    doc = tagged(
        "Lena/NE Tann/NE ,/$, die/ART Chefin/NN du/PPER Port/NE sagte/VVFIN gegenüber/APPR "
        "der/ART Zeitung/NN Nordblatt/NE :/$. „/$( Wir/PPER bleiben/VVFIN ./$. “/$(",
        persons=("Lena Tann",),
    )
    assert "der Zeitung Nordblatt" not in speakers(doc)


def test_modal_misread_as_pronoun_is_the_finite_verb() -> None:
    doc = tagged(
        "Morgen/ADV will/PPER Ministerin/NN Ida/NE Holm/NE vor/APPR dem/ART Rat/NN "
        "bekannt/VVPP geben/VVINF ,/$, dass/KOUS der/ART Plan/NN ruht/VVFIN ./$.",
        persons=("Ida Holm",),
    )
    assert speakers(doc) == ["Ministerin Ida Holm"]


def test_vorfeld_stops_at_a_full_stop_the_splitter_missed() -> None:
    doc = tagged(
        "Damals/ADV stand/VVFIN ein/ART Kleid/NN im/APPRART Angebot/NN ./$. nordshop/NN "
        "hält/VVFIN es/PPER für/APPR möglich/ADJD ,/$, dass/KOUS der/ART Rekord/NN "
        "fällt/VVFIN ./$."
    )
    assert speakers(doc) == ["nordshop"]


def test_relative_pronoun_object_gives_way_to_the_named_subject() -> None:
    doc = tagged(
        "Damit/PROAV fällt/VVFIN die/ART Marke/NN ,/$, die/PRELS/Case=Nom Ida/NE/Case=Acc "
        "Holm/NE/Case=Acc einst/ADV zum/APPRART Ziel/NN erklärt/VVPP hatte/VAFIN :/$. "
        "„/$( Wir/PPER schaffen/VVFIN das/PDS ./$. “/$(",
        persons=("Ida Holm",),
    )  # the tagger's case: the pronoun nominative, the name accusative
    assert speakers(doc) == ["Ida Holm"]


def _with_orgs(doc: Doc, *orgs: str) -> Doc:
    """``doc`` analysed again with ORG mentions for ``orgs`` (entity id = the name)."""
    from newsgraph.claims.stage import ClaimsStage
    from newsgraph.doc import Mention

    found = [
        Mention(doc.text.index(n), doc.text.index(n) + len(n), n, "ORG", entity=n) for n in orgs
    ]
    doc.mentions = sorted([*doc.mentions, *found], key=lambda m: m.start)
    ClaimsStage()(doc)
    return doc


_EARLIER = (
    "Minister/NN Karl/NE Weber/NE sagte/VVFIN ,/$, die/ART Straßen/NN "
    "seien/VAFIN/Mood=Sub sicher/ADJD ./$.",
    "Am/APPRART Montag/NN regnete/VVFIN es/PPER ./$.",
)


def test_demnach_points_back_to_the_author_named_in_the_sentence_before() -> None:
    doc = tagged(
        *_EARLIER,
        "Das/ART/Case=Nom Landesamt/NN/Case=Nom Nordland/NE/Case=Nom legte/VVFIN "
        "seinen/PPOSAT Jahresbericht/NN/Case=Acc vor/PTKVZ ./$.",
        "Demnach/PROAV stieg/VVFIN die/ART Zahl/NN der/ART Unfälle/NN ./$.",
        persons=("Karl Weber",),
    )
    doc = _with_orgs(doc, "Landesamt Nordland")
    [claim] = [c for c in doc.article.claims if "Unfälle" in c.content.text]
    assert (claim.speaker, claim.speaker_text) == ("Landesamt Nordland", "Landesamt Nordland")


def test_demnach_after_a_sentence_that_tells_of_no_statement_has_no_source() -> None:
    # the subject of `X hatte acht Prozent erhalten` published nothing; Weber is too far back
    doc = tagged(
        *_EARLIER,
        "Die/ART/Case=Nom Firma/NN/Case=Nom Nordwerk/NE/Case=Nom hatte/VAFIN acht/CARD "
        "Prozent/NN erhalten/VVPP ./$.",
        "Demnach/PROAV stieg/VVFIN die/ART Zahl/NN der/ART Unfälle/NN ./$.",
        persons=("Karl Weber",),
    )
    doc = _with_orgs(doc, "Firma Nordwerk")
    [claim] = [c for c in doc.article.claims if "Unfälle" in c.content.text]
    assert claim.speaker is None


def test_document_before_a_relative_clause_sources_the_passive_main_clause() -> None:
    doc = tagged(
        "In/APPR einer/ART Presseerklärung/NN ,/$, die/PRELS am/APPRART Mittwoch/NN "
        "veröffentlicht/VVPP wurde/VAFIN ,/$, wurde/VAFIN verkündet/VVPP ,/$, dass/KOUS "
        "die/ART Stadt/NN klagen/VVINF wolle/VMFIN ./$.",
    )
    assert speakers(doc) == ["einer Presseerklärung"]


def test_web_address_misread_as_a_verb_is_the_subject_of_a_wie_frame() -> None:
    doc = tagged(
        "Wie/PWAV nordblatt.de/VVFIN berichtet/VVFIN ,/$, ist/VAFIN die/ART Brücke/NN "
        "gesperrt/VVPP ./$.",
    )
    assert speakers(doc) == ["nordblatt.de"]


def test_short_quoted_name_in_lower_case_is_the_subject_of_a_wie_frame() -> None:
    doc = tagged(
        "Wie/PWAV „/$( nordblatt/VVFIN online/ADV “/$( berichtet/VVFIN ,/$, ist/VAFIN "
        "die/ART Brücke/NN gesperrt/VVPP ./$.",
    )
    assert speakers(doc) == ["„ nordblatt online “"]


def test_text_a_content_comes_out_of_is_its_source() -> None:
    doc = tagged(
        "Wie/PWAV aus/APPR einer/ART Mitteilung/NN der/ART Feuerwehr/NN hervorgeht/VVFIN ,/$, "
        "brannte/VVFIN die/ART Scheune/NN ab/PTKVZ ./$.",
    )
    assert speakers(doc) == ["einer Mitteilung der Feuerwehr"]


def test_free_indirect_speech_follows_the_corrected_speaker_of_its_frame() -> None:
    # the frame rules first read the object Vorfeld as the subject; the Konjunktiv sentence
    # after it copied that span and must follow the correction to the named subject
    doc = tagged(
        "Die/ART Äußerungen/NN von/APPR Paul/NE Ebner/NE bezeichnete/VVFIN Henrike/NE "
        "Albers/NE als/KON unklug/ADJD ./$.",
        "Sie/PPER seien/VAFIN/Mood=Sub schädlich/ADJD für/APPR die/ART Partei/NN ./$.",
        persons=("Henrike Albers", "Paul Ebner"),
    )
    assert speakers(doc) == ["Henrike Albers", "Henrike Albers"]
