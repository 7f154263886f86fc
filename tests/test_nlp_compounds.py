"""Unknown-word analysis: inflected known words and German compounds (nlp/compounds.py)."""

from __future__ import annotations

from newsgraph.nlp.compounds import CompoundAnalyser
from newsgraph.nlp.lexicon import Lexicon

TABLE = {
    "Eure": (("PPOSAT", "euer"),),
    "Monteur": (("NN", "Monteur"),),
    "Küche": (("NN", "Küche"),),
    "Regierung": (("NN", "Regierung"),),
    "Sprecher": (("NN", "Sprecher"),),
    "Satz": (("NN", "Satz"),),
    "Grund": (("NN", "Grund"),),
    "Lehrer": (("NN", "Lehrer"),),
    "Berater": (("NN", "Berater"),),
    "Sonder": (("ADJA", "Sonder"),),
    "Kapstadt": (("NE", "Kapstadt"),),
    "Rand": (("NN", "Rand"),),
    "Zimmer": (("NN", "Zimmer"),),
    "wohnen": (("VVINF", "wohnen"),),
    "angenehm": (("ADJD", "angenehm"),),
    "fein": (("ADJD", "fein"),),
    "begleiten": (("VVINF", "begleiten"), ("VVFIN", "begleiten")),
    "demonstrieren": (("VVINF", "demonstrieren"),),
    "wandern": (("VVINF", "wandern"),),
    "wieder": (("ADV", "wieder"),),
    "aufzubauen": (("VVIZU", "aufbauen"),),
    "russische": (("ADJA", "russisch"),),
    "Russisch": (("NN", "Russisch"),),
    "Zucht": (("NN", "Zucht"),),
    "Züchter": (("NN", "Züchter"),),
    "holen": (("VVINF", "holen"), ("VVFIN", "holen")),
    "schauen": (("VVINF", "schauen"),),
    "freuen": (("VVINF", "freuen"),),
    "ab": (("PTKVZ", "ab"),),
    "zu": (("APPR", "zu"),),
}


def analyse(word: str, capital_lower: bool = True) -> tuple[int, tuple[tuple[str, str], ...]]:
    return CompoundAnalyser(TABLE, capital_lower=capital_lower).candidates(word)


def test_compound_head_is_an_open_class_word_not_a_function_word() -> None:
    # longest known suffix would be ``Eure`` (a possessive); the head is Monteur + plural e
    assert analyse("Küchenmonteure") == (6, (("NN", "Küchenmonteur"),))


def test_linking_elements_and_verb_stems_make_plausible_modifiers() -> None:
    assert analyse("Regierungssprecher") == (10, (("NN", "Regierungssprecher"),))
    assert analyse("Wohnzimmer")[0] == 4
    split = CompoundAnalyser(TABLE).split("Regierungssprecher")
    assert split is not None and split.plausible


def test_unknown_modifier_falls_back_to_a_long_head_marked_implausible() -> None:
    split = CompoundAnalyser(TABLE).split("Mitterrand")
    assert split is None  # ``Rand`` has four letters: too short without a known modifier
    split = CompoundAnalyser(TABLE).split("Xyzmonteur")
    assert split is not None and not split.plausible and split.at == 3


def test_inflected_nouns_names_and_feminine_forms() -> None:
    assert analyse("Lehrers") == (0, (("NN", "Lehrer"),))
    assert analyse("Grundsätze") == (5, (("NN", "Grundsatz"),))  # umlaut plural
    assert analyse("Kapstadts") == (0, (("NE", "Kapstadt"),))
    assert analyse("Sonderberaterin") == (6, (("NN", "Sonderberaterin"),))
    assert analyse("Rande") == (0, (("NN", "Rand"),))
    assert analyse("Kapstadte") == (0, ())  # plural endings only on common nouns


def test_shortest_noun_ending_first() -> None:
    assert analyse("Züchtern") == (0, (("NN", "Züchter"),))  # not Zucht + ern


def test_zu_infinitives_and_ge_participles_of_known_verbs() -> None:
    assert analyse("abzuholen") == (0, (("VVIZU", "abholen"),))
    assert analyse("gefreut") == (0, (("VVPP", "freuen"),))
    assert analyse("zugeschaut") == (0, (("VVPP", "zuschauen"),))
    assert analyse("geholt")[1][0] == ("VVPP", "holen")


def test_inflected_adjectives_participles_and_past_verbs() -> None:
    assert analyse("angenehmer") == (0, (("ADJA", "angenehm"),))
    assert analyse("feineren") == (0, (("ADJA", "fein"),))  # comparative
    assert analyse("begleitenden") == (0, (("ADJA", "begleitend"),))
    assert analyse("demonstrierte") == (0, (("VVFIN", "demonstrieren"),))
    assert analyse("wanderten") == (0, (("VVFIN", "wandern"),))
    assert analyse("wiederaufzubauen") == (6, (("VVIZU", "wiederaufbauen"),))


def test_capitalised_word_may_take_its_lowercase_readings_first() -> None:
    assert analyse("Russische", capital_lower=False) == (0, (("NN", "Russisch"),))
    assert analyse("Russische") == (
        0,
        (("ADJA", "russisch"), ("NN", "Russisch")),
    )


def test_shipped_lexicon_reads_unknown_compounds_by_their_head() -> None:
    lex = Lexicon(live=False)
    for word in ("Küchenmonteure", "Sonderberaterin", "Flüchtlingsunterkünfte"):
        assert word not in lex
    # the only known suffix of Küchenmonteure in the shipped table is the possessive ``Eure``
    assert all(tag == "NN" for tag, _ in lex.get("Küchenmonteure"))
    assert lex.get("Sonderberaterin")[0] == ("NN", "Sonderberaterin")
    assert lex.suffix_split("Sonderberaterin") == 6
    assert lex.get("Flüchtlingsunterkünfte")[0] == ("NN", "Flüchtlingsunterkunft")
    assert lex.get("Militärbauingenieure")[0] == ("NN", "Militärbauingenieur")
