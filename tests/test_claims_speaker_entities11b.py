"""Speaker entities of session 11, round B: a relative pronoun as the speaker phrase refers to
the noun phrase before its clause (`ein Zeuge, der angab`, `ein Bericht, laut dem`,
`Grundsätze, denen zufolge`), agreeing in gender and number and past an apposition.  Invented
sentences through the default pipeline up to the claims stage; each case failed before (the
pronoun itself was the speaker), the controls state what must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.doc import Doc


def speaker_name(doc: Doc, words: str) -> str | None:
    """The entity name (else the speaker text) of the claim whose content holds ``words``."""
    hits = [c for c in doc.article.claims if words in c.content.text]
    assert hits, [(c.speaker_text, c.content.text) for c in doc.article.claims]
    claim = min(hits, key=lambda c: len(c.content.text))
    entity = doc.article.entity(claim.speaker) if claim.speaker else None
    return entity.name if entity else claim.speaker_text


RELATIVE_CASES = [
    # a name right before the clause, past a predicative adjective of the main clause
    (
        "Bei der Sitzung war auch der frühere Bürgermeister Karl Huber anwesend, der dem Rat"
        " vorwarf, die Brücke viel zu spät saniert zu haben.",
        "viel zu spät",
        "Karl Huber",
    ),
    # an apposition after the name: the pronoun refers to the name it describes
    (
        "Widerspruch kam von Anna Berger, Vorsitzende der Grünen in Kassel, die sagte, die Stadt"
        " müsse mehr Radwege bauen.",
        "mehr Radwege",
        "Anna Berger",
    ),
    # an unnamed antecedent past a place in a prepositional phrase (`aus Bremen` is neuter)
    (
        "In der Sendung wurde ein junger Arzt aus Bremen zugeschaltet, der erklärte, die"
        " Kliniken seien völlig überlastet.",
        "völlig überlastet",
        "ein junger Arzt",
    ),
    # a text after a verb particle: `legte … vor, laut dem`
    (
        "Die Kommission legte am Dienstag einen ausführlichen Bericht vor, laut dem die Zahl"
        " der Unfälle stark gestiegen ist.",
        "stark gestiegen",
        "einen ausführlichen Bericht",
    ),
    # a plural `denen` skips the singular noun of an attribute (`im Land`)
    (
        "Die Regierung reagierte auf neue Umfragen im Land, nach denen die meisten Bürger die"
        " Reform ablehnen.",
        "die Reform ablehnen",
        "neue Umfragen",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), RELATIVE_CASES)
def test_relative_pronoun_speaker(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert speaker_name(claims_doc(text), words) == name


def test_a_pronoun_not_opening_a_relative_clause_is_untouched(
    claims_doc: Callable[[str], Doc],
) -> None:
    # control: a demonstrative `Der` opening a sentence is no relative pronoun (no comma
    # before it); it keeps the session-10 resolution (not the nearest noun phrase)
    doc = claims_doc(
        "Karl Huber traf den Minister im Rathaus. Der sagte später, die Gespräche seien gut"
        " verlaufen."
    )
    hits = [c for c in doc.article.claims if "gut verlaufen" in c.content.text]
    assert hits and all(c.speaker_text != "den Minister" for c in hits)
