"""`zitieren` frames: the medium that quotes and the person quoted are both sources.

`Ein Sender zitierte X mit den Worten: „...“`, `„...“, zitiert die Zeitung Y X`, `X wird von
der Zeitung Y mit den Worten zitiert`, `In der Meldung auf der Website wird X wie folgt
zitiert: „...“` (a medium or text in the Vorfeld): german_news_quotes annotates the quotation twice, once
per source; the record keeps both claims, the person's reported through (``via``) the
medium's.  A name, a role noun and a name after the verb are medium and person
(`„...“, zitiert ndr.de Polizeisprecher Ralf Meyer`).  The order of the pair follows the
dataset's majority (person first in an active frame, medium first in a passive one); its
annotators are not consistent there, and a pair of identical quotations is aligned by order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import FREE_KINDS, Attr, Sentence, Span2
from .speaker_spans import (
    _DETERMINERS,
    _NOUN_TAGS,
    _NP_TAGS,
    _extend_back,
    in_long_quote,
    nominal_region,
    sentence_of,
    token_at,
)
from .token_view import PASSIVE_FORMS


def quoted_twins(attrs: list[Attr], sents: Sequence[Sentence]) -> list[tuple[Attr, Attr]]:
    """`Ein Sender zitierte X mit den Worten: „...“`, `X wird von der Zeitung Y zitiert`: the
    quotation has two sources, the medium that quotes and the person quoted (german_news_quotes
    annotates both).  Inserts the second attribution into ``attrs`` in the dataset's order
    (the quoted person first in an active frame, the medium first in a passive one) and returns
    the ``(person, medium)`` pairs: the person's claim is reported through the medium's."""
    pairs: list[tuple[Attr, Attr]] = []
    k = 0
    while k < len(attrs):
        a = attrs[k]
        found = _twin(a, sents) if a.parent is None and not a.record_only else None
        if found is not None:
            person, medium = found
            passive = person is a
            attrs[k : k + 1] = [medium, person] if passive else [person, medium]
            pairs.append((person, medium))
            k += 1
        k += 1
    return pairs


def quoted_relays(attrs: list[Attr], sents: Sequence[Sentence]) -> dict[int, Attr]:
    """The quoted person's claims of :func:`quoted_twins`, by ``id``, each reported through
    the medium's claim.  Also the person's: a partial quotation inside either twin, the
    indirect speech going on after the frame (`X zitierte Y mit den Worten, …` + free indirect
    speech with X's frame as its source) and the partial quotations inside that speech."""
    twins = quoted_twins(attrs, sents)
    relayed = {id(person): medium for person, medium in twins}
    for person, medium in twins:
        for b in attrs:
            if b.parent is person or b.parent is medium:
                # a partial quotation inside is the quoted person's words
                b.parent, b.speaker = person, person.speaker
            elif (
                b.kind in FREE_KINDS
                and medium.cue
                and b.source_cue == medium.cue
                and b.speaker == medium.speaker
            ):
                # the indirect speech going on after `X zitierte Y mit den Worten, …` is still
                # Y's, reported through X
                b.speaker = person.speaker
                relayed[id(b)] = medium
        for c in attrs:  # and the partial quotations inside that speech
            if c.parent is not None and relayed.get(id(c.parent)) is medium:
                c.speaker = person.speaker
    return relayed


def _twin(a: Attr, sents: Sequence[Sentence]) -> tuple[Attr, Attr] | None:
    """``(person, medium)`` attributions of a `zitieren` frame (one of them is ``a``)."""
    if a.kind not in ("Direct", "Indirect") or not a.cue:
        return None
    sent = sentence_of(sents, a.cue[-1][0])
    if sent is None:
        return None
    k = next(
        (
            p
            for c in a.cue
            if (p := token_at(sent, c[0])) is not None and sent.lower[p].startswith("zitier")
        ),
        None,
    )
    if k is None:
        return None
    start = k
    while (
        start > 0 and sent.toks[start - 1].text not in ",:;" and not in_long_quote(sent, start - 1)
    ):
        start -= 1
    aux = next((x for x in range(start, k) if sent.lower[x] in PASSIVE_FORMS), None)
    if aux is not None:
        agent = next((x for x in range(aux + 1, k) if sent.lower[x] in ("von", "vom")), None)
        if agent is None:
            return _quoted_in(a, sent, aux, k)
        if sent.toks[agent - 1].tag in _NOUN_TAGS:
            return None
        end = _np_run(sent, agent + 1, k)
        if end <= agent + 1:
            return None
        medium = sent.span(agent + 1, end)
        if a.speaker is None or a.speaker == medium or a.speaker[0] >= sent.toks[agent].start:
            person = _subject_of_passive(sent, aux)
            if person is None:
                return None
            a.speaker = person
        return a, Attr(a.kind, list(a.parts), list(a.cue), a.cls, medium, a.unit)
    if a.speaker is None:
        _impersonal_quote(a, sent, k)
        return None
    first = token_at(sent, a.speaker[0])
    last = token_at(sent, a.speaker[1] - 1)
    if first is None or last is None:
        return None
    vorfeld = sent.clause_start(k)
    if first == k + 1 and vorfeld < k and nominal_region(sent, vorfeld, k):
        # `Ein Sender zitierte X mit den Worten:` read with X as the subject
        person = a.speaker
        a.speaker = sent.span(vorfeld, k)
    elif first > k:  # `„...“, zitiert die Zeitung X Lynch`: medium and person after the verb
        split = _np_run(sent, first, last + 1)
        if split > last and last + 1 < len(sent.toks) and sent.lower[last + 1] in _ACCUSATIVE:
            # `„...“, zitiert Welt-Online den Minister`: the object after the medium
            split, last = last + 1, _np_run(sent, last + 1, len(sent.toks)) - 1
        if split > last:
            # `„...“, zitiert ndr.de Polizeisprecher Ralf Meyer`: a name, then a role noun
            # opening the person's name
            split = _role_after_name(sent, first, last + 1)
        if split > last or split <= first:
            return None
        person_end = _np_run(sent, split, last + 1)
        if person_end <= split:
            return None
        a.speaker = sent.span(first, split)
        person = sent.span(split, person_end)
    else:  # `Der Sender zitierte X mit den Worten`
        end = _np_run(sent, k + 1, len(sent.toks))
        if end <= k + 1:
            return None
        end = _genitive_attribute(sent, end)  # `einen Sprecher des Außenministeriums`
        person = sent.span(k + 1, end)
    # the dataset gives the quoted person no cue; the record keeps the medium's as its evidence
    quoted = Attr(a.kind, list(a.parts), [], a.cls, person, a.unit)
    quoted.frame_cue = list(a.cue)
    return quoted, a


def _role_after_name(sent: Sentence, first: int, end: int) -> int:
    """Start of `Polizeisprecher Ralf Meyer` in `ndr.de Polizeisprecher Ralf Meyer`: a common
    noun right after a name, followed by a name of its own (``end`` when there is none)."""
    for p in range(first + 1, end - 1):
        if (
            sent.toks[p - 1].tag == "NE"
            and sent.toks[p].tag == "NN"
            and sent.toks[p].text[0].isupper()
            and not sent.in_quote[p]
            and any(sent.toks[x].tag == "NE" for x in range(p + 1, end))
        ):
            return p
    return end


#: determiners of an accusative object (the person a medium quotes)
_ACCUSATIVE = frozenset({"den", "einen", "diesen", "seinen", "ihren"})


def _quoted_in(a: Attr, sent: Sentence, aux: int, k: int) -> tuple[Attr, Attr] | None:
    """`„...“ wird der Trainer im Fachblatt „X“ zitiert`: a passive `zitieren` without a
    `von` agent names the medium with `in`/`im` (a medium noun or a quoted name after it); the
    subject is the person quoted."""
    place = next(
        (x for x in range(aux + 1, k) if sent.lower[x] in ("in", "im") and not sent.in_quote[x]),
        None,
    )
    if place is None:
        return _quoted_in_vorfeld(a, sent, aux, k)
    end = _np_run(sent, place + 1, k)
    if end <= place + 1 or not (
        any(_medium_word(sent, x) for x in range(place + 1, end))
        or sent.toks[end - 1].start in sent.quote_starts
        or sent.in_quote[end - 1]
    ):
        return None
    medium = sent.span(place + 1, end)
    person = _passive_subject(sent, aux, place)
    if person is None:
        return None
    a.speaker = person
    return a, Attr(a.kind, list(a.parts), list(a.cue), a.cls, medium, a.unit)


def _quoted_in_vorfeld(a: Attr, sent: Sentence, aux: int, k: int) -> tuple[Attr, Attr] | None:
    """`In der Meldung auf der Website wird X wie folgt zitiert: „...“`: an `in` phrase filling
    the Vorfeld of a passive `zitieren` whose first noun is a medium or a text (`Meldung`,
    `Interview`) is the quoting medium (with its attributes up to the auxiliary); the subject
    after the auxiliary is the person quoted."""
    start = sent.clause_start(aux)
    if aux - start < 2 or sent.lower[start] not in ("in", "im") or sent.in_quote[start]:
        return None
    head = next((x for x in range(start + 1, aux) if sent.toks[x].tag in _NOUN_TAGS), None)
    if head is None or sent.in_quote[head] or sent.toks[head].tag != "NN":
        return None
    if not (_medium_word(sent, head) or sent.toks[head].text in sent.lex.nouns):
        return None
    if any(sent.is_finite(x) or sent.toks[x].text in ",;:" for x in range(start + 1, aux)):
        return None
    end = _np_run(sent, aux + 1, k)
    if end <= aux + 1:
        return None
    # the dataset lists the person first here; as in an active frame the person has no cue
    a.speaker = sent.span(start + 1, aux)
    quoted = Attr(a.kind, list(a.parts), [], a.cls, sent.span(aux + 1, end), a.unit)
    quoted.frame_cue = list(a.cue)
    return quoted, a


def _medium_word(sent: Sentence, x: int) -> bool:
    """A noun naming a medium, also as a compound head (`Fachblatt`, `Nachrichtenmagazin`)."""
    low = sent.lower[x]
    return sent.toks[x].tag == "NN" and any(n.lower() in low for n in sent.lex.agency_nouns)


def _passive_subject(sent: Sentence, aux: int, limit: int) -> Span2 | None:
    """The subject of a passive `zitieren`: before the auxiliary, or right after it when a
    quotation opens the sentence (`„...“ wird der Trainer ... zitiert`)."""
    if aux > 0 and (sent.in_quote[aux - 1] or sent.toks[aux - 1].text in '“”"»«'):
        end = _np_run(sent, aux + 1, limit)
        return sent.span(aux + 1, end) if end > aux + 1 else None
    return _subject_of_passive(sent, aux)


def _impersonal_quote(a: Attr, sent: Sentence, k: int) -> None:
    """`„...“, zitierte man X vom Sender Y`: with the impersonal `man` as subject, the person
    after it is the source of the quotation (with a `von` attribute naming where X works)."""
    if k + 2 >= len(sent.toks) or sent.lower[k + 1] != "man":
        return
    end = _np_run(sent, k + 2, len(sent.toks))
    if end <= k + 2 or not any(sent.toks[x].tag == "NE" for x in range(k + 2, end)):
        return
    if end + 1 < len(sent.toks) and sent.lower[end] in ("von", "vom"):
        attr_end = _np_run(sent, end + 1, len(sent.toks))
        if attr_end > end + 1:
            end = attr_end
    a.speaker = sent.span(k + 2, end)


def _genitive_attribute(sent: Sentence, end: int) -> int:
    """End of the quoted person's phrase ending at ``end`` with the genitive attribute after it
    (`zitierte einen Sprecher des Außenministeriums mit den Worten`): a `des`/`der` phrase that
    reaches the `mit` of the frame or the end of the clause."""
    if end >= len(sent.toks) or sent.lower[end] not in ("des", "der"):
        return end
    after = _np_run(sent, end, len(sent.toks))
    if after > end + 1 and (after >= len(sent.toks) or sent.lower[after] in ("mit", ",", ":")):
        return after
    return end


def _np_run(sent: Sentence, i: int, limit: int) -> int:
    """End of the noun phrase at ``i``: article, adjectives, nouns and names, a short quoted
    name; a name after a quoted name begins the next phrase (`die „Zeitung“ Lynch`)."""
    j = i
    seen_noun = False
    while j < limit:
        tok = sent.toks[j]
        if tok.start in sent.quote_starts:
            quote = next(q for q in sent.quotes if q.start == tok.start)
            if quote.words > 4:
                break
            while j < limit and sent.toks[j].start < quote.end:
                j += 1
            seen_noun = True
            if j < limit and sent.toks[j].tag == "NE":
                break
            continue
        if tok.tag not in _NP_TAGS or sent.in_quote[j]:
            break
        if seen_noun and tok.tag in _DETERMINERS:
            break
        seen_noun = seen_noun or tok.tag in _NOUN_TAGS
        j += 1
    return j if seen_noun else i


def _subject_of_passive(sent: Sentence, aux: int) -> Span2 | None:
    """`X, Sprecher von Y, wird ... zitiert` (before the auxiliary) or `wird X zitiert`."""
    end = aux - 1 if aux > 0 and sent.toks[aux - 1].text == "," else aux
    if end > 0 and not sent.is_boundary(end - 1):
        start = sent.clause_start(end)
        if nominal_region(sent, start, end):
            return sent.span(_extend_back(sent, start, end, []), end)
        return None
    after = _np_run(sent, aux + 1, len(sent.toks))
    return sent.span(aux + 1, after) if after > aux + 1 else None
