"""Back-pointing frames: a demonstrative Vorfeld standing for the sentence before.

German news often states a fact first and names its source in the next sentence, whose
Vorfeld is a demonstrative pointing back: `Die Show bestreiten A und B. Das teilten die beiden
Sängerinnen mit.`  The sentence before is then indirect speech of the frame's source.  The
sentence rules (`attribution.py`) read the plain cases (`Das berichtete die Zeitung X.`); this
module adds those they find no attribution in:

* an active speech verb whose subject the noun-phrase reader cannot delimit (`die beiden
  Sängerinnen`) or that follows adverbs and an inserted phrase between dashes; `Diese Angaben
  machte ein Sprecher.`;
* `hervorgehen aus` with the document as source (`Dies geht aus einer Pressemitteilung des
  Konzerns hervor.`; before a relative clause the source ends at its comma);
* a passive speech verb with its `von` agent (`Das wurde vom Presseamt bekannt gegeben.`).

A denial (`Das wurde von der Polizei bestritten.`) asserts nothing of the sentence before: it
stays a claim of the record only (:mod:`discourse`).  The attribution is ``Pending`` with
``points_back``; :mod:`discourse` gives it its content.

Two more forms point back (both used by :mod:`discourse`):

* a speech act whose demonstrative object stands for the news told before
  (`Wissenschaftler gaben diese Forschungsergebnisse gestern bekannt.`): the object is the
  content of an indirect claim and the verb its cue, not the whole sentence a reported speech
  act (:func:`object_contents`); not when the object is a topic (`bezeichnete diese Maßnahme
  als …`, `begründete diesen Schritt mit …`, `berichtete über diese Ergebnisse`);
* a sentence-initial `Danach` before an indicative verb right after a sentence that publishes a
  text (`Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie Verluste.`), or
  before a present-tense verb right after a sentence told in the preterite (`Wilson
  unterzeichnete 1913 das Gesetz. Danach ist die Bank für ... zuständig.`; not a present
  auxiliary of the future or the perfect), means "according to it", like `Demnach`; elsewhere an indicative `Danach` tells what happened next
  (`Er veröffentlichte sein erstes Album. Danach ging er auf Tournee.`), and a Konjunktiv one is
  a cue of the frame rules already.  The adverb itself is the speaker span (the dataset's
  convention for `Demnach`); the speaker pass resolves it to the publisher
  (:func:`published_danach`).
"""

from __future__ import annotations

from .frames import Attr, Cue, Sentence
from .middle_field import middle_field_subject
from .mood import first_finite
from .prepositional import prepositional_attr
from .sentence import Span2
from .text import DASHES, Unit
from .token_view import DEMONSTRATIVES, PASSIVE_FINITE

#: `diese Angaben`, `diese Informationen`: a demonstrative with a noun of information
_INFO_NOUNS = frozenset(
    {
        "angaben",
        "informationen",
        "zahlen",
        "ergebnisse",
        "einzelheiten",
        "details",
        "erkenntnisse",
        "daten",
        "meldung",
        "nachricht",
        "nachrichten",
        "aussagen",
        "äußerungen",
    }
)
_DEMONSTRATIVE_DETERMINERS = frozenset({"diese", "dieses", "diesen"})
#: finite forms of `hervorgehen` (`Dies geht aus ... hervor`)
_EMERGE = frozenset({"geht", "gehen", "ging", "gingen"})
#: cue classes that do not pass on the sentence before as the speaker's claim
DENIALS = frozenset({"deny"})
#: word classes that may open a subject before its noun (`die beiden Sängerinnen`)
_DETERMINERS = frozenset({"ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "ADJA", "CARD"})


def vorfeld_end(sent: Sentence) -> int | None:
    """Index of the finite verb after a back-pointing demonstrative Vorfeld, or None."""
    if len(sent.toks) < 3 or not sent.toks[0].text[:1].isupper():
        return None
    low = sent.lower
    if low[0] in DEMONSTRATIVES:
        v = 1
    elif low[0] in _DEMONSTRATIVE_DETERMINERS and low[1] in _INFO_NOUNS:
        v = 2
    else:
        return None
    return v if sent.is_finite(v) else None


def back_frame(sent: Sentence) -> Attr | None:
    """The back-pointing frame of ``sent`` (content still empty), or None."""
    v = vorfeld_end(sent)
    if v is None or sent.quotes:
        return None
    low = sent.lower
    if low[v] in _EMERGE:
        return _emerge_frame(sent, v)
    cues = [c for c in sent.find_cues() if c.cls not in DENIALS and c.kind != "prep"]
    if low[v] in PASSIVE_FINITE:
        return _passive_frame(sent, v, cues)
    cue = next((c for c in cues if c.positions[0] == v and c.kind == "verb"), None)
    if cue is None and v == 2 and low[1] == "angaben" and low[v] in ("machte", "machten"):
        cue = Cue("verb", (1, v), "say", "angaben machen")
    if cue is None or cue.impersonal:
        return None
    # the subject behind time and place adverbials (`Das teilte am Freitag in Wiesbaden das
    # Statistische Bundesamt mit.`, `Dies bestätigte am Montag auf Anfrage ein Sprecher.`)
    speaker = subject_after(sent, v) or middle_field_subject(sent, v, [])
    if speaker is None:
        return None
    return _pending(sent, cue.cls, [sent.span(k, k + 1) for k in cue.positions], speaker)


def subject_after(sent: Sentence, v: int) -> Span2 | None:
    """The subject after the finite verb, past adverbs and an inserted phrase between dashes
    or parentheses (`gab heute – nach Untersuchungen – Professor X bekannt`)."""
    n = len(sent.toks)
    k = v + 1
    while k < n:
        text = sent.toks[k].text
        close = None
        if text in DASHES or text == "(":
            want = DASHES if text in DASHES else frozenset({")"})
            close = next((m for m in range(k + 1, n) if sent.toks[m].text in want), None)
        if close is not None:
            k = close + 1
        elif sent.toks[k].tag == "ADV" or sent.toks[k].pos == "ADV":
            k += 1
        else:
            break
    if k >= n or sent.toks[k].tag in ("APPR", "APPRART", "PPER", "PRF"):
        if k < n and sent.lower[k] in sent.lex.pronouns:
            return sent.span(k, k + 1)  # `Das sagte er.`
        return None
    found = sent.subject_after(k - 1)
    if found is not None and found[0] == sent.toks[k].start:
        return found
    first = k
    while k < n and sent.toks[k].tag in _DETERMINERS:
        k += 1
    if k >= n or sent.toks[k].tag not in ("NN", "NE"):
        return None
    end = max(sent.np_end(k), k + 1)
    return sent.span(first, end)


def _emerge_frame(sent: Sentence, v: int) -> Attr | None:
    """`Dies geht aus einer Mitteilung des Konzerns(, die ... wurde,) hervor.`"""
    low = sent.lower
    if v + 2 >= len(sent.toks) or low[v + 1] != "aus":
        return None
    out = next((k for k in range(v + 2, len(sent.toks)) if low[k] == "hervor"), None)
    if out is None or out <= v + 2:
        return None
    # the document, without a relative clause (`einer Meldung der dpa, die ... wurde,`)
    end = next((k for k in range(v + 2, out) if sent.toks[k].text == ","), out)
    if end <= v + 2:
        return None
    cue = [sent.span(v, v + 1), sent.span(out, out + 1)]
    return _pending(sent, "report", cue, sent.span(v + 2, end))


def _passive_frame(sent: Sentence, v: int, cues: list[Cue]) -> Attr | None:
    """`Das wurde vom Presseamt des Kremls bekannt gegeben.`: the `von` agent speaks."""
    low = sent.lower
    agent = next((k for k in range(v + 1, len(sent.toks)) if low[k] in ("von", "vom")), None)
    if agent is None:
        return None
    cue = next((c for c in cues if c.positions[-1] > agent), None)
    if cue is None:
        return None
    verb = min(k for k in cue.positions if k > agent)
    end = sent.np_end(agent + 1, verb)
    if end <= agent + 1:
        return None
    positions = sorted({v, *cue.positions})
    last = positions[-1]
    if last + 1 < len(sent.toks) and sent.toks[last + 1].tag == "VVPP":
        positions.append(last + 1)  # `bekannt gegeben`
    # the agent without its preposition, like the agents of other passive frames
    speaker = sent.span(agent + 1, end)
    return _pending(sent, cue.cls, [sent.span(k, k + 1) for k in positions], speaker)


def _pending(sent: Sentence, cls: str, cue: list[Span2], speaker: Span2) -> Attr:
    attr = Attr("Pending", [], cue, cls, speaker, sent.index)
    attr.points_back = True
    return attr


def add_back_frames(sents: list[Sentence], per_unit: list[list[Attr]], content: list[bool]) -> None:
    """Give sentences opening with a back-pointing frame that the sentence rules found no
    attribution in (a subject they cannot delimit, `hervorgehen aus`, a passive with its
    agent) their back-pointing attribution."""
    for i, sent in enumerate(sents):
        if i == 0 or not content[i] or not content[i - 1] or not sent.toks or per_unit[i]:
            continue
        frame = back_frame(sent)
        if frame is not None:
            per_unit[i] = [frame]


def impersonal_speaker(sent: Sentence, attr: Attr) -> bool:
    """The frame's speaker is `man` (`Dies nennt man …`): a naming, nobody's claim."""
    if attr.speaker is None:
        return False
    words = [k for k, t in enumerate(sent.toks) if attr.speaker[0] <= t.start < attr.speaker[1]]
    return len(words) == 1 and sent.lower[words[0]] == "man"


def lead_start(
    units: list[Unit],
    per_unit: list[list[Attr]],
    content: list[bool],
    sents: list[Sentence],
    i: int,
) -> int:
    """First sentence of the content of the back-pointing frame of sentence ``i``: the
    sentence before, or the whole lead when the frame ends a lead of two sentences without
    claims of their own (`Die A1 wird privat finanziert. Die Maut deckt die Kosten. Das gab
    der Minister bekannt.`: the frame sources the news of the lead)."""
    j = i - 2
    if j < 0 or not content[j] or per_unit[j] or not sents[j].toks:
        return i - 1
    if _quotation(sents[j]) or _quotation(sents[i - 1]):
        return i - 1  # `„…“ Das sagte X.`: the quotation alone is the direct quote
    lead = next(k for k, ok in enumerate(content) if ok)
    para = units[lead].paragraph
    same = units[j].paragraph == units[i - 1].paragraph == units[i].paragraph == para
    opens = j == 0 or units[j - 1].paragraph != para
    return j if same and opens else i - 1


def _quotation(sent: Sentence) -> bool:
    """The sentence opens or ends with a quotation (not a quoted title inside it)."""
    if not sent.quotes or not sent.toks:
        return False
    return sent.quotes[0].start <= sent.toks[0].start or sent.quotes[-1].end >= sent.toks[-1].start


__all__ = [
    "DENIALS",
    "TELLING",
    "add_back_frames",
    "back_frame",
    "impersonal_speaker",
    "lead_start",
    "subject_after",
    "vorfeld_end",
]


#: demonstrative determiners of a back-pointing object (`diese Ergebnisse`)
_DEMONSTRATIVES = _DEMONSTRATIVE_DETERMINERS | {"jene", "jenes", "jenen"}

#: cue classes that pass news on (`bekannt geben`, `mitteilen`, `melden`, `bestätigen`), not
#: judge or explain it (`bezeichnete diese Maßnahme als ...`, `begründete diesen Schritt mit`)
TELLING = frozenset({"say", "announce", "report"})
#: words of a second complement that makes the object a topic (`bezeichnete diese Maßnahme
#: als ...`, `begründete diesen Schritt mit ...`, `hielt diese Zahlen für ...`)
_TOPIC_COMPLEMENTS = frozenset({"als", "mit", "für", "zu", "über", "von"})


def pointing_object(sent: Sentence, a: Attr) -> tuple[int, int] | None:
    """Token range of the demonstrative noun-phrase object of the reported speech act ``a``:
    after its verb, inside its span, not part of its speaker, not after a preposition."""
    if a.kind != "Reported" or not a.frame_cue or a.record_only or len(a.parts) != 1:
        return None
    if a.cls not in TELLING:
        return None  # `begründete diesen Schritt mit ...`: the object is the topic
    verb = sent.index_at(a.frame_cue[0][0], -1)
    if verb < 0:
        return None
    lo, hi = a.parts[0]
    for k in range(verb + 1, len(sent.toks) - 1):
        t = sent.toks[k]
        if t.start >= hi or sent.is_boundary(k) or sent.in_quote[k]:
            return None
        if sent.lower[k] not in _DEMONSTRATIVES or t.tag != "PDAT" or t.start < lo:
            continue
        if sent.toks[k - 1].tag in ("APPR", "APPRART"):
            return None  # `berichtete über diese Ergebnisse`: a topic, not the content
        if a.speaker is not None and a.speaker[0] <= t.start < a.speaker[1]:
            return None
        end = k + 1
        while end < len(sent.toks) and sent.toks[end].tag in ("ADJA", "NN"):
            end += 1
        if sent.toks[end - 1].tag != "NN":
            return None
        clause_end = sent.clause_end(end)
        if any(sent.lower[j] in _TOPIC_COMPLEMENTS for j in range(end, clause_end)):
            return None
        return k, end
    return None


def object_contents(sents: list[Sentence], per_unit: list[list[Attr]]) -> None:
    """Turn reported speech acts with a back-pointing demonstrative object into indirect
    speech whose content is that object (in place)."""
    for i, attrs in enumerate(per_unit):
        if i == 0 or not sents[i].toks:
            continue
        for a in attrs:
            found = pointing_object(sents[i], a)
            if found is None:
                continue
            a.kind = "Indirect"
            a.parts = [sents[i].span(*found)]
            a.cue, a.frame_cue = list(a.frame_cue), []


#: word beginnings of verbs of publishing (`veröffentlichte`, `publiziert`, `präsentierten`)
_PUBLISH_STEMS = ("veröffentlich", "publizier", "präsentier")
#: participles of particle verbs of publishing (`hat ... vorgelegt`, `wurde vorgestellt`)
_PUBLISH_PARTICIPLES = frozenset(
    {"vorgelegt", "vorgestellt", "herausgegeben", "bekanntgegeben", "vorzulegen", "vorzustellen"}
)
#: finite verbs of particle verbs of publishing, with their particle (`legte ... vor`)
_PUBLISH_PARTICLE_VERBS = {
    "vor": frozenset(
        {"legt", "legte", "legten", "legen", "stellt", "stellte", "stellten", "stellen"}
    ),
    "heraus": frozenset({"gibt", "gab", "gaben", "geben"}),
}


def published_text(sent: Sentence) -> bool:
    """The sentence publishes or presents a text: a verb of publishing (also a particle verb
    written apart: `legte den Bericht vor`) and a noun of a text (a cue noun such as `Bericht`,
    `Studie`, `Zahlen`, also as the head of a compound: `Quartalszahlen`)."""
    return _publishes(sent) and any(
        not sent.in_quote[k] and sent.is_cap(k) and _text_noun(sent, sent.toks[k].text)
        for k in range(len(sent.toks))
        if sent.toks[k].tag.startswith("N")
    )


def _publishes(sent: Sentence) -> bool:
    low = sent.lower
    for k, word in enumerate(low):
        if sent.in_quote[k]:
            continue
        if word.startswith(_PUBLISH_STEMS) or word in _PUBLISH_PARTICIPLES:
            return True
        for particle, verbs in _PUBLISH_PARTICLE_VERBS.items():
            if word in verbs:
                end = sent.clause_end(k + 1)
                if end - 1 > k and low[end - 1] == particle:
                    return True
    return False


def _text_noun(sent: Sentence, word: str) -> bool:
    if sent.lex.is_cue_noun(word):
        return True
    # the head of a compound (`Quartalszahlen` -> `Zahlen`, `Jahresbericht` -> `Bericht`)
    return any(sent.lex.is_cue_noun(word[i:].capitalize()) for i in range(3, len(word) - 3))


def published_danach(sent: Sentence, prev: Sentence) -> Attr | None:
    """The attribution of a sentence opening with `Danach` and an indicative finite verb right
    after a sentence that publishes a text; None otherwise."""
    first = next((k for k, t in enumerate(sent.toks) if t.text[:1].isalnum()), -1)
    if first < 0 or sent.lower[first] != "danach" or first + 1 >= len(sent.toks):
        return None
    if sent.in_quote[first] or not sent.is_finite(first + 1) or sent.is_subjunctive(first + 1):
        return None
    if not published_text(prev) and not _tense_switch(sent, first + 1, prev):
        return None
    cue = Cue("prep", (first,), "report", "danach")
    return prepositional_attr(sent, cue, [cue])


#: finite verbs of the future and the perfect after `Danach` (`Danach werden ... beraten`,
#: `Danach hat er ... gegeben`): the narration goes on
_TENSE_AUXILIARIES = frozenset({"werden", "wird", "hat", "haben"})


def _tense_switch(sent: Sentence, verb: int, prev: Sentence) -> bool:
    """`Wilson unterzeichnete 1913 das Gesetz. Danach ist die Bank für ... verantwortlich.`:
    after a sentence told in the preterite, `Danach` with a verb in the present is not the next
    event of the story but what the text named before says (a present-tense auxiliary of the
    future or perfect, or `sein` with a participle, goes on narrating)."""
    if sent.toks[verb].feat("Tense") != "Pres" or sent.lower[verb] in _TENSE_AUXILIARIES:
        return False
    end = sent.clause_end(verb + 1)
    if any(sent.toks[k].tag == "VVPP" for k in range(verb + 1, end)):
        return False  # `Danach ist er gegangen`
    main = first_finite(prev, main=True)
    return main is not None and prev.toks[main].feat("Tense") == "Past"
