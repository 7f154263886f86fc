"""The ``claims`` stage: who said what, through whom, when, and how sure the article is.

It reads tokens (POS, ``Mood=Sub``) from the ``nlp`` stage, entity mentions and clusters from
``entities``/``resolve`` and time expressions from ``times`` when those ran, and degrades to its
own tokenizer and lexicons otherwise.  It writes ``article.claims`` and, for evaluation and
later stages, the layer ``claims.attributions``: one :class:`Found` per attribution with every
content part, cue part and the speaker span as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar

from ..doc import Doc, Token
from ..pipeline import BaseStage
from ..record import Claim
from .citation_relays import (
    citation_relays,
    continued_citations,
    inserted_relays,
    wonach_relays,
)
from .colon_frames import attitude_colon_quotes, idle_colon_frames
from .cue_extent import extend_cues
from .dated_futures import dated_future
from .datelines import after_datelines, dateline_spans
from .denial_contexts import denied_by_context
from .direct_quotes import (
    back_pointed_quotes,
    colon_quotes_with_trailing_frames,
    continued_quotes,
    drop_quoted_names,
    interrupted_quotes,
    one_frame_per_quote,
    quotation_lists,
    quote_first_frames,
    quoted_contents,
)
from .discourse import article_attributions
from .english_discourse import cited_relays, clip_speakers, english_article_attributions
from .english_frames import english_stance
from .english_text import english_said, english_tokens, number_sentence_starts
from .foreign_contents import connective_contents
from .frames import FREE_KINDS, Attr, Sentence, Span2
from .learned_sources import learned_relays
from .lexicon import Lexicon, load_lexicon
from .quoted_media import quoted_relays
from .quoted_terms import framed_partial_quotes, governed_quotes
from .relay_chains import continued_relays
from .relay_scopes import scoped_relays
from .said_occasions import said_occasion
from .said_times import claim_said
from .speaker_records import Speaker
from .speaker_sources import refine_speakers
from .speakers import resolve_speakers
from .stance import claim_stance, indictment_source
from .text import Quote, Unit, find_quotes, split_units, tokens_for
from .trailing_continuations import trailing_continuations
from .unit_boundaries import repaired_units
from .unsourced_claims import unsourced_claims
from .worded_quotes import worded_quotes

LAYER = "claims.attributions"
_FORM = {
    "Direct": "direct",
    "Indirect": "indirect",
    "Reported": "reported",
    "FreeIndirect": "free_indirect",
    "IndirectFreeIndirect": "free_indirect",
}
_EN_WORDS = re.compile(r"\b(the|and|said|was|were|has|have|of|to|that|with|for)\b")
_DE_WORDS = re.compile(r"\b(der|die|und|das|nicht|mit|sich|sagte|ist|von|dass|für)\b")


@dataclass(frozen=True)
class Found:
    """One attribution in german_news_quotes terms (``kind`` is that dataset's type)."""

    kind: str
    parts: tuple[Span2, ...]
    cue: tuple[Span2, ...]
    speaker: Span2 | None
    claim: str | None  # id of the record claim, None for nested partial quotes
    parent: int | None = None  # index (in the layer) of the attribution a nested quote is in


class ClaimsStage(BaseStage):
    name: ClassVar[str] = "claims"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "entities", "times")
    provides: ClassVar[tuple[str, ...]] = ("claims",)

    def __call__(self, doc: Doc) -> None:
        claims, found = analyse(doc)
        doc.layers[LAYER] = found
        doc.update(claims=claims)


def article_language(doc: Doc) -> str:
    lang = doc.article.language
    if lang and lang != "und":
        return lang
    sample = doc.text[:4000].lower()
    return "en" if len(_EN_WORDS.findall(sample)) > len(_DE_WORDS.findall(sample)) else "de"


def analyse(doc: Doc) -> tuple[tuple[Claim, ...], tuple[Found, ...]]:
    """Claims and attribution details of one document."""
    lex = load_lexicon(article_language(doc))
    datelines = dateline_spans(doc)  # (read once: sentence units and speaker resolution)
    tokens, quotes, units = _units(doc, lex.language, datelines)
    sents = [Sentence(tokens[u.tok_start : u.tok_end], quotes, lex, i) for i, u in enumerate(units)]
    content = [doc.article.is_content(u.start, u.end) for u in units]
    if lex.language == "en":
        attrs = english_article_attributions(sents, units, content, doc.text)
    else:
        attrs = article_attributions(sents, units, content)
    for a in attrs:
        if _in_title(doc, a.start):
            # `Opposition spricht von Betrug` as the headline: a claim of the record; the
            # quotation schemes annotate the article's reporting, not its headline
            a.record_only = True
    attrs = drop_quoted_names(attrs, sents)
    attrs = idle_colon_frames(attrs, sents)
    attrs = colon_quotes_with_trailing_frames(attrs, sents)
    attrs = quotation_lists(attrs, sents)
    attrs = quoted_contents(attrs, sents)  # `Seiner Ansicht nach „…“.`
    attrs = continued_quotes(attrs, sents)
    attrs = back_pointed_quotes(attrs, sents)
    attrs = quote_first_frames(attrs, sents)
    attrs = one_frame_per_quote(interrupted_quotes(attrs, sents))
    attrs = framed_partial_quotes(attrs, sents)  # `…, ein „…“, erklärte X`
    attrs = governed_quotes(attrs, sents, content)
    attrs = worded_quotes(attrs, sents, content)
    attrs = trailing_continuations(attrs, sents)  # `…, sagte X, ihre „…“.`
    attrs = connective_contents(attrs, sents)  # `..., und X rief auf, ...`
    attrs = after_datelines(attrs, sents, doc.text)  # `Berlin (dpa) - …` is no part of a content
    refine_speakers(attrs, sents, list(doc.mentions))
    if lex.language == "en":
        clip_speakers(attrs, doc.text)  # a name mention over the cue (`Starmer said Britain`)
    relayed = quoted_relays(attrs, sents)  # `X zitierte Y mit den Worten …`: Y via X
    if lex.language == "en":
        relayed.update(cited_relays(attrs, doc.text))  # `X reported, citing Y`: Y via X
    else:
        relayed.update(citation_relays(attrs, sents))  # `unter Berufung auf Y`: Y via X
        relayed.update(learned_relays(attrs, sents))  # `wie X aus Y erfuhr`: Y via X
        relayed.update(inserted_relays(attrs, sents))  # `X sagte laut Y, …`: X via Y
        relayed.update(wonach_relays(attrs, sents))  # `X bestätigte die Befunde des Y, wonach`
        relayed.update(continued_relays(attrs, sents))  # a medium's report continued
        relayed.update(continued_citations(attrs, relayed))  # … and its cited source with it
        relayed.update(scoped_relays(attrs, sents, units, relayed))  # Y goes on through X
    speakers = resolve_speakers(doc, attrs, lex, sents, datelines)
    attitude_colon_quotes(attrs, sents)
    extend_cues(attrs, sents)
    claims, found = _records(doc, attrs, speakers, sents, relayed)
    return claims + unsourced_claims(doc, sents, content, attrs, len(claims)), found


def _in_title(doc: Doc, offset: int) -> bool:
    """The character at ``offset`` lies in the article's title block."""
    return any(b.kind == "title" and b.start <= offset < b.end for b in doc.article.blocks)


def _units(
    doc: Doc, language: str, datelines: list[tuple[int, int]]
) -> tuple[list[Token], list[Quote], list[Unit]]:
    """The tokens, quotations and quote-aware sentence units the rules read (``datelines``:
    :func:`.datelines.dateline_spans` of the document)."""
    tokens = tokens_for(doc)
    starts = frozenset(s.start for s in doc.sentences)
    if language == "en":
        # the rules read English word forms directly; German-trained tags would mislead them;
        # `'...'`/`"..."` are read as `‘...’`/`“...”`, `2019.` is split, and `rose to 12.
        # Officials said ...` starts a sentence
        plain = [Token(t.start, t.end, t.text) for t in tokens]
        text, tokens = english_tokens(doc.text, plain)
        quotes = find_quotes(text, tokens)
        starts |= number_sentence_starts(tokens)
        return tokens, quotes, split_units(text, tokens, quotes, starts)
    quotes = find_quotes(doc.text, tokens)
    # a dateline is a unit of its own: `Bern - Der Bundesrat will …` opens with the subject
    starts |= {e for _, e in datelines}
    units = split_units(doc.text, tokens, quotes, starts)
    return tokens, quotes, repaired_units(doc.text, tokens, units, quotes)


def _records(
    doc: Doc,
    attrs: list[Attr],
    speakers: list[Speaker],
    sents: list[Sentence],
    relayed: dict[int, Attr],
) -> tuple[tuple[Claim, ...], tuple[Found, ...]]:
    """Record claims and layer entries; ``relayed`` maps a quoted person's attribution (by
    ``id``) to the attribution of the medium that quotes it (its ``via``)."""
    art = doc.article
    ids: list[str | None] = []
    n = 0
    for a in attrs:
        if a.parent is None:
            n += 1
            ids.append(f"c{n}")
        else:
            ids.append(None)
    claims: list[Claim] = []
    found: list[Found] = []
    layer_index: dict[int, int] = {}
    identities = [_identity(sp) for sp in speakers]
    for idx, (a, sp) in enumerate(zip(attrs, speakers, strict=True)):
        if not a.record_only:
            parent = layer_index.get(id(a.parent)) if a.parent is not None else None
            layer_index[id(a)] = len(found)
            found.append(Found(a.kind, tuple(a.parts), tuple(a.cue), a.speaker, ids[idx], parent))
        cid = ids[idx]
        if cid is None:
            continue
        sent = sents[a.unit]
        cue = _main_cue(a, sent)
        if sent.lex.language == "en":
            stance, evidence = english_stance(
                a, sent, _cue_words(a, sent), _inner_contents(a, attrs)
            )
        else:
            stance, evidence = claim_stance(
                a,
                sent,
                _cue_words(a, sent),
                _inner_contents(a, attrs),
                _content_sentences(a, sents),
            )
        if stance == "reported" and (denial := denied_by_context(a, sp, attrs, speakers, doc)):
            stance, evidence = "denied", denial  # `X wies die Vorwürfe zurück. …, sagte er.`
        if (
            stance == "reported"
            and sent.lex.language == "de"
            and (charge := indictment_source(a, doc.text))
        ):
            stance, evidence = "alleged", charge  # `Laut Anklage lockte er …`
        if stance == "reported" and sent.lex.language == "de" and (ahead := dated_future(doc, a)):
            stance, evidence = "future", ahead  # `erhöht den Preis ab dem 1. März`
        form = "mixed" if a.mixed and a.kind == "Indirect" else _FORM[a.kind]
        medium = relayed.get(id(a))
        via = (
            ids[attrs.index(medium)]
            if medium is not None
            else _via(a, attrs, ids, idx, doc.text, sent.lex, identities, relayed)
        )
        occasion: Span2 | None = None
        if sent.lex.language == "en":
            said = english_said(doc, a, sent)
        else:
            said = claim_said(doc, a, sents)
            occasion = said_occasion(doc, a, sents) if said is None else None
        if a.kind == "Direct" and len(a.parts) > 1:
            contents = list(a.parts)
        else:
            contents = [(a.parts[0][0], a.parts[-1][1])]
        for k, (s, e) in enumerate(contents):
            claims.append(
                Claim(
                    id=cid if k == 0 else f"{cid}.{k + 1}",
                    content=art.span(s, e),
                    form=form,  # type: ignore[arg-type]
                    stance=stance,  # type: ignore[arg-type]
                    speaker=sp.entity,
                    speaker_text=sp.text,
                    cue=art.span(*cue) if cue else None,
                    said=said,
                    occasion=art.span(*occasion) if occasion else None,
                    via=via,
                    evidence=tuple(art.span(x, y) for x, y in evidence),
                )
            )
    return _relay_times(claims), tuple(found)


def _relay_times(claims: list[Claim]) -> tuple[Claim, ...]:
    """A cited source's claim relayed with the same content (`Der Sender NOS berichtete am
    Mittwoch unter Berufung auf Justizkreise, …`, `Wie AFP am Mittwoch aus Diplomatenkreisen
    erfuhr, …`) and no time of its own was said by the time the relay reports it."""
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        relay = by_id.get(c.via) if c.via else None
        if c.said is None and relay is not None and relay.said and relay.content == c.content:
            c = replace(c, said=relay.said)
        out.append(c)
    return tuple(out)


def _content_sentences(a: Attr, sents: list[Sentence]) -> list[Sentence]:
    """The sentences other than the cue's that the content of ``a`` runs through."""
    start, end = a.parts[0][0], a.parts[-1][1]
    return [
        s
        for i, s in enumerate(sents)
        if i != a.unit and s.toks and s.toks[0].start < end and start < s.toks[-1].end
    ]


def _inner_contents(a: Attr, attrs: list[Attr]) -> list[Span2]:
    """Contents of the claims reported inside ``a`` (their cue lies in its content, their
    content is a part of it): `Y habe bekanntgegeben, dass ...` inside `X berichtete, ...`."""
    out: list[Span2] = []
    for b in attrs:
        if b is a or b.parent is not None or not b.parts or b.parts == a.parts:
            continue
        anchor = (b.cue or b.frame_cue or [(-1, -1)])[0][0]
        if a.covers(anchor) and all(a.covers(s) for s, _ in b.parts):
            out.extend(b.parts)
    return out


def _cue_words(a: Attr, sent: Sentence) -> list[Span2]:
    """The lexical cue words (`wies`, `zurück`), without `wie` and auxiliaries."""
    parts = a.cue or a.frame_cue
    out = []
    for s, e in parts:
        word = "".join(t.text for t in sent.toks if s <= t.start and t.end <= e).lower()
        if word in ("wie", "as") or (word in sent.lex.aux and len(parts) > 1):
            continue
        out.append((s, e))
    return out or list(parts[:1])


def _main_cue(a: Attr, sent: Sentence) -> Span2 | None:
    """The first lexical cue word that is a verb (`gestellt` of `hatte … in Aussicht gestellt`,
    `geplant` of `es ist geplant`), else the first one (`laut`, `Vorwurf`)."""
    words = _cue_words(a, sent)
    verbs = [
        w
        for w in words
        if (k := sent.index_at(w[0])) is not None and sent.toks[k].tag.startswith("V")
    ]
    first = verbs or words
    return first[0] if first else None


def _identity(sp: Speaker) -> str | None:
    """Who a resolved speaker is, to tell a claim of the same speaker from a relay: the entity,
    else the words of a phrase of several words (`einen Bericht der Zeitung`, resolved from a
    `wonach` after it and from the phrase itself); a pronoun or one word tells nobody apart."""
    if sp.entity is not None:
        return sp.entity
    words = (sp.text or "").split()
    return " ".join(words).lower() if len(words) > 1 else None


def _via(
    a: Attr,
    attrs: list[Attr],
    ids: list[str | None],
    idx: int,
    text: str = "",
    lex: Lexicon | None = None,
    entities: list[str | None] | None = None,
    relayed: dict[int, Attr] | None = None,
) -> str | None:
    """The relay of the claim of ``a``: :func:`_enclosing_claim`, else, for free indirect
    speech without a cue of its own, the relay of the frame it continues (`Laut dieser Studie
    würden …` after `Wie die Agentur meldete, liege ihr eine Studie vor`, then `Besonders
    betroffen seien …`: the study's words keep reaching the article through the agency);
    ``relayed`` holds the relays found by the other rules (by ``id``)."""
    own = _enclosing_claim(a, attrs, ids, idx, text, lex, entities, relayed)
    if own is not None or a.cue or a.frame_cue or not a.source_cue or a.kind not in FREE_KINDS:
        return own
    k = next(
        (
            j
            for j, b in enumerate(attrs)
            if b is not a and b.parent is None and b.cue == a.source_cue
        ),
        None,
    )
    if k is None or attrs[k].unit > a.unit:
        return None
    medium = (relayed or {}).get(id(attrs[k]))
    if medium is not None and medium in attrs:
        return ids[attrs.index(medium)]
    return _enclosing_claim(attrs[k], attrs, ids, k, text, lex, entities, relayed)


def _enclosing_claim(
    a: Attr,
    attrs: list[Attr],
    ids: list[str | None],
    idx: int,
    text: str = "",
    lex: Lexicon | None = None,
    entities: list[str | None] | None = None,
    relayed: dict[int, Attr] | None = None,
) -> str | None:
    """The innermost other claim whose content holds this claim's cue (or speaker).  When two
    contents hold each other's cues, a `wie` frame holds the source phrase of its main clause
    (`Wie die Zeitung berichtete, soll laut einer Studie …`: the study via the newspaper).  A
    claim of the same speaker (``entities``: :func:`_identity` of each attribution's speaker)
    relays nothing: `Seinen Angaben zufolge hat der Minister erklärt, …`; nor does a claim that
    ``relayed`` (by ``id``) says this one relays."""
    anchor = a.anchor
    own = entities[idx] if entities else None
    best: tuple[int, int] | None = None
    for j, other in enumerate(attrs):
        if j == idx or ids[j] is None or other.parent is not None:
            continue
        if own is not None and entities is not None and entities[j] == own:
            continue  # the speaker's own word
        if relayed and relayed.get(id(other)) is a:
            continue  # a claim this one relays cannot relay it back
        if other.kind in ("FreeIndirect", "IndirectFreeIndirect", "Reported"):
            continue
        if other.speaker is None:
            continue  # `Zudem wird kritisiert, dass …`: nobody relays what no one is said to say
        if text[other.speaker[0] : other.speaker[1]].lower().startswith("eigen"):
            continue  # `Nach eigener Aussage will er …`: the speaker's own word, no relay
        if other.cls == "deny":
            continue  # `Das wurde von der Polizei bestritten.`: a denial passes nothing on
        if not other.covers(anchor[0]):
            continue
        if lex and _parallel_sources(a, other, text, lex):
            continue  # `laut X … darunter laut Y …`: two sources side by side, no relay
        mutual = a.covers((other.cue or [(-1, -1)])[0][0])
        if mutual and text and lex and _wie_frame(other, text) and _source_phrase(a, text, lex):
            mutual = False
        if not mutual:
            size = other.end - other.start
            if (
                best is None
                or size < best[0]
                or (size == best[0] and _deeper(other, attrs[best[1]]))
            ):
                best = (size, j)
    return ids[best[1]] if best is not None else None


def _parallel_sources(a: Attr, other: Attr, text: str, lex: Lexicon) -> bool:
    """Both claims name their source by a preposition (`laut`, `zufolge`, `nach Angaben`) in
    one sentence (`Die Zahl stieg laut Angaben der Behörden auf 384, darunter laut der UNO 62
    Zivilisten`; `Quellen zufolge handelt es sich laut der Zeitung um …`): two sources side by
    side; a relay is a source telling what another one said (`Laut Reuters sagte X`)."""
    if not (_prep_source(a, text, lex) and _prep_source(other, text, lex)):
        return False
    here = (a.cue or [a.speaker or a.parts[0]])[0][0]
    there = (other.cue or [other.speaker or other.parts[0]])[0][0]
    between = text[min(here, there) : max(here, there)]
    return not re.search(r"(?<!\d)[.!?]\s|\n", between)  # `bis zum 3. Mai` ends no sentence


def _prep_source(a: Attr, text: str, lex: Lexicon) -> bool:
    """The claim's source is a prepositional phrase: its cue is a preposition of source, or,
    without a cue, its speaker phrase follows one (free indirect speech lent `laut X`)."""
    if a.cue:
        return _source_phrase(a, text, lex)
    if a.speaker is None:
        return False
    before = text[max(0, a.speaker[0] - 12) : a.speaker[0]].split()
    return bool(before) and lex.is_source_prep(before[-1])


def _wie_frame(a: Attr, text: str) -> bool:
    """`Wie X berichtete, …`: the speaker phrase follows a clause-opening `wie`."""
    return (
        a.speaker is not None
        and text[max(0, a.speaker[0] - 5) : a.speaker[0]].strip().lower() == "wie"
    )


def _source_phrase(a: Attr, text: str, lex: Lexicon) -> bool:
    """The cue is a preposition of source before or after its source (`laut X`, `X zufolge`,
    `nach Angaben`; the lexicon's `preps`, not the pronominal adverbs `demnach`/`wonach`), or
    a cue phrase the lexicon marks as a preposition (`prep`: `according to`, `aus Sicht`)."""
    if not a.cue:
        return False
    first = text[a.cue[0][0] : a.cue[0][1]]
    if first.lower() in lex.preps:
        return lex.is_source_prep(first)
    words = tuple(w.lower() for s, e in a.cue for w in text[s:e].split())
    return any(p.prep is not None and p.words == words for p in lex.phrases)


def _deeper(a: Attr, b: Attr) -> bool:
    """Of two claims with the same content, ``a`` is reported inside ``b``: `Die Agentur
    berichtete, der Präsident habe nach Angaben seines Büros angekündigt, …` (the office's
    claim lies in the agency's, the president's announcement in the office's)."""
    cue = a.cue or a.frame_cue
    return bool(cue) and b.covers(cue[0][0]) and not a.covers((b.cue or [(-1, -1)])[0][0])


__all__ = ["LAYER", "ClaimsStage", "Found", "analyse"]
