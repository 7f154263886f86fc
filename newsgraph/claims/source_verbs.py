"""Which sentence can lend its subject as the source of the free indirect speech after it.

A frameless sentence in Konjunktiv I reports the named subject of the sentence right before it
when that subject said, judged, decided or did something deliberately (`Der Verband kritisierte
den Plan. Er sei zu teuer.`).  A subject that only undergoes or is the place of an event does
not become a source:

* verbs of dying, happening, falling, being located, weather and possession (`Dabei starb X.`,
  `X war mit einer Freundin unterwegs.`, `X kam ums Leben.`); not deliberate motion (`Der
  Minister reiste nach Kabul.`), after which the traveller may well report what was seen;
* the subject of an agentless passive, who is acted upon (`Alle Besteller werden auf den
  Irrtum hingewiesen.`);
* the subject of hearsay in the article's voice (`X soll im Juni erschossen worden sein.`):
  someone else tells of X.
"""

from __future__ import annotations

from .frames import Sentence
from .mood import first_finite, modal_first
from .token_view import PASSIVE_FINITE

#: lemmas of full verbs whose subject undergoes an event, is somewhere, falls, owns or is the
#: weather's place: no act of saying or deciding
_EVENT_LEMMAS = frozenset(
    {
        # dying, being hurt, being born
        "sterben",
        "umkommen",
        "ertrinken",
        "verunglücken",
        "erliegen",
        "verbluten",
        "ersticken",
        "verbrennen",
        "überleben",
        "geboren",
        "erkranken",
        # happening
        "geschehen",
        "passieren",
        "ereignen",
        "stattfinden",
        "vorkommen",
        # being located, living
        "liegen",
        "befinden",
        "wohnen",
        "leben",
        "stammen",
        "sitzen",
        # falling, crashing
        "abstürzen",
        "stürzen",
        "fallen",
        # weather
        "regnen",
        "schneien",
        "stürmen",
        # possession
        "gehören",
        "besitzen",
        "verfügen",
        "erhalten",
        "bekommen",
        "verlieren",
    }
)

#: predicatives of `sein` that place the subject somewhere (`X war ... unterwegs.`)
_PLACE_PREDICATIVES = frozenset({"unterwegs", "anwesend", "abwesend", "zuhause", "vermisst", "tot"})

#: verbal tags of a main clause's non-finite verbs
_NONFINITE = ("VVPP", "VVINF", "VVIZU", "VAPP", "VAINF")


def lends_source(sent: Sentence) -> bool:
    """The subject of ``sent``'s main clause may be the source of free indirect speech right
    after it: its verb is no verb of dying, happening, falling, place, weather or possession,
    no agentless passive and no hearsay `soll`."""
    v = first_finite(sent, main=True)
    if v is None:
        return True
    if hearsay(sent):
        return False  # `X soll erschossen worden sein.`: X is told of, not telling
    lo, hi = sent.clause_start(v), sent.clause_end(v)
    verbs = [v] + [k for k in range(v + 1, hi) if sent.toks[k].tag in _NONFINITE]
    if sent.lower[v] in PASSIVE_FINITE and _agentless_passive(sent, lo, hi, verbs):
        return False
    full = _full_verb(sent, verbs)
    if full is not None and _event_verb(sent, full, v, hi):
        return False
    if sent.toks[v].lemma == "sein" and full is None:
        return not any(
            sent.lower[k] in _PLACE_PREDICATIVES and not sent.in_quote[k] for k in range(v + 1, hi)
        )
    return True


def hearsay(sent: Sentence) -> bool:
    """The main clause of ``sent`` opens with hearsay `soll`/`sollen` in the article's voice
    (`X soll erschossen worden sein.`, `Dabei sollen ... verhaftet worden sein.`); not
    verb-first (`Sollte X die Wahl gewinnen, will er feiern.` is a condition)."""
    v = first_finite(sent, main=True)
    if v is None or v == 0:
        return False
    return modal_first(sent) or sent.lower[v] in sent.lex.alleged_modal


def _full_verb(sent: Sentence, verbs: list[int]) -> int | None:
    """The last full verb of a clause (`hat ... gefunden`: `gefunden`), or the finite verb when
    it is one."""
    full = [k for k in verbs if sent.toks[k].tag.startswith("VV")]
    return full[-1] if full else None


def _event_verb(sent: Sentence, k: int, v: int, hi: int) -> bool:
    lemma = sent.toks[k].lemma.lower()
    if k == v:
        lemma = _particle(sent, v, hi) + lemma  # `traf ... ein`, `gingen gegen X vor`
    if lemma in _EVENT_LEMMAS:
        return True
    # `kam ums Leben`, `ist ums Leben gekommen`
    return lemma == "kommen" and any(
        sent.lower[j] == "ums" and j + 1 < hi and sent.lower[j + 1] == "leben"
        for j in range(v + 1, hi)
    )


def _particle(sent: Sentence, v: int, hi: int) -> str:
    """The separable particle closing the clause of finite verb ``v`` (`traf ... ein`), also
    one the tagger read as a preposition because nothing follows it (`gingen ... vor.`)."""
    for j in range(v + 1, hi):
        if sent.toks[j].tag == "PTKVZ":
            return sent.lower[j]
    last = sent.last_word(v, hi)
    if last > v + 1 and sent.toks[last].tag in ("APPR", "ADV") and sent.toks[last].text.islower():
        return sent.lower[last]
    return ""


def _agentless_passive(sent: Sentence, lo: int, hi: int, verbs: list[int]) -> bool:
    """`Alle Besteller werden auf den Irrtum hingewiesen.`: a passive main clause (finite
    `werden` with a participle) without `von X`: its subject is acted upon."""
    if not any(sent.toks[k].tag == "VVPP" for k in verbs):
        return False
    return not any(sent.lower[k] in ("von", "vom", "seitens", "durch") for k in range(lo, hi))
