"""Derive a table of speech, writing and thought cues from GermEval 2023 SpkAtt (task 1).

    python -m training.spkatt_cues --shared ../shared        # writes training/spkatt_cues.tsv

SpkAtt (Bundestag speeches, CC BY-SA 4.0) marks the cue words of every speech, writing or thought
event with its roles (Source, Message, Topic, Addressee, Medium, Evidence, separated particle
PTC).  This script runs newsgraph's own German tagger over the given tokens, and for every lemma
(verbs with their separable particle joined, nouns, prepositions, adjectives) counts how often it
occurs and how often it is the head of a cue, plus the argument patterns of its cue uses: the
message as a ``dass``/``ob``/w-clause, in Konjunktiv, after a colon, as a ``zu``-infinitive, in
quotation marks; the source as the subject, a ``von`` phrase, a genitive or a possessive.

The thresholds that decide which lemmas the claims stage takes as new frame verbs and nouns are
chosen on the SpkAtt dev split (never on the news quotation data) and written into the table's
``#@ select`` line; :mod:`training.spkatt_table` reads them (the experiment was rejected, so the
shipped claims lexicon does not).  The output is deterministic
(sorted rows, no randomness).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from training.spkatt_table import (
    CLAUSE_PATTERNS,
    PARTICLES,
    CueRow,
    Selection,
    format_table,
    hand_lemmas,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "spkatt_cues.tsv"
YAML = HERE.parent / "newsgraph" / "claims" / "cues_de.yaml"
SUBDIR = Path("data/attribution/spkatt2023")

#: tag groups of cue heads: verbs, nouns, prepositions, adjectives
_KIND = {"VV": "verb", "NN": "noun", "AP": "prep", "AD": "adj"}
_HEAD_ORDER = ("verb", "noun", "adj", "prep")
_WH = frozenset({"PWS", "PWAV", "PWAT"})
_FIRST_PERSON = frozenset({"ich", "wir", "mir", "mich", "uns"})
#: news reports what others said: a verb whose SpkAtt sources are mostly the speaker herself
#: (`ich glaube`, `wir wissen`) states the parliamentarian's own thoughts, a genre prior fixed
#: beforehand, not tuned (SpkAtt dev shares the genre and cannot choose it)
MAX_FIRST = 0.5
_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "–", "-", "(", ")", '"', "„", "“"})
HEADER = """SpkAtt cue table for the newsgraph claims stage, written by training/spkatt_cues.py.
Derived from GermEval 2023 SpkAtt task 1, train split (speaker attribution in German
parliamentary debates, Uni Mannheim / IDS Mannheim; https://github.com/umanlp/SpkAtt-2023),
licensed CC BY-SA 4.0; this derived table is shared under the same licence (CC BY-SA 4.0).
Only counts are kept, no text.  Tagged with newsgraph's own German tagger.
Columns: kind, lemma, separable particle, occurrences in train, uses as cue head, cue rate,
argument patterns of the cue uses (message: dass/wh/konj/zu/colon/quote/np, clause = any of
dass/wh/konj/zu/colon; source: src_subj/src_von/src_gen/src_poss, src_first = first person),
word forms used as cue.  The select line holds the thresholds chosen on SpkAtt dev (F0.5 of
cue heads with a complement message); max_first is a fixed genre prior (news reports others).
enabled=0: the selected verbs lowered the news quotation figures (docs/models/claims_cues.md),
so the claims stage adds none of them; `python -m training.spkatt_cues --enable` turns them on."""


@dataclass(frozen=True)
class TaggedToken:
    text: str
    tag: str
    lemma: str
    morph: str


@dataclass
class Stats:
    """Counts for one lemma key (kind, lemma)."""

    occurrences: int = 0
    cues: int = 0
    patterns: Counter[str] = field(default_factory=Counter)
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (form, STTS) of cue uses


@dataclass(frozen=True)
class Speech:
    sentences: list[list[TaggedToken]]
    annotations: list[dict[str, list[tuple[int, int]]]]


# ---- reading and tagging ------------------------------------------------------------------


def read_split(
    folder: Path,
) -> list[tuple[list[list[str]], list[dict[str, list[tuple[int, int]]]]]]:
    """``(sentences, annotations)`` per JSON file, files in name order; ids as (sentence, token)."""
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        index = {int(s["SentenceId"]): k for k, s in enumerate(data["Sentences"])}
        sents = [[str(t) for t in s["Tokens"]] for s in data["Sentences"]]
        anns = []
        for ann in data["Annotations"]:
            roles: dict[str, list[tuple[int, int]]] = {}
            for role, ids in ann.items():
                pairs = []
                for ref in ids:
                    s, t = str(ref).split(":")
                    if int(s) in index:
                        pairs.append((index[int(s)], int(t)))
                roles[role] = sorted(pairs)
            anns.append(roles)
        out.append((sents, anns))
    return out


def tag_split(folder: Path) -> list[Speech]:
    from newsgraph.nlp.stage import german_tagger

    raw = read_split(folder)
    flat = [sent for sents, _ in raw for sent in sents]
    tagged = german_tagger().tag_sentences(flat)
    out = []
    k = 0
    for sents, anns in raw:
        rows = []
        for sent in sents:
            rows.append(
                [TaggedToken(w, t[1], t[2], t[3]) for w, t in zip(sent, tagged[k], strict=True)]
            )
            k += 1
        out.append(Speech(rows, anns))
    return out


# ---- lemma keys ---------------------------------------------------------------------------


def kind_of(tok: TaggedToken) -> str | None:
    return _KIND.get(tok.tag[:2]) if tok.tag != "APPRART" else "prep"


def separated_particle(sent: Sequence[TaggedToken], i: int) -> str | None:
    """The particle closing the clause of the finite verb at ``i`` (`schlug ... vor ,`)."""
    if not sent[i].tag.startswith("VVFIN"):
        return None
    j = i + 1
    while j < len(sent) and sent[j].text not in _CLAUSE_END and not sent[j].tag.startswith("V"):
        j += 1
    last = sent[j - 1] if j - 1 > i else None
    if last is not None and last.tag in ("PTKVZ", "APPR", "ADV", "ADJD"):
        low = last.text.lower()
        if low in PARTICLES:
            return low
    return None


def lemma_key(sent: Sequence[TaggedToken], i: int, particle: str | None = None) -> tuple[str, str]:
    tok = sent[i]
    kind = kind_of(tok) or "other"
    lemma = tok.lemma if kind == "noun" else tok.lemma.lower()
    if kind == "verb":
        part = particle if particle is not None else separated_particle(sent, i)
        if part and not lemma.startswith(part):
            lemma = part + lemma
    return kind, lemma


def cue_head(sent: Sequence[TaggedToken], positions: Sequence[int]) -> int | None:
    """The head word of a cue: its full verb, else its noun, adjective, preposition."""
    by_kind = {kind_of(sent[p]): p for p in reversed(positions)}
    for kind in _HEAD_ORDER:
        if kind in by_kind:
            return by_kind[kind]
    return positions[0] if positions else None


# ---- argument patterns --------------------------------------------------------------------


def message_patterns(speech: Speech, message: list[tuple[int, int]]) -> set[str]:
    if not message:
        return set()
    s0, t0 = message[0]
    sent = speech.sentences[s0]
    toks = [speech.sentences[s][t] for s, t in message if t < len(speech.sentences[s])]
    if not toks:
        return set()
    out = {"message"}
    first = toks[0]
    if first.text.lower() in ("dass", "daß", "ob"):
        out.add("dass")
    elif first.tag in _WH:
        out.add("wh")
    if any("Mood=Sub" in t.morph for t in toks if t.tag.endswith("FIN")):
        out.add("konj")
    if any(t.tag == "VVIZU" or t.tag == "PTKZU" for t in toks):
        out.add("zu")
    if t0 > 0 and sent[t0 - 1].text == ":":
        out.add("colon")
    if first.text in ("„", '"', "“", "»") or (t0 > 0 and sent[t0 - 1].text in ("„", '"', "»")):
        out.add("quote")
    if out & set(CLAUSE_PATTERNS):
        out.add("clause")
    elif "quote" not in out:
        out.add("np")
    return out


def source_patterns(speech: Speech, source: list[tuple[int, int]]) -> set[str]:
    if not source:
        return set()
    s0, t0 = source[0]
    sent = speech.sentences[s0]
    toks = [speech.sentences[s][t] for s, t in source if t < len(speech.sentences[s])]
    if not toks:
        return set()
    if t0 > 0 and sent[t0 - 1].text.lower() in ("von", "vom"):
        return {"src_von"}
    if toks[0].tag == "PPOSAT":
        return {"src_poss"}
    if any("Case=Gen" in t.morph for t in toks[:3]):
        return {"src_gen"}
    if toks[0].text.lower() in _FIRST_PERSON:
        return {"src_subj", "src_first"}
    return {"src_subj"}


# ---- counting ------------------------------------------------------------------------------


def count(speeches: Iterable[Speech]) -> dict[tuple[str, str], Stats]:
    stats: dict[tuple[str, str], Stats] = defaultdict(Stats)
    for speech in speeches:
        for sent in speech.sentences:
            for i, tok in enumerate(sent):
                if kind_of(tok):
                    stats[lemma_key(sent, i)].occurrences += 1
        for ann in speech.annotations:
            cue = ann.get("Cue", [])
            if not cue:
                continue
            s = cue[0][0]
            sent = speech.sentences[s]
            positions = [t for cs, t in cue if cs == s and t < len(sent)]
            head = cue_head(sent, positions)
            if head is None:
                continue
            ptc = [speech.sentences[ps][pt].text.lower() for ps, pt in ann.get("PTC", [])]
            particle = next((p for p in ptc if p in PARTICLES), None)
            key = lemma_key(sent, head, particle)
            row = stats[key]
            row.cues += 1
            row.forms[(sent[head].text.lower(), sent[head].tag)] += 1
            row.patterns.update(message_patterns(speech, ann.get("Message", [])))
            row.patterns.update(source_patterns(speech, ann.get("Source", [])))
            others = [p for p in positions if p != head and sent[p].tag not in ("PTKVZ",)]
            if others and key[0] == "verb":
                words = " ".join(sent[p].lemma.lower() for p in sorted([head, *others]))
                stats[("mwe", words)].cues += 1
    return stats


def split_particle(lemma: str, verbs: set[str]) -> str:
    """The separable particle of a joined verb lemma when the rest is a verb of its own."""
    for part in sorted(PARTICLES, key=lambda p: (-len(p), p)):
        if lemma.startswith(part) and lemma[len(part) :] in verbs:
            return part
    return ""


def top_forms(forms: Counter[tuple[str, str]], n: int = 8) -> tuple[tuple[str, str], ...]:
    """The ``n`` most frequent cue word forms with their most frequent STTS tag."""
    tag_of: dict[str, tuple[int, str]] = {}
    total: Counter[str] = Counter()
    for (form, tag), c in forms.items():
        total[form] += c
        if (c, tag) > tag_of.get(form, (0, "")):
            tag_of[form] = (c, tag)
    best = sorted(total, key=lambda f: (-total[f], f))[:n]
    return tuple((f, tag_of[f][1]) for f in best if f.isalpha())


def rows_of(stats: dict[tuple[str, str], Stats], min_cues: int) -> list[CueRow]:
    verbs = {lemma for (kind, lemma), st in stats.items() if kind == "verb" and st.occurrences}
    rows = []
    for (kind, lemma), st in stats.items():
        if st.cues < min_cues or kind == "other":
            continue
        occ = max(st.occurrences, st.cues)
        rows.append(
            CueRow(
                kind=kind,
                lemma=lemma,
                occurrences=occ if kind != "mwe" else 0,
                cues=st.cues,
                patterns=tuple(sorted(st.patterns.items())),
                particle=split_particle(lemma, verbs) if kind == "verb" else "",
                forms=top_forms(st.forms) if kind == "verb" else (),
            )
        )
    return sorted(rows, key=lambda r: (r.kind, -r.cues, r.lemma))


# ---- thresholds on dev --------------------------------------------------------------------


def gold_heads(speeches: Iterable[Speech]) -> list[tuple[set[tuple[int, int]], Speech]]:
    out = []
    for speech in speeches:
        heads = set()
        for ann in speech.annotations:
            cue = ann.get("Cue", [])
            if not cue or "clause" not in message_patterns(speech, ann.get("Message", [])):
                continue  # the claims stage frames complements: a `dass`, Konjunktiv, ... message
            s = cue[0][0]
            positions = [t for cs, t in cue if cs == s and t < len(speech.sentences[s])]
            head = cue_head(speech.sentences[s], positions)
            if head is not None:
                heads.add((s, head))
        out.append((heads, speech))
    return out


def evaluate(
    selected: set[tuple[str, str]],
    dev: list[tuple[set[tuple[int, int]], Speech]],
    kind: str,
    known: frozenset[str],
) -> tuple[float, float, float]:
    """Precision, recall and F0.5 of `a token of a selected lemma is the head of a cue with a
    complement message` on dev, counting only lemmas of ``kind`` that the hand lexicon lacks."""
    tp = fp = fn = 0
    for heads, speech in dev:
        for s, sent in enumerate(speech.sentences):
            for i, tok in enumerate(sent):
                if kind_of(tok) != kind:
                    continue
                key = lemma_key(sent, i)
                gold = (s, i) in heads
                if key in selected:
                    tp += gold
                    fp += not gold
                elif gold and key[1] not in known:
                    fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    return p, r, f


def choose(
    rows: list[CueRow], dev: list[tuple[set[tuple[int, int]], Speech]], known: frozenset[str]
) -> Selection:
    """The grid point with the best F0.5 on dev for verbs the hand lexicon (``known``) lacks."""
    best: tuple[float, Selection] | None = None
    grid = [
        Selection(c, r, m, MAX_FIRST, enabled=True)
        for c in (3, 5, 8, 12)
        for r in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
        for m in (0.0, 0.2, 0.35, 0.5)
    ]
    for sel in grid:
        chosen = {(r.kind, r.lemma) for r in rows if r.kind == "verb" and sel.accepts(r)}
        chosen -= {("verb", lemma) for lemma in known}
        p, r, f = evaluate(chosen, dev, "verb", known)
        if best is None or f > best[0] + 1e-9:
            best = (f, sel)
        print(f"  {sel.line()}  verbs={len(chosen):3d}  P={p:.3f} R={r:.3f} F0.5={f:.3f}")
    assert best is not None
    return best[1]


def main(shared: Path, out: Path = OUT, enable: bool = False) -> None:
    base = shared / SUBDIR
    if not (base / "train" / "task1").is_dir():
        raise SystemExit(f"error: {base}/train/task1 not found (pass --shared)")
    data = yaml.safe_load(YAML.read_text("utf-8"))
    known = hand_lemmas(data)
    train = tag_split(base / "train" / "task1")
    dev = tag_split(base / "dev" / "task1")
    rows = rows_of(count(train), min_cues=3)
    print(f"{len(rows)} rows with >= 3 cue uses in train")
    selection = choose(rows, gold_heads(dev), known)
    selection = dataclasses.replace(selection, enabled=enable)
    print(f"chosen on SpkAtt dev: {selection.line()}")
    out.write_text(format_table(rows, selection, HEADER), "utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--enable",
        action="store_true",
        help="write enabled=1: the claims stage takes the selected verbs (off by default: they "
        "lowered the news figures, see docs/models/claims_cues.md)",
    )
    args = ap.parse_args()
    main(args.shared.resolve(), args.out, args.enable)
    sys.exit(0)
