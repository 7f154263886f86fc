"""A person quoted through a medium goes on speaking through it (session 19).

Once an article has said that a medium or report quotes someone, the person's further words in
the same paragraph reach the article the same way, even when the sentence does not repeat it:

- `Im HRW-Bericht wird ein Augenzeuge zitiert. Seiner Darstellung zufolge ereignete sich … .
  Laut diesem Zeugen hat es … gegeben.` → both claims of the witness via the report
  (:func:`citing_sentence`: a passive `zitiert` without a content of its own, the medium in
  an `in`/`im` or `von` phrase, the person as the passive subject);
- `Laut CNN hat Minister X verkündet, … . „…“, wird X zitiert. Die Entscheidung wolle er …
  überlassen.` → the minister's claim relayed by CNN opens the scope; the quotation after it
  is his too and goes on through CNN.

A later claim belongs to the quoted person when its speaker phrase shares a noun or name with
the phrase that introduced the person (`diesem Zeugen` ~ `ein Augenzeuge`: a compound ending
in the noun counts; `Die Aktivistin` ~ `Hilda Morales, eine Aktivistin …`), or is a pronoun or
possessive (`er`, `Seiner Darstellung`) right after one of the person's claims.  The scope ends
with the paragraph; claims with a relay of their own, claims inside another claim's content
(their chain is :func:`newsgraph.claims.stage._via`'s) and free indirect speech continuing a
frame (it inherits that frame's relay) are left alone.  Each claim relayed by a citing sentence
gets a record-only claim of the medium over its content (cue: the `zitiert`), as for `unter
Berufung auf` (:mod:`.citation_relays`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .citation_relays import relay_claim
from .frames import FREE_KINDS, Attr, Sentence, Span2
from .relay_chains import medium_word
from .speaker_spans import sentence_of
from .text import Unit
from .token_view import PASSIVE_FINITE

#: prepositions naming where (`im Bericht`) or by whom (`von der Zeitung`) someone is quoted
_PLACE = frozenset({"in", "im"})
_AGENT = frozenset({"von", "vom"})
#: nouns of a text that quotes people (also as the head of a compound: `HRW-Bericht`)
_TEXTS = ("bericht", "artikel", "meldung", "mitteilung", "beitrag", "reportage", "interview")
#: personal and possessive pronouns a later speaker phrase may open with
_PRONOUN_TAGS = frozenset({"PPER", "PPOSAT", "PDS"})
_NOUN_TAGS = frozenset({"NN", "NE"})


@dataclass
class _Scope:
    """Who is quoted (``person``: the phrase introducing them), through which claim or medium
    phrase, from which sentence, in which paragraph."""

    person: Span2
    unit: int
    paragraph: int
    via: Attr | None = None  # the medium's claim (a relayed claim opened the scope)
    medium: Span2 | None = None  # the medium's phrase (a citing sentence opened the scope)
    cue: Span2 | None = None


def scoped_relays(
    attrs: list[Attr], sents: Sequence[Sentence], units: Sequence[Unit], relayed: dict[int, Attr]
) -> dict[int, Attr]:
    """Claims (by ``id``) of a quoted person later in the paragraph, each mapped to the claim
    that relays them; record-only claims of a citing sentence's medium join ``attrs``."""
    claims = sorted(
        (a for a in attrs if a.parent is None and not a.record_only and a.parts and a.unit >= 0),
        key=lambda a: a.start,
    )
    scopes = _relay_scopes(claims, relayed, units) + _citing_scopes(attrs, sents, units)
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for scope in scopes:
        for c in _person_claims(scope, claims, sents, units):
            if id(c) in relayed or id(c) in out or c is scope.via:
                continue
            if c.kind in FREE_KINDS and c.source_cue:
                continue  # it inherits the relay of the frame it continues
            if _inside_other(c, attrs):
                continue
            if scope.via is not None:
                if not c.cue or _quoted_passive(c, sents):
                    # `„…“, wird X zitiert` after `Laut CNN hat X …`, and a quotation going on
                    out[id(c)] = scope.via
            elif scope.medium is not None and scope.cue is not None:
                relay = relay_claim(c, [scope.cue], scope.medium)
                added.append(relay)
                out[id(c)] = relay
    attrs.extend(added)
    return out


def _person_claims(
    scope: _Scope, claims: list[Attr], sents: Sequence[Sentence], units: Sequence[Unit]
) -> list[Attr]:
    """The claims after the scope's sentence in its paragraph whose speaker is the person."""
    out = []
    nouns = _nouns(scope.person, sents)  # the person's, read once for all claims
    last_was_person = scope.via is None  # a citing sentence names the person last
    for c in claims:
        if c.unit <= scope.unit:
            continue
        if units[c.unit].paragraph != scope.paragraph:
            break
        person = c.speaker is not None and _refers(c.speaker, nouns, sents, last_was_person)
        last_was_person = person
        if person:
            out.append(c)
    return out


def _relay_scopes(
    claims: list[Attr], relayed: dict[int, Attr], units: Sequence[Unit]
) -> list[_Scope]:
    """A scope for each claim with a known speaker that another claim relays: one of the
    other rules found the relay, or the claim's cue lies in the other's content (`Laut CNN
    hat X verkündet, …`)."""
    out = []
    for a in claims:
        via = relayed.get(id(a)) or _enclosing(a, claims)
        if via is None or a.speaker is None:
            continue
        if via.speaker is not None and via.speaker == a.speaker:
            continue
        out.append(_Scope(a.speaker, a.unit, units[a.unit].paragraph, via=via))
    return out


def _enclosing(a: Attr, claims: list[Attr]) -> Attr | None:
    """The innermost other claim of a direct or indirect content with a speaker that holds
    the cue of ``a``."""
    if not a.cue:
        return None
    anchor = a.cue[0][0]
    around = [
        o
        for o in claims
        if o is not a and o.kind in ("Direct", "Indirect") and o.speaker and o.covers(anchor)
    ]
    return min(around, key=lambda o: o.end - o.start, default=None)


def _quoted_passive(c: Attr, sents: Sequence[Sentence]) -> bool:
    """The cue of ``c`` is a passive `zitiert` (`„…“, wird X zitiert`)."""
    sent = sents[c.unit]
    ks = [k for span in c.cue for k in sent.indices_in(*span)]
    return any(sent.lower[k] == "zitiert" for k in ks) and any(
        sent.lower[k] in PASSIVE_FINITE for k in range(len(sent.toks))
    )


def _citing_scopes(
    attrs: list[Attr], sents: Sequence[Sentence], units: Sequence[Unit]
) -> list[_Scope]:
    """A scope for each citing sentence (:func:`citing_sentence`) that frames no claim."""
    framed = {a.unit for a in attrs if a.parent is None}
    out = []
    for i, sent in enumerate(sents):
        if i in framed or sent.lex.language != "de" or sent.quotes:
            continue
        found = citing_sentence(sent)
        if found is not None:
            person, medium, cue = found
            out.append(_Scope(person, i, units[i].paragraph, medium=medium, cue=cue))
    return out


def citing_sentence(sent: Sentence) -> tuple[Span2, Span2, Span2] | None:
    """(person, medium, cue) spans of `Im Bericht X wird Y zitiert.`, `In einem Artikel der
    Zeitung wird Y, eine Aktivistin, zitiert.`, `Y wurde von der Zeitung X zitiert.`: a main
    clause `werden` … `zitiert` ending the sentence, the medium in an `in`/`im` phrase holding a
    text or medium noun or a `von` phrase, the person the other noun phrase of the clause."""
    toks, low = sent.toks, sent.lower
    end = len(toks) - 1 if toks and toks[-1].text in ".!" else len(toks)
    if end < 3 or low[end - 1] != "zitiert":
        return None
    aux = next(
        (k for k in range(1, end - 1) if low[k] in PASSIVE_FINITE and sent.is_finite(k)), None
    )
    if aux is None:
        return None
    cue = sent.span(end - 1, end)
    before, after = (0, aux), (aux + 1, end - 1)
    for lo, hi in (before, after):
        found = _medium_in(sent, lo, hi)
        if found is None:
            continue
        p, medium = found
        person = _person_phrase(sent, lo, p) if p > lo else None
        if person is None:
            person = _person_phrase(sent, *(after if lo == before[0] else before))
        if person is not None:
            return sent.span(*person), sent.span(*medium), cue
    return None


def _medium_in(sent: Sentence, lo: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    """(preposition, medium tokens) of the `in`/`im`/`von` phrase that opens the field
    ``lo``–``hi`` or closes it (no comma after it) and names a medium or a text (`im
    HRW-Bericht`, `in einem … veröffentlichten Artikel`, `von der Zeitung X`).  A name that
    the phrase says the text appeared on or in is the medium (`in einem auf news.bbc.co.uk
    veröffentlichten Artikel` → `news.bbc.co.uk`)."""
    p = next((k for k in range(lo, hi - 1) if sent.lower[k] in _PLACE | _AGENT), None)
    if p is None or (p > lo and any(sent.toks[k].text == "," for k in range(p, hi))):
        return None
    words = [sent.lower[k] for k in range(p + 1, hi) if sent.toks[k].tag in _NOUN_TAGS]
    if not words:
        return None
    if not any(medium_word(w) or w.endswith(_TEXTS) for w in words) and sent.lower[p] in _PLACE:
        return None  # `in Berlin`; `von Spiegel Online` names who quotes
    return p, _name_inside(sent, p + 1, hi) or (p + 1, hi)


def _name_inside(sent: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The name after an `auf`/`bei` inside the phrase ``lo``–``hi`` (quotation marks around
    it left out)."""
    for k in range(lo, hi - 1):
        if sent.lower[k] not in ("auf", "bei"):
            continue
        j = k + 1
        while j < hi and not sent.toks[j].text.strip("'\"„“”‚‘’"):
            j += 1
        start = j
        while j < hi and (sent.toks[j].tag == "NE" or "." in sent.toks[j].text.strip(".")):
            j += 1
        if j > start:
            return start, j
    return None


def _person_phrase(sent: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The field ``lo``–``hi`` without trailing commas, when it holds a noun or name."""
    while hi > lo and sent.toks[hi - 1].text in ",;":
        hi -= 1
    if hi <= lo or not any(sent.toks[k].tag in _NOUN_TAGS for k in range(lo, hi)):
        return None
    return lo, hi


def _refers(
    speaker: Span2, person: set[str], sents: Sequence[Sentence], last_was_person: bool
) -> bool:
    """The speaker phrase names the quoted person (``person``: the nouns of the phrase that
    introduced them, :func:`_nouns`): a shared noun or name, a noun its head noun's compound
    ends in, or a pronoun right after one of the person's claims."""
    if _first_tag(speaker, sents) in _PRONOUN_TAGS:
        # `er`, `Seiner Darstellung zufolge`, `Ihren Angaben nach`: right after the person's
        # claim, with no other name before it in its sentence
        return last_was_person and not _name_before(speaker, sents)
    return any(_same_noun(word, t) for word in _nouns(speaker, sents) for t in person)


def _same_noun(word: str, other: str) -> bool:
    """Two lower-case nouns or names are one: equal, or ``other`` a compound ending in
    ``word`` without its case ending (`zeugen` ~ `augenzeuge`)."""
    if word == other:
        return True
    stems = {word, word[:-1] if word.endswith(("n", "s")) else word}
    if word.endswith(("en", "es")):
        stems.add(word[:-2])
    return any(len(s) >= 4 and other.endswith(s) for s in stems)


def _name_before(span: Span2, sents: Sequence[Sentence]) -> bool:
    sent = sentence_of(sents, span[0])
    return sent is not None and any(
        t.tag == "NE" and t.end <= span[0] and not sent.in_quote[k] for k, t in enumerate(sent.toks)
    )


def _nouns(span: Span2, sents: Sequence[Sentence]) -> set[str]:
    """The nouns and names of a phrase, lower case, without the nouns of source phrases that
    name no one (`Angaben`, `Worten`, `Darstellung`)."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return set()
    return {
        sent.lower[k]
        for k in sent.indices_in(*span)
        if sent.toks[k].tag in _NOUN_TAGS
        and (
            sent.lex.is_source_noun(sent.toks[k].text)
            or not sent.lex.is_cue_noun(sent.toks[k].text)
        )
    }


def _first_tag(span: Span2, sents: Sequence[Sentence]) -> str:
    sent = sentence_of(sents, span[0])
    ks = sent.indices_in(*span) if sent is not None else []
    return sent.toks[ks[0]].tag if sent is not None and ks else ""


def _inside_other(c: Attr, attrs: list[Attr]) -> bool:
    """The claim's cue (or speaker) lies in another claim's content."""
    anchor = c.anchor[0]
    return any(
        o is not c and o.parent is None and not o.record_only and o.covers(anchor) for o in attrs
    )
