"""Stance of a claim as the article presents it, with the words that set it.

Precedence: ``denied`` (a denial cue: `dementierte`, `wies zurück`) > ``alleged`` (a claim cue
such as `behauptete`, or distance markers in frame or content: `angeblich`, `mutmaßlich`,
`soll ... haben`, `nach unbestätigten Berichten`, `reportedly`) > ``hypothetical`` (a
conditional inside the content: `falls`, `wenn`, `if`) > ``future`` (an announcement cue such
as `kündigte an`, or a future `werde`/`will` + infinitive in the content) > ``reported``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import Attr, Sentence, Span2

_CLASS_STANCE = {"deny": "denied", "allege": "alleged", "announce": "future"}


def claim_stance(
    attr: Attr, sent: Sentence, cue: list[Span2], inner: Sequence[Span2] = ()
) -> tuple[str, list[Span2]]:
    """``(stance, evidence spans)`` for one attribution in its sentence (``cue``: its words).

    ``inner`` are the contents of claims reported inside this one (`X berichtete, Y habe
    bekanntgegeben, dass angeblich ...`): their markers set their own stance, not the stance
    of the relaying claim."""
    by_cue = _CLASS_STANCE.get(attr.cls or "")
    if by_cue == "denied":
        return "denied", list(cue)
    alleged = [m for m in _alleged_markers(attr, sent) if not _within(m[0], inner)]
    if by_cue == "alleged":
        return "alleged", list(cue) + alleged
    if alleged:
        return "alleged", alleged
    inside = [k for k in _content_tokens(attr, sent) if not _within(sent.toks[k].start, inner)]
    cond = [k for k in inside if sent.lower[k] in sent.lex.conditional_words]
    cond += [k for k in _verb_first_conditions(sent, inside) if k not in cond]
    if cond:
        return "hypothetical", [sent.span(k, k + 1) for k in cond]
    if by_cue == "future":
        return "future", list(cue)
    fut = _future_markers(sent, inside) or _future_times(sent, inside)
    if fut:
        return "future", fut
    return "reported", list(cue)


def _within(offset: int, spans: Sequence[Span2]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _content_tokens(attr: Attr, sent: Sentence) -> list[int]:
    return [
        k
        for k, t in enumerate(sent.toks)
        if attr.covers(t.start) and not sent.in_quote[k] and sent.is_word(k)
    ]


def _alleged_markers(attr: Attr, sent: Sentence) -> list[Span2]:
    """Distance markers anywhere in the sentence outside direct quotes."""
    out: list[Span2] = []
    lex = sent.lex
    words = [k for k in range(len(sent.toks)) if not sent.in_quote[k] and sent.is_word(k)]
    for k in words:
        if sent.lower[k] in lex.alleged_words:
            out.append(sent.span(k, k + 1))
    for phrase in lex.alleged_phrases:
        n = len(phrase)
        for k in range(len(sent.toks) - n + 1):
            if tuple(sent.lower[k : k + n]) == phrase:
                out.append(sent.span(k, k + n))
    # `soll ... haben/sein/worden`: hearsay modal with a perfect infinitive or a report
    for k in words:
        if sent.lower[k] in lex.alleged_modal and hearsay(sent, k):
            out.append(sent.span(k, k + 1))
    out.extend(_scare_quotes(sent))
    return _outermost(out)


#: `sogenannt` before a quotation sets the quoted term at a distance (scare quotes)
_SO_CALLED = frozenset(
    ["sogenannt", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem"]
)

_NAMED = frozenset(["genannte", "genannten", "genannter", "genanntes", "genanntem"])


def _scare_quotes(sent: Sentence) -> list[Span2]:
    """`die sogenannten „Sicherheitskräfte“`, `die so genannte „Reform“`: the marker and the
    quoted term it distances (a quotation of at most four words)."""
    out: list[Span2] = []
    n = len(sent.toks)
    for k in range(n - 1):
        if sent.in_quote[k]:
            continue
        low = sent.lower[k]
        first = k + 1
        if low == "so" and k + 1 < n and sent.lower[k + 1] in _NAMED:
            first = k + 2
        elif low not in _SO_CALLED:
            continue
        if first >= n or not sent.in_quote[first]:
            continue
        j = first
        while j < n and sent.in_quote[j]:
            j += 1
        if j - first <= 6:  # opening mark, up to four words, closing mark
            out.append(sent.span(k, j))
    return out


def _outermost(spans: list[Span2]) -> list[Span2]:
    """The spans not inside another one: `unbestätigten` in `nach unbestätigten Berichten` is
    one piece of evidence, not two."""
    unique = sorted(set(spans))
    return [s for s in unique if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in unique)]


def hearsay(sent: Sentence, k: int) -> bool:
    """`soll ... abgebrannt sein`: a modal with a perfect or passive infinitive reports hearsay."""
    end = sent.clause_end(k + 1)
    tail = sent.lower[k + 1 : end]
    return bool(tail) and tail[-1] in ("haben", "sein", "worden", "werden", "gewesen")


def _future_markers(sent: Sentence, inside: list[int]) -> list[Span2]:
    """`werde`/`wird` after an infinitive (not a participle: `verlegt werden` is passive)."""
    out: list[Span2] = []
    lex = sent.lex
    for k in inside:
        low = sent.lower[k]
        if low not in lex.future_words:
            continue
        if lex.language == "en":
            if low in ("will", "shall"):
                out.append(sent.span(k, k + 1))
            continue
        prev = sent.lower[k - 1] if k > 0 else ""
        nxt = sent.lower[k + 1] if k + 1 < len(sent.toks) else ""
        if low in ("werde", "werden", "wird"):
            # `erweitert werden` is passive; `der Hafen werde erweitert` has a noun before it
            verb_before = _infinitive(prev) and k > 0 and not sent.is_cap(k - 1)
            hit = verb_before or _clause_final_infinitive(sent, k)
        elif low in ("will", "wolle", "wollen", "plant", "plane", "planen"):
            hit = _infinitive(nxt) or any(_infinitive(sent.lower[j]) for j in inside if j > k)
        else:
            hit = low in ("künftig", "demnächst", "voraussichtlich")
        if hit:
            out.append(sent.span(k, k + 1))
    return out


def _clause_final_infinitive(sent: Sentence, k: int) -> bool:
    """`Brenner werde im Mai nach Ostmark reisen`: the auxiliary in second position, the
    infinitive closes the clause."""
    end = sent.clause_end(k + 1)
    last = end - 1
    return last > k + 1 and _infinitive(sent.lower[last]) and sent.toks[last].pos != "NOUN"


def _infinitive(word: str) -> bool:
    if not word.endswith(("en", "eln", "ern")) or len(word) < 4:
        return False
    # participles of strong verbs (`geschlossen`, `verlegt` ends in t anyway) are not infinitives
    return not (word.startswith("ge") and not word.startswith(("geben", "gehen", "gelten")))


#: finite verbs that open a conditional clause without a subordinator (`Sollte der Vertrag
#: scheitern, werde man klagen`, `Hätte die Stadt gezahlt, wäre ...`, `Käme es zum Streik, ...`)
_VERB_FIRST_CONDITION = frozenset(
    [
        "sollte",
        "sollten",
        "hätte",
        "hätten",
        "wäre",
        "wären",
        "würde",
        "würden",
        "käme",
        "kämen",
        "gäbe",
        "gäben",
    ]
)


def _verb_first_conditions(sent: Sentence, inside: list[int]) -> list[int]:
    """A verb-first clause opening the content or following a comma and closed by a comma
    before another finite verb: a condition (German only)."""
    if sent.lex.language != "de" or not inside:
        return []
    out: list[int] = []
    inside_set = set(inside)
    for k in inside:
        if sent.lower[k] not in _VERB_FIRST_CONDITION:
            continue
        opens = k == inside[0] or (k > 0 and sent.toks[k - 1].text in (",", ";", "–"))
        if not opens:
            continue
        comma = next((j for j in range(k + 1, len(sent.toks)) if sent.toks[j].text == ","), None)
        if comma is None or comma + 1 not in inside_set:
            continue
        if sent.is_finite(comma + 1) or sent.lower[comma + 1] in sent.lex.future_words:
            out.append(k)
    return out


#: nouns of a time span or point that `nächste`/`kommende` put in the future
_TIME_NOUNS = frozenset(
    [
        "jahr",
        "jahres",
        "woche",
        "monat",
        "monats",
        "tag",
        "tagen",
        "tage",
        "wochenende",
        "sommer",
        "winter",
        "herbst",
        "frühjahr",
        "frühling",
        "saison",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ]
)
_NEXT = frozenset(
    [
        "nächste",
        "nächsten",
        "nächstes",
        "nächster",
        "kommende",
        "kommenden",
        "kommendes",
        "kommender",
    ]
)


def _future_times(sent: Sentence, inside: list[int]) -> list[Span2]:
    """Time adverbials of the future in the content: `morgen`, `übermorgen`, `nächstes Jahr`,
    `in der kommenden Woche` (not the noun `Morgen`, not `im nächsten Schritt`)."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    for k in inside:
        low = sent.lower[k]
        if low in ("morgen", "übermorgen") and not sent.is_cap(k):
            out.append(sent.span(k, k + 1))
        elif low in _NEXT and k + 1 < len(sent.toks) and sent.lower[k + 1] in _TIME_NOUNS:
            out.append(sent.span(k, k + 2))
    return out
