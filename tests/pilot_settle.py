"""A quicker, stricter "wait until the app is idle" for Textual's Pilot in the tests.

Textual's pilot waits after every key press (twice) and in every ``pilot.pause()`` until a
20 ms slice of wall time passes in which the process used under 1 ms of CPU. That is at least
40 ms per key even when the app finished in 2 ms, and most of the test suite's wall time was
spent in those slices. It also guesses: a 20 ms slice in which the process was only waiting for
its turn on a busy machine looks idle too.

:func:`settle` waits in 1 ms slices and stops at the first quiet one in which the app has
nothing left to do: no message queued for the app, the screen or any of its widgets, no frame
or resize due (Textual's update and resize timers), no animation running and no callback
waiting for the next frame.
So it waits for what a 20 ms slice only waited for by chance (a footer mounted after the first
frame, a resize that Textual applies 8 ms later), and returns as soon as that is done. A frame
that is due in a quiet slice is drawn at once (as ``pause()`` does when it returns) instead of
at the next tick of Textual's 60 fps timer: start-up alone chains several frames.

It reads a few private attributes of Textual (pinned to 8.2.x in pyproject.toml);
``tests/test_pilot_settle.py`` fails if a Textual upgrade renames them.
"""

from __future__ import annotations

import asyncio
from time import monotonic, process_time

import textual._wait
import textual.app
import textual.pilot
from textual._context import active_app
from textual.app import App

SLICE = 1 / 1000
"""Seconds per slice (Textual's own is 1/50)."""
QUIET = 0.00025
"""CPU seconds under which a slice counts as quiet (Textual: 1 ms in 20 ms)."""


def pending_work(app: App[object] | None) -> str | None:
    """What ``app`` still has to do without any new input (a short description), or None."""
    if app is None:
        return None
    if app._resize_timer is not None:
        return "resize"
    if app.animator._animations or app.animator._scheduled:
        return "animation"
    try:
        screen = app.screen
    except Exception:  # no screen yet, or the app is closing: nothing to wait for
        return None
    timer = getattr(screen, "_Screen__update_timer", None)
    if timer is not None and timer._active.is_set():
        return "frame"
    if screen._callbacks:
        return "after-refresh callback"
    for pump in (app, *screen.walk_children(with_self=True)):
        queue = pump.__dict__.get("_message_queue")  # a cached_property: do not create it
        if (queue is not None and not queue.empty()) or pump._next_callbacks:
            return f"messages for {type(pump).__name__}"
    return None


async def settle(min_sleep: float = SLICE, max_sleep: float = 1) -> None:
    """Drop-in for ``textual._wait.wait_for_idle``: return after ``min_sleep`` at the first
    quiet slice in which the running app has no pending work, or after ``max_sleep``."""
    start = monotonic()
    while True:
        cpu = process_time()
        await asyncio.sleep(SLICE)
        busy = process_time() - cpu >= QUIET
        elapsed = monotonic() - start
        if elapsed >= max_sleep:
            return
        if busy:
            continue
        app = active_app.get(None)
        pending = pending_work(app)
        if pending == "frame" and app is not None:
            app.screen._on_timer_update()  # draw it now, as pause() does, not at the next tick
        elif pending is None and elapsed > min_sleep:
            return


def install() -> None:
    """Make the pilot (key presses, ``pause()``, ``exit()``) wait with :func:`settle`."""
    for module in (textual._wait, textual.app, textual.pilot):
        module.wait_for_idle = settle  # type: ignore[attr-defined]
