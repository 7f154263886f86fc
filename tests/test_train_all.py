"""``training/train_all.py`` finds every recipe."""

from __future__ import annotations

from training.train_all import main, recipes


def test_recipes_are_discovered() -> None:
    names = recipes()
    assert "training.train_tagger" in names
    assert "training.train_all" not in names
    assert recipes({"tagger"}) == ["training.train_tagger"]


def test_missing_shared_folder_is_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["--shared", str(tmp_path / "nope")]) == 2
