"""Shape predicates of frame clauses, used by :mod:`.attribution`: is the text before a
trailing frame a main clause, is a verb in a subordinate or relative clause, is a frame passive
(and who its agent or source document is), where a `wie X mitteilte` frame opens, which of
two coordinated verb frames owns a complement.  Whether a complement follows a speech verb is :mod:`.complements`.
"""

from __future__ import annotations

from .clauses import COORD, SUBORDINATORS, cut_trailing, trim, whole_quote_before
from .frames import NOUN_FRAME, Attr, Cue, Sentence, Span2
from .quoted_names import quoted_name
from .text import CLOSING, OPENING

_RELATIVE = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "welche",
        "welcher",
        "welches",
    ]
)
_PASSIVE_AUX = frozenset(
    [
        "wird",
        "werden",
        "wurde",
        "wurden",
        "worden",
        "ist",
        "sind",
        "war",
        "waren",
        "sei",
        "seien",
        "was",
    ]
)


#: words that open a subordinate clause: `Da ..., wollte der Richter` is no trailing frame
def _main_clause_after_subordinate(sent: Sentence, start: int, head: int) -> bool:
    """After the subordinate clause opening the sentence at ``start``, a main clause with its
    finite verb first (`Als Kämpfer die Stadt einnahmen, töteten sie …`) ends before the
    trailing frame at ``head``."""
    comma = next(
        (k for k in range(start + 1, head) if sent.toks[k].text == "," and not sent.in_quote[k]),
        None,
    )
    if comma is None or comma + 1 >= head - 1:
        return False
    verb = comma + 1
    return sent.is_finite(verb) and not sent.in_quote[verb] and head - 1 > verb + 1


def _main_clause_before(sent: Sentence, head: int) -> bool:
    """The text before a trailing frame is a main clause (not `Da ..., sagte`)."""
    start = 0
    while start < head and (sent.toks[start].text in OPENING or not sent.is_word(start)):
        if sent.toks[start].start in sent.quote_starts:
            return True
        start += 1
    if start >= head:
        return False
    if sent.lower[start] == "dass":
        # `Dass die Polizei kommt, erhofft sich die Stadt`: the clause is the content when
        # the verb after it has a subject (not `Dass ..., hatte sich angekündigt`)
        return sent.subject_after(head) is not None
    if sent.lower[start] in SUBORDINATORS and not _preposition_first(sent, start, head):
        # `Da ..., sagte`; not the prepositions `Seit dem 19. Juni`, `Nach ...`; but `Als …,
        # töteten sie …, teilte X mit`: the main clause after the subordinate one comes first
        return _main_clause_after_subordinate(sent, start, head)
    # a clause needs a finite verb (`Bei einem Angriff am Montag, dem 6. Dezember, ...` has none)
    if not sent.toks[start].tag:
        return True  # without POS tags unknown verbs cannot be seen: trust the comma
    seg_start = start
    subordinate = False
    for k in range(start, head - 1):
        if sent.in_quote[k]:
            continue
        if sent.toks[k].text == ",":
            seg_start = k + 1
            subordinate = seg_start < head - 1 and _subordinate_start(sent, seg_start)
            continue
        if k == seg_start and k == start:
            # a clause opening with its finite verb before a comma is a condition (`Sollte
            # sich das bestätigen, plant man, …`), not the content of the frame after it
            subordinate = sent.toks[k].tag in _SUBORDINATE_TAGS or (
                sent.is_finite(k) and not _asking_frame(sent, head)
            )
        if sent.is_finite(k) and not subordinate:
            return True
    # `Im Brief, den X geschickt hat, erklärt er`: only a relative or subordinate clause
    return False


def _asking_frame(sent: Sentence, head: int) -> bool:
    """The frame at ``head`` asks (`fragte er`, `lautete die Frage`): a clause before it that
    opens with its finite verb is the question asked (`Sind wir …, lautete die Frage`)."""
    end = sent.clause_end(head)
    return any(sent.lower[k].startswith(("frag", "gefragt")) for k in range(head, end))


#: tags of the words before a speech-act noun opening the sentence (`Seine Einlassung`)
_NOUN_LEAD_TAGS = frozenset({"ART", "PPOSAT", "ADJA", "PIAT", "PDAT"})


def noun_frame_vorfeld(sent: Sentence, head: int, cues: list[Cue]) -> bool:
    """The Vorfeld before the verb at ``head`` is a speech-act noun and its complement (`Seine
    Einlassung, er habe …, bezeichnete der Richter als …`): the complement is the noun's
    content, not the content of the verb after it (which speaks about the noun phrase)."""
    for cue in cues:
        p = cue.positions[0]
        if cue.word != NOUN_FRAME or p >= head or p > 3:
            continue
        if not all(sent.toks[k].tag in _NOUN_LEAD_TAGS for k in range(p)):
            continue
        comma = sent.frame_noun_comma(p)
        if comma > 0 and sent.clause_end(comma + 1) == head - 1:
            return True
    return False


def _preposition_first(sent: Sentence, start: int, head: int) -> bool:
    """`Seit dem 19. Juni ist ...`: the word at ``start`` (`seit`, `nach`, `während`) is a
    preposition, not a conjunction: so tagged, and its clause does not end in a finite verb
    (`Während die Partei zustimmte, ...` is a subordinate clause whatever the tagger says)."""
    if sent.toks[start].tag not in ("APPR", "APPRART", "ADV", "PROAV"):
        return False
    comma = next(
        (k for k in range(start, head) if sent.toks[k].text == "," and not sent.in_quote[k]), head
    )
    end = comma
    if end > start + 1 and sent.toks[end - 1].text == ")":
        end = next((k for k in range(end - 2, start, -1) if sent.toks[k].text == "("), end)
    return not any(sent.is_finite(k) for k in range(max(start + 1, end - 2), end))


def _has_frame_before(sent: Sentence, head: int, cues: list[Cue]) -> bool:
    """Another finite speech verb earlier in the sentence: `X sagte, ..., bestritt jedoch ...`
    continues X's sentence (a trailing frame would need its own subject after the verb)."""
    return any(
        c.kind == "verb" and c.positions[0] < head - 1 and sent.is_finite(c.positions[0])
        for c in cues
    )


def _subordinate(sent: Sentence, i: int) -> bool:
    """The verb at ``i`` is in a subordinate or relative clause (`, mit dem X erreichen will`):
    a speech act there is background, not a reported claim of the sentence."""
    start = sent.clause_start(i)
    if start >= i:
        return False
    tag = sent.toks[start].tag
    if tag == "APPR" and start + 1 < i:
        tag = sent.toks[start + 1].tag
    return tag in ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV")


def _in_relative_clause(sent: Sentence, i: int) -> bool:
    start = sent.clause_start(i)
    if start == 0 or sent.toks[start - 1].text != ",":
        return False
    tok = sent.toks[start]
    if tok.tag:
        return tok.tag in ("PRELS", "PRELAT")
    return sent.lower[start] in ("dessen", "deren", "welcher", "welche", "welches")


def _after_relative_clause(sent: Sentence, head: int) -> bool:
    """The comma before ``head`` closes a relative clause (`In X, die ... wurde, wurde ...`)."""
    comma = head - 1
    if sent.toks[comma].text != ",":
        return False
    prev = next((k for k in range(comma - 1, 0, -1) if sent.toks[k].text == ","), None)
    if prev is None or prev + 1 >= comma:
        return False
    if _main_clause_before(sent, prev + 1):
        return False  # `X ist ein Planet, der … ist, erklärte Y`: the clause is complete
    return sent.toks[prev + 1].tag in ("PRELS", "PRELAT") or (
        not sent.toks[prev + 1].tag
        and sent.lower[prev + 1] in _RELATIVE
        and sent.is_cap(prev - 1)
        and sent.is_finite(comma - 1)
    )


def _subject_with_relative_clause(sent: Sentence, head: int) -> Span2 | None:
    """`Deiss, der sich ... entschlossen hatte, sagte`: the verb follows a relative clause of
    its subject; the subject is the noun phrase (with apposition) before that clause."""
    comma = head - 1
    prev = next((k for k in range(comma - 1, 0, -1) if sent.toks[k].text == ","), None)
    if prev is None or prev + 1 >= comma:
        return None
    first = sent.toks[prev + 1]
    if sent.lower[prev + 1] not in _RELATIVE and first.tag not in ("PRELS", "PRELAT"):
        return None
    end = prev
    start = sent.clause_start(end)
    if start == 0 and sent.np_end_is(0, end):
        return sent.span(0, end)
    inner = next((k for k in range(end - 1, 0, -1) if sent.toks[k].text == ","), None)
    if inner is not None and sent.np_end_is(0, inner):
        return sent.span(0, end)
    return None


def _passive(sent: Sentence, pos: list[int], cue: Cue) -> bool:
    """`wurde ... gemeldet`: a passive speech verb has no speaker in the subject."""
    if len(pos) > len(cue.positions) and sent.lower[pos[0]] in _PASSIVE_AUX:
        return True
    return any(
        sent.lower[k] in ("worden", "wurde", "wurden")
        for k in range(cue.positions[-1] + 1, min(len(sent.toks), cue.positions[-1] + 3))
    )


def _source_from(sent: Sentence, start: int, end: int) -> Span2 | None:
    """The `aus X` phrase of `verlauten` (`aus Regierungskreisen verlautete`), with `aus`."""
    for k in range(start, end - 1):
        if sent.lower[k] == "aus" and not sent.in_quote[k]:
            np_end = sent.np_end(k + 1, end)
            if np_end > k + 1:
                return sent.span(k, np_end)
    return None


def origin_phrase(sent: Sentence, start: int, end: int, attributed: bool = False) -> Span2 | None:
    """`Wie sich aus der Auswertung der Daten ergab`: what a finding comes out of, the words
    after `aus` up to the verb at ``end`` (without `aus`); None when no noun follows `aus`.
    With ``attributed`` only a phrase with an extended attribute (`wie aus ihrer am Freitag
    veröffentlichten Projektion hervorgeht`; the other phrases are read as sources later)."""
    for k in range(start, end - 1):
        if sent.lower[k] != "aus" or sent.in_quote[k] or sent.np_end(k + 1, end) <= k + 1:
            continue
        if not attributed or any(
            sent.extended_attribute(j, end) is not None for j in range(k + 2, end)
        ):
            return sent.span(k + 1, end)
    return None


def _document_source(sent: Sentence, first: int, last: int) -> Span2 | None:
    """`wird im Bericht als problematisch bezeichnet`: the document (`im` + a source noun of
    the lexicon) a passive evaluation without agent is stated in."""
    start = sent.clause_start(first)
    if not any(sent.lower[k] in ("als", "für") for k in range(start, last)):
        return None
    for k in range(start, last - 1):
        if (
            sent.lower[k] == "im"
            and not sent.in_quote[k]
            and sent.toks[k + 1].text in sent.lex.nouns
        ):
            return sent.span(k + 1, k + 2)
    return None


def _quote_before_clause(sent: Sentence, finite: int, speaker: Span2 | None) -> Span2 | None:
    if speaker is None:
        return None
    start = sent.index_at(speaker[0], finite)
    start = min(start, finite)
    if start >= 2 and sent.toks[start - 1].text == ",":
        return whole_quote_before(sent, start - 1)
    if start >= 1 and sent.toks[start - 1].text in CLOSING:
        return whole_quote_before(sent, start)
    return None


#: tags that open a subordinate or relative clause (`nachdem ...`, `mit dem ...`, `wo ...`)
_SUBORDINATE_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})


def _subordinate_start(sent: Sentence, k: int) -> bool:
    """The clause starting at ``k`` is subordinate (its verb comes last), not a main clause."""
    tag = sent.toks[k].tag
    if not tag:
        return sent.lower[k] in SUBORDINATORS or sent.lower[k] in _RELATIVE
    if tag in ("APPR", "APPRART") and k + 1 < len(sent.toks):
        if _relative_after_preposition(sent, k):
            return True
        tag = sent.toks[k + 1].tag
    if tag in ("ART", "PDS") and _untagged_relative(sent, k):
        return True
    return tag in _SUBORDINATE_TAGS


def _relative_after_preposition(sent: Sentence, k: int) -> bool:
    """`Die Partei, auf deren Listen Gäste kandidiert hatten, schloss ...`: a preposition and a
    relative pronoun the tagger read as a demonstrative or article (`deren/PDS`, `die/ART`),
    opening a clause after a comma that ends in its only finite verb."""
    if k < 1 or sent.toks[k - 1].text != "," or sent.lower[k + 1] not in _RELATIVE:
        return False
    if sent.toks[k + 1].tag not in ("PDS", "ART", "PRELS", "PRELAT", ""):
        return False
    end = sent.clause_end(k + 1)
    if end - 1 <= k + 2 or not sent.is_finite(end - 1):
        return False
    return not any(sent.is_finite(j) for j in range(k + 2, end - 1))


def _untagged_relative(sent: Sentence, k: int) -> bool:
    """`Im Brief, den X an Y geschickt hat, ...`: an article-like pronoun after a comma and a
    noun, opening a clause that ends in its only finite verb, is a relative pronoun the tagger
    read as an article or a demonstrative (`In einem Referendum, das … stattfand, …`)."""
    if k < 2 or sent.lower[k] not in _RELATIVE or sent.toks[k - 1].text != ",":
        return False
    if sent.toks[k - 2].tag not in ("NN", "NE"):
        return False
    end = sent.clause_end(k)
    if end - 1 <= k + 1 or not sent.is_finite(end - 1):
        return False
    return not any(sent.is_finite(j) for j in range(k + 1, end - 1))


def nearer_frame(sent: Sentence, first: Attr, later: Attr) -> bool:
    """Both verb frames precede their common content and ``later``, the nearer one, is the
    second verb of the same subject (`und`, `sowie` right before it, or `aber`/`jedoch` right
    after it behind a comma or a closing quotation mark: `nannte X „respektabel“, stellte aber
    fest, dass …`; no subject of its own)."""
    if not first.cue or not later.cue or first.kind != later.kind:
        return False
    if later.speaker is not None and later.speaker != first.speaker:
        return False
    start = first.parts[0][0]
    if not (first.cue[0][0] < later.cue[0][0] and later.cue[-1][1] <= start):
        return False
    k = sent.index_at(later.cue[0][0], 0)
    if k > 0 and sent.lower[k - 1] in COORD:
        return True
    after = k + 1 < len(sent.toks) and sent.lower[k + 1] in ("aber", "jedoch")
    return after and k > 0 and (sent.toks[k - 1].text == "," or sent.toks[k - 1].text in CLOSING)


#: demands, announcements and accusations whose perfect tense still reports a speech act
#: (`hat ... gefordert`, `hat ... vorgeworfen`); an agreement or a plan in the perfect
#: (`haben ... vereinbart`) is background
_PERFECT_VERBS = frozenset(
    {
        "fordern",
        "verlangen",
        "auffordern",
        "aufrufen",
        "einfordern",
        "anmahnen",
        "ankündigen",
        "vorwerfen",
    }
)
#: demands, whose pluperfect too reports the demand (`Der Staatsanwalt hatte acht Jahre Haft
#: gefordert`: the demand a verdict answers); an announcement or accusation in the pluperfect
#: is background (`hatte eine Politik der kleinen Schritte angekündigt`)
_PLUPERFECT_VERBS = frozenset({"fordern", "verlangen", "auffordern", "einfordern", "anmahnen"})
#: finite forms of `haben` as perfect-tense auxiliaries
_HABEN = frozenset({"hat", "haben"})


def _perfect_demand(sent: Sentence, pos: list[int], cue: Cue, speaker: Span2) -> bool:
    """`Die CDU hat Aufklärung gefordert`, `Das Militär hat eine Untersuchung angekündigt`: a
    demand, announcement or accusation in the present perfect is a speech act of the subject when the
    auxiliary `hat`/`haben` stands in the first clause of the sentence, the participle closes
    that clause and a noun stands between them (the object); in the pluperfect only a demand
    (`Staatsanwalt X hatte acht Jahre Haft gefordert`; german_news_quotes train 1 : 1, the
    fresh german_quotes dev batches 3 : 0); an unnamed group is background (`Die Opposition hat
    einen Plan gefordert`): the speaker must hold a name (`Die CDU`, `Minister Max Huber`)."""
    if cue.word not in _PERFECT_VERBS or len(pos) != len(cue.positions) + 1:
        return False
    aux, part = pos[0], cue.positions[-1]
    auxiliaries = _HABEN_PAST if cue.word in _PLUPERFECT_VERBS else _HABEN
    if sent.lower[aux] not in auxiliaries or part - aux < 2:
        return False
    end = sent.clause_end(part)
    if end != part + 1 or sent.clause_start(aux) != 0:
        return False
    if not any(sent.toks[k].tag in ("NN", "NE") for k in range(aux + 1, part)):
        return False
    return any(t.tag == "NE" for t in sent.toks if speaker[0] <= t.start and t.end <= speaker[1])


#: verbs of telling whose `von` object is what was told (`hatte von sechs Toten berichtet`)
TELLING_VERBS = frozenset({"sprechen", "berichten"})
#: finite forms of `haben` in the perfect and the pluperfect
_HABEN_PAST = _HABEN | {"hatte", "hatten"}


def _perfect_telling(sent: Sentence, pos: list[int], cue: Cue) -> bool:
    """`Die Agentur hatte von sechs Toten berichtet`, `Ein Bericht hatte von 4000 Soldaten
    gesprochen`: telling *of* something stays reported speech in the perfect and the
    pluperfect (german_news_quotes train gold 3 of 3), unlike evaluations and confirmations
    (`hat den Plan kritisiert`, `hatte den Vorfall bestätigt`); the participle closes the
    clause and `von`/`davon` stands between it and the auxiliary."""
    if cue.word not in TELLING_VERBS or len(pos) != len(cue.positions) + 1:
        return False
    aux, part = pos[0], cue.positions[-1]
    if sent.lower[aux] not in _HABEN_PAST or sent.clause_end(part) != part + 1:
        return False
    return any(sent.lower[k] in ("von", "davon") for k in range(aux + 1, part))


def _second_conjunct(sent: Sentence, head: int) -> bool:
    """The finite verb at ``head`` opens the second conjunct of a main clause (`und will`,
    `steht zwar ..., will aber`)."""
    if head == 0:
        return False
    if sent.lower[head - 1] in COORD:
        return True
    return sent.toks[head - 1].text == "," and any(
        sent.lower[k] == "aber" for k in range(head + 1, sent.clause_end(head + 1))
    )


def _negated(sent: Sentence, head: int, end: int) -> bool:
    """`X gab die Zahl nicht bekannt`: a speech act that did not happen (not `nicht nur`)."""
    return any(
        sent.lower[k] == "nicht" and (k + 1 >= end or sent.lower[k + 1] != "nur")
        for k in range(head, end)
    )


#: tags of the right sentence bracket (verbs and separated particles)
_BRACKET_TAGS = frozenset({"VVINF", "VVPP", "VAINF", "VAPP", "VMINF", "VVFIN", "VVIZU", "PTKVZ"})


def rest_after_insertion(sent: Sentence, start: int, wie: int, close: int, end: int) -> bool:
    """Tokens ``[close + 1, end)`` after a frame inserted between the commas at ``wie - 1`` and
    ``close`` go on with the clause ``[start, wie - 1)`` before it: they hold no finite verb
    (complements), or only its right bracket, one or two verbs after a clause with a finite
    modal or auxiliary and no verb of its own after that (`Der Minister will, wie er sagte,
    zurücktreten.`; the tagger often reads such an infinitive after a comma as finite)."""
    first = close + 1
    if not any(sent.is_finite(k) and not sent.in_quote[k] for k in range(first, end)):
        return True
    if not 0 < end - first <= 2 or any(
        sent.toks[k].tag not in _BRACKET_TAGS for k in range(first, end)
    ):
        return False
    aux = next((k for k in range(start, wie - 1) if sent.toks[k].tag in ("VMFIN", "VAFIN")), None)
    return aux is not None and not any(
        sent.toks[k].tag.startswith("V") for k in range(aux + 1, wie - 1)
    )


def rest_after_frame(sent: Sentence, comma: int, last: int, cues: list[Cue]) -> Span2 | None:
    """The rest of the clause after a frame inserted between commas (`Der Minister will, so
    heißt es, zurücktreten.`; the comma before the frame at ``comma``, its last word at
    ``last``): one more stretch without a clause of its own (:func:`rest_after_insertion`)."""
    close = sent.clause_end(last + 1)
    ce = sent.content_end()
    if close + 1 >= ce or sent.toks[close].text != "," or sent.in_quote[close]:
        return None
    end = cut_trailing(sent, close + 1, ce, cues)
    if any(sent.toks[k].text in ",;:" for k in range(close + 1, end)):
        return None
    if not rest_after_insertion(sent, sent.clause_start(comma), comma + 1, close, end):
        return None
    return trim(sent, close + 1, end)


def dass_after(sent: Sentence, last: int) -> bool:
    """A `dass`/`ob` complement follows the clause of the cue word at ``last``."""
    end = sent.clause_end(last + 1)
    return (
        end + 1 < len(sent.toks)
        and sent.toks[end].text == ","
        and sent.lower[end + 1] in ("dass", "daß", "ob")
        and not sent.in_quote[end + 1]
    )


def trailing_frame(sent: Sentence, i: int) -> bool:
    """The cue at ``i`` opens a trailing frame (`..., sagte X` / `„...“ sagte X`)."""
    if i == 0:
        return False
    prev = sent.toks[i - 1].text
    if prev in CLOSING:
        end = sent.toks[i - 1].end
        quote = next((q for q in sent.quotes if q.end == end), None)
        if quote is not None and quote.words <= 3 and quoted_name(sent, quote.start, quote.end):
            return False  # `„BBC News“ berichtet, dass ...`: a quoted name is the subject
        if quote is not None and _words_before(sent, quote.start):
            return False  # `Russland werde „angemessen“ antworten`: a quote inside the clause
    return prev == "," or (prev in CLOSING and sent.name_quote_start(i - 1) is None)


def _words_before(sent: Sentence, start: int) -> bool:
    """Words of the same clause stand before the quotation starting at ``start``."""
    k = sent.index_at(start, 0)
    return k > 0 and sent.toks[k - 1].text not in (",", ":", ";", "(", "–", "-") and any(
        sent.is_word(j) for j in range(k)
    )


#: tags the tagger gives a relative pronoun opening a clause
_RELATIVE_TAGS = frozenset({"PRELS", "PWAT", "PWS", "PDS", "ART"})


def relative_pronoun_subject(sent: Sentence, v: int) -> Span2 | None:
    """The relative pronoun opening the clause whose last word is the verb ``v``, when it is
    the subject (`eine Resolution, welche … zur Kenntnis nimmt und die Regierung auffordert,
    …`: the noun phrase before the verb of a verb-final conjunct is its object)."""
    start = v  # back to the comma, over quotations inside the clause (`mit „Sorge“ …`)
    while start > 0 and (sent.in_quote[start - 1] or sent.toks[start - 1].text not in ",;:"):
        start -= 1
    if not (0 < start < v and sent.toks[start - 1].text == ","):
        return None
    if sent.lower[start] not in _RELATIVE or sent.toks[start].tag not in _RELATIVE_TAGS:
        return None  # (`welche` is often tagged as an interrogative)
    if sent.toks[start].feat("Case") not in (None, "Nom"):
        return None
    if v + 1 < len(sent.toks) and not sent.is_boundary(v + 1) and sent.toks[v + 1].text != ",":
        return None  # the verb does not close the clause
    if not any(sent.lower[k] in ("und", "oder", "sowie") for k in range(start + 1, v)):
        return None  # a single relative clause: the subject search reads it already
    return sent.span(start, start + 1)
