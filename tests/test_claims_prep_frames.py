"""Prepositional frames inside a sentence (`prepositional.py`) on invented hand-tagged
sentences: which clause a `laut`/`nach Angaben`/`zufolge` frame reports, and where the content
goes on after an inserted `so X`."""

from __future__ import annotations

from test_claims_speakers import tagged

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def contents(doc: Doc) -> list[tuple[str, str | None, str]]:
    """(cue words, speaker, content parts joined by ' | ') of each attribution."""
    out = []
    for f in doc.layers[LAYER]:
        speaker = doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        cue = " ".join(doc.text[s:e] for s, e in f.cue)
        out.append((cue, speaker, " | ".join(doc.text[s:e] for s, e in f.parts)))
    return out


def test_relative_pronoun_read_as_demonstrative_opens_the_clause_of_the_frame() -> None:
    doc = tagged(
        "Der/ART Bau/NN stoppte/VVFIN wegen/APPR eines/ART Gutachtens/NN ,/$, das/PDS "
        "nach/APPR Angaben/NN des/ART Ministeriums/NN erst/ADV im/APPRART Mai/NN ,/$, "
        "Juni/NN oder/KON Juli/NN fertig/ADJD werde/VAFIN/Mood=Sub ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "das | erst im Mai , Juni oder Juli fertig werde"


def test_fronted_clause_ending_in_its_verb_belongs_to_the_content() -> None:
    doc = tagged(
        "Nachdem/KOUS die/ART Schiffe/NN ,/$, die/PRELS im/APPRART Hafen/NN lagen/VVFIN ,/$, "
        "ausgelaufen/VVPP waren/VAFIN ,/$, ist/VAFIN es/PPER laut/APPR Polizei/NN zu/APPR "
        "Staus/NN gekommen/VVPP ./$."
    )
    [(_, speaker, content)] = contents(doc)
    assert speaker == "Polizei"
    assert content.startswith("Nachdem die Schiffe") and content.endswith("zu Staus gekommen")


def test_relative_clause_before_the_main_verb_does_not_hold_the_frame() -> None:
    doc = tagged(
        "Gegen/APPR Beamte/NN ,/$, die/PRELS nicht/PTKNEG reagierten/VVFIN ,/$, sollen/VMFIN "
        "nach/APPR Ansicht/NN der/ART Kommission/NN bald/ADV Verfahren/NN eröffnet/VVPP "
        "werden/VAINF ./$."
    )
    [(_, _, content)] = contents(doc)
    assert (
        content == "Gegen Beamte , die nicht reagierten , sollen | bald Verfahren eröffnet werden"
    )


def test_clause_after_a_colon_is_the_content_of_a_frame_in_it() -> None:
    doc = tagged(
        "Zum/APPRART Vergleich/NN :/$. Die/ART Zahl/NN der/ART Gäste/NN betrug/VVFIN "
        "nach/APPR Angaben/NN des/ART Hotels/NN im/APPRART Juni/NN 200/CARD ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "Die Zahl der Gäste betrug | im Juni 200"


def test_pronominal_adverb_opens_the_clause_of_the_frame() -> None:
    doc = tagged(
        "Er/PPER rief/VVFIN den/ART Sprecher/NN an/PTKVZ ,/$, worauf/PWAV dieser/PDS "
        "nach/APPR Angaben/NN der/ART Zeitung/NN schwieg/VVFIN ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "worauf dieser | schwieg"


def test_relative_pronoun_before_zufolge_is_the_source() -> None:
    doc = tagged(
        "Er/PPER verwies/VVFIN auf/APPR Grundsätze/NN ,/$, denen/PRELS zufolge/APPO "
        "niemand/PIS verdächtig/ADJD sei/VAFIN/Mood=Sub ./$."
    )
    assert contents(doc) == [("zufolge", "denen", "niemand verdächtig sei")]


def test_inserted_so_frame_with_a_relative_clause_on_its_source() -> None:
    doc = tagged(
        "Im/APPRART Mai/NN ,/$, so/ADV der/ART Richter/NN ,/$, der/PRELS den/ART Fall/NN "
        "untersuchte/VVFIN ,/$, seien/VAFIN/Mood=Sub 300/CARD Menschen/NN deportiert/VVPP "
        "worden/VAPP ./$."
    )
    [(cue, speaker, content)] = contents(doc)
    assert cue == "so" and speaker == "der Richter"
    assert content == "Im Mai | seien 300 Menschen deportiert worden"


def test_inserted_so_frame_with_an_adverbial_of_its_source() -> None:
    doc = tagged(
        "Doch/KON sei/VAFIN/Mood=Sub es/PPER ,/$, so/ADV der/ART Autor/NN in/APPR einem/ART "
        "Blog/NN ,/$, ein/ART Fehler/NN gewesen/VAPP ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "Doch sei es | ein Fehler gewesen"


def test_relative_clause_after_a_trailing_so_frame_is_no_content() -> None:
    doc = tagged(
        "Die/ART Methoden/NN sind/VAFIN unwirksam/ADJD ,/$, so/ADV das/ART Ergebnis/NN "
        "einer/ART Studie/NN ,/$, in/APPR der/ART Forscher/NN 50/CARD Methoden/NN "
        "untersucht/VVPP haben/VAFIN ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "Die Methoden sind unwirksam"


def test_trailing_so_frame_reports_the_clause_after_a_colon() -> None:
    doc = tagged(
        "Am/APPRART Montag/NN war/VAFIN klar/ADJD :/$. Der/ART Verband/NN unterstützt/VVFIN "
        "den/ART Streik/NN ,/$, so/ADV der/ART Sprecher/NN ./$."
    )
    [(_, speaker, content)] = contents(doc)
    assert speaker == "der Sprecher"
    assert content == "Der Verband unterstützt den Streik"


def test_opening_source_frame_keeps_the_comment_clause() -> None:
    doc = tagged(
        "Laut/APPR Polizei/NN blieben/VVFIN einige/PIAT Fans/NN auf/APPR dem/ART Platz/NN ,/$, "
        "woraufhin/PWAV die/ART Beamten/NN Wasserwerfer/NN auffuhren/VVFIN ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content.endswith("woraufhin die Beamten Wasserwerfer auffuhren")


def test_content_goes_on_after_a_wie_frame_inserted_after_a_relative_pronoun() -> None:
    doc = tagged(
        "Er/PPER ist/VAFIN empört/ADJD ;/$. die/ART Behörde/NN ,/$, die/PRELS ,/$, wie/PWAV "
        "er/PPER sagt/VVFIN ,/$, einseitig/ADJD ermittelt/VVPP habe/VAFIN/Mood=Sub ,/$, "
        "schweige/VVFIN/Mood=Sub nun/ADV ./$."
    )
    [(cue, _, content)] = contents(doc)
    assert cue == "wie sagt"
    assert content == "die Behörde , die | einseitig ermittelt habe"


def test_content_goes_on_after_a_wie_frame_before_the_complements() -> None:
    doc = tagged(
        "Die/ART Kürzung/NN verstoße/VVFIN/Mood=Sub ,/$, wie/PWAV der/ART Anwalt/NN "
        "erklärte/VVFIN ,/$, gegen/APPR den/ART Grundsatz/NN der/ART Gleichheit/NN ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "Die Kürzung verstoße | gegen den Grundsatz der Gleichheit"


def test_wie_frame_before_a_clause_of_its_own_takes_only_the_text_before() -> None:
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, wie/PWAV der/ART Anwalt/NN "
        "erklärte/VVFIN ,/$, die/ART Polizei/NN prüfe/VVFIN/Mood=Sub den/ART Fall/NN ./$."
    )
    found = contents(doc)
    assert found[0][2] == "Die Lage sei ernst"


def test_frame_filling_the_vorfeld_after_a_complete_clause_reports_its_own_clause() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN äußerte/VVFIN sich/PRF gegenüber/APPR der/ART Presse/NN ,/$, "
        "nach/APPR neuen/ADJA Erkenntnissen/NN habe/VAFIN/Mood=Sub ein/ART Fremder/NN "
        "den/ART Namen/NN benutzt/VVPP ./$."
    )
    found = [c for c in contents(doc) if c[0] == "nach"]
    assert [content for _, _, content in found] == ["habe ein Fremder den Namen benutzt"]


def test_second_predicate_after_a_complete_main_clause_holds_the_frame() -> None:
    doc = tagged(
        "Der/ART Start/NN wird/VAFIN im/APPRART Mai/NN erwartet/VVPP ,/$, kann/VMFIN "
        "nach/APPR Angaben/NN der/ART Agentur/NN aber/ADV auch/ADV später/ADJD "
        "erfolgen/VVINF ./$."
    )
    [(_, _, content)] = contents(doc)
    assert content == "kann | aber auch später erfolgen"
