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
