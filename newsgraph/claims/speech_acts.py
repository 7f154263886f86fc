"""Frames that sit inside or before reported speech without framing it grammatically.

* An inserted frame between commas or dashes (`Die Lage – so der Minister – sei ernst.`,
  `..., wie sich X ausdrückte, ...`) names the source of its own sentence.
* A document named with `in` (`In einer Analyse des X ...`) is the source of the Konjunktiv
  sentence after it.
* A main clause whose verb is a verb of saying (`X äußerte sich zu den Plänen.`) tells of a
  speech act whose content the next sentence may give.
* An inserted `so X` (`Die Lage, so der Minister, sei ernst.`) goes on after the comma that
  closes it, also past adverbials of the source or a relative clause on it (`so der Richter,
  der den Fall untersuchte, seien ...`); a trailing `..., so X.` reports the clause before it,
  after a colon that opens a clause.  Shared clause shapes: which word after a comma opens a
  subordinate or relative clause (also `das`/`dem` tagged as demonstrative or article), where
  a verb-final clause ends.
* A verb frame negated in its own clause (`X wollte nicht bestätigen, dass ...`) reports a
  speech act that did not happen (not a litotes: `schloss nicht aus, dass ...`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .clauses import SUBORDINATORS, cut_trailing, make_attr, trim, whole_quote_before
from .complements import linked_main_clause
from .frames import Attr, Cue, Sentence, Span2
from .mood import RELATIVE_WORDS, reported_mood


def speech_verb(sent: Sentence, v: int) -> bool:
    """The main clause's verb, finite at ``v`` or a participle or infinitive with an auxiliary
    there, is a verb of saying (`äußerte sich`, `hat ... bekannt gegeben`, `gab ... bekannt`)."""
    end = sent.clause_end(v + 1)
    rest = {sent.lower[k] for k in range(v + 1, end)}
    for m in sent.lex.verb_matches(sent.toks[v].text):
        if (
            m.verb.cls == "say"
            and not rest & set(m.verb.unless)
            and (m.kind == "finite" or m.kind == "separated" and m.verb.particle in rest)
        ):
            return True
    if not sent.toks[v].tag.startswith(("VA", "VM")):
        return False
    return any(
        m.verb.cls == "say" and m.kind in ("participle", "infinitive")
        for k in range(v + 1, end)
        if sent.toks[k].tag.startswith("VV")
        for m in sent.lex.verb_matches(sent.toks[k].text)
    )


#: dashes and commas that enclose an inserted frame
_INSERT_MARKS = frozenset(",–—-")


def inserted_frame(sent: Sentence) -> tuple[Span2, Span2] | None:
    """A frame inserted between commas or dashes into reported speech: `– so der Minister –`,
    `, wie sich X ausdrückte,`; its speaker and cue spans when the speaker names a source."""
    n = len(sent.toks)
    for k in range(1, n - 2):
        if sent.in_quote[k] or sent.toks[k - 1].text not in _INSERT_MARKS:
            continue
        if sent.lower[k] == "so":
            end = sent.clause_end(k + 1)
            if end >= n or sent.toks[end].text not in _INSERT_MARKS:
                continue
            words = range(k + 1, end)
            tags_ok = all(sent.toks[j].tag in ("ART", "ADJA", "NN", "NE") for j in words)
            if words and tags_ok and _names_source(sent, words):
                return sent.span(k + 1, end), sent.span(k, k + 1)
        elif sent.lower[k] == "wie":
            start = k + 2 if sent.lower[k + 1] == "sich" else k + 1
            end = sent.clause_end(start)
            verb = end - 1
            # `wie sich X ausdrückte`: a reflexive verb of expression needs no lexicon entry
            reflexive = start == k + 2 and sent.toks[verb].tag == "VVFIN"
            if (
                verb <= start
                or not reflexive
                and not any(
                    m.verb.cls == "say" and m.kind == "finite"
                    for m in sent.lex.verb_matches(sent.toks[verb].text)
                )
            ):
                continue
            if _names_source(sent, range(start, verb)):
                return sent.span(start, verb), sent.span(k, k + 1)
    return None


def _names_source(sent: Sentence, words: range) -> bool:
    """The words hold a name or a noun of someone who speaks; a lone capitalised word without
    article is a surname the tagger read as a noun (`wie sich Tauss ausdrückte`)."""
    if len(words) == 1 and sent.is_cap(words[0]) and sent.toks[words[0]].tag == "NN":
        return True
    return any(
        sent.toks[j].tag == "NE" or sent.lex.is_source_noun(sent.toks[j].text) for j in words
    )


#: prepositions that place a statement in a text (`In einer Analyse des X heißt es ...`)
_IN_TEXT = frozenset({"in", "im"})


def previous_document(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool], i: int
) -> Attr | None:
    """The text that a frameless Konjunktiv sentence goes on reporting: a document named with
    `in`/`im` in the sentence right before it (`In einer Analyse des Senders wird der Schritt
    als Reaktion gesehen. So vertrage sich X nicht mit Y.`), as a pseudo attribution that
    lends the document phrase as speaker."""
    if i == 0 or not content[i - 1] or per_unit[i - 1] or not sents[i - 1].toks:
        return None
    sent = sents[i - 1]
    if reported_mood(sent):
        return None
    for k in range(len(sent.toks) - 2):
        if sent.lower[k] not in _IN_TEXT or sent.in_quote[k]:
            continue
        end = sent.np_end(k + 1)
        nouns = [j for j in range(k + 1, end) if sent.toks[j].tag == "NN"]
        if nouns and sent.lex.is_cue_noun(sent.toks[nouns[0]].text):
            return Attr("Subject", [], [], "say", sent.span(k + 1, end), i - 1)
    return None


#: verbs whose negation asserts the content (`schloss nicht aus, dass ...`)
_LITOTES = frozenset(
    [
        "ausschließen",
        "bestreiten",
        "leugnen",
        "verhehlen",
        "verschweigen",
        "zweifeln",
        "abstreiten",
        "verneinen",
        "dementieren",
    ]
)


def negated_frame(sent: Sentence, cue: Cue, attr: Attr) -> bool:
    """A leading verb frame negated by `nicht`/`kein` before its complement (`wollte nicht
    bestätigen, dass`, `hat sich nicht festgelegt, ob`); not `nicht nur`, not a verb whose
    negation asserts (`schloss nicht aus`)."""
    if cue.word in _LITOTES or not attr.parts:
        return False
    head = cue.positions[0]
    start = next((k for k, t in enumerate(sent.toks) if t.start >= attr.parts[0][0]), 0)
    if start <= head:
        return False
    first = sent.clause_start(head)
    # the clause of the cue verb: after a coordinator (`X wollte Y nicht akzeptieren und gab
    # vor, ...`); sentence negation follows its finite verb (`Unter Berufung auf nicht genannte
    # Quellen gab X an`: a negated attribute in the Vorfeld negates nothing)
    first = max([first] + [k + 1 for k in range(first, head) if sent.lower[k] in _LINKS])
    finite = next((k for k in range(first, start) if sent.is_finite(k)), head)
    if any(sent.lower[k] in _NOBODY and not sent.in_quote[k] for k in range(first, finite)):
        return True  # `Niemand erwartet, dass ...`: no one is the source
    return any(
        sent.lower[k] in _NEGATIONS
        and not sent.in_quote[k]
        and (k + 1 >= len(sent.toks) or sent.lower[k + 1] != "nur")
        for k in range(finite + 1, min(start, sent.clause_end(finite + 1)))
    )


_NEGATIONS = frozenset(["nicht", "nie", "niemals", "niemand", "keiner"])
_NOBODY = frozenset(["niemand", "keiner"])
_LINKS = frozenset(["und", "oder", "sowie", "aber", "doch", "sondern"])


#: words that open a second conjunct of the same subject (`X lehnte ab und forderte, ...`)
_CONJUNCTS = frozenset(["und", "sowie", "oder"])


def first_conjunct_act(sent: Sentence, rep: Attr, framed: list[Attr]) -> bool:
    """A reported speech act in the first conjunct of a sentence whose framed claims all
    follow it (`X rief Y zur Umkehr auf und kündigte an, ...`, `X schätzte 2.000 Teilnehmer;
    nach Polizeiangaben waren es 1.000`): cut ``rep`` before the second conjunct (a coordinator
    and a finite verb) or a semicolon; False when the framed claims do not all follow it."""
    if not rep.frame_cue or not rep.parts:
        return False
    head = sent.index_at(rep.frame_cue[-1][0])
    if head is None:
        return False
    # the framed claims' contents and cues (a shared subject before both verbs does not count)
    starts = [min([a.start] + [c[0] for c in a.cue]) for a in framed if a.parts]
    if not starts:
        return False  # a frame at the very end with no content yet (`…, denen zufolge`)
    later = min(starts)
    if later <= sent.toks[head].end:
        return _after_framed(sent, rep, framed, head)
    for k in range(head + 1, len(sent.toks) - 1):
        if sent.toks[k].start >= later:
            return False
        if sent.in_quote[k]:
            continue
        cut = (
            sent.toks[k].text == ";"
            or (
                sent.lower[k] in _CONJUNCTS
                and sent.is_finite(k + 1)
                and sent.toks[k + 1].text[0].islower()
            )
            # `X stufte … ein, und das Hilfswerk rief …`: a main clause with its own subject
            or (sent.toks[k - 1].text == "," and linked_main_clause(sent, k, len(sent.toks)))
        )
        if cut:
            stop = k
            while stop > head + 1 and sent.toks[stop - 1].text in ",;":
                stop -= 1
            rep.parts = [(rep.start, sent.toks[stop - 1].end)]
            return True
    return False


def displaced_speech_act(
    sent: Sentence,
    first: Attr,
    cues: list[Cue],
    frame_attr: Callable[[Sentence, Cue, list[Cue]], Attr | None],
) -> Attr | None:
    """The first of two coordinated speech verbs whose complement went to the nearer second
    one (`X warnte vor Entlassungen und kündigte an, notfalls zu streiken`): its own speech
    act read without a complement, as reported speech (``frame_attr`` builds it)."""
    if not first.cue:
        return None
    cue = next(
        (
            c
            for c in cues
            if c.kind == "verb" and sent.toks[c.positions[0]].start in {s for s, _ in first.cue}
        ),
        None,
    )
    if cue is None:
        return None
    rep = frame_attr(sent, replace(cue, complement=False), cues)
    if rep is None or rep.kind != "Reported":
        return None
    head = cue.positions[-1]
    if any(
        sent.toks[k].start in sent.quote_starts and k > head and sent.lower[k - 1] in _EVALUATED
        for k in range(head + 1, len(sent.toks))
    ):
        return None  # `bezeichnete X als „Knaller“`: the quotation is the claim (quoted_terms)
    return rep


#: words before a quoted evaluation (`als „…“`, `einen „…“`)
_EVALUATED = frozenset(["als", "ein", "eine", "einen", "einem", "einer"])


def role_vorfeld(sent: Sentence, head: int) -> bool:
    """The verb at ``head`` follows a verbless `als` phrase in the Vorfeld (`Als Grund nannte
    X ...`, `Als Ursache gab X ... an`): `als` names a role there and opens no subordinate
    clause (tagged `KOUS` all the same), so the verb is the main clause's finite verb."""
    start = sent.clause_start(head)
    if sent.lower[start] != "als" or head - start < 2 or not sent.is_finite(head):
        return False
    if head + 1 >= len(sent.toks) or sent.is_boundary(head + 1):
        return False  # `Als der Minister die Kosten nannte, ...`: a verb-final clause
    # a bare noun phrase (`Als Grund`, `Als wichtigste Ursache`), not a subject with article
    between = range(start + 1, head)
    return sent.toks[start + 1].tag in ("NN", "ADJA") and not any(
        sent.toks[k].tag.startswith("V") or sent.in_quote[k] for k in between
    )


def _after_framed(sent: Sentence, rep: Attr, framed: list[Attr], head: int) -> bool:
    """A reported speech act in a main clause of its own after the framed claims, behind a
    comma or semicolon (`Nach Angaben der Veranstalter kamen 7.000, die Polizei spricht von
    4.000`): its claim starts at that clause."""
    first = sent.clause_start(head)
    if first == 0 or sent.toks[first - 1].text not in ",;" or sent.in_quote[first - 1]:
        return False
    begin = sent.toks[first].start
    if any(a.end > begin or any(c[1] > begin for c in a.cue) for a in framed):
        return False
    if rep.speaker is None or rep.speaker[0] != begin:
        # the subject opens the clause (`, die Polizei spricht von ...`); a verb right after the
        # comma follows a fronted clause (`Als X sagte, ..., meinte er damit ...`)
        return False
    rep.parts = [(begin, rep.end)]
    return True


_CLAUSE_OPENERS = (SUBORDINATORS - {"trotz", "nach", "wie", "als", "um", "seit", "während"}) | {
    # conjunctions and pronominal adverbs that open a verb-final clause (`..., zumal X laut Y
    # ...`, `..., worauf dieser nach Aussagen Z ...`)
    "zumal",
    "sodass",
    "obgleich",
    "wenngleich",
    "ehe",
    "solange",
    "sofern",
    "soweit",
    "worauf",
    "woraufhin",
    "wobei",
    "womit",
    "wodurch",
    "wofür",
    "wogegen",
    "worüber",
    "woran",
    "worin",
    "wovon",
    "wozu",
    "weswegen",
}

#: tags of the word after a demonstrative-looking `das`/`dem` that go on a noun phrase
#: (`das Büro`, `dem neuen Plan`); anything else makes it a relative pronoun
_NP_GOES_ON = frozenset({"NN", "NE", "ADJA", "CARD", "PIAT", "PPOSAT", "TRUNC"})


def opens_subclause(sent: Sentence, k: int) -> bool:
    """Token ``k`` (after a comma) opens a subordinate or relative clause."""
    low = sent.lower[k]
    if low in _CLAUSE_OPENERS:
        return True
    nxt = k + 1 < len(sent.toks) and sent.toks[k + 1]
    if low in RELATIVE_WORDS:
        if sent.toks[k].tag:
            return sent.toks[k].tag in ("PRELS", "PRELAT", "PWS", "PWAT") or _untagged_relative(
                sent, k
            )
        return bool(nxt) and not sent.toks[k + 1].text[:1].isupper()
    # `..., unter denen ...`, `..., nach welchem ...`
    return (
        bool(nxt)
        and sent.toks[k].tag == "APPR"
        and sent.lower[k + 1] in RELATIVE_WORDS
        and (sent.toks[k + 1].tag in ("PRELS", "PWS", "") or _untagged_relative(sent, k + 1))
    )


def _untagged_relative(sent: Sentence, k: int) -> bool:
    """`..., das nach Angaben X ...`, `..., von dem laut Polizei ...`: a `das`/`dem` after a
    comma (or a preposition after one) that the tagger read as a demonstrative or an article is
    a relative pronoun when neither a noun phrase nor a finite verb follows it (`..., das Büro`,
    `..., das ist`)."""
    if sent.toks[k].tag not in ("PDS", "ART") or k + 1 >= len(sent.toks):
        return False
    nxt = sent.toks[k + 1]
    if sent.in_quote[k + 1] or nxt.tag in _NP_GOES_ON or sent.is_finite(k + 1):
        return False
    return nxt.tag in ("APPR", "APPRART", "ADV", "PPER", "PRF", "PTKNEG")


def verb_final_end(sent: Sentence, first: int, ce: int) -> int:
    """End of a subordinate clause going on at ``first`` after a frame: the boundary after its
    finite verb, so that a list before the verb stays in (`..., das nach X der Planung,
    Finanzierung und Unterstützung diene`); the first boundary when no finite verb follows."""
    end = sent.clause_end(first)
    if has_finite(sent, first, end):
        return end
    verb = next((k for k in range(end, ce) if sent.is_finite(k) and not sent.in_quote[k]), None)
    if verb is None or any(sent.toks[k].text in ";:–—" for k in range(end, verb)):
        return end
    return sent.clause_end(verb)


def has_finite(sent: Sentence, i: int, j: int) -> bool:
    return any(sent.is_finite(k) and not sent.in_quote[k] for k in range(i, j))


def so_attr(
    sent: Sentence, cue: Cue, cues: list[Cue], cue_spans: list[Span2], speaker: Span2, end: int
) -> Attr | None:
    """`..., so X.` sources the text before it; an inserted `so X` goes on after its comma
    (`Die Lage, so der Minister, sei ernst.`, `„...“, so X, „...“`)."""
    p = cue.positions[0]
    ce = sent.content_end()
    content_end = p - 1
    before_quote = whole_quote_before(sent, content_end)
    after: Span2 | None = None
    while end < ce and sent.lower[end] in _SO_ADVERBS:
        end += 1  # `so Müller weiter, ...`
    end = _so_insertion_end(sent, content_end, end, ce)
    if (
        end + 1 < ce
        and sent.toks[end].text == ","
        and not sent.in_quote[end]
        and (_main_clause_goes_on(sent, end + 1) or _clause_left_open(sent, content_end, end + 1))
        and not opens_subclause(sent, end + 1)  # `so X, der am Montag sprach`
    ):
        # the content goes on (`..., so der Minister, sei ernst`); not an apposition of the
        # source (`so X, Leiter der Abteilung`)
        after = trim(sent, end + 1, cut_trailing(sent, end + 1, ce, cues))
    if before_quote is not None:
        # an interrupted quotation (`„...“, so X, „...“`) goes on in a quote of its own
        return make_attr(sent, "Direct", [before_quote], cue_spans, cue, speaker)
    first = _after_colon_clause(sent, content_end)
    parts2 = [trim(sent, first, content_end), after]
    return make_attr(sent, "Indirect", parts2, cue_spans, cue, speaker)


def _main_clause_goes_on(sent: Sentence, first: int) -> bool:
    """After an inserted `so X` a clause with a finite verb follows that is no verb-final
    clause (`..., so X, in der Forscher 50 Methoden untersucht haben`): a verb first or second
    (`..., so X, sei ernst`, `..., so X, die Lage bleibt ernst`)."""
    stop = sent.clause_end(first)
    verbs = [k for k in range(first, stop) if sent.is_finite(k) and not sent.in_quote[k]]
    if not verbs:
        return False
    return verbs[0] == first or not (verbs[-1] == stop - 1 and stop - first > 2)


def _so_insertion_end(sent: Sentence, content_end: int, end: int, ce: int) -> int:
    """The comma that closes an inserted `so X` when the content goes on after it, past
    adverbials of the source (`Doch sei es, so X in einem Blogeintrag auf Y, ein Fehler
    gewesen`) or a relative clause on the source (`Im Mai, so der Richter, der den Fall
    untersuchte, seien ...`): the content resumes with its finite verb (V2 after a fronted
    part) or with the rest of a clause left open.  ``end`` itself otherwise."""
    k = end
    while k < ce and k - end < 20 and sent.toks[k].text != "," and not sent.is_finite(k):
        if sent.toks[k].text in ".;:–—()" and not sent.in_quote[k]:
            return end
        k += 1
    if k == end and not (k + 1 < ce and opens_subclause(sent, k + 1)):
        return end  # the comma right after the source: the caller's tests apply
    if k >= ce or sent.toks[k].text != "," or sent.in_quote[k]:
        return end
    if k + 1 < ce and opens_subclause(sent, k + 1):
        # skip the relative clause: the next comma after one of its verbs
        verb = next((j for j in range(k + 2, ce) if sent.toks[j].tag.startswith("V")), ce)
        k = next(
            (j for j in range(verb, ce) if sent.toks[j].text == "," and not sent.in_quote[j]),
            ce,
        )
        if k >= ce or any(sent.toks[j].text in ";:–—" for j in range(end, k)):
            return end
    if k + 1 < ce and (
        sent.is_finite(k + 1)
        and not sent.in_quote[k + 1]
        or _clause_left_open(sent, content_end, k + 1)
    ):
        return k
    return end


def _after_colon_clause(sent: Sentence, stop: int) -> int:
    """First token of the content before a trailing `so X`: after the last colon outside
    quotations that a clause follows (`Noch am Montag war klar: X unterstützt Y, so Z`)."""
    for k in range(stop - 1, 0, -1):
        if sent.toks[k].text == ":" and not sent.in_quote[k]:
            return k + 1 if has_finite(sent, k + 1, stop) else 0
    return 0


#: STTS tags of the non-finite verb forms that close a clause begun before an inserted `so X`
_NON_FINITE = frozenset(["VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"])


def _clause_left_open(sent: Sentence, comma: int, first: int) -> bool:
    """`Der Präsident sei, so X, schuld daran`, `Es sei, so X, möglich gewesen`: the clause
    before the inserted `so X` has its finite verb but is not complete; it ends right after
    that verb, or its participle or infinitive follows the insertion (an apposition of the
    source has no verb).  The finite verb is an auxiliary or modal: a full verb leaves no
    participle or infinitive to come (`..., so X, verbunden mit ...`)."""
    start = sent.clause_start(comma)
    finite = [k for k in range(start, comma) if sent.is_finite(k) and not sent.in_quote[k]]
    if not finite or sent.toks[finite[-1]].tag not in ("VAFIN", "VMFIN"):
        return False  # a full verb has no participle or infinitive left to come
    if finite[-1] == comma - 1:
        return True
    stop = sent.clause_end(first)
    if has_finite(sent, first, stop):
        return False  # `..., in der X 50 Methoden untersucht hat`: a verb-final clause of its own
    return any(sent.toks[k].tag in _NON_FINITE and not sent.in_quote[k] for k in range(first, stop))


#: adverbs between an inserted `so X` and its comma (`so Müller weiter, ...`)
_SO_ADVERBS = frozenset(["weiter", "zudem", "außerdem", "auch", "jedoch", "dazu", "abschließend"])
