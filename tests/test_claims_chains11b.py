"""Times of saying (``said``) and chains (``via``), round B of the record-quality round
(session 11; errors read on train 250:500).  Invented sentences through the default pipeline up
to the claims stage (published 2024-05-08); each rule case failed before, the controls show
what must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claims_over, relays, said_text

from newsgraph.doc import Doc


# ---- said: a `von` date of a genitive attribute dates that thing, not the saying -------------
def test_dated_genitive_attribute_is_no_time_of_saying(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Ministerin kündigte auf einer Pressekonferenz am 3. April eine Änderung des"
        " ersten Entwurfs von Mitte März an."
    )
    assert said_text(doc, "Änderung") == "3. April"


@pytest.mark.parametrize(
    ("text", "words", "said"),
    [
        # controls: the date of the text or of the place of the statement counts
        (
            "Wie die Zeitung in der Ausgabe vom 17. April berichtete, ist der Sänger schwer"
            " erkrankt.",
            "schwer erkrankt",
            "17. April",
        ),
        (
            "Der Bürgermeister schlägt in einem Brief vom 12. März dem Minister vor, die"
            " Brücke zu sperren.",
            "Brücke zu sperren",
            "12. März",
        ),
    ],
)
def test_dated_text_of_the_statement_counts(
    claims_doc: Callable[[str], Doc], text: str, words: str, said: str
) -> None:
    assert said_text(claims_doc(text), words) == said


# ---- said: adverbs of the present state tell how things stand, not when it was said ---------
@pytest.mark.parametrize(
    "text",
    [
        "Derzeit steht in dem Entwurf der Satz: „Die Daten sind nach einem Jahr zu löschen.“",
        "Zurzeit rechnet der Verband damit, dass die Preise steigen.",
        "Der Verband warnt derzeit vor steigenden Preisen.",
    ],
)
def test_present_state_adverb_is_no_time_of_saying(
    claims_doc: Callable[[str], Doc], text: str
) -> None:
    doc = claims_doc(text)
    assert doc.article.claims
    assert all(c.said is None for c in doc.article.claims), [
        (c.content.text, c.said) for c in doc.article.claims
    ]


def test_point_in_time_still_counts(claims_doc: Callable[[str], Doc]) -> None:
    # control: `jetzt`/`heute` are moments of saying
    doc = claims_doc("Der Verband warnt heute vor steigenden Preisen.")
    assert said_text(doc, "steigenden Preisen") == "heute"


# ---- via: two sources named by prepositions side by side relay nothing -----------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Die Zahl der Toten stieg laut Angaben der Behörden auf 300, darunter laut der UNO"
            " 60 Kinder.",
            "60 Kinder",
        ),
        # free indirect speech lent the speaker of a `laut` phrase inside a `zufolge` claim
        (
            "Unbestätigten Berichten zufolge handelt es sich laut der Zeitung „Kurier“ bei den"
            " Tätern um Jugendliche. Dabei seien auch Autos angezündet worden.",
            "Autos angezündet",
        ),
    ],
)
def test_parallel_prepositional_sources_relay_nothing(
    claims_doc: Callable[[str], Doc], text: str, words: str
) -> None:
    assert all(via is None for _, via in relays(claims_doc(text), words))


def test_prepositional_source_still_relays_a_speech_act(claims_doc: Callable[[str], Doc]) -> None:
    # control: `laut X sagte Y` is a relay
    doc = claims_doc(
        "Laut der Agentur Reuters sagte der Minister, die Steuern würden nicht steigen."
    )
    assert ("der Minister", "der Agentur Reuters") in relays(doc, "nicht steigen")


# ---- via: a text the medium reported, and free indirect speech continuing a relayed frame ----
STUDY = (
    "Wie die Agentur dpa meldete, soll ihr eine Studie des Ministeriums vorliegen. Laut dieser"
    " Studie würden viele Schüler abgeschreckt. Besonders betroffen seien junge Menschen aus"
    " ärmeren Familien."
)


@pytest.mark.parametrize("words", ["viele Schüler", "Besonders betroffen"])
def test_text_reported_by_a_medium_is_relayed(claims_doc: Callable[[str], Doc], words: str) -> None:
    assert ("dieser Studie", "die Agentur dpa") in relays(claims_doc(STUDY), words)


def test_demonstrative_without_antecedent_in_the_report(claims_doc: Callable[[str], Doc]) -> None:
    # control: the medium's report names no study
    doc = claims_doc(
        STUDY.replace("ihr eine Studie des Ministeriums vorliegen", "der Minister zurücktreten")
    )
    assert all(via is None for _, via in relays(doc, "viele Schüler"))


def test_free_indirect_continuation_keeps_the_relay(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Zeitung „Kurier“ berichtete, dass die Gespräche gescheitert seien. Eine neue Runde"
        " werde nach Angaben eines Vermittlers bald stattfinden. Beide Seiten seien aber"
        " enttäuscht."
    )
    assert ("Angaben eines Vermittlers", "Die Zeitung „Kurier“") in relays(doc, "enttäuscht")


def test_free_indirect_continuation_of_an_unrelayed_frame(
    claims_doc: Callable[[str], Doc],
) -> None:
    # control: the frame itself has no relay
    doc = claims_doc(
        "Der Minister sagte am Montag, die Lage sei ernst. Nach Angaben der Polizei seien drei"
        " Menschen verletzt worden. Zudem seien zwei Autos ausgebrannt."
    )
    assert all(via is None for _, via in relays(doc, "Autos ausgebrannt"))


# ---- via: a denial or rejection passes nothing on ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Augenzeugen berichteten von mindestens drei Toten. Das wurde von der Polizei"
            " jedoch bestritten.",
            "drei Toten",
        ),
        (
            "Die Bauern forderten höhere Preise für Milch. Das lehnte der Minister jedoch ab.",
            "höhere Preise",
        ),
    ],
)
def test_denial_relays_nothing(claims_doc: Callable[[str], Doc], text: str, words: str) -> None:
    doc = claims_doc(text)
    first = min(claims_over(doc, words), key=lambda c: c.id)
    assert first.via is None


# ---- said: a planned statement and a broadcast source text ------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "said"),
    [
        # a verb of intention governing an infinitive of saying: the time of the statement
        (
            "Nachdem lange von einer Abstimmung die Rede war, will heute Außenminister Straw vor"
            " dem Parlament bekannt geben, dass das Verfahren ausgesetzt wird.",
            "Verfahren ausgesetzt",
            "heute",
        ),
        # the relative clause in the Vorfeld tells when the message was broadcast
        (
            "In einer Videobotschaft, die am Montag bei einer Kundgebung eingespielt wurde,"
            " sagte der Politiker, man werde kämpfen.",
            "werde kämpfen",
            "Montag",
        ),
    ],
)
def test_planned_or_broadcast_statement(
    claims_doc: Callable[[str], Doc], text: str, words: str, said: str
) -> None:
    assert said_text(claims_doc(text), words) == said


def test_plan_without_saying_has_no_time(claims_doc: Callable[[str], Doc]) -> None:
    # control: `will im Herbst einführen` names the time of the plan
    doc = claims_doc("Die Stadt will im Herbst eine Steuer auf Hunde einführen.")
    assert all(c.said is None for c in doc.article.claims)


# ---- said: a quoted name inside the cue's clause is no clause boundary -------------------------
def test_quoted_name_inside_the_clause(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Die Verkehrsbetriebe wurden gestern im „Standard“ als „ein Staat im Staate“ bezeichnet."
    )
    assert said_text(doc, "Staat im Staate") == "gestern"


def test_quoted_name_in_another_clause(claims_doc: Callable[[str], Doc]) -> None:
    # control: the quoted name stands in a relative clause before the cue's clause
    doc = claims_doc(
        "Der Mann, der am Montag im „Kurier“ zitiert wurde, sagte, die Lage sei ernst."
    )
    assert said_text(doc, "Lage sei ernst") is None


# ---- said: `dessen Verkündung am …` tells when the source text appeared --------------------------
def test_publication_noun_after_dessen(claims_doc: Callable[[str], Doc]) -> None:
    doc = claims_doc(
        "Der Völkermord ist erwiesen. Das geht aus dem Urteil hervor, dessen Verkündung am"
        " 26. Februar in Den Haag begann. Demnach ist die Regierung nicht direkt verantwortlich."
    )
    assert said_text(doc, "nicht direkt verantwortlich") == "26. Februar"


def test_other_noun_after_dessen(claims_doc: Callable[[str], Doc]) -> None:
    # control: the relative clause tells something else about the text's owner
    doc = claims_doc(
        "Der Völkermord ist erwiesen. Das geht aus dem Urteil hervor, dessen Richter am"
        " 26. Februar ernannt wurden. Demnach ist die Regierung nicht direkt verantwortlich."
    )
    assert said_text(doc, "nicht direkt verantwortlich") is None
