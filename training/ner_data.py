"""Training corpora for the NER model, as token/BIO-label sentences.

* GermEval 2014 dev (CC BY 4.0): outer labels via :mod:`newsgraph.ner.germeval`.  The last
  20 % of the sentences (by position in the file) are held out for the reported score and
  never used here; sentences 60-80 % (fold a) and 0-20 % (fold b) serve as tuning splits
  during development.
* DFKI SmartData (CC BY 4.0): concept mentions mapped to our types
  (``person`` -> PER, ``organization*`` -> ORG, ``location*`` -> LOC, others dropped),
  tokenised with :mod:`newsgraph.ner.simple_tokens`.
* Wikinews texts (CC BY 2.5): raw sentences for the vocabulary and silver data.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ner.germeval import LabelledSentence, read_germeval, select_part
from newsgraph.ner.simple_tokens import split_sentences, tokenize

HELDOUT_PART = "0.8:1"
TRAIN_PART = "0:0.8"
TUNE_PART = "0.6:0.8"
DEV_TRAIN_PART = "0:0.6"
#: tuning folds (train part, scored part), both inside the training part 0-80 %
TUNE_FOLDS = {"a": (DEV_TRAIN_PART, TUNE_PART), "b": ("0.2:0.8", "0:0.2")}

SMARTDATA_TYPES = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "organization_company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location_city": "LOC",
    "location-street": "LOC",
    "location_street": "LOC",
    "location-stop": "LOC",
    "location_stop": "LOC",
    "location-route": "LOC",
    "location_route": "LOC",
}
SMARTDATA_FILES = ("v3_20200302/dev.json.gz", "v1_20180119/train.json.gz", "v1_20180119/test.json.gz")


def germeval(shared: Path, part: str) -> list[LabelledSentence]:
    return select_part(read_germeval(shared / "ner/germeval2014/NER-de-dev.tsv"), part)


def _avro_docs(path: Path) -> Iterator[dict]:
    dec = json.JSONDecoder()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    i = 0
    while i < len(data):
        while i < len(data) and data[i].isspace():
            i += 1
        if i >= len(data):
            break
        obj, i = dec.raw_decode(data, i)
        yield obj


def _unwrap(value: object) -> object:
    if isinstance(value, dict) and len(value) == 1:
        return next(iter(value.values()))
    return value


def smartdata(shared: Path, sources: tuple[str, ...] = ("news", "rss", "tweet")) -> list[LabelledSentence]:
    """SmartData documents (deduplicated by id), split into sentences with BIO labels."""
    seen: set[str] = set()
    out: list[LabelledSentence] = []
    for fname in SMARTDATA_FILES:
        for doc in _avro_docs(shared / "ner/smartdata" / fname):
            if doc["id"] in seen:
                continue
            seen.add(doc["id"])
            refids = _unwrap(doc.get("refids")) or {}
            source = refids.get("source") if isinstance(refids, dict) else None
            if source not in sources:
                continue
            text = _unwrap(doc.get("text"))
            if not isinstance(text, str):
                continue
            mentions = []
            concepts = _unwrap(doc.get("conceptMentions")) or []
            for cm in concepts if isinstance(concepts, list) else []:
                typ = SMARTDATA_TYPES.get(str(cm.get("type", "")).lower())
                if typ:
                    mentions.append((cm["span"]["start"], cm["span"]["end"], typ))
            out.extend(_label_text(text, mentions, len(out)))
    return out


def _label_text(text: str, mentions: list[tuple[int, int, str]], base: int) -> Iterator[LabelledSentence]:
    tokens = tokenize(text)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    labels = ["O"] * len(tokens)
    bad: set[int] = set()
    for s, e, typ in sorted(mentions, key=lambda m: (m[0], -m[1])):
        i, j = starts.get(s), ends.get(e)
        if i is None or j is None:
            # misaligned with our tokens: do not train on that sentence
            bad.update(k for k, t in enumerate(tokens) if t.start < e and t.end > s)
            continue
        if any(lab != "O" for lab in labels[i : j + 1]):
            continue
        labels[i] = "B-" + typ
        for k in range(i + 1, j + 1):
            labels[k] = "I-" + typ
    for n, sent in enumerate(split_sentences(text, tokens)):
        rng = range(sent.tok_start, sent.tok_end)
        if any(k in bad for k in rng) or len(rng) < 3:
            continue
        yield LabelledSentence(
            base + n, tuple(tokens[k].text for k in rng), tuple(labels[k] for k in rng)
        )


def wikinews_texts(shared: Path) -> Iterator[str]:
    with (shared / "news/wikinews_de.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n\n" + rec["text"]


def wikinews_sentences(shared: Path) -> Iterator[list[str]]:
    for text in wikinews_texts(shared):
        toks = tokenize(text)
        for s in split_sentences(text, toks):
            yield [t.text for t in toks[s.tok_start : s.tok_end]]


def words(shared: Path) -> set[str]:
    """Word forms (case kept) of all training texts: GermEval 0-80 %, Wikinews, SmartData."""
    out: set[str] = set()
    for sent in germeval(shared, TRAIN_PART):
        out.update(sent.tokens)
    for toks in wikinews_sentences(shared):
        out.update(toks)
    for sent in smartdata(shared):
        out.update(sent.tokens)
    return out


def vocabulary(shared: Path) -> set[str]:
    """Lower-cased word forms of all training texts (for attesting derived lexicon forms)."""
    return {w.lower() for w in words(shared)}
