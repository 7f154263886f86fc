"""Stance of a claim as the article presents it, with the words that set it.

Precedence: ``denied`` (a denial cue: `dementierte`, `wies zurück`, `bezweifelte`; not negated:
`schloss nicht aus` is a possibility) > ``alleged`` (a claim cue such as `behauptete`, an
accusation without a named accuser, or distance markers in frame or content: `angeblich`,
`mutmaßlich`, hearsay `soll ... haben`, `nach unbestätigten Berichten`, `dem Vernehmen nach`,
`reportedly`) > ``hypothetical`` (a condition or a mere possibility in the content: `falls`,
`wenn`, `im Falle`, `möglicherweise`, `if`, `perhaps`) > ``future`` (an announcement cue such
as `kündigte an`, a frame of expectation, or a future in the content: `werde`/`würde`/`wird` +
infinitive, `will` + infinitive, `soll` + a plain or passive infinitive, `in drei Wochen`; an
intention word of the frame: `erklärte sich bereit, … zu …`) > a mere possibility (`könnte`:
``hypothetical``) > ``reported``.  Every sentence of the content counts; quoted words count for
plans and conditions, not for distance.  The session-11 constructions are in
:mod:`.stance_cues` and :mod:`.stance_verbs`.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import stance_cues as cues
from . import stance_verbs as verbs
from .frames import FREE_KINDS, Attr, Sentence, Span2
from .text import CLOSING
from .time_words import DAY_PARTS, SEASONS, WEEKDAYS, duration_unit, time_noun

_CLASS_STANCE = {"deny": "denied", "allege": "alleged", "announce": "future"}


def claim_stance(
    attr: Attr,
    sent: Sentence,
    cue: list[Span2],
    inner: Sequence[Span2] = (),
    others: Sequence[Sentence] = (),
) -> tuple[str, list[Span2]]:
    """``(stance, evidence spans)`` for one attribution in its sentence (``cue``: its words).

    ``inner`` are the contents of claims reported inside this one (`X berichtete, Y habe
    bekanntgegeben, dass angeblich ...`): their markers set their own stance, not the stance
    of the relaying claim.  ``others`` are the further sentences the content runs through (a
    stretch of reported speech before `Dies teilte X mit.`, a quotation of several sentences):
    their content words count like those of the cue's sentence.  Quoted words count for
    conditions and plans, not for distance (`„angeblich“` in a quotation is the speaker's)."""
    by_cue = _CLASS_STANCE.get(attr.cls or "") or _cue_lemma_stance(sent, cue, attr.speaker)
    by_cue = None if verbs.named_accuser(attr, sent, cue, by_cue) else by_cue
    if by_cue == "future" and verbs.ruling(attr, sent, cue):
        by_cue = None  # `hat das Gericht entschieden, dass …`: a ruling, no plan
    if by_cue == "denied":
        if attr.kind in FREE_KINDS:
            by_cue = None  # `X wies die Vorwürfe zurück. [Die Studie sei richtig.]`: his claim
        elif _negated_cue(sent, cue):
            # `schloss nicht aus, dass …`: a possibility; `bestritt nicht, dass …`: granted
            possible = cues.lemma_in(sent, cue, {"ausschließen"})
            return ("hypothetical" if possible else "reported"), list(cue)
        else:
            return "denied", list(cue)
    alleged = [m for m in _alleged_markers(attr, sent) if not _within(m[0], inner)]
    for other in others:  # in other sentences only the content's own words count
        alleged += [m for m in _alleged_markers(attr, other) if attr.covers(m[0])]
    if by_cue == "alleged":
        return "alleged", list(cue) + alleged
    if alleged:
        return "alleged", alleged
    cond: list[Span2] = []
    fut: list[Span2] = []
    poss: list[Span2] = []
    for s in (sent, *others):
        # a speaker's own words count for conditions and plans, quoted or not (`„Wir werden
        # klagen“`), unlike distance markers, which are the article's
        inside = [k for k in _content_tokens(attr, s) if not _within(s.toks[k].start, inner)]
        ks = [
            k
            for k in inside
            if s.lower[k] in s.lex.conditional_words and not cues.generic_wenn(s, k)
        ]
        ks += [k for k in inside if s.lower[k] in s.lex.possibility_words]
        ks += [k for k in _verb_first_conditions(s, inside) if k not in ks]
        cond += [s.span(k, k + 1) for k in sorted(ks)]
        cond += _conditional_phrases(s, inside) + cues.hypothetical_consequences(s, inside)
        cond += cues.without_conditions(s, inside)
        fut += (
            _future_markers(s, inside)
            or _future_times(s, inside)
            or cues.future_spans(s, inside)
            or cues.planned_predicates(s, inside)
            or verbs.content_expectation(s, inside)
        )
        poss += cues.possibility_modals(s, inside)
    if cond or cues.possibility_frame(sent, cue):
        return "hypothetical", cond or list(cue)
    if poss and verbs.expectation_cue(sent, cue):
        return "hypothetical", poss  # `befürchten, dass … getötet worden sein könnten`
    if by_cue == "future" or verbs.expectation_cue(sent, cue) or cues.deliberation_cue(sent, cue):
        return "future", list(cue)
    if verbs.warning_ahead(attr, sent, cue):
        return "future", list(cue)
    if intent := cues.intention_frame(attr, sent, cue) or verbs.own_intention(attr, sent, cue):
        return "future", list(cue) + intent
    if fut:
        return "future", fut
    if poss:
        return "hypothetical", poss
    return "reported", list(cue)


#: the text of an indictment as a source: what it says the accused did is an allegation
_INDICTMENTS = frozenset(["anklage", "anklageschrift"])


def indictment_source(attr: Attr, text: str) -> list[Span2]:
    """`Laut Anklage lockte er den Händler in eine Halle`, and the Konjunktiv that goes on
    reporting it: the indictment's account of the deed is an allegation (the speaker phrase
    as evidence); not its demands (`Die Anklage hatte acht Jahre gefordert`)."""
    if attr.speaker is None or attr.cls in ("demand", "announce"):
        return []
    words = text[attr.speaker[0] : attr.speaker[1]].split()
    if not words or words[-1].strip(',.;:“”„"').lower() not in _INDICTMENTS:
        return []
    return [attr.speaker]


#: frames of accusation and suspicion: the article presents the content as an allegation
#: (`Die Behörde wirft ihm vor, …`, `Ihm wird vorgeworfen, …`, `der Verdacht, …`)
_ACCUSING = frozenset(["vorwerfen", "beschuldigen", "bezichtigen", "unterstellen", "verdächtigen"])
_ACCUSING_NOUNS = frozenset(
    ["vorwurf", "vorwürfe", "verdacht", "anschuldigung", "anschuldigungen", "beschuldigung"]
)
#: frames of doubt: the speaker denies the content in part (`bezweifelt, dass …`)
_DOUBTING = frozenset(["bezweifeln", "anzweifeln"])


def _cue_lemma_stance(sent: Sentence, cue: list[Span2], speaker: Span2 | None) -> str | None:
    """The stance a cue sets by its lemma beyond its lexicon class (German).  An accusation
    is `alleged` only without a named accuser (`Ihm wird vorgeworfen, …`, `der Verdacht, …`);
    `Die Behörde wirft ihm vor, …` attributes the accusation neutrally."""
    if sent.lex.language != "de":
        return None
    accusing = cues.lemma_in(sent, cue, _ACCUSING) or cues.words_in(sent, cue, _ACCUSING_NOUNS)
    if accusing and speaker is None:
        return "alleged"
    if cues.lemma_in(sent, cue, _DOUBTING):
        return "denied"
    if verbs.claimed_knowledge(sent, cue):
        return "alleged"
    return None


def _negated_cue(sent: Sentence, cue: list[Span2]) -> bool:
    """`nicht`/`nie` (not `nicht nur`) in the clause of the cue, from the clause start of its
    first word to its last word or the clause end (`schloss … nicht aus`, `bestritt nicht`)."""
    ks = sent.indices_of(cue)
    if not ks:
        return False
    first = sent.clause_start(ks[0])
    last = max(ks[-1], min(len(sent.toks), sent.clause_end(ks[0])) - 1)
    return any(
        sent.lower[k] in ("nicht", "nie", "niemals")
        and (k + 1 >= len(sent.toks) or sent.lower[k + 1] != "nur")  # `nicht nur …, sondern`
        for k in range(first, last + 1)
    )


#: frames of what someone expects, hopes, fears or is ready to do: the content lies ahead
def _conditional_phrases(sent: Sentence, inside: list[int]) -> list[Span2]:
    """`im Falle einer Ausbreitung`, `für den Fall, dass`, `in case of` in the content."""
    out: list[Span2] = []
    ks = set(inside)
    for phrase in sent.lex.conditional_phrases:
        n = len(phrase)
        for k in inside:
            if tuple(sent.lower[k : k + n]) == phrase and k + n - 1 in ks:
                out.append(sent.span(k, k + n))
    return out


def _within(offset: int, spans: Sequence[Span2]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _content_tokens(attr: Attr, sent: Sentence) -> list[int]:
    return [k for k, t in enumerate(sent.toks) if attr.covers(t.start) and sent.is_word(k)]


def _alleged_markers(attr: Attr, sent: Sentence) -> list[Span2]:
    """Distance markers anywhere in the sentence outside direct quotes."""
    out: list[Span2] = []
    lex = sent.lex
    words = [k for k in range(len(sent.toks)) if not sent.in_quote[k] and sent.is_word(k)]
    for k in words:
        if sent.lower[k] in lex.alleged_words and not cues.attributive_distance(attr, sent, k):
            out.append(sent.span(k, k + 1))
    for phrase in lex.alleged_phrases:
        n = len(phrase)
        for k in range(len(sent.toks) - n + 1):
            if tuple(sent.lower[k : k + n]) == phrase:
                out.append(sent.span(k, k + n))
    # `soll ... haben/sein/worden`: hearsay modal with a perfect infinitive or a report
    for k in words:
        if sent.lower[k] in lex.alleged_modal and (
            distanced(sent, k)
            or cues.verb_final_hearsay(attr, sent, k)
            or cues.bracketed_hearsay(sent, k)
            or verbs.state_hearsay(sent, k)
        ):
            out.append(sent.span(k, k + 1))
    out.extend(verbs.claimed_perfect(attr, sent, words))
    out.extend(cues.content_scare_quotes(attr, _scare_quotes(sent)))
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
    """`soll ... abgebrannt sein`: a modal with a perfect or passive infinitive: a `soll`
    report of the kind the evaluation layer counts as free indirect speech (mood.py)."""
    end = sent.clause_end(k + 1)
    tail = sent.lower[k + 1 : end]
    return bool(tail) and tail[-1] in ("haben", "sein", "worden", "werden", "gewesen")


def distanced(sent: Sentence, k: int) -> bool:
    """The stance reading of `soll`: hearsay with a perfect infinitive or `sein` (`soll ...
    abgebrannt sein`, `soll verhaftet worden sein`); with a passive infinitive or one of action
    it states a plan or a duty (`soll abgerissen werden`, `soll folgen`): see
    :func:`_planned` (also with a verb of state, `soll aus Berlin stammen`: excluding those
    lost a dev case, the annotators read some as plans)."""
    return hearsay(sent, k) and sent.lower[sent.clause_end(k + 1) - 1] != "werden"


def _planned(sent: Sentence, k: int) -> bool:
    """`soll`/`sollen` + an infinitive closing the clause, not a perfect one: a plan (`Ein
    weiteres Konsulat soll folgen`, `200 Mitarbeiter sollen entlassen werden`)."""
    if sent.lower[k] not in ("soll", "sollen") or distanced(sent, k) or cues.opinion_soll(sent, k):
        return False
    last = _clause_last(sent, k)
    return last > k and _infinitive_at(sent, last) and sent.toks[last].pos != "NOUN"


def _future_markers(sent: Sentence, inside: list[int]) -> list[Span2]:
    """Words of a future in the content: `werde`/`wird` (`würde` in German) with an infinitive
    (not a participle: `verlegt werden` is passive), `soll` + an infinitive (a plan, not
    hearsay), `will`/`plant` + infinitive, `künftig`, `demnächst`, `voraussichtlich`; English
    `will`/`shall`."""
    out: list[Span2] = []
    lex = sent.lex
    for k in inside:
        low = sent.lower[k]
        if lex.language == "de" and low == "sobald" and _pending_condition(sent, k):
            out.append(sent.span(k, k + 1))  # `die Sperre werde aufgehoben, sobald …`
            continue
        if low not in lex.future_words and not (
            lex.language == "de"
            and (low in ("soll", "sollen", "würde", "würden") or low in cues.ESTIMATE_MODALS)
        ):
            continue
        if lex.language == "en":
            if low in ("will", "shall"):
                out.append(sent.span(k, k + 1))
            continue
        nxt = sent.lower[k + 1] if k + 1 < len(sent.toks) else ""
        if low in ("würde", "würden") and lex.language == "de":
            # the future of indirect speech where Konjunktiv I looks like the indicative
            # (`bei der Wahl würden nicht alle zustimmen`); a condition wins by precedence
            wish = any(
                w in ("gerne", "gern", "lieber") for w in sent.lower[k : _clause_last(sent, k)]
            )
            hit = _clause_final_infinitive(sent, k) and not wish  # `würde gerne helfen`: a wish
            hit = hit and not verbs.stative_infinitive(sent, _clause_last(sent, k))
        elif low in ("werde", "werden", "wird"):
            # `erweitert werden`, `angeboten werden sollten` are passive; `der Hafen werde
            # erweitert` has a noun before it
            verb_before = k > 0 and _infinitive_at(sent, k - 1) and not sent.is_cap(k - 1)
            hit = verb_before or _clause_final_infinitive(sent, k)
            hit = hit and not cues.modal_infinitive_werden(sent, k)
        elif low in ("soll", "sollen"):
            hit = _planned(sent, k)
        elif low in cues.ESTIMATE_MODALS:
            hit = cues.estimate(sent, k) == "future"
        elif low in ("will", "wolle", "wollen", "plant", "plane", "planen"):
            hit = _infinitive(nxt) or any(_infinitive(sent.lower[j]) for j in inside if j > k)
            # verb-final in the content's own clause: `dass er sich … konzentrieren wolle`
            hit = hit or _final_intention(sent, k, inside)
        else:
            hit = low in ("künftig", "demnächst", "voraussichtlich")
        if hit:
            out.append(sent.span(k, k + 1))
    return out


def _pending_condition(sent: Sentence, k: int) -> bool:
    """`sobald` at ``k`` opens a clause of what is still to happen (`…, sobald der Entscheid
    rechtskräftig sei`, `sobald die Studie fertiggestellt ist`): its finite verb is no past
    tense (`sobald er ankam` tells what happened)."""
    end = sent.clause_end(k + 1)
    verbs = [j for j in range(k + 1, end) if sent.is_finite(j)]
    return bool(verbs) and all(sent.toks[j].feat("Tense") != "Past" for j in verbs)


def _final_intention(sent: Sentence, k: int, inside: list[int]) -> bool:
    """`dass er sich … konzentrieren wolle`: `wollen` closes the content's own clause after its
    infinitive; not a `wer` clause (`Wer … erhalten wolle, müsse …`) nor a past intention
    with `haben` (`habe sich trennen wollen`)."""
    if not inside or k - 1 not in inside or not _infinitive_at(sent, k - 1):
        return False
    start = sent.clause_start(k)
    if start != sent.clause_start(inside[0]) or sent.lower[start] in ("wer", "was"):
        return False
    return not any(sent.lower[j] in ("habe", "hat", "hatte", "hätte") for j in range(start, k))


def _clause_final_infinitive(sent: Sentence, k: int) -> bool:
    """`Brenner werde im Mai nach Ostmark reisen`: the auxiliary in second position, the
    infinitive closes the clause."""
    last = _clause_last(sent, k)
    while last > k + 1 and sent.toks[last].text in CLOSING:
        last -= 1  # `man werde den Vorschlag „sorgfältig prüfen“`
    if last == k + 1:
        # right after the auxiliary in second place: `man werde prüfen, ob …`, `man werde
        # kämpfen, bis …` (not a passive or modal chain: `eingeschaltet werden sollten`)
        return (
            k > 0
            and sent.toks[last].tag == "VVINF"
            and sent.toks[k - 1].tag not in ("VVPP", "VVINF", "VAPP", "VMINF", "VAINF")
        )
    if last <= k or sent.toks[last].pos == "NOUN":
        return False
    return _infinitive_at(sent, last) or cues.active_participle_form(sent, k, last)


def _clause_last(sent: Sentence, k: int) -> int:
    """The last token of the clause of ``k``; inside a quotation the quotation's own commas and
    full stops end it (:meth:`clause_end` reads a quotation as one piece of its sentence)."""
    if not sent.in_quote[k]:
        return cues.bracket_last(sent, k, sent.clause_end(k + 1) - 1)
    j = k + 1
    while j < len(sent.toks) and sent.in_quote[j] and sent.is_word(j):
        j += 1
    return j - 1


def _infinitive_at(sent: Sentence, k: int) -> bool:
    """An infinitive by the tagger's verb form where it gave one (`angeboten`, `einbezogen`,
    `hingenommen` are participles of particle verbs although they do not start with `ge`),
    else by the word's ending."""
    tag = sent.toks[k].tag
    if tag.endswith("PP"):
        return False
    if tag.endswith("INF"):
        return True
    return _infinitive(sent.lower[k])


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


def _ahead(low: str) -> bool:
    """A time that `nächste`/`kommende` put in the future: a unit of time, a season, a
    weekday, the weekend (`nächste Woche`, `im kommenden Sommer`, `kommenden Montag`)."""
    return (time_noun(low) and low not in DAY_PARTS) or low in SEASONS or low in WEEKDAYS


def _future_times(sent: Sentence, inside: list[int]) -> list[Span2]:
    """Time adverbials of the future in the content: `morgen`, `übermorgen`, `nächstes Jahr`,
    `in der kommenden Woche` (not the noun `Morgen`, not `im nächsten Schritt`)."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    for k in inside:
        low = sent.lower[k]
        idiom = k > 0 and sent.lower[k - 1] == "auf"
        if low in ("morgen", "übermorgen") and not sent.is_cap(k) and not idiom:
            # not the idiom `von heute auf morgen`
            out.append(sent.span(k, k + 1))
        elif low in _NEXT and k + 1 < len(sent.toks) and _ahead(sent.lower[k + 1]):
            out.append(sent.span(k, k + 2))
        elif low == "zukünftig" or (low == "zukunft" and k > 0 and sent.lower[k - 1] == "in"):
            out.append(sent.span(k - (low == "zukunft"), k + 1))
        elif (
            low == "in"
            and k + 2 < len(sent.toks)
            and duration_unit(sent.lower[k + 2])
            and sent.lower[k + 2].endswith("n")  # the dative plural of `in drei Wochen`
            and (sent.toks[k + 1].pos == "NUM" or sent.lower[k + 1] in ("wenigen", "einigen"))
        ):
            out.append(sent.span(k, k + 3))  # `in drei Wochen`: a span counted from now
    return out
