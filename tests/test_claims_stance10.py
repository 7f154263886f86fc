"""Stance rules found with the claim-records gold (session 10, `eval claim-records`): invented
sentences run through the default pipeline up to the claims stage.

Each failed before: a passive infinitive of a particle verb read as a future (`angeboten werden
sollten`), markers in the other sentences of a content or inside a quotation ignored, `soll` +
passive infinitive taken for hearsay although it states a plan, possibility adverbs and
`im Falle` without effect, `dem Vernehmen nach` not read as distance.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with

from newsgraph.doc import Doc

CASES = [
    # a participle of a particle verb before `werden` is a passive, not a future
    (
        "Der Staatssekretär sagte, dass an jeder Tankstelle Biokraftstoffe angeboten werden"
        " sollten.",
        "angeboten",
        "reported",
        None,
    ),
    (
        "Der Minister sagte, die Länder müssten in alle Entscheidungen einbezogen werden.",
        "einbezogen",
        "reported",
        None,
    ),
    # the content's own future in a direct quotation counts
    (
        "Der Trainer sagte: „Wir werden das Spiel gewinnen.“",
        "gewinnen",
        "future",
        "werden",
    ),
    # `soll` + a passive infinitive: a plan, not hearsay
    (
        "Die Zeitung berichtete, 200 Mitarbeiter sollen entlassen werden.",
        "entlassen",
        "future",
        "sollen",
    ),
    # ... while `soll` + a perfect infinitive stays hearsay
    (
        "Die Zeitung berichtete, der Manager soll Geld unterschlagen haben.",
        "unterschlagen",
        "alleged",
        "soll",
    ),
    # possibility adverbs and conditional phrases
    (
        "Der Sprecher sagte, eine Einigung sei möglicherweise schon am Montag möglich.",
        "Einigung",
        "hypothetical",
        "möglicherweise",
    ),
    (
        "Die Behörde erklärte, im Falle einer Ausbreitung seien Schulen zu schließen.",
        "Ausbreitung",
        "hypothetical",
        "im Falle",
    ),
    # an accusation without a named accuser is an allegation; with one, a neutral report
    (
        "Dem Minister wird vorgeworfen, Akten vernichtet zu haben.",
        "Akten vernichtet",
        "alleged",
        None,
    ),
    (
        "Die Opposition wirft dem Minister vor, Akten vernichtet zu haben.",
        "Akten vernichtet",
        "reported",
        None,
    ),
    # doubt denies in part; a negated denial does not deny
    (
        "Die Forscher bezweifeln, dass so viele Besucher kommen werden.",
        "Besucher",
        "denied",
        None,
    ),
    (
        "Der General schloss nicht aus, dass ein Offizier das Amt übernehmen könnte.",
        "Offizier",
        "hypothetical",
        None,
    ),
    # review: `rechnete vor` works something out, `würde gerne` is a wish
    (
        "Der Kämmerer rechnete vor, dass die Stadt fünf Millionen Euro gespart habe.",
        "gespart",
        "reported",
        None,
    ),
    ("Der Trainer sagte, er würde gerne in Berlin bleiben.", "Berlin", "reported", None),
    # a hearsay phrase
    (
        "Die Partei hat einen neuen Vorsitzenden. Dem Vernehmen nach soll er das Amt bis zum"
        " Frühjahr ausüben, teilte die Partei mit.",
        "Amt",
        "alleged",
        "Dem Vernehmen nach",
    ),
]


@pytest.mark.parametrize(("text", "words", "stance", "evidence"), CASES)
def test_stance_and_evidence(
    claims_doc: Callable[[str], Doc], text: str, words: str, stance: str, evidence: str | None
) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance, (claim.content.text, [e.text for e in claim.evidence])
    if evidence is not None:
        assert evidence in [e.text for e in claim.evidence]


def test_markers_in_the_other_sentences_of_a_content(claims_doc: Callable[[str], Doc]) -> None:
    # the stretch of reported speech before `Dies teilte X mit` runs over two sentences; the
    # future of the first one is the claim's, though the cue stands in the second
    doc = claims_doc(
        "Der Ministerpräsident wird nicht der neuen Regierung angehören. Dies teilte die"
        " Staatskanzlei am Montag mit."
    )
    claim = claim_with(doc, "angehören")
    assert claim.stance == "future"
