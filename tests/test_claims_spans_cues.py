"""The extent of verb cues (`cue_extent.py`) on invented hand-tagged sentences: the
predicative adjective that `halten es für`, `sehen es als` and `sich zeigen` frame."""

from __future__ import annotations

from test_claims_speakers import tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def cues(doc: Doc) -> list[list[str]]:
    """The cue words of each attribution, in text order."""
    return [
        sorted((doc.text[s:e] for s, e in f.cue), key=doc.text.index) for f in doc.layers[LAYER]
    ]


def test_adjective_after_fuer_belongs_to_the_cue() -> None:
    doc = tagged(
        "Die/ART Forscher/NN halten/VVFIN es/PPER für/APPR möglich/ADJD ,/$, dass/KOUS "
        "der/ART Vulkan/NN bald/ADV ausbricht/VVFIN ./$."
    )
    assert cues(doc)[0] == ["halten", "es", "für", "möglich"]


def test_adjective_after_sich_zeigen_belongs_to_the_cue() -> None:
    doc = tagged(
        "Die/ART Ministerin/NN zeigte/VVFIN sich/PRF besorgt/ADJD ,/$, dass/KOUS die/ART "
        "Preise/NN weiter/ADV steigen/VVFIN könnten/VMFIN ./$."
    )
    assert cues(doc)[0] == ["zeigte", "sich", "besorgt"]


def test_manner_adjective_of_another_reflexive_verb_stays_out() -> None:
    doc = tagged(
        "Der/ART Trainer/NN äußerte/VVFIN sich/PRF zuversichtlich/ADJD ,/$, dass/KOUS "
        "die/ART Mannschaft/NN gewinnen/VVINF werde/VAFIN ./$."
    )
    assert "zuversichtlich" not in cues(doc)[0]


def test_adjective_after_als_without_the_correlate_stays_out() -> None:
    doc = tagged(
        "Der/ART Verband/NN wies/VVFIN den/ART Vorwurf/NN als/APPR abwegig/ADJD zurück/PTKVZ "
        ",/$, er/PPER habe/VAFIN Daten/NN verkauft/VVPP ./$."
    )
    assert all("abwegig" not in c for c in cues(doc))


def test_pronominal_adverb_before_the_participle_belongs_to_the_cue() -> None:
    doc = tagged(
        "Der/ART Verband/NN hatte/VAFIN die/ART Mitglieder/NN dazu/PROAV "
        "aufgerufen/VVPP ,/$, weniger/PIAT Wasser/NN zu/PTKZU verbrauchen/VVINF ./$."
    )
    assert cues(doc)[0] == ["hatte", "dazu", "aufgerufen"]


def test_darueber_before_the_complement_belongs_to_the_cue() -> None:
    doc = tagged(
        "Die/ART Reporter/NN klagten/VVFIN darüber/PROAV ,/$, dass/KOUS sie/PPER "
        "behindert/VVPP würden/VAFIN ./$."
    )
    assert cues(doc)[0] == ["klagten", "darüber"]


def test_dazu_after_a_verb_of_saying_stays_out() -> None:
    doc = tagged(
        "Der/ART Minister/NN sagte/VVFIN dazu/PROAV ,/$, man/PIS werde/VAFIN die/ART "
        "Lage/NN prüfen/VVINF ./$."
    )
    assert cues(doc)[0] == ["sagte"]


def test_content_noun_of_a_light_verb_belongs_to_the_cue() -> None:
    doc = tagged(
        "Die/ART Forscher/NN formulierten/VVFIN die/ART Hypothese/NN ,/$, dass/KOUS "
        "die/ART Tiere/NN wandern/VVINF ./$."
    )
    assert cues(doc)[0] == ["formulierten", "die", "Hypothese"]


def test_adjective_inside_a_phrase_cue_belongs_to_it() -> None:
    doc = tagged(
        "Viele/PIAT Befragte/NN sind/VAFIN der/ART gegenteiligen/ADJA Auffassung/NN ,/$, "
        "dass/KOUS die/ART Reform/NN scheitert/VVFIN ./$."
    )
    assert cues(doc)[0] == ["sind", "der", "gegenteiligen", "Auffassung"]


def test_auxiliary_before_a_subject_apposition_belongs_to_the_cue() -> None:
    doc = tagged(
        "Gestern/ADV hatte/VAFIN ein/ART Sprecher/NN der/ART Stadt/NN ,/$, Max/NE Muster/NE ,/$, "
        "erklärt/VVPP ,/$, die/ART Brücke/NN bleibe/VVFIN gesperrt/VVPP ./$."
    )
    assert cues(doc)[0] == ["hatte", "erklärt"]


def test_auxiliary_of_another_clause_stays_out() -> None:
    doc = tagged(
        "Im/APPRART Süden/NN ist/VAFIN die/ART Miliz/NN aktiv/ADJD ,/$, wie/KOKOM "
        "Beobachter/NN berichtet/VVPP ,/$, haben/VAFIN Ärzte/NN bestätigt/VVPP ./$."
    )
    assert all("ist" not in c for c in cues(doc))


def test_state_of_sich_zeigen_after_the_subject_belongs_to_the_cue() -> None:
    doc = tagged(
        "Nach/APPR dem/ART Spiel/NN zeigte/VVFIN sich/PRF die/ART Trainerin/NN sehr/ADV "
        "zufrieden/VVFIN ,/$, dass/KOUS alle/PIS gesund/ADJD seien/VAFIN ./$."
    )
    assert cues(doc)[0] == ["zeigte", "sich", "zufrieden"]


def test_pronominal_adverb_before_the_state_of_sich_zeigen_belongs_to_the_cue() -> None:
    doc = tagged(
        "Die/ART Ärztin/NN zeigte/VVFIN sich/PRF vor/APPR allem/PIS darüber/PROAV "
        "besorgt/VVPP ,/$, dass/KOUS die/ART Fälle/NN zunehmen/VVFIN ./$."
    )
    assert cues(doc)[0] == ["zeigte", "sich", "darüber", "besorgt"]


def test_governed_word_of_a_coordinated_clause_stays_out() -> None:
    doc = tagged(
        "Es/PPER gab/VVFIN Streit/NN ,/$, weil/KOUS der/ART Rat/NN den/ART Bericht/NN "
        "zur/APPRART Kenntnis/NN nahm/VVFIN und/KON die/ART Stadt/NN aufforderte/VVFIN ,/$, "
        "die/ART Gebühren/NN zu/PTKZU senken/VVINF ./$."
    )
    assert cues(doc)[0] == ["aufforderte"]
