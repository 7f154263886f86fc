"""A trailing frame over a clause that ends in a partial quotation (invented German sentences):
the frame's claim is indirect speech over the whole clause with the quotation nested in it as
a direct quote, not a direct quote of the quotation alone."""

from __future__ import annotations

import pytest

from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.quoted_terms import framed_partial_quotes
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
