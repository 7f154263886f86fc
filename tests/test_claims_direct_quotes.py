"""Direct quotes that are names, titles or glosses (invented German sentences)."""

from __future__ import annotations

import pytest
from claims_docs import kept_quotes

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband kritisierte die Operation „Sturmwind“ („schneller Wind“) scharf.",
        "Er las das Buch „Le Petit Prince“ [auf Deutsch: „Der kleine Prinz“] im Urlaub.",
        "Die Partei forderte Hilfen („Kindergeld“, „Wohngeld“) für Familien.",
    ],
)
def test_glosses_in_parentheses_are_no_quotes(text: str) -> None:
    assert all(q.startswith("„") and "(" not in q for q in kept_quotes(text))
    assert not any(q in text.split("(", 1)[-1] for q in kept_quotes(text) if "(" in text)


def test_gloss_drops_only_the_parenthesis() -> None:
    text = "Der Verband kritisierte die Operation „Sturmwind“ („schneller Wind“) scharf."
    assert kept_quotes(text) == ["„Sturmwind“"]


def test_whole_sentence_in_parentheses_stays_a_quote() -> None:
    text = "Viele gratulierten, so die Ärztin Eva Roth („Das ist verdient.“) und der Rektor."
    assert kept_quotes(text) == ["„Das ist verdient.“"]


def test_speakers_word_after_a_term_marker_stays_a_quote() -> None:
    text = "Die Sprecherin sagte, die so genannten („gefährlichen“) Stoffe seien verboten."
    assert kept_quotes(text) == ["„gefährlichen“"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gruppe, die sich selbst „Rat für Ordnung“ nennt, protestierte.",
        "Der Verein nennt sich seit Mai „Grüne Stadt im Tal“.",
        "Der Bürgermeister sagte, das als „Insel der Ruhe“ bekannte Viertel werde umgebaut.",
        "Der Sprecher sagte, der Rat werde in „Forum für alle Bürger“ umbenannt.",
        "Der Sprecher sagte, man werde den Rat in den „Rat der Bürger“ umbenennen.",
        "Der Rat werde sich in den „Rat für Sicherheit“ (Council for Security) (CFS) umbenennen.",
        "Der Minister sagte, der Name laute also „Neue Brücke von Nordstadt“.",
        "Die Gruppe trat unter dem Motto „Gemeinsam für die Stadt“ auf.",
        "Ein Hund namens „Kleiner Bär vom Berg“ bellte.",
        "Den Namen der neuen Sendung gab der Sender bereits bekannt: „Abenteuer in den Alpen“.",
    ],
)
def test_names_in_naming_constructions_are_no_quotes(text: str) -> None:
    assert kept_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte, die Lage sei „sehr ernst“.",
        "Der Minister sagte: „Die Lage ist sehr ernst.“",
        "Die Ministerin nannte den Plan „völlig verfehlt“.",
        "Sie bezeichnete sich als „tief enttäuscht“ von der Entscheidung.",
    ],
)
def test_ordinary_quotations_stay_quotes(text: str) -> None:
    assert kept_quotes(text) == [text[text.index("„") : text.index("“") + 1]]


def test_indirect_claim_with_only_a_name_inside_is_not_mixed() -> None:
    text = "Der Sprecher sagte, der Klub werde in „Sportfreunde Nord“ umbenannt."
    doc = Doc(article=Article(id="t", text=text))
    ClaimsStage()(doc)
    assert [f.kind for f in doc.layers[LAYER]] == ["Indirect"]
    assert [c.form for c in doc.article.claims] == ["indirect"]


# Quotations inside hyphenated compounds: `eine „Eins zu Eins“-Begegnung` names a thing, nobody
# says it, so it is no direct quote (and the claim holding it not mixed).


def test_the_first_part_of_a_hyphenated_compound_is_no_quote() -> None:
    assert kept_quotes("Er lehnte eine „Eins zu Eins“-Begegnung mit dem Iran ab.") == []
    assert kept_quotes("Die Führung der „Tea Party“-Bewegung schwieg.") == []


def test_a_quotation_before_a_dash_with_a_space_stays_a_quote() -> None:
    text = "Sie sprach von einem „schweren Fehler“ - und ging."
    assert kept_quotes(text) == ["„schweren Fehler“"]


def test_indirect_content_with_a_quoted_compound_is_not_mixed() -> None:
    text = "Ein Sprecher sagte, dass keine „Eins zu Eins“-Begegnung geplant sei."
    doc = Doc(article=Article(id="t", text=text))
    ClaimsStage()(doc)
    assert [f.kind for f in doc.layers[LAYER]] == ["Indirect"]
    assert [c.form for c in doc.article.claims] == ["indirect"]
