"""Subjects before the frame verb that were read as objects after it: coordinated subjects
(`sowohl A als auch B`, `A und B`), a subject with relative and infinitive clauses before the
verb, and names with a separate slash (invented German sentences, hand-tagged as
``word/TAG[/Feat=Val]``)."""

from __future__ import annotations

from claims_docs import layer
from claims_docs import tagged_paragraphs as tagged

from newsgraph.claims.frames import Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.stage import tokens_for
from newsgraph.claims.text import find_quotes
from newsgraph.doc import Token


def _subject(text: str, verb: str) -> str | None:
    """Subject of ``verb`` in one hand-tagged sentence; `SLASH` stands for the word `/`."""
    doc = tagged(text.replace("SLASH/", "_/"))
    tokens = [
        Token(t.start, t.end, "/" if t.text == "_" else t.text, t.pos, t.tag, t.lemma, t.morph)
        for t in tokens_for(doc)
    ]
    text_ = doc.text.replace(" _ ", " / ")
    sent = Sentence(tokens, find_quotes(text_, tokens), load_lexicon("de"), 0)
    v = next(k for k, t in enumerate(sent.toks) if t.text == verb)
    span = sent.subject(v)
    return None if span is None else text_[span[0] : span[1]]


def test_paired_coordination_is_one_subject() -> None:
    text = (
        "Sowohl/KON die/ART/Case=Nom Stadt/NN als/KON auch/ADV das/ART/Case=Nom Land/NN "
        "kündigten/VVFIN Prüfungen/NN/Case=Acc an/PTKVZ ./$."
    )
    assert _subject(text, "kündigten") == "Sowohl die Stadt als auch das Land"


def test_two_subjects_joined_by_sowie() -> None:
    text = (
        "Die/ART/Case=Nom Gewerkschaft/NN sowie/KON der/ART/Case=Nom Betriebsrat/NN "
        "forderten/VVFIN höhere/ADJA Löhne/NN/Case=Acc ./$."
    )
    assert _subject(text, "forderten") == "Die Gewerkschaft sowie der Betriebsrat"


def test_relative_and_infinitive_clauses_before_the_verb_are_skipped() -> None:
    text = (
        "Bürgermeisterin/NN Anna/NE Berger/NE ,/$, die/PRELS/Case=Nom früher/ADV "
        "gekommen/VVPP war/VAFIN ,/$, um/KOUI mit/APPR den/ART Gästen/NN zu/PTKZU "
        "feiern/VVINF ,/$, gratulierte/VVFIN ihrem/PPOSAT/Case=Dat Kollegen/NN/Case=Dat ./$."
    )
    assert _subject(text, "gratulierte") == "Bürgermeisterin Anna Berger"


def test_a_subordinate_clause_before_the_verb_is_not_skipped() -> None:
    text = (
        "Weil/KOUS es/PPER regnete/VVFIN ,/$, sagte/VVFIN der/ART/Case=Nom Trainer/NN "
        "das/ART Spiel/NN ab/PTKVZ ./$."
    )
    assert _subject(text, "sagte") is None


def test_name_with_separate_slash_and_apposition() -> None:
    text = (
        "Max/NE Huber/NE ,/$, Sprecher/NN der/ART CDU/NE SLASH/$( CSU-Fraktion/NN im/APPRART "
        "Landtag/NN ,/$, warf/VVFIN der/ART/Case=Dat Regierung/NN Untätigkeit/NN vor/PTKVZ ./$."
    )
    assert _subject(text, "warf") == "Max Huber, Sprecher der CDU / CSU-Fraktion im Landtag"


def test_coordinated_subject_speaks_the_reported_claim() -> None:
    doc = tagged(
        "Sowohl/KON die/ART/Case=Nom Gewerkschaft/NN Verdi/NE als/KON auch/ADV "
        "der/ART/Case=Nom Betriebsrat/NN haben/VAFIN eine/ART Untersuchung/NN des/ART "
        "Unfalls/NN gefordert/VVPP ./$."
    )
    speakers = [speaker for _, _, speaker in layer(doc)]
    assert speakers == ["Sowohl die Gewerkschaft Verdi als auch der Betriebsrat"]


def test_relative_pronoun_tagged_as_article_before_its_verb() -> None:
    text = (
        "Der/ART/Case=Nom Vorschlag/NN kam/VVFIN von/APPR Norwegen/NE ,/$, das/ART/Case=Nom "
        "anregte/VVFIN ,/$, eine/ART Zone/NN einzurichten/VVIZU ./$."
    )
    assert _subject(text, "anregte") == "das"


def test_relative_pronoun_before_a_genitive_opinion_is_the_subject() -> None:
    text = (
        "Es/PPER meldeten/VVFIN sich/PRF Ärzte/NN ,/$, die/PRELS/Case=Acc der/ART/Case=Nom "
        "Ansicht/NN waren/VAFIN ,/$, die/ART Lage/NN sei/VAFIN ernst/ADJD ./$."
    )
    assert _subject(text, "waren") == "die"


def test_relative_pronoun_object_before_a_subject_is_not_the_subject() -> None:
    text = (
        "Es/PPER kam/VVFIN ein/ART Brief/NN ,/$, den/PRELS/Case=Acc der/ART/Case=Nom "
        "Minister/NN schrieb/VVFIN ./$."
    )
    assert _subject(text, "schrieb") != "den"


def test_group_with_its_members_between_commas_is_the_subject() -> None:
    text = (
        "Die/ART/Case=Nom Veranstalter/NN ,/$, unter/APPR ihnen/PPER der/ART Verband/NN "
        "Nordbau/NE ,/$, betonen/VVFIN ,/$, dass/KOUS alles/PIS sicher/ADJD sei/VAFIN ./$."
    )
    assert _subject(text, "betonen") == "Die Veranstalter, unter ihnen der Verband Nordbau"
