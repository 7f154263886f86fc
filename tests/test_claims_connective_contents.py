"""Contents that open with a connective (`foreign_contents.connective_contents`), on invented hand-tagged
sentences in the ``word/TAG[/morph]`` notation of ``test_claims_speakers.py``."""

from __future__ import annotations

from test_claims_speakers import speakers, tagged

from newsgraph.claims.stage import LAYER


def test_second_main_clause_after_und_is_no_content_of_the_first_verb() -> None:
    doc = tagged(
        "Der/ART Rat/NN stufte/VVFIN das/ART Gesetz/NN als/KOKOM verfassungswidrig/ADJD "
        "ein/PTKVZ ,/$, und/KON das/ART Hilfswerk/NN Unicef/NE rief/VVFIN Russland/NE "
        "auf/PTKVZ ,/$, das/ART Verbot/NN nicht/PTKNEG durchzusetzen/VVIZU ./$."
    )
    # the first main clause is a speech act of its own (`stufte … als … ein`), cut before the
    # second; its verb frames nothing after the comma
    found = speakers(doc)
    assert sorted(found, key=str) == ["Der Rat", "das Hilfswerk Unicef"], found
    kinds = {doc.text[f.parts[0][0] : f.parts[-1][1]]: f.kind for f in doc.layers[LAYER]}
    assert kinds == {
        "Der Rat stufte das Gesetz als verfassungswidrig ein": "Reported",
        "das Verbot nicht durchzusetzen": "Indirect",
    }, kinds


def test_causal_clause_is_no_content_of_the_verb_before_it() -> None:
    doc = tagged(
        "Die/ART Mitglieder/NN haben/VAFIN gegen/APPR die/ART Erhöhung/NN "
        "protestiert/VVPP ,/$, da/KOUS sie/PPER befürchten/VVFIN ,/$, viele/PIAT "
        "Familien/NN könnten/VMFIN/Mood=Sub sich/PRF die/ART Tiere/NN nicht/PTKNEG "
        "mehr/ADV leisten/VVINF ./$."
    )
    found = speakers(doc)
    assert found == ["sie"], found


def test_nested_report_keeps_its_outer_frame() -> None:
    # `die Ministerin habe gefordert, ...` opens with a noun phrase: a report inside a report
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN ,/$, die/ART Ministerin/NN habe/VAFIN/Mood=Sub "
        "gefordert/VVPP ,/$, dass/KOUS die/ART Schule/NN saniert/VVPP werde/VAFIN/Mood=Sub ./$."
    )
    found = speakers(doc)
    assert "Der Sprecher" in found, found
