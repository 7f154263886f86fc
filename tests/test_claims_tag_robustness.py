"""The claims rules read word classes, not one tagger's guesses: invented hand-tagged sentences
with the misreadings a retrained tagger makes (an article tag on a name, a web name or a name
with a particle tagged as an adverb or adjective, `die` read as accusative in the Vorfeld).

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py``.
"""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.sentence import SentenceView
from newsgraph.claims.text import repaired_tag
from newsgraph.doc import Token


def _tag(word: str, tag: str, morph: str = "") -> str:
    return repaired_tag(Token(0, len(word), word, "X", tag, word.lower(), morph)).tag


def test_article_tag_on_a_name_is_read_as_a_name() -> None:
    assert _tag("Brenntal", "ART", "Case=Acc|PronType=Art") == "NE"
    assert _tag("della", "ART") == "NE"
    assert _tag("die", "ART") == "ART"
    assert _tag("einem", "ART") == "ART"


def test_web_names_and_name_particles_are_names() -> None:
    assert _tag("taz.de", "ADJA") == "NE"
    assert _tag("news.example.co.uk", "ADJD") == "NE"
    assert _tag("nachrichten.com", "VVFIN") == "NE"
    assert _tag("al-Hamadi", "ADV") == "NE"
    assert _tag("z.B", "ADV") == "ADV"  # an abbreviation, no web name
    assert _tag("3.5", "CARD") == "CARD"
    assert _tag("gut", "ADJD") == "ADJD"


def test_repair_keeps_case_and_drops_article_features() -> None:
    tok = repaired_tag(Token(0, 5, "Holst", "DET", "ART", "holst", "Case=Acc|PronType=Art"))
    assert (tok.pos, tok.tag, tok.lemma, tok.morph) == ("PROPN", "NE", "Holst", "Case=Acc")


def test_untagged_tokens_stay_untouched() -> None:
    tok = Token(0, 6, "ndr.de")
    assert repaired_tag(tok) is tok


def test_web_name_tagged_as_adjective_is_the_source_of_laut() -> None:
    doc = tagged(
        "„/$( Das/PDS ist/VAFIN ein/ART Skandal/NN “/$( ,/$, sagte/VVFIN der/ART Leiter/NN "
        "laut/APPR taz.de/ADJA ./$."
    )
    assert speakers(doc) == ["der Leiter", "taz.de"]


def test_name_tagged_as_article_is_the_subject_after_the_verb() -> None:
    doc = tagged(
        "Am/APPRART Montag/NN hatte/VAFIN Holst/ART Positives/NN zu/PTKZU vermelden/VVINF ./$.",
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub|Subj=I ernst/ADJD ./$.",
    )
    found = speakers(doc)
    assert found and all(s is not None and s.startswith("Holst") for s in found)


def test_vorfeld_die_tagged_accusative_is_still_the_subject() -> None:
    # `die` is nominative and accusative alike: the tagger's case guess does not make the
    # Vorfeld an object when no nominative subject follows the verb
    doc = tagged(
        "Es/PPER sind/VAFIN neue/ADJA Stellen/NN entstanden/VVPP ,/$, die/ART/Case=Acc "
        "Wirte/NN/Case=Acc sprechen/VVFIN bereits/ADV von/APPR bis/ADV zu/APPR 80/CARD "
        "Stellen/NN ./$."
    )
    assert speakers(doc) == ["die Wirte"]


def test_vorfeld_object_before_a_nominative_subject_stays_an_object() -> None:
    doc = tagged(
        "Die/ART/Case=Acc Pläne/NN/Case=Acc kritisierte/VVFIN der/ART/Case=Nom "
        "Verband/NN/Case=Nom scharf/ADJD ./$."
    )
    assert "Die Pläne" not in speakers(doc)


def test_relative_pronoun_object_keeps_its_case() -> None:
    doc = tagged(
        "Die/ART Lösung/NN ,/$, die/ART/Case=Acc Holm/NE nannte/VVFIN ,/$, ist/VAFIN "
        "teuer/ADJD ./$."
    )
    assert not any(s and s.startswith("Die Lösung") for s in speakers(doc))


def _view(words: str) -> SentenceView:
    toks, pos = [], 0
    for item in words.split():
        word, tag = item.rsplit("/", 1)
        toks.append(Token(pos, pos + len(word), word, "", tag, word.lower(), ""))
        pos += len(word) + 1
    return SentenceView(toks, [], load_lexicon("de"), 0)


def test_attributive_participle_tagged_finite_is_no_finite_verb() -> None:
    view = _view("Der/ART neu/ADJD entdeckte/VVFIN Komet/NN habe/VAFIN sich/PRF bewegt/VVPP ./$.")
    assert not view.is_finite(2)
    assert view.is_finite(4)
    # a finite verb after a noun or a bare determiner stays finite
    assert _view("Der/ART Minister/NN sagte/VVFIN Reportern/NN ./$.").is_finite(2)
    assert _view("Das/ART bestätigte/VVFIN Sprecher/NN Holm/NE ./$.").is_finite(1)


def test_free_indirect_sentence_with_attributive_participle_misread_as_finite() -> None:
    doc = tagged(
        "Die/ART Forscher/NN sagten/VVFIN ,/$, der/ART Komet/NN sei/VAFIN/Mood=Sub|Subj=I "
        "alt/ADJD ./$.",
        "Der/ART neu/ADJD entdeckte/VVFIN Komet/NN dagegen/PROAV habe/VAFIN/Mood=Sub|Subj=I "
        "sich/PRF schnell/ADJD gebildet/VVPP ./$.",
    )
    assert speakers(doc) == ["Die Forscher", "Die Forscher"]


def test_object_of_a_preposition_after_the_verb_is_no_subject() -> None:
    # `Marsch` read as a noun makes `einen Marsch` a noun phrase; after `über` it is an object
    view = _view_cased(
        "Die/ART Gruppe/NN berichtete/VVFIN über/APPR einen/ART/Acc Marsch/NN/Acc ./$."
    )
    assert view.subject_after(2) is None
    view = _view_cased(
        "„/$( Ja/PTKANT “/$( ,/$, sagte/VVFIN am/APPRART Montag/NN der/ART/Nom Wirt/NN/Nom ./$."
    )
    assert view.subject_after(4) is not None
    view = _view_cased("Das/PDS steht/VVFIN im/APPRART Entwurf/NN/Dat der/ART/Gen Stadt/NN ./$.")
    assert view.subject_after(1) is not None  # the document of `steht in`


def _view_cased(words: str) -> SentenceView:
    toks, pos = [], 0
    for item in words.split():
        word, tag, *case = item.split("/")
        morph = f"Case={case[0]}" if case else ""
        toks.append(Token(pos, pos + len(word), word, "", tag, word.lower(), morph))
        pos += len(word) + 1
    return SentenceView(toks, [], load_lexicon("de"), 0)


def test_passive_quoting_frame_with_a_four_word_quoted_name() -> None:
    # `zitiert` read (rightly) as a participle: its auxiliary `wird` sits before a quoted name
    # of four words, which is part of the clause and ends no clause of its own
    doc = tagged(
        "„/$( Wir/PPER sind/VAFIN stark/ADJD ./$. “/$( wird/VAFIN der/ART Trainer/NN "
        "im/APPRART Fachblatt/NN „/$( La/ART Voce/NN della/NE Sera/NN “/$( zitiert/VVPP ./$."
    )
    assert "der Trainer" in speakers(doc)
