"""Source phrases that the noun-phrase reader of :class:`SentenceView` cannot delimit alone.

German word order fixes them instead: a source frame opening the sentence fills the Vorfeld up to
the finite verb (`Laut einer am Dienstag veröffentlichten Mitteilung des Amtes wurden ...`), and a
trailing `so X.` takes the rest of the sentence as its source (`..., so der staatliche National
Health Service (NHS).`).  Used by the cue finder and by the prepositional frames.
"""

from __future__ import annotations

from .konjunktiv_forms import konjunktiv1_at
from .sentence import _WH, SentenceView, Span2


def vorfeld_verb(sent: SentenceView, i: int) -> tuple[int, bool] | None:
    """The finite verb closing a Vorfeld that continues at ``i``, and whether no comma came
    before it.  Past a comma only a verb right after a comma counts: the clause before was an
    apposition or a relative clause of the source (`Nach Angaben von X, der ..., wurde ...`)."""
    comma = False
    for k in range(i, min(len(sent.toks), i + 40)):
        if sent.in_quote[k]:
            continue
        text = sent.toks[k].text
        if text in ";:–—" or (sent.is_boundary(k) and text != ","):
            return None
        if text == "," and not list_comma(sent, k):
            comma = True
        elif sent.is_finite(k) and (not comma or sent.toks[k - 1].text == ","):
            if comma and _participle_clause(sent, k):
                continue  # `Nach Ansicht der Anklage, vertreten durch X, soll ...`
            return k, not comma
    return None


def list_comma(sent: SentenceView, k: int) -> bool:
    """The comma at ``k`` separates names (or quoted names) in a list that `und`/`oder`/`sowie`
    closes before any verb (`Nach Informationen von NDR, WDR und „Süddeutscher Zeitung“ will`)."""
    if k == 0 or k + 1 >= len(sent.toks) or sent.toks[k - 1].tag not in ("NE", "$("):
        return False
    if sent.toks[k + 1].tag != "NE" and sent.toks[k + 1].start not in sent.quote_starts:
        return False  # `…, Luis Moreno Ocampo, Folterungen und …`: the apposition closes
    for x in range(k + 1, min(len(sent.toks), k + 8)):
        if sent.lower[x] in ("und", "oder", "sowie") and not sent.in_quote[x]:
            return True
        tag = sent.toks[x].tag
        if tag.startswith("V") or tag in ("KOUS", "PRELS") or sent.lower[x] in _WH:
            return False
        if sent.toks[x].text in (";", ":", ".", "(", "–"):
            return False
    return False


def _participle_clause(sent: SentenceView, k: int) -> bool:
    """The verb at ``k`` (after a comma) opens a clause that ends in a comma followed directly by
    another finite verb: a participle phrase, the later verb is the one after the Vorfeld."""
    end = sent.clause_end(k + 1)
    return (
        end + 1 < len(sent.toks)
        and sent.toks[end].text == ","
        and not sent.in_quote[end + 1]
        and sent.is_finite(end + 1)
    )


def vorfeld_source(sent: SentenceView, i: int, verb: int) -> Span2 | None:
    """The source in a comma-free Vorfeld ``[i, verb)``, without a trailing `gegenüber X` or
    adverb (`Nach Angaben der Sprecherin gegenüber der Zeitung ist ...`)."""
    end = verb
    for k in range(i + 1, verb):
        if sent.lower[k] in _SOURCE_STOP or (
            sent.lower[k] == "unter" and k + 1 < verb and sent.lower[k + 1] == "berufung"
        ):
            end = k  # also `Laut X unter Berufung auf Y wurde ...`: Y is the source's source
            break
    while end > i and sent.toks[end - 1].text in "-–(":
        end -= 1
    return sent.span(i, end) if end > i else None


#: words that end a source in the Vorfeld: addressee phrases and sentence adverbs
_SOURCE_STOP = frozenset(
    [
        "gegenüber",
        "zufolge",
        "bereits",
        "schon",
        "auch",
        "noch",
        "jedoch",
        "aber",
        "zudem",
        "außerdem",
        "inzwischen",
        "bislang",
        "bisher",
        "nun",
        "jetzt",
        "erneut",
        "ebenfalls",
        "heute",
        "gestern",
        "damals",
        "zuvor",
        "zunächst",
        "insgesamt",
        "mittlerweile",
    ]
)


def trailing_source_end(sent: SentenceView, i: int) -> int:
    """End of a source that runs from ``i`` to the end of the sentence (`..., so letztere.`,
    `..., so der staatliche National Health Service (NHS).`): a short phrase without a finite
    verb, quotation or clause boundary; ``i`` when there is none."""
    end = sent.content_end()
    if not i < end <= i + 10 or sent.lower[i] in _NOT_A_SOURCE:
        return i
    for k in range(i, end):
        text = sent.toks[k].text
        if sent.in_quote[k] or (sent.is_boundary(k) and text not in "()") or sent.is_finite(k):
            return i
    return end


#: words that cannot open a trailing source (`..., so dass ...`, `..., so weit ...`)
_NOT_A_SOURCE = frozenset(["dass", "weit", "lange", "viel", "sehr", "wie", "auch", "etwa", "zum"])


#: relative pronouns after a source preposition: `Gerüchte, nach denen ...`
_RELATIVE_SOURCE = frozenset(["denen", "welchem", "welcher", "welchen"])


def relative_source(sent: SentenceView, i: int) -> bool:
    """The preposition at ``i`` opens a relative clause whose antecedent is the source (`die
    Umfragen, nach denen ...`, `die Pläne, laut denen ...`, `ein Bericht, gemäß dem ...`);
    with `nach` the antecedent must be a cue noun (`die Stadt, nach der ...` is a place)."""
    if not 1 < i < len(sent.toks) - 2 or sent.toks[i - 1].text != ",":
        return False
    if sent.lower[i + 1] not in _RELATIVE_SOURCE or sent.in_quote[i]:
        return False
    if sent.toks[i + 1].tag and sent.toks[i + 1].tag not in ("PRELS", "PWS", "ART", "PDS"):
        return False
    if sent.lower[i + 1] != "denen" and sent.is_cap(i + 2) and sent.toks[i + 2].pos != "PROPN":
        return False  # `..., nach dem Spiel ...`: an article before a noun
    if sent.lower[i] == "laut":
        return True
    # the antecedent, possibly before a short attribute (`die Umfragen im Land, nach denen`);
    # any noun when the relative clause is in the Konjunktiv I, the mood of reported speech
    # (`Studien der Charité, nach denen Homöopathie ebenbürtig sei`; not `die Stadt, nach der
    # die Straße benannt ist`)
    reported = _reported_relative(sent, i + 2)
    return any(
        sent.is_cap(k)
        and (
            sent.lex.is_cue_noun(sent.toks[k].text)
            or sent.lower[k] in _CLAIM_NOUNS
            or (reported and sent.toks[k].tag == "NN")
        )
        for k in range(max(0, i - 4), i - 1)
    )


def _reported_relative(sent: SentenceView, start: int) -> bool:
    """The clause from ``start`` to the next comma or sentence end has a Konjunktiv I finite
    verb outside quotations."""
    for k in range(start, len(sent.toks)):
        if sent.toks[k].text in (",", ";", ":") or sent.is_boundary(k):
            return False
        if not sent.in_quote[k] and sent.is_finite(k) and sent.is_subjunctive(k):
            return konjunktiv1_at(sent, k)
    return False


#: nouns naming a claim whose content a `nach`-relative clause gives (`Gerüchte, nach denen`)
_CLAIM_NOUNS = frozenset(
    [
        "gerücht",
        "gerüchte",
        "gerüchten",
        "behauptung",
        "behauptungen",
        "theorie",
        "these",
        "vorwurf",
        "vorwürfe",
        "vorwürfen",
        "version",
        "lesart",
        "darstellung",
    ]
)


#: words before `nach` that make it temporal (`zwei Monate nach`, `kurz nach`)
_BEFORE_TEMPORAL_NACH = frozenset(
    [
        "sekunden",
        "minuten",
        "stunden",
        "tage",
        "tagen",
        "wochen",
        "monate",
        "monaten",
        "jahre",
        "jahren",
        "jahrzehnte",
        "kurz",
        "bald",
        "unmittelbar",
        "gleich",
        "direkt",
        "erst",
        "noch",
        "schon",
        "wenige",
        "kurze",
        "lange",
        "spät",
        "später",
    ]
)
#: event nouns that after `nach` name a point in time, not a source (`nach der Nachricht vom
#: Rücktritt`, `nach einem anonymen Hinweis`)
_EVENT_HEADS = frozenset(["nachricht", "hinweis", "bekanntgabe", "vorstellung", "präsentation"])
#: nouns of an act of making something public: a source only with the one who acts as their
#: attribute (`nach einer Veröffentlichung der Zeitung`), a point in time with what was made public
#: or with no attribute (`nach der Veröffentlichung der ersten Studie`, `Nach der Veröffentlichung
#: kam es zu Protesten`)
_ACT_HEADS = frozenset(["veröffentlichung", "veröffentlichungen", "publikation", "ankündigung"])
_INDEFINITE = frozenset(["einer", "einem", "eines"])


def temporal_nach(sent: SentenceView, i: int, end: int) -> bool:
    """`nach` at ``i`` with the noun phrase ``[i + 1, end)`` is temporal: after a time span
    (`zwei Monate nach`), or the nouns heading the phrase (before its first attribute) include
    no cue noun (`nach Abschluss der Ermittlungen`) or name an event (`nach der Nachricht`)."""
    if i > 0 and sent.lower[i - 1] in _BEFORE_TEMPORAL_NACH:
        return True
    heads: list[str] = []
    attribute = end
    for k in range(i + 1, end):
        if heads and (sent.lower[k] in sent.lex.np_inner or not sent.is_word(k)):
            attribute = k  # `Abschluss | der Ermittlungen`: a genitive or prepositional attribute
            break
        if sent.is_cap(k) and sent.is_word(k):
            heads.append(sent.toks[k].text)
    if not heads:
        return False
    if heads[-1].lower() in _EVENT_HEADS:
        return True
    if heads[-1].lower() in _ACT_HEADS:
        # `nach einer Veröffentlichung im Magazin X`: an indefinite article names a document
        return sent.lower[i + 1] not in _INDEFINITE and not _names_actor(sent, attribute, end)
    return not any(sent.lex.is_cue_noun(w) or sent.lex.is_source_noun(w) for w in heads)


def _names_actor(sent: SentenceView, start: int, end: int) -> bool:
    """The attribute ``[start, end)`` of an act noun names who acted: a noun of someone who can
    speak (`der Zeitung`, `des Ministeriums`) or a proper name (`von Reuters`)."""
    return any(
        sent.is_word(k)
        and sent.is_cap(k)
        and (sent.toks[k].tag == "NE" or _source_noun(sent, sent.toks[k].text))
        for k in range(start, end)
    )


def _source_noun(sent: SentenceView, word: str) -> bool:
    """A source noun also in the genitive or dative plural (`des Ministeriums`, `den Ärzten`)."""
    forms = [word] + [word[: -len(e)] for e in ("es", "s", "n") if word.endswith(e)]
    return any(len(f) > 2 and sent.lex.is_source_noun(f) for f in forms)
