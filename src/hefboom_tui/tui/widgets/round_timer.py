"""The round timer on screen: big digits counting down, readable from the back of the room.

The counting itself (the monotonic deadline, the last minute, the alarms that sound once) is
:class:`~hefboom_tui.tui.countdown.Countdown`'s; this widget draws it. Ticks only redraw,
and only what changed: an idle or paused timer draws nothing.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Digits, Static

from hefboom_tui.i18n import t
from hefboom_tui.model.phase3 import Timer
from hefboom_tui.tui.countdown import Countdown, clock_text

__all__ = ["RoundTimer", "clock_text"]


class RoundTimer(Vertical):
    """Digits, a status line, and an ``Expired`` message when a running round hits zero.

    ``quiet``: only show (the step timer's digits; the app rings its alarms itself)."""

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

    def __init__(self, app_clocks: Any, *, id: str | None = None, quiet: bool = False) -> None:
        super().__init__(id=id)
        self.countdown = Countdown(app_clocks)
        self.quiet = quiet
        self._rounds = 0
        self._where: str | None = None
        self._time_up = "timer.time_up"
        self._shown_digits = self._shown_status = ""

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="timer-digits")
        yield Static("", id="timer-status")

    def on_mount(self) -> None:
        self.set_interval(0.2, self.tick)
        self.tick()

    def sync(self, state: Timer, rounds: int, *, where: str | None = None,
             time_up: str = "timer.time_up") -> None:
        """Adopt a (new) saved state; ``where`` replaces "round n of m" in the status line,
        ``time_up`` is the message key shown at 0:00."""
        self.countdown.sync(state)
        self._rounds = rounds
        self._where = where
        self._time_up = time_up
        if self.is_mounted:
            self.tick()

    def remaining(self) -> float:
        """Seconds left in the current round, from the monotonic deadline."""
        return self.countdown.remaining()

    def tick(self) -> None:
        """Redraw if what is shown changed (once a second while running; never when idle)."""
        countdown = self.countdown
        left = countdown.remaining()
        digits = clock_text(left)
        if digits != self._shown_digits:
            self._shown_digits = digits
            self.query_one(Digits).update(digits)
        state = countdown.state
        warning, time_up = countdown.warning(left), countdown.time_up(left)
        self.set_class(warning, "-warning")
        self.set_class(state.status == "done" or time_up, "-done")
        label = t(f"timer.{state.status}")
        if warning:
            label = "⚠ " + t("timer.last_minute")
        elif time_up:
            label = "⏰ " + t(self._time_up)
        rounds = self._rounds
        where = self._where
        if where is None:
            where = t("timer.round_of", round=min(state.round + 1, max(rounds, 1)),
                      rounds=max(rounds, 1)) if rounds else t("timer.no_schedule")
        status = f"{where} · {label}"
        if status != self._shown_status:
            self._shown_status = status
            self.query_one("#timer-status", Static).update(status, layout=False)
        pre_alarm, expired = countdown.alarms(left)
        wait = countdown.wake_at_zero(left)
        if wait is not None:
            self.set_timer(wait, self.tick)
        if self.quiet:
            return
        if pre_alarm:
            self.post_message(self.PreAlarm())
        if expired:
            self.post_message(self.Expired())
