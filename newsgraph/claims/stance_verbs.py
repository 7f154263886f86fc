"""Stance read from verbs of the content and frame beyond :mod:`.stance_cues` (session 11, round C).

Rules read on train documents 250-499 of the claim-records gold (which no stance rule had been
read on), each construction counted both ways on train 0-499 before it was written:

* `offenbar` ("evidently") is an evidential adverb: the speaker or the article draws a
  conclusion from what is visible; it keeps no distance from the claim (``reported``; gold
  0-499: of six claims where it was the evidence, five are read as reported, the sixth is
  alleged by its cue `behauptet`), so it is no longer among the lexicon's distance words
  (`cues_de.yaml`).  `angeblich`, `mutmaßlich`, `vermeintlich` stay markers;
* hearsay `soll` with a verb of location or presence (`soll sich in der Anstalt befinden`,
  `soll ihr ein Papier vorliegen`): a state cannot be planned, so the modal reports what others
  say, ``alleged``; with a verb of action or a passive (`soll folgen`, `soll gekürzt werden`)
  it stays a plan;
* `warnen` is a frame of expectation only in a narrated sentence (`Die Botschaft warnte vor
  Anschlägen.`, a claim of the form ``Reported``); with a clause or a quotation as its content
  (`warnte er, die Organisatoren verfolgten eigene Ziele`, `warnte vor einem „populistischen
  Wahlkampf“`) it reports the speaker's assessment (gold 0-499: 3 reported : 1 future among
  those; the narrated ones are future in the `eval events` gold);
* `würde` + a verb of state, wish or feeling (`würden sich … wünschen`, `würden sich
  eingesperrt fühlen`, `würde dies für X sprechen`) is the Konjunktiv II of a present state,
  not a future (gold 0-499: 4 reported : 0 future among the `würde` futures with these verbs);
* a `zu`-infinitive content closed by `zu wollen` (`gab an, … nicht mehr einsetzen zu wollen`):
  the speaker's own intention, ``future`` (gold 0-499: 9 future : 2 reported, one of those under
  an accusation, `wirft … vor, … installieren zu wollen`, which is excluded);
* `wollen` + a perfect infinitive (`will den Täter gesehen haben`, `…, wonach Zeugen eine
  Explosion gehört haben wollen`): the subject claims it, ``alleged`` (the guidelines' own
  example), and so is a verb-final `soll`/`sollte` right after a verb of presence (`…, unter
  denen sich der Täter befinden sollte`);
* an accusation verb of the lexicon class `allege` (`beschuldigen`, `bezichtigen`) with a named
  accuser is attributed neutrally, like `X wirft Y vor` (:func:`.stance._cue_lemma_stance`);
  the accuser-less passive (`werden beschuldigt, …`) stays ``alleged`` (gold 0-499: active with
  an accuser 2 reported : 1 alleged, passive 3 alleged).
"""

from __future__ import annotations

from .frames import Attr, Sentence, Span2
from .stance_cues import HEARSAY_MODALS, lemma_in, words_in

#: verbs of location and presence: `soll` + one of them cannot state a plan, only hearsay
#: (`soll sich in Landsberg befinden`, `soll ihr ein Papier vorliegen`)
STATE_VERBS = frozenset(["befinden", "vorliegen", "aufhalten"])
#: the present forms of `sollen` whose bracket a verb of presence closes
_SOLL_PRESENT = frozenset(["soll", "sollen"])

#: `will`/`wollen` + a perfect infinitive claims something of oneself (`will den Täter gesehen
#: haben`, `wonach Zeugen eine Explosion gehört haben wollen`): distance, as the guidelines say
_CLAIMING_MODALS = frozenset(["will", "wolle", "wollen", "wollte", "wollten"])
_PERFECT_AUX = frozenset(["haben", "sein"])

#: verbs of state, wish and feeling: `würde` + one of them is the Konjunktiv II periphrasis of
#: a present state (`würden sich eine WM im eigenen Land wünschen`, `würden sich eingesperrt
#: fühlen`, `würden bei ihren Eltern wohnen`), not a future
STATIVE_VERBS = frozenset(["wünschen", "fühlen", "wohnen", "bevorzugen", "vorziehen"])
#: `sprechen für`, `halten für`: verbs of state only with `für` (`würde dies für X sprechen`)
_STATIVE_WITH_FUER = frozenset(["sprechen", "halten"])

#: frames whose object, not the speaker, controls a `zu`-infinitive (`wirft den Rebellen vor,
#: … installieren zu wollen`): the intention is someone else's, as the speaker claims it
_OBJECT_CONTROL = frozenset(["vorwerfen", "beschuldigen", "bezichtigen", "unterstellen"])

#: the verb of warning: what is warned of lies ahead only in a narrated sentence
_WARNING_LEMMAS = frozenset(["warnen"])


def state_hearsay(sent: Sentence, k: int) -> bool:
    """`soll`/`sollen` at ``k`` whose clause closes with a verb of location or presence
    (`soll er sich in der Justizvollzugsanstalt befinden`, `sollen sich unter den Opfern
    mehrheitlich Frauen befinden`, `soll ihr ein Papier vorliegen`), or a verb-final `soll`/
    `sollte` right after one (`…, unter denen sich der Täter befinden sollte`): hearsay; not
    with a deadline or time ahead in the clause (`soll bis Ende der Woche vorliegen`: a plan)."""
    if sent.lex.language != "de":
        return False
    if sent.lower[k] in HEARSAY_MODALS and k > 0 and _closes_clause(sent, k):
        return sent.toks[k - 1].lemma.lower() in STATE_VERBS
    if sent.lower[k] not in _SOLL_PRESENT:
        return False
    end = min(len(sent.toks), sent.clause_end(k + 1))
    if any(sent.lower[j] == "bis" or sent.lower[j] in sent.lex.future_words for j in range(k, end)):
        return False  # `soll bis Ende der Woche vorliegen`: a plan with its deadline
    verbs = [j for j in range(k + 1, end) if sent.toks[j].tag in ("VVINF", "VVIZU")]
    if not verbs:
        return False
    last = verbs[-1]
    # the bare infinitive closes the modal's bracket: no passive `werden` or other verb after
    tail = [j for j in range(last + 1, end) if sent.toks[j].tag.startswith("V")]
    return not tail and sent.toks[last].lemma.lower() in STATE_VERBS


def warning_ahead(attr: Attr, sent: Sentence, cue: list[Span2]) -> bool:
    """A cue of warning (`warnte vor`, `warnen davor`) over a narrated content (form
    ``Reported``: the whole sentence is the claim): what is warned of lies ahead."""
    if sent.lex.language != "de" or attr.kind != "Reported":
        return False
    return any(sent.toks[k].lemma.lower() in _WARNING_LEMMAS for k in sent.indices_of(cue))


def stative_infinitive(sent: Sentence, last: int) -> bool:
    """The infinitive at ``last`` closing a `würde` bracket is a verb of state, wish or
    feeling (`wünschen`, `fühlen`, `wohnen`; `sprechen`/`halten` with `für` in the clause): a
    present state in Konjunktiv II, no future."""
    if sent.lex.language != "de" or not 0 <= last < len(sent.toks):
        return False
    lemma = sent.toks[last].lemma.lower()
    if lemma in STATIVE_VERBS or sent.lower[last] in STATIVE_VERBS:
        return True
    if lemma in _STATIVE_WITH_FUER or sent.lower[last] in _STATIVE_WITH_FUER:
        return "für" in sent.lower[sent.clause_start(last) : last]
    return False


def own_intention(attr: Attr, sent: Sentence, cue: list[Span2]) -> list[Span2]:
    """A `zu`-infinitive content closed by `zu wollen` (`gab an, den Mitarbeiter nicht mehr
    einsetzen zu wollen`, `erklärten, nicht teilnehmen zu wollen`): the speaker states an
    intention of its own, ``future``; not under an accusation (object control)."""
    if sent.lex.language != "de":
        return []
    cue_ks = sent.indices_of(cue)
    lemmas = {sent.toks[k].lemma.lower() for k in cue_ks}
    lemmas |= {sent.lower[p] + sent.toks[k].lemma.lower() for p in cue_ks for k in cue_ks}
    if lemmas & _OBJECT_CONTROL:
        return []
    for k in range(1, len(sent.toks)):
        if (
            sent.lower[k] == "wollen"
            and sent.lower[k - 1] == "zu"
            and attr.covers(sent.toks[k].start)
            and (k + 1 == len(sent.toks) or not sent.is_word(k + 1))
        ):
            return [sent.span(k - 1, k + 1)]
    return []


def _closes_clause(sent: Sentence, k: int) -> bool:
    return sent.clause_end(k) == k + 1 or k + 1 >= len(sent.toks) or not sent.is_word(k + 1)


def claimed_perfect(attr: Attr, sent: Sentence, words: list[int]) -> list[Span2]:
    """`will`/`wollen` with a perfect infinitive in the content (`er will den Mann gesehen
    haben`, `…, wonach Zeugen eine Explosion gehört haben wollen`): the subject claims it,
    the article keeps its distance, ``alleged``.  ``words``: the sentence's words outside
    direct quotations."""
    if sent.lex.language != "de":
        return []
    out: list[Span2] = []
    for k in words:
        if sent.lower[k] not in _CLAIMING_MODALS or not attr.covers(sent.toks[k].start):
            continue
        if k >= 2 and _closes_clause(sent, k):  # verb-final: `gehört haben wollen`
            aux, part = k - 1, k - 2
        else:  # verb-second: `will … gesehen haben`
            aux = sent.last_word(k, min(len(sent.toks), sent.clause_end(k + 1)))
            part = aux - 1
        if part > k - 3 and sent.lower[aux] in _PERFECT_AUX and sent.toks[part].tag == "VVPP":
            out.append(sent.span(k, k + 1))
    return out


#: verbs of accusation of the lexicon class `allege`: neutral with a named accuser
_ACCUSING = frozenset(["beschuldigen", "bezichtigen"])


def named_accuser(attr: Attr, sent: Sentence, cue: list[Span2], by_cue: str | None) -> bool:
    """An accusation verb of class `allege` with a speaker (`Thaksin beschuldigte General Prem,
    … mitgewirkt zu haben`): the article attributes the accusation, as with `X wirft Y vor`;
    only the accuser-less passive (`Die Männer werden beschuldigt, …`) keeps the distance."""
    if by_cue != "alleged" or attr.speaker is None or sent.lex.language != "de":
        return False
    return any(sent.toks[k].lemma.lower() in _ACCUSING for k in sent.indices_of(cue))


def claimed_knowledge(sent: Sentence, cue: list[Span2]) -> bool:
    """`Der NDR will wissen, dass …`: claims to know (not `will wissen, ob …`, which asks)."""
    ks = sent.indices_of(cue)
    if not ks or {sent.lower[k] for k in ks} & {"will", "wollen"} == set():
        return False
    if not any(sent.lower[k] == "wissen" for k in ks):
        return False
    last = max(ks)
    return last + 2 < len(sent.toks) and sent.toks[last + 1].text == "," and (
        sent.lower[last + 2] == "dass"
    )


#: (`hofft, dass …`, `wagte die Prognose, …`, `erklärte sich bereit, … zu verzichten`)
_EXPECTING = frozenset(
    [
        "hoffen",
        "erhoffen",
        "befürchten",
        "fürchten",
        "erwarten",
        "prognostizieren",
        "vorhersagen",
        "voraussagen",
    ]
)
_EXPECTING_NOUNS = frozenset(
    [
        "prognose",
        "erwartung",
        "erwartungen",
        "hoffnung",
        "befürchtung",
        "befürchtungen",
        "bereitschaft",
        "vorhaben",
        "absicht",
        "warnung",
        "bereit",
    ]
)


def expectation_cue(sent: Sentence, cue: list[Span2]) -> bool:
    """A frame of expectation (`hofft`, `sagte … voraus`, `die Prognose`).  Also over a content
    in the past (`befürchtet, dass … gestorben sind`): excluding those cost two dev cases."""
    if sent.lex.language != "de":
        return False
    ks = sent.indices_of(cue)
    if ks and lemma_in(sent, cue, {"rechnen"}):
        # `rechnet mit einem Umsatz von …`, `rechnet damit, dass …`; not `rechnete vor, …`
        end = sent.clause_end(max(ks) + 1)
        return any(sent.lower[j] in ("mit", "damit") for j in range(min(ks) + 1, end))
    return lemma_in(sent, cue, _EXPECTING) or words_in(sent, cue, _EXPECTING_NOUNS)


def ruling(attr: Attr, sent: Sentence, cue: list[Span2]) -> bool:
    """`entscheiden` with a `dass` clause (`hat der VfGH entschieden, dass …`):
    what was decided is reported as a ruling; with a zu-infinitive (`entschied, die Truppen
    abzuziehen`) it is a plan."""
    if not attr.parts or not lemma_in(sent, cue, {"entscheiden"}):
        return False
    k = sent.index_at(attr.parts[0][0])
    return k is not None and sent.lower[k] == "dass"


#: final verbs of a `dass` clause about a state or a past event (`dass sie tot sind`, `dass
#: Nordkorea … umgewandelt habe`): an assessment of what is, no forecast
_STATE_FINALS = frozenset(
    ["ist", "sind", "sei", "seien", "war", "waren", "hat", "haben", "habe", "hatte", "hatten"]
)


def content_expectation(sent: Sentence, inside: list[int]) -> list[Span2]:
    """The content's own main clause states what its speaker expects (`„Ich rechne damit,
    dass es uns gelingt, …“`, `Sie erwarte eher, dass die SNB Devisen kaufe`, `Ich gehe davon
    aus, dass …`, `Feldmann rechne mit einer Verhandlung`): a forecast, unless what is
    expected is a state or a past event (`Man gehe davon aus, dass sie tot sind`)."""
    if sent.lex.language != "de" or not inside:
        return []
    ks = set(inside)
    for k in inside:
        lemma = sent.toks[k].lemma.lower()
        if lemma not in ("erwarten", "rechnen", "gehen") or not sent.is_finite(k):
            continue
        if sent.clause_start(k) != sent.clause_start(inside[0]):
            continue  # the expectation must be the content's own main clause
        end = sent.clause_end(k)
        rest = sent.lower[k + 1 : end]
        if lemma == "rechnen" and not {"mit", "damit"} & set(rest):
            continue
        if lemma == "gehen" and not ("davon" in rest and "aus" in rest):
            continue
        if k - 1 not in ks:
            continue  # `erwartet Russland, dass …`: verb first, the frame of a report
        # the `dass` clause right after (a nested claim of its own, so not in ``inside``)
        near = range(k + 1, min(len(sent.toks), end + 2))
        dass = next((j for j in near if sent.lower[j] == "dass"), None)
        if dass is not None and sent.lower[sent.last_word(dass, sent.clause_end(dass))] in (
            _STATE_FINALS
        ):
            continue
        return [sent.span(k, k + 1)]
    return []
