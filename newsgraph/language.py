"""The ``language`` stage: py3langid per article and per content block.

``lang`` (an option of :meth:`Pipeline.run`, e.g. ``--lang de``) fixes the article language;
``auto`` (the default) detects it from the content blocks.  Blocks get their own language when
they are long enough to be identified reliably and differ with good confidence; short blocks
(captions, credits, one-line titles) inherit the article language.

Speed: py3langid walks a byte automaton over the text, and the article sample is the content
blocks joined, so classifying the sample and then each long block would walk most bytes twice.
:class:`_SharedWalk` walks the sample once and reads each block's feature counts from that walk
(re-walking only the first bytes of a block, until the automaton's state agrees with the state
at the same byte of the sample).  The counts, and hence every decision, are exactly those of
``LanguageIdentifier.classify``; when the installed py3langid lacks the internals this needs, or
a text would be encoded differently on its own (all capitals, not NFC), the block is
classified directly.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from .doc import Doc
from .errors import ConfigError
from .pipeline import BaseStage
from .record import Block

#: Languages the identifier chooses among (news languages; keeps short texts from
#: being labelled with rare languages).
CANDIDATES: tuple[str, ...] = (
    "de", "en", "fr", "it", "es", "pt", "nl", "pl", "cs", "da", "sv", "no", "fi", "ru", "uk",
    "tr", "ar", "zh", "ja", "ko", "hu", "ro", "el", "hr", "sl", "sk", "lb",
)
LANG_OPTIONS: tuple[str, ...] = ("auto", "de", "en")
_MIN_BLOCK_CHARS = 60
_MIN_BLOCK_PROB = 0.9
_MIN_ARTICLE_PROB = 0.5
_SAMPLE_CHARS = 20000
#: texts used to check the shared walk against py3langid once per process
_SELF_CHECK = (
    "Der Bundestag hat am Donnerstag das Gesetz beschlossen.\nThe summit ended without a deal.",
    "Ça va très bien, merci. Это проверка.\n\nKURZ\nnoch ein Absatz mit Umlauten: äöü ß",
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return ident


def _has_alpha(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; ``("und", 0.0)`` for text without letters."""
    if not _has_alpha(text):
        return "und", 0.0
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def _plain(text: str) -> bool:
    """Whether py3langid encodes ``text`` as its plain UTF-8 (no lowercasing, no NFC change),
    so that its bytes inside a longer plain text are the bytes it has on its own."""
    return not text.isupper() and unicodedata.is_normalized("NFC", text)


class _SharedWalk:
    """py3langid's automaton walk and decision (``LanguageIdentifier.classify``), over bytes
    whose automaton states are kept, so that substrings are scored without walking them again."""

    def __init__(self, ident: Any) -> None:
        self.ident = ident
        self.nextmove = ident.tk_nextmove
        self.rowbase = ident._rowbase
        self.output = ident.tk_output

    def states(self, data: bytes) -> list[int]:
        nextmove, rowbase = self.nextmove, self.rowbase
        state = 0
        out: list[int] = []
        append = out.append
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            append(state)
        return out

    def sub_features(
        self, data: bytes, states: Sequence[int], feats: Sequence[int], start: int, end: int
    ) -> list[int]:
        """The automaton outputs of ``data[start:end]`` walked on its own: the first bytes are
        walked from the start state until the state equals the full walk's, the rest is read."""
        nextmove, rowbase, output = self.nextmove, self.rowbase, self.output
        state = 0
        head: list[int] = []
        j = start
        while j < end:
            state = nextmove[rowbase[state] + data[j]]
            if state == states[j]:
                break
            head.append(output[state])
            j += 1
        head.extend(feats[j:end])
        return head

    def decide(self, feats: Sequence[int], n_bytes: int) -> tuple[str, float]:
        """``classify`` of a text whose automaton outputs are ``feats`` (``-1`` = none)."""
        ident = self.ident
        visits = Counter(filter((0).__le__, feats))
        if visits:
            scores = ident._sparse_score(visits, ident.nb_ptc)
        else:
            scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(n_bytes or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in ident._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        best = int(scores.argmax())
        conf = float(scores[best])
        if ident.min_confidence is not None and conf < ident.min_confidence:
            return "und", conf
        return str(ident.nb_classes[best]), conf

    def classify(self, text: str) -> tuple[str, float]:
        data = text.encode("utf8", errors="surrogatepass")
        states = self.states(data)
        return self.decide([self.output[s] for s in states], len(data))


@lru_cache(maxsize=1)
def _shared_walk() -> _SharedWalk | None:
    """The shared walk when this py3langid exposes what it needs and agrees with ``classify``
    on a few texts and their lines (checked once per process); ``None`` otherwise."""
    ident = _identifier()
    try:
        if not ident._norm_probs:
            return None
        walk = _SharedWalk(ident)
        for text in _SELF_CHECK:
            if walk.classify(text) != ident.classify(text):
                return None
            data = text.encode("utf8")
            states = walk.states(data)
            feats = [walk.output[s] for s in states]
            pos = 0
            for line in text.split("\n"):
                n_bytes = len(line.encode("utf8"))
                if line and _plain(line):
                    sub = walk.sub_features(data, states, feats, pos, pos + n_bytes)
                    if walk.decide(sub, n_bytes) != ident.classify(line):
                        return None
                pos += n_bytes + 1
    except (AttributeError, TypeError, IndexError, ValueError):
        return None
    return walk


def check_lang(value: str | None) -> str:
    lang = (value or "auto").lower()
    if lang not in LANG_OPTIONS:
        raise ConfigError(f"unknown language {value!r}", hint=f"use one of {', '.join(LANG_OPTIONS)}")
    return lang


class LanguageStage(BaseStage):
    name = "language"
    version = "1"
    requires = ("blocks",)
    provides = ("language",)

    def __call__(self, doc: Doc) -> None:
        art = doc.article
        text = art.text
        forced = check_lang(doc.options.get("lang"))
        content = art.content_blocks() or art.blocks
        parts = [text[b.start : b.end] for b in content]
        sample = "\n".join(parts)[:_SAMPLE_CHARS]
        if not sample.strip():
            sample = text[:_SAMPLE_CHARS]
            parts = []
        # block -> its language found by the walk over the sample (see the module doc)
        found_in_sample: dict[Block, tuple[str, float]] = {}
        walk = _shared_walk() if forced == "auto" and _has_alpha(sample) else None
        if walk is not None and _plain(sample):
            data = sample.encode("utf8", errors="surrogatepass")
            states = walk.states(data)
            output = walk.output
            feats = [output[s] for s in states]
            found, prob = walk.decide(feats, len(data))
            char_pos = byte_pos = 0
            for b, part in zip(content, parts, strict=False):
                n_bytes = len(part.encode("utf8", errors="surrogatepass"))
                char_end = char_pos + len(part)
                if char_end > len(sample):
                    break
                if b.is_content and len(part) >= _MIN_BLOCK_CHARS and _plain(part):
                    sub = walk.sub_features(data, states, feats, byte_pos, byte_pos + n_bytes)
                    found_in_sample[b] = (
                        walk.decide(sub, n_bytes) if _has_alpha(part) else ("und", 0.0)
                    )
                char_pos = char_end + 1
                byte_pos += n_bytes + 1
        elif forced == "auto":
            found, prob = identify(sample)
        if forced != "auto":
            language = forced
        else:
            language = found if prob >= _MIN_ARTICLE_PROB else "und"
        blocks = tuple(
            self._block_language(text, b, language, found_in_sample.get(b))
            for b in art.blocks
        )
        doc.update(language=language, blocks=blocks)

    @staticmethod
    def _block_language(
        text: str, block: Block, article_lang: str, known: tuple[str, float] | None = None
    ) -> Block:
        span = text[block.start : block.end]
        lang = article_lang
        if block.is_content and len(span) >= _MIN_BLOCK_CHARS:
            found, prob = known if known is not None else identify(span)
            if found != "und" and prob >= _MIN_BLOCK_PROB:
                lang = found
        return Block(block.kind, block.start, block.end, lang)
