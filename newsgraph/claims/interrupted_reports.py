"""Indirect speech interrupted by a verb-first frame between commas (coverage round, session 9):
`Die Lage, sagte der Sprecher, sei ernst.`, `Die Lage sei, sagte der Sprecher, weiterhin
ernst.`, `Man werde, sagte der Minister, alles tun.`, `Die Verhandlungen, erklärte die
Ministerin am Montag, seien gescheitert.`

Agency copy puts the frame into the middle of the reported clause: after its Vorfeld (a noun
phrase with no finite verb) or after its finite verb.  The frame is a finite verb of saying
right after the comma, its subject after it, and a closing comma; the report goes on after
that comma with its finite verb (after a Vorfeld) or with the rest of the clause that holds no
finite verb of its own (after the verb); Konjunktiv or indicative, the inserted frame marks it
as reported.  The claim is one indirect
content in two parts, the frame's subject its speaker, the verb its cue, like `– so X –`
(:func:`.speech_acts.inserted_frame`).  The sentence rules read such a frame as a leading frame
whose subject is the Vorfeld (`Die Lage` as the speaker of `sei ernst`) or cut the content at
the frame; this reading replaces theirs.  A frame after a complete clause that a new clause
follows (`Die Lage sei ernst, sagte X, die Polizei ermittle`) is a trailing frame the sentence
rules read; it stays theirs.

This module also collects the per-sentence readings of the coverage round that replace the
sentence rules' reading (:func:`reframed`): the colon lead-in of a speech-act noun
(:mod:`.noun_colon_frames`) and the interrupted report.
"""

from __future__ import annotations

from .clauses import SUBORDINATORS, cut_trailing, make_attr, trim
from .frames import Attr, Cue, Sentence, Span2
from .noun_colon_frames import noun_colon_frame

#: cue classes of verbs that frame reported speech when inserted (`sagte`, `erklärte`,
#: `betonte`, `warnte`, `kritisierte`)
_INSERTED_CLASSES = frozenset({"say", "report", "opinion", "allege", "demand", "announce", "deny"})
#: tags a Vorfeld noun phrase may hold (`Die neue Regelung für Mieter`)
_VORFELD_TAGS = frozenset(
    {
        "ART",
        "PPOSAT",
        "PDAT",
        "PIAT",
        "PIS",
        "PDS",
        "PPER",
        "ADJA",
        "ADJD",
        "ADV",
        "NN",
        "NE",
        "CARD",
        "APPR",
        "APPRART",
        "KON",
        "TRUNC",
    }
)


def reframed(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """The sentence's attributions, replaced by a coverage-round reading when one applies: a
    speech-act noun's colon lead-in (`Die Forderung der Gewerkschaft: …`) or a report
    interrupted by a verb-first frame (`Die Lage, sagte der Sprecher, sei ernst.`)."""
    if not sent.toks:
        return attrs
    found = noun_colon_frame(sent) or interrupted_report(sent)
    if not found:
        return attrs
    # the sentence rules' readings of the same words give way; a claim of its own further on
    # (`…, während der Minister erklärte, es gebe keine Gefahr`) stays
    taken = [(s, e) for a in found for s, e in a.parts + a.cue]
    return found + [
        a for a in attrs if not any(s < e2 and s2 < e for s, e in a.parts for s2, e2 in taken)
    ]


def interrupted_report(sent: Sentence) -> list[Attr]:
    """The two-part indirect claim of a report interrupted by a frame between commas, or an
    empty list."""
    n = len(sent.toks)
    end = sent.content_end()
    for c1 in range(1, n - 4):
        if sent.toks[c1].text != "," or sent.in_quote[c1]:
            continue
        found = _inserted_frame(sent, c1, end)
        if found is None:
            continue
        verb, c2, speaker = found
        if not _interrupted_clause(sent, c1, c2, end):
            return []
        matches = [m for m in sent.lex.verb_matches(sent.lower[verb]) if m.kind == "finite"]
        cue = Cue("verb", (verb,), matches[0].verb.cls, matches[0].verb.lemma)
        others = [c for c in sent.find_cues() if c.positions[0] > c2]
        parts = [trim(sent, 0, c1), trim(sent, c2 + 1, cut_trailing(sent, c2 + 1, end, others))]
        attr = make_attr(sent, "Indirect", parts, [sent.span(verb, verb + 1)], cue, speaker)
        return [attr] if attr is not None and len(attr.parts) == 2 else []
    return []


def _inserted_frame(sent: Sentence, c1: int, end: int) -> tuple[int, int, Span2] | None:
    """(verb, closing comma, speaker) of a frame `sagte der Sprecher` right after ``c1``."""
    verb = c1 + 1
    if sent.in_quote[verb] or not sent.is_finite(verb) or sent.is_subjunctive(verb):
        return None
    if not sent.lex.finite_speech_verb(sent.lower[verb], _INSERTED_CLASSES):
        return None
    c2 = next(
        (k for k in range(verb + 1, end) if sent.toks[k].text in ",;:–" or sent.in_quote[k]),
        None,
    )
    if c2 is None or sent.toks[c2].text != "," or c2 + 1 >= end:
        return None
    if any(sent.is_finite(k) for k in range(verb + 1, c2)):
        return None  # `, sagte der Sprecher, der … war,`: no plain frame
    speaker = sent.subject_after(verb)
    if speaker is None or speaker[1] > sent.toks[c2].start:
        return None
    return verb, c2, speaker


def _interrupted_clause(sent: Sentence, c1: int, c2: int, end: int) -> bool:
    """The words before ``c1`` and after ``c2`` form one reported clause: a verbless Vorfeld
    before, its finite verb right after (`Die Lage, …, sei ernst`); or a clause opening with
    its subject and finite verb before, and the rest of the clause without a finite verb after
    (`Die Lage sei, …, weiterhin ernst`).  The inserted frame marks the clause as reported,
    in Konjunktiv or not (`Die Firma, sagte der Sprecher, hat keine Schulden`)."""
    if sent.toks[0].tag in ("KOUS", "PRELS", "PWS", "PWAV") or sent.lower[0] in SUBORDINATORS:
        return False
    before = [k for k in range(0, c1) if sent.is_finite(k) and not sent.in_quote[k]]
    stop = next((k for k in range(c2 + 1, end) if sent.toks[k].text in ",;:–"), end)
    after = [k for k in range(c2 + 1, stop) if sent.is_finite(k) and not sent.in_quote[k]]
    if not before:
        return (
            all(sent.toks[k].tag in _VORFELD_TAGS for k in range(0, c1))
            and bool(after)
            and after[0] == c2 + 1
        )
    verb = before[0]
    return (
        len(before) == 1 and verb == c1 - 1 and 0 < verb <= 4 and not after and stop - (c2 + 1) >= 1
    )
