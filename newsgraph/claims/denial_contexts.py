"""What a denial denies when the article tells the denial first (session 17).

News announces a denial in one sentence and gives what was said in the next: `Finanzminister
Brenneke wies die Vorwürfe am Dienstag zurück. Von fehlendem Willen könne keine Rede sein, sagte
ein Sprecher des Ministers.`, `Das Militär wies die Darstellung umgehend zurück. Berichte über
einen Angriff seien „frei erfunden“, hieß es in einer Erklärung.`  The second claim is the
content of the denial: its stance is ``denied``, with the denial's cue as evidence.

Only the claim framed in the sentence right after a bare denial (a speech act of the `deny`
class without content of its own: `wies … zurück`, `bestritt die Vorwürfe`, `dementierte`), in
the same paragraph, and only when its speaker may be the denier: the same entity, or one of the
two without an entity (`ein Sprecher`, `einer Erklärung`); another named source answering is
not denying (`X wies die Vorwürfe zurück. Die Opposition sagte, …`), nor a source set against it
(`Das Exilparlament erklärte hingegen, …`).  The claim's source must be a pronoun, a
spokesperson, a statement or the denier's entity.  Rejecting a proposal (`lehnte die Forderung
ab`) denies no statement; a denial told as background (`hat … lange bestritten`) is not the one
the next sentence quotes.

Free indirect speech going on from the denial (session 22) is its content only when negated
(`Das Ministerium widersprach dieser Darstellung. Ein Antrag sei nie eingegangen.`); a positive
counter-claim stays reported (`Die Geräte seien geprüft worden.`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc
from .frames import FREE_KINDS, Attr, Span2
from .speaker_records import Speaker

#: verbs that deny a statement (not `ablehnen`, which rejects a proposal)
_DENYING = frozenset(["zurückweisen", "weisen", "bestreiten", "dementieren", "widersprechen"])
#: kinds of claims that tell a denial's content
_TOLD = frozenset({"Direct", "Indirect", "IndirectFreeIndirect", "FreeIndirect"})
#: negations that make a free indirect sentence after a denial its content
_NEGATIONS = frozenset({"nie", "niemals", "nicht", "kein", "keine", "keinen", "keinem", "keiner"})


def _negated_content(a: Attr, doc: Doc) -> bool:
    """`Er habe seiner Tochter nie etwas gegeben`: the free indirect sentence is negated."""
    return any(t.text.lower() in _NEGATIONS for s, e in a.parts for t in doc.tokens_in(s, e))


#: adverbs that make a denial background (`hat die Anwesenheit lange bestritten`)
_DURATIVE = frozenset(["lange", "stets", "immer", "bislang", "bisher", "wiederholt", "mehrfach"])
#: words that set another side against what was told before
_CONTRAST = frozenset(["hingegen", "dagegen", "ihrerseits", "seinerseits", "andererseits"])
#: verbs of accusing: what follows a denial with them accuses someone, it denies nothing
_ACCUSING = frozenset(["vorwerfen", "werfen", "beschuldigen", "bezichtigen", "anschuldigen"])
#: heads of a source that speaks for the denier (`ein Sprecher`, `einer Erklärung`)
_VOICES = ("sprecher", "erklärung", "mitteilung", "stellungnahme", "anwalt", "anwältin")


def denied_by_context(
    a: Attr, speaker: Speaker, attrs: Sequence[Attr], speakers: Sequence[Speaker], doc: Doc
) -> list[Span2]:
    """The cue of the bare denial told right before the claim of ``a`` (its evidence), or
    an empty list when there is none."""
    if a.kind not in _TOLD or not a.parts or a.parent is not None:
        return []
    if a.kind in FREE_KINDS and not _negated_content(a, doc):
        # `X wies die Vorwürfe zurück. Die Geräte seien geprüft worden.`: a counter-claim
        return []
    for b, denier in zip(attrs, speakers, strict=False):
        cue = b.cue or b.frame_cue  # (the layer keeps no cue of reported speech)
        if b is a or b.cls != "deny" or b.kind != "Reported" or not cue:
            continue
        if b.unit != a.unit - 1 or b.end > a.start or "\n" in doc.text[b.end : a.start]:
            continue
        if any(t.text.lower() in _DURATIVE for t in doc.tokens_in(b.start, b.end)):
            continue  # `hat … lange bestritten`: background, not the denial now told
        lemmas = {t.lemma for s, e in cue for t in doc.tokens_in(s, e)}
        if not lemmas & _DENYING:
            continue  # `lehnte die Forderung ab`: a proposal rejected, no statement denied
        # free indirect speech going on from the denial is the denier's own voice
        same = a.kind in FREE_KINDS and speaker.text is not None and speaker.text == denier.text
        if not same and not _the_deniers_voice(speaker, a, doc):
            continue
        named_other = speaker.entity is not None and speaker.entity != denier.entity
        if named_other and (denier.entity is not None or not _voice(speaker)):
            continue  # another named source answers
        return list(cue)
    return []


def _the_deniers_voice(speaker: Speaker, a: Attr, doc: Doc) -> bool:
    """The claim's source may be the denier's voice: a pronoun or a spokesperson or statement
    (`sagte ein Sprecher des Ministers`, `hieß es in einer Erklärung`), or any phrase resolved
    to an entity (compared with the denier's by the caller); and its sentence sets no other
    side against the denial (`hingegen`, `dagegen`, `ihrerseits`) and makes no accusation of
    its own (`Er beschuldigte seinerseits X, …`)."""
    if a.cls == "allege" or _ACCUSING & {t.lemma for s, e in a.cue for t in doc.tokens_in(s, e)}:
        return False  # `Er beschuldigte seinerseits X, …`: a counter-accusation, no denial
    # the whole attribution: speaker, cue and content, and the words between them (`Er
    # beschuldigte seinerseits X`, `Das Exilparlament erklärte hingegen, …`)
    spans = [*a.parts, *a.cue, *([a.speaker] if a.speaker else [])]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if any(t.text.lower() in _CONTRAST for t in doc.tokens_in(start, end)):
        return False
    # (the phrase at the frame: `sagte sie` is the denier's voice even when `sie` resolved to
    # a description without an entity, `Die Athletin bestreitet die Vorwürfe.`)
    phrase = doc.text[a.speaker[0] : a.speaker[1]].lower() if a.speaker else ""
    return speaker.entity is not None or _voice(speaker) or phrase in ("er", "sie")


def _voice(speaker: Speaker) -> bool:
    """A pronoun, or a spokesperson or statement (`ein Sprecher des Ministers`, `einer
    Erklärung der Presseabteilung ISPR`, `ein Unternehmenssprecher`)."""
    words = (speaker.text or "").lower().split()
    return bool(words) and (
        words[0] in ("er", "sie", "es")
        or any(w.startswith(_VOICES) for w in words[:3])
        or any(w.endswith(_VOICES) for w in words[:2])  # the head: `ein Unternehmenssprecher`
    )
