"""The step timer in the app, at 80×24: F9 opens it from any screen with the current step's
defaults, the header counts down on every screen (with the pre-alarm and the end alarm),
Space at 0:00 goes on, a restart resumes it, Ctrl+Z leaves it alone, the two timers do not
fight, and the room (presentation mode, the beamer) sees big digits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Digits
from tui_helpers import Clocks, saved

from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui.app import HefboomApp, make_app
from hefboom_tui.tui.screens.help import HelpScreen
from hefboom_tui.tui.screens.step_timer import StepTimerDialog
from hefboom_tui.tui.screens.wall import WallScreen
from hefboom_tui.tui.timers import DIGITS_ID
from hefboom_tui.tui.widgets.round_timer import RoundTimer
from hefboom_tui.tui.widgets.session_header import SessionHeader

SIZE = (80, 24)
WAIT_LIMIT = 10.0  # a failure threshold for a busy machine, not a performance figure


def header(app: HefboomApp) -> str:
    return str(app.screen.query_one(SessionHeader).render())


def clocked(folder: Path, clocks: Clocks) -> HefboomApp:
    return make_app(folder, "demo", clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)


@pytest.mark.usefixtures("demo_folder")
async def test_f9_on_the_wall_is_a_free_timer_counting_in_the_header(folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, WallScreen)
        assert "⏱" not in header(app)  # nothing counts: nothing shows
        await pilot.press("f9")
        assert isinstance(app.screen, StepTimerDialog)
        assert saved(folder).step_timer.step == ""  # step 1.1 has no timer of its own
        await pilot.press("space", "escape")
        assert isinstance(app.screen, WallScreen)
        assert saved(folder).step_timer.status == "running"
        assert "⏱ 5:00 · vrije timer" in header(app)
        clocks.advance(72)
        app.timers.tick()
        assert "⏱ 3:48 · vrije timer" in header(app)
        await pilot.press("f9", "space", "f9")  # F9 closes the panel again; Space paused it
        assert isinstance(app.screen, WallScreen)
        assert "⏸ 3:48" in header(app) and saved(folder).step_timer.status == "paused"


@pytest.mark.usefixtures("demo_folder")
async def test_f9_on_step_1_3_takes_the_duo_work_time(folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        await pilot.press("f9")
        state = saved(folder).step_timer
        assert (state.step, state.minutes, state.rounds) == ("1.3", 20, 1)
        await pilot.press("plus", "plus", "space", "escape")  # 22 minutes, then start
        assert "⏱ 22:00 · 1.3 werktijd" in header(app)
        # the header follows to other screens: the team (F3) and back
        await pilot.press("f3")
        await pilot.pause()
        assert "1.3 werktijd" in header(app)


@pytest.mark.usefixtures("demo_folder")
async def test_talk_per_presenter_alarms_and_space_at_zero(folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    bells: list[float] = []
    app.bell = lambda: bells.append(clocks.mono)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("1.2")
        await pilot.pause()
        await pilot.press("f9")
        present = len(saved(folder).present())
        state = saved(folder).step_timer
        assert (state.step, state.minutes, state.rounds) == ("1.2", 3, present) and present > 1
        await pilot.press("space", "escape")
        bar = app.screen.query_one(SessionHeader)
        clocks.advance(125)  # 55 s left: the pre-alarm, once
        for _ in range(4):
            app.timers.tick()
            clocks.advance(1)
        await pilot.pause()
        assert len(bells) == 1 and bar.has_class("-timer-warning")
        assert f"1.2 spreektijd 1/{present}" in header(app)
        clocks.advance(60)  # 0:00: the end alarm, and the round waits for the facilitator
        app.timers.tick()
        await pilot.pause()
        assert len(bells) == 2 and bar.has_class("-timer-done") and "tijd!" in header(app)
        state = saved(folder).step_timer
        assert state.status == "paused" and state.remaining == 0 and state.round == 0
        assert not app._notifications, "no toast on top of the room's screen"
        await pilot.press("f9", "space")  # Space at 0:00: the next presenter, running
        state = saved(folder).step_timer
        assert state.round == 1 and state.status == "running" and state.remaining == 180
        panel = app.screen.query_one(RoundTimer)
        assert f"spreker 2 van {present}" in str(panel.query_one("#timer-status").render())


@pytest.mark.usefixtures("demo_folder")
async def test_a_restart_resumes_the_step_timer(folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        await pilot.press("f9", "space", "escape")
        clocks.advance(100)
    clocks.wall += 30  # the laptop crashed; 30 s later the app runs again (a new monotonic
    clocks.mono = 5.0  # origin)
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert round(app.timers.step.remaining()) == 20 * 60 - 130
        assert "⏱ 17:50 · 1.3 werktijd" in header(app)


@pytest.mark.usefixtures("demo_folder")
async def test_one_ctrl_z_takes_back_the_facilitator_not_the_clock(folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        before = len(saved(folder).initiatives)
        assert app.do(actions.add_initiative, name="Buurtfeest").ok
        await pilot.press("f9", "space", "escape")
        for _ in range(3):  # ticks, then 0:00: the clock saves what happened
            clocks.advance(100)
            app.timers.tick()
        await pilot.pause()
        assert saved(folder).step_timer.status == "paused"
        await pilot.press("ctrl+z")
        await pilot.pause()
        state = saved(folder)
        assert len(state.initiatives) == before  # the fiche went
        assert state.step_timer.status == "paused" and state.step_timer.remaining == 0
        assert any(n.message == "Ongedaan gemaakt: fiche toegevoegd" for n in app._notifications)


@pytest.mark.usefixtures("demo_folder")
async def test_the_step_timer_waits_while_the_rotation_runs(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("space")  # the rotation's round timer
        assert saved(folder).timer.status == "running"
        await pilot.press("f9")
        note = str(app.screen.query_one("#panel-note").render())
        assert "rotatie" in note and "loopt" in note
        await pilot.press("space")
        assert saved(folder).step_timer.status == "idle"
        assert any("rondetimer" in n.message for n in app._notifications)


@pytest.mark.usefixtures("demo_folder")
async def test_help_and_palette_name_the_key_in_dutch(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=SIZE) as pilot:
        titles = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert titles.get("Timer") == "toets: f9"  # as the palette shows every key
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert any(line.split() == ["f9", "Timer"] for line in text.splitlines()), text


@pytest.mark.usefixtures("demo_folder")
async def test_the_key_is_remappable(folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    config = tmp_path / "config" / "hefboom-tui"
    config.mkdir(parents=True)
    (config / "keymap.toml").write_text('[keys]\n"app.step_timer" = "f10"\n', encoding="utf-8")
    app = make_app(folder, "demo")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        assert isinstance(app.screen, WallScreen)
        await pilot.press("f10")
        assert isinstance(app.screen, StepTimerDialog)


async def wait_for(pilot, condition, what: str) -> None:
    """Until ``condition`` holds, then until the app has done what follows (a widget that
    appears is mounted and filled: checking it at once failed on a busy machine)."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < WAIT_LIMIT, f"timed out waiting for {what}"
        await pilot.pause(0.1)
    await pilot.pause()


@pytest.mark.usefixtures("demo_folder")
async def test_presentation_mode_shows_big_digits_and_hides_them_when_stopped(
        folder: Path) -> None:
    clocks = Clocks()
    app = clocked(folder, clocks)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        assert not app.screen.query(f"#{DIGITS_ID}")
        await pilot.press("f9", "space", "escape")
        await pilot.pause()
        digits = app.screen.query_one(f"#{DIGITS_ID}", RoundTimer)
        clocks.advance(30)
        digits.tick()
        assert digits.query_one(Digits).value == "4:30"
        await pilot.press("f9", "x", "escape")
        await pilot.pause()
        assert not app.screen.query(f"#{DIGITS_ID}")


@pytest.mark.usefixtures("demo_folder")
async def test_the_beamer_shows_the_step_timer_without_toasts(folder: Path) -> None:
    beamer = make_app(folder, "demo", beamer=True)
    async with beamer.run_test(size=SIZE) as pilot:
        assert beamer.store is not None and beamer.store.read_only
        with SessionStore(folder / "demo.json") as editor:  # the facilitator's window
            editor.do(actions.set_step_timer, step="1.4")
            editor.do(actions.step_timer, op="start", now=time.time())
            await wait_for(pilot, lambda: bool(beamer.screen.query(f"#{DIGITS_ID}")),
                           "the digits")
            digits = beamer.screen.query_one(f"#{DIGITS_ID}", RoundTimer)
            assert 14 * 60 < digits.remaining() <= 15 * 60
            status = str(digits.query_one("#timer-status").render())
            assert "1.4 werktijd" in status
            editor.do(actions.step_timer, op="stop", now=time.time())
            await wait_for(pilot, lambda: not beamer.screen.query(f"#{DIGITS_ID}"),
                           "the digits to go")
        assert not beamer._notifications


@pytest.mark.usefixtures("demo_folder")
async def test_the_rotation_counts_in_the_header_off_its_own_screen(folder: Path) -> None:
    app = clocked(folder, Clocks())  # the clocks stand still: the shown time is exact
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        rounds = len(saved(folder).rotation.rounds)
        await pilot.press("space")  # the round timer runs; its own screen shows big digits
        assert "⏱" not in header(app)
        await pilot.press("t")  # the tally, during the round: the header keeps the time
        await pilot.pause()
        assert f"· 3.3 ronde 1/{rounds}" in header(app) and "⏱ 7:00" in header(app)


@pytest.mark.usefixtures("demo_folder")
async def test_the_rotation_rings_and_moves_on_while_the_facilitator_tallies(
        folder: Path) -> None:
    """The team rotates while the facilitator has gone on to another step (here the wall of
    step 3.4's agreements): the pre-alarm and the end alarm still ring once each, and
    (auto-advance) the next round starts."""
    clocks = Clocks()
    app = clocked(folder, clocks)
    bells: list[float] = []
    app.bell = lambda: bells.append(clocks.mono)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        minutes = saved(folder).timer.minutes
        await pilot.press("space")
        app.show_step("3.4")
        await pilot.pause()
        assert not any(getattr(screen, "SHOWS_ROUND_TIMER", False)
                       for screen in app.screen_stack)
        clocks.advance(minutes * 60 - 30)  # the last minute
        app.timers.tick()
        app.timers.tick()
        await pilot.pause()
        assert len(bells) == 1
        clocks.advance(31)  # zero
        app.timers.tick()
        app.timers.tick()
        await pilot.pause()
        assert len(bells) == 2
        timer = saved(folder).timer
        assert timer.round == 1 and timer.status == "running"
