"""Session 20: claim records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with, hand_tagged, layer, relays, speaker_entity_name

from newsgraph.doc import Doc


def test_an_object_after_an_inverted_subject_is_no_part_of_it() -> None:
    # the tagger may read the accusative `einen` as a genitive; no form of `ein`/`den`/`dem`
    # is one, so a second noun phrase begins there
    doc = hand_tagged(
        [
            [
                "Gestern/ADV forderte/VVFIN der/ART/Case=Nom Fahrer/NN/Case=Nom "
                "einen/ART/Case=Gen Anwalt/NN/Case=Gen ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["der Fahrer"]


def test_no_claim_is_relayed_by_a_claim_of_the_same_unnamed_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `wonach` points back to the report the broadcaster quotes: the report's words reach the
    # article through the broadcaster, never through the report itself
    doc = claims_doc(
        "Der Sender zitierte einen Bericht der Zeitung, wonach der Minister zurücktreten wolle."
    )
    pairs = relays(doc, "zurücktreten wolle")
    assert ("einen Bericht der Zeitung", "Der Sender") in pairs
    assert all(speaker != via for speaker, via in pairs)


def test_a_relative_nach_denen_after_a_cited_text_is_relayed_like_wonach(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Verbandschef verwies auf Studien der Universität Kassel, nach denen das Verfahren "
        "oft wirksam sei."
    )
    assert relays(doc, "oft wirksam sei") == {
        ("Der Verbandschef", None),
        # the relative pronoun's antecedent keeps its genitive attribute: whose studies
        ("Studien der Universität Kassel", "Der Verbandschef"),
    }


def test_a_text_a_medium_passed_on_in_a_leading_in_phrase_relays_the_claim(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "In einer von der Nachrichtenagentur Xinhua verbreiteten Erklärung gab der Gouverneur "
        "an, die Lage sei unter Kontrolle. In einem vom Sender al-Dschasira ausgestrahlten Video "
        "erklärte der Anführer, der Kampf gehe weiter."
    )
    assert ("der Gouverneur", "der Nachrichtenagentur Xinhua") in relays(doc, "unter Kontrolle")
    assert ("der Anführer", "Sender al-Dschasira") in relays(doc, "Kampf gehe weiter")
    # the issuer of a study is no medium passing it on
    doc = claims_doc(
        "In einer von der Universität veröffentlichten Studie erklärten die Forscher, das Klima "
        "ändere sich."
    )
    assert relays(doc, "Klima ändere sich") == {("die Forscher", None)}


def test_an_agency_described_before_it_is_named_is_the_one_named_next(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the description comes first; the agency named next in the paragraph is the one meant,
    # not an agency named later in the article (the relay claim is resolved after the others)
    doc = claims_doc(
        "In einer von der amtlichen Nachrichtenagentur verbreiteten Erklärung gab der "
        "Gouverneur an, die Lage sei unter Kontrolle. Einer Meldung von Xinhua zufolge blieben "
        "die Geschäfte geschlossen.\n\nWie die Agentur AFP berichtet, habe ein Bewohner von "
        "Schüssen gesprochen."
    )
    medium = claim_with(doc, "unter Kontrolle")
    relay = next(c for c in doc.article.claims if c.id == medium.via)
    names = {e.id: e.name for e in doc.article.entities}
    assert names.get(relay.speaker or "") == "Xinhua"


def test_er_never_takes_a_source_told_by_a_cue_noun_or_a_woman_by_her_title(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "Laut UNICEF-Regionaldirektorin Siegrid Kaag können die Flüchtlinge nicht auf Hilfe "
        "rechnen. Nach UNHCR-Angaben sind 35.000 Menschen eingeschlossen.\n\nAngeführt werden "
        "die Rebellen von Hussein al Huthi. Er ist 1997 zurückgetreten. Damals hatte er die "
        "Korruption angeprangert."
    )
    doc = claims_doc(text)
    assert claim_with(doc, "Korruption angeprangert").speaker_text == "Hussein al Huthi"
    # without the cue-noun source, the woman named by her title before is no `er` either
    doc = claims_doc(text.replace("Nach UNHCR-Angaben sind", "Dort sind"))
    assert claim_with(doc, "Korruption angeprangert").speaker_text == "Hussein al Huthi"


def test_a_text_quoted_with_in_der_es_heisst_is_relayed_by_who_quotes_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Zeitung zitiert eine Erklärung der Behörde, in der es heißt, dass die Sperre "
        "rechtmäßig sei."
    )
    assert relays(doc, "rechtmäßig sei") == {
        ("eine Erklärung der Behörde", "Die Zeitung"),
        ("Die Zeitung", None),
    }


def test_an_abbreviation_closing_the_speaker_phrase_names_the_whole_phrase(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Mission der Vereinten Nationen im Sudan (UNMIS) teilte mit, die Lage sei ruhig."
    )
    assert speaker_entity_name(doc, "die Lage sei ruhig") == "UNMIS"
    # two abbreviations: each names its own part, the first organisation is the speaker's
    doc = claims_doc(
        "Nach Angaben des Multilateralen Investitionsfonds (MIF) der Interamerikanischen "
        "Entwicklungsbank (IADB) stiegen die Überweisungen."
    )
    assert speaker_entity_name(doc, "stiegen die Überweisungen") != "IADB"


def test_letztere_and_erstere_are_the_last_and_the_first_of_the_two_named_before(
    claims_doc: Callable[[str], Doc],
) -> None:
    text = (
        "An der Kundgebung nahmen der Sänger Jan Delay und die Schauspielerin Nova Meierhenrich "
        "teil. „Wir müssen handeln“, so letztere. Ersterer sagte, der Protest sei wichtig."
    )
    doc = claims_doc(text)
    assert speaker_entity_name(doc, "Wir müssen handeln") == "Nova Meierhenrich"
    assert speaker_entity_name(doc, "der Protest sei wichtig") == "Jan Delay"


def test_a_nationality_and_a_noun_of_a_state_name_the_country(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Federkrone sorgt für Streit zwischen Mexiko und Österreich. Seit Jahren fordert "
        "der mexikanische Staat die Rückgabe des Kunstwerks."
    )
    assert speaker_entity_name(doc, "fordert der mexikanische Staat") == "Mexico"


def test_no_attribution_chain_loops_when_a_text_follows_a_preposition(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `nach einer Erklärung, in der …` after a speech act: the statement is no object the
    # commission quotes, and no two claims relay each other
    doc = claims_doc(
        "Die regierende Volkspartei sieht sich mit einem möglichen Verbot konfrontiert. Die "
        "nationale Wahlkommission forderte das Verbot nach einer Erklärung, in der der Partei "
        "des amtierenden Ministerpräsidenten vorgeworfen wird, sie habe die letzten Wahlen "
        "manipuliert, aus der sie als Sieger hervorgegangen war."
    )
    via = {c.id: c.via for c in doc.article.claims}
    for start in via:
        seen, cur = set(), start
        while cur is not None:
            assert cur not in seen, f"loop through {cur}"
            seen.add(cur)
            cur = via.get(cur)


def test_a_topic_after_a_possessive_cue_noun_is_not_the_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Bundespräsident Horst Köhler sprach über die Wahl. Seine Meinung zu Kirchhoff: „Er ist "
        "ein kluger Mann.“"
    )
    assert claim_with(doc, "ein kluger Mann").speaker_text == "Horst Köhler"


def test_a_description_names_the_person_in_apposition_after_its_attributes(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Obfrau der Grünen im Ausschuss, Miriam Osterloh, nannte die Aussagen des Ministers "
        "„wenig glaubwürdig“."
    )
    assert speaker_entity_name(doc, "wenig glaubwürdig") == "Miriam Osterloh"
    # a name after the verb is no apposition of the speaker
    doc = claims_doc("Der Sprecher der Polizei in Köln sagte, Peter Müller sei geflohen.")
    assert speaker_entity_name(doc, "sei geflohen") is None
