"""A saved timer counted down on the app's monotonic clock: the one place that decides what a
running timer shows and when its pre-alarm and its end alarm sound.

The saved state holds a wall-clock deadline (it survives a restart); :meth:`Countdown.sync`
maps it onto the monotonic clock once, when the state changes, and from then on the time
left is ``deadline - monotonic()``. A late or dropped tick never changes the time shown at
the next one. The round timer's big digits (``widgets/round_timer``) and the step timer in
the header and on the beamer (``tui/timers``) both count with it.
"""

from __future__ import annotations

import copy
from typing import Any

from hefboom_tui.model import timer as tm
from hefboom_tui.model.phase3 import Timer

PRECISE_SECONDS = 0.25  # the last stretch: wake up exactly at zero, not at the next tick


def clock_text(seconds: float) -> str:
    """``m:ss`` rounded up, so the display shows 0:00 only when time is really up."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown:
    """One timer's time left, and its two alarms: each sounds once per round."""

    def __init__(self, clocks: Any) -> None:
        self._clocks = clocks  # has .clock (monotonic) and .wall_clock
        self.state: Timer = Timer()
        self._deadline = 0.0
        self._warned = False
        self._fired = False
        self.precise = False  # a wake-up at zero is scheduled

    def sync(self, state: Timer) -> None:
        """Adopt a (new) saved state."""
        self.state = copy.copy(state)
        if state.status == "running":
            self._deadline = self._clocks.clock() + (state.ends_at - self._clocks.wall_clock())
        self._fired = False
        self.precise = False
        if self.remaining() > tm.WARNING_SECONDS:
            self._warned = False  # a new round, or time added: the pre-alarm may sound again

    @property
    def running(self) -> bool:
        """Whether the clock is counting."""
        return self.state.status == "running"

    def remaining(self) -> float:
        """Seconds left in the current round, from the monotonic deadline."""
        if self.running:
            return max(0.0, self._deadline - self._clocks.clock())
        return tm.remaining(self.state, 0.0)

    def warning(self, left: float | None = None) -> bool:
        """The last minute of a running round (the pre-alarm's colour)."""
        left = self.remaining() if left is None else left
        return self.running and 0 < left <= tm.WARNING_SECONDS

    def time_up(self, left: float | None = None) -> bool:
        """The round's time is used up (running at zero, or stopped there)."""
        left = self.remaining() if left is None else left
        return left <= 0 and self.state.status in ("running", "paused")

    def alarms(self, left: float | None = None) -> tuple[bool, bool]:
        """``(pre_alarm, expired)`` now: each is True once, on the tick that crosses it."""
        left = self.remaining() if left is None else left
        pre = self.warning(left) and not self._warned
        if pre:
            self._warned = True
        expired = self.running and left <= 0 and not self._fired
        if expired:
            self._fired = True
        return pre, expired

    def wake_at_zero(self, left: float | None = None) -> float | None:
        """Seconds until zero when the round is in its last stretch and no wake-up is
        scheduled yet (the caller schedules one), else None."""
        left = self.remaining() if left is None else left
        if self.running and 0 < left < PRECISE_SECONDS and not self.precise:
            self.precise = True
            return left
        return None
