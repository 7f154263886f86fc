"""Speech verbs the tagger misread, read by word order (`claims/tag_repair.py`): invented
hand-tagged sentences with the misreadings a tagger makes (`sagen` after a plural subject as an
infinitive, a trailing-frame verb as an adjective, a relative clause's `behauptet` as a
participle, `befürchtet` after `habe` as an adjective) and look-alikes that must stay as they are
(`wie gesagt`, `länger als geplant`, `Die Angaben`).

Same ``word/TAG[/morph]`` notation as ``test_claims_speakers.py``.
"""

from __future__ import annotations

from claims_docs import cues
from test_claims_speakers import speakers, tagged

from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.stage import LAYER
from newsgraph.claims.tag_repair import repair_tags
from newsgraph.doc import Token


def _repaired(sentence: str) -> dict[str, str]:
    """``{word: new tag}`` for the words :func:`repair_tags` re-tags in one sentence."""
    doc = tagged(sentence)
    toks = list(doc.tokens)
    out = repair_tags(toks, [False] * len(toks), load_lexicon("de"))
    return {a.text: b.tag for a, b in zip(toks, out, strict=True) if a is not b}


def test_plural_present_read_as_infinitive_is_the_finite_verb() -> None:
    doc = tagged(
        "Die/ART Kanadier/NN/Number=Plur hingegen/ADV sagen/VVINF ,/$, der/ART Pilot/NN "
        "trage/VVFIN/Mood=Sub die/ART Schuld/NN ./$."
    )
    assert cues(doc) == ["sagen"]
    assert speakers(doc) == ["Die Kanadier"]


def test_singular_subject_keeps_an_infinitive() -> None:
    # `sagen` after a singular noun phrase is no plural present
    assert _repaired("Der/ART Pilot/NN/Number=Sing sagen/VVINF ./$.") == {}


def test_trailing_frame_verb_read_as_adjective() -> None:
    doc = tagged(
        "Die/ART Kosten/NN lägen/VVFIN/Mood=Sub bei/APPR drei/CARD Millionen/NN ,/$, "
        "erklärte/ADJA Vorstandschef/NN Tom/NE Enders/NE ./$.",
        persons=("Tom Enders",),
    )
    assert cues(doc) == ["erklärte"]
    assert speakers(doc) == ["Vorstandschef Tom Enders"]


def test_trailing_adjective_before_a_thing_stays_an_adjective() -> None:
    # no name or speaker after it: `erwartete Ergebnisse` is an attribute
    assert (
        _repaired(
            "Sie/PPER kamen/VVFIN ,/$, erwartete/ADJA Ergebnisse/NN brachten/VVFIN sie/PPER nicht/PTKNEG ./$."
        )
        == {}
    )


def test_relative_clause_verb_read_as_participle_is_finite() -> None:
    found = _repaired(
        "Er/PPER widersprach/VVFIN einem/ART Kollegen/NN ,/$, der/PRELS öffentlich/ADJD behauptet/VVPP ,/$, "
        "die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$."
    )
    assert found == {"behauptet": "VVFIN"}


def test_participle_after_haben_read_as_adjective() -> None:
    found = _repaired(
        "Er/PPER habe/VAFIN/Mood=Sub befürchtet/ADJA ,/$, jemanden/PIS verletzt/VVPP zu/PTKZU "
        "haben/VAINF ./$."
    )
    assert found == {"befürchtet": "VVPP"}


def test_vorfeld_verb_read_as_article() -> None:
    found = _repaired(
        "Angela/NE Merkel/NE will/ART Gespräche/NN mit/APPR allen/PIDAT Parteien/NN "
        "aufnehmen/VVINF ./$."
    )
    assert found == {"will": "VVFIN"}


def test_look_alikes_are_not_repaired() -> None:
    # `wie gesagt`: no clause of its own; `länger als geplant`: a comparison after `hat`;
    # `Die Angaben`: a noun; `ist geplant`: a state after `sein`
    assert _repaired("Wie/KOKOM gesagt/ADJD ,/$, die/ART Lage/NN ist/VAFIN ernst/ADJD ./$.") == {}
    assert (
        _repaired("Der/ART Bau/NN hat/VAFIN länger/ADJD gedauert/VVPP als/KOKOM geplant/ADJD ./$.")
        == {}
    )
    assert _repaired("Die/ART Angaben/NN der/ART Polizei/NN fehlen/VVFIN ./$.") == {}
    assert (
        _repaired("Es/PPER ist/VAFIN geplant/ADJD ,/$, dass/KOUS sie/PPER kommen/VVFIN ./$.") == {}
    )


def test_untagged_tokens_are_left_alone() -> None:
    toks = [Token(0, 3, "Sie"), Token(4, 9, "sagen")]
    assert repair_tags(toks, [False, False], load_lexicon("de")) is toks


def test_words_inside_a_quotation_are_left_alone() -> None:
    doc = tagged("Angela/NE Merkel/NE will/ART Gespräche/NN ./$.")
    toks = list(doc.tokens)
    assert repair_tags(toks, [True] * len(toks), load_lexicon("de")) is toks


def test_plural_present_ending_a_subordinate_clause_is_finite() -> None:
    found = _repaired(
        "Es/PPER gibt/VVFIN Umfragen/NN ,/$, die/PRELS der/ART Partei/NN sieben/CARD "
        "Prozent/NN voraussagen/VVINF ./$."
    )
    assert found == {"voraussagen": "VVFIN"}
    # a zu-infinitive stays an infinitive (`was noch zu sagen [sei]`)
    assert _repaired("Er/PPER fragte/VVFIN ,/$, was/PWS noch/ADV zu/PTKZU sagen/VVINF ./$.") == {}


def test_particle_verb_participle_is_no_finite_verb() -> None:
    # `angekündigt` (an-ge-kündigt) is only a participle, even at a clause end without a
    # finite verb; `kritisiert` is also the third person
    assert _repaired("Die/ART Pläne/NN ,/$, die/PRELS er/PPER angekündigt/ADJD ,/$, ./$.") == {}
    assert _repaired("Die/ART Pläne/NN ,/$, die/PRELS er/PPER kritisiert/ADJD ,/$, ./$.") == {
        "kritisiert": "VVFIN"
    }


_ZELLER = (
    "Zeller/NE schlägt/VVFIN vor/APPR ,/$, die/PRELS Maut/NN nur/ADV für/APPR den/ART "
    "Verkehr/NN zu/PTKZU erheben/VVINF ./$."
)


def test_article_read_as_relative_pronoun_before_a_zu_infinitive() -> None:
    assert _repaired(_ZELLER) == {"die": "ART"}
    doc = tagged(_ZELLER)
    found = doc.layers[LAYER]
    assert cues(doc) == ["schlägt vor"]
    # the zu-infinitive is a complement (an Indirect claim), not a relative clause
    assert [f.kind for f in found] == ["Indirect"]
    assert [doc.text[s:e] for s, e in found[0].parts] == ["die Maut nur für den Verkehr zu erheben"]


def test_article_read_as_relative_pronoun_where_no_relative_clause_can_start() -> None:
    found = _repaired(
        "Auch/ADV sei/VAFIN die/PRELS für/APPR die/ART Navigation/NN notwendige/ADJA "
        "Dokumentation/NN nicht/PTKNEG erfolgt/VVPP ./$."
    )
    assert found == {"die": "ART"}
    assert _repaired("Er/PPER protestierte/VVFIN gegen/APPR die/PRELS Mafia/NE ./$.") == {
        "die": "ART"
    }


def test_real_relative_pronouns_are_kept() -> None:
    # after a noun phrase, also past a closing parenthesis: a relative clause with its verb
    assert (
        _repaired(
            "Die/ART Stiftung/NN (/$( FNS/NE )/$( ,/$, die/PRELS Kinder/NN fördert/VVFIN ,/$, "
            "wächst/VVFIN ./$."
        )
        == {}
    )
    # after a verb, too, when the clause ends with its finite verb (an extraposed relative)
    assert _repaired("Ein/ART Mann/NN kam/VVFIN ,/$, der/PRELS Hilfe/NN suchte/VVFIN ./$.") == {}
    # after a noun a zu-infinitive may be the noun's own (`Pläne, die Maut zu erheben`): kept
    assert (
        _repaired(
            "Er/PPER nannte/VVFIN Pläne/NN ,/$, die/PRELS Maut/NN zu/PTKZU erheben/VVINF ./$."
        )
        == {}
    )
    # a second relative clause joined by `und`; a preposition after a comma (`, in der`)
    assert (
        _repaired(
            "Eltern/NN ,/$, die/PRELS arbeiten/VVFIN und/KON die/PRELS Kinder/NN "
            "erziehen/VVFIN ,/$, klagen/VVFIN ./$."
        )
        == {}
    )
    assert _repaired("Das/ART Haus/NN ,/$, in/APPR der/PRELS Familie/NN lebt/VVFIN ./$.") == {}
    # no noun after it: a pronoun (`dem zu folgen`)
    assert _repaired("Er/PPER sagte/VVFIN ,/$, dem/PRELS zu/PTKZU folgen/VVINF ./$.") == {}


def test_a_hyphenated_compound_read_as_a_preposition_is_a_noun() -> None:
    doc = tagged(
        "Juso-Landeschef/APPR Malte/NE Brinkhaus/NE warf/VVFIN der/ART/Case=Dat "
        "Parteiführung/NN/Case=Dat vor/PTKVZ ,/$, ein/ART Thema/NN aufzugeben/VVIZU ./$.",
        persons=("Malte Brinkhaus",),
    )
    assert speakers(doc) == ["Juso-Landeschef Malte Brinkhaus"]


def test_a_lower_case_or_edge_hyphen_is_no_compound() -> None:
    assert _repaired("Die/ART Nord-/TRUNC und/KON Südkurve/NN sang/VVFIN ./$.") == {}
    assert _repaired("Er/PPER sagte/VVFIN ,/$, ab-/APPR und/KON zu/APPR ./$.") == {}


def test_an_unknown_konjunktiv_opens_a_sentence_without_a_finite_verb() -> None:
    repaired = _repaired(
        "Die/ART Füllung/NN erfolge/NN schrittweise/ADJD ,/$, der/ART Abfluss/NN "
        "verringere/ADV sich/PRF kaum/ADV ./$."
    )
    assert repaired == {"erfolge": "VVFIN", "verringere": "VVFIN"}


def test_a_sentence_with_a_finite_verb_keeps_its_first_clause() -> None:
    # `Die Lage bleibe/ADV …` with a finite verb later in the sentence: not repaired there
    assert "ruhige" not in _repaired(
        "Die/ART ruhige/ADJA Lage/NN ,/$, die/PRELS alle/PIS kennen/VVFIN ./$."
    )
