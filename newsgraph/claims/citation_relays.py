"""Sources a German frame cites (coverage round, session 9): `berichtete die Zeitung unter
Berufung auf Regierungskreise`, `meldete die Agentur unter Berufung auf Diplomaten, …`,
`Wie die Zeitung unter Berufung auf Ermittler berichtet, …`; and (session 10,
:func:`wonach_relays`) a frame whose object a `wonach` clause belongs to: `Das Institut
bestätigte die Befunde des Amts, wonach …`, `Die Welle zitiert aus der Zeitung Y, wonach …`
(the clause reports the object's source, through the frame's subject).

The medium reports what it was told: the cited source says the same content, and the
medium's claim relays it.  Each such source becomes a record-only claim (the german_news_quotes
layer has no place for it) with the medium's content and form, the cue `unter Berufung auf`,
the source noun phrase as speaker, and ``via`` = the medium's claim.  The stage gives it the
``said`` time of the medium's report (session 18; :func:`newsgraph.claims.stage._relay_times`):
the source said it by then at the latest, and the blind german_quotes gold dates it so.  (The
German twin of the English `citing` relays, :func:`newsgraph.claims.english_discourse.cited_relays`.)

The phrase must stand in the frame, outside the medium's content; the source phrase runs from
after `auf` to the first comma, colon, semicolon, dash, bracket, quotation mark, finite verb or
`dass`/`ob`, and must hold a noun (`unter Berufung darauf` cites nothing).
"""

from __future__ import annotations

from .complement_limits import relative_document
from .frame_shapes import TELLING_VERBS
from .frames import FREE_KINDS, Attr, Sentence
from .source_phrases import relative_source
from .token_view import Span2

#: the prepositional phrases by which a frame names the source it relies on
_CITING = (("unter", "berufung", "auf"), ("mit", "berufung", "auf"), ("unter", "bezug", "auf"))
_STOP_WORDS = frozenset({"dass", "daß", "ob", "wonach", "wie", "sowie", "zufolge"})
_STOP_PUNCT = frozenset({",", ":", ";", "–", "—", "(", ")", "„", "“", '"', ".", "!", "?"})


def relay_claim(a: Attr, cue: list[Span2], speaker: Span2) -> Attr:
    """A record-only claim over ``a``'s content (its form and parts) by the source at
    ``speaker`` that relays it or is relayed through it (cue class ``cite``: no time of its own)."""
    return Attr(
        kind=a.kind,
        parts=list(a.parts),
        cue=cue,
        cls="cite",
        speaker=speaker,
        unit=a.unit,
        record_only=True,
    )


def citation_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """New record-only attributions of the sources cited by `unter Berufung auf X`, each
    mapped (by ``id``) to the attribution of the medium that relays it; ``attrs`` grows by
    them (appended, so the other claims keep their ids)."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.parent is not None or a.record_only or not a.parts or a.unit < 0:
            continue
        if a.kind not in ("Direct", "Indirect", "Reported"):
            continue  # free indirect speech has no frame
        sent = sents[a.unit]
        if sent.lex.language != "de" or not (a.cue or a.frame_cue):
            continue
        telling = a.kind == "Reported"
        for start, end in _cited_phrases(sent):
            s0 = sent.toks[start].start
            if a.covers(s0) != telling:
                # inside the content: another frame's citation; reported speech spans its
                # frame, so there the phrase must lie inside
                continue
            if not _nearest_frame(a, attrs, s0):
                continue
            src = _source_phrase(sent, end)
            if src is not None and telling:
                src = _before_told(sent, src, a)
            if src is None:
                continue
            # no time of its own: when the source spoke is not told
            relay = relay_claim(a, [sent.span(start, end)], sent.span(*src))
            added.append(relay)
            out[id(relay)] = a
            break
    attrs.extend(added)
    return out


def _before_told(sent: Sentence, src: tuple[int, int], a: Attr) -> tuple[int, int] | None:
    """`berichtete unter Berufung auf die Feuerwehr von sechs Toten`: in reported speech by a
    verb of telling the source phrase ends before the last `von`/`über` in it, which opens
    what was told; None for other verbs or without such a preposition (`forderte unter
    Berufung auf X eine Untersuchung`: where the source ends is not told)."""
    lemmas = {sent.toks[k].lemma.lower() for k in sent.indices_of(a.frame_cue or a.cue)}
    if not lemmas & TELLING_VERBS:
        return None
    cut = [k for k in range(src[0] + 1, src[1]) if sent.lower[k] in ("von", "über")]
    if not cut or not any(sent.is_cap(k) for k in range(src[0], cut[-1])):
        return None
    return src[0], cut[-1]


def _cited_phrases(sent: Sentence) -> list[tuple[int, int]]:
    """(first token, token after `auf`) of each citing phrase outside quotations."""
    out: list[tuple[int, int]] = []
    low = sent.lower
    for k in range(len(sent.toks) - 2):
        if sent.in_quote[k]:
            continue
        if tuple(low[k : k + 3]) in _CITING:
            out.append((k, k + 3))
    return out


def _nearest_frame(a: Attr, attrs: list[Attr], offset: int) -> bool:
    """``a`` is the frame the phrase belongs to: of the frames of its sentence it has the cue
    nearest to the phrase."""

    def distance(b: Attr) -> int:
        cue = b.cue or b.frame_cue
        return min(abs(s - offset) for s, _ in cue) if cue else 1 << 30

    rivals = [
        b
        for b in attrs
        if b.unit == a.unit and b.parent is None and not b.record_only and (b.cue or b.frame_cue)
    ]
    best = min(rivals, key=distance)
    return best is a


def _source_phrase(sent: Sentence, i: int) -> tuple[int, int] | None:
    """The noun phrase from token ``i`` to the first stop; None without a noun in it."""
    j = i
    while j < len(sent.toks):
        text = sent.toks[j].text
        if text in _STOP_PUNCT or sent.lower[j] in _STOP_WORDS:
            break
        if j > i and sent.is_finite(j) and not _attributive(sent, j):
            break
        if j > i and sent.toks[j].tag in ("VVPP", "VVINF") and sent.lex.verb_matches(text):
            break  # `hatte unter Berufung auf Parteikreise berichtet, …`
        j += 1
    while j > i and sent.lower[j - 1] in ("und", "oder", "sowie"):
        j -= 1
    if j <= i or not any(sent.is_cap(k) for k in range(i, j)):
        return None
    return i, j


def _attributive(sent: Sentence, j: int) -> bool:
    """The word at ``j`` that the tagger read as a finite verb is an attributive participle
    inside the noun phrase (`zwei mit der Angelegenheit vertraute Sicherheitsbeamte`): lower
    case, no verb of saying, a common noun right after it."""
    tok = sent.toks[j]
    return (
        tok.text[:1].islower()
        and not sent.lex.verb_matches(tok.text)
        and j + 1 < len(sent.toks)
        and sent.toks[j + 1].tag == "NN"
    )


def wonach_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`X bestätigte die Befunde des Y, wonach …` (or `…, nach denen …`; `X zitiert eine
    Erklärung des Y, in der es heißt, …`): the `wonach` clause is Y's claim (its cue is
    `wonach`, its speaker the noun phrase before it); X, the subject of a verb of saying or
    citing in second position before that noun phrase, relays it.  A record-only attribution
    of X with the same content (cue: the verb) is added to ``attrs`` and mapped (by ``id`` of
    Y's attribution) to it: the ``via`` of Y's claim."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.parent is not None or a.record_only or not a.parts or not a.cue or a.unit < 0:
            continue
        sent = sents[a.unit]
        if sent.lex.language != "de" or a.speaker is None:
            continue
        w = sent.index_at(a.cue[0][0])
        if w is None or not (_wonach(sent, w) or _in_which(sent, w, a.speaker)):
            continue
        verb = next(
            (
                k
                for k, t in enumerate(sent.toks)
                if t.end <= a.speaker[0] and sent.is_finite(k) and sent.lex.verb_matches(t.text)
            ),
            None,
        )
        if verb is None or verb < 1 or sent.clause_start(verb) != 0:
            continue
        if not all(sent.is_word(k) or sent.in_quote[k] for k in range(verb)):
            continue  # the Vorfeld must be one noun phrase (`Das Institut`, `Die Zeitung „X“`)
        if not any(sent.toks[k].tag in ("NN", "NE") for k in range(verb)):
            continue
        if sent.toks[0].tag in ("APPR", "APPRART", "ADV"):
            continue  # an adverbial in the Vorfeld (`Am Sonntag gab X`, `Für 2002 gibt es`)
        # when the relaying frame spoke: the sentence's time stays with Y
        relay = relay_claim(a, [sent.span(verb, verb + 1)], sent.span(0, verb))
        added.append(relay)
        out[id(a)] = relay
    attrs.extend(added)
    return out


def _wonach(sent: Sentence, w: int) -> bool:
    """The cue at ``w`` is `wonach` or its relative form after a text (`Studien, nach denen …`:
    :func:`.source_phrases.relative_source`)."""
    return sent.lower[w] == "wonach" or (sent.lower[w] == "nach" and relative_source(sent, w))


def _in_which(sent: Sentence, w: int, speaker: Span2) -> bool:
    """The speaker phrase is the text of an `in der es heißt` clause holding the cue at ``w``
    (:func:`.complement_limits.relative_document`), and the verb's object (`zitiert eine
    Erklärung der Behörde, in der es heißt, …`)."""
    first = sent.index_at(speaker[0])
    if first is not None and first > 0 and sent.toks[first - 1].tag in ("APPR", "APPRART"):
        return False  # `forderte das Verbot nach einer Erklärung, in der …`: no object quoted
    return relative_document(sent, w) == speaker


def inserted_sources(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """`Ein Vertreter sagte laut KCNA, das Land werde …`: a source preposition between a leading
    verb frame and its complement relays that frame's claim: it reports the same complement,
    not the whole sentence with the frame (german_news_quotes annotates both claims over the
    complement: `bestätigte X laut Reuters, dass …`).  ``attrs`` are changed in place and
    returned."""
    for a in attrs:
        if a.record_only or not _leading_frame(a, sents):
            continue
        for b in attrs:
            if b.kind != "Indirect" or b.record_only or not b.covers(a.cue[0][0]):
                continue
            if _inserted_source(a, b, sents[a.unit]):
                b.parts = list(a.parts)
    return attrs


def _leading_frame(a: Attr, sents: list[Sentence]) -> bool:
    """``a`` is a top-level Indirect claim whose cue stands before its content."""
    return (
        a.kind == "Indirect"
        and a.parent is None
        and bool(a.cue)
        and a.cue[-1][1] <= a.start
        and 0 <= a.unit < len(sents)
    )


def _inserted_source(a: Attr, b: Attr, sent: Sentence) -> bool:
    """``b`` is another claim of ``a``'s sentence whose cue is a source preposition between the
    cue of ``a`` and its content (`sagte laut KCNA, …`)."""
    if b is a or b.unit != a.unit or not b.cue or not a.cue[-1][1] <= b.cue[0][0] < a.start:
        return False
    k = sent.index_at(b.cue[0][0])
    return k is not None and sent.lex.is_source_prep(sent.lower[k])


def inserted_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """The frames (by ``id``) whose claim a source preposition inserted after their verb relays
    (`X sagte laut KCNA, …`: X's claim via KCNA's; :func:`inserted_sources` gave both the
    same complement)."""
    out: dict[int, Attr] = {}
    for a in attrs:
        if not _leading_frame(a, sents):
            continue
        for b in attrs:
            if b.parts == a.parts and _inserted_source(a, b, sents[a.unit]):
                out[id(a)] = b
    return out


def continued_citations(attrs: list[Attr], relayed: dict[int, Attr]) -> dict[int, Attr]:
    """`Yonhap berichtete unter Berufung auf den NIS, … . Darunter seien auch Techniker.`: the
    free indirect speech that goes on with the medium's report passes on the cited source's words
    too; a record-only claim of that source over it (relayed by the continuation) joins ``attrs``
    for every such sentence.  ``relayed`` maps the cited claims (by ``id``) to the medium's."""
    cited = [(c, relayed[id(c)]) for c in attrs if c.cls == "cite" and id(c) in relayed]
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for c, medium in cited:
        if c.speaker is None or not medium.cue:
            continue
        for f in attrs:
            if f.kind not in FREE_KINDS or f.record_only:
                continue
            if f.parent is not None or f.speaker != medium.speaker or f.unit <= medium.unit:
                continue
            if f.source_cue != medium.cue:
                continue
            relay = relay_claim(f, list(c.cue), c.speaker)
            added.append(relay)
            out[id(relay)] = f
    attrs.extend(added)
    return out
