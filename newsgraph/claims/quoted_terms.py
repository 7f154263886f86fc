"""Quotations as the speaker's words or as names: a quoted name or title (`„Hvalur 9“`) is no
quotation; a quoted predicate (`bezeichnete X als „Wortbruch“`, `wurde als „extrem“
bezeichnet`), a quotation after a colon frame, a marked term (`so genannten „...“`) or a
quoted noun opening indirect content (`Er sagte, „No-Go-Areas“ dürfe es nicht geben`) is.
Used by :mod:`.attribution` and :mod:`.discourse`.
"""

from __future__ import annotations

from .frames import Attr, Cue, Sentence, Span2
from .quoted_names import names_or_glosses
from .token_view import PASSIVE_FORMS


def evaluation_quotes(sent: Sentence, rep: Attr, framed: list[Attr]) -> list[Attr]:
    """The quotations a reported speech act holds as the speaker's words: all of the sentence's
    when it is alone, else those in its own span outside the framed claims beside it."""
    speaker = rep.speaker or (0, 0)
    return [
        Attr("Direct", [(q.start, q.end)], list(rep.frame_cue), rep.cls, rep.speaker, sent.index)
        for q in sent.quotes
        if not (speaker[0] <= q.start < speaker[1])
        and (_predicative(sent, q.start) or not quoted_name(sent, q.start, q.end))
        and (
            not framed
            or (
                rep.start <= q.start
                and q.end <= rep.end
                and not any(a.covers(q.start) for a in framed)
            )
        )
    ]


def colon_quotes(sent: Sentence, attrs: list[Attr], pending: bool = False) -> list[Attr]:
    """`X kommentierte mit folgenden Worten: „...“`: a quotation after a colon is a direct quote
    of the colon clause's subject, also when its verb is not in the lexicon.  With ``pending``
    the sentence itself ends in the colon and the quotation follows in the next sentence."""
    out: list[Attr] = []
    targets: list[tuple[int, Span2 | None]] = []
    if pending:
        if sent.toks and sent.toks[-1].text == ":":
            targets.append((len(sent.toks) - 1, None))
    else:
        for q in sent.quotes:
            k = sent.index_at(q.start)
            if (
                k
                and sent.toks[k - 1].text == ":"
                and not any(a.covers(q.start) for a in attrs)
                and not quoted_name(sent, q.start, q.end)  # `stellte die CD vor: „Blue Sky“`
            ):
                targets.append((k - 1, (q.start, q.end)))
    for colon, quote in targets:
        start = sent.clause_start(colon)
        so_frame = _so_lead_in(sent, start, colon)
        if so_frame is not None:
            # `…, so X weiter: „...“`: the source phrase after `so` frames the quotation
            cue_span, speaker_span = so_frame
            out.append(
                Attr(
                    "Direct", [quote] if quote else [], [cue_span], "say", speaker_span, sent.index
                )
            )
            continue
        named = _named_lead_in(sent, start, colon) if quote else None
        if named is not None:
            # `…, und der Minister Max Muster: „...“`: a name listed before the colon
            out.append(Attr("Direct", [quote] if quote else [], [], "say", named, sent.index))
            continue
        trailing = _trailing_frame(sent, quote) if quote else None
        if trailing is not None:
            # `X war zufrieden: „Ein guter Start“, sagte er.`: the colon clause only leads in
            out.append(
                Attr(
                    "Direct",
                    [quote] if quote else [],
                    [trailing[0]],
                    "say",
                    trailing[1],
                    sent.index,
                )
            )
            continue
        verbs = [i for i in range(start, colon) if sent.is_finite(i) and not sent.in_quote[i]]
        if not verbs:  # `X erläutert die Hypothese, die ..., so: „...“`
            verbs = [i for i in range(0, colon) if sent.is_finite(i)][:1]
        # of coordinated clauses the one right before the colon leads in (`X skandierte …
        # und Y rief aus: „...“`); a verb without its own subject shares the first one's
        found = [(v, sent.subject(v) or sent.subject_after(v)) for v in reversed(verbs)]
        verb, speaker = next(((v, s) for v, s in found if s is not None), (None, None))
        if verb is None or speaker is None:
            continue
        cue = [sent.span(verb, verb + 1)]
        out.append(Attr("Direct", [quote] if quote else [], cue, "say", speaker, sent.index))
    return out


def _trailing_frame(sent: Sentence, quote: Span2) -> tuple[Span2, Span2] | None:
    """Cue and subject of a frame right after the quotation and a comma (`„...“, sagte er`):
    a finite speech verb of the lexicon with its subject after it."""
    last = sent.index_ending_at(quote[1])
    if last is None or last + 2 >= len(sent.toks) or sent.toks[last + 1].text != ",":
        return None
    verb = last + 2
    if not sent.is_finite(verb) or not any(
        m.verb.cls == "say" for m in sent.lex.verb_matches(sent.lower[verb])
    ):
        return None
    speaker = sent.subject_after(verb)
    return (sent.span(verb, verb + 1), speaker) if speaker is not None else None


#: adverbs that may close a `so` frame before its colon (`so X weiter:`)
_SO_ADVERBS = frozenset({"weiter", "außerdem", "zudem", "ferner", "abschließend", "dazu"})


def _so_lead_in(sent: Sentence, start: int, colon: int) -> tuple[Span2, Span2] | None:
    """Cue and speaker of a verbless `so` frame after a comma before the colon (`Die Lage sei
    ernst, so der Sprecher weiter: „...“`): `so` and the noun phrase after it."""
    if start < 2 or sent.toks[start - 1].text != "," or sent.lower[start] != "so":
        return None
    end = colon
    while end > start + 1 and sent.lower[end - 1] in _SO_ADVERBS:
        end -= 1
    if end <= start + 1 or any(sent.is_finite(k) for k in range(start + 1, end)):
        return None
    if not sent.np_end_is(start + 1, end):
        return None
    return sent.span(start, start + 1), sent.span(start + 1, end)


def _named_lead_in(sent: Sentence, start: int, colon: int) -> Span2 | None:
    """A verbless clause before the colon that is only a noun phrase with a name, after a
    comma and a conjunction (`…, und der Minister Max Muster: „...“`)."""
    if start < 2 or sent.toks[start - 1].text != ",":
        return None
    if sent.lower[start] in ("und", "sowie", "oder"):
        start += 1
    if start >= colon or any(sent.is_finite(k) for k in range(start, colon)):
        return None
    if not sent.np_end_is(start, colon) or not any(
        sent.toks[k].tag == "NE" for k in range(start, colon)
    ):
        return None
    return sent.span(start, colon)


def evaluation_quote(
    sent: Sentence, pos: list[int], cue: Cue, cue_spans: list[Span2]
) -> Attr | None:
    """`X wird im Bericht als „extrem“ bezeichnet`: the quotation after `als` in the clause of a
    passive speech verb without an agent, a direct quote without a speaker."""
    start = sent.clause_start(pos[0])
    for k in range(start, cue.positions[-1]):
        if sent.lower[k] != "als" or sent.in_quote[k]:
            continue
        quote = next((q for q in sent.quotes if q.start == sent.toks[k + 1].start), None)
        if quote is not None and quote.end <= sent.toks[cue.positions[-1]].start:
            return Attr(
                "Direct", [(quote.start, quote.end)], list(cue_spans), cue.cls, None, sent.index
            )
    return None


def nested_quotes(sent: Sentence, attrs: list[Attr]) -> list[Attr]:
    """Quotations inside indirect content: nested ``Direct`` attributions of the innermost
    attribution holding them (its form becomes mixed).  Quoted names (`„Hvalur 9“`) are no
    quotations, unless a predicate position makes a capitalised noun the speaker's word (`sei
    ein „Wortbruch“`, `als „Kapitulation“`)."""
    out = list(attrs)
    for q in sent.quotes:
        holders = [
            (attr.end - attr.start, idx)
            for idx, attr in enumerate(attrs)
            if attr.kind in ("Indirect", "Reported")
            and any(s <= q.start and q.end <= e for s, e in attr.parts)
            and (q.start, q.end) not in attr.parts
        ]
        if not holders:
            continue
        idx = min(holders)[1]
        attr = attrs[idx]
        if quoted_name(sent, q.start, q.end) and not (
            _marked_term(sent, q.start) or _leading_term(sent, q.start, q.end, attr)
        ):
            continue
        nested = Attr(
            "Direct", [(q.start, q.end)], list(attr.cue), attr.cls, attr.speaker, sent.index
        )
        nested.parent = attr
        attr.mixed = True
        out.append(nested)
    return out


#: words before a quotation that make it a predicate of the frame verb (`bezeichnete X als
#: „Wortbruch“`, `nannte dies einen „Putsch“`): an evaluation in the speaker's words, no name
_PREDICATIVE = frozenset({"als", "ein", "eine", "einen", "einem", "einer", "eines"})


def _predicative(sent: Sentence, start: int) -> bool:
    k = sent.index_at(start, 0)
    return k > 0 and sent.lower[k - 1] in _PREDICATIVE


#: words before a quotation that mark it as someone's term (`so genannten „...“`)
_TERM_MARKERS = frozenset(
    {
        "genannte",
        "genannten",
        "genannter",
        "genanntes",
        "sogenannte",
        "sogenannten",
        "sogenannter",
        "sogenanntes",
    }
)


def _marked_term(sent: Sentence, start: int) -> bool:
    """A predicate (`sei ein „Wortbruch“`) or a marked term (`mit so genannten „...“`)."""
    k = sent.index_at(start, 0)
    return _predicative(sent, start) or (k > 0 and sent.lower[k - 1] in _TERM_MARKERS)


def _leading_term(sent: Sentence, start: int, end: int, attr: Attr) -> bool:
    """`Er sagte, „Sperrzonen“ dürfe es nicht geben`: one quoted word not tagged as a name
    (``NE``/``FM``; the tagger often misreads such coinages) opening the indirect content right
    before its finite verb is the speaker's term."""
    if not any(s == start for s, _ in attr.parts):
        return False
    inner = [k for k, t in enumerate(sent.toks) if start < t.start and t.end < end]
    if len(inner) != 1 or sent.toks[inner[0]].tag in ("NE", "FM"):
        return False
    after = inner[0] + 2
    return after < len(sent.toks) and sent.is_finite(after) and not sent.in_quote[after]


def quoted_name(sent: Sentence, start: int, end: int) -> bool:
    """A name or title in quotation marks: capitalised words only (`„Hvalur 9“`), or a
    capitalised phrase right after the noun it names (`der Film „Le Grand Macabre“`)."""
    inner = [t for t in sent.toks if start < t.start and t.end < end]
    words = [t.text for t in inner if t.text[0].isalnum()]
    if not words:
        return False
    if len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() for w in words):
        return True
    k = sent.index_at(start, 0)
    after_noun = k > 0 and sent.is_cap(k - 1) and sent.is_word(k - 1) and k - 1 > 0
    if after_noun and sent.lower[k - 2 : k] == ["zum", "beispiel"]:
        after_noun = False  # `Parolen wie zum Beispiel „Stoppt den Abriss“`: an example
    ends_sentence = any(t.text in ".!?" for t in inner)
    if ends_sentence or len(words) > 8 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    # `der Film „2001: Odyssee im Weltraum“`, `der „People's Alliance for Democracy“ (PAD)`
    return after_noun or _abbreviated_after(sent, end)


def _abbreviated_after(sent: Sentence, end: int) -> bool:
    """The quotation is followed by its abbreviation in parentheses (`„...“ (PAD)`)."""
    last = sent.index_ending_at(end)
    if last is None or last + 3 >= len(sent.toks) or sent.toks[last + 1].text != "(":
        return False
    short, close = sent.toks[last + 2].text, sent.toks[last + 3].text
    return close == ")" and len(short) >= 2 and short.isalpha() and short.isupper()


#: speech verbs whose `als` phrase holds the speaker's evaluation (`bezeichnete X als „...“`)
_ALS_LEMMAS = frozenset(
    {
        "bezeichnen",
        "beschreiben",
        "sehen",
        "werten",
        "bewerten",
        "betrachten",
        "einstufen",
        "ansehen",
        "kritisieren",
        "loben",
        "verurteilen",
        "attackieren",
    }
)
#: evaluation verbs outside the cue lexicon (they frame no speech otherwise), as word-form
#: stems: `begrüßte den Beschluss als „...“`, `feierte die Absage als „...“`
_ALS_STEMS = (
    "begrüß",
    "feiert",
    "gefeiert",
    "rechtfertigt",
    "beurteil",
    "würdigt",
    "gewürdigt",
    "charakterisier",
    "brandmarkt",
    "gebrandmarkt",
    "geißelt",
    "gegeißelt",
    "titulier",
    "kritisier",
)
#: verbs whose `von`/`vor` phrase names what the speaker said (`sprach von einem „...“`)
_PREP_LEMMAS = {"von": frozenset({"sprechen", "berichten", "reden"}), "vor": frozenset({"warnen"})}
#: verbs whose object or object predicate is the speaker's word (`nannte den Plan „fahrlässig“`)
_OBJECT_LEMMAS = frozenset({"nennen", "skandieren"})
#: relative pronouns that can be the subject of their clause
_NOMINATIVE = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
#: words that may stand between the governing word and the quotation: articles, adjectives,
#: adverbs and nouns of the phrase that holds it (`von der Notwendigkeit eines „...“`)
_PHRASE_TAGS = frozenset(
    {"ART", "ADJA", "ADJD", "ADV", "PPOSAT", "PIAT", "PDAT", "NN", "NE", "APPRART", "CARD"}
)


def governed_quotes(attrs: list[Attr], sents: list[Sentence], content: list[bool]) -> list[Attr]:
    """Quotations that no claim holds yet but that a speech verb of their own clause governs
    as the speaker's words: the `als` phrase of an evaluation (`X, der den Plan als „Fehler“
    sieht`, `bezeichnete das Unglück als „Tragödie“ und erklärte, ...`), the `von` phrase of
    `sprechen`/`berichten` (`sprach von einem „Feldzug“`), the object predicate of `nennen`
    (`nannte den Plan „fahrlässig“`).  The verb's subject is the speaker (its `von` agent in
    the passive, or none); a clause without a subject or agent is no frame."""
    out = list(attrs)
    for i, sent in enumerate(sents):
        if not sent.quotes or not (0 <= i < len(content) and content[i]):
            continue
        for q in sent.quotes:
            if any(a.covers(q.start) for a in out):
                continue
            k = sent.index_at(q.start)
            last = sent.index_ending_at(q.end)
            if k is None or last is None or k == 0:
                continue
            if names_or_glosses(sent, k, last) or any(
                sent.lower[j] == "man" for j in range(sent.clause_start(k), k)
            ):
                continue  # `nennt sich „X“`, `Dies nennt man einen „X“`: a name or term
            found = _governing_verb(sent, k, last)
            if found is None:
                continue
            verb, link = found
            speaker, passive = _evaluation_speaker(sent, verb, k)
            if speaker is None and not passive:
                continue
            cue = sorted(
                [sent.span(verb, verb + 1)] + ([sent.span(link, link + 1)] if link >= 0 else [])
            )
            out.append(Attr("Direct", [(q.start, q.end)], cue, "say", speaker, i))
    return out


def _lemmas(sent: Sentence, j: int) -> frozenset[str]:
    return frozenset(m.verb.lemma for m in sent.lex.verb_matches(sent.lower[j]))


def _governing_verb(sent: Sentence, k: int, last: int) -> tuple[int, int] | None:
    """The verb that governs the quotation opening at token ``k`` and the word linking them
    (`als`, `von`; -1 for an object), or None."""
    low = sent.lower
    start = sent.clause_start(k)
    end = sent.clause_end(last + 1)
    link = k - 1
    while link > start and not sent.in_quote[link] and sent.toks[link].tag in _PHRASE_TAGS:
        if low[link] in ("als", "von", "vor"):
            break
        link -= 1
    if k - link > 4:
        return None
    word = low[link] if link >= start else ""
    verbs = [j for j in range(start, end) if not sent.in_quote[j] and sent.is_word(j)]
    cands: list[int] = []
    if word == "als":
        cands = [
            j
            for j in verbs
            if _lemmas(sent, j) & _ALS_LEMMAS or any(low[j].startswith(s) for s in _ALS_STEMS)
        ]
    elif word in _PREP_LEMMAS:
        # `sprach von einem „...“`, `hatten von der Notwendigkeit eines „...“ gesprochen`
        cands = [
            j
            for j in verbs
            if (j < link or (j > last and not sent.is_finite(j)))
            and _lemmas(sent, j) & _PREP_LEMMAS[word]
        ]
    if not cands:
        # `nannte den Plan „fahrlässig“`, `skandierte Parolen wie „...“`: the quotation in
        # the object of the verb
        cands = [j for j in verbs if j < k and _lemmas(sent, j) & _OBJECT_LEMMAS]
        if cands and any(sent.is_finite(j) for j in range(cands[-1] + 1, k)):
            return None
        if not (_predicative(sent, sent.toks[k].start) or not _quote_is_name(sent, k, last)):
            return None
        return (cands[-1], -1) if cands else None
    # no other finite verb between the verb and the quotation (`... bewertet und gilt als`)
    cands = [
        j
        for j in cands
        if not any(
            sent.is_finite(m) and not sent.in_quote[m]
            for m in (range(j + 1, k) if j < k else range(last + 1, j))
        )
    ]
    if not cands:
        return None
    verb = min(cands, key=lambda j: abs(j - k))
    if (
        not sent.is_finite(verb)
        and (word == "als" or k == link + 1)
        and _quote_is_name(sent, k, last)
    ):
        # `der als „Sonnenwind“ bezeichnet wird`: a name, not an evaluation; but a quotation
        # inside the phrase after `von` (`von der Notwendigkeit eines „Neuanfangs“
        # gesprochen`) is the speaker's word
        return None
    return verb, link


def _quote_is_name(sent: Sentence, k: int, last: int) -> bool:
    return quoted_name(sent, sent.toks[k].start, sent.toks[last].end)


#: prepositions of the medium that voices a passive evaluation (`im „Kurier“ als „...“ bezeichnet`)
_MEDIUM_PREPS = frozenset({"in", "im"})


def _medium_before(sent: Sentence, start: int, verb: int) -> Span2 | None:
    """`wurde gestern im „Kurier“ als „...“ bezeichnet`: a quoted name after `in`/`im` in the
    clause of a passive evaluation without an agent is the medium that voiced it."""
    for j in range(start, verb - 1):
        if sent.lower[j] not in _MEDIUM_PREPS or sent.in_quote[j]:
            continue
        quote = next((q for q in sent.quotes if q.start == sent.toks[j + 1].start), None)
        if quote is not None and quoted_name(sent, quote.start, quote.end):
            return (quote.start, quote.end)
    return None


def _evaluation_speaker(sent: Sentence, verb: int, k: int) -> tuple[Span2 | None, bool]:
    """Speaker of the evaluation verb at ``verb`` (governing the quotation opening at token
    ``k``) and whether it is passive.  A verb right after the quotation shares the clause of
    the words before it (`wurde im Bericht als „...“ bezeichnet`)."""
    start = verb
    while start > 0 and not (sent.is_boundary(start - 1) and not sent.in_quote[start - 1]):
        start -= 1  # across quotations: `wurde im „Kurier“ als „...“ bezeichnet`
    start = min(start, sent.clause_start(verb)) if verb > k else sent.clause_start(verb)
    end = sent.clause_end(verb)
    if sent.is_finite(verb):
        if verb > start and sent.toks[start].tag == "PRELS" and sent.lower[start] in _NOMINATIVE:
            return sent.span(start, start + 1), False  # `…, der den Plan als „…“ sieht`
        return sent.subject(verb) or sent.subject_after(verb), False
    passive = any(sent.lower[j] in PASSIVE_FORMS for j in range(start, end) if not sent.in_quote[j])
    if passive:
        # the last `von` phrase before the verb with no finite verb after it is the agent
        for j in range(verb - 1, start - 1, -1):
            if sent.is_finite(j) and not sent.in_quote[j] and sent.lower[j] not in PASSIVE_FORMS:
                break
            if sent.lower[j] in ("von", "vom") and not sent.in_quote[j]:
                np_end = sent.np_end(j + 1, end)
                if np_end > j + 1:
                    return sent.span(j + 1, np_end), True
        return _medium_before(sent, start, verb), True
    aux = next((j for j in range(start, end) if sent.is_finite(j) and not sent.in_quote[j]), None)
    if aux is None:
        return None, False
    return sent.subject(aux) or sent.subject_after(aux), False


__all__ = [
    "colon_quotes",
    "evaluation_quote",
    "evaluation_quotes",
    "governed_quotes",
    "nested_quotes",
    "quoted_name",
]
