"""A language switch shows at once: the footer, the ``?`` help and the command palette of a
running app follow it, and keys remapped in keymap.toml keep their new key and description."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets._footer import FooterKey

from hefboom_tui.i18n import language
from hefboom_tui.tui.app import HefboomApp, make_app
from hefboom_tui.tui.screens.duos import DuosScreen
from hefboom_tui.tui.screens.help import HelpScreen
from hefboom_tui.tui.screens.wall import WallScreen
from hefboom_tui.tui.widgets.detail_line import DetailPane
from hefboom_tui.tui.widgets.row_table import RowTable
from hefboom_tui.tui.widgets.wall_grid import WallGrid


def _footer(app: HefboomApp) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


def _palette(app: HefboomApp) -> list[str]:
    return [c.title for c in app.get_system_commands(app.screen)]


async def _switch(app: HefboomApp, pilot, name: str) -> None:
    command = next(c for c in app.get_system_commands(app.screen) if c.title.endswith(name))
    command.callback()
    await pilot.pause()
    await pilot.pause()


@pytest.mark.usefixtures("demo_folder")
async def test_footer_palette_and_help_follow_a_language_switch(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "Stappen" in _footer(app) and "Steps" not in _footer(app)
        assert "Afsluiten" in _palette(app) and "Taal: English" in _palette(app)

        await _switch(app, pilot, "English")
        assert language() == "en"
        assert isinstance(app.screen, WallScreen)
        assert "Steps" in _footer(app) and "Stappen" not in _footer(app)
        titles = _palette(app)
        assert "Quit" in titles and "Afsluiten" not in titles and "Language: Nederlands" in titles
        assert "Present" in titles  # a binding's description in the palette
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "Steps" in text and "Stappen" not in text
        await pilot.press("escape")
        await pilot.pause()

        await _switch(app, pilot, "Nederlands")
        assert language() == "nl" and "Stappen" in _footer(app)


@pytest.mark.usefixtures("demo_folder")
async def test_a_remapped_key_keeps_its_description_in_both_languages(
        folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config" / "hefboom-tui").mkdir(parents=True)
    (tmp_path / "config" / "hefboom-tui" / "keymap.toml").write_text(
        '[keys]\n"app.steps" = "f9"\n', encoding="utf-8")
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        keys = {key.description: key.key for key in app.screen.query(FooterKey)}
        assert keys.get("Stappen") == "f9"
        await _switch(app, pilot, "English")
        keys = {key.description: key.key for key in app.screen.query(FooterKey)}
        assert keys.get("Steps") == "f9"
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "StepsScreen"


def _flat(text: object) -> str:
    """``text`` without any white space (the pane wraps lines where it likes)."""
    plain = text.plain if isinstance(text, Text) else str(text)
    return "".join(plain.split())


@pytest.mark.usefixtures("demo_folder")
async def test_a_language_switch_keeps_the_cursor_on_its_row(folder: Path) -> None:
    """The step screen is built anew in the other language: its tables' cursors stay on the
    same rows, the same table keeps the focus and the detail pane shows that row."""
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        duos = app.screen.query_one("#duo-list", RowTable)
        assert app.focused is duos
        await pilot.press("down", "down")  # the third duo
        await pilot.press("tab", "down")  # its second card
        await pilot.pause()
        cards = app.screen.query_one("#duo-cards", RowTable)
        assert app.focused is cards and (duos.cursor_row, cards.cursor_row) == (2, 1)
        duo, card = duos.current_key(), cards.current_key()
        assert card is not None

        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"English", "enter")
        await pilot.pause()
        await pilot.pause()

        assert language() == "en"
        screen = app.screen
        assert isinstance(screen, DuosScreen)
        assert screen.query_one("#duo-list", RowTable) is not duos  # built anew
        duos, cards = (screen.query_one(f"#{id_}", RowTable) for id_ in ("duo-list", "duo-cards"))
        assert (duos.cursor_row, cards.cursor_row) == (2, 1)
        assert (duos.current_key(), cards.current_key()) == (duo, card)
        assert app.focused is cards
        pane = screen.query_one(DetailPane)
        assert _flat(pane.whole_text()) == _flat(screen.detail("duo-cards", card))
        assert "Verdict" in pane.whole_text()  # in English, for this card


@pytest.mark.usefixtures("demo_folder")
async def test_a_language_switch_keeps_the_walls_cursor_on_its_initiative(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WallScreen)
        await pilot.press("right", "down")
        await pilot.pause()
        grid = app.screen.query_one(WallGrid)
        cursor, chosen = grid.cursor, grid.selected
        assert cursor > 1 and chosen is not None

        await _switch(app, pilot, "English")
        assert language() == "en" and isinstance(app.screen, WallScreen)
        grid = app.screen.query_one(WallGrid)
        assert (grid.cursor, grid.selected) == (cursor, chosen)
        assert app.focused is grid
