"""Frames that name the speaker of a quotation in the sentence after it, and verbless lead-ins
of a quotation whose speaker follows an adverb or is a possessive (coverage round, session 9).

German news copy often gives a quotation as a sentence of its own and names its speaker in
the next one, whose Vorfeld points back at the quoted words:

* `„Wir tun alles für die Arbeitsplätze.“ So äußerte sich der Betriebsratschef.`: `So` before
  a speech verb (`äußerte sich`, `sagte`, `formulierte es`, `drückte es aus`) stands for the
  words before, like the demonstrative of `Das sagte X.` (:mod:`anaphoric_frames`);
* `„Das ist ein schwarzer Tag.“ Mit diesen Worten reagierte der Bürgermeister auf …`: the
  phrase `mit diesen/den/solchen Worten` (or a noun of saying: `Mit dieser Warnung`) makes
  any verb a frame of the quotation before (`reagierte`, `kommentierte`, `begründete`,
  `verabschiedete sich`);
* `„Wir schließen das Werk nicht.“ Diese Zusage machte der Konzernchef.`, `Diese Worte wählte
  X.`: a demonstrative with a noun of saying as the object of any verb;
* `„Wir machen weiter.“ So die Vorsitzende am Abend.`: a verbless `So X.`, the trailing `so`
  frame (`„…“, so X.`) set off as a sentence of its own.

Both frames get a ``Pending`` attribution pointing back (:mod:`discourse` gives it the sentence
before as its content, :func:`direct_quotes.back_pointed_quotes` makes it a direct quote).  They
count only after a sentence that is one quotation: `So` also opens sentences of manner (`So
sagte er es seinen Freunden.` after a narrative sentence).

A quotation after a colon whose lead-in has no verb is a direct quote of the speaker the
lead-in names (:mod:`discourse`, `Innenministerin Muster: „…“`).  Two lead-ins need more than
that rule reads:

* `Dazu der Sprecher: „…“`, `Hierzu Innenministerin Muster: „…“`: a pronominal adverb or an
  adverb before the speaker tells what the words answer; it is not part of the speaker (`dazu`
  is a cue word, as in `X dazu: „…“`);
* `Sein Fazit: „…“`, `Ihre Antwort: „…“`, `Die Botschaft des Kanzlers: „…“`: a noun of saying
  or concluding (`frame_nouns`, and the lead-in nouns of :mod:`noun_colon_frames`) with a
  possessive determiner or a genitive source frames the quotation after the colon; the source
  is the possessive or the genitive phrase, the cue the noun with its determiner, as for the
  same lead-in before reported speech.

A verbless `so` frame behind a dash (`„Die Lage ist ernst“ – so der Sprecher.`) sources the
quotation before the dash as the same frame behind a comma does.
"""

from __future__ import annotations

from .anaphoric_frames import subject_after
from .frames import Attr, Sentence, Span2
from .middle_field import middle_field_subject
from .noun_colon_frames import COLON_NOUNS, LEAD_CUES
from .text import DASHES

#: verbs of `So` + verb that say how someone put it (lemma stems as finite forms)
_SO_VERBS = frozenset(
    {
        "äußerte",
        "äußerten",
        "äußert",
        "äußern",
        "sagte",
        "sagten",
        "sagt",
        "formulierte",
        "formulierten",
        "formuliert",
        "drückte",
        "drückten",
        "drückt",
        "beschrieb",
        "beschrieben",
        "beschreibt",
        "schilderte",
        "schilderten",
        "schildert",
        "kommentierte",
        "kommentierten",
        "kommentiert",
        "erklärte",
        "erklärten",
        "erklärt",
        "begründete",
        "begründeten",
        "begründet",
        "zitierte",
        "zitierten",
        "zitiert",
        "schrieb",
        "schrieben",
        "schreibt",
    }
)
#: determiners of `mit diesen Worten`
_WORDS_DETERMINERS = frozenset({"diesen", "den", "solchen", "jenen", "dieser", "diesem"})
#: nouns of `mit diesen Worten`, `diese Worte`
_WORDS = frozenset({"worten", "worte", "sätzen", "sätze", "äußerungen", "äußerung"})
#: demonstratives opening `Diese Zusage machte X`, `Diese Worte wählte X`
_DEMONSTRATIVES = frozenset({"diese", "dieser", "dieses", "solche"})
#: words before a verbless lead-in's speaker that are no part of it (`Dazu der Sprecher:`)
_LEAD_ADVERBS = frozenset({"PROAV", "ADV"})
#: nouns that name a statement only as a verbless lead-in before a quotation, beside
#: `frame_nouns` and the lead-in nouns of :mod:`noun_colon_frames` (`Ihr Kommentar: „…“`)
_QUOTE_LEAD_NOUNS = frozenset(
    {"Kommentar", "Urteil", "Bilanz", "Resümee", "Reaktion", "Stellungnahme", "Worte", "Credo"}
)
#: how many words a verbless lead-in may hold
_LEAD_WORDS = 8


def _whole_quote(sent: Sentence) -> bool:
    """The sentence is one quotation (with its final punctuation inside or after it)."""
    if not sent.toks or len(sent.quotes) != 1:
        return False
    q = sent.quotes[0]
    if q.start != sent.toks[0].start or q.words < 2:
        return False
    rest = [t for t in sent.toks if t.start >= q.end]
    return all(t.text in ".!?" for t in rest)


def _speech_noun(sent: Sentence, k: int) -> bool:
    """The word at ``k`` names words said: `Worten`, `Sätze`, or a noun of saying
    (`frame_nouns`: `Zusage`, `Warnung`, `Einschätzung` …; `Fazit`, `Antwort` …)."""
    word = sent.toks[k].text
    return (
        sent.lower[k] in _WORDS
        or word in sent.lex.frame_nouns
        or word in COLON_NOUNS
        or word.removesuffix("n") in sent.lex.frame_nouns
    )


def _echo_verb(sent: Sentence) -> tuple[int, int | None] | None:
    """(finite verb, speech noun or None) of a Vorfeld that points back at a quotation, or
    None: `So sagte X`, `Mit diesen Worten reagierte X`, `Diese Zusage machte X`."""
    toks, low = sent.toks, sent.lower
    if len(toks) < 3 or sent.quotes:
        return None
    if low[0] == "so" and low[1] in _SO_VERBS:
        return 1, None
    if (
        len(toks) > 4
        and low[0] == "mit"
        and low[1] in _WORDS_DETERMINERS
        and _speech_noun(sent, 2)
        and sent.is_finite(3)
    ):
        return 3, None
    if low[0] in _DEMONSTRATIVES and _speech_noun(sent, 1) and sent.is_finite(2):
        return 2, 1
    return None


def _so_source(sent: Sentence, k: int) -> Span2 | None:
    """`so der Sprecher (weiter).`: the noun phrase after the `so` at ``k`` ending the
    sentence without a verb, or None."""
    end = sent.np_end(k + 1)
    stop = sent.content_end()
    if end <= k + 1 or any(sent.is_finite(j) for j in range(k + 1, stop)):
        return None
    if any(sent.in_quote[j] or sent.toks[j].text in ",:;" for j in range(k + 1, stop)):
        return None
    return sent.span(k + 1, end)


def _echo_frame(sent: Sentence) -> Attr | None:
    if sent.lower[0] == "so" and not sent.quotes:
        source = _so_source(sent, 0)  # `„…“ So die Vorsitzende am Abend.`
        if source is not None:
            attr = Attr("Pending", [], [sent.span(0, 1)], "say", source, sent.index)
            attr.points_back = True
            return attr
    found = _echo_verb(sent)
    if found is None:
        return None
    v, noun = found
    # past a reflexive or `es` of the verb (`äußerte sich`, `formulierte es`)
    w = v
    while w + 1 < len(sent.toks) and (sent.toks[w + 1].tag == "PRF" or sent.lower[w + 1] == "es"):
        w += 1
    speaker = subject_after(sent, w) or middle_field_subject(sent, w, [])
    if speaker is None:
        return None
    cue = next((c for c in sent.find_cues() if c.positions[0] == v and c.kind == "verb"), None)
    positions = cue.positions if cue is not None and not cue.impersonal else (v,)
    if noun is not None:
        positions = (noun, *positions)  # `Diese Zusage machte`: the noun with its verb
    attr = Attr(
        "Pending",
        [],
        [sent.span(k, k + 1) for k in positions],
        cue.cls if cue is not None else "say",
        speaker,
        sent.index,
    )
    attr.points_back = True
    return attr


def add_echo_frames(sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]) -> None:
    """Give a sentence after a whole-sentence quotation that opens with `So` + speech verb or
    `Mit diesen Worten` + verb its back-pointing attribution (in place of a Reported speech
    act the sentence rules read in its verb and object)."""
    for i, sent in enumerate(sents):
        if i == 0 or not content[i] or not content[i - 1]:
            continue
        if any(a.kind != "Reported" for a in per_unit[i]):
            continue  # a Reported act (`kommentierte die Drohungen`) is the frame's own verb
        if not _whole_quote(sents[i - 1]) or any(a.parts for a in per_unit[i - 1]):
            continue
        frame = _echo_frame(sent)
        if frame is not None:
            per_unit[i] = [frame]


def add_colon_paragraph_frames(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    """`In der Erklärung heißt es:` + a paragraph opening with a quotation: a frame ending its
    sentence with a colon that the sentence rules left without content (the impersonal frame
    reads its own clause as the content, which is empty) frames the quotation opening the next
    sentence; :mod:`discourse` resolves it like the other colon frames."""
    for i, sent in enumerate(sents):
        if i + 1 >= len(sents) or not content[i] or not content[i + 1] or per_unit[i + 1]:
            continue
        if not sent.toks or sent.toks[-1].text != ":" or sent.in_quote[-1]:
            continue
        nxt = sents[i + 1]
        if not nxt.toks or not nxt.quotes or nxt.quotes[0].start != nxt.toks[0].start:
            continue
        for a in per_unit[i]:
            if not a.parts and a.kind == "Indirect" and not a.points_back and a.cue:
                a.kind = "Pending"


def _lead_colon(sent: Sentence, start: int) -> int | None:
    """Index of the colon right before the quotation opening at ``start``, or None."""
    k = sent.index_at(start, 0)
    if k < 2 or k > _LEAD_WORDS + 1 or sent.toks[k - 1].text != ":":
        return None
    if any(sent.in_quote[j] or sent.toks[j].tag.startswith("V") for j in range(k - 1)):
        return None
    return k - 1


def _adverb_lead(sent: Sentence, colon: int) -> tuple[Span2, list[Span2]] | None:
    """`Dazu der Sprecher:`, `Der Sprecher dazu:`: (speaker, cue spans) of a lead-in with
    adverbs before or after its speaker."""
    toks = sent.toks
    first, last = 0, colon
    while first < colon and toks[first].tag in _LEAD_ADVERBS:
        first += 1
    while last > first and toks[last - 1].tag in _LEAD_ADVERBS:
        last -= 1
    if (first == 0 and last == colon) or last <= first or toks[last - 1].tag not in ("NN", "NE"):
        return None
    if any(toks[k].tag not in ("ART", "ADJA", "NN", "NE", "PPOSAT") for k in range(first, last)):
        return None
    if not any(
        toks[k].tag == "NE" or sent.lex.is_source_noun(toks[k].text) for k in range(first, last)
    ):
        return None
    adverbs = [*range(first), *range(last, colon)]
    cue = [sent.span(k, k + 1) for k in adverbs if sent.lower[k] in LEAD_CUES]
    return sent.span(first, last), cue


def _noun_lead(sent: Sentence, colon: int) -> tuple[Span2, list[Span2]] | None:
    """`Sein Fazit:`, `Die Antwort des Ministers:`: (source, cue spans) of a lead-in headed by a
    noun of saying or concluding."""
    toks = sent.toks
    k = 0
    while k < colon and toks[k].tag in ("ART", "PPOSAT", "ADJA"):
        k += 1
    if k >= colon or toks[k].tag != "NN":
        return None
    word = toks[k].text
    if not (word in sent.lex.frame_nouns or word in COLON_NOUNS or word in _QUOTE_LEAD_NOUNS):
        return None
    cue = [sent.span(0, k + 1)]
    if k + 1 == colon and toks[0].tag == "PPOSAT":
        return sent.span(0, 1), cue
    src_start, src_end = sent.frame_noun_source(k)
    if src_start == k + 1 and src_end == colon:
        return sent.span(src_start, src_end), cue
    return None


def _dash_so(sent: Sentence, end: int) -> tuple[list[Span2], str, Span2] | None:
    """`„…“ – so der Sprecher.`: (cue, class, source) of a verbless `so` frame after a dash
    behind the quotation ending at ``end``, or None."""
    k = next((j for j, t in enumerate(sent.toks) if t.start >= end), len(sent.toks))
    if k + 2 >= len(sent.toks) or sent.toks[k].text not in DASHES:
        return None
    if sent.lower[k + 1] != "so":
        return None
    source = _so_source(sent, k + 1)
    return ([sent.span(k + 1, k + 2)], "say", source) if source is not None else None


def add_verbless_leads(
    sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]
) -> None:
    """Direct quotes after the verbless lead-ins `Dazu der Sprecher:` and `Sein Fazit:`, and
    before a verbless `so` frame after a dash (`„…“ – so X.`)."""
    for i, sent in enumerate(sents):
        if not content[i]:
            continue
        for q in sent.quotes:
            if q.words < 2 or any(a.covers(q.start) for a in per_unit[i]):
                continue
            dash = _dash_so(sent, q.end)
            if dash is not None:
                per_unit[i].append(Attr("Direct", [(q.start, q.end)], *dash, i))
                continue
            colon = _lead_colon(sent, q.start)
            if colon is None:
                continue
            found = _adverb_lead(sent, colon) or _noun_lead(sent, colon)
            if found is None:
                continue
            speaker, cue = found
            per_unit[i].append(Attr("Direct", [(q.start, q.end)], cue, "say", speaker, i))


__all__ = ["add_colon_paragraph_frames", "add_echo_frames", "add_verbless_leads"]
