"""A trailing frame over a clause that ends in a partial quotation (invented German sentences):
the frame's claim is indirect speech over the whole clause with the quotation nested in it as
a direct quote, not a direct quote of the quotation alone."""

from __future__ import annotations

import pytest
from claims_docs import hand_tagged

from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.quoted_terms import framed_partial_quotes
from newsgraph.claims.stage import LAYER
from newsgraph.claims.text import fallback_tokens, find_quotes, split_units


def framed(text: str, cue: str) -> list[tuple[str, str, str | None]]:
    """Kind, text and parent kind of the attributions after the rule, when the first quotation
    of ``text`` is offered as a direct quote of the frame word ``cue`` after it."""
    toks = fallback_tokens(text)
    quotes = find_quotes(text, toks)
    units = split_units(text, toks, quotes)
    lex = load_lexicon("de")
    sents = [Sentence(toks[u.tok_start : u.tok_end], quotes, lex, i) for i, u in enumerate(units)]
    q = quotes[0]
    at = text.index(cue, q.end)
    unit = next(i for i, u in enumerate(units) if u.start <= q.start < u.end)
    quote = Attr("Direct", [(q.start, q.end)], [(at, at + len(cue))], "say", (0, 1), unit)
    return [
        (a.kind, text[a.start : a.end], a.parent.kind if a.parent is not None else None)
        for a in framed_partial_quotes([quote], sents)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "clause"),
    [
        (
            "Jetzt gibt es eine Technik, die „eine neue Ära einleiten könnte“, erklärte der "
            "Projektleiter.",
            "erklärte",
            "Jetzt gibt es eine Technik, die „eine neue Ära einleiten könnte“",
        ),
        (
            "Ein „großartiger Erfolg“, so urteilte die Trainerin über das Spiel.",
            "urteilte",
            "Ein „großartiger Erfolg“",
        ),
        (
            "Dies ist eine Chance, im Land ein „Vorbild für andere Regionen zu werden“, wird "
            "der Bürgermeister, Sprecher des Verbands, zitiert.",
            "zitiert",
            "Dies ist eine Chance, im Land ein „Vorbild für andere Regionen zu werden“",
        ),
        (
            "Die Lage bleibt gespannt. Der „Schaden ist kaum zu beziffern“, sagte die "
            "Sprecherin der Feuerwehr.",
            "sagte",
            "Der „Schaden ist kaum zu beziffern“",
        ),
    ],
)
def test_trailing_frame_reports_the_clause_and_nests_the_quotation(
    text: str, cue: str, clause: str
) -> None:
    found = framed(text, cue)
    quotation = clause[clause.index("„") :]
    assert ("Indirect", clause, None) in found
    assert ("Direct", quotation, "Indirect") in found
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("„Das ist ein großer Erfolg“, sagte die Trainerin.", "sagte"),
        ("Die Trainerin war zufrieden: „Ein großer Erfolg für uns“, sagte sie.", "sagte"),
        ("Der Trainer lobte das Team (ein „großer Erfolg“), sagte die Zeitung.", "sagte"),
        ("Das Team sprach von einem „großen Erfolg“, weil alle kamen, sagte sie.", "sagte"),
    ],
)
def test_a_quotation_alone_or_after_a_colon_stays_one_direct_quote(text: str, cue: str) -> None:
    found = framed(text, cue)
    assert [kind for kind, _, _ in found] == ["Direct"]
    assert found[0][2] is None


# A leading frame whose complement opens with a noun phrase outside the quotation and has its
# finite verb inside it (`Sie sagte, das Gespräch „ist gut verlaufen“.`): hand-tagged sentences
# (``word/TAG`` as in ``test_claims_speakers.py``), since the rule reads the finite verb.


def layer(sentence: str) -> list[tuple[str, str, int | None]]:
    """Kind, text and parent index of the layer entries of one hand-tagged sentence."""
    doc = hand_tagged([[sentence]])
    return [(f.kind, doc.text[f.parts[0][0] : f.parts[-1][1]], f.parent) for f in doc.layers[LAYER]]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Später/ADV sagte/VVFIN die/ART Ministerin/NN vor/APPR der/ART Presse/NN ,/$, "
            "das/ART Gespräch/NN „/$( ist/VAFIN sehr/ADV gut/ADJD verlaufen/VVPP “/$( ./$.",
            "das Gespräch „ ist sehr gut verlaufen “",
        ),
        (
            "Die/ART Sprecherin/NN erklärte/VVFIN ,/$, der/ART Plan/NN „/$( bleibt/VVFIN "
            "ein/ART großer/ADJA Fehler/NN “/$( ./$.",
            "der Plan „ bleibt ein großer Fehler “",
        ),
    ],
)
def test_complement_with_its_finite_verb_in_the_quotation_is_mixed(
    sentence: str, clause: str
) -> None:
    quotation = clause[clause.index("„") :]
    assert layer(sentence) == [("Indirect", clause, None), ("Direct", quotation, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die/ART Sprecherin/NN erklärte/VVFIN :/$. „/$( Der/ART Plan/NN bleibt/VVFIN "
        "ein/ART Fehler/NN ./$. “/$(",
        "Die/ART Sprecherin/NN nannte/VVFIN den/ART Plan/NN „/$( sehr/ADV gefährlich/ADJD "
        "“/$( ./$.",
        "Die/ART Sprecherin/NN erklärte/VVFIN ,/$, der/ART Plan/NN „/$( bleibt/VVFIN "
        "ein/ART Fehler/NN “/$( ,/$, und/KON ging/VVFIN ./$.",
    ],
)
def test_quotation_without_a_subject_before_it_stays_one_direct_quote(sentence: str) -> None:
    assert [kind for kind, _, _ in layer(sentence)] == ["Direct"]
