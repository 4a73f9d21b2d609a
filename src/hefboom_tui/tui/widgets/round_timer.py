"""The round timer on screen: big digits counting down against a monotonic deadline.

The saved state holds a wall-clock deadline (it survives a restart); this widget maps it
onto the app's monotonic clock once, when the state changes, and from then on computes the
remaining time as ``deadline - monotonic()``. Ticks only redraw; a late or dropped tick
never changes the time shown at the next one.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Digits, Static

from hefboom_tui.i18n import t
from hefboom_tui.model import timer as tm
from hefboom_tui.model.phase3 import Timer


def clock_text(seconds: float) -> str:
    """``m:ss`` rounded up, so the display shows 0:00 only when time is really up."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class RoundTimer(Vertical):
    """Digits, a status line, and an ``Expired`` message when a running round hits zero."""

    DEFAULT_CSS = """
    RoundTimer { height: auto; align: center top; }
    RoundTimer Digits { width: 100%; text-align: center; text-style: bold; }
    RoundTimer #timer-status { width: 100%; text-align: center; text-style: bold; }
    RoundTimer.-warning Digits { color: $warning; }
    RoundTimer.-done Digits { color: $error; }
    """

    class Expired(Message):
        """The running round reached zero."""

    class PreAlarm(Message):
        """The running round entered its last minute (once per round)."""

    def __init__(self, app_clocks: Any, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clocks = app_clocks  # has .clock (monotonic) and .wall_clock
        self._state = Timer()
        self._mono_deadline = 0.0
        self._fired = False
        self._warned = False
        self._shown_digits = self._shown_status = ""

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="timer-digits")
        yield Static("", id="timer-status")

    def on_mount(self) -> None:
        self.set_interval(0.2, self.tick)
        self._precise = False

    def sync(self, state: Timer, rounds: int) -> None:
        """Adopt a (new) saved state."""
        self._state = Timer(**vars(state))
        self._rounds = rounds
        if state.status == "running":
            self._mono_deadline = self._clocks.clock() + (state.ends_at - self._clocks.wall_clock())
        self._fired = False
        if self.remaining() > tm.WARNING_SECONDS:
            self._warned = False  # a new round, or time added: the pre-alarm may sound again
        self._precise = False
        self.tick()

    def remaining(self) -> float:
        """Seconds left in the current round, from the monotonic deadline."""
        if self._state.status == "running":
            return max(0.0, self._mono_deadline - self._clocks.clock())
        return tm.remaining(self._state, 0.0)

    def tick(self) -> None:
        """Redraw if what is shown changed (once a second while running; never when idle)."""
        left = self.remaining()
        digits = clock_text(left)
        if digits != self._shown_digits:
            self._shown_digits = digits
            self.query_one(Digits).update(digits)
        state = self._state
        running = state.status == "running"
        self.set_class(running and 0 < left <= tm.WARNING_SECONDS, "-warning")
        self.set_class(state.status == "done" or (left <= 0 and state.status != "idle"), "-done")
        rounds = getattr(self, "_rounds", 0)
        label = t(f"timer.{state.status}")
        if running and 0 < left <= tm.WARNING_SECONDS:
            label = "⚠ " + t("timer.last_minute")
        elif left <= 0 and state.status in ("running", "paused"):
            label = "⏰ " + t("timer.time_up")
        where = t("timer.round_of", round=min(state.round + 1, max(rounds, 1)),
                  rounds=max(rounds, 1)) if rounds else t("timer.no_schedule")
        status = f"{where} · {label}"
        if status != self._shown_status:
            self._shown_status = status
            self.query_one("#timer-status", Static).update(status, layout=False)
        if running and 0 < left <= tm.WARNING_SECONDS and not self._warned:
            self._warned = True
            self.post_message(self.PreAlarm())
        if running and 0 < left < 0.25 and not self._precise:
            # the last stretch: wake up exactly at zero instead of at the next tick
            self._precise = True
            self.set_timer(left, self.tick)
        if running and left <= 0 and not self._fired:
            self._fired = True
            self.post_message(self.Expired())
