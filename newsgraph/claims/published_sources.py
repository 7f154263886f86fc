"""`Danach` that points back to a text published in the sentence before.

`Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie Verluste.`: after a
sentence that publishes or presents a text (a report, a study, figures), a sentence-initial
`Danach` means "according to it" (like `Demnach`) also before an indicative verb; elsewhere an
indicative `Danach` tells what happened next (`Er veröffentlichte sein erstes Album. Danach ging
er auf Tournee.`), and a Konjunktiv one is a cue of the frame rules already.  The adverb itself
is the speaker span (the dataset's convention for `Demnach`); the speaker pass resolves it to the
publisher.
"""

from __future__ import annotations

from .frames import Attr, Cue, Sentence
from .prepositional import prepositional_attr

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
    if not published_text(prev):
        return None
    cue = Cue("prep", (first,), "report", "danach")
    return prepositional_attr(sent, cue, [cue])
