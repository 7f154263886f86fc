"""Free indirect speech that starts inside a sentence: a Konjunktiv main clause after `;`/`,`.

A sentence in the article's own (indicative) voice may go on with a second main clause in the
mood of reported speech (`Der Fahrer wurde verletzt, die Mitfahrer seien unverletzt.`, `Die
Klage wurde zurückgezogen; der Zeuge habe sich geirrt.`, `..., und er wolle nun ...`).  Only
that clause is reported: it continues the current source (the last frame with a speaker in the
same paragraph, at most a few sentences back) as ``IndirectFreeIndirect``.  The clause counts
when

* it follows a semicolon or a comma (also with `und`/`aber`/`doch`), outside quotations;
* it is a main clause: no subordinator or relative pronoun opens it, and its finite verb
  comes after a Vorfeld (not verb-first: `..., hätte er ...` is a condition);
* its finite verb is Konjunktiv I (`sei`, `habe`, `bleibe`), not in the first person (a
  Konjunktiv II there, `..., die Preise könnten steigen`, is mostly the article's speculation);
* no noun of saying stands right before the separator (`mit dem Argument, die Züge seien
  ...` is that noun's complement, indirect speech with a frame);
* the sentence's own main clause is no Konjunktiv (a whole reported sentence is handled as a
  sentence) and the sentence has no frame of its own.

The mood of a sentence is that of its main clause, also when an adverbial clause fills the
Vorfeld (:func:`fronted_reported`): `Nachdem er die Frau verfolgt hat, habe er ...` and `Da
das Werk abgeschaltet wurde, sei es ...` are reported speech by `habe`/`sei`, the verb right
after the comma that closes the fronted clause; the indicative verb of that clause says nothing
about the sentence's voice.
"""

from __future__ import annotations

from collections.abc import Callable

from .frames import Attr, Sentence
from .mood import dependent_clause, first_finite, reported_verb_at
from .text import Unit

#: coordinating words that may open the second main clause (`, und er wolle ...`)
_CONJUNCTIONS = frozenset({"und", "aber", "doch", "jedoch", "sondern"})

#: subordinators of an adverbial clause that may fill the Vorfeld (`Nachdem ..., habe er ...`)
_FRONTED = frozenset(
    {
        "nachdem",
        "da",
        "weil",
        "obwohl",
        "obgleich",
        "als",
        "bevor",
        "ehe",
        "sobald",
        "seit",
        "seitdem",
        "während",
        "indem",
        "solange",
        "wenn",
        "falls",
        "sofern",
    }
)
#: subordinators of a condition: a Konjunktiv II after them is the conditional's, not reported
_CONDITIONAL = frozenset({"wenn", "falls", "sofern", "sollte", "sollten"})
#: a verb-first condition opening the sentence (`Sollte die Währung aufwerten, schließe man …`)
_VERB_FIRST = frozenset({"sollte", "sollten"})

#: the last attribution before a sentence, never a pending one: ``(per_unit, i) -> Attr | None``
LastSpeaker = Callable[[list[list[Attr]], int], "Attr | None"]


def reported_clauses(
    sents: list[Sentence],
    units: list[Unit],
    per_unit: list[list[Attr]],
    content: list[bool],
    last_speaker: LastSpeaker,
) -> None:
    """Add ``IndirectFreeIndirect`` for each reported second main clause (see module doc) of a
    sentence without attributions, continuing the last source of its paragraph."""
    covered = [a for attrs in per_unit for a in attrs if a.parts]
    for i, sent in enumerate(sents):
        if not content[i] or per_unit[i] or not sent.toks or sent.toks[-1].text == "?":
            continue
        if any(a.covers(sent.toks[0].start) or a.covers(sent.toks[-1].start) for a in covered):
            continue
        k = reported_clause_start(sent)
        if k is None:
            continue
        prev = last_speaker(per_unit, i)
        if prev is None or prev.speaker is None or units[prev.unit].paragraph != units[i].paragraph:
            continue
        free = Attr(
            "IndirectFreeIndirect", [sent.span(k, len(sent.toks))], [], prev.cls, prev.speaker, i
        )
        free.source_cue = list(prev.cue or prev.frame_cue or prev.source_cue)
        per_unit[i].append(free)


def reported_clause_start(sent: Sentence) -> int | None:
    """Where the first reported second main clause of ``sent`` starts (the token after the
    separator), or ``None``."""
    first = first_finite(sent, main=True)
    if first is None or sent.is_subjunctive(first):
        return None  # a Konjunktiv sentence is reported (or a condition) as a whole
    for k in range(first + 1, len(sent.toks) - 2):
        if sent.in_quote[k] or sent.toks[k - 1].text not in (";", ","):
            continue
        if sent.in_quote[k - 1]:
            continue
        if _speech_noun_before(sent, k - 1):
            return None  # `mit dem Argument, die Züge seien ...`: the noun's complement
        start = k + 1 if sent.lower[k] in _CONJUNCTIONS else k
        v = _main_verb(sent, start)
        # Konjunktiv I only: a Konjunktiv II (`könnten`, `würden`) after an indicative
        # clause is mostly the article's own speculation
        if v is not None and reported_verb_at(sent, v):
            return k
    return None


def _main_verb(sent: Sentence, start: int) -> int | None:
    """The finite verb of the clause opening at ``start`` when it is a verb-second main
    clause: no subordinator or relative word opens it, at least one word precedes the verb."""
    if start >= len(sent.toks) or dependent_clause(sent, start):
        return None
    end = sent.clause_end(start)
    for v in range(start, min(end, len(sent.toks))):
        if sent.in_quote[v]:
            return None
        if sent.is_finite(v) or sent.is_subjunctive(v):
            if v == start or dependent_clause(sent, start, v):
                return None
            return v
    return None


def _speech_noun_before(sent: Sentence, sep: int) -> bool:
    """The last noun before the separator at ``sep`` is a noun of saying (`Argument`,
    `Hinweis`, `Angaben`), whose complement clause the comma opens."""
    for j in range(sep - 1, -1, -1):
        if sent.toks[j].tag in ("NN", "NE"):
            word = sent.toks[j].text
            return sent.lex.is_cue_noun(word) or word in sent.lex.frame_nouns
    return False


def fronted_reported(sent: Sentence) -> str | None:
    """``IndirectFreeIndirect`` when an adverbial clause opens the sentence and the main
    clause's verb after it is Konjunktiv I (`Nachdem er ... hat, habe er ...`; its plural
    Konjunktiv II stand-in `hätten` too, except after a condition: `Falls ..., hätten sie
    ...`), else ``None``."""
    v = fronted_main_verb(sent)
    if v is None or not reported_verb_at(sent, v, plural_ii=sent.lower[0] not in _CONDITIONAL):
        return None
    return "IndirectFreeIndirect"


def fronted_main_verb(sent: Sentence) -> int | None:
    """The finite verb of the main clause when a subordinate adverbial clause opens the
    sentence (`Da das Werk abgeschaltet wurde, sei es ...` -> `sei`; a verb-first condition:
    `Sollte die Währung aufwerten, schließe man …` -> `schließe`): the first finite verb
    right after a comma that follows the fronted clause's own finite verb; none when the
    fronted clause runs into a quotation or no such verb follows."""
    toks = sent.toks
    verb_first = sent.lower[0] in _VERB_FIRST and toks[0].tag == "VMFIN"
    if len(toks) < 5 or not verb_first and (toks[0].tag != "KOUS" or sent.lower[0] not in _FRONTED):
        return None
    own = verb_first  # the fronted clause has its finite verb (verb-final, or first: `Sollte`)
    for k in range(1, len(toks) - 1):
        if sent.in_quote[k]:
            return None
        if toks[k].text == "," and own and (sent.is_finite(k + 1) or sent.is_subjunctive(k + 1)):
            return k + 1
        if sent.is_finite(k) or sent.is_subjunctive(k):
            own = True
    return None
