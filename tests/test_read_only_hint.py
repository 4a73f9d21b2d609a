"""A window that only reads the session: the hint line above the footer says what this window
can do (its writing keys are off), not the screen's hint, which names keys that write; once
the window becomes the writer, the screen's own hint is back."""

from __future__ import annotations

import time
from pathlib import Path

from hefboom_tui.i18n import t
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.confirm import ConfirmScreen


async def wait_until(pilot, condition, seconds: float = 8.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def hint(app) -> str:
    return str(app.screen.query_one("#hint").render())


async def test_read_only_window_hints_what_it_can_do(
        demo_folder: Path, other_window: SessionStore) -> None:
    holder = other_window  # another window has the session open
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.store.read_only and app.store.lock_state == "locked"
        line = t("read_only.hint_other")
        assert "F2" in line and hint(app) == line  # 1.1 the wall: no "n new fiche"
        for step in ("1.3", "4", "3.3"):
            app.show_step(step)
            await pilot.pause()
            assert hint(app) == line, step
        await pilot.press("t")  # the tally of 3.3 (shown last) has its hint too
        await wait_until(pilot, lambda: type(app.screen).__name__ == "TallyScreen")
        assert hint(app) == line
        await pilot.press("escape")
        app.show_step("4")
        await pilot.pause()
        # the other window closes and this one takes over: the step's own hint is back
        holder.close()
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_until(pilot, lambda: not app.store.read_only)
        await pilot.pause()
        assert type(app.screen).__name__ == "ActingScreen"
        assert hint(app) != line and hint(app) == app.screen._hint != ""


async def test_writing_window_shows_the_screens_hint(demo_folder: Path) -> None:
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step("4")
        await pilot.pause()
        assert not app.store.read_only
        assert hint(app) not in (t("read_only.hint"), t("read_only.hint_other"))
        assert hint(app) == app.screen._hint != ""
