"""Reported words that go on after a trailing frame in the middle of a sentence.

A trailing frame (`…, sagte X`, `„…“, so X`) usually closes its sentence; when a new clause
follows the frame's speaker after a comma, the speaker goes on talking there: `Sie sei „tief
erschüttert“, sagte die Ministerin, ihre „Gedanken sind bei den Opfern“.`, `„Bald“, so der
Vorstand, wird die Firma „ein neues Werk bauen“.`, `Auf den Vorwurf …, entgegnete X, dass …`.
That clause is a second content of the same frame: indirect speech of the same speaker with the
same cue, its quotations nested in it as direct quotes.

What follows the speaker is no content when it is no clause of its own: an apposition or an
adjunct without a finite verb (`sagte X, Chef der Firma, am Montag`), a relative clause of the
speaker (`sagte X, der das Gesetz entworfen hatte`, `heißt es im Bericht, in dem …`), an
adverbial clause (`sagte X, bevor er ging`, `…, um zu …`), or a second predicate of the speaker
joined by a conjunction (`sagte X, und fügte hinzu, …`: a frame of its own).  German only.
"""

from __future__ import annotations

from .frames import Attr, Sentence
from .quoted_names import quoted_name

#: first words of a relative clause (`…, der das Gesetz entworfen hatte`)
_RELATIVE = frozenset(
    {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche"}
    | {"welches", "welchem", "welchen", "wo", "was", "wie", "woran", "womit", "wobei"}
)
#: relative pronouns that look like articles: an article opens a main clause when its verb
#: comes second (`…, sagte X, die Gedanken seien …`)
_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})
#: tags that open no clause of its own after the speaker: relative pronouns, subordinating and
#: coordinating conjunctions, `um`/`ohne` of an infinitive clause, interrogatives
_NO_CLAUSE_TAGS = frozenset({"PRELS", "PRELAT", "KOUS", "KOUI", "KON", "PWAV", "PWS", "KOKOM"})
#: a preposition before a relative pronoun opens a relative clause (`…, in dem …`)
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
#: forms of the content (the dataset's types) that a trailing frame reports
_FRAMED = frozenset({"Indirect", "Direct"})


def trailing_continuations(attrs: list[Attr], sents: list[Sentence]) -> list[Attr]:
    """``attrs`` with a second content for each trailing frame in the middle of its sentence
    that a new clause of the speaker's words follows (and its quotations nested in it)."""
    out = list(attrs)
    if not sents or sents[0].lex.language != "de":
        return out  # the word classes below are German
    for a in attrs:
        if a.kind not in _FRAMED or a.parent is not None or a.record_only:
            continue
        if not a.cue or a.speaker is None or not 0 <= a.unit < len(sents):
            continue
        if a.cue[0][0] < a.end:
            continue  # a leading frame: its content follows it already
        sent = sents[a.unit]
        span = _continuation(sent, a)
        if span is None:
            continue
        first, end = span
        start, stop = sent.toks[first].start, sent.toks[end - 1].end
        if any(b.covers(start) or (start <= b.start < stop) for b in out if b.unit == a.unit):
            continue
        cont = Attr("Indirect", [(start, stop)], list(a.cue), a.cls, a.speaker, a.unit)
        out.append(cont)
        for q in sent.quotes:
            if start <= q.start and q.end <= stop and not quoted_name(sent, q.start, q.end):
                nested = Attr("Direct", [(q.start, q.end)], list(a.cue), a.cls, a.speaker, a.unit)
                nested.parent = cont
                cont.mixed = True
                out.append(nested)
    return out


def _continuation(sent: Sentence, a: Attr) -> tuple[int, int] | None:
    """Token range of the clause after the frame's speaker and a comma, up to the sentence
    end, when it is a clause of the speaker's words; else None."""
    assert a.speaker is not None
    last = sent.index_ending_at(a.speaker[1])
    end = sent.content_end()
    if last is None or last + 3 >= end or sent.toks[last + 1].text != ",":
        return None
    if a.speaker[1] <= a.cue[-1][1]:
        return None  # the speaker stands before the cue (`„…“, X sagte`): nothing after it
    first = last + 2
    low, tag = sent.lower[first], sent.toks[first].tag
    if low == "dass":
        return first, end  # `entgegnete X, dass …`: the complement after the speaker
    if low in _RELATIVE and not (low in _ARTICLES and tag == "ART" and _verb_second(sent, first)):
        return None  # `…, der das Gesetz entworfen hatte`: a relative clause of the speaker
    if tag in _NO_CLAUSE_TAGS or low in ("um", "ohne", "und", "oder"):
        return None
    if (
        tag in _PREPOSITIONS
        and first + 1 < end
        and (sent.toks[first + 1].tag in _RELATIVE_TAGS or sent.lower[first + 1] in _RELATIVE)
    ):
        return None  # `…, in dem …`: a relative clause (its pronoun may be tagged an article)
    finite = [k for k in range(first, end) if sent.is_finite(k)]
    if not finite or finite[0] - first > 6:
        return None  # an apposition or adjunct: no verb of its own near its start
    head = finite[0]
    if any(sent.toks[k].text == "," and not sent.in_quote[k] for k in range(first, head)):
        return None  # `…, Chef der Firma, am Montag, …`: appositions before any verb
    return first, end


def _verb_second(sent: Sentence, first: int) -> bool:
    """The clause opened at ``first`` by an article places its finite verb after that noun
    phrase and before its last word (`die Gedanken seien bei den Opfern`: a main clause); a
    relative clause puts it last (`die das Gesetz entworfen hatte`)."""
    end = sent.content_end()  # without the sentence's final punctuation
    stop = next((k for k in range(first + 1, end) if sent.is_boundary(k)), end)
    finite = next((k for k in range(first + 1, stop) if sent.is_finite(k)), None)
    return finite is not None and finite < stop - 1


__all__ = ["trailing_continuations"]
