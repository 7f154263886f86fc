"""Clause limits of reported speech: the main clause of a sentence that a reported speech act
(`X forderte den Rücktritt`) spans when the sentence joins main clauses with a bare comma.

German joins main clauses without a conjunction (asyndeton): `Es sind 500 Stellen entstanden,
die Betreiber sprechen von 850.`, `Einzelheiten gab er nicht bekannt, er verwies aber auf ...`.
The german_news_quotes convention marks only the speech act's own clause, so
:func:`clause_limits` narrows a reported claim:

* it starts after a comma that closes a complete main clause (a finite indicative verb, no
  subordinator or relative word opening it) when the speech act's clause opens with its
  subject right before the verb (`, die Betreiber sprechen ...`, `, er verwies ...`) or with
  one Vorfeld word before it (`..., davon fordert X 5 Millionen`);
* it ends before a comma after which another speech act opens a verb-second main clause of its
  own (`..., er verwies aber auf ...`): one Vorfeld word, then the other speech verb;
* a clause narrowed at its start ends before the sentence's final full stop (`..., die Polizei
  spricht von 400`);
* a `dass`/`ob` clause that fills the Vorfeld is the object of the speech act, not a fronted
  adverbial clause: it stays in the claim (`Dass nachts gearbeitet wurde, empfanden Anwohner
  als Lärmbelästigung`).

A speech act in a verb-final contrastive clause (`während die EU-Staaten den Vorstoß
begrüßten`) is a claim of its own, from the subordinator to the clause end
(:func:`contrast_clause`).
"""

from __future__ import annotations

from collections.abc import Collection

from .frames import Sentence
from .speech_acts import opens_subclause

#: words after a comma that continue the clause before it rather than open a main clause
_GOES_ON = frozenset(
    {"und", "oder", "aber", "sondern", "doch", "denn", "sowie", "bzw.", "wie", "als", "so", "–"}
)

#: tags of a subject phrase opening a clause right before its finite verb
_SUBJECT_START = frozenset({"ART", "NN", "NE", "PPER", "PIAT", "ADJA"})

#: tags of a word that fills the Vorfeld of a verb-second clause on its own
_VORFELD_ONE = frozenset({"ADV", "PPER", "PDS", "NE", "PROAV"})


def clause_limits(
    sent: Sentence, head: int, last: int, first: int, stop: int, speech_verbs: Collection[int]
) -> tuple[int, int]:
    """Tokens ``[first, stop)`` of the reported speech act whose finite verb is at ``head``
    (last cue word ``last``), narrowed to its own main clause (without the sentence's final
    stop when narrowed at its start); ``speech_verbs`` are the first token positions of the
    sentence's cues."""
    opening = first
    if first == head and sent.lower[0] in ("dass", "daß", "ob"):
        opening = 0  # `Dass nachts gearbeitet wurde, empfanden Anwohner als Lärm`: the object
    start = _clause_start(sent, head, opening)
    end = _clause_stop(sent, max(head, last), stop, speech_verbs)
    if start > first:
        end = _without_final_stop(sent, end)  # `..., die Polizei spricht von 4.000`
    return start, end


#: subordinators of a clause set against the main clause (`Während X von 4.000 sprach, ...`)
CONTRAST = frozenset({"während", "wohingegen"})


def contrast_clause(sent: Sentence, head: int) -> tuple[int, int] | None:
    """Tokens ``[first, stop)`` of the contrastive clause the finite verb at ``head`` ends
    (`während die EU-Staaten den Vorstoß begrüßten`): a speech act set against another one is a
    claim of its own, the clause from its subordinator to its end (with the final stop)."""
    start = sent.clause_start(head)
    if start >= head or sent.lower[start] not in CONTRAST or sent.in_quote[start]:
        return None
    end = sent.clause_end(head)
    after = sent.toks[head + 1].text if head + 1 < end else ""
    if end != head + 1 and not (
        (end == head + 2 and sent.toks[head + 1].tag == "PTKVZ")
        or (after == "(" and sent.toks[end - 1].text == ")")  # `sprach (…), sprach …`
    ):
        return None  # the verb must close its clause (verb-final order)
    if end == len(sent.toks) - 1 and sent.toks[end].text in ".!":
        end += 1
    return start, end


def main_clause(sent: Sentence, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` form a main clause: a finite indicative verb outside quotations
    and no subordinator or relative word opening it."""
    if end - start < 2 or sent.toks[start].tag in ("KOUS", "KOUI", "PRELS", "PWAV", "PWS"):
        return False
    return any(
        sent.is_finite(k) and not sent.is_subjunctive(k) and not sent.in_quote[k]
        for k in range(start + 1, end)
    )


def _clause_start(sent: Sentence, head: int, first: int) -> int:
    """`Es sind 500 Stellen entstanden, die Betreiber sprechen von 850.`: the claim starts at
    the subject after the comma that closes a main clause of its own."""
    start = sent.clause_start(head)
    comma = start - 1
    if start <= first + 1 or sent.toks[comma].text != "," or sent.in_quote[comma]:
        return first
    if sent.lower[start] in _GOES_ON or opens_subclause(sent, start):
        return first
    if sent.toks[start].tag in _VORFELD_ONE and start + 1 == head:
        # one word fills the Vorfeld of a verb-second clause (`, davon fordert Airbus ...`)
        return start if main_clause(sent, first, comma) else first
    if sent.toks[start].tag not in _SUBJECT_START:
        return first
    # the subject fills the Vorfeld up to the verb (`er verwies`, `die Betreiber sprechen`)
    subject_end = head if start + 1 == head else sent.np_end(start, head)
    if subject_end != head or not main_clause(sent, first, comma):
        return first
    return start


def _without_final_stop(sent: Sentence, stop: int) -> int:
    """End of a reported act in a main clause of its own after a complete one (`Es kamen 500,
    die Polizei spricht von 400.`): the german_news_quotes convention leaves the sentence's
    final full stop out of such a clause (and keeps it for a whole sentence, also after a
    fronted subordinate clause: `Während X ..., sprach Y von 300.`)."""
    last = stop - 1
    if stop == len(sent.toks) and sent.toks[last].text == "." and not sent.in_quote[last]:
        return last
    return stop


def _clause_stop(sent: Sentence, last: int, stop: int, speech_verbs: Collection[int]) -> int:
    """`Einzelheiten gab er nicht bekannt, er verwies aber auf ...`: the claim ends before the
    comma or semicolon after which another speech verb opens a verb-second main clause, after
    one Vorfeld word or a subject phrase (`X warnte vor einem Scheitern, die Regierung wies die
    Kritik zurück`; `X forderte mehr Lohn; die Arbeitgeber lehnten das ab`)."""
    k = sent.clause_end(last + 1)
    while k < stop - 2:
        if sent.toks[k].text in (",", ";") and not sent.in_quote[k]:
            if _speech_clause_after(sent, k, stop, speech_verbs):
                return k
            if sent.toks[k].text == ",":
                return stop
        k = sent.clause_end(k + 1)
    return stop


def _speech_clause_after(sent: Sentence, k: int, stop: int, speech_verbs: Collection[int]) -> bool:
    """After the comma or semicolon at ``k`` another speech verb opens a verb-second main
    clause (indicative, outside quotations) behind its Vorfeld."""
    nxt = k + 1
    if sent.lower[nxt] in _GOES_ON or opens_subclause(sent, nxt):
        return False
    verb = _vorfeld_end(sent, nxt)
    return (
        verb < stop
        and verb in speech_verbs
        and sent.is_finite(verb)
        and not sent.is_subjunctive(verb)
        and not sent.in_quote[verb]
    )


def _vorfeld_end(sent: Sentence, start: int) -> int:
    """Index right after the Vorfeld of a clause opening at ``start``: one Vorfeld word, or a
    subject phrase (`die Regierung`, `die Arbeitgeber`); ``len(sent.toks)`` if neither."""
    tag = sent.toks[start].tag
    if tag in _VORFELD_ONE:
        return start + 1
    if tag not in _SUBJECT_START:
        return len(sent.toks)
    end = sent.np_end(start, sent.clause_end(start))
    return end if end > start else len(sent.toks)
