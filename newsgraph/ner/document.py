"""Document-level consistency passes over the mentions of one article.

News articles introduce a name in full once and then shorten it: ``Kim Jong-un`` ... ``Kim``,
``Angela Merkel`` ... ``Merkels``; an acronym recognised once (``KCNA``) recurs.  Sentence-level
tagging misses or mistypes some of the later mentions, so after all sentences are tagged:

* the last word of a multi-word ``PERSON`` mention (and, for East Asian names written
  family-name-first such as ``Kim Jong-un``, the first word) becomes a ``PERSON`` mention
  wherever it recurs untagged or tagged as a single-word non-person (also with a genitive
  ``-s``);
* an all-capitals acronym tagged ``ORG`` becomes ``ORG`` wherever it recurs untagged.

Added mentions have ``source="coref"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..doc import Mention, Token


def _name_keys(mentions: Sequence[Mention], tokens_of: dict[int, list[Token]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for m in mentions:
        toks = tokens_of.get(m.start, [])
        words = [t.text for t in toks if t.text[:1].isupper()]
        if m.label == "PERSON" and len(words) >= 2 and m.score >= 0.5:
            last = words[-1]
            if len(last) > 2 and "." not in last:
                keys.setdefault(last, "PERSON")
            # Kim Jong-un / Xi Jinping: the family name comes first
            if "-" in words[1] or (len(words) == 2 and len(words[0]) <= 4 and len(words[1]) > 4):
                keys.setdefault(words[0], "PERSON")
        elif m.label == "ORG" and len(toks) == 1 and m.text.isupper() and len(m.text) >= 2:
            keys.setdefault(m.text, "ORG")
    return keys


def propagate(tokens: Sequence[Token], mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions plus the document-level additions; ``tokens`` are the content tokens."""
    if not mentions:
        return mentions
    starts = {t.start: i for i, t in enumerate(tokens)}
    tokens_of: dict[int, list[Token]] = {}
    for m in mentions:
        i = starts.get(m.start)
        if i is None:
            continue
        toks = []
        while i < len(tokens) and tokens[i].end <= m.end:
            toks.append(tokens[i])
            i += 1
        tokens_of[m.start] = toks
    keys = _name_keys(mentions, tokens_of)
    if not keys:
        return mentions
    covered: dict[int, int] = {}  # token start -> index of the mention covering it
    for idx, mention in enumerate(mentions):
        for t in tokens_of.get(mention.start, []):
            covered[t.start] = idx
    out = list(mentions)
    for tok in tokens:
        word = tok.text
        label = keys.get(word)
        if label is None and word.endswith("s") and keys.get(word[:-1]) == "PERSON":
            label = "PERSON"
        if label is None:
            continue
        pos = covered.get(tok.start)
        if pos is None:
            out.append(Mention(tok.start, tok.end, word, label, 0.7, "coref"))
            continue
        m = out[pos]
        if m.label != label and m.start == tok.start and m.end == tok.end and label == "PERSON":
            out[pos] = replace(m, label=label, source="coref")
    return sorted(out, key=lambda m: (m.start, m.end))
