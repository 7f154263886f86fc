"""Stance rules of session 11 (`claims/stance_cues.py`), found with the claim-records gold on
train documents 0-249: invented sentences run through the default pipeline up to the claims
stage.

Each rule case failed before: an intention word of the frame (`sich bereit erklärt`, `die
Bereitschaft erklärt`, `sein Vorhaben bekannt gemacht`) left the content `reported`; a singular
`könnte` (a possibility) was `reported`, and with an infinitive `werden` after it a future;
hearsay `soll` closing a verb-final clause (`…, wonach X verantwortlich sein soll`) was not
distance; `soll` under `nach Ansicht/Auffassung` (a demand) was a plan; `in den nächsten
Wochen` and `in zehn bis fünfzehn Jahren` were no future; scare quotes in the speaker phrase
made the claim `alleged`; hearsay `soll … haben` across an apposition's commas, `Damit wäre …`
and `hält es für möglich` were `reported`; a future or plan whose sentence bracket runs over
an apposition's or enumeration's commas (`werde am Montag, dem 3. Mai, … unterschreiben`) was
`reported`; an attributive `mutmaßliche`/`angebliche` (`Der mutmaßliche Täter sagte, …`) made
the claim `alleged`; `sei nicht vorgesehen` and `an X sei nicht gedacht` were no plan; `denkt darüber nach, … zu …` and `erwägt,
… zu …` were `reported`.  The controls say what must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claims_docs import claim_with

from newsgraph.doc import Doc

CASES = [
    # an intention word of the frame governs a zu-infinitive or dass clause: future
    (
        "Die Ministerin hat sich am Montag bereit erklärt, auf ihr Mandat im Landtag zu"
        " verzichten.",
        "Mandat",
        "future",
        "bereit",
    ),
    (
        "Der Bürgermeister hat gestern die Bereitschaft der Stadt erklärt, mit den Anwohnern"
        " über den Bau zu verhandeln.",
        "Anwohnern",
        "future",
        "Bereitschaft",
    ),
    (
        "Der Abgeordnete Peter Lang hat im März sein Vorhaben bekannt gemacht, einen Antrag"
        " zur Reform der Schulgesetze einzubringen.",
        "Antrag",
        "future",
        "Vorhaben",
    ),
    # a singular Konjunktiv II `könnte`: a possibility
    (
        "Die Ärztin betonte, dass die neue Behandlung vielen Patienten helfen könnte.",
        "Patienten",
        "hypothetical",
        "könnte",
    ),
    (
        "Nach Einschätzung der Ermittler könnte der Fahrer vor dem Unfall eingeschlafen sein.",
        "eingeschlafen",
        "hypothetical",
        "könnte",
    ),
    # ... also when an infinitive `werden` follows it (no future auxiliary)
    (
        "Der Geologe sagte, der Hang könnte abrutschen und so zu einer Gefahr werden.",
        "Hang",
        "hypothetical",
        "könnte",
    ),
    # hearsay `soll` closing a verb-final clause of the content
    (
        "Die Polizei bestätigte einen Bericht, wonach der Nachbar für das Feuer verantwortlich"
        " sein soll.",
        "Nachbar",
        "alleged",
        "soll",
    ),
    (
        "Die Zeitung meldete, dass der Sänger in Wien festgenommen worden sein soll.",
        "Sänger",
        "alleged",
        "soll",
    ),
    # `soll` under `nach Ansicht`/`nach Auffassung`: a demand, not a plan
    (
        "Nach Auffassung der Gewerkschaft soll die Arbeitszeit nicht verlängert werden.",
        "Arbeitszeit",
        "reported",
        None,
    ),
    # future time spans: plural time nouns after `nächsten`, a range of numbers
    (
        "Der Verband sagte, dass die Preise in den nächsten Wochen steigen könnten.",
        "Preise",
        "future",
        "nächsten Wochen",
    ),
    (
        "Der Forscher sagte, dass in zehn bis fünfzehn Jahren jedes dritte Auto elektrisch fahre.",
        "elektrisch",
        "future",
        "in zehn bis fünfzehn Jahren",
    ),
    # hearsay `soll` whose perfect infinitive follows an apposition's commas
    (
        "Die Behörden werfen dem Mann Betrug vor. Er soll am Montag, dem 3. Mai, zwei Autos"
        " gestohlen haben, indem er die Schlüssel kopierte.",
        "Autos",
        "alleged",
        "soll",
    ),
    # ... also over the commas and `und` of an enumeration
    (
        "Die Behörden werfen ihm Betrug vor. Er soll Geld, Schmuck und Bilder gestohlen und"
        " verkauft haben.",
        "Schmuck",
        "alleged",
        "soll",
    ),
    # the sentence bracket of a future or plan runs over an apposition or enumeration
    (
        "Der Sprecher sagte, der Minister werde am Montag, dem 3. Mai, den Vertrag unterschreiben.",
        "Vertrag",
        "future",
        "werde",
    ),
    (
        "Die USA würden sich an den Gesprächen mit Frankreich, Großbritannien und Deutschland"
        " beteiligen, sagte der Sprecher.",
        "Großbritannien",
        "future",
        "würden",
    ),
    (
        "Der Sprecher sagte, der Angeklagte soll am Montag, dem 3. Mai, vor Gericht erscheinen.",
        "Gericht",
        "future",
        "soll",
    ),
    # an attributive distance adjective doubts its noun, not the claim
    (
        "Der mutmaßliche Täter sagte am Montag vor Gericht, er habe an dem Abend gearbeitet.",
        "gearbeitet",
        "reported",
        None,
    ),
    (
        "Die Polizei teilte mit, der Mann habe Flugblätter über angebliche Versuche verteilt.",
        "Flugblätter",
        "reported",
        None,
    ),
    # a participle of planning with `sein` states a plan
    (
        "Eine Feier zur Eröffnung der Halle sei nicht vorgesehen, teilte die Stadt mit.",
        "Feier",
        "future",
        "vorgesehen",
    ),
    # `an X ist (nicht) gedacht`: X is (not) intended
    (
        "Die Ministerin sagte, an eine Erhöhung der Gebühren sei derzeit nicht gedacht.",
        "Gebühren",
        "future",
        "gedacht",
    ),
    # a frame of deliberation: the course of action under consideration lies ahead
    (
        "Die Regierung denkt darüber nach, die Steuer auf Heizöl und Gas zu senken.",
        "Heizöl",
        "future",
        None,
    ),
    (
        "Der Verein erwägt, gegen die Entscheidung des Verbands vor Gericht zu ziehen.",
        "Gericht",
        "future",
        None,
    ),
    # a consequence adverb + Konjunktiv II: the consequence of an assumption
    (
        "Der Minister sagte, die Truppe werde bis März abziehen. Damit wäre ein neues Mandat"
        " nicht nötig.",
        "Mandat",
        "hypothetical",
        "Damit wäre",
    ),
    # a cue of possibility
    (
        "Der Experte hält es für möglich, dass der Damm bei dem Hochwasser bricht.",
        "Damm",
        "hypothetical",
        "möglich",
    ),
    # scare quotes in the speaker phrase keep no distance from the claim
    (
        "Die Verletzten seien außer Lebensgefahr, sagte ein Sprecher der so genannten „Bergwacht“.",
        "Lebensgefahr",
        "reported",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "stance", "evidence"), CASES)
def test_stance(
    claims_doc: Callable[[str], Doc],
    text: str,
    words: str,
    stance: str,
    evidence: str | None,
) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance, (claim.stance, [e.text for e in claim.evidence])
    if evidence is not None:
        assert evidence in [e.text for e in claim.evidence]


CONTROLS = [
    # an intention word inside the content is the speaker's, and the content is past
    ("Die Sprecherin sagte, das Ziel sei im Mai erreicht worden.", "erreicht", "reported"),
    # the plural `könnten` stands in for Konjunktiv I: a plain report
    (
        "Der Minister sagte, die Länder könnten die Kosten nicht allein tragen.",
        "Kosten",
        "reported",
    ),
    # `könnte` in a relative clause qualifies a noun, not the claim
    (
        "Der Forscher erklärte, man habe eine Methode gefunden, die den Verbrauch senken könnte.",
        "Methode",
        "reported",
    ),
    # a future marker outranks the possibility: a forecast
    (
        "Der Wetterdienst sagte, der Regen könnte in den kommenden Tagen weiter zunehmen.",
        "Regen",
        "future",
    ),
    # hearsay `soll` in a relative clause of the frame distances its noun only
    (
        "Der Anführer, der zur Gewalt aufgerufen haben soll, sagte am Montag, die Lage in der"
        " Stadt sei ruhig.",
        "ruhig",
        "reported",
    ),
    # a plain `soll` + passive infinitive stays a plan
    ("Die Stadt teilte mit, die Brücke soll im Mai abgerissen werden.", "Brücke", "future"),
    # a passive participle closing the bracket is no future
    (
        "Der Sprecher sagte, der Vertrag werde in Berlin, Paris und Rom geprüft.",
        "Paris",
        "reported",
    ),
    # ... and so does an attributive one on the subject of the content (also in an apposition)
    (
        "Die Polizei teilte mit, Peter Berg, einer der mutmaßlichen Räuber, sei in Wien gefasst"
        " worden.",
        "gefasst",
        "alleged",
    ),
    # the adverb `angeblich` still distances the claim
    (
        "Die Polizei teilte mit, der Mann habe angeblich Flugblätter verteilt.",
        "Flugblätter",
        "alleged",
    ),
    # an attributive participle of planning is no plan of the claim
    (
        "Die Stadt teilte mit, die geplante Umgehung sei zu teuer gewesen.",
        "Umgehung",
        "reported",
    ),
    # `wie gedacht` is no intention
    (
        "Der Minister sagte, die Reform sei wie gedacht umgesetzt worden.",
        "Reform",
        "reported",
    ),
    # Konjunktiv I after `Damit` is a plain report
    (
        "Der Minister sagte, das Ziel sei erreicht. Damit seien die Kosten gedeckt.",
        "Kosten",
        "reported",
    ),
    # scare quotes inside the content keep the session-10 reading
    (
        "Der Sprecher sagte, die so genannte „Reform“ sei gescheitert.",
        "gescheitert",
        "alleged",
    ),
]


@pytest.mark.parametrize(("text", "words", "stance"), CONTROLS)
def test_control(claims_doc: Callable[[str], Doc], text: str, words: str, stance: str) -> None:
    claim = claim_with(claims_doc(text), words)
    assert claim.stance == stance, (claim.stance, [e.text for e in claim.evidence])


def test_a_participle_in_a_relative_clause_is_no_hearsay(claims_doc: Callable[[str], Doc]) -> None:
    # `kritisiert hat` belongs to the relative clause after the apposition, not to `soll`
    claim = claim_with(
        claims_doc(
            "Die Zeitung berichtete, der Minister soll am Montag, dem 3. Mai, den Vertrag"
            " unterschreiben, den die Partei kritisiert hat."
        ),
        "Vertrag",
    )
    assert claim.stance != "alleged", [e.text for e in claim.evidence]
