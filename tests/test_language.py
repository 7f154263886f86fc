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
