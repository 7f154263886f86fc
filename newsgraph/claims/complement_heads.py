"""What heads an indirect complement after a frame's comma, used by :mod:`.complements` and
:mod:`.complement_limits` (coverage round, session 9; invented sentences, no train case):

* the complementisers `dass`/`ob` (the old spelling `daß` of news copy before 1996 reads as
  `dass`, token_view.OLD_SPELLINGS): `erklärte, daß die Firma keine Stellen abbauen wird`;
* a `dass` clause after a noun of a mental state that a verb of saying utters is what was said
  (`äußerte die Befürchtung, dass …`, `äußerte den Verdacht, dass …`); after the noun alone
  (`der Verdacht, dass …`, `über die Frage, ob …`) it states a fact or an open question;
* an adverbial clause of time, cause or concession between the frame and its content belongs
  to the frame (`sagte am Montag, nachdem er die Unglücksstelle besucht hatte, die Lage sei
  ernst`): the content starts after it when a `dass`/`ob` clause or a Konjunktiv main clause
  follows; an adverbial clause in Konjunktiv is itself reported speech and stays inside.
"""

from __future__ import annotations

from .frame_shapes import _subordinate_start
from .frames import Sentence
from .token_view import NOUN_PHRASE_LEAD_TAGS

#: the conjunctions that open a complement clause (the old spelling `daß` reads as `dass`:
#: token_view.OLD_SPELLINGS)
COMPLEMENTIZERS = frozenset({"dass", "ob"})

#: nouns whose `dass`/`ob` clause states a fact or an open question, not what someone said
FACT_NOUNS = frozenset({"frage", "tatsache", "umstand", "verdacht", "befürchtung"})

#: fact nouns naming a belief or fear that someone can utter (`äußerte den Verdacht`)
_UTTERABLE = frozenset({"verdacht", "befürchtung"})

#: classes of speech verbs that utter a belief (`äußern`, `bekunden`, `erklären`)
_UTTERING = frozenset({"say", "report", "opinion", "allege"})

#: how many words the noun phrase between verb and noun may hold
_NOUN_PHRASE_WORDS = 4


def fact_noun_clause(sent: Sentence, comma: int) -> bool:
    """The `dass`/`ob` clause after ``comma`` belongs to the fact noun right before the comma
    (`über die Frage geurteilt, ob …`, `der Verdacht, dass …`): no complement of a frame.
    Not when the noun is the object of a finite verb of saying in the same clause (`äußerte
    die Befürchtung, dass …`): the clause is what was uttered."""
    if comma < 1:
        return False
    noun = sent.lower[comma - 1]
    if noun not in FACT_NOUNS:
        return False
    return noun not in _UTTERABLE or not _uttered_by_verb(sent, comma - 1)


def _uttered_by_verb(sent: Sentence, noun: int) -> bool:
    """The noun at ``noun`` is the accusative object of a finite speech verb just before its
    noun phrase (`äußerte zudem die Befürchtung`)."""
    k = noun - 1
    words = 0
    while k >= 0 and sent.toks[k].tag in NOUN_PHRASE_LEAD_TAGS and words < _NOUN_PHRASE_WORDS:
        k -= 1
        words += 1
    if k < 0 or k == noun - 1 or sent.in_quote[k] or not sent.is_finite(k):
        return False
    return sent.lex.finite_speech_verb(sent.lower[k], _UTTERING)


#: conjunctions of adverbial clauses that can stand between a frame and its content (time,
#: cause, concession): `sagte am Montag, nachdem …, die Lage sei ernst`
FRAME_ADVERBIALS = frozenset(
    {
        "nachdem",
        "als",
        "bevor",
        "ehe",
        "während",
        "weil",
        "da",
        "obwohl",
        "obgleich",
        "seit",
        "seitdem",
        "sobald",
        "wenn",
    }
)


def adverbial_insertion(sent: Sentence, k: int, comma: int) -> bool:
    """``[k, comma)`` is an adverbial clause of the frame inserted before its content: opened
    by a subordinating conjunction of time, cause or concession, closed by its indicative
    finite verb, with no verb of saying of its own (`während Y erklärte, …` frames Y's words)
    and no quotation."""
    if (
        sent.toks[k].tag != "KOUS"
        or sent.lower[k] not in FRAME_ADVERBIALS
        or sent.in_quote[k]
        or comma - 1 <= k + 1
    ):
        return False
    verb = comma - 1
    if not sent.is_finite(verb) or sent.is_subjunctive(verb) or sent.in_quote[verb]:
        return False
    if any(sent.in_quote[j] or sent.toks[j].text in ";:–" for j in range(k, comma)):
        return False
    return not any(
        m.verb.complement for j in range(k + 1, comma) for m in sent.lex.verb_matches(sent.lower[j])
    )


#: pronouns that open a Konjunktiv main clause as its subject (`man sei zufrieden`, `es gebe
#: keine Gefahr`, `dies sei ein Fehler`)
_PRONOUN_SUBJECTS = frozenset({"man", "es", "dies", "das", "niemand", "nichts", "alles", "jeder"})


def pronoun_konjunktiv(sent: Sentence, k: int) -> bool:
    """The clause at ``k`` opens with a pronoun subject and a Konjunktiv finite verb right
    after it (`man sei zufrieden`): a main clause of reported speech."""
    return (
        k + 1 < len(sent.toks)
        and sent.lower[k] in _PRONOUN_SUBJECTS
        and sent.toks[k].tag not in ("ART", "PRELS")
        and not sent.in_quote[k + 1]
        and sent.is_finite(k + 1)
        and sent.is_subjunctive(k + 1)
    )


#: verbs of saying that take a verb-second clause also in the indicative (`sagte, die Lage ist
#: ernst`), as spoken German and much news copy write reported speech
_SAYING = frozenset({"say"})
#: tags that open a subordinate or relative clause (`was es darstellt, …`)
_SUBORDINATE_OPENERS = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
#: subjects of the speaker's own voice: `Ich glaube, die Künstler wollen …` in an interview
_FIRST_PERSON = frozenset({"ich", "wir"})
#: words that open the subject of a verb-second clause
_SUBJECTS = frozenset({"ART", "PPER", "PDS", "PIS", "PPOSAT", "NE", "NN", "PDAT", "PIAT", "CARD"})


def indicative_report(sent: Sentence, start: int, end: int, comma: int) -> bool:
    """``[start, end)`` after the frame's ``comma`` is a verb-second main clause in the
    indicative right after a verb of saying that closes its clause (`Die Ärzte sagten, sie
    haben alles versucht`, `Er sagte, die Lage ist ernst`): reported speech without its
    Konjunktiv mark (the plural Konjunktiv I `haben` looks indicative).  The clause opens with
    its subject (a pronoun, article or name), its finite verb follows the subject phrase, and
    the verb before the comma is a finite form of a verb of saying in a main clause, not in the
    first person."""
    if comma < 1 or sent.toks[start].tag not in _SUBJECTS or sent.in_quote[start]:
        return False
    verb_before = comma - 1
    if not sent.is_finite(verb_before) or not sent.lex.finite_speech_verb(
        sent.lower[verb_before], _SAYING
    ):
        return False
    first = sent.clause_start(verb_before)
    if sent.toks[first].tag in _SUBORDINATE_OPENERS or any(
        sent.lower[j] in _FIRST_PERSON or sent.in_quote[j] for j in range(first, comma)
    ):
        return False  # a verb-final frame of a subordinate clause, or the speaker's own voice
    stop = next((j for j in range(start, end) if sent.toks[j].text in ",;:–"), end)
    verb = next((j for j in range(start + 1, stop) if sent.is_finite(j)), None)
    if verb is None or sent.in_quote[verb] or verb + 1 >= stop:
        return False  # a verb-final clause (`die ich kenne`) is relative or subordinate
    return all(
        sent.toks[j].tag in _SUBJECTS | {"ADJA", "APPR", "APPRART"} for j in range(start, verb)
    )


#: w-words that open an indirect question (`warum`, `wie`, `wann`, `wer`, `was`, `welche` …)
_QUESTION_TAGS = frozenset({"PWS", "PWAV", "PWAT"})
#: last words of the phrases of leaving a question open (`ließ offen`, `hat offen gelassen`)
_LEFT_OPEN = frozenset({"offen", "gelassen", "offengelassen"})


def indicative_question(sent: Sentence, start: int, comma: int) -> bool:
    """``start`` opens an indirect question in the indicative (`fragte, warum die Regierung
    nichts unternommen hat`, `wollten wissen, wie es weitergeht`, `ließ offen, wann die
    Entscheidung fällt`): a w-word after the comma of a frame whose cue is a verb of asking or
    of leaving a question open, in the clause before the comma.  (After other verbs a w-clause
    needs Konjunktiv or a question mark: `…, was ein Hinweis darauf ist` is relative.)"""
    if comma < 1 or sent.toks[start].tag not in _QUESTION_TAGS or sent.in_quote[start]:
        return False
    first = sent.clause_start(comma - 1)
    for cue in sent.find_cues():
        last = cue.positions[-1]
        if not first <= last < comma:
            continue
        if cue.cls == "ask" or (cue.kind == "phrase" and sent.lower[last] in _LEFT_OPEN):
            return True
    return False


def subordinate_frame(sent: Sentence, k: int) -> bool:
    """The clause ending at ``k`` is subordinate (`nachdem X informiert hatte`) or a
    verb-first condition (`Sollte der Antrag angenommen werden`): a main clause follows it."""
    first = sent.clause_start(k)
    if first >= k:
        return False
    return _subordinate_start(sent, first) or (
        first == 0 and sent.is_finite(first) and sent.toks[first].tag in ("VMFIN", "VAFIN")
    )


def condition(sent: Sentence, k: int) -> bool:
    """The clause ending at ``k`` is a condition (`wenn`, `falls`, verb-first `Sollte ...`)."""
    first = sent.clause_start(k)
    return sent.lower[first] in ("wenn", "falls", "sofern") or sent.is_finite(first)


def object_clause_first(sent: Sentence, k: int) -> bool:
    """The clause ending at ``k`` opens the sentence with `ob` or `dass`: the object of the
    main clause after it (`Ob X informiert worden sei, wisse er nicht`)."""
    return sent.clause_start(k) == 0 and sent.lower[0] in ("ob", "dass")


def extraposed_relative(sent: Sentence, start: int, end: int) -> bool:
    """The clause at ``start`` is a relative clause moved behind the verb (`Es soll die Geräte
    einschränken, die fähig sind, …`): a `der`/`die`/`das` whose clause ends in its only finite
    verb, a verb in the indicative (a Konjunktiv there reports: `, die Lage sei ernst`)."""
    if sent.lower[start] not in ("der", "die", "das") or sent.toks[start].tag not in (
        "PRELS",
        "PDS",
        "ART",
    ):
        return False
    if start + 1 < end and sent.toks[start + 1].tag in ("NN", "NE", "ADJA", "PIAT", "CARD"):
        return False  # an article: `, die Polizei ermittelt`
    stop = next((k for k in range(start + 1, end) if sent.toks[k].text in ",;:"), end)
    verb = stop - 1
    if verb <= start + 1 or not sent.is_finite(verb) or sent.is_subjunctive(verb):
        return False
    return not any(sent.is_finite(k) for k in range(start + 1, verb))
