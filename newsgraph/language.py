"""The ``language`` stage: py3langid per article and per content block.

``lang`` (an option of :meth:`Pipeline.run`, e.g. ``--lang de``) fixes the article language;
``auto`` (the default) detects it from the content blocks.  Blocks get their own language when
they are long enough to be identified reliably and differ with good confidence; short blocks
(captions, credits, one-line titles) inherit the article language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

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


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return ident


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; ``("und", 0.0)`` for text without letters."""
    if not any(ch.isalpha() for ch in text):
        return "und", 0.0
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


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
        forced = check_lang(doc.options.get("lang"))
        content = art.content_blocks() or art.blocks
        sample = "\n".join(art.text[b.start : b.end] for b in content)[:20000]
        if not sample.strip():
            sample = art.text[:20000]
        if forced != "auto":
            language = forced
        else:
            found, prob = identify(sample)
            language = found if prob >= _MIN_ARTICLE_PROB else "und"
        blocks = tuple(self._block_language(art.text, b, language) for b in art.blocks)
        doc.update(language=language, blocks=blocks)

    @staticmethod
    def _block_language(text: str, block: Block, article_lang: str) -> Block:
        span = text[block.start : block.end]
        lang = article_lang
        if block.is_content and len(span) >= _MIN_BLOCK_CHARS:
            found, prob = identify(span)
            if found != "und" and prob >= _MIN_BLOCK_PROB:
                lang = found
        return Block(block.kind, block.start, block.end, lang)
