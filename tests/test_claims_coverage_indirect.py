"""Coverage checklist of indirect and free indirect speech in everyday German news copy
(coverage round, session 9): invented sentences, hand-tagged as the nlp stage tags them, each
with the expected claim of the evaluation layer (form, content, speaker, cue).  The rules of
`complement_heads.py` (`daß`, a fact noun a verb of saying utters, an adverbial clause between
frame and content), of `noun_colon_frames.py` (`Die Forderung der Gewerkschaft: Die Löhne
müssten steigen.`) and the `gab zu verstehen` / `ließ offen` phrases of `cues_de.yaml` close
the gaps this checklist found; the rest guards constructions that already worked."""

from __future__ import annotations

import pytest
from claims_docs import cues, hand_tagged, layer

from newsgraph.claims.stage import LAYER
from newsgraph.doc import Doc


def tagged(*sentences: str) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def claims(doc: Doc) -> list[tuple[str, str, str | None, str]]:
    """(form, content, speaker, cue) of each claim of the evaluation layer."""
    return [(*a, c) for a, c in zip(layer(doc), cues(doc), strict=True)]


SINGLE_SENTENCE = [
    pytest.param(
        "Der/ART Minister/NN ließ/VVFIN/Mood=Ind offen/ADJD ,/$, ob/KOUS die/ART Steuer/NN im/APPRART kommenden/ADJA Jahr/NN steigen/VVINF werde/VAFIN/Mood=Sub ./$.",
        ("Indirect", "ob die Steuer im kommenden Jahr steigen werde", "Der Minister", "ließ offen"),
        id="liess_offen_ob",
    ),
    pytest.param(
        "Die/ART Kanzlerin/NN gab/VVFIN/Mood=Ind zu/PTKZU verstehen/VVINF ,/$, dass/KOUS sie/PPER mit/APPR dem/ART Ergebnis/NN nicht/PTKNEG zufrieden/ADJD sei/VAFIN/Mood=Sub ./$.",
        (
            "Indirect",
            "dass sie mit dem Ergebnis nicht zufrieden sei",
            "Die Kanzlerin",
            "gab zu verstehen",
        ),
        id="gab_zu_verstehen",
    ),
    pytest.param(
        "Der/ART Bürgermeister/NN äußerte/VVFIN/Mood=Ind die/ART Befürchtung/NN ,/$, dass/KOUS die/ART Kosten/NN weiter/ADV steigen/VVINF könnten/VMFIN/Mood=Sub ./$.",
        ("Indirect", "dass die Kosten weiter steigen könnten", "Der Bürgermeister", "äußerte"),
        id="aeusserte_befuerchtung",
    ),
    pytest.param(
        "Die/ART Polizei/NN äußerte/VVFIN/Mood=Ind den/ART Verdacht/NN ,/$, dass/KOUS der/ART Brand/NN gelegt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$.",
        ("Indirect", "dass der Brand gelegt worden sei", "Die Polizei", None),
        id="aeusserte_verdacht",
    ),
    pytest.param(
        "Die/ART Trainerin/NN äußerte/VVFIN/Mood=Ind die/ART Hoffnung/NN ,/$, dass/KOUS die/ART Mannschaft/NN den/ART Abstieg/NN noch/ADV verhindern/VVINF könne/VMFIN/Mood=Sub ./$.",
        (
            "Indirect",
            "dass die Mannschaft den Abstieg noch verhindern könne",
            "Die Trainerin",
            "äußerte",
        ),
        id="aeusserte_hoffnung",
    ),
    pytest.param(
        "Der/ART Sprecher/NN sagte/VVFIN/Mood=Ind am/APPRART Montag/NN ,/$, nachdem/KOUS er/PPER die/ART Unglücksstelle/NN besucht/VVPP hatte/VAFIN/Mood=Ind ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
        ("Indirect", "die Lage sei ernst", "Der Sprecher", "sagte"),
        id="adverbial_clause_before_content",
    ),
    pytest.param(
        "Die/ART Mutter/NN fragte/VVFIN/Mood=Ind ,/$, als/KOUS sie/PPER den/ART Brief/NN gelesen/VVPP hatte/VAFIN/Mood=Ind ,/$, ob/KOUS das/ART Amt/NN den/ART Fehler/NN korrigieren/VVINF werde/VAFIN/Mood=Sub ./$.",
        ("Indirect", "ob das Amt den Fehler korrigieren werde", "Die Mutter", "fragte"),
        id="adverbial_clause_before_ob",
    ),
    pytest.param(
        "Der/ART Minister/NN hat/VAFIN/Mood=Ind offen/ADJD gelassen/VVPP ,/$, ob/KOUS er/PPER "
        "erneut/ADJD kandidiert/VVFIN/Mood=Ind ./$.",
        ("Indirect", "ob er erneut kandidiert", "Der Minister", "hat offen gelassen"),
        id="hat_offen_gelassen_ob",
    ),
    pytest.param(
        "Die/ART Behörde/NN hat/VAFIN/Mood=Ind zu/PTKZU verstehen/VVINF gegeben/VVPP ,/$, "
        "dass/KOUS sie/PPER den/ART Antrag/NN ablehnen/VVINF werde/VAFIN/Mood=Sub ./$.",
        (
            "Indirect",
            "dass sie den Antrag ablehnen werde",
            "Die Behörde",
            "hat zu verstehen gegeben",
        ),
        id="hat_zu_verstehen_gegeben",
    ),
    pytest.param(
        "Der/ART Sprecher/NN sagte/VVFIN/Mood=Ind am/APPRART Montag/NN in/APPR Berlin/NE ,/$, "
        "nachdem/KOUS das/ART Kabinett/NN getagt/VVPP hatte/VAFIN/Mood=Ind ,/$, man/PIS "
        "sei/VAFIN/Mood=Sub zufrieden/ADJD ./$.",
        ("Indirect", "man sei zufrieden", "Der Sprecher", "sagte"),
        id="adverbial_clause_before_man_clause",
    ),
    pytest.param(
        "Der/ART Sprecher/NN erklärte/VVFIN/Mood=Ind ,/$, daß/KOUS die/ART Firma/NN keine/PIAT Stellen/NN abbauen/VVINF wird/VAFIN/Mood=Ind ./$.",
        ("Indirect", "daß die Firma keine Stellen abbauen wird", "Der Sprecher", "erklärte"),
        id="old_spelling_dass",
    ),
    pytest.param(
        "Der/ART Trainer/NN gab/VVFIN/Mood=Ind sich/PRF überzeugt/VVFIN/Mood=Ind ,/$, dass/KOUS "
        "die/ART Mannschaft/NN den/ART Klassenerhalt/NN schaffe/VVFIN/Mood=Sub ./$.",
        (
            "Indirect",
            "dass die Mannschaft den Klassenerhalt schaffe",
            "Der Trainer",
            "gab sich überzeugt",
        ),
        id="gab_sich_ueberzeugt",
    ),
    pytest.param(
        "Die/ART Forscher/NN sehen/VVFIN/Mood=Ind die/ART Gefahr/NN ,/$, dass/KOUS sich/PRF "
        "das/ART Virus/NN weiter/ADV ausbreite/VVFIN/Mood=Sub ./$.",
        ("Indirect", "dass sich das Virus weiter ausbreite", "Die Forscher", None),
        id="sehen_die_gefahr",
    ),
    pytest.param(
        "Die/ART Ärztin/NN machte/VVFIN/Mood=Ind darauf/PROAV aufmerksam/ADJD ,/$, dass/KOUS "
        "die/ART Zahl/NN der/ART Fälle/NN steige/VVFIN/Mood=Sub ./$.",
        ("Indirect", "dass die Zahl der Fälle steige", "Die Ärztin", None),
        id="machte_darauf_aufmerksam",
    ),
    pytest.param(
        "Der/ART Vorstand/NN betonte/VVFIN/Mood=Ind ,/$, man/PIS werde/VAFIN/Mood=Sub an/APPR dem/ART Standort/NN festhalten/VVINF ./$.",
        ("Indirect", "man werde an dem Standort festhalten", "Der Vorstand", "betonte"),
        id="man_subject",
    ),
    pytest.param(
        "Die/ART Ministerin/NN zeigte/VVFIN/Mood=Ind sich/PRF überzeugt/VVFIN/Mood=Ind ,/$, dass/KOUS die/ART Reform/NN gelingen/VVINF werde/VAFIN/Mood=Sub ./$.",
        ("Indirect", "dass die Reform gelingen werde", "Die Ministerin", "zeigte sich überzeugt"),
        id="zeigte_sich_ueberzeugt",
    ),
    pytest.param(
        "Der/ART Verband/NN warnte/VVFIN/Mood=Ind davor/PROAV ,/$, dass/KOUS viele/PIAT Betriebe/NN schließen/VVINF müssten/VMFIN/Mood=Sub ./$.",
        ("Indirect", "dass viele Betriebe schließen müssten", "Der Verband", "warnte davor"),
        id="warnte_davor",
    ),
    pytest.param(
        "Der/ART Arzt/NN wies/VVFIN/Mood=Ind darauf/PROAV hin/ADV ,/$, dass/KOUS die/ART Zahl/NN der/ART Fälle/NN deutlich/ADV gestiegen/VVPP sei/VAFIN/Mood=Sub ./$.",
        (
            "Indirect",
            "dass die Zahl der Fälle deutlich gestiegen sei",
            "Der Arzt",
            "wies darauf hin",
        ),
        id="wies_darauf_hin",
    ),
    pytest.param(
        "Der/ART Konzern/NN räumte/VVFIN/Mood=Ind ein/ADV ,/$, dass/KOUS Fehler/NN gemacht/VVPP worden/VAPP seien/VAFIN/Mood=Sub ./$.",
        ("Indirect", "dass Fehler gemacht worden seien", "Der Konzern", "räumte ein"),
        id="raeumte_ein",
    ),
    pytest.param(
        "Die/ART Regierung/NN kündigte/VVFIN/Mood=Ind an/APPR ,/$, die/ART Steuern/NN im/APPRART nächsten/ADJA Jahr/NN zu/PTKZU senken/VVINF ./$.",
        ("Indirect", "die Steuern im nächsten Jahr zu senken", "Die Regierung", "kündigte an"),
        id="kuendigte_an_zu",
    ),
    pytest.param(
        "Der/ART Angeklagte/NN bestritt/VVFIN/Mood=Ind ,/$, das/ART Geld/NN gestohlen/VVPP zu/PTKZU haben/VAINF ./$.",
        ("Indirect", "das Geld gestohlen zu haben", "Der Angeklagte", "bestritt"),
        id="bestritt_zu_haben",
    ),
    pytest.param(
        "Der/ART Abgeordnete/NN fragte/VVFIN/Mood=Ind ,/$, ob/KOUS die/ART Regierung/NN von/APPR den/ART Plänen/NN gewusst/VVPP habe/VAFIN/Mood=Sub ./$.",
        ("Indirect", "ob die Regierung von den Plänen gewusst habe", "Der Abgeordnete", "fragte"),
        id="fragte_ob",
    ),
    pytest.param(
        "Der/ART Innenminister/NN wollte/VMFIN/Mood=Ind nicht/PTKNEG ausschließen/VVINF ,/$, dass/KOUS es/PPER weitere/ADJA Anschläge/NN geben/VVINF könne/VMFIN/Mood=Sub ./$.",
        ("Indirect", "dass es weitere Anschläge geben könne", "Der Innenminister", None),
        id="wollte_nicht_ausschliessen",
    ),
    pytest.param(
        "Der/ART Sprecher/NN sagte/VVFIN/Mood=Ind ,/$, die/ART Gespräche/NN seien/VAFIN/Mood=Sub schwierig/ADJD und/KON eine/ART Einigung/NN sei/VAFIN/Mood=Sub nicht/PTKNEG in/APPR Sicht/NN ./$.",
        (
            "Indirect",
            "die Gespräche seien schwierig und eine Einigung sei nicht in Sicht",
            "Der Sprecher",
            "sagte",
        ),
        id="two_clauses_und",
    ),
    pytest.param(
        "Die/ART Ministerin/NN sagte/VVFIN/Mood=Ind ,/$, die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, aber/KON man/PIS habe/VAFIN/Mood=Sub sie/PPER unter/APPR Kontrolle/NN ./$.",
        (
            "Indirect",
            "die Lage sei ernst, aber man habe sie unter Kontrolle",
            "Die Ministerin",
            "sagte",
        ),
        id="two_clauses_aber",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SINGLE_SENTENCE)
def test_indirect_speech_construction(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    kind, content, speaker, cue = expected
    found = claims(tagged(sentence))
    assert [(k, c, s) for k, c, s, _ in found] == [(kind, content, speaker)]
    if cue is not None:
        assert found[0][3] == cue


def test_fact_noun_alone_keeps_its_clause() -> None:
    # `der Verdacht, dass …` without a verb that utters it states a suspicion, no claim
    doc = tagged(
        "Der/ART Verdacht/NN ,/$, dass/KOUS der/ART Brand/NN gelegt/VVPP worden/VAPP "
        "sei/VAFIN/Mood=Sub ,/$, erhärtete/VVFIN/Mood=Ind sich/PRF ./$."
    )
    assert [c for c in claims(doc) if c[1].startswith("dass der Brand")] == []


def test_fact_noun_after_a_verb_that_utters_nothing_is_no_content() -> None:
    # `Die Spuren erhärteten den Verdacht, dass …`: no verb of saying, the clause stays the noun's
    doc = tagged(
        "Die/ART Spuren/NN erhärteten/VVFIN/Mood=Ind den/ART Verdacht/NN ,/$, dass/KOUS "
        "der/ART Brand/NN gelegt/VVPP worden/VAPP sei/VAFIN/Mood=Sub ./$."
    )
    assert claims(doc) == []


def test_subordinate_clause_with_its_own_speech_verb_frames_the_rest() -> None:
    # `während die Feuerwehr erklärte, …`: the clause is a frame of its own, not an insertion
    doc = tagged(
        "Der/ART Bürgermeister/NN sagte/VVFIN/Mood=Ind am/APPRART Montag/NN ,/$, während/KOUS "
        "die/ART Feuerwehr/NN erklärte/VVFIN/Mood=Ind ,/$, der/ART Brand/NN sei/VAFIN/Mood=Sub "
        "gelöscht/ADJD ./$."
    )
    assert [(k, s) for k, _, s, _ in claims(doc)] == [("Indirect", "die Feuerwehr")]


def test_konjunktiv_adverbial_clause_stays_in_the_content() -> None:
    # a Konjunktiv adverbial clause is itself reported: the content starts at it
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN/Mood=Ind ,/$, nachdem/KOUS die/ART Firma/NN "
        "gezahlt/VVPP habe/VAFIN/Mood=Sub ,/$, sei/VAFIN/Mood=Sub der/ART Streit/NN "
        "beigelegt/VVPP ./$."
    )
    [(kind, content, speaker, _)] = claims(doc)
    assert (kind, speaker) == ("Indirect", "Der Sprecher")
    assert content.startswith("nachdem")


def test_konjunktiv_sentences_continue_the_report() -> None:
    doc = tagged(
        "Der/ART Bürgermeister/NN sagte/VVFIN/Mood=Ind ,/$, die/ART Brücke/NN "
        "werde/VAFIN/Mood=Sub im/APPRART Sommer/NN saniert/VVPP ./$.",
        "Der/ART Verkehr/NN werde/VAFIN/Mood=Sub umgeleitet/VVPP ./$.",
    )
    found = claims(doc)
    assert found[0] == (
        "Indirect",
        "die Brücke werde im Sommer saniert",
        "Der Bürgermeister",
        "sagte",
    )
    assert [(c, s) for _, c, s, _ in found[1:]] == [
        ("Der Verkehr werde umgeleitet.", "Der Bürgermeister")
    ]
    assert found[1][0] in ("FreeIndirect", "IndirectFreeIndirect")


def test_soll_hearsay_continues_the_report() -> None:
    doc = tagged(
        "Die/ART Polizei/NN sagte/VVFIN/Mood=Ind ,/$, der/ART Mann/NN sei/VAFIN/Mood=Sub "
        "geflohen/VVPP ./$.",
        "Er/PPER soll/VMFIN/Mood=Ind mehrere/PIAT Autos/NN beschädigt/VVPP haben/VAINF ./$.",
    )
    assert [(k, c, s) for k, c, s, _ in claims(doc)][1:] == [
        ("FreeIndirect", "Er soll mehrere Autos beschädigt haben.", "Die Polizei")
    ]


def test_soll_hearsay_without_a_frame_is_an_alleged_record_claim() -> None:
    # the article's own hearsay: a record claim without a speaker, outside the layer
    doc = tagged(
        "Der/ART Mann/NN soll/VMFIN/Mood=Ind in/APPR der/ART Nacht/NN mehrere/PIAT Autos/NN "
        "beschädigt/VVPP haben/VAINF ./$."
    )
    assert claims(doc) == []
    assert [c.stance for c in doc.article.claims] == ["alleged"]


def test_offen_gelassen_without_complement_is_no_frame() -> None:
    doc = tagged(
        "Die/ART Polizei/NN hat/VAFIN/Mood=Ind die/ART Straße/NN offen/ADJD gelassen/VVPP ,/$, "
        "weil/KOUS der/ART Verkehr/NN zu/APPR stark/ADJD war/VAFIN/Mood=Ind ./$."
    )
    assert claims(doc) == []


def test_ohne_complement_liess_offen_is_no_frame() -> None:
    doc = tagged(
        "Die/ART Stadt/NN ließ/VVFIN/Mood=Ind das/ART Tor/NN offen/ADJD ,/$, weil/KOUS "
        "der/ART Verkehr/NN zu/APPR stark/ADJD war/VAFIN/Mood=Ind ./$."
    )
    assert claims(doc) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die/ART Forderung/NN der/ART Gewerkschaft/NN :/$. Die/ART Löhne/NN "
            "müssten/VMFIN/Mood=Sub deutlich/ADJD steigen/VVINF ./$.",
            ("Indirect", "Die Löhne müssten deutlich steigen", "der Gewerkschaft", "Die Forderung"),
        ),
        (
            "Seine/PPOSAT Begründung/NN :/$. Das/ART Gesetz/NN sei/VAFIN/Mood=Sub "
            "verfassungswidrig/ADJD ./$.",
            ("Indirect", "Das Gesetz sei verfassungswidrig", "Seine", "Seine Begründung"),
        ),
        (
            "Der/ART Vorwurf/NN der/ART Opposition/NN :/$. Die/ART Regierung/NN "
            "habe/VAFIN/Mood=Sub das/ART Parlament/NN getäuscht/VVPP ./$.",
            (
                "Indirect",
                "Die Regierung habe das Parlament getäuscht",
                "der Opposition",
                "Der Vorwurf",
            ),
        ),
        (
            "Ihre/PPOSAT Antwort/NN :/$. Man/PIS werde/VAFIN/Mood=Sub den/ART Vorschlag/NN "
            "prüfen/VVINF ./$.",
            ("Indirect", "Man werde den Vorschlag prüfen", "Ihre", "Ihre Antwort"),
        ),
        (
            # a cue verb inside the content (`drohe`) is no frame of its own
            "Die/ART Kritik/NN der/ART Verbände/NN :/$. Wenn/KOUS nichts/PIS "
            "geschehe/VVFIN/Mood=Sub ,/$, drohe/VVFIN/Mood=Sub ein/ART Streik/NN ./$.",
            ("Indirect", "Wenn nichts geschehe, drohe ein Streik", "der Verbände", "Die Kritik"),
        ),
    ],
)
def test_konjunktiv_after_a_noun_of_saying_and_colon(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert claims(tagged(sentence)) == [expected]


def test_noun_colon_frame_is_continued_by_konjunktiv() -> None:
    doc = tagged(
        "Die/ART Forderung/NN der/ART Gewerkschaft/NN :/$. Die/ART Löhne/NN "
        "müssten/VMFIN/Mood=Sub deutlich/ADJD steigen/VVINF ./$.",
        "Andernfalls/ADV werde/VAFIN/Mood=Sub es/PPER Streiks/NN geben/VVINF ./$.",
    )
    found = claims(doc)
    assert [(c, s) for _, c, s, _ in found] == [
        ("Die Löhne müssten deutlich steigen", "der Gewerkschaft"),
        ("Andernfalls werde es Streiks geben.", "der Gewerkschaft"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # indicative after the lead-in: the article's own summary
        "Das/ART Ergebnis/NN der/ART Studie/NN :/$. Die/ART Preise/NN steigen/VVFIN/Mood=Ind ./$.",
        # a lead-in that names nobody
        "Die/ART Begründung/NN :/$. Das/ART Gesetz/NN sei/VAFIN/Mood=Sub verfassungswidrig/ADJD ./$.",
        # no noun of saying
        "Das/ART Wetter/NN der/ART Woche/NN :/$. Es/PPER sei/VAFIN/Mood=Sub kalt/ADJD ./$.",
    ],
)
def test_no_noun_colon_frame(sentence: str) -> None:
    assert claims(tagged(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die/ART Ärzte/NN sagten/VVFIN/Mood=Ind ,/$, sie/PPER haben/VAFIN/Mood=Ind "
            "alles/PIAT versucht/VVPP ./$.",
            ("Indirect", "sie haben alles versucht", "Die Ärzte", "sagten"),
        ),
        (
            "Er/PPER sagte/VVFIN/Mood=Ind ,/$, die/ART Lage/NN ist/VAFIN/Mood=Ind ernst/ADJD ./$.",
            ("Indirect", "die Lage ist ernst", "Er", "sagte"),
        ),
    ],
)
def test_indicative_verb_second_clause_after_a_verb_of_saying(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert claims(tagged(sentence)) == [expected]


def test_first_person_opinion_before_an_indicative_clause_is_no_frame() -> None:
    # `Ich glaube, …` inside an interview: the speaker's own voice
    doc = tagged(
        "Ich/PPER glaube/VVFIN/Mood=Ind ,/$, die/ART Künstler/NN wollen/VMFIN/Mood=Ind "
        "einfach/ADV gut/ADJD aussehen/VVINF ./$."
    )
    assert claims(doc) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die/ART Lage/NN ,/$, sagte/VVFIN/Mood=Ind der/ART Sprecher/NN ,/$, "
            "sei/VAFIN/Mood=Sub ernst/ADJD ./$.",
            ("Indirect", "Die Lage sei ernst", "der Sprecher", "sagte"),
        ),
        (
            "Man/PIS werde/VAFIN/Mood=Sub ,/$, sagte/VVFIN/Mood=Ind der/ART Minister/NN ,/$, "
            "alles/PIAT tun/VVINF ./$.",
            ("Indirect", "Man werde alles tun", "der Minister", "sagte"),
        ),
        (
            "Die/ART Lage/NN sei/VAFIN/Mood=Sub ,/$, sagte/VVFIN/Mood=Ind der/ART Sprecher/NN "
            ",/$, weiterhin/ADV ernst/ADJD ./$.",
            ("Indirect", "Die Lage sei weiterhin ernst", "der Sprecher", "sagte"),
        ),
        (
            "Die/ART Verhandlungen/NN ,/$, erklärte/VVFIN/Mood=Ind die/ART Ministerin/NN "
            "am/APPRART Montag/NN ,/$, seien/VAFIN/Mood=Sub gescheitert/VVPP ./$.",
            ("Indirect", "Die Verhandlungen seien gescheitert", "die Ministerin", "erklärte"),
        ),
        (
            "Die/ART Firma/NN ,/$, sagte/VVFIN/Mood=Ind der/ART Sprecher/NN ,/$, "
            "hat/VAFIN/Mood=Ind keine/PIAT Schulden/NN ./$.",
            ("Indirect", "Die Firma hat keine Schulden", "der Sprecher", "sagte"),
        ),
    ],
)
def test_report_interrupted_by_a_verb_first_frame(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    doc = tagged(sentence)
    [attr] = doc.layers[LAYER]
    assert len(attr.parts) == 2
    assert claims(doc) == [expected]


def test_trailing_frame_before_a_new_clause_is_no_interruption() -> None:
    doc = tagged(
        "Die/ART Lage/NN ist/VAFIN/Mood=Ind ernst/ADJD ,/$, sagte/VVFIN/Mood=Ind der/ART "
        "Sprecher/NN ,/$, die/ART Polizei/NN ermittelt/VVFIN/Mood=Ind ./$."
    )
    assert claims(doc)[0] == ("Indirect", "Die Lage ist ernst", "der Sprecher", "sagte")


def test_konjunktiv_after_a_speech_act_without_content_reports_its_subject() -> None:
    doc = tagged(
        "Der/ART Minister/NN kritisierte/VVFIN/Mood=Ind die/ART Pläne/NN ./$.",
        "Sie/PPER seien/VAFIN/Mood=Sub unausgegoren/ADJD und/KON zu/APPR teuer/ADJD ./$.",
    )
    assert [(c, s) for _, c, s, _ in claims(doc)] == [
        ("Sie seien unausgegoren und zu teuer.", "Der Minister")
    ]


def test_konjunktiv_after_a_laut_frame_continues_its_source() -> None:
    doc = tagged(
        "Laut/APPR Polizei/NN wurde/VAFIN/Mood=Ind niemand/PIS verletzt/VVPP ./$.",
        "Der/ART Sachschaden/NN belaufe/VVFIN/Mood=Sub sich/PRF auf/APPR 10.000/CARD Euro/NN ./$.",
    )
    assert [(c, s) for _, c, s, _ in claims(doc)][1:] == [
        ("Der Sachschaden belaufe sich auf 10.000 Euro.", "Polizei")
    ]


def test_indicative_sentence_ends_the_continuation() -> None:
    doc = tagged(
        "Der/ART Sprecher/NN sagte/VVFIN/Mood=Ind ,/$, die/ART Firma/NN sei/VAFIN/Mood=Sub "
        "gesund/ADJD ./$.",
        "Sie/PPER habe/VAFIN/Mood=Sub im/APPRART vergangenen/ADJA Jahr/NN Gewinn/NN "
        "gemacht/VVPP ./$.",
        "Das/ART Unternehmen/NN wurde/VAFIN/Mood=Ind 1950/CARD gegründet/VVPP ./$.",
    )
    assert [(c, s) for _, c, s, _ in claims(doc)] == [
        ("die Firma sei gesund", "Der Sprecher"),
        ("Sie habe im vergangenen Jahr Gewinn gemacht.", "Der Sprecher"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der/ART Abgeordnete/NN fragte/VVFIN/Mood=Ind ,/$, warum/PWAV die/ART Regierung/NN "
            "nichts/PIS unternommen/VVPP hat/VAFIN/Mood=Ind ./$.",
            (
                "Indirect",
                "warum die Regierung nichts unternommen hat",
                "Der Abgeordnete",
                "fragte",
            ),
        ),
        (
            "Die/ART Journalisten/NN wollten/VMFIN/Mood=Ind wissen/VVINF ,/$, wie/PWAV es/PPER "
            "mit/APPR dem/ART Werk/NN weitergeht/VVFIN/Mood=Ind ./$.",
            (
                "Indirect",
                "wie es mit dem Werk weitergeht",
                "Die Journalisten",
                "wollten wissen",
            ),
        ),
        (
            "Der/ART Sprecher/NN ließ/VVFIN/Mood=Ind offen/ADJD ,/$, wann/PWAV die/ART "
            "Entscheidung/NN fällt/VVFIN/Mood=Ind ./$.",
            ("Indirect", "wann die Entscheidung fällt", "Der Sprecher", "ließ offen"),
        ),
    ],
)
def test_indicative_indirect_question(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert claims(tagged(sentence)) == [expected]


def test_w_clause_after_a_verb_that_asks_nothing_is_no_question() -> None:
    doc = tagged(
        "Der/ART Minister/NN lachte/VVFIN/Mood=Ind ,/$, was/PWS die/ART Zuhörer/NN "
        "überraschte/VVFIN/Mood=Ind ./$."
    )
    assert claims(doc) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Innenminister/NN Peter/NE Muster/NN :/$. Die/ART Lage/NN sei/VAFIN/Mood=Sub "
            "ernst/ADJD ./$.",
            ("Indirect", "Die Lage sei ernst", "Innenminister Peter Muster", ""),
        ),
        (
            "Ein/ART Polizeisprecher/NN :/$. Der/ART Täter/NN sei/VAFIN/Mood=Sub noch/ADV "
            "flüchtig/ADJD ./$.",
            ("Indirect", "Der Täter sei noch flüchtig", "Ein Polizeisprecher", ""),
        ),
        (
            "Der/ART Minister/NN dazu/PROAV :/$. Man/PIS werde/VAFIN/Mood=Sub alles/PIAT "
            "prüfen/VVINF ./$.",
            ("Indirect", "Man werde alles prüfen", "Der Minister", "dazu"),
        ),
    ],
)
def test_konjunktiv_after_a_speaker_lead_in_and_colon(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert claims(tagged(sentence)) == [expected]


def test_place_lead_in_names_no_speaker() -> None:
    doc = tagged("Berlin/NE :/$. Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ./$.")
    assert claims(doc) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Er/PPER sagte/VVFIN/Mood=Ind ,/$, wenn/KOUS es/PPER regnet/VVFIN/Mood=Ind ,/$, "
            "werde/VAFIN/Mood=Sub das/ART Spiel/NN abgesagt/VVPP ./$.",
            "wenn es regnet, werde das Spiel abgesagt",
        ),
        (
            "Der/ART Trainer/NN sagte/VVFIN/Mood=Ind ,/$, als/KOUS das/ART Tor/NN "
            "fiel/VVFIN/Mood=Ind ,/$, sei/VAFIN/Mood=Sub die/ART Mannschaft/NN "
            "eingebrochen/VVPP ./$.",
            "als das Tor fiel, sei die Mannschaft eingebrochen",
        ),
    ],
)
def test_adverbial_clause_before_a_verb_first_main_clause_is_part_of_the_content(
    sentence: str, content: str
) -> None:
    # the reported main clause opens with its verb after the adverbial clause: the adverbial
    # clause is its Vorfeld, inside what was said
    assert [c for _, c, _, _ in claims(tagged(sentence))] == [content]
