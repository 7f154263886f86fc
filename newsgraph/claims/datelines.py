"""Datelines opening a report (`Berlin (dpa) -`, `SEOUL, Nov 4 (Reuters) -`, `BERLIN –`).

The place, date and agency before the dash say where and from whom the article comes, not what
anyone said: no claim's content, speaker or cue starts inside them.  :func:`dateline_end` finds
one at the start of a sentence (English and German), :func:`after_datelines` moves the start of
a content part that the frame rules let begin at the sentence start (`Berlin (dpa) - Die
Regierung will …, bestätigte ein Sprecher.`) to the first word of the report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Doc, Token
from ..structure.lexicon import load_cues
from .frames import Attr, Sentence
from .text import DASHES

#: agencies in a dateline's brackets besides those of the structure lexicon (which has `dpa`,
#: `AFP`, `Reuters`, `AP`, `Xinhua`, …)
_MORE_AGENCIES = frozenset(["upi", "bloomberg"])


@lru_cache(maxsize=4096)
def agency_name(word: str) -> bool:
    """``word`` names a news agency (`dpa`, `AFP`, `Reuters`, the structure lexicon's)."""
    if word.lower() in _MORE_AGENCIES:
        return True
    return re.fullmatch(load_cues().dateline_agency, word, re.IGNORECASE) is not None


def dateline_end(sent: Sentence) -> int:
    """The first token after a dateline opening the sentence (0 when there is none): a place in
    capitals or followed by an agency in brackets, an optional date, and a dash within 12
    tokens, with no quotation before the dash; or a single name and the dash before a capital
    (`Bern - Der Bundesrat …`)."""
    return dateline_length(sent.toks, sent.in_quote)


def dateline_length(toks: Sequence[Token], in_quote: Sequence[bool] | None = None) -> int:
    """:func:`dateline_end` over plain tokens (``in_quote``: which of them lie in a quotation)."""
    for k in range(1, min(len(toks) - 1, 12)):
        if toks[k].text not in DASHES:
            continue
        head = toks[0].text
        agency = any(toks[j].text == "(" and agency_name(toks[j + 1].text) for j in range(k - 1))
        # `Bern - Der Bundesrat …`: one name and the dash, the report opening after it (a
        # town the tagger read as a common noun too: `Kiel/NN - Die neue Direktorin …`)
        place = (
            k == 1
            and toks[0].tag in ("NE", "NN")
            and toks[0].text.isalpha()
            and k + 1 < len(toks)
            and toks[k + 1].text[:1].isupper()
        )
        if (head.isupper() and len(head) > 1 or agency or place) and not (
            in_quote and any(in_quote[j] for j in range(k))
        ):
            return k + 1
        return 0
    return 0


def after_datelines(attrs: list[Attr], sents: list[Sentence], text: str) -> list[Attr]:
    """Content parts and speaker phrases that start inside a dateline opening a paragraph start
    after it (the attrs are changed in place; the list is returned for the stage's chain of
    passes).  Not a sentence inside a paragraph (`BMW – der Konzern hatte … gemeldet – will …`)."""
    ends = []
    for sent in sents:
        if not sent.toks or text[: sent.toks[0].start].rstrip(" \t")[-1:] not in ("", "\n"):
            continue
        k = dateline_end(sent)
        if 0 < k < len(sent.toks):
            ends.append((sent.toks[0].start, sent.toks[k].start))
    if not ends:
        return attrs
    for a in attrs:
        for n, (s, e) in enumerate(a.parts):
            for first, after in ends:
                if first <= s < after < e:
                    a.parts[n] = (after, e)
        for first, after in ends:
            if a.speaker is not None and first <= a.speaker[0] < after < a.speaker[1]:
                a.speaker = (after, a.speaker[1])  # `Kiel - Die neue Direktorin … will …`
    return attrs


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines (:func:`dateline_length`) opening a paragraph of
    ``doc``'s sentences (nlp stage), through the dash."""
    out: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if doc.text[: sent.start].rstrip(" \t")[-1:] not in ("", "\n"):
            continue
        toks = doc.tokens_in(sent.start, sent.end)
        k = dateline_length(toks)
        if 0 < k < len(toks):
            out.append((sent.start, toks[k].start))
    return out
