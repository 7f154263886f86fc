"""Chains (``via``) and times of saying (``said``) read with the claim-records gold (session
11).  Invented sentences through the default pipeline up to the claims stage (published
2024-05-08): the common German chain constructions, the time of a `wonach` frame, of a source
text's publication clause and of a duration counted from a moment; each rule case failed
before, the controls show what must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claims_over, relays, said_text

from newsgraph.doc import Doc

# ---- chains: the common constructions (a relay per sentence) ---------------------------------
CHAINS = [
    (
        "Die Zeitung Le Monde berichtete unter Berufung auf Regierungskreise, der Minister werde"
        " zurücktreten.",
        "werde zurücktreten",
        ("Regierungskreise", "Die Zeitung Le Monde"),
    ),
    (
        "Wie die Agentur Reuters unter Berufung auf Diplomaten meldete, sollen die Gespräche"
        " gescheitert sein.",
        "gescheitert",
        ("Diplomaten", "die Agentur Reuters"),
    ),
    (
        "Die Zeitung Bild zitierte den Trainer mit den Worten, die Mannschaft sei müde.",
        "sei müde",
        ("den Trainer", "Die Zeitung Bild"),
    ),
    (
        "Laut der Zeitung Die Welt sagte der Minister, die Steuern würden nicht steigen.",
        "nicht steigen",
        ("der Minister", "der Zeitung"),
    ),
    (
        "Der Minister habe gesagt, die Steuern würden nicht steigen, berichtete die Zeitung"
        " Die Welt.",
        "nicht steigen",
        ("Der Minister", "die Zeitung"),
    ),
    (
        "Nach Angaben der Agentur AFP hat der Präsident mitgeteilt, dass die Wahl verschoben"
        " werde.",
        "verschoben",
        ("der Präsident", "Angaben der Agentur AFP"),
    ),
    (
        "Die Agentur Reuters berichtete, der Präsident habe bekanntgegeben, dass die Wahl"
        " verschoben werde.",
        "verschoben",
        ("der Präsident", "Die Agentur Reuters"),
    ),
]


@pytest.mark.parametrize(("text", "words", "pair"), CHAINS)
def test_chain_constructions(
    claims_doc: Callable[[str], Doc], text: str, words: str, pair: tuple[str, str]
) -> None:
    assert pair in relays(claims_doc(text), words)


# ---- a medium's report continued in the Konjunktiv (relay_chains) ----------------------------
REPORT = "Die Zeitung Yemen Times berichtete am Montag, dass die Verhandlungen gescheitert seien. "

CONTINUED = [
    (
        REPORT + "Eine neue Runde werde nach Angaben eines Vermittlers bald stattfinden.",
        "neue Runde",
        ("Angaben eines Vermittlers", "Die Zeitung Yemen Times"),
    ),
    (
        REPORT + "Laut einem Vermittler werde eine neue Runde bald stattfinden.",
        "neue Runde",
        ("einem Vermittler", "Die Zeitung Yemen Times"),
    ),
    # a speech act in the medium's free indirect speech is a claim of its own, relayed
    (
        REPORT + "Ein Vermittler habe erklärt, eine neue Runde werde bald stattfinden.",
        "neue Runde",
        ("Ein Vermittler", "Die Zeitung Yemen Times"),
    ),
    (
        "Die Agentur AP meldete, die Regierung habe den Notstand ausgerufen. Der Innenminister"
        " habe gesagt, die Lage sei ernst.",
        "Lage sei ernst",
        ("Der Innenminister", "Die Agentur AP"),
    ),
]


@pytest.mark.parametrize(("text", "words", "pair"), CONTINUED)
def test_continued_report(
    claims_doc: Callable[[str], Doc], text: str, words: str, pair: tuple[str, str]
) -> None:
    assert pair in relays(claims_doc(text), words)


NOT_CONTINUED = [
    # no medium: the police name their own spokesman
    (
        "Die Polizei teilte mit, der Täter sei gefasst. Nach Angaben eines Sprechers sei er"
        " geständig.",
        "geständig",
    ),
    # the indicative is the article's own voice again
    ("Die Zeitung berichtete über den Streit. Laut Polizei wurde niemand verletzt.", "verletzt"),
    # the Konjunktiv II tells what might be, not what the medium reported
    (
        REPORT + "Eine neue Runde könnte nach Angaben eines Vermittlers bald stattfinden.",
        "neue Runde",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_CONTINUED)
def test_not_continued(claims_doc: Callable[[str], Doc], text: str, words: str) -> None:
    assert all(via is None for _, via in relays(claims_doc(text), words))


# ---- `wie X von Y zitiert wird` (relay_chains.passive_citations) -----------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Der Betreuer habe jedem Schiedsrichter Geld gegeben, wie Robert Hoyzer von"
            " Spiegel-Online zitiert wird.",
            ("Robert Hoyzer von Spiegel-Online", "Spiegel-Online"),
        ),
        (
            "Wie Robert Hoyzer von der Zeitung Bild zitiert wird, habe der Betreuer jedem"
            " Schiedsrichter Geld gegeben.",
            ("Robert Hoyzer", "der Zeitung Bild"),
        ),
        # the medium as the place that quotes
        (
            "Der Betreuer habe jedem Schiedsrichter Geld gegeben, wie Robert Hoyzer im"
            " Nachrichtenmagazin Spiegel zitiert wird.",
            ("Robert Hoyzer", "Nachrichtenmagazin Spiegel"),
        ),
    ],
)
def test_passive_citation_in_a_wie_clause(
    claims_doc: Callable[[str], Doc], text: str, pair: tuple[str, str]
) -> None:
    assert pair in relays(claims_doc(text), "Geld gegeben")


def test_other_passive_wie_clause_is_no_citation(claims_doc: Callable[[str], Doc]) -> None:
    # control: only `zitiert` makes the agent a relaying medium; `gesagt` names the speaker
    doc = claims_doc(
        "Der Betreuer habe jedem Schiedsrichter Geld gegeben, wie Robert Hoyzer von seinem"
        " Anwalt gesagt wurde."
    )
    assert all(c.via is None for c in claims_over(doc, "Geld gegeben"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Steuern würden nicht steigen, wie Ursula von der Leyen zitiert wird.",
        "Die Steuern würden nicht steigen, wie Richard von Weizsäcker zitiert wurde.",
        # a statement of the speaker's own is no medium
        "Die Steuern würden nicht steigen, wie Richard Huber in seiner Aussage zitiert wird.",
    ],
)
def test_name_particle_is_no_agent(claims_doc: Callable[[str], Doc], text: str) -> None:
    # control: `von` inside a name is no agent of the passive
    assert all(c.via is None for c in claims_over(claims_doc(text), "nicht steigen"))


# ---- a source text distributed by a medium (relay_chains.distributed_sources) ---------------
FIRM = "Die Firma will ihren Sitz verlegen. Dies geht aus einer Meldung der Agentur dpa, die "


def test_distributed_source(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(FIRM + "von der Basler Zeitung verbreitet wurde, hervor.")
    assert ("einer Meldung der Agentur dpa", "der Basler Zeitung") in relays(doc, "Sitz verlegen")


def test_read_source_is_not_distributed(claims_doc: Callable[[str], Doc]) -> None:
    # control: readers pass nothing on
    doc = claims_doc(FIRM + "von vielen Lesern gelesen wurde, hervor.")
    assert all(c.via is None for c in claims_over(doc, "Sitz verlegen"))


def test_speakerless_frame_relays_nothing(claims_doc: Callable[[str], Doc]) -> None:
    # an agentless passive names nobody through whom the claim came
    doc = claims_doc(
        "Zudem wird kritisiert, dass die Angaben unter Verschluss bleiben sollen, die nach"
        " Aussagen der Organisationen nicht betroffen sind."
    )
    assert all(c.via is None for c in claims_over(doc, "nicht betroffen"))


def test_speakerless_frame_is_skipped_for_the_medium_around_it(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Die Zeitung Bild berichtete, es werde kritisiert, dass der Minister nach Angaben"
        " seines Sprechers zurücktreten wolle."
    )
    assert ("Angaben seines Sprechers", "Die Zeitung Bild") in relays(doc, "zurücktreten")


OPENING = "Bürgermeister Karl Huber eröffnete am Montag die neue Brücke. "


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Seinen Angaben zufolge hat Huber erklärt, dass der Bau zu teuer gewesen sei.",
        OPENING + "Nach Angaben von Karl Huber sagte er, der Bau sei zu teuer gewesen.",
    ],
)
def test_same_speaker_relays_nothing(claims_doc: Callable[[str], Doc], text: str) -> None:
    # the source phrase and the speaker are one entity: the speaker's own word
    doc = claims_doc(text)
    assert all(c.via is None for c in claims_over(doc, "zu teuer"))


def test_other_source_still_relays(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        OPENING + "Nach Angaben der Zeitung Bild sagte Huber, der Bau sei zu teuer gewesen."
    )
    assert ("Huber", "Angaben der Zeitung Bild") in relays(doc, "zu teuer")


def test_own_word_is_no_relay(claims_doc: Callable[[str], Doc]) -> None:
    # `nach eigener Aussage` names the speaker's own statement: nobody relays it
    doc = claims_doc(
        "Der Chef der Behörde ist nach China gereist. Nach eigener Aussage will er dort die"
        " Verantwortlichen kennenlernen."
    )
    assert all(via is None for _, via in relays(doc, "kennenlernen"))


def test_adverbial_vorfeld_relays_no_wonach_clause(claims_doc: Callable[[str], Doc]) -> None:
    # `Am Sonntag` is no subject that could relay the `wonach` clause
    doc = claims_doc(
        "Am Sonntag gab der Minister die Erlaubnis, den Bären einzufangen, wonach er später"
        " freigelassen werden sollte."
    )
    assert all(speaker != "Am Sonntag" for speaker, _ in relays(doc, "freigelassen"))


def test_subject_still_relays_wonach_clause(claims_doc: Callable[[str], Doc]) -> None:
    # control: the subject in the Vorfeld relays the findings it confirms
    doc = claims_doc(
        "Das Institut bestätigte die Befunde des Amts, wonach 15 Rinder erkrankt sind."
    )
    assert any(via == "Das Institut" for _, via in relays(doc, "Rinder erkrankt"))


# ---- said ---------------------------------------------------------------------------------
SAID = [
    # the frame of a `wonach` clause tells when (the main clause before it)
    (
        "Am Montag kehrten die Zeugen zur ursprünglichen Version zurück, wonach die Maus den"
        " Brand verursacht habe.",
        "Brand verursacht",
        "Montag",
    ),
    (
        "Am Sonntag gab der Minister die Erlaubnis, den Bären einzufangen, wonach er später"
        " freigelassen werden sollte.",
        "freigelassen",
        "Sonntag",
    ),
    # a relative clause telling when the source text appeared
    (
        "Die Firma will ihren Sitz verlegen. Dies geht aus einer Mitteilung des Konzerns"
        " hervor, die am 11. Oktober veröffentlicht wurde.",
        "Sitz verlegen",
        "11. Oktober",
    ),
    # a duration counted from a moment is a point in time
    (
        "Zwei Tage nach der Wahl meldete der Sender, dass die Stimmen neu ausgezählt würden.",
        "neu ausgezählt",
        "Zwei Tage",
    ),
    # the Vorfeld before a relative clause in front of the finite cue; the relative clause
    # itself when it tells when the source text appeared
    (
        "In einem gestern veröffentlichten Bericht, der dem Sicherheitsrat vorgelegt wurde,"
        " fordert Generalsekretär Kofi Annan ein Ende der Gewalt.",
        "Ende der Gewalt",
        "gestern",
    ),
    (
        "In einem Bericht, der gestern dem Sicherheitsrat vorgelegt wurde, fordert"
        " Generalsekretär Kofi Annan ein Ende der Gewalt.",
        "Ende der Gewalt",
        "gestern",
    ),
    # a time in parentheses is an aside (the state of the figures), not the time of saying
    (
        "Am Ende des Abends (Stand: 22:35 Uhr) gab der Wahlleiter bekannt, dass die"
        " Beteiligung gestiegen sei.",
        "Beteiligung gestiegen",
        "Ende des Abends",
    ),
    # after a closed parenthesis the clause goes on
    (
        "Der Minister (CDU) sagte am Montag, die Steuern würden nicht steigen.",
        "nicht steigen",
        "Montag",
    ),
    # control: a plain time of the cue's clause
    ("Der Minister sagte am Montag, die Steuern würden nicht steigen.", "nicht steigen", "Montag"),
]


@pytest.mark.parametrize(("text", "words", "said"), SAID)
def test_said_time(claims_doc: Callable[[str], Doc], text: str, words: str, said: str) -> None:
    assert said_text(claims_doc(text), words) == said


NO_SAID = [
    # the relative clause on the source tells something else than its publication
    "Die Firma will ihren Sitz verlegen. Dies geht aus einer Mitteilung des Konzerns hervor,"
    " die am 11. Oktober in Berlin eintraf.",
    # a relative clause before the frame is another clause
    "Der Mann, der am Montag festgenommen wurde, bestätigte die Berichte, wonach die Maus den"
    " Brand verursacht habe.",
    # a relative clause on the subject in front of the cue tells something else
    "Der Bürgermeister, der am Montag gewählt wurde, sagte, die Stadt müsse sparen.",
    # a date as the bound of a period (`vor 1933`) is no moment of saying
    "Die Kanzlerin verglich die Lage mit der Krise vor 1933.",
    # a duration is no moment
    "Seit drei Wochen fordert der Verband, dass die Steuern sinken.",
    # the clause around a cue noun tells what another subject did, not when the owner spoke
    "Mit Befremden reagierte die Partei am Mittwoch auf die Forderung des Vorsitzenden, auf"
    " die SPD zuzugehen.",
]


@pytest.mark.parametrize("text", NO_SAID)
def test_no_said_time(claims_doc: Callable[[str], Doc], text: str) -> None:
    doc = claims_doc(text)
    assert all(c.said is None for c in doc.article.claims), [
        (c.content.text, c.said) for c in doc.article.claims
    ]


def test_own_noun_keeps_the_time_of_its_verb(claims_doc: Callable[[str], Doc]) -> None:
    # control: the owner speaks in the clause itself
    doc = claims_doc(
        "Der Vorsitzende bekräftigte am Mittwoch seine Forderung, auf die SPD zuzugehen."
    )
    assert said_text(doc, "SPD zuzugehen") == "Mittwoch"
