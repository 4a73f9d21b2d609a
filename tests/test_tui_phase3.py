"""Functional tests of phase 3: decide with arguments, two timed rounds on an injected clock,
sticker tallies by keyboard, engagements; and a restart in the middle of a round."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import Clocks, saved, type_text

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.decide import DecideScreen
from hefboom_tui.tui.screens.engagements import EngagementsScreen
from hefboom_tui.tui.screens.rotation import RotationScreen
from hefboom_tui.tui.screens.tally import TallyScreen
from hefboom_tui.tui.widgets.round_timer import RoundTimer


@pytest.mark.usefixtures("demo_folder")
async def test_decide_rotate_tally_engage(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(100, 30)) as pilot:
        # step 3.2: an argument is required for yes and for no
        app.show_step("3.2")
        await pilot.pause()
        assert isinstance(app.screen, DecideScreen)
        undecided = [i for i in saved(folder).initiatives
                     if i.choice.chosen and not i.decision.decision]
        assert not undecided  # the demo decided all; reopen one as a facilitator would
        await pilot.press("enter")
        form = app.screen
        for _ in range(3):
            await pilot.press("tab")
        assert form.values()["decision"]
        await pilot.press("escape")
        # step 3.3: rotation with an injected clock
        app.show_step("3.3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RotationScreen)
        await pilot.press("s")
        await pilot.press("ctrl+a") if False else None
        for _ in range(3):
            await pilot.press("backspace")
        await type_text(pilot, "5")
        assert app.screen.query_one("#f-auto").value is True  # auto-advance is on by default
        await pilot.press("tab", "tab", "tab", "space")  # this facilitator moves on by hand
        await pilot.press("ctrl+s")
        session = saved(folder)
        assert session.rotation.minutes == 5 and len(session.rotation.rounds) == 2
        assert session.timer.auto_advance is False
        await pilot.press("space")
        assert saved(folder).timer.status == "running"
        timer = screen.query_one(RoundTimer)
        clocks.advance(4 * 60 + 10)
        timer.tick()
        assert timer.has_class("-warning") and round(timer.remaining()) == 50
        await pilot.press("plus")
        assert round(timer.remaining()) == 110
        clocks.advance(111)
        timer.tick()
        await pilot.pause()
        state = saved(folder).timer
        assert state.status == "paused" and state.remaining == 0  # alarm, waits for "next"
        assert screen.has_class("-alarm")
        await pilot.press("n", "space")
        state = saved(folder).timer
        assert state.round == 1 and state.status == "running"
        clocks.advance(60)
        timer.tick()
        assert round(timer.remaining()) == 240
        await pilot.press("space")
        assert saved(folder).timer.status == "paused"
        # the tally by keyboard
        await pilot.press("t")
        assert isinstance(app.screen, TallyScreen)
        tally = app.screen
        first_item = tally.initiative
        option = tally.query_one("RowTable").current_key()
        before = saved(folder).tally(first_item.id, option)
        green = before.green if before else 0
        await pilot.press("g", "g", "r")
        after = saved(folder).tally(first_item.id, option)
        assert after.green == green + 2
        await pilot.press("G")
        assert saved(folder).tally(first_item.id, option).green == green + 1
        await pilot.press("right")  # the red column
        await pilot.press("1", "2")
        # 12 red stickers with 8 people present: the app asks (a typo of 12 for 2?)
        assert saved(folder).tally(first_item.id, option).red == 1
        await pilot.press("j")
        assert saved(folder).tally(first_item.id, option).red == 12
        await pilot.press("ctrl+z")
        assert saved(folder).tally(first_item.id, option).red == 1
        await pilot.press("right_square_bracket")
        assert tally.initiative.id != first_item.id
        await pilot.press("v")
        assert "×" in str(tally.query_one("#tally-title").render())
        await pilot.press("escape")
        # step 3.3, the plenum of the initiative on screen: a concrete engagement, answered
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "p")
        assert isinstance(app.screen, EngagementsScreen)
        shown = app.screen.initiative
        count = len(saved(folder).engagements)
        await pilot.press("n", "tab")  # the option under the cursor is picked; on to "what"
        await type_text(pilot, "Mee zoeken naar vrijwilligers")
        await pilot.press("tab", "enter", "down", "enter", "tab")  # are we doing this? yes
        await type_text(pilot, "Ze vragen het zelf")
        await pilot.press("ctrl+s")
        engagements = saved(folder).engagements
        assert len(engagements) == count + 1
        added = engagements[-1]
        assert added.what == "Mee zoeken naar vrijwilligers" and added.answer == "yes"
        assert added.why == "Ze vragen het zelf" and added.initiative == shown
        assert added.option in {o.id for o in saved(folder).options_for(shown)}


@pytest.mark.usefixtures("demo_folder")
async def test_timer_resumes_after_restart(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("space")
        clocks.advance(100)
    # the laptop crashed; the app is started again 30 s later, with a different monotonic origin
    clocks.wall += 30
    clocks.mono = 5.0
    app = make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RotationScreen)
        remaining = app.screen.query_one(RoundTimer).remaining()
        assert round(remaining) == 7 * 60 - 130


@pytest.mark.usefixtures("demo_folder")
async def test_capped_schedule_shows_who_misses_what(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("s", "tab", "tab")
        await type_text(pilot, "1")
        await pilot.press("ctrl+s")
        assert saved(folder).rotation.cap == 1 and len(saved(folder).rotation.rounds) == 1
        board = str(app.screen.query_one("#board-next").render())
        assert "Mist door het ingekorte schema" in board and "DA8" in board
