"""Silver POS data for the tagger: Wikinews sentences on which two taggers agree.

The gold-trained tagger and HanTa's sentence tagger (STTS mapped to UPOS) both tag the Wikinews
corpus (CC BY 2.5); sentences of 5–60 tokens where the two agree on every token's UPOS become
extra training sentences for the UPOS models (not for morphology).  Agreement of two different
taggers keeps the labels precise while adding many words and contexts the 30k gold tokens lack.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.nlp.conllu import GoldSentence, GoldToken
from newsgraph.nlp.lexicon import HantaTagger
from newsgraph.nlp.sentences import split_sentences
from newsgraph.nlp.tagger import PerceptronTagger
from newsgraph.nlp.tokenize import tokenize


def corpus_sentences(path: Path, limit: int | None = None) -> list[list[str]]:
    out: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text = json.loads(line).get("text", "")
            spans = tokenize(text)
            for i, j in split_sentences(text, spans):
                if 5 <= j - i <= 60:
                    out.append([text[s:e] for s, e in spans[i:j]])
            if limit and len(out) >= limit:
                break
    return out


def agreed_sentences(
    sentences: list[list[str]], ours: PerceptronTagger, hanta: HantaTagger
) -> list[GoldSentence]:
    """Sentences where both taggers give every token the same UPOS, as silver GoldSentences."""
    mine = ours.tag_sentences(sentences)
    out = []
    for k, (words, tags) in enumerate(zip(sentences, mine, strict=True)):
        theirs = hanta.tag(words)
        if all(a[0] == b[0] for a, b in zip(tags, theirs, strict=True)):
            toks = tuple(
                GoldToken(w, "_", t[0], t[1], "_", -1, "_")
                for w, t in zip(words, tags, strict=True)
            )
            out.append(GoldSentence(f"silver:{k}", toks))
    return out
