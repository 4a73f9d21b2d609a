"""The help screen lists every key of the screen as it is, brackets included."""

from __future__ import annotations

from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.help import HelpScreen


@pytest.mark.usefixtures("demo_folder")
async def test_help_shows_bracket_keys_literally(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 40)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "question_mark")  # the tally's keys: [ and ] switch initiative
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "[/b]" not in text and "[b]" not in text
        lines = [line.strip() for line in text.splitlines()]
        assert any(line.startswith("[ ") or line.startswith("[  ") for line in lines), lines
        assert any(line.startswith("] ") or line.startswith("]  ") for line in lines), lines
