"""Session 14: constructions found missing on german_news_quotes train; each case is an
invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with, occasion_text

from newsgraph.doc import Doc


def _layer_kinds(doc: Doc) -> list[str]:
    return [a.kind for a in doc.layers["claims.attributions"]]


def test_a_reason_given_by_a_source_is_reported_speech(claims_doc: Callable[[str], Doc]) -> None:
    # `angeben` with a noun object alone is a claim of the record only; giving a reason (`Als
    # Grund …`) makes it a counted speech act, also with a parenthesis after the subject
    doc = claims_doc(
        "Als Grund gab die Flugaufsicht (DGAC) die mangelnde Wartung der Maschinen an."
    )
    claim = claim_with(doc, "mangelnde Wartung")
    assert (claim.form, claim.stance) == ("reported", "reported")
    assert claim.speaker_text == "die Flugaufsicht (DGAC)"
    assert _layer_kinds(doc) == ["Reported"]
    doc = claims_doc("Die Feuerwehr gab einen Kurzschluss als Ursache des Brandes an.")
    assert claim_with(doc, "Kurzschluss").speaker_text == "Die Feuerwehr"
    assert _layer_kinds(doc) == ["Reported"]


def test_a_noun_object_without_a_reason_stays_a_record_claim(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Die Feuerwehr gab einen Schaden von drei Millionen Euro an.")
    assert claim_with(doc, "Schaden").speaker_text == "Die Feuerwehr"
    assert _layer_kinds(doc) == []


def test_an_unnamed_passive_reason_is_a_claim_without_a_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # nobody is named and no source was quoted before: the record keeps the claim, unsourced
    doc = claims_doc("Als Todesursache des Sängers wurde ein Herzversagen angegeben.")
    claim = claim_with(doc, "Herzversagen")
    assert (claim.form, claim.speaker_text) == ("reported", None)
    assert _layer_kinds(doc) == []


def test_a_passive_reason_after_a_source_sums_up_that_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the agentless passive goes on with the source quoted right before it
    doc = claims_doc(
        "Die Polizei teilte mit, der Wagen sei von der Straße abgekommen. "
        "Als Ursache wurde überhöhte Geschwindigkeit angegeben."
    )
    claim = claim_with(doc, "überhöhte Geschwindigkeit")
    assert claim.speaker_text == "Die Polizei"
    assert _layer_kinds(doc) == ["Indirect", "Reported"]


def test_a_role_phrase_is_no_reason_without_a_speech_verb(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Als Grund für die Verspätung gilt ein Stellwerksschaden.")
    assert not doc.article.claims


def test_a_konjunktiv_sentence_without_a_source_is_a_claim_without_a_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the Konjunktiv I says someone said it; the article does not say who
    doc = claims_doc("Jetzt droht ein Streik. Der Lohn der Arbeiter liege weit unter dem Tarif.")
    claim = claim_with(doc, "Der Lohn der Arbeiter")
    assert (claim.form, claim.stance, claim.speaker_text) == ("free_indirect", "reported", None)
    assert claim.content.text == "Der Lohn der Arbeiter liege weit unter dem Tarif"
    assert _layer_kinds(doc) == []
    doc = claims_doc("Die Firma baut um. Sie werde im Herbst 300 Stellen streichen.")
    assert claim_with(doc, "300 Stellen").stance == "future"


def test_no_unsourced_claim_for_fixed_phrases_or_indicative_main_clauses(
    claims_doc: Callable[[str], Doc],
) -> None:
    assert not claims_doc("Das Wetter bleibt schlecht, es sei denn, der Wind dreht.").article.claims
    doc = claims_doc(
        "Die Hoffnung, sein Leben werde sich nun zum Guten wenden, schien sich nicht zu erfüllen."
    )
    assert not doc.article.claims


def test_a_konjunktiv_sentence_after_a_source_keeps_that_source(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Die Klägerin reichte Klage ein. Durch den Test seien hohe Einbußen entstanden.")
    assert claim_with(doc, "hohe Einbußen").speaker_text == "Die Klägerin"


def test_words_a_separated_particle_verb_needs_stand_before_its_particle(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Der Rat stufte das Gesetz als verfassungswidrig ein.")
    assert claim_with(doc, "verfassungswidrig").speaker_text == "Der Rat"
    assert _layer_kinds(doc) == ["Reported"]


def test_a_relative_clause_does_not_hide_the_word_a_verb_needs(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Sie halten das Verfahren, das zur Auflösung führte, für verfassungswidrig.")
    assert claim_with(doc, "verfassungswidrig").speaker_text == "Sie"


def test_a_speech_act_before_a_second_main_clause_keeps_its_claim(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Rat forderte die Rücknahme des Gesetzes, und das Hilfswerk Unicef rief Russland "
        "auf, das Verbot nicht durchzusetzen."
    )
    first = claim_with(doc, "Rücknahme")
    assert (first.form, first.speaker_text) == ("reported", "Der Rat")
    assert first.content.text == "Der Rat forderte die Rücknahme des Gesetzes"
    second = claim_with(doc, "das Verbot nicht durchzusetzen")
    assert second.speaker_text == "das Hilfswerk Unicef"


def test_a_speaking_subject_before_the_verb_outranks_a_bare_name_after_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Russland` is the object of `aufrufen`; `Der Zeitung` (dative) is no subject
    doc = claims_doc("Die Kanzlerin forderte Russland auf, das Verbot nicht durchzusetzen.")
    assert claim_with(doc, "das Verbot").speaker_text == "Die Kanzlerin"
    doc = claims_doc("Das Hilfswerk rief Russland auf, das Verbot nicht durchzusetzen.")
    assert claim_with(doc, "das Verbot").speaker_text == "Das Hilfswerk"
    doc = claims_doc("Der Zeitung sagte Karma, er sei frei.")
    assert claim_with(doc, "er sei frei").speaker_text == "Karma"


def test_a_plural_sie_refers_to_two_joined_persons_not_to_one(
    claims_doc: Callable[[str], Doc],
) -> None:
    # a single person is no antecedent of a plural `sie`, nor is a court named in the object
    doc = claims_doc(
        "Zwei Abgeordnete, Anna Berger (Grüne) und Paul Winter (SPD), wollen Klage beim "
        "Bundesverfassungsgericht einreichen. Sie halten das Verfahren für verfassungswidrig."
    )
    claim = claim_with(doc, "verfassungswidrig")
    assert claim.speaker_text == "Anna Berger (Grüne) und Paul Winter"
    assert claim.speaker is None


def test_a_graded_so_is_no_trailing_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("3.538 Autos wurden 2011 verkauft, so viele wie noch nie seit Bestehen der Marke.")
    assert not doc.article.claims
    doc = claims_doc("Die Warnstreiks sollen bis Freitag dauern, so verdi-Verhandlungsführer Max Ott.")
    assert claim_with(doc, "Warnstreiks").speaker_text == "verdi-Verhandlungsführer Max Ott"


def test_what_one_can_say_is_the_articles_comment(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Alles in allem kann man sagen, dass das Fest ein Erfolg war.")
    assert not doc.article.claims
    doc = claims_doc("Mit dem neuen Fall ist nun davon auszugehen, dass die Seuche sich ausbreitet.")
    assert not doc.article.claims
    # the zu-infinitive of a predicate adjective is no modal passive
    doc = claims_doc("Der SPD war es wichtig zu betonen, dass die Mieten bezahlbar bleiben müssten.")
    assert claim_with(doc, "Mieten").form == "indirect"


def test_a_nominative_pronoun_after_the_verb_is_its_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Den Währungsfonds forderte er auf, die Zahlungen auszusetzen.")
    assert claim_with(doc, "Zahlungen").speaker_text == "er"


def test_a_was_clause_frames_no_main_clause(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Was das Gericht schildert, lässt sich als Patt-Situation auffassen.")
    assert not doc.article.claims


def test_the_occasion_of_saying_dates_a_claim_without_a_time(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Wir waren eine Stunde lang nicht da“, sagte Lindner nach dem Spiel. "
        "„Aber die Jungs haben nie aufgehört.“"
    )
    occasions = [c.occasion.text if c.occasion else None for c in doc.article.claims]
    assert occasions == ["nach dem Spiel", "nach dem Spiel"]
    assert all(c.said is None for c in doc.article.claims)
    doc = claims_doc("Die Ministerin sprach zum Auftakt der ersten Lesung von einem Durchbruch.")
    assert occasion_text(doc, "Durchbruch") == "zum Auftakt der ersten Lesung"
    doc = claims_doc("Die Kanzlerin sagte am Rande des Gipfels, man sei zuversichtlich.")
    assert occasion_text(doc, "zuversichtlich") == "am Rande des Gipfels"


def test_no_occasion_inside_the_content_beside_a_time_or_as_an_attribute(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Er sagte, nach dem Spiel sei er müde gewesen.")
    assert occasion_text(doc, "müde") is None
    doc = claims_doc("Der Trainer sagte am Montag nach dem Spiel, er sei zufrieden.")
    claim = claim_with(doc, "zufrieden")
    assert claim.said is not None and claim.occasion is None
    doc = claims_doc("Der Minister sagte zum Beispiel, dass er zurücktrete.")
    assert occasion_text(doc, "zurücktrete") is None
    doc = claims_doc("Die Richter äußerten in den Leitsätzen zum Urteil „gravierende Bedenken“.")
    assert all(c.occasion is None for c in doc.article.claims)


def test_a_quotation_framed_inside_relayed_content_is_its_speakers(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the quote is the minister's, relayed by the newspaper (not a partial quote of the paper)
    doc = claims_doc("Wie die Zeitung berichtete, sagte der Minister: „Ich trete zurück.“")
    outer = claim_with(doc, "sagte der Minister")
    inner = claim_with(doc, "Ich trete zurück")
    assert (outer.speaker_text, inner.speaker_text) == ("die Zeitung", "der Minister")
    assert inner.via == outer.id


def test_a_publication_frames_only_as_a_wie_insertion(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Wie die Sportzeitung veröffentlichte, soll der Stürmer gesagt haben: „Verschwinde.“"
    )
    outer = claim_with(doc, "soll der Stürmer gesagt haben")
    assert (outer.speaker_text, outer.stance) == ("die Sportzeitung", "alleged")
    assert claim_with(doc, "Verschwinde").via == outer.id
    assert not claims_doc("Die Behörde veröffentlichte am Montag einen Bericht.").article.claims
    doc = claims_doc("Das Team veröffentlichte die Antwort, „Tut mir leid“, prompt im Internet.")
    assert not doc.article.claims


def test_an_impersonal_frame_after_a_role_vorfeld_is_a_main_clause(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Als Begründung dafür heißt es, die bestehenden Gesetze seien ausreichend.")
    claim = claim_with(doc, "Gesetze seien ausreichend")
    assert (claim.form, claim.speaker_text) == ("indirect", None)


def test_a_future_with_a_quoted_or_participle_shaped_infinitive(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the quotation mark after the infinitive, and `beraten` (infinitive = participle) with an
    # accusative object: no passive, a plan
    doc = claims_doc("Aus dem Büro hieß es, man werde den Vorschlag „sorgfältig prüfen“.")
    assert claim_with(doc, "Vorschlag").stance == "future"
    doc = claims_doc("Er sagte, die Partei werde ihn mit den anderen Fraktionen beraten.")
    assert claim_with(doc, "Fraktionen").stance == "future"
    doc = claims_doc("Er sagte, der Vorschlag werde im Ausschuss beraten.")
    assert claim_with(doc, "Ausschuss").stance == "reported"


def test_a_generic_wenn_is_no_condition(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Trainerin sagte: „Wenn du hier führst, musst du das nach Hause bringen.“")
    assert claim_with(doc, "nach Hause").stance == "reported"
    doc = claims_doc("Der Minister sagte, wenn die Regierung nicht handle, drohe ein Streik.")
    claim = claim_with(doc, "Regierung nicht handle")
    assert claim.stance == "hypothetical"
    # `drohe ein Streik` is no trailing frame: `drohen` frames only with `mit`
    assert claim.content.text == "wenn die Regierung nicht handle, drohe ein Streik"
    assert [c.speaker_text for c in doc.article.claims] == ["Der Minister"]


def test_a_stated_precondition_makes_the_content_hypothetical(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Voraussetzung sei allerdings, dass der Handelsstreit nicht eskaliere, sagte die Präsidentin."
    )
    assert claim_with(doc, "Handelsstreit").stance == "hypothetical"
    doc = claims_doc("Die Stadt teilte mit, die Voraussetzungen für den Bau seien erfüllt.")
    assert claim_with(doc, "Bau seien erfüllt").stance == "reported"


def test_a_soll_plan_with_a_deadline_is_no_hearsay(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Das Ergebnis soll nach Angaben der Kommission bis Ende der Woche vorliegen.")
    assert claim_with(doc, "Ergebnis").stance == "future"
    doc = claims_doc("Nach Angaben der Polizei soll sich der Täter im Ausland befinden.")
    assert claim_with(doc, "Täter").stance == "alleged"


def test_blaming_someone_is_reported_speech(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Regierung machte die Rebellen für den Anschlag verantwortlich.")
    claim = claim_with(doc, "Rebellen")
    assert (claim.form, claim.speaker_text) == ("reported", "Die Regierung")
    assert not claims_doc("Der Minister ist für die Sicherheit verantwortlich.").article.claims


def test_a_passive_evaluation_with_its_agent_is_a_record_claim(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the `als` of `einstufen` stands before the clause-final participle
    doc = claims_doc("Das Massaker wurde vom Internationalen Gerichtshof als Völkermord eingestuft.")
    claim = claim_with(doc, "Völkermord")
    assert claim.speaker_text == "Internationalen Gerichtshof"
    assert _layer_kinds(doc) == []  # german_news_quotes leaves these out
    # the agent of a participle attribute is nobody's speaker
    doc = claims_doc("Von Laien geleitete Gottesdienste werden als gleichwertig gesehen.")
    assert not doc.article.claims
