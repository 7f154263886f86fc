"""Words that open or extend a noun phrase for the phrase reader of :mod:`.sentence`: a
quantity starting a new phrase (`weitere`, `62 Zivilisten`) and an adjective-like word before a
noun (German inflection endings when the tagger gives no part of speech)."""

from __future__ import annotations

from .token_view import TokenView

#: quantifiers that open a new noun phrase (`…, weitere Opfer`)
_QUANTIFIERS = frozenset(
    ["weitere", "weiteren", "mehrere", "einige", "zahlreiche", "viele", "rund", "etwa"]
    + ["mindestens"]
)

#: quantifiers that open a phrase only in the dative plural (the nominative and accusative
#: end in -e: `mehrere`, `viele`): `Mehreren Ministern warfen die Anwälte … vor`
DATIVE_QUANTIFIERS = frozenset({"mehreren", "vielen", "einigen", "zahlreichen", "wenigen"})
#: quantifiers that open a plural subject (`forderten mehrere Kreisvorsitzende`, `zahlreiche
#: Abgeordnete kritisierten`)
PHRASE_QUANTIFIERS = frozenset({"mehrere", "viele", "einige", "zahlreiche", "wenige"})

#: words between the two numbers of a range (`80 bis 95`, `zwischen 5 und 10`)
_RANGE_WORDS = frozenset({"bis", "oder", "und"})


def quantity_starts(view: TokenView, j: int) -> bool:
    """A quantity opens a new noun phrase at ``j``: a quantifier (`weitere`, `mehrere`), a
    number before a noun (`62 Zivilisten`; not a name's number: `Artikel 65 des ...`) or a
    range of numbers (`80 bis 95 Millionen Euro`)."""
    low = view.lower[j]
    if low in _QUANTIFIERS:
        return True
    nxt = j + 1
    number = low[:1].isdigit() and all(c.isdigit() or c in ".," for c in low)
    if number and nxt + 1 < len(view.toks) and view.lower[nxt] in _RANGE_WORDS:
        return view.lower[nxt + 1][:1].isdigit()
    return (
        number  # not `84-jährige`
        and nxt < len(view.toks)
        and view.is_cap(nxt)
        and view.toks[nxt].text[1:].isalpha()
        and view.toks[nxt].text[1:].islower()  # a noun, not a code (`S 73 KR 1635/10`)
    )


def adjective_like(view: TokenView, j: int) -> bool:
    """The word at ``j`` looks like an inflected German adjective before a noun or another
    such word (`neue`, `großen`), and is no determiner, pronoun, preposition or verb."""
    low = view.lower[j]
    if view.toks[j].pos in ("DET", "PRON", "ADP", "VERB", "AUX"):
        return False
    if low in view.lex.np_inner or low in view.lex.np_stop:
        return False
    nxt = j + 1
    return (
        view.lex.language == "de"
        and low.endswith(_ENDINGS)
        and nxt < len(view.toks)
        and (view.is_cap(nxt) or _adjective_like_simple(view, nxt))
    )


#: endings of inflected German adjectives
_ENDINGS = ("e", "en", "er", "es", "em")


def _adjective_like_simple(view: TokenView, j: int) -> bool:
    return view.lower[j].endswith(_ENDINGS) and not view.is_finite(j)
