"""Speaker entities of descriptions and name variants (session 11): an apposition whose head
noun has attributes before the comma (`den stellvertretenden Minister für Landwirtschaft, Karl
Brenner`), a name the recogniser found only at a later place, a name that runs past the subject
of `nach eigenen Angaben`, a title with one part of a full name (`General Pichet`), the name at
the head of a phrase with two names (`X, Sprecher des Teams von Y`), and a bare
description that shortens an earlier noun phrase (`ein Sprecher der Feuerwehr` … `Der
Sprecher`, `Der 74-jährige Besitzer eines Bauernhofs` … `der 74-jährige`).  Invented sentences
through the default pipeline up to the claims stage; the controls say what must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.claims.description_links import earlier_phrase, name_part_entity
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.speaker_records import Speaker, entity_spans_of
from newsgraph.claims.speaker_references import described_entity
from newsgraph.doc import Doc


def _claims(doc: Doc, words: str) -> list[tuple[str | None, str | None]]:
    """(entity name, speaker text) of the claims whose content holds ``words``."""
    out = []
    for c in doc.article.claims:
        if words in c.content.text:
            entity = doc.article.entity(c.speaker) if c.speaker else None
            out.append((entity.name if entity else None, c.speaker_text))
    assert out, [(c.speaker_text, c.content.text) for c in doc.article.claims]
    return out


CASES = [
    # the head noun of an apposition with a prepositional attribute before the comma
    (
        "Am Montag traf die Kanzlerin den stellvertretenden Minister für Landwirtschaft, Karl"
        " Brenner, zu einem Gespräch. Der stellvertretende Minister sagte, die Ernte sei in"
        " diesem Jahr gut ausgefallen.",
        "die Ernte",
        "Karl Brenner",
    ),
    # `nach eigenen Angaben`: the subject's name runs past the noun phrase read as subject
    (
        "Nach eigenen Angaben erhielt das Bundesamt für Statistik im vergangenen Jahr mehr Geld.",
        "mehr Geld",
        "Bundesamt für Statistik",
    ),
    # a bare description shortens an earlier phrase that names an organisation
    (
        "Am Abend meldete sich ein Sprecher des Deutschen Wetterdienstes zu Wort: „Der Sturm"
        " zieht nach Osten.“ Der Sprecher teilte auch mit, dass am Dienstag Schnee falle.",
        "Schnee falle",
        "Deutschen Wetterdienstes",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_speaker_entity(claims_doc: Callable[[str], Doc], text: str, words: str, name: str) -> None:
    assert [n for n, _ in _claims(claims_doc(text), words)] == [name]


@pytest.mark.parametrize(
    ("text", "words", "phrase"),
    [
        (
            "Am Abend meldete sich ein Sprecher der Feuerwehr zu Wort: „Wir haben das Feuer"
            " unter Kontrolle.“ Der Sprecher teilte auch mit, dass niemand verletzt worden sei.",
            "niemand verletzt",
            "Sprecher der Feuerwehr",
        ),
        (
            "Der 74-jährige Besitzer eines Bauernhofs entdeckte am Morgen das Feuer. Am Abend"
            " sagte der 74-jährige im Radio, dass die Scheune nicht versichert gewesen sei.",
            "nicht versichert",
            "74-jährige Besitzer eines Bauernhofs",
        ),
        # a name after the head that the recogniser missed
        (
            "Die Bank of Scotland senkte am Donnerstag den Zins. Die Bank teilte mit, dass die"
            " Inflation sinke.",
            "Inflation sinke",
            "Bank of Scotland",
        ),
        (
            "Der Bürgermeister von Neustadt eröffnete das Fest. Später sagte der Bürgermeister,"
            " dass die Stadt sparen müsse.",
            "sparen müsse",
            "Bürgermeister von Neustadt",
        ),
    ],
)
def test_an_unnamed_speaker_is_its_fullest_description(
    claims_doc: Callable[[str], Doc], text: str, words: str, phrase: str
) -> None:
    # the article never names the speaker: the earlier phrase with its attribute describes it
    assert _claims(claims_doc(text), words) == [(None, phrase)]


def test_the_bare_noun_again_and_a_text_stay_as_written(
    claims_doc: Callable[[str], Doc],
) -> None:
    # controls: a report is no earlier phrase (its issuer is found by other rules); `Ein
    # Polizist` says no more than `Der Polizist`
    text = (
        "Die Regierung legte am Montag einen Bericht vor. Der Bericht des Ausschusses zeigte"
        " Mängel. Der Bericht stellte fest, dass viele Schulen marode seien."
    )
    doc = claims_doc(text)
    s = text.rindex("Der Bericht")
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    lex = load_lexicon("de")
    assert earlier_phrase(s, s + 11, doc, mentions, entity_spans_of(doc), lex) is None
    doc = claims_doc("Ein Polizist kam zu spät. Der Polizist sagte, dass der Zug ausgefallen sei.")
    assert _claims(doc, "ausgefallen") == [(None, "Der Polizist")]


def test_the_attribute_of_another_noun_is_no_apposition_head(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `der Polizei` is the genitive of `Sprecher`: Hans Müller is no `Polizei`
    doc = claims_doc(
        "Der Sprecher der Polizei von Berlin, Hans Müller, war nicht erreichbar. Die Polizei"
        " teilte mit, dass der Täter gefasst worden sei."
    )
    assert all(name != "Hans Müller" for name, _ in _claims(doc, "gefasst"))


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the name at the head of the phrase, not the longer one in its attribute
        (
            "Peter Brandt, Sprecher des Wahlkampfteams von Karl-Heinz Obermeier, sagte, die Wahl"
            " sei manipuliert worden.",
            "manipuliert",
            "Peter Brandt",
        ),
        (
            "Theo Kurz vom Bankhaus Schneider Lindemann sagte dazu, die Zahlen seien gut.",
            "Zahlen seien gut",
            "Theo Kurz",
        ),
        (
            "Ministerin Anna Berg sowie Staatssekretär Karl-Heinz Obermeier sprachen von einem"
            " Erfolg der Regierung.",
            "Erfolg der Regierung",
            "Anna Berg",
        ),
        # control: a genitive before the title is no head
        (
            "Peter Brandts Sprecher Karl-Heinz Obermeier sagte, die Wahl sei manipuliert worden.",
            "manipuliert",
            "Karl-Heinz Obermeier",
        ),
    ],
)
def test_the_head_name_of_a_phrase_with_two_names(
    claims_doc: Callable[[str], Doc], text: str, words: str, name: str
) -> None:
    assert {n for n, _ in _claims(claims_doc(text), words)} == {name}


def test_a_name_the_recogniser_found_only_later(claims_doc: Callable[[str], Doc]) -> None:
    text = (
        "Die Hilfsorganisation „Care Deutschland“ ist vor Ort. Die Hilfsorganisation teilte"
        " mit, dass die Brunnen versiegt seien. Care Deutschland sammelt nun Spenden."
    )
    doc = claims_doc(text)
    first = text.index("Care")
    later = [m for m in doc.mentions if m.text == "Care Deutschland" and m.start > first]
    assert later, [(m.text, m.label) for m in doc.mentions]
    # as if the recogniser had missed the name after the head noun
    mentions = sorted((m for m in doc.mentions if m.start != first), key=lambda m: m.start)
    spans = entity_spans_of(doc)
    at = text.index("Die Hilfsorganisation teilte")
    found = described_entity("Hilfsorganisation", at, doc, mentions, spans)
    assert found is not None and found.text == "Care Deutschland"
    assert found.entity is not None and found.entity == later[0].entity


def _without(doc: Doc, text: str) -> list:  # type: ignore[type-arg]
    return sorted((m for m in doc.mentions if m.text != text), key=lambda m: m.start)


def test_a_title_and_one_part_of_a_full_name(claims_doc: Callable[[str], Doc]) -> None:
    text = (
        "General Pichet Saengthong übernahm am Dienstag die Macht. Am Abend erklärte General"
        " Pichet, die Wahlen würden verschoben."
    )
    doc = claims_doc(text)
    full = [m for m in doc.mentions if m.text == "Pichet Saengthong"]
    assert full, [(m.text, m.label) for m in doc.mentions]
    s = text.index("General Pichet,")
    e = s + len("General Pichet")
    lex = load_lexicon("de")
    # as if the recogniser had missed the short form
    mentions = _without(doc, "General Pichet")
    got = name_part_entity(Speaker(None, text[s:e]), s, e, doc, mentions, entity_spans_of(doc), lex)
    assert got.entity is not None and got.entity == full[0].entity


def test_a_name_part_of_two_persons_stays_unresolved(claims_doc: Callable[[str], Doc]) -> None:
    text = (
        "Die Ministerin Anna Berger und ihr Bruder Thomas Berger kamen zur Eröffnung."
        " Ministerin Berger sagte, die Schule werde bald saniert."
    )
    doc = claims_doc(text)
    s = text.index("Ministerin Berger sagte")
    e = s + len("Ministerin Berger")
    mentions = [m for m in _without(doc, "Berger") if m.start < s]
    lex = load_lexicon("de")
    got = name_part_entity(Speaker(None, text[s:e]), s, e, doc, mentions, entity_spans_of(doc), lex)
    assert got.entity is None


def test_an_inflected_head_joins_a_compound(claims_doc: Callable[[str], Doc]) -> None:
    # `des Konzerns` and `Gesundheitskonzern`: the genitive ending is not part of the head
    text = (
        "Der Gesundheitskonzern Fresenius plant einen Umbau. Nach Angaben des Konzerns sollen"
        " keine Stellen wegfallen."
    )
    doc = claims_doc(text)
    assert any(m.text == "Fresenius" for m in doc.mentions), [m.text for m in doc.mentions]
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    at = text.index("des Konzerns")
    found = described_entity("Konzerns", at, doc, mentions, entity_spans_of(doc))
    assert found is not None and found.text == "Fresenius"
