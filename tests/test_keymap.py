"""keymap.toml in the user config folder remaps keys by binding id; a broken one is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.wall import WallScreen


def _keymap(tmp_path: Path, monkeypatch, text: str) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "config" / "hefboom-tui"
    folder.mkdir(parents=True)
    (folder / "keymap.toml").write_text(text, encoding="utf-8")


@pytest.mark.usefixtures("demo_folder")
async def test_keymap_remaps_a_binding(folder: Path, tmp_path: Path, monkeypatch) -> None:
    _keymap(tmp_path, monkeypatch, '[keys]\n"wall.new" = "insert"\n')
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")  # the old key does nothing any more
        assert isinstance(app.screen, WallScreen)
        await pilot.press("insert")
        assert isinstance(app.screen, FormScreen)


@pytest.mark.usefixtures("demo_folder")
async def test_broken_keymap_is_reported_and_the_usual_keys_apply(
        folder: Path, tmp_path: Path, monkeypatch) -> None:
    _keymap(tmp_path, monkeypatch, '[keys\n"wall.new" = "insert"\n')
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("keymap.toml" in n.message and "gewone toetsen" in n.message
                   for n in app._notifications)
        await pilot.press("n")
        assert isinstance(app.screen, FormScreen)
