"""Mood and clause tests for reported speech: Konjunktiv I, `soll`-hearsay, main clauses.

German reported speech is marked by the Konjunktiv I of the first finite verb of the main
clause (`Die Lage sei ernst.`); Konjunktiv II (`wäre`, `hätte`) continues it after a frame,
`soll` with a perfect or passive infinitive reports hearsay.  Finite verbs of relative and
subordinate clauses (`Die Frau, die ... habe, ...`) do not count.
"""

from __future__ import annotations

from .clauses import SUBORDINATORS
from .frames import Sentence
from .konjunktiv_forms import konjunktiv1_at
from .stance import hearsay


def modal_first(sent: Sentence) -> bool:
    """The sentence's main clause has the modal of plans and hearsay (`soll`, `sollen`) as its
    first finite verb: not in a relative clause (`Der Entwurf, der ... vorgestellt werden soll,
    ...`), not verb-first (`Sollte das nicht gelingen, ...` is a condition)."""
    first = first_finite(sent)
    return (
        first is not None
        and first > 0
        and sent.lower[first] in sent.lex.alleged_modal
        and _prefield_start(sent, first) == 0
    )


def _prefield_start(sent: Sentence, k: int) -> int:
    """Where the clause of ``k`` starts, reading a short quoted name in it as part of the clause
    (`Der Start des „Polar Satellite Launch Vehicle“ soll ...`)."""
    start = sent.clause_start(k)
    while start > 0:
        mark = sent.toks[start - 1]
        name = next((q for q in sent.quotes if q.end == mark.end and q.words <= 4), None)
        opening = next((j for j, t in enumerate(sent.toks) if name and t.start == name.start), 0)
        if name is None or opening == 0:
            return start
        start = sent.clause_start(opening)
    return start


def first_finite(sent: Sentence, main: bool = False) -> int | None:
    """The first finite (or Konjunktiv) verb outside quotations; with ``main`` the first one of
    a main clause (not of a relative or subordinate clause: `Die Frau, die ... habe, ...`)."""
    words = [k for k in range(len(sent.toks)) if not sent.in_quote[k] and sent.is_word(k)]
    for k in words:
        if not (sent.is_finite(k) or sent.is_subjunctive(k)):
            continue
        if main and dependent_clause(sent, sent.clause_start(k), k):
            continue
        return k
    return None


def dependent_clause(sent: Sentence, start: int, verb: int | None = None) -> bool:
    """The clause starting at ``start`` after a comma is a relative or subordinate clause;
    ``verb``: its finite verb, which closes a relative clause that the tagger read as an
    article (`Personen, die Umgang mit Tieren hätten, seien ...`)."""
    if start == 0:
        return _fronted_clause(sent)
    if start >= len(sent.toks):
        return False
    tag = sent.toks[start].tag
    if tag == "APPR" and start + 1 < len(sent.toks):
        tag = sent.toks[start + 1].tag  # `, mit dem ...`
    if tag in ("PRELS", "PRELAT", "KOUS", "PWS", "PWAV", "PWAT") or (
        not tag and sent.lower[start] in SUBORDINATORS
    ):
        return True
    return (
        verb is not None
        and sent.lower[start] in RELATIVE_WORDS
        and verb > start + 1
        and (verb + 1 >= len(sent.toks) or sent.is_boundary(verb + 1) or sent._final(verb + 1))
    )


def _fronted_clause(sent: Sentence) -> bool:
    """The sentence opens with a `wer`/`was`/`wie` clause in its Vorfeld (`Wer Spenden
    verwalte, müsse sich kontrollieren lassen`, `Wie es weitergeht, sei offen`): a w-word
    first, and right after the clause's comma the main clause's finite verb.  (A subordinator
    first is :func:`fronted_reported`'s: `Falls …, wäre es …` is a condition.)"""
    if not sent.toks or sent.toks[0].tag not in ("PWS", "PWAT", "PWAV"):
        return False
    end = sent.clause_end(0)
    return (
        end + 1 < len(sent.toks)
        and sent.toks[end].text == ","
        and (sent.is_finite(end + 1) or sent.is_subjunctive(end + 1))
    )


#: words that open a relative clause (`, die ...`) when its finite verb comes last
RELATIVE_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "denen",
        "deren",
        "dessen",
        "welche",
        "welcher",
        "welches",
        "welchem",
        "welchen",
    }
)


def reported_mood(sent: Sentence) -> bool:
    """The sentence's first finite verb outside quotations is Konjunktiv I (`sei`, `habe`,
    `werde`, `könne`), the mood of reported speech, or a plural Konjunktiv II standing in for
    a Konjunktiv I that looks like the indicative (`Orkanböen könnten auftreten`,
    :func:`ersatz_mood`: no condition in the sentence); other Konjunktiv II forms (`wäre`,
    `hätte`, `sollte`) are mostly hypothetical, and an indicative main clause is the
    article's voice."""
    first = first_finite(sent, main=True)
    return first is not None and (reported_verb_at(sent, first) or ersatz_mood(sent))


def reported_verb_at(sent: Sentence, k: int, *, plural_ii: bool = False) -> bool:
    """Token ``k`` is a verb of reported speech: Konjunktiv I not in the first person (`sei`,
    `habe`, `wolle`); with ``plural_ii`` also a plural Konjunktiv II standing in for it
    (`hätten`, :data:`ERSATZ_PLURAL`).  Other Konjunktiv II forms (`wäre`, `könnte`) are mostly
    hypothetical."""
    if not sent.is_subjunctive(k) or first_person(sent, k):
        return False
    return konjunktiv1_at(sent, k) or (plural_ii and sent.lower[k] in ERSATZ_PLURAL)


#: plural Konjunktiv II forms that stand in for a Konjunktiv I identical to the indicative
#: (`sie haben` -> `sie hätten`): the mood of reported speech in the plural
ERSATZ_PLURAL = frozenset(
    {"hätten", "könnten", "müssten", "dürften", "würden", "bräuchten", "wüssten", "gäben"}
    | {"kämen", "stünden", "lägen", "sähen", "fänden", "nähmen", "träfen", "gälten"}
)
#: words that make a Konjunktiv II a condition or a wish, not reported speech
_CONDITIONS = frozenset({"wenn", "falls", "sonst", "ob", "als", "gern", "gerne", "lieber"})


def ersatz_mood(sent: Sentence) -> bool:
    """The main clause's verb is a plural Konjunktiv II standing in for Konjunktiv I (`So
    hätten Rebellen die Straße blockiert.`), with no condition in the sentence."""
    first = first_finite(sent, main=True)
    if first is None or sent.lower[first] not in ERSATZ_PLURAL or first_person(sent, first):
        return False
    return not any(sent.lower[k] in _CONDITIONS for k in range(len(sent.toks)))


def subjunctive_form(low: str) -> bool:
    """A third-person Konjunktiv form: `sei`, or a form ending in `-e`/`-en` (`habe`,
    `hätten`); the tagger's subjunctive mark on `lässt` or `findest` is a misreading."""
    return low in ("sei", "seiest") or low.endswith(("e", "en"))


def first_person(sent: Sentence, v: int) -> bool:
    """`Ich habe ...`, `Wir seien ...`: a verb of the speaker's own voice (an interview)."""
    window = range(max(0, v - 3), min(len(sent.toks), v + 2))
    return any(sent.lower[k] in ("ich", "wir") and not sent.in_quote[k] for k in window)


#: Konjunktiv II forms used as a present tense of wishes (`Sie möchte im Mai kandidieren.`):
#: no mark of reported speech
_WISHES = frozenset({"möchte", "möchten"})
#: the singular Konjunktiv II of possibility (`Das könnte teuer werden.`): the article's own
#: speculation, also right after a frame (the plural `könnten` stands in for Konjunktiv I)
_POSSIBILITY = frozenset({"könnte"})


def free_kind(sent: Sentence) -> str | None:
    words = [k for k in range(len(sent.toks)) if not sent.in_quote[k] and sent.is_word(k)]
    first = first_finite(sent, main=True)
    if (
        first is not None
        and sent.is_subjunctive(first)
        and not first_person(sent, first)
        and sent.lower[first] not in _WISHES
        and (first > 0 or konjunktiv1_at(sent, first))
        and sent.lower[first] not in _POSSIBILITY
        and subjunctive_form(sent.lower[first])
    ):
        # the first finite verb is in Konjunktiv: `Die Muster seien unruhig.`, not
        # `Die BVG begegnet der Kritik mit dem Hinweis, ... sei ...` (the article's voice),
        # nor a Konjunktiv II opening a condition (`Hätte er nur Bier getrunken, ...`)
        return "IndirectFreeIndirect"
    if first is not None and first > 0 and _subjunctive_conjunct(sent, first):
        return "IndirectFreeIndirect"  # `Die Täter gingen … vor und nähmen … in Kauf.`
    modal = sent.lex.alleged_modal
    # not a modal opening the sentence: `Sollte der Antrag angenommen werden, ...` is a condition
    if any(sent.lower[k] in modal and hearsay(sent, k) for k in words if k > 0):
        return "FreeIndirect"
    return None


def _subjunctive_conjunct(sent: Sentence, first: int) -> bool:
    """The main clause's first finite verb is a plural in `-en` that may be past or
    Konjunktiv II (`gingen`, `hielten`: one form for both), and the predicate coordinated with
    it by `und` has an unambiguous Konjunktiv (`und nähmen den Tod in Kauf`): the whole
    sentence is reported speech."""
    if sent.toks[first].feat("Number") != "Plur" or not sent.lower[first].endswith("en"):
        return False
    end = sent.clause_end(first + 1)
    for k in range(first + 1, min(len(sent.toks) - 1, end + 1)):
        if sent.lower[k] != "und" or sent.in_quote[k]:
            continue
        v = k + 1
        if sent.is_finite(v) and sent.is_subjunctive(v) and _unambiguous(sent, v):
            return True
    return False


def _unambiguous(sent: Sentence, v: int) -> bool:
    """A Konjunktiv form no indicative shares: Konjunktiv I (`sei`, `habe`) or II with umlaut
    (`nähmen`, `wäre`, `hätten`)."""
    low = sent.lower[v]
    return konjunktiv1_at(sent, v) or any(ch in low for ch in "äöü") and low.endswith(("e", "en"))


__all__ = [
    "dependent_clause",
    "first_finite",
    "first_person",
    "free_kind",
    "modal_first",
    "reported_mood",
    "reported_verb_at",
]
