"""Who the source of a frame is when the frame rules found none or a wrong one, and the
pass that corrects all speaker spans of an article (:func:`refine_speakers`).

* A finite frame verb (or the clause's auxiliary: `X hatte sich erhofft`) without a subject
  takes the nominal Vorfeld after adverbs (`Wie schon die WHO sagte`, `Einzig Sony gab
  bekannt`, `Wie die „Aktion X“ heute mitteilte`), a name and its apposition between commas
  (`X, Fraktionschefin von Y, kritisierte:`), a name the NER stage found there even when the
  tagger missed it (`Holmqvist sagte dazu am Abend:`), or the named phrase after the verb (`Im
  Vorfeld hatte das Komitee betont`).
* `..., hieß es vom Sprecher X`, `heißt es dazu in einer Erklärung`: the phrase after the
  preposition next to `heißt es` is the source (`es` itself is nobody).
* Free indirect speech after an opinion phrase (`seiner Meinung nach`, `nach eigenem
  Bekunden`) continues the sentence's subject.

`Demnach`/`Danach` stay the speaker as written (german_news_quotes marks the adverb itself);
their entity is resolved in :mod:`.speakers`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Mention
from .frames import Attr, Sentence, Span2
from .sentence import _temporal
from .speaker_spans import (
    _FINITE_TAGS,
    _NOUN_TAGS,
    _NP_TAGS,
    _OBJECT_ARTICLES,
    _PASSIVE,
    _SKIP_TAGS,
    _VERB_TAGS,
    _cut,
    _long_quote,
    _nominal_region,
    in_long_quote,
    refine_span,
    sentence_of,
    token_at,
)


def refine_speakers(attrs: list[Attr], sents: Sequence[Sentence], mentions: list[Mention]) -> None:
    """Correct the speaker spans of ``attrs`` in place (see the module doc)."""
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    names = [(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")]
    cache: dict[Span2, Span2 | None] = {}
    for a in attrs:
        if a.speaker is not None and (
            _bare_es(a.speaker, sents)
            or _complement_as_subject(a, sents)
            or _time_phrase(a.speaker, sents)
        ):
            a.speaker = None  # `heißt es:`, `X sowie Y sprachen von ...` read with a wrong subject
        if a.speaker is None and a.parent is None:
            a.speaker = (
                _impersonal_source(a, sents)
                or _passive_document(a, sents)
                or _wonach_source(a, sents)
            )
        if a.speaker is None:
            if a.parent is None and not a.impersonal:
                a.speaker = _missing_subject(a, sents, names)
            continue
        named = _vorfeld_name(a, sents, names)
        if named is not None:
            a.speaker = named
        if a.speaker not in cache:
            sent = sentence_of(sents, a.speaker[0])
            cache[a.speaker] = refine_span(sent, a.speaker, persons) if sent is not None else None
        new = cache[a.speaker]
        if new is not None:
            a.speaker = new
    for a in attrs:
        if a.speaker is None and a.parent is not None:
            a.speaker = a.parent.speaker
        if a.speaker is not None and a.kind in ("IndirectFreeIndirect", "FreeIndirect"):
            a.speaker = _opinion_holder(a.speaker, sents) or a.speaker


#: `seiner Meinung nach`, `nach eigenem Bekunden`, `dem Vernehmen nach`: the phrase names an
#: opinion, its holder is the subject of the sentence
_OPINION_NOUNS = frozenset(
    {"meinung", "ansicht", "auffassung", "bekunden", "einschätzung", "überzeugung", "vernehmen"}
)
_OPINION_OWNERS = frozenset(
    {"seiner", "ihrer", "meiner", "unserer", "eigenem", "eigener", "eigenen", "dem"}
)


def _opinion_holder(span: Span2, sents: Sequence[Sentence]) -> Span2 | None:
    """A free indirect continuation of `X sagte, ... seiner Meinung nach ...` continues X."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return None
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    if i is None or j is None or j != i + 1:
        return None
    if sent.lower[i] not in _OPINION_OWNERS or sent.lower[j] not in _OPINION_NOUNS:
        return None
    for v in range(len(sent.toks)):
        if sent.toks[v].tag in _FINITE_TAGS and not sent.in_quote[v]:
            subject = sent.subject_before(v) or sent.subject_after(v)
            if subject is not None and not (subject[0] <= span[0] < subject[1]):
                return subject
            return None
    return None


_HEISSEN = frozenset({"heißt", "hieß", "geheißen", "hiess", "heisst"})
_SOURCE_PREPS = frozenset({"in", "im", "auf", "bei", "beim", "aus", "von", "vom"})


def _passive_document(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`So wird in einer Pressemitteilung der Organisation gefordert, ...`: a passive frame
    without an agent is sourced by the document it appears in (`in`/`im` + a cue noun)."""
    found = _finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if sent.lower[k] not in _PASSIVE and sent.lower[k] not in ("war", "ist"):
        return None
    start = sent.clause_start(k)
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


def _cue_sentence(
    a: Attr, sents: Sequence[Sentence], which: int
) -> tuple[tuple[Span2, ...], Sentence] | None:
    """The attribution's cue (or frame cue) and the sentence of its first (0) or last (-1) part."""
    cue = a.cue or a.frame_cue
    if not cue:
        return None
    sent = sentence_of(sents, cue[which][0])
    return None if sent is None else (tuple(cue), sent)


def _wonach_source(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`Ein Bericht der Agentur „Interfax“, wonach ...`, `es gibt eine Schätzung, wonach`: the
    noun phrase right before the comma is the source of the `wonach` clause."""
    found = _cue_sentence(a, sents, 0)
    if found is None:
        return None
    cue, sent = found
    p = token_at(sent, cue[0][0])
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
    if start < p - 1 and _nominal_region(sent, start, p - 1):
        return sent.span(start, p - 1)
    return None


def _bare_es(span: Span2, sents: Sequence[Sentence]) -> bool:
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    return i is not None and i == j and sent.lower[i] == "es"


#: nouns of time: a phrase headed by one is an adverbial (`Wenige Stunden nach dem Putsch
#: erklärte X`, `Im Mai wurde bekannt`), never a source
_TIME_NOUNS = frozenset(
    {
        "sekunden",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "jahrzehnt",
        "abend",
        "morgen",
        "nacht",
        "mittag",
        "vormittag",
        "nachmittag",
        "wochenende",
    }
)


def _time_phrase(span: Span2, sents: Sequence[Sentence]) -> bool:
    sent = sentence_of(sents, span[0])
    if sent is None:
        return False
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    if i is None or j is None:
        return False
    nouns = [k for k in range(i, j + 1) if sent.toks[k].tag in _NOUN_TAGS]
    return (
        bool(nouns)
        and (sent.lower[nouns[0]] in _TIME_NOUNS or _temporal(sent.lower[nouns[0]]))
        and not any(sent.toks[k].tag == "NE" and not _temporal(sent.lower[k]) for k in nouns)
    )


def _complement_as_subject(a: Attr, sents: Sequence[Sentence]) -> bool:
    """A verb frame's speaker after the verb that starts with a preposition or an object article
    (`X sprachen von einer Abwahl`, `warnte den Minister`): an object, not the subject."""
    if a.speaker is None or a.parent is not None:
        return False
    found = _finite_cue(a, sents)
    if found is None:
        return False
    sent, k = found
    i = token_at(sent, a.speaker[0])
    return (
        i is not None
        and i > k
        and (
            sent.toks[i].tag in ("APPR", "APPRART")
            or sent.lower[i] in _OBJECT_ARTICLES
            and sent.toks[i - 1].tag not in ("APPR", "APPRART")  # `heißt es in dem Bericht`
            and not any(sent.lower[p] in _HEISSEN for p in range(k, i))
        )
    )


def _impersonal_source(a: Attr, sents: Sequence[Sentence]) -> Span2 | None:
    """`..., hieß es vom Sprecher X`, `heißt es dazu in einer Erklärung`, `In X heißt es:`:
    the phrase after the preposition next to `heißt es` names the source."""
    found = _cue_sentence(a, sents, 0)
    if found is None:
        return None
    cue, sent = found
    k = next(
        (p for c in cue if (p := token_at(sent, c[0])) is not None and sent.lower[p] in _HEISSEN),
        None,
    )
    if k is None:
        return None
    j = k + 1
    while j < len(sent.toks) and (sent.lower[j] == "es" or sent.toks[j].tag in _SKIP_TAGS):
        j += 1
    if j + 1 < len(sent.toks) and sent.lower[j] in _SOURCE_PREPS and not sent.in_quote[j]:
        end = j + 1
        while end < len(sent.toks) and sent.toks[end].tag in _NP_TAGS | {"APPR", "APPRART"}:
            end += 1
        end = _cut(sent, j + 1, end, [])
        if end > j + 1 and _nominal_region(sent, j + 1, end):
            return sent.span(j + 1, end)
    start = sent.clause_start(k)
    if start < k - 1 and sent.lower[start] in _SOURCE_PREPS and _nominal_region(sent, start + 1, k):
        return sent.span(start + 1, k)
    return None


_SUBORDINATE = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})


def _missing_subject(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """The subject of a verb frame that the frame rules left without one: the nominal
    Vorfeld after adverbs (`Wie schon die WHO sagte`, `Einzig Sony gab bekannt`), a name the
    NER stage found there, or the noun phrase right after the finite verb (`Im Vorfeld hatte
    das Komitee betont`, `erklärten nur die Gefängnisse`)."""
    found = _finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if any(sent.lower[x] in _PASSIVE for x in range(k, min(k + 4, len(sent.toks)))):
        return None  # passive: the subject is no speaker
    a0 = k
    while a0 > 0 and (
        not sent.is_boundary(a0 - 1)
        or sent.toks[a0 - 1].start in sent.quote_starts
        and not _long_quote(sent, a0 - 1)
    ):
        a0 -= 1  # a short quoted name is part of the Vorfeld (`Wie die „Aktion X“ mitteilte`)
    while a0 < k and (sent.toks[a0].tag in _SKIP_TAGS or sent.toks[a0].tag == "PWAV"):
        if _name_from(sent, a0, k, names):
            break
        a0 += 1
    e0 = k
    while e0 > a0 + 1 and sent.toks[e0 - 1].tag in _SKIP_TAGS and not sent.in_quote[e0 - 1]:
        e0 -= 1  # `Wie X heute mitteilte`: adverbs before the verb are no part of X
    if a0 > 0 and sent.toks[a0 - 1].start in sent.quote_starts and not _long_quote(sent, a0 - 1):
        a0 -= 1  # `„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an`
    if (
        a0 < e0
        and (_nominal_region(sent, a0, e0) or _name_from(sent, a0, e0, names))
        and sent.lower[a0] not in _OBJECT_ARTICLES
    ):
        return sent.span(a0, e0)
    late = _verb_final_subject(sent, a0, e0, k)
    if late is not None:
        return late  # `..., in dem er verlangte`, `..., da die Partei angekündigt hatte`
    for p in range(e0 - 1, a0, -1):
        # `..., und das FBI seinerseits versprach`: the subject after a coordinating
        # conjunction (or after a missing full stop: `... Gesetzes Die Universität hatte`)
        new_clause = sent.toks[p - 1].tag == "KON" or (
            sent.toks[p].tag == "ART" and sent.is_cap(p) and sent.toks[p - 1].tag == "NN"
        )
        if (
            new_clause
            and sent.toks[p].tag in ("ART", "PPOSAT", "PDAT", "NE")
            and sent.lower[p] not in _OBJECT_ARTICLES
            and _nominal_region(sent, p, e0)
            and not any(sent.toks[x].tag in _SUBORDINATE for x in range(a0, p))
        ):
            return sent.span(p, e0)
    if a0 == k and k > 2 and sent.toks[k - 1].text == ",":
        listed = _comma_pieces(sent, k - 1)
        if listed is not None:
            return listed  # `X, Fraktionschefin von Y, kritisierte:`
    # an object or adverbial Vorfeld (`Im Vorfeld hatte ...`): the subject follows the verb
    b0 = k + 1
    while b0 < len(sent.toks) and (
        sent.toks[b0].tag in _SKIP_TAGS or sent.lower[b0] in ("sich", "es")
    ):
        b0 += 1
    b1 = b0
    while b1 < len(sent.toks) and not sent.is_boundary(b1) and sent.toks[b1].tag not in _VERB_TAGS:
        if sent.toks[b1].tag in ("APPR", "APPRART") and b1 > b0:
            break
        b1 += 1
    if (
        b0 < b1
        and _nominal_region(sent, b0, b1)
        and sent.lower[b0] not in _OBJECT_ARTICLES
        and (
            a0 == k  # no Vorfeld: `Wie mitteilte die Stadt`, `..., erklärten nur die Gefängnisse`
            or any(sent.toks[x].tag == "NE" for x in range(b0, b1))
            or any(sent.toks[b0].start <= s and e <= sent.toks[b1 - 1].end for s, e in names)
        )
    ):
        return sent.span(b0, b1)  # a named subject after the verb
    return None


def _comma_pieces(sent: Sentence, comma: int) -> Span2 | None:
    """`X, Fraktionschefin von Y,` before the verb: a name and its apposition, each a nominal
    piece between commas, the first one opening the sentence or clause.  A relative clause or
    an adjective phrase right before the verb is skipped (`X, der am Montag in Y war, sagte`,
    `X, zuständig für Z, hatte angekündigt`)."""
    end = comma
    first = None
    last = comma
    for _ in range(3):
        start = raw = sent.clause_start(end)
        while start < end and sent.toks[start].tag in _SKIP_TAGS:
            start += 1
        if first is None and _parenthetical(sent, raw, end):
            last = raw - 1  # the subject ends before this piece's comma
        elif _nominal_region(sent, start, end):
            first = start
        else:
            break
        if raw >= 2 and sent.toks[raw - 1].text == ",":
            end = raw - 1
            continue
        break
    if first is None or first == sent.clause_start(comma) or first >= last:
        return None  # one piece only: `Die Regierung, sagte` is no apposition frame
    if last < comma and sent.clause_start(first) != 0:
        return None  # `..., X, der ..., sagte`: X may be an object of the clause before
    return sent.span(first, last)


def _parenthetical(sent: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` insert a relative clause (`der am Montag in Y war`, `bei dem ...`) or
    an adjective phrase (`zuständig für das US-Geschäft`) between a subject and its verb."""
    if a >= b or any(sent.in_quote[k] for k in range(a, b)):
        return False
    tags = [sent.toks[k].tag for k in range(a, b)]
    relative = tags[0] == "PRELS" or (
        tags[0] in ("APPR", "APPRART") and len(tags) > 1 and tags[1] in ("PRELS", "PRELAT")
    )
    if relative:
        return tags[-1] in _VERB_TAGS or sent.toks[b - 1].tag == "PTKVZ"
    return tags[0] == "ADJD" and not any(t in _VERB_TAGS for t in tags)


def _verb_final_subject(sent: Sentence, a0: int, e0: int, k: int) -> Span2 | None:
    """The subject right after the subordinator of a verb-final clause (`da die PDM
    angekündigt hatte`, `in dem er verlangte`): a personal pronoun or a noun phrase."""
    s = a0
    while s < e0 and sent.toks[s].tag in ("APPR", "APPRART") and s + 1 < e0:
        s += 1
    opener = ("KOUS", "PRELS", "PRELAT", "PWAV")
    if s < e0 and sent.toks[s].tag in opener:
        s += 1
    elif not (s > 0 and s == a0 and sent.toks[s - 1].tag in opener):
        return None  # (`wie er sagt`: `wie` was skipped before)
    if sent.toks[s - 1].tag == "PRELAT" and s < e0 and sent.toks[s].tag == "NN":
        s += 1  # `in dessen Folge das Gericht festgestellt hatte`
    while s < e0 and sent.toks[s].tag in _SKIP_TAGS:
        s += 1
    after = k + 1
    while after < len(sent.toks) and sent.toks[after].tag in ("VAFIN", "VMFIN", "VAINF", "VVINF"):
        after += 1
    if (
        after < len(sent.toks)
        and not sent.is_boundary(after)
        and sent.toks[after].text not in ".!?"
    ):
        return None  # the verb does not end its clause
    if s >= e0:
        return None
    if sent.toks[s].tag == "PPER" and sent.lower[s] not in ("es", "ihm", "ihr", "ihnen"):
        return sent.span(s, s + 1)
    end = s
    while end < e0 and sent.toks[end].tag in _NP_TAGS:
        end += 1
    end = _cut(sent, s, end, [])
    if end > s and _nominal_region(sent, s, end) and sent.lower[s] not in _OBJECT_ARTICLES:
        return sent.span(s, end)
    return None


def _finite_cue(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence and token index of the finite verb among the cue words."""
    found = _cue_sentence(a, sents, -1)
    if found is None:
        return None
    cue, sent = found
    positions = [p for c in cue if (p := token_at(sent, c[0])) is not None]
    k = next((p for p in positions if sent.toks[p].tag in _FINITE_TAGS), None)
    if k is None:
        # `„BBC News“ berichtet, dass`, `Wie X berichtet,`: a finite verb tagged as participle
        k = next((p for p in positions if sent.toks[p].tag == "VVPP"), None)
    if k is None or sent.in_quote[k]:
        return None
    start = sent.clause_start(k)
    aux = next(
        (
            x
            for x in range(start, k)
            if sent.toks[x].tag in ("VAFIN", "VMFIN") and not sent.in_quote[x]
        ),
        None,
    )
    if aux is not None:
        return sent, aux  # `X hatte sich erhofft`: the auxiliary is the finite verb
    if sent.toks[k].tag == "VVPP" and any(
        sent.toks[x].tag in _FINITE_TAGS for x in range(start, k)
    ):
        return None
    return sent, k


def _vorfeld_name(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`Holmqvist sagte dazu am Abend`: a Vorfeld that is exactly a name the NER stage found
    is the subject, also when the tagger missed the name and the frame rules took a phrase
    after the verb."""
    if a.speaker is None or a.parent is not None:
        return None
    found = _finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if a.speaker[0] < sent.toks[k].end:
        return None
    a0 = k
    while a0 > 0 and not sent.is_boundary(a0 - 1):
        a0 -= 1
    if a0 < k and _name_from(sent, a0, k, names) and sent.toks[a0].tag not in _NOUN_TAGS:
        return sent.span(a0, k)
    return None


def _name_from(sent: Sentence, a: int, b: int, names: list[Span2]) -> bool:
    """A name found by the NER stage fills tokens ``[a, b)`` (`Milinkewitsch sagte`, even
    when the tagger read it as an adverb)."""
    return any(s == sent.toks[a].start and e == sent.toks[b - 1].end for s, e in names)
