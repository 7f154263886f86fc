"""Particle verbs whose particle stands far from the finite verb (`gab ... bekannt`).

Hand-tagged invented sentences (``word/TAG`` as in :mod:`test_claims_rules`) through the whole
stage, and the clause walk of :mod:`newsgraph.claims.particle_clause` on small tagged views.
"""

from __future__ import annotations

from claims_docs import hand_tagged

from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.particle_clause import closing_particle
from newsgraph.claims.sentence import SentenceView
from newsgraph.claims.stage import LAYER
from newsgraph.claims.text import find_quotes
from newsgraph.doc import Doc, Token


def frames(text: str) -> list[tuple[str, list[str], str | None]]:
    """(form, cue words, speaker) of each attribution of the evaluation layer."""
    doc: Doc = hand_tagged([[text]])
    out = []
    for f in doc.layers[LAYER]:
        speaker = doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((f.kind, [doc.text[s:e] for s, e in f.cue], speaker))
    return out


def test_particle_after_a_date_apposition_closes_the_sentence() -> None:
    found = frames(
        "Die/ART Behörde/NN gab/VVFIN am/APPRART Montag/NN ,/$, dem/ART 27./ADJA März/NN ,/$, "
        "die/ART Zahlen/NN der/ART Verletzten/NN bekannt/PTKVZ ./$."
    )
    assert [(k, speaker) for k, _, speaker in found] == [("Reported", "Die Behörde")]


def test_particle_after_an_inserted_phrase_before_the_complement() -> None:
    found = frames(
        "Der/ART Verband/NN teilte/VVFIN am/APPRART Abend/NN ,/$, kurz/ADJD nach/APPR "
        "der/ART Sitzung/NN ,/$, mit/PTKVZ ,/$, dass/KOUS die/ART Gebühren/NN "
        "steigen/VVINF würden/VAFIN ./$."
    )
    assert ("Indirect", ["teilte", "mit"], "Der Verband") in found


def test_particle_after_an_insertion_between_dashes() -> None:
    found = frames(
        "Der/ART Minister/NN wies/VVFIN die/ART Vorwürfe/NN –/$( wie/KOKOM schon/ADV "
        "im/APPRART Mai/NN –/$( entschieden/ADJD zurück/PTKVZ ,/$, er/PPER habe/VAFIN/Mood=Sub "
        "nichts/PIS gewusst/VVPP ./$."
    )
    kinds = {(k, tuple(cue[:2])) for k, cue, _ in found}
    assert ("Indirect", ("wies", "zurück")) in kinds


# ---- the clause walk on its own ----------------------------------------------------------------
def view(text: str) -> SentenceView:
    """A sentence view of ``word/TAG`` items joined by spaces, without the claims stage."""
    toks = []
    pos = 0
    for item in text.split():
        word, tag = item.rsplit("/", 1)
        toks.append(Token(pos, pos + len(word), word, tag=tag))
        pos += len(word) + 1
    plain = " ".join(t.text for t in toks)
    return SentenceView(toks, find_quotes(plain, toks), load_lexicon("de"), 0)


def test_walk_skips_a_short_quotation_and_stops_before_the_complement() -> None:
    v = view(
        "Sie/PPER warfen/VVFIN der/ART Regierung/NN „/$( Wortbruch/NN “/$( vor/PTKVZ ,/$, "
        "sie/PPER habe/VAFIN gelogen/VVPP ./$."
    )
    assert closing_particle(v, 1, "vor") == 7


def test_particle_before_dass_without_its_comma() -> None:
    v = view("Er/PPER wies/VVFIN darauf/PROAV hin/PTKVZ dass/KOUS es/PPER regnet/VVFIN ./$.")
    assert closing_particle(v, 1, "hin") == 3


def test_preposition_with_an_object_is_no_particle() -> None:
    # `teilte mit ihm`: `mit` has an object, the clause does not end in it
    v = view(
        "Er/PPER teilte/VVFIN mit/APPR ihm/PPER am/APPRART Montag/NN ,/$, dem/ART 3./ADJA "
        "Mai/NN ,/$, das/ART Zimmer/NN ./$."
    )
    assert closing_particle(v, 1, "mit") == -1


def test_second_finite_verb_ends_the_walk() -> None:
    # the particle closes the clause of `bot`, not of `gab`
    v = view(
        "Er/PPER gab/VVFIN nach/PTKVZ und/KON bot/VVFIN Geld/NN an/PTKVZ ,/$, "
        "sagte/VVFIN sie/PPER ./$."
    )
    assert closing_particle(v, 1, "an") == -1


def test_sentence_end_past_other_words_after_an_apposition_is_no_closing() -> None:
    # past an apposition, only a date apposition or the particle right after a name
    # apposition lets the walk reach the sentence end
    v = view(
        "Er/PPER schlug/VVFIN den/ART Obmann/NN ,/$, Max/NE Muster/NE ,/$, als/KOKOM "
        "Nachfolger/NN vor/PTKVZ ./$."
    )
    assert closing_particle(v, 1, "vor") == -1
    dated = view(
        "Er/PPER gab/VVFIN am/APPRART Montag/NN ,/$, dem/ART 3./ADJA Mai/NN ,/$, die/ART "
        "Zahlen/NN bekannt/PTKVZ ./$."
    )
    assert closing_particle(dated, 1, "bekannt") == 11


def test_walk_skips_an_inserted_adverbial_clause() -> None:
    # `warf X, nachdem ... wurde, vor, er habe`: the `nachdem` clause ends with its finite verb
    v = view(
        "Sie/PPER warf/VVFIN Obama/NE ,/$, nachdem/KOUS die/ART Entscheidung/NN publik/ADJD "
        "wurde/VAFIN ,/$, vor/APPR ,/$, er/PPER habe/VAFIN gelogen/VVPP ./$."
    )
    assert closing_particle(v, 1, "vor") == 10


def test_main_clause_between_commas_is_no_insertion() -> None:
    # no subordinator after the comma: `die Entscheidung wurde publik` is a clause of its own
    v = view(
        "Sie/PPER warf/VVFIN Obama/NE ,/$, die/ART Entscheidung/NN wurde/VAFIN publik/ADJD "
        ",/$, vor/APPR ,/$, er/PPER habe/VAFIN gelogen/VVPP ./$."
    )
    assert closing_particle(v, 1, "vor") == -1


def test_topic_adverb_keeps_the_vorfeld_subject_over_the_name_after_the_verb() -> None:
    found = frames(
        "Die/ART Kampagne/NN dagegen/PROAV warf/VVFIN Obama/NE ,/$, nachdem/KOUS die/ART "
        "Entscheidung/NN publik/ADJD wurde/VAFIN ,/$, vor/PTKVZ ,/$, er/PPER "
        "habe/VAFIN/Mood=Sub gelogen/VVPP ./$."
    )
    assert ("Indirect", ["warf", "vor"], "Die Kampagne") in found


def test_plain_clause_end_and_name_appositions_close_the_clause() -> None:
    # one reader for all closings: the plain clause end, the end of a name apposition after
    # the clause, the particle right after a name apposition between commas
    plain = view("Er/PPER teilte/VVFIN die/ART Zahl/NN mit/PTKVZ ./$.")
    assert closing_particle(plain, 1, "mit") == 4
    after = view(
        "Dies/PDS gab/VVFIN Max/NE Muster/NE ,/$, Leiter/NN der/ART Wache/NN bekannt/PTKVZ ./$."
    )
    assert closing_particle(after, 1, "bekannt") == 8
    between = view(
        "Dies/PDS gab/VVFIN der/ART Leiter/NN ,/$, Max/NE Muster/NE ,/$, bekannt/PTKVZ ./$."
    )
    assert closing_particle(between, 1, "bekannt") == 8
    lower = view(
        "Dies/PDS gab/VVFIN der/ART Leiter/NN ,/$, ohne/APPR Zweifel/NN bekannt/PTKVZ ./$."
    )
    assert closing_particle(lower, 1, "bekannt") == -1
