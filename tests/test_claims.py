"""Golden tests of the claims stage on small fictional German articles (tests/data/claims).

The stage runs alone here (its own tokenizer and lexicons), so these tests do not depend on the
nlp/NER models; entity and time links are tested with hand-made mentions and time expressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.claims.lexicon import load_lexicon, weak_forms
from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.doc import Doc, Mention
from newsgraph.record import Article, Claim, Entity, Span, TimeExpr

DATA = Path(__file__).parent / "data" / "claims"


def run(text: str, **fields: object) -> Doc:
    doc = Doc(article=Article(id="t", text=text, **fields))  # type: ignore[arg-type]
    ClaimsStage()(doc)
    return doc


def article(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def by_content(doc: Doc, fragment: str) -> Claim:
    hits = [c for c in doc.article.claims if fragment in c.content.text]
    assert hits, f"no claim contains {fragment!r}: {[c.content.text for c in doc.article.claims]}"
    return min(hits, key=lambda c: len(c.content.text))  # the innermost claim


def test_offsets_are_exact() -> None:
    for name in ("chains_de.txt", "stance_de.txt", "coref_de.txt", "quotes_de.txt"):
        doc = run(article(name))
        assert doc.article.claims
        for c in doc.article.claims:
            assert doc.text[c.content.start : c.content.end] == c.content.text
            if c.cue:
                assert doc.text[c.cue.start : c.cue.end] == c.cue.text
            for ev in c.evidence:
                assert doc.text[ev.start : ev.end] == ev.text


def test_chain_inner_claim_is_via_outer() -> None:
    doc = run(article("chains_de.txt"))
    outer = by_content(doc, "das Innenministerium von Westland habe")
    inner = by_content(doc, "dass die Grenze zu Ostmark geschlossen werde")
    assert outer.speaker_text == "Die Nachrichtenagentur Nordpress"
    assert inner.speaker_text == "das Innenministerium von Westland"
    assert inner.via == outer.id
    assert outer.via is None


def test_trailing_attribution_makes_a_claim_of_the_source() -> None:
    doc = run(article("chains_de.txt"))
    claim = by_content(doc, "Die Regierung von Ostmark bot am Montag neue Gespräche an")
    assert claim.speaker_text == "der Sender Radio Elbtal"
    assert claim.cue is not None and claim.cue.text == "berichtete"
    assert claim.content.text.endswith("neue Gespräche an")  # the frame is not content


def test_demonstrative_frame_points_to_the_sentence_before() -> None:
    claim = by_content(run(article("chains_de.txt")), "Die Brücke über die Elbe")
    assert claim.content.text == "Die Brücke über die Elbe bleibt bis Juni gesperrt"
    assert claim.speaker_text == "die Polizei von Ostmark"
    assert claim.cue is not None and claim.cue.text == "teilte"


def test_konjunktiv_continuation_is_free_indirect() -> None:
    doc = run(article("chains_de.txt"))
    first = by_content(doc, "die Lage sei ernst")
    follow = by_content(doc, "Man habe keine andere Wahl gehabt")
    assert first.form == "indirect"
    assert follow.form == "free_indirect"
    assert follow.speaker_text == first.speaker_text == "Der Außenminister Ostmarks, Paul Wendel"


@pytest.mark.parametrize(
    ("fragment", "stance", "evidence"),
    [
        ("der Bürgermeister habe Gelder veruntreut", "alleged", ["behauptete"]),
        ("Der Bürgermeister soll außerdem Akten vernichtet haben", "alleged", ["soll"]),
        ("dass Akten fehlten", "denied", ["dementierte"]),
        ("Jens Olander wies die Vorwürfe zurück", "denied", ["wies", "zurück"]),
        ("dass sie ab Mai täglich nach Kalmar fahren werde", "future", ["kündigte", "an"]),
        ("falls weitere Beweise auftauchten", "hypothetical", ["falls"]),
        ("wurden drei Container beschlagnahmt", "reported", ["Laut"]),
    ],
)
def test_stance_and_evidence(fragment: str, stance: str, evidence: list[str]) -> None:
    claim = by_content(run(article("stance_de.txt")), fragment)
    assert claim.stance == stance
    assert [e.text for e in claim.evidence] == evidence


def test_denial_speaker_and_reported_form() -> None:
    claim = by_content(run(article("stance_de.txt")), "wies die Vorwürfe zurück")
    assert claim.form == "reported"
    assert claim.speaker_text == "Der Hafendirektor Jens Olander"


def test_pronoun_agency_and_role_descriptions_resolve() -> None:
    doc = run(article("coref_de.txt"))
    agency = by_content(doc, "dass die Gespräche")
    assert agency.speaker_text == "die Nachrichtenagentur Nordpress (NP)"
    assert agency.form == "mixed"  # partial direct quote inside indirect speech
    through = by_content(doc, "Brenner werde im Mai nach Ostmark reisen")
    assert through.speaker_text == "die Nachrichtenagentur Nordpress (NP)"
    assert through.stance == "future" and [e.text for e in through.evidence] == ["werde"]
    she = by_content(doc, "man sei einander nähergekommen")
    assert she.speaker_text == "Die Außenministerin Ostmarks, Greta Holm"
    role = by_content(doc, "dass ein Abkommen im Sommer")
    assert role.speaker_text == "Karl Brenner"


def test_direct_and_interrupted_quotes() -> None:
    doc = run(article("quotes_de.txt"))
    first = by_content(doc, "Wir haben zehn Jahre")
    assert first.form == "direct" and first.speaker_text == "die Direktorin Anna Weiß"
    assert first.content.text.startswith("„") and first.content.text.endswith("“")
    cont = by_content(doc, "Jetzt gehört das Haus den Besuchern")
    assert cont.speaker_text == "die Direktorin Anna Weiß"
    assert first.cue is not None and cont.cue is not None
    assert cont.cue.text == first.cue.text  # the same frame goes on
    parts = [c for c in doc.article.claims if c.speaker_text == "Bürgermeister Tom Adler"]
    assert [c.content.text for c in parts] == [
        "„Das Museum ist ein Gewinn“",
        "„für die ganze Region.“",
    ]
    colon = by_content(doc, "Das Dach war die größte Herausforderung")
    assert colon.speaker_text == "Der Architekt Hugo Ranft"
    assert "Es trägt sich ganz ohne Stützen" in colon.content.text  # multi-sentence quote
    assert not any("zweiter Flügel" in c.content.text for c in doc.article.claims)
    # a colon frame whose verb is no speech verb
    colon_frame = by_content(doc, "Die Kosten sind zu hoch")
    assert colon_frame.speaker_text == "Der Stadtrat Olaf Kern" and colon_frame.form == "direct"
    assert not any("fuhr danach" in c.content.text for c in doc.article.claims)


def test_entities_times_and_layer() -> None:
    text = article("chains_de.txt")
    start = text.index("Nordpress")
    np_mention = Mention(start, start + 9, "Nordpress", "ORG", entity="e_np")
    t_start = text.index("am 3. März")
    times = (TimeExpr("t1", t_start, t_start + 10, "am 3. März", "2024-03-03"),)
    ent = Entity("e_np", "ORG", "Nordpress", mentions=(Span(start, start + 9, "Nordpress"),))
    doc = Doc(article=Article(id="t", text=text, entities=(ent,), times=times))
    doc.mentions = [np_mention]
    ClaimsStage()(doc)
    outer = by_content(doc, "das Innenministerium von Westland habe")
    inner = by_content(doc, "dass die Grenze zu Ostmark")
    assert outer.speaker == "e_np"
    assert inner.said == "t1" and outer.said is None
    layer = doc.layers[LAYER]
    assert {f.kind for f in layer} >= {"Indirect", "IndirectFreeIndirect"}
    assert all(f.claim for f in layer if f.parent is None)


def test_pronoun_takes_entity_of_antecedent() -> None:
    text = (
        "Die Ministerin Eva Lind sagte, der Plan sei fertig. Sie fügte hinzu, dass er Geld koste."
    )
    s = text.index("Eva Lind")
    doc = Doc(article=Article(id="t", text=text))
    doc.mentions = [Mention(s, s + 8, "Eva Lind", "PERSON", entity="e_lind")]
    ClaimsStage()(doc)
    assert [c.speaker for c in doc.article.claims] == ["e_lind", "e_lind"]


def test_non_content_blocks_are_skipped() -> None:
    from newsgraph.record import Block

    text = "Der Minister sagte, die Lage sei ernst.\nFoto: Die Agentur sagte, das Bild sei alt."
    cut = text.index("\n")
    blocks = (Block("body", 0, cut), Block("caption", cut + 1, len(text)))
    doc = run(text, blocks=blocks)
    assert [c.content.text for c in doc.article.claims] == ["die Lage sei ernst"]


def test_plain_reporting_has_no_claims() -> None:
    doc = run("Der Zug fuhr um acht Uhr ab. In Kalmar regnete es den ganzen Tag.")
    assert doc.article.claims == ()


def test_lexicon_generates_inflected_and_particle_forms() -> None:
    assert {"sagt", "sagte", "sagten", "gesagt"} <= set(weak_forms("sagen"))
    assert "bezeichnete" in weak_forms("bezeichnen")
    lex = load_lexicon("de")
    kinds = {(m.verb.lemma, m.kind) for m in lex.verb_matches("gab")}
    assert ("bekanntgeben", "separated") in kinds
    assert any(m.verb.lemma == "mitteilen" for m in lex.verb_matches("mitgeteilt"))
    assert any(m.verb.cls == "deny" for m in lex.verb_matches("bestritt"))


def test_reported_speech_links_its_time() -> None:
    text = "Der Hafendirektor Jens Olander wies am Montag die Vorwürfe zurück."
    s = text.index("am Montag")
    times = (TimeExpr("t7", s, s + 9, "am Montag", "2024-05-06"),)
    doc = run(text, times=times)
    (claim,) = doc.article.claims
    assert claim.form == "reported" and claim.stance == "denied" and claim.said == "t7"


def test_speech_act_inside_prepositional_frame_is_chained() -> None:
    doc = run("Laut Yonhap wies der Geheimdienst die Berichte zurück.")
    outer, inner = doc.article.claims
    assert outer.speaker_text == "Yonhap" and inner.speaker_text == "der Geheimdienst"
    assert inner.stance == "denied" and inner.via == outer.id
    assert len(doc.layers[LAYER]) == 1  # the dataset layer lists the outer frame only
