"""Claims of the record that no attribution found a source for.

Sentences in the article's own voice can still tell the reader that the article does not state
them itself:

* hearsay markers (`angeblich`, `reportedly`) and the distancing modal (`soll … haben`): a claim
  without a speaker, stance ``alleged``;
* the Konjunktiv I of reported speech in the main clause (`Der Lohn liege 25 Prozent unter dem
  Tarif.`) where no frame, and no free indirect speech of a source before it, found a speaker:
  someone said it, though the article does not say who; a claim without a speaker whose stance
  the words of the sentence set (``reported``, ``future`` for `werde … erhöhen`, …).  Not a
  question, a wish (`Es lebe …`), a fixed phrase (`es sei denn`, `sei es …`, `Gott sei Dank`)
  or a sentence with a quotation (the quotation rules decide whose words it holds).

None of them is part of the evaluation layer: german_news_quotes gives most such sentences the
source of the paragraph (which the discourse rules did not find), so a claim without a speaker
there would count as a wrong attribution.
"""

from __future__ import annotations

from ..doc import Doc
from ..record import Claim
from .frames import Attr, Sentence
from .mood import first_finite, reported_verb_at
from .reported_checks import is_question
from .stance import claim_stance, distanced

#: words after a Konjunktiv `sei` that make a fixed phrase, not reported speech (`es sei denn`,
#: `sei es …, sei es …`, `Gott sei Dank`, `wie dem auch sei`)
_FIXED_AFTER = frozenset({"denn", "es", "dank", "dir", "ihm", "ihr"})
_FIXED_BEFORE = frozenset({"gott", "auch", "lebe", "möge"})


def unsourced_claims(
    doc: Doc, sents: list[Sentence], content: list[bool], attrs: list[Attr], n: int
) -> tuple[Claim, ...]:
    """The claims without a source of the sentences no attribution covers (ids from ``n``+1)."""
    taken = {a.unit for a in attrs}
    out: list[Claim] = []
    art = doc.article
    for i, sent in enumerate(sents):
        if not content[i] or i in taken or not sent.toks:
            continue
        end = sent.content_end()
        if not end:
            continue
        words = [k for k in range(len(sent.toks)) if not sent.in_quote[k] and sent.is_word(k)]
        markers = [k for k in words if sent.lower[k] in sent.lex.hearsay]
        form = "reported"
        if not markers:
            markers = [
                k for k in words if sent.lower[k] in sent.lex.alleged_modal and distanced(sent, k)
            ]
            form = "free_indirect"
        span = art.span(sent.toks[0].start, sent.toks[end - 1].end)
        if markers:
            evidence = tuple(art.span(*sent.span(k, k + 1)) for k in markers)
            out.append(
                Claim(
                    id=f"c{n + len(out) + 1}",
                    content=span,
                    form=form,  # type: ignore[arg-type]
                    stance="alleged",
                    evidence=evidence,
                )
            )
            continue
        verb = _reported_verb(sent)
        if verb is None:
            continue
        attr = Attr("FreeIndirect", [(span.start, span.end)], [], "say", None, i)
        stance, found = claim_stance(attr, sent, [sent.span(verb, verb + 1)])
        out.append(
            Claim(
                id=f"c{n + len(out) + 1}",
                content=span,
                form="free_indirect",
                stance=stance,  # type: ignore[arg-type]
                evidence=tuple(art.span(s, e) for s, e in found),
            )
        )
    return tuple(out)


def _reported_verb(sent: Sentence) -> int | None:
    """The Konjunktiv I finite verb of a main clause of reported speech without a source, or
    None (a question, a wish, a fixed phrase, a sentence with a quotation)."""
    if sent.lex.language != "de" or sent.quotes or is_question(sent):
        return None
    k = first_finite(sent, main=True)  # (what `mood.reported_mood` reads)
    if k is None or not reported_verb_at(sent, k):
        return None
    after = sent.lower[k + 1] if k + 1 < len(sent.toks) else ""
    before = sent.lower[k - 1] if k > 0 else ""
    if after in _FIXED_AFTER or before in _FIXED_BEFORE or sent.lower[k] in ("lebe", "möge"):
        return None
    if any(
        sent.is_finite(j)
        and not sent.is_subjunctive(j)
        and not sent.in_quote[j]
        and sent.toks[j - 1].text == ","
        for j in range(1, len(sent.toks))
    ):
        # `Als die Maschine aufsetze, brach das Fahrwerk`, `Die Hoffnung, sein Leben werde …,
        # schien sich nicht zu erfüllen`: the indicative main clause after the comma tells it
        return None
    return k
