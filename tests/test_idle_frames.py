"""An idle screen draws nothing: no frames while nothing changes (rotation and tally screens,
where the round timer lives). A running timer draws about once a second, which shows the
counter works."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.screen import Screen

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.rotation import RotationScreen
from hefboom_tui.tui.screens.tally import TallyScreen

IDLE = 1.0
"""Seconds an idle screen is watched: the round timer would draw once in a second."""
RUNNING = 1.5
"""Seconds a running timer is watched: at least one of its one-second ticks falls in it."""


async def frames_during(pilot, seconds: float, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many compositor refreshes (frames) the app makes in ``seconds`` of real time."""
    count = 0
    original = Screen._compositor_refresh

    def counting(self: Screen) -> None:
        nonlocal count
        count += 1
        original(self)

    await pilot.pause(0.2)  # let start-up settle (the footer mounts after the first frame)
    monkeypatch.setattr(Screen, "_compositor_refresh", counting)
    await asyncio.sleep(seconds)
    monkeypatch.setattr(Screen, "_compositor_refresh", original)
    return count


@pytest.mark.usefixtures("demo_folder")
async def test_rotation_and_tally_draw_nothing_while_idle(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        assert isinstance(app.screen, RotationScreen)
        assert await frames_during(pilot, IDLE, monkeypatch) == 0
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TallyScreen)
        assert await frames_during(pilot, IDLE, monkeypatch) == 0
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("space")  # start the round: now the digits change every second
        await pilot.pause()
        assert app.store is not None and app.store.session.timer.status == "running"
        assert 1 <= await frames_during(pilot, RUNNING, monkeypatch) <= 6


@pytest.mark.usefixtures("demo_folder")
async def test_the_step_timer_draws_only_while_it_runs(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9", "escape")  # an idle step timer: nothing shows, nothing draws
        assert await frames_during(pilot, IDLE, monkeypatch) == 0
        await pilot.press("f9", "space", "escape")  # running: the header counts each second
        assert app.store is not None and app.store.session.step_timer.status == "running"
        assert 1 <= await frames_during(pilot, RUNNING, monkeypatch) <= 6
        await pilot.press("f9", "space", "escape")  # paused: shown, but nothing moves
        assert app.store.session.step_timer.status == "paused"
        assert await frames_during(pilot, IDLE, monkeypatch) == 0
