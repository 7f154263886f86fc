"""Wire-style German reports (session 12): constructions of today's agency and newspaper writing
that the Wikinews-developed rules misread, found on the invented ``bench/data/german_quotes``
dev set; each case is an invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with, relays, said_text, speaker_name

from newsgraph.doc import Doc


def test_a_dateline_is_no_part_of_the_content(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Hamburg (dpa) - Die Reederei will 300 Stellen streichen, bestätigte ein Sprecher am"
        " Montag."
    )
    claim = claim_with(doc, "300 Stellen")
    assert claim.content.text.startswith("Die Reederei will")
    assert claim.speaker_text == "ein Sprecher"


def test_a_plural_object_after_a_second_predicate_is_no_trailing_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `forderte aber weitere Schritte` is the second predicate of `Der Verband`, not a trailing
    # frame whose speaker is `weitere Schritte` and whose content is the clause before
    doc = claims_doc("Der Verband begrüßte die Pläne, forderte aber weitere Schritte.")
    (claim,) = doc.article.claims
    assert claim.form == "reported"
    assert claim.speaker_text == "Der Verband"
    doc = claims_doc(
        "Die Polizei beziffert die Zahl der Toten auf 626, befürchtet aber weitere Tote."
    )
    (claim,) = doc.article.claims
    assert claim.speaker_text == "Die Polizei"


def test_a_prepositional_vorfeld_is_no_subject(claims_doc: Callable[[str], Doc]) -> None:
    # `Für 2027` / `Für Dienstag` were taken for the subject, so the speech act had none
    doc = claims_doc("Für 2027 sagt die Bundesbank ein Wachstum von 1,1 Prozent voraus.")
    assert claim_with(doc, "1,1 Prozent").speaker_text == "die Bundesbank"
    # a subject the tagger reads as accusative, with a bare object after it
    doc = claims_doc("Für Dienstag kündigte die Opposition weitere Kundgebungen an.")
    claim = claim_with(doc, "Kundgebungen")
    assert (claim.form, claim.speaker_text, claim.stance) == (
        "reported",
        "die Opposition",
        "future",
    )


def test_a_relative_clause_with_a_misread_verb_between_subject_and_verb(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the tagger reads `richten` as an infinitive; the relative clause still ends there
    doc = claims_doc(
        "Vorstandschef Bernd Quast, gegen den sich die Ermittlungen nicht richten, kündigte zudem"
        " eine interne Untersuchung an."
    )
    assert claim_with(doc, "Untersuchung").speaker_text == "Vorstandschef Bernd Quast"


def test_the_speaker_of_a_second_predicate_is_the_first_clauses_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Landeselternrat lobte den Beschluss, bemängelte aber die kurze Vorbereitungszeit."
    )
    claim = claim_with(doc, "Vorbereitungszeit")
    assert (claim.form, claim.speaker_text) == ("reported", "Der Landeselternrat")


def test_present_tense_conclusions_and_wie_aus_frames(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Forscher kommen zu dem Schluss, dass Kliniken sich besser vorbereiten müssen."
    )
    assert claim_with(doc, "Kliniken").speaker_text == "Die Forscher"
    # the source of `wie aus X hervorgeht` is X, also with an attribute before its noun
    doc = claims_doc(
        "Die Bundesbank hat ihre Prognose gesenkt, wie aus ihrer am Freitag veröffentlichten"
        " Projektion hervorgeht."
    )
    claim = claim_with(doc, "Prognose")
    assert claim.speaker_text == "ihrer am Freitag veröffentlichten Projektion"


def test_a_frame_before_its_dass_complement_is_no_trailing_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the Vorfeld before `kommt … zu dem Ergebnis, dass` is not what the study concluded
    doc = claims_doc(
        "Nach Angaben der Zeitung, die sich auf Militärkreise stützt, kommt eine Untersuchung zu"
        " dem Ergebnis, dass der Einsatz rechtswidrig war."
    )
    inner = claim_with(doc, "rechtswidrig")
    assert inner.content.text == "dass der Einsatz rechtswidrig war"
    assert inner.speaker_text == "eine Untersuchung"


def test_a_zufolge_clause_after_a_clause_ending_in_a_quotation(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Hauck sprach von einer „sehr weichen Entscheidung“, Roth zufolge hatte der Stürmer den"
        " Kontakt gesucht."
    )
    assert claim_with(doc, "Kontakt").content.text == "hatte der Stürmer den Kontakt gesucht"
    assert claim_with(doc, "weichen").speaker_text == "Hauck"


def test_a_contrasted_second_predicate_after_a_quoted_evaluation(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Wahlbeobachter bewerteten die Abstimmung als „gut organisiert“, bemängelten aber den"
        " Einsatz staatlicher Mittel."
    )
    assert {c.speaker_text for c in doc.article.claims} == {"Die Wahlbeobachter"}


def test_an_unknown_konjunktiv_form_in_a_complement(claims_doc: Callable[[str], Doc]) -> None:
    # the tagger reads `bombardiere` as an adverb; it is the complement's finite verb
    doc = claims_doc(
        "Die Rebellen wiesen das zurück und erklärten ihrerseits, die Armee bombardiere"
        " weiterhin Wohngebiete."
    )
    claim = claim_with(doc, "bombardiere")
    assert (claim.speaker_text, claim.content.text) == (
        "Die Rebellen",
        "die Armee bombardiere weiterhin Wohngebiete",
    )


def test_free_indirect_speech_after_a_relayed_frame_goes_on_with_the_inner_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Wie die Nachrichtenagentur Xinhua berichtete, sagte ein Sprecher des Ministeriums,"
        " China lehne die Sanktionen ab. Die Firmen hätten lediglich normalen Handel betrieben."
    )
    claim = claim_with(doc, "normalen Handel")
    assert claim.speaker_text == "ein Sprecher des Ministeriums"
    by_id = {c.id: c for c in doc.article.claims}
    assert by_id[claim.via].speaker_text == "die Nachrichtenagentur Xinhua"


def test_a_quotation_going_on_after_its_frame_shares_its_time(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Das Umfeld bleibt schwierig“, sagte die Vorstandschefin am Mittwoch."
        " „Wir sehen keine Anzeichen für eine Erholung.“"
    )
    assert said_text(doc, "Anzeichen") == said_text(doc, "Umfeld") == "Mittwoch"


def test_darin_heisst_es_names_the_text_before_as_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Angeklagte ließ über seine Verteidigerin eine Erklärung verlesen. Darin heißt es, er"
        " habe seine Frau nie angerührt."
    )
    assert claim_with(doc, "nie angerührt").speaker_text == "Darin"


def test_epithets_of_the_person_in_focus(claims_doc: Callable[[str], Doc]) -> None:
    # a party member (`der CDU-Politiker`) and an age (`die 41-Jährige`, `der 52-Jährige`) are
    # no offices: they re-mention the person just named
    doc = claims_doc(
        "Unionsfraktionsvize Thomas Reiners sprach von einem Affront. „So geht das nicht“, sagte"
        " der CDU-Politiker der Deutschen Presse-Agentur.\n\nIn ihrer Rede rief Miriam Kessler"
        " die Partei zu mehr Mut auf. „Wir haben uns zu lange entschuldigt“, sagte die"
        " 41-Jährige."
    )
    assert speaker_name(doc, "So geht") == "Thomas Reiners"
    assert speaker_name(doc, "entschuldigt") == "Miriam Kessler"


def test_a_bare_company_description_is_the_company_in_focus(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Autozulieferer Continental streicht weitere Stellen. Continental hatte bereits im"
        " Frühjahr 7000 Stellen abgebaut. Die Löhne sind über das Insolvenzgeld der Bundesagentur"
        " für Arbeit gesichert. Das Unternehmen teilte mit, die Nachfrage sei eingebrochen."
    )
    assert speaker_name(doc, "Nachfrage") == "Continental"


def test_a_text_a_medium_passed_on_by_an_attributive_participle(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `einer von der Agentur KCNA verbreiteten Erklärung`: KCNA relays the text, it is not its
    # issuer; a university that published a study stays its issuer
    doc = claims_doc(
        "In einer von der staatlichen Agentur KCNA verbreiteten Erklärung des Außenministeriums"
        " hieß es, die Zusammenarbeit mit Moskau sei legitim."
    )
    assert relays(doc, "Zusammenarbeit") >= {
        (
            "einer von der staatlichen Agentur KCNA verbreiteten Erklärung des Außenministeriums",
            "der staatlichen Agentur KCNA",
        )
    }
    assert speaker_name(doc, "Zusammenarbeit") != "Korean Central News Agency"
    doc = claims_doc(
        "Laut einer von der Universität Leipzig veröffentlichten Studie sind die Mieten gestiegen."
    )
    assert relays(doc, "Mieten") == {
        ("einer von der Universität Leipzig veröffentlichten Studie", None)
    }


def test_wollen_with_a_perfect_infinitive_is_the_subjects_own_claim(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Täter flohen zu Fuß. Zeugen wollen einen dunklen Kombi mit niederländischem"
        " Kennzeichen gesehen haben."
    )
    claim = claim_with(doc, "Kombi")
    assert (claim.form, claim.speaker_text, claim.stance) == ("free_indirect", "Zeugen", "alleged")
    # a plan with `will` is no such claim
    doc = claims_doc("Die Stadt will im Herbst eine neue Brücke bauen.")
    assert all(c.form != "free_indirect" for c in doc.article.claims)


def test_a_fronted_accusation_is_the_object_of_the_denial_after_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Den Vorwurf, das Ministerium habe den Entwurf an Journalisten weitergegeben, wies der"
        " Sprecher zurück."
    )
    claim = claim_with(doc, "weitergegeben")
    assert (claim.speaker_text, claim.stance) == ("der Sprecher", "denied")


def test_the_end_of_a_list_before_a_trailing_frame_is_no_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Betroffen seien Angaben zu Gewicht, Schlafdauer und Herzfrequenz sowie E-Mail-Adressen,"
        " teilte das Unternehmen am Dienstag mit."
    )
    claim = claim_with(doc, "Herzfrequenz")
    assert (claim.form, claim.speaker_text) == ("indirect", "das Unternehmen")


def test_a_comparative_adjective_opening_the_sentence_is_no_subject(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Optimistischer äußerte sich Nina Albers von der Bank Weidmann: Die Neuaufstellung sei"
        " schmerzhaft."
    )
    assert speaker_name(doc, "schmerzhaft") == "Nina Albers"


def test_what_a_medium_learned_from_a_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Wie die Agentur AFP am Mittwoch aus Diplomatenkreisen erfuhr, verließ die Delegation"
        " den Verhandlungsort."
    )
    assert relays(doc, "Verhandlungsort") == {
        ("die Agentur AFP", None),
        ("Diplomatenkreisen", "die Agentur AFP"),
    }
    # what someone learned is no report
    doc = claims_doc("Er erfuhr erst am Montag, dass er entlassen werde.")
    assert doc.article.claims == ()


def test_a_source_preposition_after_the_verb_of_a_frame_relays_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Ein Vertreter der Behörde sagte laut KCNA, das Land werde seine Abschreckung ausbauen."
    )
    assert relays(doc, "Abschreckung") == {
        ("Ein Vertreter der Behörde", "KCNA"),
        ("KCNA", None),
    }
    assert {c.content.text for c in doc.article.claims} == {
        "das Land werde seine Abschreckung ausbauen"
    }


def test_a_cited_source_goes_on_in_the_medium_s_free_indirect_speech(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Agentur Yonhap berichtete am Dienstag unter Berufung auf den Geheimdienst NIS, seit"
        " Januar seien 3000 Kräfte verlegt worden. Darunter seien auch Techniker für Raketen."
    )
    assert relays(doc, "Techniker") == {
        ("Die Agentur Yonhap", None),
        ("den Geheimdienst NIS", "Die Agentur Yonhap"),
    }


def test_a_content_opening_with_ohne_is_a_condition(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Gewerkschaft warnte, ohne höhere Löhne werde sich an der Lage nichts ändern."
    )
    assert claim_with(doc, "höhere Löhne").stance == "hypothetical"
    doc = claims_doc("Der Minister sagte, er sei ohne Zögern abgereist.")
    assert claim_with(doc, "Zögern").stance == "reported"
