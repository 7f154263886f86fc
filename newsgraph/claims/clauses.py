"""Pieces of a sentence shared by the frame rules: content spans, quotations, attributions."""

from __future__ import annotations

from .frames import Attr, Cue, Sentence, Span2
from .text import CLOSING
from .token_view import PASSIVE_FINITE

COORD = frozenset({"und", "sowie"})
SUBORDINATORS = frozenset(
    [
        "da",
        "weil",
        "als",
        "wenn",
        "nachdem",
        "obwohl",
        "während",
        "bevor",
        "um",
        "damit",
        "falls",
        "sobald",
        "seit",
        "seitdem",
        "indem",
        "ob",
        "dass",
        "wo",
        "was",
        "wer",
        "wie",
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "welcher",
        "welche",
        "welches",
        "inwieweit",
        "inwiefern",
        "trotz",
        "nach",
        "because",
        "when",
        "if",
        "although",
        "while",
        "after",
        "before",
        "since",
    ]
)


def make_attr(
    sent: Sentence,
    kind: str,
    parts: list[Span2 | None],
    cue_spans: list[Span2],
    cue: Cue,
    speaker: Span2 | None,
    hidden_cue: list[Span2] | None = None,
) -> Attr | None:
    clean = [p for p in parts if p is not None and p[0] < p[1]]
    if not clean and kind != "Indirect":
        return None
    if speaker is not None and _impersonal_subject(sent, speaker):
        if _modal_man(sent, speaker, cue_spans):
            return None  # `Man kann sagen, dass …`: the article's own comment
        speaker = None  # `man sagt`, `es heißt`: nobody in particular
    attr = Attr(kind, clean, list(cue_spans), cue.cls, speaker, sent.index, cue.impersonal)
    if hidden_cue:
        attr.cue = []
        attr.frame_cue = list(hidden_cue)
    return attr


def _modal_man(sent: Sentence, speaker: Span2, cue_spans: list[Span2]) -> bool:
    """`man` with a modal verb in the cue (`kann man sagen`, `muss man feststellen`): what one
    can say is the writer's comment, nobody's report."""
    words = sent.indices_in(*speaker)
    if len(words) != 1 or sent.lower[words[0]] != "man":
        return False
    return any(
        sent.toks[k].tag == "VMFIN" for span in cue_spans for k in sent.indices_in(*span)
    )


def _impersonal_subject(sent: Sentence, speaker: Span2) -> bool:
    words = sent.indices_in(*speaker)
    if words and sent.lower[words[0]] in ("mit", "für", "gegen", "über", "ohne"):
        return True  # a prepositional object is no source (`mit dem Urteil`)
    return len(words) == 1 and sent.lower[words[0]] in ("man", "es")


def span_between(sent: Sentence, i: int, j: int) -> Span2 | None:
    while j > i and sent.lower[j - 1] in sent.lex.np_stop:
        j -= 1
    end = sent.np_end(i, j)
    if end <= i:
        return None
    # keep an apposition: `wie Steve Marshall, Sprecher der UN, mitteilte`
    if end < j and sent.toks[end].text == ",":
        end2 = j
        while end2 > end and (
            sent.toks[end2 - 1].text == "," or sent.lower[end2 - 1] in sent.lex.np_stop
        ):
            end2 -= 1
        end = end2
    return sent.span(i, end)


def trim(sent: Sentence, i: int, j: int) -> Span2 | None:
    """Character span of tokens ``[i, j)`` without surrounding commas."""
    while i < j and sent.toks[i].text in ",;:–—":
        i += 1
    while j > i and sent.toks[j - 1].text in ",;:–—":
        j -= 1
    if i >= j:
        return None
    return sent.span(i, j)


#: words that link two main clauses after a comma
_CLAUSE_LINKS = frozenset(["doch", "aber", "und", "jedoch", "sondern", "während", "denn", "zudem"])


def needs_met(sent: Sentence, cue: Cue, start: int, end: int) -> bool:
    """The cue verb needs no word (lexicon ``needs``), or one of its words stands in tokens
    ``[start, end)`` (`sprach … von`, `drohte … mit`)."""
    return not cue.needs or any(w in cue.needs for w in sent.lower[start:end])


def cut_trailing(sent: Sentence, start: int, end: int, cues: list[Cue]) -> int:
    """End of a complement: stop before a trailing frame of another cue, or at a semicolon
    (`..., sie sei ernst; die Regierung ...`: a new main clause of the article)."""
    semi = next(
        (k for k in range(start + 1, end) if sent.toks[k].text == ";" and not sent.in_quote[k]),
        None,
    )
    if semi is not None:
        end = semi
    for other in cues:
        p = other.positions[0]
        if other.kind == "prep" and sent.lower[p] in ("wonach", "demzufolge"):
            continue  # `ein Vorwurf, wonach ...`: a relative clause inside the content
        comma = _comma_before_frame(sent, p)
        if (
            comma is not None
            and start < comma + 1 < end
            # `…, drohe ein Streik`: a verb that needs a word frames nothing without it
            and needs_met(sent, other, p, sent.clause_end(p))
        ):
            return comma
        if start < p - 1 < end and sent.lower[p - 1] in COORD and sent.subject_before(p) is None:
            return p - 2 if sent.toks[p - 2].text == "," else p - 1
        if start < p < end and sent.lower[p - 1] == "wie" and sent.toks[p - 2].text == ",":
            return p - 2
        subject = sent.subject_before(p) if start < p < end else None
        if subject is not None:
            # `..., doch X erklärte, ...`: a new main clause with its own speaker
            k = sent.index_at(subject[0], p)
            linked = k
            while k > start and sent.lower[k - 1] in _CLAUSE_LINKS:
                k -= 1
            if k < linked and k > start and sent.toks[k - 1].text in (",", ";", "–"):
                return k - 1
            if (
                k == linked
                and k > start + 1
                and sent.toks[k - 1].text == ","
                and sent.toks[k].tag in ("ART", "PPOSAT", "NE")
                and sent.index_ending_at(subject[1]) == p - 1
            ):
                return k - 1  # `..., die Polizei spricht von 4.000`: a new main clause
    for k in range(start + 1, end - 1):
        if sent.toks[k].text == "," and sent.lower[k + 1] in ("wie", "so") and not sent.in_quote[k]:
            later = [c for c in cues if c.positions[0] > k]
            if later:
                return k
    return end


def _comma_before_frame(sent: Sentence, p: int) -> int | None:
    """The comma that ends a complement before the cue at ``p`` of another frame: right before
    the cue, or before one adverb and a finite cue (`…, weiter hieß es, dass …`: a new main
    clause with its own frame)."""
    if p >= 1 and sent.toks[p - 1].text == ",":
        return p - 1
    if (
        p >= 2
        and sent.toks[p - 2].text == ","
        and sent.toks[p - 1].tag == "ADV"
        and sent.is_finite(p)
    ):
        return p - 2
    return None


#: links before a second predicate of the frame's subject (`..., und bemühte ...`)
_PREDICATE_LINKS = frozenset({",", "und", "sowie", "aber"})


def coordinated_predicate(sent: Sentence, start: int, end: int) -> int:
    """End of a verb frame's complement ``[start, end)`` before a second predicate of the
    frame's subject: `X hatte erklärt, er sei unschuldig, erkannte das Gericht nicht an`.  An
    indicative finite verb right after a comma or `und`, once the complement has shown itself
    as reported speech (`dass`/`ob` or a Konjunktiv before it), belongs to the main clause."""
    marked = sent.lower[start] in ("dass", "ob")
    for k in range(start + 2, end - 1):
        marked = marked or (sent.is_subjunctive(k - 1) and not sent.in_quote[k - 1])
        if not marked:
            continue
        link = sent.lower[k - 1]
        if (
            link in _PREDICATE_LINKS
            and not sent.in_quote[k]
            and sent.toks[k].tag in ("VVFIN", "VAFIN", "VMFIN")
            and not sent.is_subjunctive(k)
            and sent.toks[k].text[0].islower()
        ):
            cut = k - 1
            while cut > start and sent.toks[cut - 1].text == ",":
                cut -= 1
            return cut
    return end


def main_clause_resumes(sent: Sentence, start: int, end: int) -> int:
    """End of a complement ``[start, end)`` that a frame in a subordinate clause or the
    Vorfeld opens, before the main clause resumes with its finite verb after a comma (`Nachdem
    bekannt geworden war, dass X verkauft, stieg die Aktie ...`, `Während X ankündigte, Y zu
    prüfen, stellt sich Z ...`).  Only a complement that shows itself as subordinate (`dass`,
    `ob`, a w-word, a zu-infinitive) ends so, and only at an indicative verb in second position
    (followed by more of its clause), not at the last verb of a clause (`dass die Firma, die er
    leitet, wächst`)."""
    if start >= end:
        return end
    tag = sent.toks[start].tag
    marked = sent.lower[start] in ("dass", "ob") or tag in ("PWS", "PWAV", "PWAT")
    if not marked and not zu_clause(sent, start, end):
        return end
    for k in range(start + 2, end - 2):
        verb = k + 1
        if (
            sent.toks[k].text != ","
            or sent.in_quote[k]
            or sent.toks[verb].tag not in ("VVFIN", "VAFIN", "VMFIN")
            or sent.is_subjunctive(verb)
            or not sent.toks[verb].text[0].islower()
        ):
            continue
        nxt = verb + 1
        if sent.is_boundary(nxt) or sent.lower[nxt] in COORD or sent.toks[nxt].tag.startswith("V"):
            continue  # verb-final: the end of a relative or subordinate clause
        return k
    return end


#: words that open a clause commenting on the whole sentence before (`, was X bestreitet`)
_COMMENT_OPENERS = frozenset(
    ["was", "wobei", "worauf", "woraufhin", "weshalb", "weswegen", "wodurch", "womit"]
)


def article_comment(sent: Sentence, start: int, end: int) -> int:
    """End of a complement ``[start, end)`` before a clause of the article's voice commenting on
    it (`..., den Putsch verantwortet zu haben, was dieser jedoch zurückweist`, `..., wobei die
    Aufgabe beim Rat liegt`): a sentential relative clause in the indicative."""
    for k in range(start + 2, end - 2):
        if (
            sent.toks[k].text != ","
            or sent.in_quote[k]
            or sent.lower[k + 1] not in _COMMENT_OPENERS
        ):
            continue
        stop = sent.clause_end(k + 1)
        verbs = [j for j in range(k + 2, stop) if sent.is_finite(j) and not sent.in_quote[j]]
        if verbs and not any(sent.is_subjunctive(j) for j in verbs):
            return k
    return end


def quote_starting_at(sent: Sentence, i: int) -> Span2 | None:
    if i >= len(sent.toks):
        return None
    start = sent.toks[i].start
    for q in sent.quotes:
        if q.start == start:
            return q.start, q.end
    return None


def whole_quote_before(sent: Sentence, j: int) -> Span2 | None:
    """The quotation that is all of the text before token ``j`` (`„...“, sagte X`)."""
    quote = quote_ending_at(sent, j)
    if quote is None:
        return None
    first = next(
        (k for k in range(len(sent.toks)) if sent.is_word(k) or sent.toks[k].start == quote[0]), 0
    )
    return quote if sent.toks[first].start >= quote[0] else None


def quote_ending_at(sent: Sentence, j: int) -> Span2 | None:
    """The quotation that ends right before token ``j`` (the comma of a trailing frame)."""
    if j <= 0:
        return None
    end = sent.toks[j - 1].end
    for q in sent.quotes:
        if q.end == end or (
            j < len(sent.toks) and q.end == sent.toks[j].end and sent.toks[j].text in CLOSING
        ):
            return q.start, q.end
    return None


def reported_extent(sent: Sentence, head: int, last: int, cues: list[Cue]) -> tuple[int, int]:
    """Tokens ``[first, stop)`` of a reported speech act: the whole sentence, less a second
    predicate of the subject that says nothing (`X rief zum Dialog auf und beschloss
    Sanktionen`: the speech act ends before `und beschloss`)."""
    n = len(sent.toks)
    first = _lead_clause_end(sent, head)
    spoken = {c.positions[0] for c in cues}  # `... und kündigte ... an`: still speech
    for k in range(last + 1, n - 1):
        if sent.in_quote[k] or sent.lower[k] not in ("und", "sowie") or k + 1 in spoken:
            continue
        verb = k + 1
        if (
            sent.toks[verb].tag in ("VVFIN", "VAFIN", "VMFIN")
            and not sent.is_subjunctive(verb)
            and sent.toks[verb].text[0].islower()
        ):
            stop = k
            while stop > head and sent.toks[stop - 1].text == ",":
                stop -= 1
            return first, stop
    return first, n


def _lead_clause_end(sent: Sentence, head: int) -> int:
    """First token of the main clause of a reported speech act at ``head``: after a fronted
    adverbial clause that fills the Vorfeld (`Da die Zahlen steigen, rechnet X mit ...`, `Um
    Zeit zu gewinnen, will X ...`: the finite verb follows its comma) and after a semicolon
    (`Die Gegenstimmen kamen aus der Opposition; diese befürchtet ...`)."""
    semi = next(
        (k for k in range(head - 1, 0, -1) if sent.toks[k].text == ";" and not sent.in_quote[k]),
        None,
    )
    if semi is not None:
        return semi + 1
    if head < 2 or sent.toks[head - 1].text != "," or sent.in_quote[head - 1]:
        return 0
    opener = next((k for k in range(head) if sent.is_word(k) and not sent.in_quote[k]), None)
    if opener is None or sent.toks[opener].tag not in ("KOUS", "KOUI"):
        return 0
    return head


def zu_clause(sent: Sentence, start: int, end: int) -> bool:
    """`kündigte an, kurzfristig zurückzutreten als Chefin`: a zu-infinitive inside the first
    clause of the complement of an announcement or demand (not only at its end)."""
    if sent.toks[start].tag in ("KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV"):
        return False
    stop = zu_clause_end(sent, start, end)
    if any(sent.is_finite(k) for k in range(start, stop) if not sent.in_quote[k]):
        return False  # `..., Emissionsrechte hinzukaufen müssen`: a finite clause
    return any(
        sent.toks[k].tag == "VVIZU" or (sent.toks[k].tag == "PTKZU" and k + 1 < stop)
        for k in range(start, stop)
        if not sent.in_quote[k]
    )


def zu_clause_end(sent: Sentence, start: int, end: int) -> int:
    return next((k for k in range(start, end) if sent.toks[k].text in ",–—;:("), end)


def agent_frame(sent: Sentence, pos: list[int], cue: Cue, speaker: Span2 | None) -> bool:
    """`Der Plan wurde von der Opposition als unrealistisch kritisiert`: a passive evaluation
    with its agent (`von X`) named in the sentence is reported speech of the agent."""
    if speaker is None or sent.lower[pos[0]] not in PASSIVE_FINITE:
        return False
    k = sent.index_at(speaker[0], 0)
    if k < 1 or sent.lower[k - 1] not in ("von", "vom") or not sent.is_finite(pos[0]):
        return False
    if k >= 2 and sent.toks[k - 2].tag in ("NN", "NE", "CARD"):
        return False  # `der Ausbruch von Cholera`: an attribute, not the agent
    if sent.lower[k] in ("einer", "einem") or sent.toks[k].text[0].isdigit():
        return False  # `von einer hohen Gefahr wird berichtet`, `von 222 Milliarden`
    noun = next((j for j in range(k, len(sent.toks)) if sent.toks[j].tag in ("NN", "NE")), None)
    attribute = noun is not None and noun + 1 < len(sent.toks) and not sent.is_cap(noun + 1)
    if attribute and noun is not None and sent.toks[noun + 1].tag == "ADJA":
        return False  # `von Laien durchgeführte Gottesdienste`: the agent of an attribute
    # an evaluation (`als unrealistisch bezeichnet`, `für rechtswidrig erklärt`): a passive
    # without one is mostly an action (`wird angeführt von`, `wurde gelobt`)
    start = sent.clause_start(pos[0])
    return any(sent.lower[i] in ("als", "für") for i in range(start, cue.positions[-1]))


def end_at_main_clause(sent: Sentence, attr: Attr) -> None:
    """Cut a complement after its frame where the sentence's main clause resumes."""
    first = sent.index_at(attr.parts[0][0])
    last = sent.index_ending_at(attr.parts[0][1])
    if first is None or last is None or attr.cue[0][0] >= attr.parts[0][0]:
        return
    end = main_clause_resumes(sent, first, last + 1)
    if not _opening_source_frame(sent, attr):
        # a source frame opening the sentence (`Laut X blieben ..., woraufhin die Polizei ...`)
        # attributes all of it, its comment clauses too
        end = min(end, article_comment(sent, first, last + 1))
    if end <= last:
        cut = trim(sent, first, end)
        if cut is not None:
            attr.parts = [cut]


#: prepositions of source that, opening a sentence, attribute all of it
_SOURCE_PREPOSITIONS = frozenset(["laut", "nach", "gemäß", "zufolge"])


def _opening_source_frame(sent: Sentence, attr: Attr) -> bool:
    k = sent.index_at(attr.cue[0][0])
    if k is None or sent.lower[k] not in _SOURCE_PREPOSITIONS:
        return False
    return not any(sent.is_word(j) and not sent.in_quote[j] for j in range(k))


#: verbs whose `ob` clause is the matter decided, not something asserted (`das Gericht
#: entscheidet, ob ...`)
_DECISIONS = frozenset({"entscheiden", "urteilen", "beraten", "abstimmen", "befinden"})


def unasserted_content(sent: Sentence, a: Attr) -> bool:
    """An indirect content that nobody asserts: a direct question (`Die Frage lautet: Darf ...?`,
    `Welche Vorschläge sind Ihrer Meinung nach ...?`) or the `ob` clause of a decision (`Der
    Richter entscheidet, ob ...`)."""
    if a.kind != "Indirect" or not a.parts:
        return False
    end = sent.index_ending_at(a.end)
    if end is not None and end + 1 < len(sent.toks) and sent.toks[end + 1].text == "?":
        return not sent.in_quote[end + 1]
    first = sent.index_at(a.start)
    if first is None or sent.lower[first] != "ob":
        return False
    for s, _ in a.cue:
        k = sent.index_at(s)
        if k is not None and (sent.toks[k].lemma or sent.lower[k]).lower() in _DECISIONS:
            return True
    return False


#: words after `wie` that introduce examples (`wie zum Beispiel von X`, `wie etwa Y`)
_EXAMPLE_MARKERS = frozenset({"z.b.", "z.", "etwa", "beispielsweise", "bspw."})
#: verbs of a generic `wie man sagt` (as the saying goes): nobody in particular says it
_SAYINGS = frozenset({"sagt", "sagen", "so schön sagt"})


def example_wie(sent: Sentence, wie: int, head: int) -> bool:
    """`wie` at ``wie`` opens no frame of the cue at ``head``: it lists examples (`Von einigen
    Rednern, wie zum Beispiel von Vertretern Russlands, wurde betont`), compares with a
    phrase closed by a comma before the verb (`wenn sie, wie auch schon der Kollege, auf ...
    hinweist`), or is the generic `wie man sagt`."""
    nxt = sent.lower[wie + 1] if wie + 1 < head else ""
    if nxt in _EXAMPLE_MARKERS:
        return True
    if nxt == "zum" and wie + 2 < head and sent.lower[wie + 2] == "beispiel":
        return True
    if nxt == "auch" and any(sent.toks[k].text == "," for k in range(wie + 1, head)):
        return True
    return nxt == "man" and head == wie + 2 and sent.lower[head] in _SAYINGS


def cue_parts(sent: Sentence, cue: Cue) -> list[int]:
    """Token positions of the cue words, with the finite auxiliary of a participle or
    infinitive cue (`hatte erklärt`, `hat bekannt gegeben`)."""
    positions = list(cue.positions)
    first = positions[0]
    apart = len(positions) == 2 and positions[1] == first + 1  # `hat bekannt gegeben`
    if (
        cue.kind == "verb"
        and (len(positions) == 1 or apart)
        and not any(sent.is_finite(p) for p in positions)
    ):
        # participle or infinitive: the finite auxiliary belongs to the cue (`hatte erklärt`)
        start = sent.clause_start(first)
        for j in range(first - 1, start - 1, -1):
            if sent.lower[j] in sent.lex.aux or (sent.toks[j].tag in ("VAFIN", "VMFIN")):
                positions.insert(0, j)
                break
    return positions
