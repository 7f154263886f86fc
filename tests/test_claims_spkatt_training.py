"""``training/spkatt_cues.py``: counting cue lemmas and argument patterns.  Invented speeches
in the SpkAtt JSON format; one test reads two real SpkAtt files (``shared_data``)."""

from __future__ import annotations

import json
from pathlib import Path

from training.spkatt_cues import Speech, TaggedToken, count, read_split, rows_of, tag_split


def tok(text: str, tag: str, lemma: str = "", morph: str = "") -> TaggedToken:
    return TaggedToken(text, tag, lemma or text, morph)


def speech() -> Speech:
    s0 = [
        tok("Sie", "PPER", "sie"),
        tok("schlug", "VVFIN", "schlagen"),
        tok("vor", "PTKVZ"),
        tok(",", "$,"),
        tok("dass", "KOUS"),
        tok("wir", "PPER"),
        tok("warten", "VVFIN", "warten"),
        tok(".", "$."),
    ]
    s1 = [
        tok("Ich", "PPER", "ich"),
        tok("glaube", "VVFIN", "glauben"),
        tok(",", "$,"),
        tok("das", "PDS", "der"),
        tok("sei", "VAFIN", "sein", "Mood=Sub|VerbForm=Fin"),
        tok("gut", "ADJD"),
        tok(".", "$."),
    ]
    s2 = [tok("Wir", "PPER", "wir"), tok("glauben", "VVFIN", "glauben"), tok("daran", "PAV")]
    anns = [
        {"Cue": [(0, 1)], "PTC": [(0, 2)], "Source": [(0, 0)], "Message": [(0, 4), (0, 5), (0, 6)]},
        {"Cue": [(1, 1)], "Source": [(1, 0)], "Message": [(1, 3), (1, 4), (1, 5)]},
    ]
    return Speech([s0, s1, s2], anns)


def test_cue_counts_join_the_particle_and_read_the_message_shape() -> None:
    stats = count([speech()])
    vor = stats[("verb", "vorschlagen")]
    assert (vor.occurrences, vor.cues) == (1, 1)
    assert vor.patterns["dass"] == 1 and vor.patterns["clause"] == 1
    assert vor.patterns["src_subj"] == 1 and not vor.patterns["src_first"]
    glauben = stats[("verb", "glauben")]
    assert (glauben.occurrences, glauben.cues) == (2, 1)  # `glauben daran` is no cue here
    assert glauben.patterns["konj"] == 1 and glauben.patterns["src_first"] == 1
    rows = {r.lemma: r for r in rows_of(stats, min_cues=1)}
    assert rows["glauben"].rate == 0.5
    assert rows["vorschlagen"].forms == (("schlug", "VVFIN"),)


def test_read_split_maps_sentence_ids(tmp_path: Path) -> None:
    data = {
        "Sentences": [{"SentenceId": 7, "Tokens": ["Sie", "sagte", "nichts", "."]}],
        "Annotations": [{"Cue": ["7:1"], "Source": ["7:0"], "Message": ["7:2"], "PTC": []}],
    }
    (tmp_path / "a.json").write_text(json.dumps(data), "utf-8")
    [(sents, anns)] = read_split(tmp_path)
    assert sents == [["Sie", "sagte", "nichts", "."]]
    assert anns[0]["Cue"] == [(0, 1)] and anns[0]["Message"] == [(0, 2)]


def test_real_spkatt_files_make_sagen_a_cue(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "attribution/spkatt2023/train/task1"
    for path in sorted(folder.glob("*.json"))[:3]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    rows = {(r.kind, r.lemma): r for r in rows_of(count(tag_split(tmp_path)), min_cues=1)}
    assert all(0 < r.rate <= 1 for r in rows.values() if r.kind != "mwe")
    verbs = sorted((r for r in rows.values() if r.kind == "verb"), key=lambda r: -r.cues)
    assert verbs[0].lemma == "sagen" and verbs[0].rate > 0.8
