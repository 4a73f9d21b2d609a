"""Keys that say what they do: the command palette of a Dutch session holds no English
built-in commands and no raw action strings; tick boxes show ✓ or ✗, not only a colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.widgets.tick_box import TickBox

ENGLISH_BUILT_INS = {"Theme", "Quit", "Keys", "Screenshot", "Maximize", "Minimize", "Bell"}
RAW_ACTION = re.compile(r"^[a-z_.]+(\(.*\))?$|\w+\(.*\)")


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("step", ["1.1", "1.3", "1.4", "3.3", "4"])
async def test_palette_is_dutch_and_never_raw(folder: Path, step: str) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step(step)
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert not ENGLISH_BUILT_INS & set(titles), titles
        assert "Afsluiten" in titles and any(t.startswith("Thema") for t in titles)
        for command in commands:
            assert not RAW_ACTION.search(command.title), command.title
            assert not RAW_ACTION.search(command.help), command.help
        screen_commands = [c for c in commands if c.help.startswith("toets: ")]
        assert screen_commands, "this screen's own actions are offered, with their key"


@pytest.mark.usefixtures("demo_folder")
async def test_tick_boxes_show_a_mark_for_both_states(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("s")  # the rotation form has two tick boxes
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        box = app.screen.query_one("#f-auto", TickBox)
        assert "✓" in str(box.render())
        box.value = False
        await pilot.pause()
        assert "✗" in str(box.render()) and "✓" not in str(box.render())


@pytest.mark.usefixtures("demo_folder")
async def test_palette_leaves_out_textuals_english_widget_keys(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("4")
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for english in ("Cursor down", "Cursor up", "Focus Next", "Focus Previous", "Bottom",
                        "Copy selected text"):
            assert english not in titles


@pytest.mark.usefixtures("demo_folder")
async def test_the_beamer_opens_no_form(folder: Path) -> None:
    app = make_app(folder, "demo", beamer=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")  # "new fiche" on the wall: the projector only shows
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)


@pytest.mark.usefixtures("demo_folder")
async def test_the_tally_shows_the_whole_option_text(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("RowTable")
        for _ in range(table.row_count):
            key = table.current_key()
            option = next(o for o in app.store.session.support_options if o.id == key)
            shown = " ".join(screen.query_one("#tally-detail").whole_text().split())
            assert shown == " ".join(option.text.split())
            await pilot.press("down")
