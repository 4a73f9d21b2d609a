"""The round timer's rules, on an injected wall clock (``now``): pure and testable. The step
timer (``model/step_timer``) counts down by the same rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hefboom_tui.model.phase3 import Timer
from hefboom_tui.model.serde import to_dict

if TYPE_CHECKING:
    from hefboom_tui.model.session import Session

MIN_MINUTES, MAX_MINUTES = 1, 30
WARNING_SECONDS = 60.0

CLOCK_ACTIONS = frozenset({"timer", "step_timer", "set_step_timer"})
"""Actions that move or set a clock: saved (a restart resumes the timer) but never an undo
step. The facilitator's Ctrl+Z takes back what they did, not what the clock did; undo and
redo keep the clocks as they are (:func:`clock_state`)."""
CLOCK_FIELDS = ("round", "status", "ends_at", "remaining")
"""The round timer's position; its length and settings are part of the history."""


def clock_state(session: Session) -> dict[str, dict[str, Any]]:
    """The clocks' own part of ``session``, as stored: the round timer's position and the
    whole step timer. The store lays it over every state of the undo history when a clock
    action is saved, so undo and redo never stop or rewind a running timer."""
    return {"timer": {name: getattr(session.timer, name) for name in CLOCK_FIELDS},
            "step_timer": to_dict(session.step_timer)}


def remaining(timer: Timer, now: float) -> float:
    """Seconds left (never negative) at wall time ``now``."""
    if timer.status == "running":
        return max(0.0, timer.ends_at - now)
    return max(0.0, timer.remaining)


def start(timer: Timer, now: float) -> None:
    """Start (or resume) counting down from what remains."""
    if timer.status == "running":
        return
    left = timer.remaining if timer.status in ("paused", "idle") else timer.minutes * 60.0
    if left <= 0:
        left = timer.minutes * 60.0
    timer.ends_at = now + left
    timer.status = "running"


def pause(timer: Timer, now: float) -> None:
    """Stop the clock, keeping what remains."""
    if timer.status == "running":
        timer.remaining = remaining(timer, now)
        timer.status = "paused"


def adjust(timer: Timer, seconds: float, now: float) -> None:
    """Add (or take away) time from the current round; never below zero."""
    if timer.status == "running":
        timer.ends_at = max(now, timer.ends_at + seconds)
    else:
        timer.remaining = max(0.0, timer.remaining + seconds)


def restart(timer: Timer, now: float) -> None:
    """The current round from the full time again, running."""
    timer.remaining = timer.minutes * 60.0
    timer.status = "idle"
    start(timer, now)


def next_round(timer: Timer, rounds: int, now: float, run: bool = False) -> bool:
    """Go to the next round (full time, idle or running); False after the last round."""
    if timer.round + 1 >= rounds:
        timer.status = "done"
        timer.remaining = 0.0
        return False
    timer.round += 1
    timer.remaining = timer.minutes * 60.0
    timer.status = "idle"
    if run:
        start(timer, now)
    return True


def at_zero(timer: Timer, now: float) -> bool:
    """Whether the current round's time is used up (Space then goes to the next round)."""
    return timer.status in ("running", "paused") and remaining(timer, now) <= 0


def expired(timer: Timer, now: float) -> bool:
    """Whether a running round has reached zero."""
    return timer.status == "running" and now >= timer.ends_at


def after_restart(timer: Timer, now: float) -> None:
    """Bring a timer loaded from disk up to date: paused there if the facilitator prefers."""
    if timer.status == "running" and timer.resume_paused:
        pause(timer, now)
