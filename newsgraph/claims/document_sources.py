"""Sources that a document, a place or an adverb names instead of a subject, for the speaker
pass of :mod:`.speaker_sources`:

* `..., hieß es vom Sprecher X`, `heißt es dazu in einer Erklärung`, `In X heißt es:`: the
  phrase after the preposition next to `heißt es` (`es` itself is nobody);
* `So wird in einer Pressemitteilung der Organisation gefordert, ...`: a passive frame without
  an agent is sourced by the document it appears in;
* `Wie aus einer Mitteilung der Behörde hervorgeht`: the text after `aus`;
* `Ein Bericht der Agentur „Interfax“, wonach ...`: the noun phrase right before the comma;
  german_news_quotes marks `wonach` itself after a clause end (`kehrten zur alten Version
  zurück, wonach ...`) or after a view of someone (`Die Sichtweise von X, wonach ...`; not a
  document: `ein Bericht von X`), as it marks `Demnach`; a verb frame whose content opens
  with `wonach` reports the noun phrase before it (`X zitiert aus der Zeitung Y, wonach ...`
  → `der Zeitung Y`; `X hat Meldungen von Y zurückgewiesen, wonach ...` → `Meldungen von Y`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import Attr, Sentence, Span2
from .mood import first_finite
from .phrase_ends import time_adverbial_end
from .speaker_spans import (
    _NP_TAGS,
    _VERB_TAGS,
    SKIP_TAGS,
    _cut,
    in_long_quote,
    nominal_region,
    token_at,
)
from .speaker_subjects import cue_sentence, finite_cue
from .token_view import HEISSEN, PASSIVE_FORMS

_SOURCE_PREPS = frozenset({"in", "im", "auf", "bei", "beim", "aus", "von", "vom"})


def passive_document(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`So wird in einer Pressemitteilung der Organisation gefordert, ...`: a passive frame
    without an agent is sourced by the document it appears in (`in`/`im` + a cue noun)."""
    found = finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if sent.lower[k] not in PASSIVE_FORMS and sent.lower[k] not in ("war", "ist"):
        return None
    start = sent.clause_start(k)
    if start > 0 and first_finite(sent, main=True) == k:
        # `In einer Erklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, ...`: the
        # main clause goes on after a relative clause
        start = 0
    end = sent.clause_end(k + 1)
    for p in range(start, end - 1):
        if sent.lower[p] not in ("in", "im") or sent.in_quote[p]:
            continue
        q = p + 1
        while q < end and sent.toks[q].tag in _NP_TAGS:
            q += 1
        q = _cut(sent, p + 1, q, [])
        if q > p + 1 and any(sent.lex.is_cue_noun(sent.toks[x].text) for x in range(p + 1, q)):
            return sent.span(p + 1, q)
    return None


def origin_text(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`Wie aus einer Mitteilung der Behörde hervorgeht, ...`, `Das geht aus dem Urteil
    hervor`: the text that the content comes out of (`aus` + noun phrase) is the source."""
    found = cue_sentence(a, sents, 0)
    if found is None:
        return None
    cue, sent = found
    at = [p for c in cue if (p := token_at(sent, c[0])) is not None]
    words = [sent.lower[p] for p in at]
    going = any("geh" in w or "ging" in w for w in words)  # not `hob ... hervor`
    if not going or not any(w.startswith("hervor") for w in words):
        return None
    k = max(at)
    for p in range(sent.clause_start(k), k):
        if sent.lower[p] != "aus" or sent.in_quote[p]:
            continue
        end = p + 1
        while end < k and sent.toks[end].tag in _NP_TAGS:
            end += 1
        end = _cut(sent, p + 1, end, [])
        if end > p + 1 and nominal_region(sent, p + 1, end):
            return sent.span(p + 1, end)
    return None


def wonach_source(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`Ein Bericht der Agentur „Interfax“, wonach ...`, `es gibt eine Schätzung, wonach`: the
    noun phrase right before the comma is the source of the `wonach` clause."""
    found = cue_sentence(a, sents, 0)
    if found is None:
        return None
    cue, sent = found
    p = token_at(sent, cue[0][0])
    framed = False
    if p is not None and sent.lower[p] != "wonach" and a.parts:
        # `X zitiert aus der Zeitung Y, wonach ...`: a verb frame whose content opens with
        # `wonach` reports what the noun phrase before it says
        q = token_at(sent, a.parts[0][0])
        p, framed = (q, True) if q is not None and sent.lower[q] == "wonach" else (p, False)
    if p is None or sent.lower[p] != "wonach" or p < 2 or sent.toks[p - 1].text != ",":
        return None
    start = p - 1
    while start > 0 and (
        sent.toks[start - 1].tag in _NP_TAGS
        or sent.in_quote[start - 1]
        and not in_long_quote(sent, start - 1)
        or sent.toks[start - 1].tag == "$("
    ):
        start -= 1
    while start < p - 1 and sent.toks[start].tag not in ("ART", "PPOSAT", "PIAT", "NN", "NE"):
        start += 1
    if start >= 2 and sent.lower[start - 1] in ("von", "vom") and sent.toks[start - 2].tag == "NN":
        # `Die Sichtweise von X, wonach ...`: the noun before `von` heads the phrase; a view
        # that is no document or source leaves the adverb as the dataset's source
        word = sent.toks[start - 2].text
        if not (sent.lex.is_cue_noun(word) or sent.lex.is_source_noun(word)):
            return sent.span(p, p + 1)
    if start < p - 1 and nominal_region(sent, start, p - 1):
        return sent.span(start, p - 1)
    # `kehrten zur ursprünglichen Version zurück, wonach ...`: no noun phrase before the comma;
    # the dataset marks the pronominal adverb itself (as `Demnach`)
    if framed:
        return _object_before(sent, p - 2)
    return (
        sent.span(p, p + 1) if sent.toks[p - 2].tag in ("PTKVZ", "ADV", "VVFIN", "VVPP") else None
    )


def _object_before(sent: Sentence, part: int) -> Span2 | None:
    """`X hat Meldungen der Zeitung Y, dem Blatt Z, zurückgewiesen, wonach ...`: the object
    between the finite auxiliary and the participle at ``part`` is what the clause reports."""
    if part < 2 or sent.toks[part].tag != "VVPP":
        return None
    aux = next((x for x in range(part - 1, -1, -1) if sent.toks[x].tag == "VAFIN"), None)
    end = part - 1 if sent.toks[part - 1].text == "," else part
    if aux is None or end <= aux + 1 or sent.lower[aux + 1] in ("sich", "es"):
        return None
    if sent.toks[aux + 1].tag not in ("NN", "ART", "PIAT", "ADJA") or any(
        sent.toks[x].tag in _VERB_TAGS or sent.in_quote[x] for x in range(aux + 1, end)
    ):
        return None
    return sent.span(aux + 1, end)


def impersonal_source(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`..., hieß es vom Sprecher X`, `heißt es dazu in einer Erklärung`, `In X heißt es:`:
    the phrase after the preposition next to `heißt es` names the source."""
    found = cue_sentence(a, sents, 0)
    if found is None:
        return None
    cue, sent = found
    heard = _heard_from(sent, cue)
    if heard is not None:
        return heard
    k = next(
        (p for c in cue if (p := token_at(sent, c[0])) is not None and sent.lower[p] in HEISSEN),
        None,
    )
    if k is None:
        return None
    j = k + 1
    while j < len(sent.toks):
        if sent.lower[j] == "es" or sent.toks[j].tag in SKIP_TAGS:
            j += 1
        elif (time := time_adverbial_end(sent, j)) is not None:
            j = time  # `hieß es am Montag aus dem Innenministerium`
        else:
            break
    if j + 1 < len(sent.toks) and sent.lower[j] in _SOURCE_PREPS and not sent.in_quote[j]:
        end = j + 1
        while end < len(sent.toks) and sent.toks[end].tag in _NP_TAGS | {"APPR", "APPRART"}:
            end += 1
        end = _cut(sent, j + 1, end, [])
        if end > j + 1 and nominal_region(sent, j + 1, end):
            return sent.span(j + 1, end)
    start = sent.clause_start(k)
    if start < k - 1 and sent.lower[start] in _SOURCE_PREPS and nominal_region(sent, start + 1, k):
        return sent.span(start + 1, k)
    es = next((x for x in range(k - 2, start - 1, -1) if sent.lower[x] == "es"), None)
    if (
        es is not None
        and sent.lower[es + 1] in _SOURCE_PREPS
        and es + 2 < k
        and nominal_region(sent, es + 2, k)
    ):
        return sent.span(es + 2, k)  # `wie es in einer Mitteilung hieß`: between `es` and verb
    return None


def _heard_from(sent: Sentence, cue: Sequence[Span2]) -> Span2 | None:
    """`wie aus der Partei zu hören war`: the phrase after `aus`/`von` between `wie` and `zu
    hören` names where it was heard."""
    at = [p for c in cue if (p := token_at(sent, c[0])) is not None]
    if len(at) < 3 or sent.lower[at[0]] != "wie" or "hören" not in (sent.lower[p] for p in at):
        return None
    j, zu = at[0] + 1, at[1]
    if sent.lower[j] not in ("aus", "von", "vom") or zu <= j + 1:
        return None
    return sent.span(j + 1, zu) if nominal_region(sent, j + 1, zu) else None
