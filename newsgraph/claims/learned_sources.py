"""`Wie die Agentur AFP aus Diplomatenkreisen erfuhr, …`: what a medium learned from a source.

A `wie` insertion with `erfahren` is a frame only when a news medium learned something (the
phrase between `wie` and the verb names a medium: `die Agentur AFP`, `Reuters`) from a source
phrase with `aus` (`aus Diplomatenkreisen`, `aus dem Umfeld des Ministers`, `aus informierten
Quellen`): the medium reports, the source is cited (a record claim relayed by the medium, like
`unter Berufung auf`).  Not `Wie der Spieler aus Brasilien erfuhr` (no medium; `aus` is part of
the subject), not `er erfuhr, dass …` (what someone learned is no report).
"""

from __future__ import annotations

from .citation_relays import relay_claim
from .datelines import agency_name
from .frames import Attr, Sentence
from .relay_chains import medium_word

#: endings of source phrases a medium learns from (`Diplomatenkreisen`, `Quellen`, `Umfeld`)
_SOURCE_ENDINGS = ("kreisen", "kreise", "quellen", "quelle", "umfeld", "umfeldes", "umfelds")
#: forms of `erfahren`
LEARNED = frozenset({"erfuhr", "erfuhren", "erfahren", "erfährt"})


def medium_learned(sent: Sentence, wie: int, head: int) -> tuple[int, int] | None:
    """Tokens of the source phrase (after `aus`) of `wie <medium> aus <source> erfuhr` with
    `wie` at ``wie`` and the verb at ``head``; None when no medium or no source phrase."""
    aus = next((k for k in range(wie + 1, head) if sent.lower[k] == "aus"), None)
    if aus is None or not any(
        medium_word(sent.lower[k]) or agency_name(sent.toks[k].text) for k in range(wie + 1, aus)
    ):
        return None
    end = aus + 1
    while end < head and (sent.toks[end].tag in ("ART", "ADJA", "NN", "NE", "APPRART")):
        end += 1
    words = [sent.lower[k] for k in range(aus + 1, end) if sent.toks[k].tag in ("NN", "NE")]
    if not words or not (
        words[0].endswith(_SOURCE_ENDINGS) or sent.lex.is_source_noun(sent.toks[aus + 1].text)
    ):
        return None
    return aus + 1, end


def learned_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """Record claims of the sources a medium learned from, each mapped (by ``id``) to the
    medium's claim; ``attrs`` grows by them."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.parent is not None or a.record_only or not a.cue or not 0 <= a.unit < len(sents):
            continue
        sent = sents[a.unit]
        ks = sent.indices_of(a.cue)
        verb = next((k for k in ks if sent.lower[k] in LEARNED), None)
        if verb is None or not ks or sent.lower[ks[0]] != "wie":
            continue
        source = medium_learned(sent, ks[0], verb)
        if source is None:
            continue
        relay = relay_claim(a, [sent.span(source[0] - 1, source[0])], sent.span(*source))
        added.append(relay)
        out[id(relay)] = a
    attrs.extend(added)
    return out
