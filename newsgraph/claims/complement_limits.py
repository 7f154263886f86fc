"""Limits of indirect complements, used by :mod:`.attribution` after the frame's comma: where
a complement begins when commas set off more of the frame after its speaker (an adjunct or
apposition: `sagte X, Y, gegenüber der BBC, dass ...`; a relative clause of the frame: `schrieb
X in einer Erklärung, die ... veröffentlicht wurde, sie wolle ...`); a Konjunktiv frame inside
another claim's content is part of that content (`X sagte, er hoffe, dass ...`); the document
that sources an agentless passive or impersonal frame in a relative clause (`eine Stelle aus dem
Bericht, in der davon berichtet wird, dass ...`, `eine Erklärung, in der es heißt, ...`); the
content of a source frame inside a noun phrase (`darunter laut X 62 Zivilisten`)."""

from __future__ import annotations

from .complement_heads import COMPLEMENTIZERS, adverbial_insertion, pronoun_konjunktiv
from .complements import _PHRASE_TAGS, _SUBJECT_OPENERS
from .frames import Attr, Sentence, Span2
from .token_view import PASSIVE_FINITE, SEIN_FINITE


def complement_start(sent: Sentence, start: int, end: int) -> int:
    """Where a complement after the frame's comma really begins: past the rest of the frame
    that commas set off after the speaker, when a complement of its own follows it (`sagte X,
    Y, gegenüber der BBC, dass ...`, `verkündete X, kurz „DFB“, dann offiziell, dass ...`,
    `schrieb X in einer Erklärung, die ... veröffentlicht wurde, sie wolle ...`, `schrieb X in
    der „Y“, einem Boulevardblatt, die Lage sei ...`).  A skipped stretch is verbless or a
    relative clause (or `wie` insertion) closed by its finite verb; what follows it opens with
    `dass`/`ob` or with a subject whose clause is in Konjunktiv."""
    if not sent.toks[start].tag:
        return start
    k = start
    relative_only = True
    while k < end:
        if sent.lower[k] in COMPLEMENTIZERS:
            return k
        comma = next(
            (j for j in range(k + 1, end) if sent.toks[j].text == "," and not sent.in_quote[j]),
            None,
        )
        if comma is None or comma + 1 >= end:
            return start
        rest = _frame_rest(sent, k, comma)
        if rest is None:
            return start
        relative_only = relative_only and rest
        nxt = comma + 1
        if (
            sent.lower[nxt] in COMPLEMENTIZERS
            or konjunktiv_clause(sent, nxt, end)
            or pronoun_konjunktiv(sent, nxt)
        ):
            return nxt
        if relative_only and _zu_segment(sent, nxt, end) and not _adjective_predicate(sent, comma):
            return nxt  # `beschloss der Pilot, der ... fliegt, die Maschine notzulanden`
        k = nxt
    return start




def _adjective_predicate(sent: Sentence, comma: int) -> bool:
    """The clause before ``comma`` ends in a predicate that takes a zu-infinitive (`die fähig
    sind, …`, `die in der Lage ist, …`): the infinitive after the comma is the predicate's."""
    if comma < 2 or sent.lower[comma - 1] not in SEIN_FINITE:
        return False
    return sent.toks[comma - 2].tag == "ADJD" or sent.lower[comma - 2] == "lage"


def _zu_segment(sent: Sentence, k: int, end: int) -> bool:
    stop = next((j for j in range(k, end) if sent.toks[j].text == ","), end)
    return stop - 1 > k and (
        sent.toks[stop - 1].tag == "VVIZU" or sent.toks[stop - 2].tag == "PTKZU"
    )


def _frame_rest(sent: Sentence, k: int, comma: int) -> bool | None:
    """``[k, comma)`` can belong to the frame: a relative clause or `wie` insertion ending in
    its finite verb (True), or a verbless phrase (`gegenüber der BBC`, `einem Boulevardblatt`;
    False); None when it cannot (a clause of its own, a quotation)."""
    if any(sent.in_quote[j] for j in range(k, comma)) and not _quoted_names_only(sent, k, comma):
        return None
    if adverbial_insertion(sent, k, comma):
        return False  # `sagte, nachdem er … besucht hatte, die Lage sei ernst`
    if not any(sent.is_finite(j) for j in range(k, comma)):
        if sent.toks[k].tag in ("KON", "KOUS", "PWS", "PWAV", "PWAT", "PPER") or any(
            sent.toks[j].tag.startswith("V") or sent.toks[j].tag == "PTKZU" for j in range(k, comma)
        ):
            return None  # `zu prüfen, ob ...`, `langsam gefahren, es habe ...`
        return False
    rel = k + 1 if sent.toks[k].tag in ("APPR", "APPRART") else k
    opener = sent.toks[rel].tag in ("PRELS", "PRELAT") or sent.lower[k] == "wie"
    if not opener or not sent.is_finite(comma - 1) or sent.is_subjunctive(comma - 1):
        return None
    if any(
        sent.lower[j] in ("heißt", "hieß")
        or any(m.verb.complement for m in sent.lex.verb_matches(sent.lower[j]))
        for j in range(k, comma)
    ):
        return None  # `eine Erklärung, in der es heißt, dass ...`: the clause's own frame
    return True


#: how many words a quoted name inside the rest of a frame may hold (`die „Ruhr Nachrichten“`)
_NAME_WORDS = 4


def _quoted_names_only(sent: Sentence, k: int, comma: int) -> bool:
    """The quotations in ``[k, comma)`` are short names inside a phrase (`das die „Ruhr
    Nachrichten“ verlegende Medienhaus`): none opens the stretch or holds more than a few
    words; a quoted statement is no part of a frame."""
    begin, end = sent.toks[k].start, sent.toks[comma].start
    inside = [q for q in sent.quotes if begin <= q.start < end]
    return bool(inside) and all(
        q.start > begin and q.end <= end and q.words <= _NAME_WORDS for q in inside
    )


def konjunktiv_clause(sent: Sentence, k: int, end: int) -> bool:
    """A main clause at ``k`` opening with its subject whose finite verb, in second place
    after the subject phrase, is Konjunktiv (`die spanische Gesellschaft sei gespalten`).
    Any Konjunktiv counts here, also II and the first person, unlike
    :func:`.mood.reported_verb_at` (Konjunktiv I of reported speech)."""
    if sent.toks[k].tag not in _SUBJECT_OPENERS:
        return False
    stop = next((j for j in range(k, end) if sent.toks[j].text in ",;:"), end)
    verb = next((j for j in range(k + 1, stop) if sent.is_finite(j)), None)
    return (
        verb is not None
        and not sent.in_quote[verb]
        and sent.is_subjunctive(verb)
        and all(sent.toks[j].tag in _PHRASE_TAGS for j in range(k, verb))
    )


def reported_frames_inside(sent: Sentence, attrs: list[Attr]) -> None:
    """`X sagte, er hoffe, dass ...`: a frame in Konjunktiv inside another indirect claim's
    content is part of what X said; the inner claim stays in the record (reported through the
    outer one), not in the layer.  An indicative inner frame (`Laut X hat Y angekündigt, ...`)
    is a claim of its own."""
    for a in attrs:
        if a.kind != "Indirect" or a.record_only or not a.cue:
            continue
        words = [k for s, _ in a.cue if (k := sent.index_at(s)) is not None]
        verbs = [k for k in words if sent.is_finite(k)]
        if not verbs and words and words[-1] + 1 < len(sent.toks):
            after = words[-1] + 1  # `dass die Ärzte davon abgeraten hätten, ...`: verb-final
            verbs = [after] if sent.is_finite(after) and not sent.in_quote[after] else []
        infinite = (
            not verbs
            and any(sent.toks[k].tag.startswith("VV") for k in words)
            and not any(sent.lower[k] == "wie" for k in words)
            and not any(
                sent.is_finite(j)
                for j in range(sent.clause_start(words[0]), sent.clause_end(words[-1]))
            )
        )
        if not infinite and (not verbs or not sent.is_subjunctive(verbs[0])):
            continue  # (`seine Tat geplant zu haben`: a participle in an infinitive, no frame)
        cue_at = a.cue[0][0]
        if any(
            b is not a
            and b.kind == "Indirect"
            and not b.record_only
            and b.covers(cue_at)
            and b.start <= a.start
            and a.end <= b.end
            for b in attrs
        ):
            a.record_only = True


#: determiners that open a noun phrase a source frame can sit inside (`seinen laut X ...`)
_NP_DETERMINERS = frozenset(["ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"])
#: adverbs that open a noun phrase of a part of what was counted (`darunter laut X 62 Zivilisten`)
_PART_ADVERBS = frozenset(["darunter", "davon"])
#: relative pronoun forms an article reading may stand for after a comma
RELATIVE_FORMS = frozenset(["der", "die", "das", "dem", "den", "denen", "deren", "dessen"])


def noun_phrase_content(sent: Sentence, first: int, frame_end: int, ce: int) -> Span2 | None:
    """The content of a source frame ``[first, frame_end)`` that sits inside a noun phrase,
    between its determiner (or `darunter`/`davon`) and its attributive adjectives, number or
    noun (`mit seinen laut Gutachtern unerwartet geringen Spuren`, `darunter laut UNO-Angaben
    62 Zivilisten`, `gegen die ihrer Meinung nach verbreiteten Illusionen`): the source vouches
    for the rest of that noun phrase, up to the next punctuation or finite verb, not for the
    sentence around it.  None when the frame stands in a clause of its own (`die laut X im
    Lager ...`: a relative pronoun, a preposition after the frame)."""
    if first + 1 < frame_end and sent.toks[first + 1].tag == "PPOSAT":
        first += 1  # `gegen die ihrer Meinung nach ...`: the article opens the outer phrase
        possessive = True
    else:
        possessive = False
    before = first - 1
    if before < 0 or frame_end >= ce or sent.in_quote[before] or sent.in_quote[frame_end]:
        return None
    low, tag = sent.lower[before], sent.toks[before].tag
    if low in _PART_ADVERBS:
        pass
    elif tag not in _NP_DETERMINERS and not (possessive and tag == "PRELS"):
        return None
    elif low in RELATIVE_FORMS and before > 0 and sent.toks[before - 1].text in ",;:(–-":
        return None  # `..., die laut X ...`: a relative pronoun, or the article opening a clause
    k = frame_end
    while k < ce and sent.toks[k].tag in ("ADV", "ADJD") and not sent.is_finite(k):
        k += 1
    if k >= ce or sent.toks[k].tag not in ("ADJA", "CARD"):
        return None
    end = k
    while end < ce and not sent.is_boundary(end) and not sent.is_finite(end):
        end += 1
    if not any(sent.toks[j].tag in ("NN", "NE") for j in range(k, end)):
        return None
    if end < ce and sent.is_finite(end) and (end + 1 >= ce or sent.is_boundary(end + 1)):
        return None  # `in der laut X 200 Menschen leben, ...`: a verb-final clause of its own
    return sent.span(frame_end, end)


#: tags that may open the noun phrase a relative clause attaches to
_NP_OPENERS = frozenset(["ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJA", "NN", "NE"])


def relative_document(sent: Sentence, first: int) -> Span2 | None:
    """`eine Erklärung der Behörde, in der es heißt, dass ...`: an impersonal frame in a
    relative clause opened by `in` + relative pronoun reports what the document the clause
    attaches to says; that noun phrase (with its prepositional attributes: `eine Stelle aus dem
    Bericht`) is the source.  (The same for an agentless passive frame, `in dem darüber
    informiert wird`, raised train but lowered the dev speaker F1, so it is not used.)"""
    start = sent.clause_start(first)
    if (
        start < 3
        or sent.toks[start - 1].text != ","
        or sent.lower[start] != "in"
        or sent.toks[start + 1].tag not in ("PRELS", "PRELAT")
    ):
        return None
    end = sent.clause_end(first)
    if not any(sent.lower[k] in PASSIVE_FINITE or sent.lower[k] == "es" for k in range(start, end)):
        return None  # an active frame has its own subject as speaker (not `in der es heißt`)
    np_start = _np_ending_at(sent, start - 1)
    while np_start is not None and np_start > 1 and sent.toks[np_start - 1].tag == "APPR":
        outer = _np_ending_at(sent, np_start - 1)  # `eine Stelle aus [dem Bericht]`
        if outer is None:
            break
        np_start = outer
    return None if np_start is None else sent.span(np_start, start - 1)


def document_sourced(sent: Sentence, head: int, attr: Attr | None) -> Attr | None:
    """``attr`` of an impersonal frame, sourced by its document when it stands in a relative
    clause of it (`eine Erklärung, in der es heißt, dass ...`)."""
    if attr is not None and attr.speaker is None:
        attr.speaker = relative_document(sent, head)
    return attr


def _np_ending_at(sent: Sentence, end: int) -> int | None:
    """The leftmost start of a noun phrase that ends right before ``end``."""
    best = None
    k = end - 1
    while k >= 0 and sent.toks[k].tag in _NP_OPENERS and not sent.in_quote[k]:
        if sent.np_end_is(k, end):
            best = k
        k -= 1
    return best
