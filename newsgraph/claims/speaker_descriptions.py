"""Definite descriptions as speakers, resolved through the article's appositions.

`Die Umweltschutzorganisation teilte mit, …` names no one, but the article says elsewhere
`die Umweltschutzorganisation WWF`; `Der Bundespräsident konstatierte …` is the `Bundespräsident
Köhler` of the next sentence; `Die Aktivistin sagte …` the `Hilda Morales, eine Aktivistin …`
introduced before.  :func:`described_entity` finds the person or organisation mention that the
article joins to the description's head noun: the noun right before the name (`Bundespräsident
Köhler`, `der Umweltschutzorganisation WWF`) or in an apposition right after it (`X, Aktivistin
der …`, `X, eine Aktivistin`).  The nearest such mention before the description wins; one after
it counts only in the same paragraph (news often names a person one sentence after introducing
the role: `Der Bundespräsident … . Köhler warb …`).  Without such a mention the description stays
unresolved (a guess by type alone was wrong too often).
"""

from __future__ import annotations

from ..doc import Doc, Mention
from .speaker_records import Speaker, entity_of

#: tokens after a name that may stand between it and an apposition's head noun
_APPOSITION_LEAD = frozenset(
    [
        "ein",
        "eine",
        "einer",
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "seit",
        "bisher",
        "damals",
        "ehemalige",
        "ehemaliger",
        "ehemaligen",
        "frühere",
        "früherer",
        "früheren",
    ]
)


#: a comma and a relative pronoun open a relative clause, not an apposition (`Hans Meier, der
#: die Organisation gegründet hat`)
_RELATIVE = frozenset({"PRELS", "PRELAT", "PWS", "PWAV"})


def _stem(word: str) -> str:
    """`Bundespräsidenten` / `Organisationen` / `Ministeriums` -> a stem to compare heads."""
    low = word.lower().strip("„“\"'.,")
    for ending in ("innen", "en", "es", "s", "n"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


def _joins(head: str, word: str) -> bool:
    """``word`` is the head noun or a compound ending in it (`Umweltschutzorganisation` for
    `Organisation`, not the other way round)."""
    h, w = _stem(head), _stem(word)
    return len(h) >= 4 and w.endswith(h)


def described_entity(
    head: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person or organisation the article joins to the noun ``head`` (see module doc)."""
    toks = doc.tokens
    index = {t.start: i for i, t in enumerate(toks)}
    paragraph_end = doc.text.find("\n", start)
    paragraph_end = len(doc.text) if paragraph_end < 0 else paragraph_end
    before: Mention | None = None
    after: Mention | None = None
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or m.start == start:
            continue
        i = index.get(m.start)
        if i is None:
            continue
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        lead = i > 0 and _joins(head, toks[i - 1].text)
        appos = False
        if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].tag not in _RELATIVE:
            k = j + 1
            while k < len(toks) and k < j + 4 and toks[k].text.lower() in _APPOSITION_LEAD:
                k += 1
            appos = k < len(toks) and _joins(head, toks[k].text)
        if not (lead or appos):
            continue
        if m.end <= start:
            before = m  # mentions are in text order: the last one before wins
        elif after is None and m.start < paragraph_end:
            after = m
    chosen = before or after
    if chosen is None:
        return None
    return Speaker(entity_of(chosen, entity_spans), chosen.text, chosen.label)
