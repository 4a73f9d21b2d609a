"""The round timer as a room needs it: the pre-alarm rings once a minute before the end,
Space at 0:00 goes on to the next round, auto-advance is on by default, one signal per event,
and nothing says "next" before there is a schedule."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import Clocks, saved

from hefboom_tui.model import actions
from hefboom_tui.model.phase3 import Timer
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.rotation import RotationScreen
from hefboom_tui.tui.widgets.round_timer import RoundTimer


def test_auto_advance_is_on_for_a_new_session() -> None:
    assert Timer().auto_advance is True


@pytest.mark.usefixtures("demo_folder")
async def test_pre_alarm_once_then_alarm_then_space_at_zero_advances(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    bells: list[float] = []
    app.bell = lambda: bells.append(clocks.mono)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RotationScreen)
        session = saved(folder)
        minutes, rounds = session.timer.minutes, len(session.rotation.rounds)
        assert rounds >= 2
        await pilot.press("space")
        timer = screen.query_one(RoundTimer)
        clocks.advance(minutes * 60 - 90)
        timer.tick()
        await pilot.pause()
        assert bells == [] and not timer.has_class("-warning")
        clocks.advance(40)  # 50 s left: the pre-alarm
        timer.tick()
        await pilot.pause()
        assert len(bells) == 1 and timer.has_class("-warning")
        for _ in range(5):  # more ticks in the last minute ring no more
            clocks.advance(5)
            timer.tick()
            await pilot.pause()
        assert len(bells) == 1
        assert not app._notifications, "no toast on top of the room's screen"
        clocks.advance(30)  # zero: the alarm rings once and (auto-advance) the next round runs
        timer.tick()
        await pilot.pause()
        assert len(bells) == 2
        assert saved(folder).timer.round == 1 and saved(folder).timer.status == "running"
        assert not app._notifications
        # without auto-advance the round stops at 0:00, and Space goes on to the next one
        assert app.do(actions.timer_settings, auto_advance=False).ok
        clocks.advance(minutes * 60 + 1)
        timer.tick()
        await pilot.pause()
        state = saved(folder).timer
        assert state.round == 1 and state.status == "paused" and state.remaining == 0
        await pilot.press("space")
        await pilot.pause()
        state = saved(folder).timer
        assert state.round == 2 or state.status == "done"
        if state.status != "done":
            assert state.status == "running" and state.remaining > 0


@pytest.mark.usefixtures("demo_folder")
async def test_nothing_comes_next_without_a_schedule(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.store.session.rotation.rounds = []  # type: ignore[union-attr]
        app.show_step("3.3")
        await pilot.pause()
        text = str(app.screen.query_one("#board-next").render())
        assert "VOLGENDE" not in text and "STRAKS" not in text


@pytest.mark.usefixtures("demo_folder")
async def test_minus_never_ends_the_round(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("space")
        round_before = saved(folder).timer.round
        for _ in range(12):  # far more minutes off than the round has
            await pilot.press("minus")
        await pilot.pause()
        timer = app.screen.query_one(RoundTimer)
        timer.tick()
        await pilot.pause()
        state = saved(folder).timer
        assert state.round == round_before and state.status == "running"
        assert timer.remaining() >= 1


@pytest.mark.usefixtures("demo_folder")
async def test_a_running_round_comes_back_paused_when_the_facilitator_asked_for_it(
        folder: Path) -> None:
    """The rotation form's "resume paused after a restart": the app that opens the session
    pauses the running round with the time that was left, instead of letting it run on."""
    clocks = Clocks()
    first = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with first.run_test(size=(100, 30)) as pilot:
        first.show_step("3.3")
        await pilot.pause()
        assert first.do(actions.timer_settings, resume_paused=True).ok
        await pilot.press("space")
        await pilot.pause()
    assert saved(folder).timer.status == "running"
    clocks.advance(100)  # the laptop restarts 100 s later
    second = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with second.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timer = saved(folder).timer
        assert timer.status == "paused"
        assert timer.remaining == pytest.approx(timer.minutes * 60 - 100, abs=1)
