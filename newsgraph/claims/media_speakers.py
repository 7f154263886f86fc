"""`die Nachrichtenagentur`, `der Sender`, `das Blatt`: the medium named before (speaker
resolution of a description whose head is a medium noun of the lexicon's ``agency_nouns``).

The last earlier speaker or organisation mention that names such a medium (the head noun in it,
or an agency's name: `dpa`, `Reuters`); without one, the last `<Head> <Name>` phrase of the
text, else the first such medium named after it in its paragraph (session 20).  A press noun
(`das Blatt`, `die Zeitung`, `das Magazin`) refers to any newspaper or magazine (`Das Blatt`
after `Die „Süddeutsche Zeitung“`), also one named only by a quoted title after a press noun
(`der Wochenzeitung „Falter“`, session 17).
"""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from .lexicon import Lexicon
from .speaker_records import NAME_PATTERN, Speaker, entity_of

#: nouns of the press: `das Blatt`, `die Zeitung` refer to any of them named before
_PRESS = ("zeitung", "blatt", "magazin", "zeitschrift", "wochenzeitung", "tageszeitung")
#: a quoted title right after a press noun (`der Wochenzeitung „Falter“`)
_PRESS_TITLE = re.compile(r"(?i:zeitung|blatt|magazin|zeitschrift)(?:s|es)?\s+„([^“]{1,40})“")


def medium_speaker(
    head: str,
    start: int,
    history: list[tuple[int, Speaker]],
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
    lex: Lexicon,
    doc: Doc,
) -> Speaker | None:
    """The medium a description with the medium noun ``head`` at ``start`` refers to (module
    doc), or None."""
    press = head.lower() in _PRESS  # `das Blatt`: any newspaper or magazine named before

    def is_medium(text: str) -> bool:
        low = text.lower()
        return (
            head.lower() in low
            or any(w.strip("()") in lex.agencies for w in text.split())
            or press
            and any(w.strip('„“"()').endswith(_PRESS) for w in low.split())
        )

    for _, sp in reversed(history):
        if sp.text and is_medium(sp.text) and sp.text.split()[-1] != head:
            return sp
    for m in reversed([m for m in mentions if m.end <= start]):
        if m.label == "ORG" and is_medium(doc.text[max(0, m.start - 40) : m.end]):
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    # no NER: the last "... <Head> ..." phrase with a name before this one
    pattern = re.compile(rf"\b{re.escape(head)}\b((?:\s+{NAME_PATTERN})+(?:\s*\([A-Z]+\))?)")
    last = None
    for match in pattern.finditer(doc.text, 0, start):
        last = match
    if last is not None:
        return Speaker(None, (head + last.group(1)).strip(), "ORG")
    if press:  # `der Wochenzeitung „Falter“`: a quoted title after a press noun
        titles = list(_PRESS_TITLE.finditer(doc.text, 0, start))
        if titles:
            return Speaker(None, titles[-1].group(1), "ORG")
    # none named before: the medium named next in the same paragraph (`In einer von der
    # amtlichen Nachrichtenagentur verbreiteten Erklärung … . Einer Meldung von Xinhua zufolge`)
    stop = doc.text.find("\n", start)
    stop = len(doc.text) if stop < 0 else stop
    for m in mentions:
        near = doc.text[max(start, m.start - 40) : m.end]
        if start < m.start < stop and m.label == "ORG" and is_medium(near):
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return None
