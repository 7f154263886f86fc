"""The language stage: article and block languages, the --lang option."""

from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError, StageFailed
from newsgraph.io import article_from_text
from newsgraph.language import LanguageStage, identify
from newsgraph.pipeline import Pipeline
from newsgraph.structure import StructureStage

PIPE = Pipeline([StructureStage(), LanguageStage()])
MIXED = (
    "Ausland\n\nGipfel in Brüssel endet ohne Einigung\n\n"
    "Die Staats- und Regierungschefs der EU haben sich nach zwei Tagen nicht auf einen Haushalt einigen können. "
    "Mehrere Länder blockierten den Kompromissvorschlag der Kommission.\n\n"
    "The summit ended without an agreement on the budget, and several leaders said they would return next month.\n\n"
    "Die Verhandlungen sollen im Dezember fortgesetzt werden, hieß es aus Diplomatenkreisen."
)


def test_article_and_block_languages() -> None:
    a = PIPE.run(article_from_text(MIXED))
    assert a.language == "de"
    langs = {a.text[b.start : b.end][:20]: b.language for b in a.blocks}
    assert langs["The summit ended wit"] == "en"
    assert langs["Die Verhandlungen so"] == "de"
    assert all(b.language for b in a.blocks)


def test_lang_option_forces_article_language() -> None:
    a = PIPE.run(article_from_text(MIXED), lang="en")
    assert a.language == "en"
    with pytest.raises(StageFailed):
        PIPE.run(article_from_text(MIXED), lang="xx")


def test_identify() -> None:
    assert identify("Der Bundestag hat am Donnerstag das Gesetz beschlossen.")[0] == "de"
    assert identify("Parliament passed the bill on Thursday after a long debate.")[0] == "en"
    assert identify("1234 -- !!")[0] == "und"


def test_very_short_text_is_undetermined_or_german() -> None:
    a = PIPE.run(article_from_text("Hallo"))
    assert a.language in ("und", "de")


def test_check_lang_error_message() -> None:
    from newsgraph.language import check_lang

    with pytest.raises(ConfigError, match="auto, de, en"):
        check_lang("fr")


def test_block_languages_from_the_shared_walk_equal_direct_classification() -> None:
    """The stage reads block counts from its walk over the article sample; every block must
    get exactly the decision py3langid's own ``classify`` gives for the block alone (also for
    all-capital and non-NFC blocks, which are encoded differently on their own)."""
    from newsgraph.language import _identifier, _shared_walk

    assert _shared_walk() is not None  # the installed py3langid supports the shared walk
    text = (
        MIXED
        + "\n\nDIE REGIERUNG HAT AM MONTAG NEUE REGELN FÜR DIE EINREISE AUS DRITTSTAATEN BESCHLOSSEN."
        + "\n\nDie Bu\u0308rgerinnen und Bu\u0308rger wurden am Sonntag zur Wahl aufgerufen, hieß es."
        + "\n\nLe gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs du pays."
    )
    a = PIPE.run(article_from_text(text))
    checked = 0
    for b in a.blocks:
        span = a.text[b.start : b.end]
        if not b.is_content or len(span) < 60:
            continue
        lang, prob = _identifier().classify(span)
        expected = lang if prob >= 0.9 else a.language
        assert b.language == expected, span
        checked += 1
    assert checked >= 5
