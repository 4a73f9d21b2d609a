"""Every screen at terminal sizes from 40×12 to 300×90, resized while open: no crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from hefboom_tui.demo import write_demo
from hefboom_tui.model.method import STEP_IDS
from hefboom_tui.tui.app import make_app

SIZES = [(40, 12), (80, 24), (300, 90), (61, 17)]


@pytest.mark.parametrize("step", STEP_IDS)
async def test_every_step_screen_at_every_size(folder: Path, step: str) -> None:
    write_demo(folder)
    app = make_app(folder, "demo", clock=lambda: 100.0, wall_clock=lambda: 1.8e9)
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step(step)
        await pilot.pause()
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("f5")
        await pilot.resize_terminal(45, 13)
        await pilot.pause()
        await pilot.press("f5", "question_mark")
        await pilot.pause()
        await pilot.press("escape")
        assert app.is_running


@pytest.mark.parametrize("opener", ["f3", "f4", "f2", "n", "t"])
async def test_dialogs_and_side_screens_small(folder: Path, opener: str) -> None:
    write_demo(folder)
    app = make_app(folder, "demo")
    async with app.run_test(size=(40, 12)) as pilot:
        if opener == "t":
            app.show_step("3.3")
            await pilot.pause()
        await pilot.press(opener)
        await pilot.pause()
        await pilot.resize_terminal(300, 90)
        await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert app.is_running


async def test_start_screen_sizes(folder: Path) -> None:
    write_demo(folder)
    app = make_app(folder)
    async with app.run_test(size=(40, 12)) as pilot:
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.store is not None
