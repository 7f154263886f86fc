"""Session 16: constructions found wrong on german_news_quotes train; each case is an
invented sentence that failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with, occasion_text, said_text, speaker_entity_name

from newsgraph.doc import Doc
from newsgraph.record import Claim


def _via(doc: Doc, claim: Claim) -> Claim | None:
    return next((c for c in doc.article.claims if c.id == claim.via), None)


@pytest.mark.parametrize(
    ("text", "inner_speaker", "outer_speaker"),
    [
        # the second sentence is the minister's reported speech; the police statement in it
        # is the police's claim, relayed by the minister's (any source relays, not a medium)
        (
            "Der Innenminister sagte am Montag, die Lage sei ernst. Die Polizei habe erklärt, "
            "sie werde die Grenze schließen.",
            "Die Polizei",
            "Der Innenminister",
        ),
        # after an adverbial Vorfeld the subject follows the verb
        (
            "Die Zeitung berichtete am Dienstag, die Lage sei ernst. Am Montag habe die Polizei "
            "erklärt, sie werde die Grenze schließen.",
            "die Polizei",
            "Die Zeitung",
        ),
    ],
)
def test_a_speech_act_in_free_indirect_speech_is_relayed_by_its_speaker(
    claims_doc: Callable[[str], Doc], text: str, inner_speaker: str, outer_speaker: str
) -> None:
    doc = claims_doc(text)
    inner = claim_with(doc, "sie werde die Grenze schließen")
    assert inner.speaker_text == inner_speaker
    outer = _via(doc, inner)
    assert outer is not None and outer.form == "free_indirect"
    assert outer.speaker_text == outer_speaker


def test_a_konjunktiv_speech_verb_in_free_indirect_speech_keeps_its_stance(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Dieser behaupte, …`: a Konjunktiv I verb of saying with its complement; the claim is
    # alleged (`behaupten`) and the demonstrative names the driver, not the prosecutors
    doc = claims_doc(
        "Die Staatsanwaltschaft gibt an, der Angeklagte werde durch seinen Fahrer Adriano "
        "Souza belastet. Dieser behaupte, der Angeklagte sei ihm mit einer Pistole in der "
        "Hand entgegengekommen."
    )
    inner = claim_with(doc, "mit einer Pistole in der Hand entgegengekommen")
    assert inner.stance == "alleged"
    assert inner.speaker_text == "Adriano Souza"
    outer = _via(doc, inner)
    assert outer is not None and outer.speaker_text == "Die Staatsanwaltschaft"


def test_the_speakers_own_speech_act_is_no_relay(claims_doc: Callable[[str], Doc]) -> None:
    # `Der Minister habe gesagt, …` inside the minister's own reported speech adds no claim
    doc = claims_doc(
        "Der Minister sagte am Montag, die Lage sei ernst. Der Minister habe zudem gesagt, "
        "die Grenze bleibe offen."
    )
    assert not [c for c in doc.article.claims if c.via is not None]


def test_a_konjunktiv_relative_clause_after_nach_reports_its_antecedent(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `Studien …, nach denen … sei`: any noun is the source when the relative clause is in
    # the Konjunktiv I; in the indicative `nach der` is no source (`die Stadt, nach der …`)
    doc = claims_doc(
        "Der Sprecher verwies auf Studien der Berliner Klinik, nach denen die Therapie oft "
        "wirksam sei."
    )
    claim = claim_with(doc, "die Therapie oft wirksam sei")
    assert claim.content.text == "die Therapie oft wirksam sei"
    assert claim.cue is not None and claim.cue.text == "nach"
    # (session 20: with the genitive attribute, the studies of that clinic)
    assert claim.speaker_text == "Studien der Berliner Klinik"
    doc = claims_doc("Die Straße führt in die Stadt, nach der sie benannt ist.")
    assert not doc.article.claims


def test_a_subject_after_the_verb_before_adverbials_and_a_bare_object(
    claims_doc: Callable[[str], Doc],
) -> None:
    # a prepositional Vorfeld, then `die Minister` (read as accusative), adverbials and the
    # bare object `mehr Mitsprache`: the phrase after the verb is the subject
    doc = claims_doc("Bei der Konferenz forderten die Minister am Mittwoch mehr Mitsprache.")
    claim = claim_with(doc, "mehr Mitsprache")
    assert claim.speaker_text == "die Minister"
    assert claim.cue is not None and claim.cue.text == "forderten"


def test_in_aussicht_stellen_is_a_promise(claims_doc: Callable[[str], Doc]) -> None:
    # the collocation is the cue (its participle in the record); a number range after the
    # name opens the object, it is no part of the speaker's name
    doc = claims_doc("Bislang hatte Mertens 80 bis 95 Millionen Euro in Aussicht gestellt.")
    claim = claim_with(doc, "in Aussicht gestellt")
    assert claim.speaker_text == "Mertens"
    assert claim.cue is not None and claim.cue.text == "gestellt"
    assert claim.stance == "future"
    doc = claims_doc("Die Regierung stellte in Aussicht, die Steuern zu senken.")
    claim = claim_with(doc, "die Steuern zu senken")
    assert claim.content.text == "die Steuern zu senken"
    assert claim.speaker_text == "Die Regierung"


def test_a_period_dates_a_statement_as_its_occasion(claims_doc: Callable[[str], Doc]) -> None:
    # `im Wahlkampf`, `im Vorfeld des Treffens`: periods the statement was made in; `in` before
    # an event (`in einem Interview`) names a venue, no occasion
    doc = claims_doc("Er hatte im Wahlkampf versprochen, die Steuern zu erhöhen.")
    assert occasion_text(doc, "die Steuern zu erhöhen") == "im Wahlkampf"
    doc = claims_doc("Sarkozy betonte im Vorfeld des Treffens, sein Land bleibe in Afghanistan.")
    assert occasion_text(doc, "sein Land bleibe") == "im Vorfeld des Treffens"
    doc = claims_doc("Er sagte in einem Interview, die Lage sei ernst.")
    assert occasion_text(doc, "die Lage sei ernst") is None


def test_the_date_after_a_prepositional_source_dates_the_statement(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `nach Angaben der Polizei vom Dienstag`: the date of the police's statement, although the
    # content's span runs over it
    doc = claims_doc("46 Beamte wurden nach Angaben der Polizei vom Dienstag leicht verletzt.")
    assert said_text(doc, "leicht verletzt") == "Dienstag"


def test_an_adverb_bounding_a_period_is_no_occasion(claims_doc: Callable[[str], Doc]) -> None:
    # `bis zuletzt` tells how long something lasted, not when it was said (`zuletzt` alone does)
    doc = claims_doc("Das Lager war bis zuletzt davon ausgegangen, dass es weitere Gespräche gebe.")
    assert occasion_text(doc, "weitere Gespräche") is None
    doc = claims_doc("Zuletzt hatte der Minister erklärt, dass es weitere Gespräche gebe.")
    assert occasion_text(doc, "weitere Gespräche") == "Zuletzt"


def test_a_role_description_finds_the_person_under_another_title(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `der Ministerpräsident` is the `Premierminister Thaksin Shinawatra` named before
    doc = claims_doc(
        "Der König bestellte den Premierminister Thaksin Shinawatra in den Palast ein. Der "
        "Ministerpräsident sagte, er werde die Erlasse nicht missbrauchen."
    )
    assert speaker_entity_name(doc, "die Erlasse nicht missbrauchen") == "Thaksin Shinawatra"


def test_anweisen_frames_a_directive(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc("Die Bewohner wurden von den Behörden angewiesen, das Gebiet zu verlassen.")
    claim = claim_with(doc, "das Gebiet zu verlassen")
    assert claim.content.text == "das Gebiet zu verlassen"
    assert claim.speaker_text == "den Behörden"
