"""The text a speech act issued speaks for its issuer (session 17).

A statement is often first told as a speech act and then quoted as a text: `Der Autobauer
Hallberg will 4800 Stellen streichen, wie das Unternehmen am Dienstag mitteilte. Betroffen seien
vor allem die Verwaltung und die Motorenfertigung, hieß es in der Mitteilung.`  `der Mitteilung`
is the text of the company's `mitteilte`; `In der Erklärung heißt es …` after `X erklärte am
Montag, …` is X's.  :mod:`.document_authors` finds the issuer of a text named before as a noun
(`Die Polizei veröffentlichte eine Erklärung`); this rule finds it when the text was told as a
verb: a definite singular document noun (`der Mitteilung`, `die Erklärung`, `dieser
Stellungnahme`) whose stem is that of the cue of an earlier claim (`Mitteilung` - `mitteilen`,
`Erklärung` - `erklären`, `Bericht` - `berichten`, `Meldung` - `melden`) in the same or the two
sentences before is that claim's speaker.  An indefinite phrase (`in einer Erklärung`) introduces
a new text and is left alone, as is a noun no earlier cue derives.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc
from .frames import Attr
from .speaker_records import Speaker

#: definite and demonstrative determiners of a text already spoken of
_DEFINITE = frozenset(
    ["der", "die", "das", "dem", "des", "den", "dieser", "diese", "dieses", "diesem", "jener"]
)
#: document nouns a verb of saying derives, by the stem they share with it
_TEXT_NOUNS = (
    "mitteilung",
    "erklärung",
    "bericht",
    "meldung",
    "ankündigung",
    "aussage",
    "stellungnahme",
    "darstellung",
    "warnung",
    "forderung",
)
#: the verb stem of a noun whose stem is not its beginning
_STEMS = {"stellungnahme": "stellung"}
#: how many sentences back the speech act may be told
_REACH = 2


def issued_text_speaker(
    words: Sequence[str],
    start: int,
    doc: Doc,
    attrs: Sequence[Attr],
    speakers: Sequence[Speaker],
) -> Speaker | None:
    """The speaker of the earlier claim whose speech act issued the text ``words`` (the speaker
    phrase at ``start``), or None.  ``speakers`` are those of ``attrs`` resolved so far (the
    first ``len(speakers)`` attributions)."""
    if len(words) != 2 or words[0].lower() not in _DEFINITE:
        return None
    noun = words[1].strip(',.;:()„“"').lower()
    base = next((b for b in _TEXT_NOUNS if noun in (b, b + "s", b + "es")), None)
    if base is None:
        return None
    stem = _STEMS.get(base, base.removesuffix("ung"))
    here = doc.sentence_at(start)
    if here is None:
        return None
    first = max(0, doc.sentences.index(here) - _REACH)
    earliest = doc.sentences[first].start
    best: tuple[int, Speaker] | None = None
    for a, sp in zip(attrs, speakers, strict=False):
        cue = a.cue or a.frame_cue
        if not cue or sp.text is None or not (earliest <= cue[0][0] < start):
            continue
        if a.speaker is not None and a.speaker[0] == start:
            continue  # the text's own claim
        toks = [t for s, e in cue for t in doc.tokens_in(s, e)]
        lemmas = [(t.lemma or t.text).lower() for t in toks]
        # a separated particle joins its verb (`teilte … mit` -> `mitteilen`)
        lemmas += [t.text.lower() + lemma for t in toks[1:] for lemma in lemmas[:1]]
        if not any(lemma.startswith(stem) for lemma in lemmas):
            continue
        if best is None or cue[0][0] > best[0]:
            best = (cue[0][0], sp)
    return best[1] if best else None
