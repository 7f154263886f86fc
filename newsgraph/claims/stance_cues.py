"""Stance cues of German grammar beyond the marker lists of :mod:`.stance` (session 11).

Each function reads one construction that the blind claim-records gold marks consistently
(counted both ways on train documents 0-249 before it was written) and that the marker lists
missed:

* an intention word governing the content from the frame (`erklärte sich bereit, … zu
  verzichten`, `die Bereitschaft erklärt, … einzutreten`, `sein Vorhaben bekannt gemacht, …`):
  the content is something to be done, ``future``;
* the singular Konjunktiv II of an epistemic modal as the content's finite verb (`dass dies
  Arbeitsplätze sichern könnte`, `könnte der Pilot krank gewesen sein`): a mere possibility,
  ``hypothetical`` when nothing marks a future (`in den nächsten Wochen … erhöhen könnte` is a
  forecast); the plural `könnten` also stands in for Konjunktiv I of `können` and is left out;
* hearsay `soll` at the end of a verb-final clause after `sein`/`haben` (`…, wonach die Maus
  verantwortlich sein soll`, `…, dass X festgenommen worden sein soll`): distance, ``alleged``
  (the verb-second test of :func:`.stance.distanced` looks only to the right of the modal);
* `soll` under a source of opinion or wish (`Nach Auffassung Österreichs soll … nicht erwähnt
  werden`, `sollen nach Ansicht von ai Maßnahmen ergriffen werden`): what someone thinks ought
  to happen, a demand (``reported`` by the guidelines), not a plan;
* future time spans the word lists missed: plural time nouns after `nächsten`/`kommenden` (`in
  den nächsten Wochen`) and a range of numbers (`in zehn bis fünfzehn Jahren`);
* scare quotes (`die so genannten „…“`) count only inside the content, not in the speaker
  phrase or the frame;
* hearsay `soll` whose perfect infinitive follows an apposition's commas (`Er soll am Freitag,
  dem 17. März, zwei Menschen eingeschleust haben`): ``alleged``;
* a consequence adverb + Konjunktiv II opening a clause of the content (`Damit wäre … nicht
  nötig`): ``hypothetical``; so is a cue of possibility (`hält es für möglich, dass …`);
* the sentence bracket of `werde`/`würde`/`soll` runs over the commas of an apposition or
  enumeration (`werde am Montag, dem 3. Mai, … unterschreiben`): the future or plan it closes;
* an attributive `angebliche`/`mutmaßlichen` outside the content's subject doubts its noun, not
  the claim (no ``alleged``);
* a participle of planning with `sein` (`seien nicht vorgesehen`) and a frame of deliberation
  (`denken darüber nach, … zu …`, `erwägt, … zu …`): ``future``.
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .token_view import FINITE_TAGS, SEIN_FINITE

#: words of intention or readiness that govern a `zu`-infinitive or `dass` clause from the frame
#: (`sich bereit erklären, … zu …`, `die Absicht, …`, `sein Vorhaben, …`, `das Ziel, …`)
INTENTION_WORDS = frozenset(
    [
        "bereit",
        "bereitschaft",
        "vorhaben",
        "absicht",
        "absichten",
        "ziel",
        "plan",
        "pläne",
        "entschlossen",
        "entschluss",
        "vorsatz",
        "willens",
    ]
)

#: the Konjunktiv forms of `können` as the content's finite verb: a possibility (`es könnten
#: Arbeitsplätze verloren gehen`, `das Gesetz könne Absprachen verletzen`).  Session 15: with
#: `könnten` and `könne`, not in a negated or purpose clause, train claim records hypothetical
#: F1 0.574 -> 0.646, stance accuracy 0.8705, german_quotes dev 0.909 -> 0.914; the indicative
#: `kann`/`können` (ability as often as possibility) lowered both (0.855, 0.901).  `dürfte` is
#: mostly an estimate (`dürfte bei einer Million liegen`): with it train 0-249 +1, 500-699 -1
POSSIBILITY_MODALS = frozenset(["könnte", "könnten", "könne"])

#: tags of relative pronouns: a modal in a relative clause qualifies a noun, not the claim
_RELATIVE_TAGS = frozenset(["PRELS", "PRELAT"])

#: the infinitives before a clause-final hearsay `soll` (`verantwortlich sein soll`,
#: `getötet haben soll`, `festgenommen worden sein soll`)
_PERFECT_AUX = frozenset(["sein", "haben", "gewesen"])
HEARSAY_MODALS = frozenset(["soll", "sollen", "sollte", "sollten"])

#: nouns of opinion and wish after `nach`: `soll` under them states what ought to happen
OPINION_NOUNS = frozenset(
    ["ansicht", "auffassung", "meinung", "vorstellung", "vorstellungen", "wunsch", "willen"]
)

#: plural time nouns that `nächsten`/`kommenden` put ahead (`in den nächsten Wochen`)
_PLURAL_SPANS = frozenset(
    ["tagen", "tage", "wochen", "monaten", "monate", "jahren", "jahre", "jahrzehnten", "stunden"]
)
_AHEAD = frozenset(["nächsten", "kommenden"])
_SPANS_AHEAD = frozenset(["tagen", "wochen", "monaten", "jahren", "jahrzehnten", "stunden"])


def intention_frame(attr: Attr, sent: Sentence, cue: list[Span2]) -> list[Span2]:
    """An intention word in the cue's clause before the content (`hat sich bereit erklärt,
    [zu verzichten]`, `die Bereitschaft erklärt, [einzutreten]`, `sein Vorhaben bekannt gemacht
    hatte, [einzubringen]`): the word, as evidence of a ``future`` claim (German)."""
    if sent.lex.language != "de":
        return []
    ks = sent.indices_of(cue)
    first = next((k for k, t in enumerate(sent.toks) if attr.covers(t.start)), None)
    if not ks or first is None or ks[0] >= first:
        return []
    if not _governed_content(attr, sent, first):
        return []
    out = []
    for k in range(sent.clause_start(ks[0]), first):
        if attr.covers(sent.toks[k].start) or sent.in_quote[k]:
            continue
        if sent.lower[k] in INTENTION_WORDS and not _in_prepositional_phrase(sent, k):
            out.append(sent.span(k, k + 1))
    return out


def _in_prepositional_phrase(sent: Sentence, k: int) -> bool:
    """The noun at ``k`` is inside a prepositional phrase (`mit Blick auf das Ziel des Vereins`):
    it does not say what the content is."""
    j = k - 1
    while j >= 0 and sent.toks[j].tag in ("ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD"):
        j -= 1
    return j >= 0 and sent.toks[j].tag in ("APPR", "APPRART")


def _governed_content(attr: Attr, sent: Sentence, first: int) -> bool:
    """The content starting at ``first`` is a clause an intention word can govern: a `dass`
    clause or a `zu`-infinitive (`einzutreten`: tag VVIZU; `zu verzichten`), not a stretch of reported
    speech in Konjunktiv (`…, der Plan sei gescheitert`)."""
    if sent.lower[first] == "dass":
        return True
    ks = [k for k in range(first, len(sent.toks)) if attr.covers(sent.toks[k].start)]
    return any(
        sent.toks[k].tag == "VVIZU"
        or (
            sent.lower[k] == "zu"
            and k + 1 < len(sent.toks)
            and sent.toks[k + 1].tag.endswith("INF")
        )
        for k in ks
    )


def possibility_modals(sent: Sentence, inside: list[int]) -> list[Span2]:
    """A Konjunktiv `könnte`/`könnten`/`könne` as a finite verb of the content, not in a
    relative clause (`dass dies Arbeitsplätze sichern könnte`, `könnte der Pilot krank gewesen
    sein`): a possibility.  The caller ranks it below markers of a future (German)."""
    if sent.lex.language != "de":
        return []
    out = []
    for k in inside:
        if sent.lower[k] in ESTIMATE_MODALS and estimate(sent, k) == "hypothetical":
            out.append(sent.span(k, k + 1))  # `Ursache dürfte der Schnee gewesen sein`
            continue
        if sent.lower[k] not in POSSIBILITY_MODALS or not sent.is_finite(k):
            continue
        # the relative pronoun may stand before an opening quotation mark that starts the
        # clause (`eine Technik, die „eine neue Ära einleiten könnte“`)
        start = max(0, sent.clause_start(k) - 2)
        if any(sent.toks[j].tag in _RELATIVE_TAGS for j in range(start, k)):
            continue  # `eine Technik, die eine neue Ära einleiten könnte`
        first = sent.clause_start(k)
        if any(_negation(sent.lower[j]) for j in range(first, sent.clause_end(k))):
            continue  # `die Länder könnten die Kosten nicht tragen`: cannot, no possibility
        if sent.lower[first] in ("damit", "sodass"):
            continue  # `…, damit Hilfslieferungen gelangen könnten`: a purpose
        out.append(sent.span(k, k + 1))
    return out


#: the Konjunktiv II of `dürfen` as a speaker's estimate (`Der Konsum dürfte profitieren`)
ESTIMATE_MODALS = frozenset(["dürfte", "dürften"])


def estimate(sent: Sentence, k: int) -> str | None:
    """What the estimate `dürfte(n)` at ``k`` says: ``future`` with the infinitive of an event
    (`ab 2027 dürfte sich das Geschäft erholen`, `dürften sie kaum ausreichen`),
    ``hypothetical`` with `sein`/`haben` (`dürfte der Schnee gewesen sein`: a guess about
    what is or was).  None when negated (`sie dürften nicht zu Verwaltern werden` is the
    permission of indirect speech) or when no infinitive closes the clause."""
    if sent.lex.language != "de" or not sent.is_finite(k):
        return None
    first, end = sent.clause_start(k), sent.clause_end(k)
    if any(_negation(sent.lower[j]) for j in range(first, end)):
        return None
    last = sent.last_word(k, end)
    if last <= k or sent.toks[last].pos not in ("VERB", "AUX"):
        return None
    return "hypothetical" if sent.lower[last] in ("sein", "haben") else "future"


def _negation(word: str) -> bool:
    return word in ("nicht", "nie", "niemals") or word.startswith("kein")


def modal_infinitive_werden(sent: Sentence, k: int) -> bool:
    """`werden` at ``k`` is the infinitive of a possibility modal earlier in its clause
    (`könnte … geschleudert werden oder … zum Kometen werden`), no future auxiliary."""
    if sent.lower[k] != "werden":
        return False
    start = sent.clause_start(k)
    return any(sent.lower[j] in POSSIBILITY_MODALS for j in range(start, k))


def verb_final_hearsay(attr: Attr, sent: Sentence, k: int) -> bool:
    """`soll` at ``k`` closes a verb-final clause of the content after `sein`/`haben` (`…,
    wonach die Maus verantwortlich sein soll`, `dass er festgenommen worden sein soll`):
    hearsay.  Only in the content: a relative clause of the frame (`X kritisierte Y, der dazu
    aufgerufen haben soll, als …`) distances its own noun, not the claim."""
    if sent.lower[k] not in HEARSAY_MODALS or k == 0 or not attr.covers(sent.toks[k].start):
        return False
    if sent.lower[k - 1] not in _PERFECT_AUX:
        return False
    return sent.clause_end(k) == k + 1 or (k + 1 < len(sent.toks) and not sent.is_word(k + 1))


def opinion_soll(sent: Sentence, k: int) -> bool:
    """`soll` at ``k`` under `nach` + a noun of opinion or wish in its clause outside
    quotations (`Nach Auffassung Österreichs soll …`, `sollen nach Ansicht von ai …`,
    `nach dem Willen der Regierung soll …`): deontic, not a plan."""
    if sent.lower[k] not in ("soll", "sollen"):
        return False
    for j in range(sent.clause_start(k), min(sent.clause_end(k), len(sent.toks) - 1)):
        if sent.lower[j] != "nach" or sent.in_quote[j]:
            continue
        # `nach Ansicht`, `nach seiner Ansicht`, `nach dem Willen`
        for m in (j + 1, j + 2):
            if m < len(sent.toks) and sent.lower[m] in OPINION_NOUNS:
                return True
    return False


def future_spans(sent: Sentence, inside: list[int]) -> list[Span2]:
    """Future time spans in the content beyond :func:`.stance._future_times`: `in den
    nächsten Wochen`, `in den kommenden Jahren`, `in zehn bis fünfzehn Jahren` (German)."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    n = len(sent.toks)
    for k in inside:
        low = sent.lower[k]
        if low in _AHEAD and k + 1 < n and sent.lower[k + 1] in _PLURAL_SPANS:
            out.append(sent.span(k, k + 2))
        elif (
            low == "in"
            and k + 4 < n
            and sent.toks[k + 1].pos == "NUM"
            and sent.lower[k + 2] == "bis"
            and sent.toks[k + 3].pos == "NUM"
            and sent.lower[k + 4] in _SPANS_AHEAD
        ):
            out.append(sent.span(k, k + 5))
    return out


def content_scare_quotes(attr: Attr, spans: list[Span2]) -> list[Span2]:
    """Scare quotes (`die so genannten „…“`) only inside the claim's content: in the speaker
    phrase or the frame (`der Sprecher der so genannten „EVAC-Ambulanz“ sagte`) they name
    something and keep no distance from the claim."""
    return [s for s in spans if attr.covers(s[0])]


#: tags that end the middle field of a verb-second `soll` clause: a subordinating conjunction
#: (`indem`, `dass`, `weil`), a relative pronoun, another finite verb
_FIELD_ENDS = frozenset(["KOUS", "KOUI", "PRELS", "PRELAT", "VVFIN", "VAFIN", "VMFIN"])


def bracketed_hearsay(sent: Sentence, k: int) -> bool:
    """Verb-second `soll` at ``k`` whose perfect infinitive comes after an apposition's commas
    (`Er soll am letzten Freitag, dem 17. März, zwei Menschen eingeschleust haben, indem …`):
    the sentence bracket spans the commas, so :func:`.stance.distanced` (which stops at the
    first comma) misses it.  Hearsay when a participle + `haben`/`sein` follows before the
    middle field ends (a conjunction, a relative pronoun, a finite verb)."""
    if sent.lower[k] not in HEARSAY_MODALS or not sent.is_finite(k):
        return False
    for j in range(k + 1, len(sent.toks)):
        tok = sent.toks[j]
        if sent.lower[j] in ("haben", "sein") and sent.toks[j - 1].tag.endswith("PP"):
            return True  # (the tagger may read this `haben` as finite)
        if tok.tag in _FIELD_ENDS or sent.in_quote[j] or tok.text in (".", ";", ":", "?", "!"):
            return False
    return False


#: adverbs that open the consequence of a hypothesis (`Damit wäre …`, `Sonst hätte …`)
_CONSEQUENCE = frozenset(["damit", "somit", "dann", "sonst", "andernfalls", "ansonsten"])
#: plural Konjunktiv II forms that stand in for a Konjunktiv I equal to the indicative (`sie
#: haben` -> `sie hätten`, `sie werden` -> `sie würden`): reported speech as often as a hypothesis
_KI_STAND_INS = frozenset(["hätten", "würden"])


def hypothetical_consequences(sent: Sentence, inside: list[int]) -> list[Span2]:
    """A clause of the content opened by a consequence adverb with a Konjunktiv II verb right
    after it (`Damit wäre eine Verlängerung nicht nötig.`, `Somit wäre die Prüfung falsch
    gewesen.`): the consequence of an assumption, ``hypothetical``.  With Konjunktiv I
    (`Damit seien die Ziele erreicht`) it is a plain report (German)."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    ks = set(inside)
    for k in inside:
        if sent.lower[k] not in _CONSEQUENCE or k + 1 not in ks:
            continue
        if k > 0 and sent.clause_start(k) != k and not sent.in_quote[k - 1]:
            continue  # not the first word of its clause
        if sent.lower[k + 1] in _KI_STAND_INS:
            continue  # `Dann hätten sie das Geld genommen`: reported speech, not a hypothesis
        if sent.is_finite(k + 1) and sent.toks[k + 1].feat("Subj") == "II":
            out.append(sent.span(k, k + 2))
    return out


def without_conditions(sent: Sentence, inside: list[int]) -> list[Span2]:
    """A content opening with `Ohne` + a noun phrase whose verb tells what would (not) happen
    (`Ohne eine Waffenruhe könne keine Hilfe die Menschen erreichen`, `Ohne höhere Einkommen
    werde sich nichts ändern`): the condition of its lack, ``hypothetical``; not `ohne dass`,
    `ohne zu`, nor a manner told in the past (`ohne Vorwarnung hätten sie geschossen`; German)."""
    if sent.lex.language != "de" or not inside:
        return []
    k = inside[0]
    if sent.lower[k] != "ohne" or k + 1 >= len(sent.toks) or sent.in_quote[k]:
        return []
    if sent.lower[k + 1] in ("dass", "daß", "zu") or k + 1 not in set(inside):
        return []
    if not any(sent.lower[j] in _CONDITIONED for j in inside):
        return []  # `ohne Vorwarnung hätten die Soldaten geschossen`: a manner, told as past
    return [sent.span(k, k + 1)]


#: finite verbs of what would (not) happen, in a content that opens with `Ohne`
_CONDITIONED = frozenset(
    ["könne", "können", "kann", "könnte", "könnten", "werde", "werden", "wird", "würde"]
    + ["würden", "wäre", "wären", "gebe", "gibt", "gäbe", "lasse", "lässt", "ließe", "drohe"]
    + ["droht", "bleibe", "bleibt"]
)


def possibility_frame(sent: Sentence, cue: list[Span2]) -> bool:
    """A cue that presents the content as possible (`hält es für möglich, dass …`):
    ``hypothetical``, like `schloss nicht aus` (German)."""
    if sent.lex.language != "de":
        return False
    return any(sent.lower[k] == "möglich" for k in sent.indices_of(cue))


_STOPS = frozenset([".", ";", ":", "?", "!", "(", ")"])


def bracket_last(sent: Sentence, k: int, last: int) -> int:
    """The right bracket of the verb-second clause of ``k`` when the clause seen up to the
    first comma (``last``) ends in no verb form: the middle field runs on over the commas of an
    apposition or enumeration (`Der Täter soll am Montag, dem 3. Mai, vor Gericht erscheinen`,
    `würden sich mit Frankreich, Großbritannien und Deutschland beteiligen`) up to the last
    non-finite verb before the field ends (a conjunction, a relative pronoun, a finite verb,
    a quotation, the sentence end).  ``last`` itself when none is found."""
    if last + 1 >= len(sent.toks) or sent.toks[last].tag.startswith("V") or sent.in_quote[k]:
        return last
    found = last
    n = len(sent.toks)
    for j in range(last + 1, n):
        tok = sent.toks[j]
        if tok.tag in FINITE_TAGS and tok.text.lower() == tok.lemma.lower():
            # an infinitive the tagger read as a plural finite verb (it lost the bracket over
            # the commas): the bracket when a punctuation mark follows it
            if j + 1 >= n or not sent.is_word(j + 1):
                found = j
            break
        if tok.text in _STOPS or tok.tag in _FIELD_ENDS or sent.in_quote[j]:
            break
        if tok.tag.startswith("V"):
            found = j
    return found


#: words that lead a noun phrase up to an attributive adjective (`einer der mutmaßlichen`)
_PHRASE_LEAD = frozenset(["ART", "ADJA", "ADV", "PDAT", "PPOSAT", "PIAT", "PIS", "CARD"])


def attributive_distance(attr: Attr, sent: Sentence, k: int) -> bool:
    """The distance adjective at ``k`` is attributive (`über angebliche Menschenversuche`, `für
    den mutmaßlichen Drahtzieher`, `Der mutmaßliche Täter sagte, …`): it doubts what its noun
    names, not the claim, unlike the adverb (`Er habe angeblich …`).  By the tagger's ADJA and
    the inflected ending.  On the subject of the content it stays a marker: the claim is about
    someone only suspected (`der mutmaßliche Täter sei gefasst worden`, `X, einer der
    mutmaßlichen Bombenleger, wurde gestellt`), read as a nominative or a phrase in the Vorfeld
    of the content's clause that no preposition opens (exempting every attributive: train
    500-699 +4 more, but the coverage checklist of session 9 and `eval events` read the subject
    case as `alleged`)."""
    if sent.toks[k].tag != "ADJA" or not sent.lower[k].endswith(("e", "en", "er", "es", "em")):
        return False
    if not attr.covers(sent.toks[k].start):
        return True
    if sent.toks[k].feat("Case") == "Nom":
        return False
    j = k
    while j > 0 and sent.toks[j - 1].tag in _PHRASE_LEAD:
        j -= 1
    if j > 0 and sent.toks[j - 1].tag in ("APPR", "APPRART"):
        return True  # `für den mutmaßlichen Drahtzieher`: a prepositional phrase
    first = next((i for i, t in enumerate(sent.toks) if attr.covers(t.start)), k)
    verb = next(
        (i for i in range(first, len(sent.toks)) if sent.toks[i].tag in FINITE_TAGS), len(sent.toks)
    )
    return k > verb  # after the finite verb: an object in the middle field


#: participles of planning in a predicate with `sein` (`ist geplant`, `seien nicht vorgesehen`)
_PLANNED = frozenset(["geplant", "vorgesehen", "beabsichtigt"])


def planned_predicates(sent: Sentence, inside: list[int]) -> list[Span2]:
    """`Feierlichkeiten seien nicht vorgesehen`, `Der Bau ist für 2010 geplant`, `An eine
    Erhöhung ist nicht gedacht`: a participle of planning with a form of `sein` in its clause
    states a plan, ``future`` (not the attributive `die geplante Umgehung`, tagged ADJA)
    (German)."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    for k in inside:
        low = sent.lower[k]
        fronted = sent.toks[k].tag == "ADJD" and k == sent.clause_start(k)
        if (low not in _PLANNED and low != "gedacht") or (
            sent.toks[k].tag != "VVPP" and not fronted
        ):
            continue  # (`Geplant/ADJD sei eine Ausstellung`: the fronted participle)
        start, end = sent.clause_start(k), sent.clause_end(k)
        if low == "gedacht" and "an" not in sent.lower[start:k]:
            continue  # `an X ist gedacht`: X is intended; not `wie gedacht`
        if any(sent.lower[j] in ("worden", "gewesen") for j in range(k + 1, end)):
            continue  # `sei sorgfältig geplant worden/gewesen`: a past event, no plan
        if any(sent.lower[j] in SEIN_FINITE for j in range(start, end)):
            out.append(sent.span(k, k + 1))
    return out


#: frames of deliberation: the content is a course of action under consideration
_DELIBERATING = frozenset(["erwägen", "nachdenken", "überlegen"])


def deliberation_cue(sent: Sentence, cue: list[Span2]) -> bool:
    """A frame of deliberation (`Die USA denken darüber nach, … zu setzen`, `erwägt, … zu …`):
    what is considered lies ahead, ``future`` (German; a separated particle joins its verb)."""
    if sent.lex.language != "de":
        return False
    return lemma_in(sent, cue, _DELIBERATING)


def active_participle_form(sent: Sentence, k: int, last: int) -> bool:
    """A verb at ``last`` tagged as participle whose form is also the infinitive (`beraten`,
    `erhalten`), with an accusative object between it and the auxiliary at ``k`` (`werde ihn
    … beraten`): a passive takes no object, so it is the infinitive of a future."""
    low = sent.lower[last]
    if not sent.toks[last].tag.endswith("PP") or not low.endswith("en") or low.startswith("ge"):
        return False
    return any(
        sent.toks[j].feat("Case") == "Acc" and sent.toks[j].tag in ("PPER", "ART", "PPOSAT")
        for j in range(k + 1, last)
    )


#: the generic second person of German speech (`Wenn du hier 2:0 führst, musst du …`)
_GENERIC_YOU = frozenset({"du", "dich", "dir"})


def generic_wenn(sent: Sentence, k: int) -> bool:
    """`wenn` at ``k`` sets no condition of the claim: it means "whenever" in a sentence that
    speaks of anyone with the generic `du` (`Wenn es ihnen nicht gefällt, merkst du das
    sofort.`), "although" after `auch` (`auch wenn es Zeugen gab`), or opens the idiom `wenn
    es um … geht` ("when it comes to")."""
    if sent.lower[k] != "wenn":
        return False
    if k > 0 and sent.lower[k - 1] == "auch":
        return True
    if sent.lower[k + 1 : k + 3] == ["es", "um"]:
        return True
    return any(w in _GENERIC_YOU for w in sent.lower)


def lemma_in(sent: Sentence, cue: list[Span2], lemmas: frozenset[str] | set[str]) -> bool:
    """A cue word whose lemma (or, for a separated particle verb, the particle after it +
    lemma: `schloss … aus` -> `ausschließen`) is in ``lemmas``."""
    ks = sent.indices_of(cue)
    words = {sent.toks[k].lemma.lower() for k in ks}
    words |= {sent.lower[p] + sent.toks[k].lemma.lower() for p in ks for k in ks if p > k}
    return bool(words & lemmas)


def words_in(sent: Sentence, cue: list[Span2], words: frozenset[str]) -> bool:
    return any(sent.lower[k] in words for k in sent.indices_of(cue))
