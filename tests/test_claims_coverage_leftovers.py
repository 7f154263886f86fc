"""Coverage checklist of leftover gaps (coverage round, session 9): constructions the first
engineers of the round found failing in modules they did not own.  Invented sentences,
hand-tagged as the nlp stage tags them, each with the expected claim of the evaluation layer
(form, content, speaker, cue words that must appear in the cue).

Covered here: the old spelling `daß` (normalised once where a sentence's lower-case forms are
made, `token_view.TokenView`), the cue of `äußerte den Verdacht, dass ...`, names with a
nobiliary particle (`Karl-Theodor zu Guttenberg`), a late subject after adverbials (`Dass ...,
bestätigte am Montag auf Anfrage ein Sprecher.`) and `verlautete aus X`."""

from __future__ import annotations

import pytest
from claims_docs import cues, hand_tagged, layer

from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def claims(doc: Doc) -> list[tuple[str, str, str | None, str]]:
    """(form, content, speaker, cue) of each claim of the evaluation layer."""
    return [(*a, c) for a, c in zip(layer(doc), cues(doc), strict=True)]


_MINISTER_SUB = "er/PPER/Case=Nom|Number=Sing werde/VAFIN/Mood=Sub|Number=Sing zurücktreten/VVINF"

CASES = [
    # ---- the old spelling `daß` -----------------------------------------------------------
    pytest.param(
        "Der/ART Minister/NN erklärte/VVFIN/Mood=Ind ,/$, daß/KOUS die/ART Steuern/NN "
        "steigen/VVINF würden/VAFIN/Mood=Sub ./$.",
        ("Indirect", "daß die Steuern steigen würden", "Der Minister", "erklärte"),
        id="erklaerte_dass_old_spelling",
    ),
    pytest.param(
        "Die/ART Gewerkschaft/NN bekräftigte/VVFIN/Mood=Ind ihre/PPOSAT Forderung/NN ,/$, "
        "daß/KOUS die/ART Löhne/NN steigen/VVINF müßten/VMFIN/Mood=Sub ./$.",
        ("Indirect", "daß die Löhne steigen müßten", "Die Gewerkschaft", "bekräftigte"),
        id="forderung_dass_old_spelling",
    ),
    pytest.param(
        "Die/ART Gewerkschaft/NN bekräftigte/VVFIN/Mood=Ind ihre/PPOSAT Forderung/NN ,/$, "
        "dass/KOUS die/ART Löhne/NN steigen/VVINF müssten/VMFIN/Mood=Sub ./$.",
        ("Indirect", "dass die Löhne steigen müssten", "Die Gewerkschaft", "bekräftigte"),
        id="forderung_dass",
    ),
    pytest.param(
        "Daß/KOUS der/ART Haushalt/NN ausgeglichen/ADJD sei/VAFIN/Mood=Sub ,/$, "
        "bezweifelte/VVFIN/Mood=Ind die/ART Opposition/NN ./$.",
        ("Indirect", "Daß der Haushalt ausgeglichen sei", "die Opposition", "bezweifelte"),
        id="fronted_dass_old_spelling",
    ),
    pytest.param(
        "Dass/KOUS der/ART Haushalt/NN ausgeglichen/ADJD sei/VAFIN/Mood=Sub ,/$, "
        "bezweifelte/VVFIN/Mood=Ind die/ART Opposition/NN ./$.",
        ("Indirect", "Dass der Haushalt ausgeglichen sei", "die Opposition", "bezweifelte"),
        id="fronted_dass",
    ),
    pytest.param(
        "Nachdem/KOUS bekannt/ADJD wurde/VAFIN/Mood=Ind ,/$, daß/KOUS der/ART Minister/NN "
        "zurücktreten/VVINF will/VMFIN/Mood=Ind ,/$, forderte/VVFIN/Mood=Ind die/ART "
        "Opposition/NN Neuwahlen/NN ./$.",
        ("Indirect", "daß der Minister zurücktreten will", None, "bekannt wurde"),
        id="nachdem_bekannt_wurde_dass_old_spelling",
    ),
    pytest.param(
        "Nachdem/KOUS bekannt/ADJD wurde/VAFIN/Mood=Ind ,/$, dass/KOUS der/ART Minister/NN "
        "zurücktreten/VVINF will/VMFIN/Mood=Ind ,/$, forderte/VVFIN/Mood=Ind die/ART "
        "Opposition/NN Neuwahlen/NN ./$.",
        ("Indirect", "dass der Minister zurücktreten will", None, "bekannt wurde"),
        id="nachdem_bekannt_wurde_dass",
    ),
    pytest.param(
        "Daß/KOUS die/ART Reform/NN komme/VVFIN/Mood=Sub ,/$, sagte/VVFIN/Mood=Ind der/ART/"
        "Case=Nom|Gender=Masc|Number=Sing Kanzler/NN/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ("Indirect", "Daß die Reform komme", "der Kanzler", "sagte"),
        id="fronted_dass_old_spelling_sagte",
    ),
    # ---- impersonal frames after an indicative clause -----------------------------------------
    pytest.param(
        "Die/ART Brücke/NN ist/VAFIN/Mood=Ind einsturzgefährdet/ADJD ,/$, heißt/VVFIN/Mood=Ind "
        "es/PPER im/APPRART Bericht/NN der/ART/Case=Gen Kommission/NN/Case=Gen ./$.",
        ("Indirect", "Die Brücke ist einsturzgefährdet", "Bericht der Kommission", "heißt"),
        id="heisst_es_im_bericht",
    ),
    pytest.param(
        "Die/ART Schule/NN bleibt/VVFIN/Mood=Ind geschlossen/VVPP ,/$, wurde/VAFIN/Mood=Ind "
        "am/APPRART Montag/NN bekanntgegeben/VVPP ./$.",
        ("Indirect", "Die Schule bleibt geschlossen", None, "bekanntgegeben"),
        id="wurde_am_montag_bekanntgegeben",
    ),
    pytest.param(
        "Der/ART Minister/NN will/VMFIN/Mood=Ind zurücktreten/VVINF ,/$, berichtet/VVFIN/Mood=Ind "
        "die/ART „/$( Welt/NN am/APPRART Sonntag/NN “/$( ./$.",
        ("Indirect", "Der Minister will zurücktreten", "die „Welt am Sonntag“", "berichtet"),
        id="berichtet_welt_am_sonntag",
    ),
    # ---- the cue around a noun of saying ----------------------------------------------------
    pytest.param(
        "Die/ART Polizei/NN äußerte/VVFIN/Mood=Ind den/ART Verdacht/NN ,/$, dass/KOUS "
        "der/ART Brand/NN gelegt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$.",
        ("Indirect", "dass der Brand gelegt worden sei", "Die Polizei", "äußerte den Verdacht"),
        id="aeusserte_den_verdacht_cue",
    ),
    pytest.param(
        "Die/ART Polizei/NN äußerte/VVFIN/Mood=Ind die/ART Vermutung/NN ,/$, dass/KOUS "
        "der/ART Brand/NN gelegt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$.",
        ("Indirect", "dass der Brand gelegt worden sei", "Die Polizei", "äußerte die Vermutung"),
        id="aeusserte_die_vermutung_cue",
    ),
    pytest.param(
        "Dass/KOUS der/ART Minister/NN zurücktreten/VVINF werde/VAFIN/Mood=Sub ,/$, "
        "teilte/VVFIN/Mood=Ind am/APPRART Dienstag/NN die/ART/Case=Nom|Gender=Fem|Number=Sing "
        "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing mit/PTKVZ ./$.",
        ("Indirect", "Dass der Minister zurücktreten werde", "die Stadt", "teilte mit"),
        id="dass_teilte_am_dienstag_die_stadt_mit",
    ),
    # ---- a late subject after adverbials -----------------------------------------------------
    pytest.param(
        "Dass/KOUS der/ART Minister/NN zurücktreten/VVINF werde/VAFIN/Mood=Sub ,/$, "
        "bestätigte/VVFIN/Mood=Ind am/APPRART Montag/NN auf/APPR Anfrage/NN "
        "ein/ART/Case=Nom|Gender=Masc|Number=Sing Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ("Indirect", "Dass der Minister zurücktreten werde", "ein Sprecher", "bestätigte"),
        id="dass_bestaetigte_am_montag_auf_anfrage",
    ),
    pytest.param(
        "Der/ART Minister/NN werde/VAFIN/Mood=Sub zurücktreten/VVINF ,/$, "
        "bestätigte/VVFIN/Mood=Ind am/APPRART Montag/NN auf/APPR Anfrage/NN "
        "ein/ART/Case=Nom|Gender=Masc|Number=Sing Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ("Indirect", "Der Minister werde zurücktreten", "ein Sprecher", "bestätigte"),
        id="konjunktiv_bestaetigte_auf_anfrage",
    ),
]


#: `verlauten` and the tagger's `wolle/PTKNEG`; names with a nobiliary particle (with the
#: PERSON mention the NER stage gives: the given name alone)
_TRUPPE = (
    "Die/ART Truppe/NN bleibe/VVFIN/Mood=Sub in/APPR Afghanistan/NE ,/$, sagte/VVFIN/Mood=Ind "
)
WITH_PERSONS = [
    pytest.param(
        "Der/ART Minister/NN wolle/PTKNEG zurücktreten/VVINF ,/$, verlautete/VVFIN/Mood=Ind "
        "aus/APPR Regierungskreisen/NN ./$.",
        (),
        ("Indirect", "Der Minister wolle zurücktreten", "aus Regierungskreisen", "verlautete"),
        id="wolle_misread_verlautete_aus",
    ),
    pytest.param(
        "Die/ART Regierung/NN wolle/VMFIN/Mood=Sub die/ART Steuern/NN senken/VVINF ,/$, "
        "verlautete/VVFIN/Mood=Ind am/APPRART Montag/NN aus/APPR Koalitionskreisen/NN ./$.",
        (),
        (
            "Indirect",
            "Die Regierung wolle die Steuern senken",
            "aus Koalitionskreisen",
            "verlautete",
        ),
        id="verlautete_am_montag_aus",
    ),
    pytest.param(
        _TRUPPE + "Karl-Theodor/NE zu/APPR Guttenberg/NE am/APPRART Montag/NN ./$.",
        ("Karl-Theodor",),
        ("Indirect", "Die Truppe bleibe in Afghanistan", "Karl-Theodor zu Guttenberg", "sagte"),
        id="sagte_karl_theodor_zu_guttenberg",
    ),
    pytest.param(
        "Laut/APPR Karl-Theodor/NE zu/APPR Guttenberg/NE bleibt/VVFIN/Mood=Ind die/ART "
        "Truppe/NN in/APPR Afghanistan/NE ./$.",
        ("Karl-Theodor",),
        ("Indirect", "bleibt die Truppe in Afghanistan", "Karl-Theodor zu Guttenberg", "Laut"),
        id="laut_karl_theodor_zu_guttenberg",
    ),
    pytest.param(
        _TRUPPE + "Thomas/NE de/NE Maizière/NE ./$.",
        ("Thomas",),
        ("Indirect", "Die Truppe bleibe in Afghanistan", "Thomas de Maizière", "sagte"),
        id="sagte_thomas_de_maiziere",
    ),
    pytest.param(
        _TRUPPE + "Merkel/NE zu/APPR Obama/NE ./$.",
        ("Merkel", "Obama"),
        ("Indirect", "Die Truppe bleibe in Afghanistan", "Merkel", "sagte"),
        id="sagte_merkel_zu_obama_is_no_name",
    ),
    pytest.param(
        _TRUPPE + "Peter/NE zu/APPR Maria/NE ./$.",
        ("Peter", "Maria"),
        ("Indirect", "Die Truppe bleibe in Afghanistan", "Peter", "sagte"),
        id="sagte_peter_zu_maria_is_no_name",
    ),
]


@pytest.mark.parametrize(("sentence", "persons", "expected"), WITH_PERSONS)
def test_leftover_construction_with_persons(
    sentence: str, persons: tuple[str, ...], expected: tuple[str, str, str | None, str]
) -> None:
    got = claims(hand_tagged([[sentence]], glue_punctuation=True, persons=persons))
    match = [c for c in got if c[:3] == expected[:3]]
    assert match, f"{expected} not among {got}"
    assert expected[3] in match[0][3], match[0][3]


#: constructions still read wrongly, by case id (not strict: other engineers change the
#: clause and speaker rules in the same tree)
_GAPS: dict[str, str] = {}


def _params() -> list[object]:
    out: list[object] = []
    for p in CASES:
        reason = _GAPS.get(str(p.id))
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        out.append(pytest.param(*p.values, id=p.id, marks=marks))
    return out


@pytest.mark.parametrize(("sentence", "expected"), _params())
def test_leftover_construction(sentence: str, expected: tuple[str, str, str | None, str]) -> None:
    got = claims(tagged(sentence))
    match = [c for c in got if c[:3] == expected[:3]]
    assert match, f"{expected} not among {got}"
    assert expected[3] in match[0][3], match[0][3]


@pytest.mark.parametrize(
    "name", ["„/$( Bild/NE “/$( -/$( Zeitung/NN", "„/$( taz/NE “/$( -/$( Redaktion/NN"]
)
def test_back_pointing_frame_with_a_quoted_name_compound(name: str) -> None:
    """`Das berichtet die „taz“-Redaktion.`: the compound on a quoted name (also a lower-case
    one) is the whole speaker, not the name up to its closing mark."""
    doc = tagged(
        "Der/ART Minister/NN will/VMFIN/Mood=Ind zurücktreten/VVINF ./$.",
        "Das/PDS berichtet/VVFIN/Mood=Ind die/ART " + name + " ./$.",
    )
    words = " ".join(w.split("/")[0] for w in name.split(" "))
    speaker = words.replace("„ ", "„").replace(" “", "“")
    got = claims(doc)
    assert ("Indirect", "Der Minister will zurücktreten", "die " + speaker) in [
        c[:3] for c in got
    ], got
