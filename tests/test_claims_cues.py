"""Cues and prepositional/impersonal frames of the claims stage, on invented German sentences.

The stage runs alone (its own tokenizer, no POS tags), so the frames are found from the word
lists of ``cues_de.yaml``.
"""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article


def attributions(text: str) -> list[tuple[str, list[str], str | None, str]]:
    """(form, cue words, speaker, content joined by ' | ') of each attribution."""
    doc = Doc(article=Article(id="t", text=text))
    ClaimsStage()(doc)
    out = []
    for f in doc.layers[LAYER]:
        speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        content = " | ".join(text[s:e] for s, e in f.parts)
        out.append((f.kind, [text[s:e] for s, e in f.cue], speaker, content))
    return out


def only(text: str) -> tuple[str, list[str], str | None, str]:
    found = attributions(text)
    assert len(found) == 1, found
    return found[0]


# ---- prepositional frames: which clause is the content -------------------------------------
def test_semicolon_ends_the_clause_before_a_source_frame() -> None:
    _, cue, speaker, content = only(
        "Die Veranstalter zählten 5000 Teilnehmer; nach Polizeiangaben waren es 3000."
    )
    assert cue == ["nach"] and speaker == "Polizeiangaben"
    assert content == "waren es 3000"


def test_frame_inside_a_subordinate_clause_sources_only_that_clause() -> None:
    _, _, speaker, content = only(
        "Der Zug kam spät an, da die Strecke nach Angaben der Bahn gesperrt war."
    )
    assert speaker == "Angaben der Bahn"
    assert content == "da die Strecke | gesperrt war"


def test_frame_inside_a_relative_clause_sources_only_that_clause() -> None:
    _, _, speaker, content = only(
        "Die Polizei nahm zwei Männer fest, die nach Angaben der Staatsanwaltschaft den "
        "Überfall geplant hatten."
    )
    assert speaker == "Angaben der Staatsanwaltschaft"
    assert content == "die | den Überfall geplant hatten"


def test_second_main_clause_after_a_comma_holds_the_frame() -> None:
    _, _, speaker, content = only(
        "Der Bürgermeister ist zurückgetreten, die Stadt sei laut dem Bericht hoch verschuldet."
    )
    assert speaker == "dem Bericht"
    assert content == "die Stadt sei | hoch verschuldet"


# ---- prepositional frames opening the sentence (the Vorfeld) ------------------------------
def test_vorfeld_frame_with_an_apposition_content_starts_at_the_finite_verb() -> None:
    _, _, speaker, content = only(
        "Nach Angaben von Hans Berger, dem Sprecher der Feuerwehr, wurde niemand verletzt."
    )
    assert speaker is not None and speaker.startswith("Angaben von Hans Berger")
    assert content == "wurde niemand verletzt"


def test_vorfeld_source_with_a_prepositional_attribute() -> None:
    _, _, speaker, content = only(
        "Laut Polizeisprecher Karl Brandt vom Präsidium Süd waren die Fahrer betrunken."
    )
    assert speaker == "Polizeisprecher Karl Brandt vom Präsidium Süd"
    assert content == "waren die Fahrer betrunken"


# ---- the extent of a verb cue ----------------------------------------------------------------
def test_reflexive_pronoun_belongs_to_the_cue() -> None:
    _, cue, speaker, content = only(
        "Der Minister äußerte sich am Montag zufrieden, die Reform sei ein Erfolg."
    )
    assert cue == ["äußerte", "sich"] and speaker == "Der Minister"
    assert content == "die Reform sei ein Erfolg"


def test_governed_preposition_and_pronominal_adverb_belong_to_the_cue() -> None:
    assert only("Die Ärztin warnte vor einer neuen Welle, die Lage sei ernst.")[1] == [
        "warnte",
        "vor",
    ]
    assert only("Der Sprecher begründete die Absage damit, dass die Halle zu klein sei.")[1] == [
        "begründete",
        "damit",
    ]


def test_particle_verb_wins_over_its_base_verb() -> None:
    _, cue, _, content = only("Die Stadt forderte die Bürger dazu auf, Wasser zu sparen.")
    assert cue == ["forderte", "auf", "dazu"]  # auffordern, not fordern
    assert content == "Wasser zu sparen"


def test_trailing_auxiliary_of_a_verb_final_clause_and_words_phrase() -> None:
    assert only("Die Lage sei ernst, wie der Sprecher betont hatte.")[1] == [
        "wie",
        "betont",
        "hatte",
    ]
    _, cue, speaker, _ = only("Der Trainer wurde mit den Worten zitiert, die Mannschaft sei müde.")
    assert cue == ["wurde", "zitiert", "mit", "den", "Worten"] and speaker == "Der Trainer"


def test_governed_word_before_a_second_position_verb_is_not_taken() -> None:
    # `als` in the Vorfeld is no part of `lobte`'s cue
    cue = only("Als Vorbild lobte der Trainer den Kapitän, er sei immer fair.")[1]
    assert "als" not in [w.lower() for w in cue]


# ---- sources the noun-phrase reader cannot delimit alone ----------------------------------
def test_vorfeld_source_with_a_participle_attribute_is_found() -> None:
    _, cue, speaker, content = only(
        "Laut einer am Montag veröffentlichten Mitteilung des Ministeriums wurden 200 Menschen "
        "evakuiert."
    )
    assert cue == ["Laut"]
    assert speaker == "einer am Montag veröffentlichten Mitteilung des Ministeriums"
    assert content == "wurden 200 Menschen evakuiert"


def test_trailing_so_takes_the_rest_of_the_sentence_as_source() -> None:
    _, cue, speaker, content = only("Die Preise steigen weiter, so letztere.")
    assert cue == ["so"] and speaker == "letztere"
    assert content == "Die Preise steigen weiter"


def test_so_dass_is_no_source_frame() -> None:
    assert attributions("Es regnete stark, so dass die Straße gesperrt wurde.") == []


def test_relative_source_clause_after_a_claim_noun() -> None:
    _, cue, speaker, content = only("Es gibt Gerüchte, nach denen der Sänger schwer krank sei.")
    assert cue == ["nach"] and speaker == "denen"
    assert content == "der Sänger schwer krank sei"


def test_relative_nach_after_a_place_is_no_source() -> None:
    assert attributions("Wir besuchten die Städte, nach denen die Schiffe benannt sind.") == []


# ---- phrases and impersonal frames ---------------------------------------------------------
def test_opinion_phrase_with_words_between_verb_and_noun() -> None:
    _, cue, speaker, content = only(
        "Zwar sind viele zufrieden, 37 Prozent sind jedoch der gegenteiligen Auffassung, dass die "
        "Demokratie schlecht funktioniere."
    )
    assert cue == ["sind", "der", "Auffassung"] and speaker == "37 Prozent"
    assert content == "dass die Demokratie schlecht funktioniere"


def test_shared_opinion_frames_a_complement_but_no_reported_speech() -> None:
    _, cue, speaker, content = only("22 Prozent teilen die Meinung, die Ordnung sei veraltet.")
    assert cue == ["teilen", "Meinung"] and speaker == "22 Prozent"
    assert content == "die Ordnung sei veraltet"
    assert attributions("Damit teilte er die Meinung des Generals.") == []


def test_trailing_so_heisst_es_sources_the_clause_before() -> None:
    _, cue, speaker, content = only(
        "Die Kosten sollen durch mehr Effizienz sinken, so heißt es in einer gemeinsamen "
        "Erklärung der Gewerkschaft."
    )
    assert cue == ["heißt", "es"]
    assert speaker == "einer gemeinsamen Erklärung der Gewerkschaft"
    assert content == "Die Kosten sollen durch mehr Effizienz sinken"


def test_vorfeld_frame_past_a_participle_phrase() -> None:
    _, _, speaker, content = only(
        "Nach Ansicht der Anklage, vertreten durch Hans Berg, soll der Mann das Geld genommen haben."
    )
    assert speaker == "Ansicht der Anklage"
    assert content == "soll der Mann das Geld genommen haben"


def test_frame_opening_the_clause_after_a_colon() -> None:
    _, _, speaker, content = only(
        "Die Favoriten scheinen klar: Nach Meinung vieler Experten werden Detroit und San Antonio "
        "gewinnen."
    )
    assert speaker == "Meinung vieler Experten"
    assert content == "werden Detroit und San Antonio gewinnen"


def test_temporal_nach_is_no_source_frame() -> None:
    assert (
        attributions("Zwei Monate nach dem Urteil des Gerichts liegt nun die Begründung vor.") == []
    )
    assert (
        attributions("Die Behörde stellte nach Abschluss der Ermittlungen das Verfahren ein.") == []
    )
    assert attributions("Nach einem anonymen Hinweis fand die Polizei das Lager.") == []
    # a cue noun heading the phrase, also after a genitive name, is a source
    _, _, speaker, content = only("Nach Grupps Meinung sollten Manager persönlich haften.")
    assert speaker == "Grupps Meinung" and content == "sollten Manager persönlich haften"


def test_legal_text_is_a_source_and_nach_before_a_cue_noun_is_a_preposition() -> None:
    _, _, speaker, content = only("Nach dem Bundesgesetz dürfen die Länder eigene Regeln erlassen.")
    assert speaker == "dem Bundesgesetz" and content == "dürfen die Länder eigene Regeln erlassen"
    _, cue, speaker, _ = only(
        "Dem Urteil entspricht das neue Polizeigesetz nach Meinung der Opposition nicht."
    )
    assert cue == ["nach"] and speaker == "Meinung der Opposition"


def test_phrase_cue_takes_the_determiner_of_its_noun() -> None:
    _, cue, speaker, content = only("Der Forscher vertritt die These, die Erde sei flach.")
    assert cue == ["vertritt", "These", "die"] and speaker == "Der Forscher"
    assert content == "die Erde sei flach"


def test_frame_opening_a_parenthesis() -> None:
    found = attributions(
        "Die Stadt liegt 37 Kilometer entfernt (nach anderen Angaben liegt sie 46 Kilometer "
        "entfernt)."
    )
    assert [(f[2], f[3]) for f in found] == [("anderen Angaben", "liegt sie 46 Kilometer entfernt")]


def test_expletive_es_of_an_impersonal_passive_belongs_to_the_cue() -> None:
    _, cue, speaker, content = only("Es wird vermutet, dass der Täter geflohen ist.")
    assert cue == ["wird", "vermutet", "Es"] and speaker is None
    assert content == "dass der Täter geflohen ist"


def test_inserted_so_frame_content_goes_on_after_the_source() -> None:
    _, cue, speaker, content = only("Die Lage, so der Minister, sei ernst.")
    assert cue == ["so"] and speaker == "der Minister"
    assert content == "Die Lage | sei ernst"
    # an apposition of the source is no content
    _, _, speaker, content = only("Die Preise steigen, so Frank Karl, Leiter der Abteilung.")
    assert content == "Die Preise steigen"


def test_zufolge_inside_a_clause_takes_the_noun_phrase_before_it() -> None:
    _, cue, speaker, content = only("Der Konzern hat Schätzungen zufolge zwei Milliarden verdient.")
    assert cue == ["zufolge"] and speaker == "Schätzungen"
    assert content == "Der Konzern hat | zwei Milliarden verdient"


def test_decision_and_holding_a_record_are_no_reported_speech() -> None:
    assert attributions("Der Stadtrat beschloss am Montag den Bau einer neuen Schule.") == []
    assert attributions("Die Läuferin hält seit 2007 den Weltrekord für die schnellste Zeit.") == []
    form, _, speaker, _ = only("Der Verband hält den Vorschlag für gefährlich.")
    assert (form, speaker) == ("Reported", "Der Verband")


def test_will_after_a_narrated_action_is_no_announcement() -> None:
    text = (
        "Die Stadt schickte zwanzig Helfer in das Gebiet und will morgen weitere Helfer schicken."
    )
    assert attributions(text) == []
    form, _, speaker, _ = only("Die Stadt will morgen weitere Helfer in das Gebiet schicken.")
    assert (form, speaker) == ("Reported", "Die Stadt")


# ---- source phrases read with the nlp stage's tags -----------------------------------------
def test_time_noun_inside_an_extended_attribute_keeps_the_source() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Laut/APPR einer/ART am/APPRART Montag/NN verbreiteten/ADJA Mitteilung/NN des/ART "
        "Vereins/NN wurden/VAFIN zwölf/CARD Bäume/NN gepflanzt/VVPP ./$."
    )
    assert layer(doc) == [
        (
            "Indirect",
            "wurden zwölf Bäume gepflanzt",
            "einer am Montag verbreiteten Mitteilung des Vereins",
        )
    ]



def test_opening_frame_takes_the_whole_vorfeld_as_its_source() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Nach/APPR Angaben/NN der/ART Gruppe/NN Reporter/NN ohne/APPR Grenzen/NN "
        "werden/VAFIN die/ART Preise/NN steigen/VVINF ./$."
    )
    assert layer(doc) == [
        ("Indirect", "werden die Preise steigen", "Angaben der Gruppe Reporter ohne Grenzen")
    ]


def test_vorfeld_source_stops_before_the_source_it_cites() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Laut/APPR Radio/NN Nord/NE unter/APPR Berufung/NN auf/APPR die/ART Polizei/NN "
        "wurde/VAFIN der/ART Mann/NN festgenommen/VVPP ./$."
    )
    assert layer(doc) == [("Indirect", "wurde der Mann festgenommen", "Radio Nord")]


def test_source_after_a_name_ends_before_a_masculine_der() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Morgen/ADV soll/VMFIN nach/APPR Auskunft/NN der/ART/Case=Gen ESA/NE/Case=Gen "
        "der/ART/Case=Gen größte/ADJA Teil/NN/Case=Gen|Gender=Masc|Number=Sing "
        "verglühen/VVINF ./$."
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Auskunft der ESA"]


def test_quoted_name_after_von_stays_in_a_source_inside_the_clause() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Die/ART Saison/NN könnte/VMFIN nach/APPR Angaben/NN des/ART Leiters/NN der/ART "
        "Sektion/NN von/APPR „/$( Freunde/NN der/ART Oper/NN “/$( im/APPRART Mai/NN "
        "enden/VVINF ./$."
    )
    assert [speaker for _, _, speaker in layer(doc)] == [
        "Angaben des Leiters der Sektion von „ Freunde der Oper “"
    ]


def test_apposition_keeps_an_article_tagged_as_relative_pronoun() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Nach/APPR Angaben/NN des/ART/Case=Gen Sponsors/NN/Case=Gen ,/$, dem/PRELS "
        "Getränkehersteller/NN Acme/NE ,/$, kommen/VVFIN tausend/CARD Gäste/NN ./$."
    )
    assert [speaker for _, _, speaker in layer(doc)] == [
        "Angaben des Sponsors , dem Getränkehersteller Acme"
    ]


def test_source_ends_before_an_adverb_and_adjective_opening_the_object() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Die/ART Proben/NN zeigten/VVFIN laut/APPR Gutachtern/NN erstaunlich/ADJD "
        "hohe/ADJA Werte/NN ./$."
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["Gutachtern"]


def test_year_after_a_plural_source_noun_belongs_to_the_clause() -> None:
    from test_claims_rules import layer, tagged

    doc = tagged(
        "Das/ART Auto/NN soll/VMFIN nach/APPR ersten/ADJA Angaben/NN/Number=Plur 2027/CARD "
        "als/KON Kombi/NN erscheinen/VVINF ./$."
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["ersten Angaben"]


def test_source_ending_inside_a_person_name_takes_the_whole_name() -> None:
    from test_claims_speakers import speakers
    from test_claims_speakers import tagged as tagged_with_persons

    doc = tagged_with_persons(
        "Die/ART Partei/NN hält/VVFIN den/ART Plan/NN laut/APPR Jan/NE Kurz/ADJD "
        "für/APPR machbar/ADJD ./$.",
        persons=("Jan Kurz",),
    )
    assert speakers(doc) == ["Jan Kurz"]
