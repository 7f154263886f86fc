"""Quotations framed by a noun of wording rather than by a speech verb.

German news often introduces the exact words by the noun that names their kind: a slogan or
chant (`mit der Parole „Wir kommen wieder“`, `skandierten Sprüche wie „...“`), an inscription
(`Transparente mit der Aufschrift „...“`, `auf dem Plakat stand der Schriftzug „...“`) or a
statement (`In der Zeitung fand sich die Feststellung „...“`), the latter only as the subject
of its clause (`Er wies die Behauptung „...“ zurück` voices nothing).  The quotation right
after such a noun (or after `wie`, `wie etwa`, `wie zum Beispiel` following it) is a direct
quote when no other attribution holds it yet; its cue is the noun.

Its speaker:

* an inscription belongs to what carries it: the noun phrase right before `mit der Aufschrift`
  (`Stoffbänder mit der Aufschrift „...“`);
* otherwise the subject of the clause (`Anhänger der Gruppe haben mit der Parole „...“
  gedroht`);
* when the noun is itself the subject (`Auf dem Transparent war die Parole „...“ zu lesen`,
  `In der Zeitung fand sich die Feststellung „...“`) the place it is written in: the noun phrase
  of a clause-initial `auf`/`in`/`an` phrase;
* else none, and the quotation stays no direct quote.

An opinion phrase frames the quotation that closes its clause as a predicate: `Für den
Minister Max Muster ist die Lage „sehr ernst“` is the minister's evaluation, a direct quote of
the named person after `für` with the copula as cue (a `für` phrase without a name is mostly a
beneficiary, `Für die Umwelt ist das „eine Katastrophe“`, and frames nothing).

A whole quoted sentence alone in a parenthesis right after a name (`darunter der
Bürgermeister Max Muster („Das ist verdient.“)`) is that person's words (a gloss or
translation in parentheses is no sentence, :mod:`.quoted_names`).

A sentence that sums up the whole quoted sentence before it (`„...“ Das ist die zentrale
Aussage einer Studie.`) sources it: the noun phrase of the summing noun is the speaker, the
copula the cue.

`von … die Rede sein` frames the quotation in its `von` phrase (`In dem Brief war von einem
„offenen Dialog“ die Rede`): the place phrase opening the clause is the source, if any.

Titles and mottos (`unter dem Motto „...“`, `der Titel „...“`) are names, not wording
(:mod:`.quoted_names`); they are not listed here.
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .quoted_names import names_or_glosses
from .speech_acts import has_finite

#: nouns of slogans, chants and statements whose quotation someone voices
_VOICED = frozenset(
    {
        "parole",
        "parolen",
        "spruch",
        "sprüche",
        "sprüchen",
        "slogan",
        "slogans",
        "losung",
        "losungen",
        "sprechchor",
        "sprechchöre",
        "sprechchören",
        "schlachtruf",
        "schlachtrufe",
    }
)
#: nouns of statements: their quotation is someone's words only where the noun itself is the
#: subject (`In der Zeitung fand sich die Feststellung „...“`); as an object it is often
#: rejected by the subject rather than voiced (`Er wies die Behauptung „...“ zurück`)
_STATED = frozenset({"feststellung", "behauptung"})
#: nouns of inscriptions whose quotation belongs to the thing that carries it
_WRITTEN = frozenset(
    {"aufschrift", "aufschriften", "schriftzug", "inschrift", "aufdruck", "beschriftung"}
)
#: words that may stand between the noun and the quotation (`Parolen wie zum Beispiel „...“`)
_EXAMPLE_LINKS = (("wie", "zum", "beispiel"), ("wie", "etwa"), ("wie",))
#: prepositions of the place that holds the words (`Auf dem Transparent war … zu lesen`)
_PLACE_PREPS = frozenset({"auf", "in", "im", "an", "am"})


def worded_quotes(attrs: list[Attr], sents: list[Sentence], content: list[bool]) -> list[Attr]:
    """``attrs`` with a direct quote for each quotation that a noun of wording introduces and
    no attribution holds yet."""
    out = list(attrs)
    for i, sent in enumerate(sents):
        if not sent.quotes or not (0 <= i < len(content) and content[i]):
            continue
        summed = _summing_sentence(sents[i + 1]) if i + 1 < len(sents) else None
        whole = _whole_quote(sent)
        if summed is not None and whole is not None and not any(a.covers(whole[0]) for a in out):
            # `„...“ Das ist die zentrale Aussage einer Studie.`
            out.append(Attr("Direct", [whole], [summed[0]], "say", summed[1], i))
            continue
        for q in sent.quotes:
            if any(a.covers(q.start) for a in out):
                continue
            k = sent.index_at(q.start)
            last = sent.index_ending_at(q.end)
            if k is None or last is None or k < 2 or names_or_glosses(sent, k, last):
                continue
            talked = _rede_frame(sent, k, last)
            if talked is not None:
                # `In dem Brief war von einem „offenen Dialog“ die Rede.`
                out.append(Attr("Direct", [(q.start, q.end)], talked[0], "say", talked[1], i))
                continue
            named = _named_before_parenthesis(sent, k, last)
            if named is not None:
                cue = _so_before(sent, sent.index_at(named[0], k))
                out.append(Attr("Direct", [(q.start, q.end)], cue, "say", named, i))
                continue
            noun = _wording_noun(sent, k)
            if noun is None:
                held = _opinion_holder(sent, k, last)
                if held is not None:
                    copula, holder = held
                    out.append(Attr("Direct", [(q.start, q.end)], [copula], "opinion", holder, i))
                continue
            verb = _clause_verb(sent, noun)
            speaker = _speaker(sent, noun, verb)
            if speaker is None:
                continue  # `Die Sprechchöre „...“, die von den Dächern erklangen`: no voice
            # the cue: the clause's verb and the noun (`haben mit der Parole … gedroht`)
            cue = sorted(
                {sent.span(noun, noun + 1)}
                | ({sent.span(verb, verb + 1)} if verb is not None else set())
            )
            out.append(Attr("Direct", [(q.start, q.end)], cue, "say", speaker, i))
    return out


def _wording_noun(sent: Sentence, k: int) -> int | None:
    """Index of the noun of wording that introduces the quotation opening at token ``k``
    (right before it, or before `wie (etwa | zum Beispiel)`), or None."""
    for link in _EXAMPLE_LINKS:
        n = len(link)
        if k - n - 1 >= 0 and tuple(sent.lower[k - n : k]) == link:
            j = k - n - 1
            break
    else:
        j = k - 1
    if sent.in_quote[j] or not sent.is_cap(j):
        return None
    low = sent.lower[j]
    return j if low in _VOICED or low in _WRITTEN or low in _STATED else None


def _clause_verb(sent: Sentence, noun: int) -> int | None:
    """The finite verb of the clause of the noun at ``noun`` (outside quotations), or None."""
    start = sent.clause_start(noun)
    end = sent.clause_end(noun)
    return next((j for j in range(start, end) if sent.is_finite(j) and not sent.in_quote[j]), None)


def _speaker(sent: Sentence, noun: int, verb: int | None) -> Span2 | None:
    """Who voices the words the noun at ``noun`` introduces (see the module docstring)."""
    if sent.lower[noun] in _WRITTEN:
        carrier = _carrier(sent, noun)
        if carrier is not None:
            return carrier
    start = sent.clause_start(noun)
    subject = None
    if verb is not None:
        subject = sent.subject(verb) or sent.subject_after(verb)
    noun_at = sent.toks[noun].start
    if subject is not None and not subject[0] <= noun_at < subject[1]:
        return None if sent.lower[noun] in _STATED else subject
    return _place(sent, start, noun)


def _carrier(sent: Sentence, noun: int) -> Span2 | None:
    """`Stoffbänder mit der Aufschrift`: the noun right before `mit` (and its article)."""
    j = noun - 1
    while j >= 0 and sent.toks[j].tag in ("ART", "ADJA", "PPOSAT"):
        j -= 1
    if j < 1 or sent.lower[j] != "mit":
        return None
    head = j - 1
    if sent.in_quote[head] or not sent.is_cap(head) or not sent.is_word(head):
        return None
    first = head
    while first > 0 and sent.toks[first - 1].tag in ("ART", "ADJA", "PIAT", "CARD"):
        first -= 1
    return sent.span(first, head + 1)


def _place(sent: Sentence, start: int, noun: int) -> Span2 | None:
    """`Auf dem Transparent war die Parole „...“ zu lesen`: the noun phrase of the `auf`/`in`
    phrase opening the clause, when the noun of wording is the clause's subject."""
    if start >= noun or sent.lower[start] not in _PLACE_PREPS:
        return None
    np_end = sent.np_end(start + 1, noun)
    if np_end <= start + 1 or any(sent.is_finite(j) for j in range(start + 1, np_end)):
        return None
    return sent.span(start + 1, np_end)


#: tags of the words of a name phrase before a parenthesis (`der Bürgermeister Max Muster (`)
_NAME_PHRASE_TAGS = frozenset({"NE", "NN", "ADJA", "ART"})


def _named_before_parenthesis(sent: Sentence, k: int, last: int) -> Span2 | None:
    """`darunter der Bürgermeister Max Muster („Das ist verdient.“)`: a whole quoted sentence
    alone in a parenthesis right after a name is that person's words; the name phrase."""
    n = len(sent.toks)
    if k < 3 or last + 1 >= n or sent.toks[k - 1].text != "(" or sent.toks[last + 1].text != ")":
        return None
    if sent.toks[last - 1].text not in (".", "!", "?") or sent.toks[k - 2].tag != "NE":
        return None
    start = k - 2
    while start > 0 and sent.toks[start - 1].tag in _NAME_PHRASE_TAGS:
        start -= 1
    return sent.span(start, k - 1)


def _so_before(sent: Sentence, first: int) -> list[Span2]:
    """`…, so der Präsident X, der Leiter Y („...“)`: the `so` after a comma that opens the
    list of sources the name belongs to (no finite verb between) is the cue, if any."""
    for j in range(first - 1, 0, -1):
        if sent.is_finite(j) and not sent.in_quote[j]:
            return []
        if sent.lower[j] == "so" and sent.toks[j - 1].text == ",":
            return [sent.span(j, j + 1)]
    return []


#: words of the phrase between `von` and the quotation (`von einem neuen „...“`)
_PHRASE_TAGS = frozenset({"ART", "ADJA", "ADJD", "ADV", "PPOSAT", "PIAT", "CARD"})


def _rede_frame(sent: Sentence, k: int, last: int) -> tuple[list[Span2], Span2 | None] | None:
    """`In dem Brief war von einem „offenen Dialog“ die Rede.`: cue (copula, `von`, `die Rede`)
    and source (the place phrase opening the clause, if any) of the quotation in the `von`
    phrase of `von … die Rede sein`, or None."""
    link = k - 1
    while link > 0 and sent.toks[link].tag in _PHRASE_TAGS and not sent.in_quote[link]:
        link -= 1
    if sent.lower[link] not in ("von", "vom") or k - link > 4:
        return None
    end = sent.clause_end(last + 1)
    rede = next(
        (j for j in range(last + 1, end - 1) if sent.lower[j : j + 2] == ["die", "rede"]), None
    )
    start = sent.clause_start(link)
    copula = next(
        (j for j in range(start, end) if sent.lower[j] in _COPULAS and not sent.in_quote[j]), None
    )
    if rede is None or copula is None:
        return None
    cue = sorted(
        [sent.span(copula, copula + 1), sent.span(link, link + 1), sent.span(rede, rede + 2)]
    )
    return cue, _place(sent, start, link)


#: nouns that sum up what was said (`Das ist die zentrale Aussage der Studie.`)
_SUMMING_NOUNS = frozenset(
    {"aussage", "kernaussage", "botschaft", "kernbotschaft", "fazit", "forderung", "worte"}
)
#: demonstratives that point back to the quotation before
_POINTERS = frozenset({"das", "dies"})


def _whole_quote(sent: Sentence) -> Span2 | None:
    """The quotation that is the whole sentence (`„Wir bleiben.“`), or None."""
    if len(sent.quotes) != 1 or not sent.toks:
        return None
    q = sent.quotes[0]
    if q.start != sent.toks[0].start or q.end < sent.toks[-1].start:
        return None
    return q.start, q.end


def _summing_sentence(sent: Sentence) -> tuple[Span2, Span2] | None:
    """`Das ist die zentrale Aussage einer Studie, die …`: cue (the copula) and source (the
    noun phrase of the summing noun with its genitive or `von` phrase) of a sentence that
    sums up the quotation before it, or None."""
    if len(sent.toks) < 5 or sent.lower[0] not in _POINTERS or sent.lower[1] not in _COPULAS:
        return None
    end = sent.np_end(2)
    nouns = [j for j in range(2, min(end, len(sent.toks))) if sent.lower[j] in _SUMMING_NOUNS]
    if not nouns or sent.in_quote[nouns[0]]:
        return None
    noun = nouns[0]
    if noun + 1 >= end or sent.toks[noun + 1].tag not in ("ART", "APPR", "APPRART", "NE", "PPOSAT"):
        return None  # `Das ist die Aussage.`: whose, the sentence does not say
    return sent.span(1, 2), sent.span(2, end)


#: copulas of an evaluation after an opinion phrase (`Für X ist die Lage „...“`)
_COPULAS = frozenset(
    {"ist", "sei", "war", "wäre", "sind", "seien", "waren", "wären", "bleibt", "bleibe"}
)


def _opinion_holder(sent: Sentence, k: int, last: int) -> tuple[Span2, Span2] | None:
    """`Für den Minister Max Muster ist die Lage „sehr ernst“.`: cue (the copula) and holder
    (the named noun phrase after `für` opening the clause) of the quotation between tokens
    ``k`` and ``last`` that closes the clause, or None."""
    start = sent.clause_start(k)
    if sent.lower[start] != "für" or sent.clause_end(last + 1) != last + 1:
        return None
    np_end = sent.np_end(start + 1, k)
    if np_end <= start + 1 or not any(sent.toks[j].tag == "NE" for j in range(start + 1, np_end)):
        return None
    copula = np_end
    if copula >= k or sent.lower[copula] not in _COPULAS:
        return None
    if has_finite(sent, copula + 1, k):
        return None
    return sent.span(copula, copula + 1), sent.span(start + 1, np_end)


__all__ = ["worded_quotes"]
