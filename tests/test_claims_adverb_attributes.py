"""Noun phrases of speakers whose adjective is modified by an adverb or a negation (`das
finanziell angeschlagene Land`, `ein nicht genannter Sprecher`), and quoted names in lower
case attached by a genitive article (`ein Sprecher der „acme gmbh“`), on invented
hand-tagged sentences."""

from __future__ import annotations

from claims_docs import layer
from test_claims_speakers import speakers, tagged

from newsgraph.claims.datelines import dateline_spans
from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.stage import _units
from newsgraph.doc import Doc


def _subject_of(doc: Doc, verb: str) -> str | None:
    tokens, quotes, units = _units(doc, "de", dateline_spans(doc))
    sent = Sentence(tokens[units[0].tok_start : units[0].tok_end], quotes, load_lexicon("de"), 0)
    v = next(k for k, t in enumerate(sent.toks) if t.text == verb)
    span = sent.subject(v) or sent.subject_after(v)
    return doc.text[span[0] : span[1]] if span else None


def test_adverb_before_the_adjective_of_a_subject_after_the_verb() -> None:
    doc = tagged(
        "Während/KOUS das/ART reiche/ADJA Norwegen/NE nichts/PIS ändern/VVINF wollte/VMFIN ,/$, "
        "plädierte/VVFIN das/ART/Case=Nom finanziell/ADV schwache/ADJA/Case=Nom "
        "Portugal/NE/Case=Nom für/APPR eine/ART Senkung/NN der/ART Zinsen/NN ./$."
    )
    assert (_subject_of(doc, "plädierte") or "").startswith("das finanziell schwache Portugal")
    reported = [(kind, spk) for kind, _, spk in layer(doc) if kind == "Reported"]
    assert reported and (reported[0][1] or "").startswith("das finanziell schwache Portugal")


def test_negation_and_adverbs_before_the_adjective() -> None:
    doc = tagged(
        "Plötzlich/ADJD sagte/VVFIN ein/ART/Case=Nom nicht/PTKNEG erst/ADV kürzlich/ADV "
        "gewählter/ADJA/Case=Nom Sprecher/NN/Case=Nom etwas/PIS ./$."
    )
    assert _subject_of(doc, "sagte") == "ein nicht erst kürzlich gewählter Sprecher"


def test_sentence_adverb_before_the_verb_is_no_attribute() -> None:
    # `Offiziell` stands alone before the finite verb: no adjective follows, no noun phrase
    doc = tagged(
        "Offiziell/ADJD bestätigte/VVFIN der/ART/Case=Nom Verband/NN/Case=Nom ,/$, "
        "die/ART Saison/NN sei/VAFIN/Mood=Sub beendet/VVPP ./$."
    )
    assert speakers(doc) == ["der Verband"]


def test_lower_case_quoted_name_in_a_genitive_stays_in_the_vorfeld() -> None:
    doc = tagged(
        "Ein/ART/Case=Nom nicht/PTKNEG genannter/ADJA/Case=Nom Sprecher/NN/Case=Nom "
        "der/ART/Case=Gen „/$( acme/NN gmbh/NN “/$( bezeichnet/VVFIN den/ART/Case=Acc "
        "Kauf/NN/Case=Acc als/KOKOM „/$( strategisch/ADJD “/$( ./$."
    )
    assert _subject_of(doc, "bezeichnet") == "Ein nicht genannter Sprecher der „ acme gmbh “"
    # the quoted name is part of the speaker, not a quotation of its own
    assert [content for _, content, _ in layer(doc)] == ["„ strategisch “"]
    assert speakers(doc) == ["Ein nicht genannter Sprecher der „ acme gmbh “"]


def test_two_word_adverbial_between_the_verb_and_its_subject() -> None:
    # `zum Beispiel`, `unter anderem`, `vor allem` stand before the subject after the verb
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/Mood=Sub ernst/ADJD ,/$, schrieb/VVFIN zum/APPRART "
        "Beispiel/NN die/ART/Case=Nom Zeitung/NN/Case=Nom „/$( Kurier/NE “/$( ./$."
    )
    assert _subject_of(doc, "schrieb") == "die Zeitung „ Kurier “"
    assert speakers(doc) == ["die Zeitung „ Kurier “"]


def test_fuer_with_an_indefinite_object_after_a_name_ends_the_subject() -> None:
    # `plädierte Portugal für eine Senkung`: the `für` phrase is the verb's object
    doc = tagged(
        "Dagegen/PROAV plädierte/VVFIN das/ART/Case=Nom arme/ADJA/Case=Nom "
        "Portugal/NE/Case=Nom für/APPR eine/ART Senkung/NN der/ART Zinsen/NN ./$."
    )
    assert _subject_of(doc, "plädierte") == "das arme Portugal"


def test_fuer_with_a_counted_object_after_a_number_ends_the_subject() -> None:
    doc = tagged(
        "Dabei/PROAV sprachen/VVFIN sich/PRF 60/CARD Prozent/NN für/APPR eine/ART "
        "Reform/NN aus/PTKVZ ./$."
    )
    assert _subject_of(doc, "sprachen") == "60 Prozent"


def test_fuer_after_a_common_noun_stays_its_attribute() -> None:
    doc = tagged(
        "Der/ART/Case=Nom Entwurf/NN/Case=Nom für/APPR ein/ART neues/ADJA Gesetz/NN "
        "verlangt/VVFIN ,/$, die/ART Gebühren/NN seien/VAFIN/Mood=Sub zu/PTKA senken/VVINF ./$."
    )
    assert _subject_of(doc, "verlangt") == "Der Entwurf für ein neues Gesetz"
