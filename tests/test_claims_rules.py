"""Frame rules that read the nlp stage's tags: hand-tagged fictional German sentences.

Each sentence is written as ``word/TAG`` (optionally ``word/TAG/Case=Nom``) so the rules see
the same STTS tags and morphology as behind the nlp stage, without loading its model.
"""

from __future__ import annotations

from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc, Sentence, Token
from newsgraph.record import Article


def tagged(*sentences: str) -> Doc:
    """A Doc from space-separated ``word/TAG[/morph]`` sentences."""
    text = ""
    tokens: list[Token] = []
    starts: list[tuple[int, int]] = []
    for sent in sentences:
        if text:
            text += " "
        first = len(tokens)
        for item in sent.split(" "):
            word, tag, *morph = item.split("/")
            if text and not text.endswith(" "):
                text += " "
            start = len(text)
            text += word
            pos = {"VVFIN": "VERB", "VAFIN": "AUX", "VMFIN": "AUX", "NN": "NOUN", "NE": "PROPN"}
            tokens.append(Token(start, len(text), word, pos.get(tag, ""), tag, "", "".join(morph)))
        starts.append((first, len(tokens)))
    doc = Doc(article=Article(id="t", text=text))
    doc.set_tokens(tokens)
    doc.sentences = [Sentence(tokens[a].start, tokens[b - 1].end, a, b, -1) for a, b in starts]
    ClaimsStage()(doc)
    return doc


def layer(doc: Doc) -> list[tuple[str, str, str | None]]:
    """(type, content, speaker) of each attribution."""
    out = []
    for f in doc.layers[LAYER]:
        content = " ".join(doc.text[s:e] for s, e in f.parts)
        speaker = doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((f.kind, content, speaker))
    return out


def test_demonstrative_first_is_the_object_and_the_subject_follows() -> None:
    doc = tagged(
        "Die/ART Brücke/NN wird/VAFIN im/APPRART Mai/NN gesperrt/VVPP ./$.",
        "Dies/PDS gab/VVFIN die/ART Stadtverwaltung/NN am/APPRART Montag/NN bekannt/PTKVZ ./$.",
    )
    found = layer(doc)
    assert found and found[0][1].startswith("Die Brücke wird im Mai gesperrt")
    assert found[0][2] == "die Stadtverwaltung"


def test_relative_pronoun_is_the_speaker_of_its_clause() -> None:
    doc = tagged(
        "Gewählt/VVPP wurde/VAFIN Anna/NE Beispiel/NE ,/$, die/PRELS/Case=Nom in/APPR "
        "einer/ART Rede/NN betonte/VVFIN ,/$, sie/PPER werde/VAFIN für/APPR alle/PIAT "
        "arbeiten/VVINF ./$."
    )
    assert ("Indirect", "sie werde für alle arbeiten", "die") in layer(doc)


def test_subject_after_a_subordinator_and_before_objects() -> None:
    doc = tagged(
        "Nachdem/KOUS die/ART Anwältin/NN dem/ART Richter/NN mitgeteilt/VVPP hatte/VAFIN ,/$, "
        "dass/KOUS der/ART Zeuge/NN fehle/VVFIN ,/$, wurde/VAFIN vertagt/VVPP ./$."
    )
    assert [(k, s) for k, _, s in layer(doc)] == [("Indirect", "die Anwältin")]


def test_speech_verb_in_a_relative_clause_is_no_reported_speech() -> None:
    doc = tagged(
        "Das/ART Instrument/NN ,/$, mit/APPR dem/PRELS die/ART Union/NN das/ART Ziel/NN "
        "erreichen/VVINF will/VMFIN ,/$, ist/VAFIN neu/ADJD ./$."
    )
    assert layer(doc) == []


def test_perfect_tense_speech_verb_is_no_reported_speech() -> None:
    doc = tagged(
        "Die/ART Opposition/NN hat/VAFIN den/ART Plan/NN kritisiert/VVPP ./$.",
        "Die/ART Regierung/NN kritisierte/VVFIN den/ART Plan/NN ./$.",
    )
    found = layer(doc)
    assert [k for k, _, _ in found] == ["Reported"]
    assert found[0][2] == "Die Regierung"


def test_parenthesis_with_comma_stays_in_the_subject() -> None:
    doc = tagged(
        "Max/NE Muster/NE von/APPR der/ART Umweltbehörde/NN (/$( Amt/NN für/APPR Umwelt/NN "
        ",/$, AfU/NE )/$( sagte/VVFIN ,/$, die/ART Werte/NN seien/VAFIN/Mood=Sub hoch/ADJD ./$."
    )
    found = layer(doc)
    assert found and found[0][2] is not None
    assert found[0][2].startswith("Max Muster von der Umweltbehörde")
