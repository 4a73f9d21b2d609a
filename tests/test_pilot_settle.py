"""The tests' quicker pilot settle (tests/pilot_settle.py) is installed and waits for the work
Textual does after a short delay: a callback after the first frame, a resize."""

from __future__ import annotations

import textual._wait
import textual.app
import textual.pilot
from pilot_settle import pending_work, settle
from textual.app import App, ComposeResult
from textual.widgets import Static


class LateMount(App[None]):
    """Mounts a second widget after the first frame, as the session screens do their footer."""

    def compose(self) -> ComposeResult:
        yield Static("first", id="first")

    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.mount(Static("late", id="late")))


def test_the_pilot_waits_with_settle() -> None:
    assert textual._wait.wait_for_idle is settle
    assert textual.app.wait_for_idle is settle  # key presses
    assert textual.pilot.wait_for_idle is settle  # pause(), exit()


async def test_pause_waits_for_a_callback_after_the_first_frame() -> None:
    app = LateMount()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert app.query("#late"), "pause() returned before the frame and its callback"
        assert pending_work(app) is None


async def test_a_resize_is_applied_when_resize_terminal_returns() -> None:
    app = LateMount()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        for size in ((90, 30), (41, 11), (120, 40)):
            await pilot.resize_terminal(*size)
            assert app.screen.size == size


async def test_the_private_textual_parts_it_reads_are_there() -> None:
    """pending_work reads these without failing when they are missing: a Textual upgrade
    that renames one must fail here, not make the settle return early."""
    app = LateMount()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert "_Screen__update_timer" in vars(screen)
        assert "_message_queue" in vars(screen) and "_message_queue" in vars(app)
        assert hasattr(app, "_resize_timer") and isinstance(screen._callbacks, list)
        assert isinstance(app._next_callbacks, list)
        assert isinstance(app.animator._animations, dict)
        assert isinstance(app.animator._scheduled, dict)
