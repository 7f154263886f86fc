"""Quotations that a speech or evaluation verb of their own clause governs as the speaker's
words, though no claim holds them: the `als` phrase of an evaluation (`X, der den Plan als
„Fehler“ sieht`, `wurde im „Kurier“ als „...“ bezeichnet`), the `von` phrase of
`sprechen`/`berichten` (`sprach von einem „Feldzug“`, `hatten von der Notwendigkeit eines
„X“ gesprochen`), the object of `nennen`/`skandieren`/`sehen`/`versprechen` (`nannte den Plan
„fahrlässig“`, `sieht darin einen „Angriff“`, `verspricht „mehr Netz“`).  The verb is found across relative clauses closed before the quotation (`bezeichnete die Karten
in einem Spiel, in dem es Fouls gab, als „übertrieben“`), and of two evaluations set side by
side each quotation takes its own verb (`X nannte den Plan „mutig“, Y bezeichnete ihn als
„gefährlich“`).  Used by :mod:`.quoted_terms` and the stage.
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .passive_agents import agent_before
from .quoted_names import names_or_glosses, predicative, quoted_name
from .text import Quote
from .token_view import PASSIVE_FORMS

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
#: verbs whose object or object predicate is the speaker's word (`nannte den Plan „fahrlässig“`,
#: `sieht in dem Gesetz einen „Angriff auf die Belegschaft“`: an evaluation, as with `als`;
#: `verspricht „Suche ohne Werbung“`: the wording of the promise)
_OBJECT_LEMMAS = frozenset({"nennen", "skandieren", "sehen", "versprechen"})
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
    verbs = [
        j
        for j in range(_before_relative_clauses(sent, start), end)
        if not sent.in_quote[j] and sent.is_word(j)
    ]
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
        if not (predicative(sent, sent.toks[k].start) or not _quote_is_name(sent, k, last)):
            return None
        return (cands[-1], -1) if cands else None
    # no other finite verb between the verb and the quotation (`... bewertet und gilt als`)
    cands = [
        j
        for j in cands
        if not any(
            sent.is_finite(m) and not sent.in_quote[m] and not _in_relative_clause(sent, m, k)
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


def _before_relative_clauses(sent: Sentence, start: int) -> int:
    """Start of the clause that goes on at ``start`` after relative clauses closed by a comma
    (`bezeichnete die Karten in einem Spiel, in dem es Fouls gab, als „...“`)."""
    while start > 1 and sent.toks[start - 1].text == ",":
        inner = sent.clause_start(start - 2)
        first = inner + 1 if sent.toks[inner].tag in ("APPR", "APPRART") else inner
        if inner == 0 or sent.toks[inner - 1].text != "," or first >= start - 1:
            break
        if sent.toks[first].tag not in ("PRELS", "PRELAT"):
            break
        start = sent.clause_start(inner - 2) if inner >= 2 else 0
    return start


def _in_relative_clause(sent: Sentence, m: int, k: int) -> bool:
    """The verb at ``m`` is in a relative clause closed by a comma before the quotation at
    ``k`` (`bezeichnete acht Karten in einem Spiel, in dem es nur Fouls gab, als „...“`)."""
    start = sent.clause_start(m)
    if start == 0 or sent.toks[start - 1].text != ",":
        return False
    first = start + 1 if sent.toks[start].tag in ("APPR", "APPRART") else start
    if first >= m or sent.toks[first].tag not in ("PRELS", "PRELAT"):
        return False
    end = sent.clause_end(m)
    return end < k and sent.toks[end].text == ","


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
        return agent_before(sent, verb, start, end) or _medium_before(sent, start, verb), True
    aux = next((j for j in range(start, end) if sent.is_finite(j) and not sent.in_quote[j]), None)
    if aux is None:
        return None, False
    return sent.subject(aux) or sent.subject_after(aux), False


def own_frame(sent: Sentence, q: Quote, rep: Attr) -> Attr | None:
    """`X nannte den Plan „mutig“, Y bezeichnete ihn als „gefährlich“`: a quotation that an
    evaluation verb of another clause governs, with a subject of its own, is that verb's
    direct quote, not one of the speech act ``rep`` beside it."""
    k = sent.index_at(q.start)
    last = sent.index_ending_at(q.end)
    if k is None or last is None or k == 0:
        return None
    found = _governing_verb(sent, k, last)
    if found is None:
        return None
    verb, link = found
    at = sent.toks[verb].start
    if any(s <= at < e for s, e in rep.frame_cue + rep.cue):
        return None  # the speech act's own verb
    own, _ = _evaluation_speaker(sent, verb, k)
    first = sent.index_at(own[0]) if own is not None else None
    if own is not None and first is not None and first < verb:
        # `…, Trainer X bezeichnete`: the subject starts after the comma before the verb
        comma = max(
            (j for j in range(first, verb) if sent.toks[j].text == "," and not sent.in_quote[j]),
            default=None,
        )
        if comma is not None:
            own = sent.span(comma + 1, verb) if sent.np_end_is(comma + 1, verb) else None
    if own is None or (
        rep.speaker is not None and own[0] < rep.speaker[1] and rep.speaker[0] < own[1]
    ):
        return None
    cue = sorted([sent.span(verb, verb + 1)] + ([sent.span(link, link + 1)] if link >= 0 else []))
    return Attr("Direct", [(q.start, q.end)], cue, "say", own, sent.index)


__all__ = ["governed_quotes", "own_frame"]
