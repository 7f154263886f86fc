"""Session 15: constructions found wrong on german_news_quotes train; each case is an
invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with, occasion_text, speaker_entity_name

from newsgraph.doc import Doc


def _layer(doc: Doc) -> list[tuple[str, str]]:
    text = doc.text
    return [
        (a.kind, " / ".join(text[s:e] for s, e in a.parts))
        for a in doc.layers["claims.attributions"]
    ]


def test_a_conditional_clause_first_is_no_content(claims_doc: Callable[[str], Doc]) -> None:
    # a clause that opens with its finite verb before the frame is a condition; what was
    # announced is the zu-infinitive after the verb
    doc = claims_doc(
        "Sollte sich der Verdacht bestätigen, kündigte der Minister an, sofort zurückzutreten."
    )
    assert _layer(doc) == [("Indirect", "sofort zurückzutreten")]
    assert claim_with(doc, "zurückzutreten").speaker_text == "der Minister"


def test_a_question_before_an_asking_frame_stays_its_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Sind wir schon zu spät, wenn es um die Zukunft Europas geht, lautete die Frage."
    )
    assert [kind for kind, _ in _layer(doc)] == ["Indirect"]
    assert _layer(doc)[0][1].startswith("Sind wir schon zu spät")


def test_a_wie_clause_after_a_perfect_speech_verb_is_no_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `berichtet, wie X … attackierte` tells what the witnesses reported; it is no `wie X
    # attackierte` frame whose content is the clause before it
    doc = claims_doc(
        "Vor Gericht hatten Augenzeugen berichtet, wie der Mann die Abgeordnete attackierte."
    )
    assert ("Indirect", "Vor Gericht hatten Augenzeugen berichtet") not in _layer(doc)
    assert claim_with(doc, "attackierte").speaker_text == "Augenzeugen"


def test_a_relative_clause_read_as_a_demonstrative_is_no_main_clause(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `das` after a comma and a noun, closing its clause with its only finite verb, is a
    # relative pronoun even when the tagger reads a demonstrative: the Vorfeld is no content
    doc = claims_doc(
        "In einer Abstimmung, das am Sonntag in Grönland stattfand, sprach sich eine Mehrheit "
        "der Bürger für mehr Unabhängigkeit aus."
    )
    assert [kind for kind, _ in _layer(doc)] in ([], ["Reported"])
    assert all(
        not part.startswith("In einer Abstimmung, das") or "sprach" in part
        for _, part in _layer(doc)
    )


def test_a_physical_attack_is_no_speech_act(claims_doc: Callable[[str], Doc]) -> None:
    # `attackieren` is verbal only with what makes it so (`als`, `scharf`, `wegen`)
    assert claims_doc("Der Mann attackierte die Abgeordnete vor ihrem Büro.").article.claims == ()
    doc = claims_doc("Der Minister attackierte den Iran als Förderer des Terrorismus.")
    assert claim_with(doc, "Förderer").speaker_text == "Der Minister"


def test_an_adverb_before_a_new_frame_ends_the_content_before_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `…, weiter hieß es, dass …`: a new main clause with its own frame (an adverb first) is
    # no part of the quotation the colon frame introduced
    doc = claims_doc(
        "Der Sprecher schrieb bei Twitter: „Das sind furchtbare Nachrichten“, weiter hieß es, "
        "dass „unser Mitgefühl allen Betroffenen gelte“."
    )
    layer = _layer(doc)
    assert ("Direct", "„Das sind furchtbare Nachrichten“") in layer
    assert not any("weiter hieß es" in part for _, part in layer)


def test_a_speech_act_noun_opening_the_sentence_keeps_its_content(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the court calls the statement a pretext: what was stated is the defendant's, not the
    # judge's, who speaks about it
    doc = claims_doc(
        "Der Angeklagte bestritt die Tat. Seine Einlassung, er habe das Benzin für seinen "
        "Rasenmäher gekauft, bezeichnete der Richter als Schutzbehauptung."
    )
    claim = claim_with(doc, "Rasenmäher")
    assert claim.speaker_text == "Seine"
    assert ("Indirect", "er habe das Benzin für seinen Rasenmäher gekauft") in _layer(doc)
    # a denial of the allegation is still the denier's claim (stance denied)
    doc = claims_doc("Den Vorwurf, der Vermieter habe zu hoch abgerechnet, wies der Anwalt zurück.")
    claim = claim_with(doc, "zu hoch abgerechnet")
    assert (claim.speaker_text, claim.stance) == ("der Anwalt", "denied")


def test_der_and_a_speaking_noun_after_the_verb_is_the_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    # object first: `Das Urteil nannte der Anwalt …`; not `der Presse` (feminine dative)
    doc = claims_doc("Das Urteil nannte der Anwalt einen Skandal.")
    assert claim_with(doc, "Skandal").speaker_text == "der Anwalt"
    doc = claims_doc("Die Forderung wies der Minister zurück.")
    assert claim_with(doc, "Forderung").speaker_text == "der Minister"
    doc = claims_doc("Die Polizei teilte der Presse mit, der Täter sei gefasst.")
    assert claim_with(doc, "Täter").speaker_text == "Die Polizei"


def test_a_verb_after_a_quotation_inside_its_clause_is_no_trailing_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Russland werde „angemessen“ antworten`: the quotation is part of the clause, the verb
    # after it no frame whose content ends at the quotation; the sentence goes on the
    # speaker's indirect speech
    doc = claims_doc(
        "Ein Sprecher sagte, die Sanktionen seien illegal. Russland werde „angemessen“ antworten."
    )
    claim = claim_with(doc, "antworten")
    assert (claim.speaker_text, claim.form) == ("Ein Sprecher", "free_indirect")
    assert claim.content.text == "Russland werde „angemessen“ antworten."


def test_a_medium_quoting_a_spokesman_of_an_institution(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the quoted person keeps the genitive attribute, and the partial quotation inside is his
    doc = claims_doc(
        "Die Nachrichtenagentur Tass zitierte einen Sprecher des Außenministeriums mit den "
        "Worten, die Sanktionen seien „illegal und wirkungslos“."
    )
    person = min(
        (c for c in doc.article.claims if c.via is not None), key=lambda c: len(c.content.text)
    )
    assert person.speaker_text == "einen Sprecher des Außenministeriums"
    medium = next(c for c in doc.article.claims if c.id == person.via)
    assert medium.speaker_text == "Die Nachrichtenagentur Tass"
    direct = [a for a in doc.layers["claims.attributions"] if a.kind == "Direct"]
    assert [doc.text[a.speaker[0] : a.speaker[1]] for a in direct if a.speaker] == [
        "einen Sprecher des Außenministeriums"
    ]


def test_an_expletive_es_after_the_verb_leaves_the_subject_after_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Gelassener sah es Sandra Okonkwo, Analystin bei der Fondsgesellschaft Mainvest: "
        "„Kellermann macht seine Hausaufgaben.“"
    )
    claim = claim_with(doc, "Hausaufgaben")
    assert claim.speaker_text.startswith("Sandra Okonkwo")


def test_an_ob_clause_opening_the_sentence_is_the_object_not_a_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Ob X informiert worden sei, wisse er nicht`: the passive in the `ob` clause frames
    # nothing; the main clause after it is no content of `informiert`
    doc = claims_doc(
        "Seine Warnung sei per E-Mail gegangen. Ob auch das Ministerium informiert worden sei, "
        "wisse er nicht."
    )
    assert not any(part == "wisse er nicht" for _, part in _layer(doc))


def test_als_before_a_phrase_makes_it_a_predicate_not_a_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `…, ist aber als Verschlusssache eingestuft`: a second predicate of the same subject,
    # no trailing frame whose speaker is the `als` phrase
    doc = claims_doc(
        "Der Vermerk liegt inzwischen dem Ausschuss vor, ist aber als Verschlusssache eingestuft."
    )
    assert _layer(doc) == []
    assert all(c.speaker_text != "Verschlusssache" for c in doc.article.claims)


def test_a_plural_konjunktiv_ii_goes_on_reporting(claims_doc: Callable[[str], Doc]) -> None:
    # `sie bräuchten`, `wüssten`: the plural Konjunktiv II stands in for a Konjunktiv I that
    # would look like the indicative (the tagger may read the rare forms as adjectives)
    doc = claims_doc(
        "Der Minister nannte den Zeitplan „völlig unrealistisch“. Viele Kliniken wüssten bis "
        "heute nicht, welche Leistungsgruppen ihnen zugewiesen würden."
    )
    claim = claim_with(doc, "Leistungsgruppen")
    assert (claim.speaker_text, claim.form) == ("Der Minister", "free_indirect")


def test_an_institution_named_by_a_common_noun_is_a_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Bank`, `Stiftung`, `Kammer`, `Kasse` … name institutions that speak: the Konjunktiv
    # sentence after their speech act is theirs
    doc = claims_doc(
        "Die Bundesbank erwartet Entspannung. Die Teuerungsrate werde bei 2,1 Prozent liegen."
    )
    assert claim_with(doc, "Teuerungsrate").speaker_text == "Die Bundesbank"


def test_a_genitive_after_a_prepositional_vorfeld_is_no_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the genitive `der Stiftung Warentest` belongs to `dem Urteil`; the subject after the
    # verb is a person without a name or role here, so no one is named as the source
    doc = claims_doc(
        "Nach dem Urteil der Stiftung Warentest hat die Schauspielerin Klage eingereicht. "
        "Durch die Veröffentlichung seien hohe Umsatzeinbußen entstanden."
    )
    assert claim_with(doc, "Umsatzeinbußen").speaker_text != "der Stiftung Warentest"


def test_wonach_after_an_infinitive_clause_names_no_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the noun phrase opening the clause before the comma is no antecedent of `wonach` unless
    # it reaches the comma (`den Bären einzufangen, wonach …`: the object of the infinitive)
    doc = claims_doc(
        "Der Minister hatte die Erlaubnis gegeben, den Bären einzufangen, wonach er später "
        "wieder freigelassen werden sollte."
    )
    assert all(c.speaker_text != "den Bären" for c in doc.article.claims)
    doc = claims_doc("Es gab Spekulationen, wonach der Minister zurücktreten wolle.")
    assert claim_with(doc, "zurücktreten").speaker_text == "Spekulationen"


def test_the_relative_pronoun_is_the_subject_of_a_coordinated_verb_final_conjunct(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `…, welche X zur Kenntnis nimmt und die Regierung auffordert, …`: the noun phrase before
    # the verb of the second conjunct is its object; the resolution demands
    doc = claims_doc(
        "Das Parlament verabschiedete eine Resolution, welche die Intoleranz mit „tiefer Sorge“ "
        "zur Kenntnis nimmt und die polnische Regierung auffordert, das Gesetz zurückzunehmen."
    )
    assert claim_with(doc, "zurückzunehmen").speaker_text == "eine Resolution"


def test_a_speech_act_noun_in_a_mit_phrase_is_the_clause_subjects(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `begegnet der Kritik mit dem Argument, …`, `reagierte mit der Aufforderung, …`: the
    # subject of the clause argues and demands
    doc = claims_doc(
        "Die Verkehrsbetriebe begegnen der Kritik mit dem Argument, die Züge seien meist "
        "unterirdisch unterwegs."
    )
    assert claim_with(doc, "unterirdisch").speaker_text == "Die Verkehrsbetriebe"
    doc = claims_doc("Die Polizei reagierte mit der Aufforderung, die Straße zu räumen.")
    assert claim_with(doc, "Straße zu räumen").speaker_text == "Die Polizei"


def test_the_reason_given_after_the_comma_is_the_content_also_in_the_indicative(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Als Begründung gaben die Behörden an, vermutlich halten sich in der Maschine zwei "
        "verdächtige Passagiere auf."
    )
    assert _layer(doc) == [
        ("Indirect", "vermutlich halten sich in der Maschine zwei verdächtige Passagiere auf")
    ]
    # a relative clause after the object is no reason given
    doc = claims_doc("Als Grund nannte die Polizei den Regen, der die Straße glatt machte.")
    assert [kind for kind, _ in _layer(doc)] == ["Reported"]


def test_a_demonym_re_mentions_the_person_in_focus(claims_doc: Callable[[str], Doc]) -> None:
    # `Teamchef Jean Todt … sagte der Franzose`: the nationality is the person's, no office of
    # a country; the tagger may read `Franzose` as feminine, the article `der` decides
    doc = claims_doc(
        "Teamchef Jean Todt stellt sich vor seinen Fahrer. „Die Schuld liegt bei uns“, sagte "
        "der Franzose."
    )
    assert speaker_entity_name(doc, "Schuld") == "Jean Todt"


def test_a_separated_particle_before_a_second_predicate_closes_the_speech_act(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Sicherheitsrat rief die Regierung zur Beendigung der Gewalt auf und beschloss, "
        "den Fall an den Strafgerichtshof zu überweisen."
    )
    assert ("Reported", "Der Sicherheitsrat rief die Regierung zur Beendigung der Gewalt auf") in (
        _layer(doc)
    )
    assert ("Indirect", "den Fall an den Strafgerichtshof zu überweisen") in _layer(doc)


def test_an_extraposed_relative_clause_is_no_complement(claims_doc: Callable[[str], Doc]) -> None:
    # `einschränken, die fähig sind, …`: the relative clause belongs to `die Geräte`, the
    # zu-infinitive to `fähig`; neither is what anybody said
    doc = claims_doc(
        "Der Kopierschutz soll die Geräte einschränken, die fähig sind, die DVDs abzuspielen."
    )
    assert _layer(doc) == []


def test_a_third_person_in_e_is_konjunktiv_i(claims_doc: Callable[[str], Doc]) -> None:
    # the tagger reads `ermittle` as indicative; a third person singular in `-e` cannot be one
    doc = claims_doc("Der Sprecher sagte, die Polizei ermittle.")
    assert _layer(doc) == [("Indirect", "die Polizei ermittle")]


def test_a_suspicion_is_alleged(claims_doc: Callable[[str], Doc]) -> None:
    # `vermuten`, `mutmaßen`: the source suspects, it does not state (german_news_quotes train
    # claim records: alleged 4 of the 6 `vermuten` claims)
    doc = claims_doc("Die Forscher vermuten, dass die Ursache in einem Sonnensturm liegt.")
    assert claim_with(doc, "Sonnensturm").stance == "alleged"
    doc = claims_doc("Es wird vermutet, dass er den Brauch in zweiter Generation führt.")
    assert claim_with(doc, "Brauch").stance == "alleged"


def test_claimed_knowledge_and_unofficial_figures_are_alleged(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `will wissen, dass …` claims to know (`will wissen, ob …` asks); `nach inoffiziellen
    # Angaben` keeps its distance like `nach unbestätigten Berichten`
    doc = claims_doc("Der Sender will aber wissen, dass der Abgeordnete das Mädchen gefragt habe.")
    assert claim_with(doc, "Mädchen").stance == "alleged"
    doc = claims_doc("Der Sender will wissen, ob der Abgeordnete das Mädchen gefragt habe.")
    assert claim_with(doc, "Mädchen").stance == "reported"
    doc = claims_doc("Nach inoffiziellen Angaben hat der Schaden rund 150 Millionen Euro betragen.")
    assert claim_with(doc, "Schaden").stance == "alleged"


def test_a_konjunktiv_of_koennen_makes_a_possibility(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen.")
    assert claim_with(doc, "Arbeitsplätze").stance == "hypothetical"
    doc = claims_doc(
        "Der Minister sagte, das neue Gesetz könne internationale Absprachen verletzen."
    )
    assert claim_with(doc, "Absprachen").stance == "hypothetical"
    # the indicative `kann` is no marker (ability as often as possibility)
    doc = claims_doc("Der Trainer sagte, die Mannschaft kann das Spiel gewinnen.")
    assert claim_with(doc, "Spiel").stance == "reported"


def test_rechnen_mit_is_an_expectation(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Konzern rechnet für das Jahr 2009 mit einem Umsatz von einer Milliarde Euro."
    )
    assert claim_with(doc, "Umsatz").stance == "future"


def test_a_ruling_that_is_reported_a_decision_to_act_is_future(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Der Gerichtshof hat entschieden, dass die Anlagen rechtswidrig sind.")
    assert claim_with(doc, "rechtswidrig").stance == "reported"
    doc = claims_doc("Die Regierung entschied, die Truppen bis zum Sommer abzuziehen.")
    assert claim_with(doc, "Truppen").stance == "future"


def test_a_negated_or_purpose_koennen_is_no_possibility(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Anwältin sagte, dass sich die Angehörigen keinen Anwalt leisten könne.")
    assert claim_with(doc, "Anwalt leisten").stance == "reported"
    doc = claims_doc(
        "Israel wurde aufgefordert, die Grenzübergänge zu öffnen, damit Hilfslieferungen in den "
        "Gazastreifen gelangen könnten."
    )
    assert claim_with(doc, "Grenzübergänge").stance != "hypothetical"


def test_a_feared_possibility_is_hypothetical(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Hilfsorganisationen befürchten, dass weit mehr Menschen getötet worden sein könnten."
    )
    assert claim_with(doc, "getötet").stance == "hypothetical"
    doc = claims_doc("Hilfsorganisationen befürchten, dass der Monsun die Lage verschärft.")
    assert claim_with(doc, "Monsun").stance == "future"


def test_a_time_adverb_of_the_frame_is_the_occasion_of_saying(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `damals`, `bisher`, `zuvor` … date the saying relative to the story when no time
    # expression does
    doc = claims_doc("Er sagte damals dazu: „Lohnverzicht bringt den Arbeitslosen nichts.“")
    assert occasion_text(doc, "Lohnverzicht") == "damals"
    doc = claims_doc("Bisher hieß es, die Ausgleichsphase solle erst später beginnen.")
    assert occasion_text(doc, "Ausgleichsphase") == "Bisher"


def test_a_verb_final_intention_in_the_content_is_future(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "In einem Interview erklärte er, dass er sich auf die Verwaltung konzentrieren wolle."
    )
    assert claim_with(doc, "Verwaltung").stance == "future"
    # a past intention and a `wer` clause are none
    doc = claims_doc("Der Anwalt sagte, die Frau habe sich von ihrem Mann trennen wollen.")
    assert claim_with(doc, "trennen").stance == "reported"


def test_concessive_auch_wenn_and_the_idiom_wenn_es_um_set_no_condition(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Bericht sagte, die Polizei habe nicht reagiert, auch wenn es Zeugen gegeben habe."
    )
    assert claim_with(doc, "Zeugen").stance == "reported"
    doc = claims_doc("Er sagte: „Wenn es um die Mannschaft geht, bin ich voller Leidenschaft.“")
    assert claim_with(doc, "Leidenschaft").stance == "reported"
    doc = claims_doc("Er sagte, wenn der Vertrag scheitere, werde er zurücktreten.")
    assert claim_with(doc, "Vertrag").stance == "hypothetical"


def test_a_pronoun_refers_to_a_person_the_article_only_describes(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Ein 45-jähriger Mann hat am Sonntag seine Frau bedroht. Er sagte der Polizei, er habe "
        "keine Waffe."
    )
    assert claim_with(doc, "keine Waffe").speaker_text == "Ein 45-jähriger Mann"
    # a named person closer to the pronoun wins
    doc = claims_doc(
        "Ein 45-jähriger Mann hat am Sonntag seine Frau bedroht. Später traf Kommissar Max "
        "Muster ein. Er sagte, die Lage sei unter Kontrolle."
    )
    assert claim_with(doc, "Kontrolle").speaker_text != "Ein 45-jähriger Mann"


def test_darin_points_back_to_the_source_of_a_statement(claims_doc: Callable[[str], Doc]) -> None:
    # `Darin heißt es, …` after `X ließ eine Erklärung verlesen`: X speaks (like `Demnach`)
    doc = claims_doc(
        "Der Angeklagte Dennis Kaufmann ließ über seine Verteidigerin eine Erklärung verlesen. "
        "Darin heißt es, er habe seine Frau nie angerührt."
    )
    claim = claim_with(doc, "angerührt")
    entity = doc.article.entity(claim.speaker) if claim.speaker else None
    assert entity is not None and entity.name.endswith("Kaufmann")


def test_indirect_speech_after_a_quoting_medium_stays_the_quoted_persons(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Nachrichtenagentur Tass zitierte einen Sprecher des Außenministeriums mit den "
        "Worten, die Sanktionen seien illegal. Russland werde angemessen antworten."
    )
    claim = claim_with(doc, "angemessen antworten")
    assert claim.speaker_text == "einen Sprecher des Außenministeriums"
    medium = next(c for c in doc.article.claims if c.id == claim.via)
    assert medium.speaker_text == "Die Nachrichtenagentur Tass"
