"""Session 13: constructions found missing on german_news_quotes dev and the german_quotes dev
set; each case is an invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import claim_with, said_text, speaker_name

from newsgraph.doc import Doc
from newsgraph.pipeline import load_stage
from newsgraph.record import Article, Source


def test_a_strong_preterite_after_an_inverted_frame_is_reported_speech(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `hielten` is the Konjunktiv II as much as the preterite; `halten` is a cue only with `für`
    # and `entgegenhalten` only with its particle, so neither blocks the reading
    doc = claims_doc("In Genf sagte die Ministerin, die Staaten hielten sich an das Abkommen.")
    claim = claim_with(doc, "hielten sich")
    assert (claim.form, claim.speaker_text) == ("indirect", "die Ministerin")
    assert claim.content.text == "die Staaten hielten sich an das Abkommen"


def test_a_cue_verb_with_its_particle_is_no_content(claims_doc: Callable[[str], Doc]) -> None:
    # the second clause is a speech act of its own (`hielten … entgegen`), not Rice's content
    doc = claims_doc("In Genf sagte die Ministerin, die Kritiker hielten ihr das entgegen.")
    assert all(c.speaker_text != "die Ministerin" for c in doc.article.claims)


def test_a_perfect_tense_speech_act_is_a_claim_of_the_record(
    claims_doc: Callable[[str], Doc],
) -> None:
    # german_news_quotes annotates about one perfect-tense speech act in ten, so the claim
    # stays out of the evaluation layer; the record keeps it with its stance
    doc = claims_doc("Der Minister hat am Abend überraschend seinen Rücktritt angekündigt.")
    (claim,) = doc.article.claims
    assert (claim.form, claim.stance, claim.speaker_text) == ("reported", "future", "Der Minister")
    assert not doc.layers["claims.attributions"]
    doc = claims_doc("Die Regierung in Moskau hatte die Anwesenheit der Soldaten lange bestritten.")
    (claim,) = doc.article.claims
    assert (claim.stance, claim.speaker_text) == ("denied", "Die Regierung in Moskau")


def test_no_perfect_claim_for_infinitives_opinions_or_subjunctive_auxiliaries(
    claims_doc: Callable[[str], Doc],
) -> None:
    # a modal infinitive, a perfect of `meinen` (meant) and a Konjunktiv auxiliary inside
    # someone's indirect speech are no perfect-tense speech acts of their own
    assert not claims_doc("Der Minister hatte nur wenig Positives zu vermelden.").article.claims
    assert not claims_doc("Der Autor hat mit dem Bären den Vater gemeint.").article.claims
    doc = claims_doc("Der Sprecher sagte, der Minister habe seinen Rücktritt angekündigt.")
    assert [c.speaker_text for c in doc.article.claims] == ["Der Sprecher"]


def test_a_confirmation_with_an_object_is_a_claim_of_the_record(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `bestätigen`, `melden`, `zusagen`, `erwarten` … with a noun object (`reported: record`):
    # german_news_quotes leaves them out, the record keeps them
    doc = claims_doc("Der Feuerwehrchef bestätigte den Vorfall am Sonntag gegenüber der Presse.")
    (claim,) = doc.article.claims
    assert (claim.form, claim.speaker_text) == ("reported", "Der Feuerwehrchef")
    assert not doc.layers["claims.attributions"]
    doc = claims_doc("Die Regierung sagte rasche Unterstützung zu.")
    (claim,) = doc.article.claims
    assert (claim.stance, claim.speaker_text) == ("future", "Die Regierung")


def test_no_record_claim_without_a_speaker_or_an_active_verb(
    claims_doc: Callable[[str], Doc],
) -> None:
    for text in (
        "Damit bestätigt sich die Befürchtung der Forscher.",  # reflexive: it proved true
        "Ein DNA-Test bestätigte die Identität des Mannes.",  # no one speaks
        "Zu dem Konzert werden 5000 Besucher erwartet.",  # passive
        "Die Schicht schrumpfte stärker als erwartet.",  # comparative participle
    ):
        assert not claims_doc(text).article.claims, text


def test_a_record_claim_does_not_displace_a_counted_speech_act(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the second predicate `sprach von` is the counted claim of the sentence
    doc = claims_doc(
        "Ein Sprecher bestätigte die Existenz des Papiers, sprach aber von einem Entwurf."
    )
    (found,) = doc.layers["claims.attributions"]
    assert doc.article.claims[0].cue is not None
    assert doc.article.claims[0].cue.text == "sprach"


def test_a_particle_after_an_adjective_list_closes_the_clause(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the comma between `weitere` and `schwächere` does not end the clause of `sagte … voraus`
    doc = claims_doc(
        "Der Wetterdienst sagte für Donnerstag weitere, allerdings schwächere Schauer voraus."
    )
    claim = claim_with(doc, "Schauer")
    assert (claim.form, claim.stance, claim.speaker_text) == (
        "reported",
        "future",
        "Der Wetterdienst",
    )


def test_the_time_after_an_apposition_to_the_speaker_is_the_time_of_saying(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "„Wir haben volle Auftragsbücher“, sagte Geschäftsführer Ralf Brauner, ein Enkel des"
        " Firmengründers, am Dienstag. „Was uns fehlt, ist Zeit.“"
    )
    assert said_text(doc, "volle Auftragsbücher") == "Dienstag"
    assert said_text(doc, "Was uns fehlt") == "Dienstag"
    # a relative clause after the speaker is another clause: its time is not the saying's
    doc = claims_doc("„Wir bauen“, sagte Bürgermeisterin Anna Ruhl, die am Montag gewählt wurde.")
    assert said_text(doc, "Wir bauen") is None


def test_a_headline_claim_is_a_claim_of_the_record_only() -> None:
    text = (
        "Opposition spricht von Wahlbetrug\n\nDie Regierungspartei hat die Wahl knapp"
        " gewonnen. Die Opposition sprach am Montag von Betrug."
    )
    doc = Doc(article=Article(id="t", text=text, source=Source(published="2024-05-08")))
    for name in ("structure", "nlp", "entities", "resolve", "times", "claims"):
        load_stage(name)(doc)
    assert any(b.kind == "title" for b in doc.article.blocks)
    headline = claim_with(doc, "Opposition spricht")
    assert headline.speaker_text == "Opposition"
    layer = doc.layers["claims.attributions"]
    assert [doc.text[f.parts[0][0] : f.parts[-1][1]] for f in layer] == [
        "Die Opposition sprach am Montag von Betrug."
    ]


def test_a_counterfactual_past_is_no_ones_view(claims_doc: Callable[[str], Doc]) -> None:
    # `hätten … beginnen sollen` (what would have happened) after a main clause is no
    # Konjunktiv of reported speech, and the things of the main clause cannot speak
    doc = claims_doc(
        "Auf dem Höhenrücken sollten sieben Anlagen entstehen, die Bauarbeiten hätten im"
        " August beginnen sollen."
    )
    assert not doc.article.claims
    # the view of a subject without a speech verb is still read
    doc = claims_doc("Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe.")
    assert claim_with(doc, "Sonderstatus").speaker_text == "Die Alliierten"


def test_a_wie_clause_closing_a_speech_verb_is_its_content_not_a_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Er schilderte, wie er bereits im Frühjahr auf die Lücke hingewiesen habe.")
    (claim,) = doc.article.claims
    assert claim.content.text.startswith("wie er bereits")
    assert claim.cue is not None and claim.cue.text == "schilderte"
    # an inserted `wie` frame between a verb and its object stays a frame
    doc = claims_doc("Die Firma bestätigte, wie die Zeitung berichtete, den Verkauf.")
    assert claim_with(doc, "den Verkauf").speaker_text == "die Zeitung"


def test_criticism_condemnation_and_welcome_without_als_are_claims_of_the_record(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `kritisieren`/`verurteilen` count as reported speech with `als` (german_news_quotes);
    # without it (`bare: record`), and `begrüßen` (train gold 1:4), they are record claims
    for text, who in (
        ("Einige Abgeordnete kritisierten den Plan scharf.", "Einige Abgeordnete"),
        ("Die Regierung verurteilte den Angriff.", "Die Regierung"),
        ("Der Verband begrüßte die Entscheidung.", "Der Verband"),
    ):
        doc = claims_doc(text)
        (claim,) = doc.article.claims
        assert (claim.form, claim.speaker_text) == ("reported", who), text
        assert not doc.layers["claims.attributions"], text
    doc = claims_doc("Der Minister kritisierte den Plan als unausgegoren.")
    assert len(doc.layers["claims.attributions"]) == 1


def test_a_court_sentence_and_an_attributive_participle_are_no_condemnation(
    claims_doc: Callable[[str], Doc],
) -> None:
    for text in (
        "Das Amtsgericht verurteilte den Mann zu drei Jahren Haft.",
        "Der König hat den im März verurteilten Schweizer Oliver Jufer begnadigt.",
        "Der Verband begrüßte, dass die Regierung einlenkt.",  # factive: no content
    ):
        assert not claims_doc(text).layers["claims.attributions"], text
    doc = claims_doc("Das Amtsgericht verurteilte den Mann zu drei Jahren Haft.")
    assert not doc.article.claims


def test_a_trailing_frame_after_a_main_clause_that_follows_a_subordinate_one(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Als Kämpfer die Stadt einnahmen, töteten sie mehrere hundert Zivilisten, teilten die"
        " Vereinten Nationen mit."
    )
    claim = claim_with(doc, "Zivilisten")
    assert (claim.form, claim.speaker_text) == ("indirect", "die Vereinten Nationen")
    assert claim.content.text.startswith("Als Kämpfer")
    # a frame right after the subordinate clause is the main clause: its content follows
    doc = claims_doc("Da die Lage ernst ist, sagte der Minister, man werde handeln.")
    assert claim_with(doc, "handeln").content.text == "man werde handeln"


def test_a_name_in_the_speaker_phrase_beats_a_linked_description(
    claims_doc: Callable[[str], Doc],
) -> None:
    # the resolve stage may tie `Die Haushaltspolitikerin` to the politician named before; the
    # name written in the phrase is the speaker
    doc = claims_doc(
        "Finanzminister Peer Steinbrück verteidigte den Haushalt.\n\nDie Haushaltspolitikerin von"
        " Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne. Hier seien die Mittel"
        " „völlig unrealistisch“."
    )
    assert speaker_name(doc, "Mittel") == "Anja Hajduk"


def test_an_apposition_with_a_von_complement_binds_the_description_to_the_name(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `von Bündnis 90/Die Grünen`, `von den Grünen`: the walk over the complement reaches the
    # role noun, so the description is the named person's, not the politician named before
    for party in ("Bündnis 90/Die Grünen", "den Grünen"):
        doc = claims_doc(
            "Finanzminister Peer Steinbrück verteidigte den Haushalt.\n\nDie Haushaltspolitikerin"
            f" von {party}, Anja Hajduk, kritisierte die Pläne."
        )
        hajduk = next(e for e in doc.article.entities if e.name == "Anja Hajduk")
        assert "Die Haushaltspolitikerin" in [m.text for m in hajduk.mentions], party


def test_a_singular_demonym_names_a_person_not_the_people(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc("Er sei der beste Fahrer, wird der Franzose zitiert.")
    claim = claim_with(doc, "beste Fahrer")
    speaker = doc.article.entity(claim.speaker) if claim.speaker else None
    assert speaker is None or speaker.type == "PERSON"
    # a plural demonym stands for the group
    doc = claims_doc("Sie seien zufrieden, sagten die Franzosen.")
    claim = claim_with(doc, "zufrieden")
    group = doc.article.entity(claim.speaker) if claim.speaker else None
    assert group is not None and group.type == "NORP"


def test_plural_source_nouns_name_speakers_of_record_claims(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Regierungen`, `Präsidenten`, `Abgeordneten`: plural and weak forms of source heads
    for text, who in (
        ("Mehrere Regierungen sagten rasche Unterstützung zu.", "Mehrere Regierungen"),
        ("Die Abgeordneten bestätigten den Bericht.", "Die Abgeordneten"),
    ):
        (claim,) = claims_doc(text).article.claims
        assert claim.speaker_text == who, text


def test_a_court_upholding_a_ruling_makes_no_claim(claims_doc: Callable[[str], Doc]) -> None:
    # `bestätigen` with a ruling as object is a legal act: no claim, so the events stage keeps
    # the sentence's events asserted
    doc = claims_doc("Am Freitag hat ein Gericht das Urteil gegen die Politikerin bestätigt.")
    assert not doc.article.claims
