"""Speaker spans, chains and stance of relaying claims on hand-tagged fictional sentences.

Sentences are written as ``word/TAG[/Case=X]`` so the rules see STTS tags and case as behind the
nlp stage without loading its model (the same notation as ``test_claims_rules.py``).
"""

from __future__ import annotations

from claims_docs import hand_tagged

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc, Mention
from newsgraph.record import Article, Claim


def tagged(*sentences: str, persons: tuple[str, ...] = ()) -> Doc:
    """A Doc from space-separated ``word/TAG[/morph]`` sentences; ``persons``: PERSON names."""
    return hand_tagged([sentences], persons=persons)


def speakers(doc: Doc) -> list[str | None]:
    return [doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None for f in doc.layers[LAYER]]


def test_trailing_frame_keeps_the_apposition_of_a_name() -> None:
    doc = tagged(
        "„/$( Wir/PPER bauen/VVFIN weiter/ADV ./$. “/$( ,/$, sagte/VVFIN Lena/NE/Case=Nom "
        "Korff/NE/Case=Nom ,/$, Leiterin/NN/Case=Nom des/ART/Case=Gen Bauamts/NN/Case=Gen ./$.",
        persons=("Lena Korff",),
    )
    assert speakers(doc) == ["Lena Korff , Leiterin des Bauamts"]


def test_object_after_a_name_is_no_apposition() -> None:
    doc = tagged(
        "Laut/APPR Jan/NE/Case=Dat Berg/NE/Case=Dat ,/$, einem/ART/Case=Dat Sprecher/NN/Case=Dat "
        "der/ART/Case=Gen Bahn/NN/Case=Gen ,/$, fahren/VVFIN die/ART Züge/NN wieder/ADV ./$.",
        persons=("Jan Berg",),
    )
    assert speakers(doc) == ["Jan Berg , einem Sprecher der Bahn"]


def test_description_before_the_name_belongs_to_the_speaker() -> None:
    doc = tagged(
        "Der/ART/Case=Nom Leiter/NN/Case=Nom des/ART/Case=Gen Hafens/NN/Case=Gen ,/$, "
        "Tom/NE/Case=Nom Weber/NE/Case=Nom ,/$, sagte/VVFIN ,/$, der/ART Kai/NN "
        "sei/VAFIN/Mood=Sub sicher/ADJD ./$.",
        persons=("Tom Weber",),
    )
    assert speakers(doc) == ["Der Leiter des Hafens , Tom Weber"]


def test_source_phrase_stops_before_a_numeral_and_a_second_noun_phrase() -> None:
    doc = tagged(
        "Laut/APPR Polizeiangaben/NN/Case=Dat 40/CARD Menschen/NN/Case=Nom "
        "wurden/VAFIN verletzt/VVPP ./$.",
        "Nach/APPR Auskunft/NN/Case=Dat der/ART/Case=Gen Behörde/NN/Case=Gen "
        "der/ART/Case=Nom größte/ADJA/Case=Nom Teil/NN/Case=Nom ist/VAFIN verloren/VVPP ./$.",
    )
    assert speakers(doc) == ["Polizeiangaben", "Auskunft der Behörde"]


def test_place_after_a_person_name_is_no_part_of_the_speaker() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, sagte/VVFIN Ina/NE/Case=Nom "
        "Roth/NE/Case=Nom in/APPR Bonn/NE ./$.",
        persons=("Ina Roth",),
    )
    assert speakers(doc) == ["Ina Roth"]


def test_wie_frame_skips_adverbs_before_its_subject() -> None:
    doc = tagged(
        "Wie/PWAV schon/ADV die/ART/Case=Nom Stiftung/NN/Case=Nom mitteilte/VVFIN ,/$, "
        "ist/VAFIN das/ART Museum/NN geschlossen/ADJD ./$.",
    )
    assert speakers(doc) == ["die Stiftung"]


_RELAY = (
    "Streit um die Bootshäuser am Deich\n\n"
    "Die Zeitung Nordblatt berichtete, der Anglerverband habe bekanntgegeben, dass angeblich "
    "drei Bootshäuser verkauft worden seien.\n\n"
    "Die Zeitung Nordblatt berichtete außerdem, der Verband habe angekündigt, dass er auch "
    "den Steg verkaufen werde.\n\n"
    "Die Vorsitzende des Verbands, Greta Holm, bestritt den Verkauf."
)


def _claim(doc: Doc, speaker: str, fragment: str) -> Claim:
    hits = [
        c for c in doc.article.claims if c.speaker_text == speaker and fragment in c.content.text
    ]
    assert len(hits) == 1, [(c.speaker_text, c.content.text) for c in doc.article.claims]
    return hits[0]


def test_relaying_claim_keeps_its_own_stance_and_the_inner_claim_points_to_it() -> None:
    doc = Doc(article=Article(id="t", text=_RELAY))
    ClaimsStage()(doc)
    outer = _claim(doc, "Die Zeitung Nordblatt", "drei Bootshäuser")
    inner = _claim(doc, "der Anglerverband", "drei Bootshäuser")
    assert inner.via == outer.id and outer.via is None
    assert inner.stance == "alleged" and [e.text for e in inner.evidence] == ["angeblich"]
    assert outer.stance == "reported" and [e.text for e in outer.evidence] == ["berichtete"]
    plan_outer = _claim(doc, "Die Zeitung Nordblatt", "den Steg")
    plan_inner = _claim(doc, "der Verband", "den Steg")
    assert plan_inner.via == plan_outer.id
    assert plan_inner.stance == "future" and plan_outer.stance == "reported"
    denial = _claim(doc, "Die Vorsitzende des Verbands, Greta Holm", "Verkauf")
    assert denial.stance == "denied" and denial.via is None


def test_missing_subject_comes_from_a_name_or_after_the_finite_verb() -> None:
    doc = tagged(
        "Holmqvist/ADV sagte/VVFIN dazu/PROAV am/APPRART Abend/NN :/$. „/$( Wir/PPER "
        "bleiben/VVFIN hier/ADV ./$. “/$(",
        "Im/APPRART Vorfeld/NN hatte/VAFIN die/ART/Case=Nom Werft/NN/Case=Nom betont/VVPP ,/$, "
        "dass/KOUS die/ART Fähre/NN pünktlich/ADJD sei/VAFIN/Mood=Sub ./$.",
        persons=("Holmqvist",),
    )
    assert speakers(doc) == ["Holmqvist", "die Werft"]


def test_pronoun_speaker_is_the_last_speaker_that_agrees_in_gender_and_number() -> None:
    doc = tagged(
        "Die/ART/Gender=Fem|Number=Sing Ministerin/NN/Gender=Fem|Number=Sing Eva/NE Lind/NE "
        "sagte/VVFIN ,/$, der/ART Hafen/NN sei/VAFIN/Mood=Sub sicher/ADJD ./$.",
        "Der/ART/Gender=Masc|Number=Sing Bürgermeister/NN/Gender=Masc|Number=Sing Tom/NE "
        "Berg/NE widersprach/VVFIN ,/$, der/ART Kai/NN sei/VAFIN/Mood=Sub marode/ADJD ./$.",
        "Sie/PPER/Gender=Fem|Number=Sing betonte/VVFIN ,/$, die/ART Mittel/NN "
        "seien/VAFIN/Mood=Sub bereit/ADJD ./$.",
        "Er/PPER/Gender=Masc|Number=Sing fügte/VVFIN hinzu/PTKVZ ,/$, die/ART Stadt/NN "
        "zahle/VVFIN/Mood=Sub nichts/PIS ./$.",
        persons=("Eva Lind", "Tom Berg"),
    )
    by_text = {c.content.text: c for c in doc.article.claims}
    assert by_text["die Mittel seien bereit"].speaker == "Eva Lind"
    assert by_text["die Mittel seien bereit"].speaker_text == "Die Ministerin Eva Lind"
    assert by_text["die Stadt zahle nichts"].speaker == "Tom Berg"


def test_source_phrase_keeps_a_closing_attribute_and_a_naming_apposition() -> None:
    doc = tagged(
        "Laut/APPR Oberst/NN Pia/NE Falk/NE vom/APPRART Landesamt/NN ist/VAFIN die/ART "
        "Straße/NN frei/ADJD ./$.",
        "Nach/APPR Angaben/NN des/ART/Case=Gen Sponsors/NN/Case=Gen ,/$, dem/ART/Case=Dat "
        "Getränkehersteller/NN/Case=Dat Acme/NE ,/$, kommen/VVFIN tausend/CARD Gäste/NN ./$.",
        "Laut/APPR Polizei/NN aus/APPR Sicherheitsgründen/NN bleibt/VVFIN der/ART Platz/NN "
        "gesperrt/VVPP ./$.",
        persons=("Pia Falk",),
    )
    assert speakers(doc) == [
        "Oberst Pia Falk vom Landesamt",
        "Angaben des Sponsors , dem Getränkehersteller Acme",
        "Polizei",
    ]


def test_description_refers_to_the_last_organisation_with_its_head_noun() -> None:
    text = (
        "Die Stadt berief sich auf das Verkehrsministerium. In einer Erklärung des "
        "Ministeriums hieß es, die Arbeiten begännen im Mai."
    )
    doc = Doc(article=Article(id="t", text=text))
    start = text.index("Verkehrsministerium")
    doc.mentions = [Mention(start, start + 19, "Verkehrsministerium", "ORG", entity="e_vm")]
    ClaimsStage()(doc)
    claim = _claim(doc, "einer Erklärung des Ministeriums", "Arbeiten")
    assert claim.speaker == "e_vm"


def test_zitieren_gives_the_medium_and_the_quoted_person_one_attribution_each() -> None:
    doc = tagged(
        "Die/ART/Case=Nom Zeitung/NN/Case=Nom Nordblatt/NE zitierte/VVFIN Ole/NE/Case=Acc "
        "Brandt/NE/Case=Acc mit/APPR den/ART Worten/NN :/$. „/$( Wir/PPER sind/VAFIN "
        "bereit/ADJD ./$. “/$(",
        "Die/ART/Case=Nom Lotsin/NN/Case=Nom Ina/NE Wulf/NE wird/VAFIN von/APPR "
        "der/ART/Case=Dat Zeitung/NN/Case=Dat Nordblatt/NE mit/APPR den/ART Worten/NN "
        "zitiert/VVPP :/$. „/$( Der/ART Kanal/NN ist/VAFIN frei/ADJD ./$. “/$(",
        persons=("Ole Brandt", "Ina Wulf"),
    )
    # german_news_quotes lists the quoted person first in an active frame, the medium first
    # in a passive one
    assert speakers(doc) == [
        "Ole Brandt",
        "Die Zeitung Nordblatt",
        "der Zeitung Nordblatt",
        "Die Lotsin Ina Wulf",
    ]
    claims = doc.article.claims
    assert [c.via for c in claims] == [claims[1].id, None, None, claims[2].id]
    assert claims[0].cue is not None and claims[0].cue.text == "zitierte"
    assert [e.text for e in claims[0].evidence] == ["zitierte"]


def test_name_and_apposition_between_commas_before_the_verb_are_the_speaker() -> None:
    doc = tagged(
        "Ina/NE Roth/NE ,/$, Sprecherin/NN von/APPR Bündnis/NN 90/CARD und/KON Die/ART "
        "Grünen/NE ,/$, kritisierte/VVFIN :/$. „/$( Das/PDS ist/VAFIN falsch/ADJD ./$. “/$(",
        persons=("Ina Roth",),
    )
    assert speakers(doc) == ["Ina Roth , Sprecherin von Bündnis 90 und Die Grünen"]


def test_wie_frame_with_a_quoted_name_and_an_adverb_before_the_verb() -> None:
    doc = tagged(
        "Wie/PWAV die/ART „/$( Aktion/NN Hafen/NN hilft/VVFIN “/$( heute/ADV "
        "mitteilte/VVFIN ,/$, werde/VAFIN/Mood=Sub die/ART Hilfe/NN verteilt/VVPP ./$.",
    )
    assert speakers(doc) == ["die „ Aktion Hafen hilft “"]


def test_free_indirect_after_an_opinion_phrase_continues_the_sentence_subject() -> None:
    doc = tagged(
        "Dabei/PROAV erklärte/VVFIN der/ART/Case=Nom Direktor/NN/Case=Nom Max/NE Berg/NE ,/$, "
        "der/ART Hafen/NN sei/VAFIN/Mood=Sub seiner/PPOSAT Meinung/NN nach/APPO sicher/ADJD ./$.",
        "Die/ART Kosten/NN seien/VAFIN/Mood=Sub gering/ADJD ./$.",
        persons=("Max Berg",),
    )
    free = [
        doc.text[f.speaker[0] : f.speaker[1]]
        for f in doc.layers[LAYER]
        if f.kind == "IndirectFreeIndirect" and f.speaker
    ]
    assert free == ["der Direktor Max Berg"]


def test_heisst_es_takes_the_source_after_its_preposition() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, hieß/VVFIN es/PPER vom/APPRART "
        "Sprecher/NN Jan/NE Moor/NE ./$.",
        persons=("Jan Moor",),
    )
    assert speakers(doc) == ["Sprecher Jan Moor"]


def test_prepositional_object_after_the_verb_is_no_speaker() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN Eva/NE Lind/NE sowie/KON der/ART Bürgermeister/NN Tom/NE "
        "Berg/NE sprachen/VVFIN von/APPR einem/ART Erfolg/NN ,/$, der/ART Hafen/NN "
        "sei/VAFIN/Mood=Sub gerettet/VVPP ./$.",
        persons=("Eva Lind", "Tom Berg"),
    )
    assert speakers(doc)[0] == "Die Ministerin Eva Lind sowie der Bürgermeister Tom Berg"


def test_subject_after_a_coordinating_conjunction() -> None:
    doc = tagged(
        "Die/ART Stadt/NN übergab/VVFIN dem/ART Verein/NN die/ART Akten/NN und/KON der/ART "
        "Verein/NN seinerseits/ADV versprach/VVFIN ,/$, sie/PPER zu/PTKZU prüfen/VVINF ./$.",
    )
    assert speakers(doc) == ["der Verein"]


def test_time_phrase_in_the_vorfeld_is_no_speaker() -> None:
    doc = tagged(
        "Wenige/PIAT Stunden/NN/Case=Nom nach/APPR dem/ART Sturm/NN erklärte/VVFIN "
        "der/ART/Case=Nom Krisenstab/NN/Case=Nom Nordland/NE ,/$, die/ART Lage/NN "
        "sei/VAFIN/Mood=Sub ruhig/ADJD ./$.",
        "Im/APPRART Mai/NN wurde/VAFIN bekannt/ADJD ,/$, dass/KOUS die/ART Fähre/NN "
        "verkauft/VVPP werde/VAFIN/Mood=Sub ./$.",
    )
    assert speakers(doc) == ["der Krisenstab Nordland", None]


def test_passive_frame_is_sourced_by_the_document_it_appears_in() -> None:
    doc = tagged(
        "So/ADV wird/VAFIN in/APPR einer/ART Pressemitteilung/NN des/ART Vereins/NN "
        "gefordert/VVPP ,/$, dass/KOUS der/ART Hafen/NN offen/ADJD bleibe/VVFIN/Mood=Sub ./$.",
    )
    assert speakers(doc) == ["einer Pressemitteilung des Vereins"]


def test_wonach_clause_is_sourced_by_the_noun_phrase_before_it() -> None:
    doc = tagged(
        "Für/APPR das/ART Jahr/NN gibt/VVFIN es/PPER eine/ART Schätzung/NN ,/$, wonach/PWAV "
        "drei/CARD Häfen/NN geschlossen/VVPP wurden/VAFIN ./$.",
    )
    assert speakers(doc) == ["eine Schätzung"]


def test_noun_before_werde_is_no_future_infinitive() -> None:
    doc = Doc(
        article=Article(
            id="t",
            text="Die Agentur meldete, der Hafen werde erweitert. Sie meldete auch, man werde "
            "den Steg erneuern.",
        )
    )
    ClaimsStage()(doc)
    stances = {c.content.text: c.stance for c in doc.article.claims}
    assert stances == {
        "der Hafen werde erweitert": "reported",
        "man werde den Steg erneuern": "future",
    }
