"""Cues and prepositional/impersonal frames of the claims stage, on invented German sentences.

The stage runs alone (its own tokenizer, no POS tags), so the frames are found from the word
lists of ``cues_de.yaml``.
"""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article


def attributions(text: str) -> list[tuple[str, list[str], str | None, str]]:
    """(form, cue words, speaker, content joined by ' | ') of each attribution."""
    doc = Doc(article=Article(id="t", text=text))
    ClaimsStage()(doc)
    out = []
    for f in doc.layers[LAYER]:
        speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        content = " | ".join(text[s:e] for s, e in f.parts)
        out.append((f.kind, [text[s:e] for s, e in f.cue], speaker, content))
    return out


def only(text: str) -> tuple[str, list[str], str | None, str]:
    found = attributions(text)
    assert len(found) == 1, found
    return found[0]


# ---- prepositional frames: which clause is the content -------------------------------------
def test_semicolon_ends_the_clause_before_a_source_frame() -> None:
    _, cue, speaker, content = only(
        "Die Veranstalter zählten 5000 Teilnehmer; nach Polizeiangaben waren es 3000."
    )
    assert cue == ["nach"] and speaker == "Polizeiangaben"
    assert content == "waren es 3000"


def test_frame_inside_a_subordinate_clause_sources_only_that_clause() -> None:
    _, _, speaker, content = only(
        "Der Zug kam spät an, da die Strecke nach Angaben der Bahn gesperrt war."
    )
    assert speaker == "Angaben der Bahn"
    assert content == "da die Strecke | gesperrt war"


def test_frame_inside_a_relative_clause_sources_only_that_clause() -> None:
    _, _, speaker, content = only(
        "Die Polizei nahm zwei Männer fest, die nach Angaben der Staatsanwaltschaft den "
        "Überfall geplant hatten."
    )
    assert speaker == "Angaben der Staatsanwaltschaft"
    assert content == "die | den Überfall geplant hatten"


def test_second_main_clause_after_a_comma_holds_the_frame() -> None:
    _, _, speaker, content = only(
        "Der Bürgermeister ist zurückgetreten, die Stadt sei laut dem Bericht hoch verschuldet."
    )
    assert speaker == "dem Bericht"
    assert content == "die Stadt sei | hoch verschuldet"


# ---- prepositional frames opening the sentence (the Vorfeld) ------------------------------
def test_vorfeld_frame_with_an_apposition_content_starts_at_the_finite_verb() -> None:
    _, _, speaker, content = only(
        "Nach Angaben von Hans Berger, dem Sprecher der Feuerwehr, wurde niemand verletzt."
    )
    assert speaker is not None and speaker.startswith("Angaben von Hans Berger")
    assert content == "wurde niemand verletzt"


def test_vorfeld_source_with_a_prepositional_attribute() -> None:
    _, _, speaker, content = only(
        "Laut Polizeisprecher Karl Brandt vom Präsidium Süd waren die Fahrer betrunken."
    )
    assert speaker == "Polizeisprecher Karl Brandt vom Präsidium Süd"
    assert content == "waren die Fahrer betrunken"
