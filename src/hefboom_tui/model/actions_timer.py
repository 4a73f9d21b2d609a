"""Actions of the step timer (every timed step besides the rotation, and a free timer).

The countdown rules are the round timer's (``model/timer.py``); what differs is where the
rounds come from (``StepTimer.rounds``, not a schedule) and that the two timers never run at
the same time: starting one while the other runs is refused with a reason. Like the round
timer's, these actions take ``now`` (wall-clock seconds) from the caller.

The store saves them without making them undo steps (``CLOCK_ACTIONS``): a timer moves on by
itself, and Ctrl+Z must take back what the facilitator did, not the clock.
"""

from __future__ import annotations

from hefboom_tui.model import step_timer as stt
from hefboom_tui.model import timer as tm
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.method import STEP_IDS
from hefboom_tui.model.phase3 import Timer
from hefboom_tui.model.session import Session

OPS = ("start", "pause", "adjust", "next", "advance", "expire", "stop")


def would_run(timer: Timer, op: str) -> bool:
    """Whether ``op`` would set a timer that is not running yet counting."""
    if timer.status == "running":
        return False
    return op in ("start", "restart", "advance") or (op == "next" and timer.auto_advance)


def step_timer(session: Session, *, op: str, now: float, seconds: float = 0.0) -> str:
    """Drive the step timer: start, pause, adjust (± seconds), next (round), advance (the
    next round, running: Space at 0:00), expire (the app saw 0:00), stop (back to the
    start, nothing shown); return its status."""
    t = session.step_timer
    if op not in OPS:
        raise ActionError("error.unknown_action", action=f"step_timer {op}")
    if would_run(t, op) and session.timer.status == "running":
        raise ActionError("error.rotation_timer_running")
    rounds = max(1, t.rounds)
    if op == "start":
        if t.status == "done":  # all rounds were done: a new series from the first round
            t.round, t.remaining, t.status = 0, t.minutes * 60.0, "idle"
        tm.start(t, now)
    elif op == "pause":
        tm.pause(t, now)
    elif op == "adjust":
        tm.adjust(t, seconds, now)
    elif op == "next":
        tm.next_round(t, rounds, now, run=t.status == "running" or t.auto_advance)
    elif op == "advance":
        tm.next_round(t, rounds, now, run=True)
    elif op == "expire":
        if t.status == "running":
            if t.auto_advance:
                tm.next_round(t, rounds, now, run=True)
            else:
                t.status, t.remaining = "paused", 0.0
    else:  # stop
        t.round, t.status, t.ends_at, t.remaining = 0, "idle", 0.0, t.minutes * 60.0
    return t.status


def set_step_timer(session: Session, *, step: str | None = None, minutes: int | None = None,
                   rounds: int | None = None, auto_advance: bool | None = None) -> None:
    """Set the step timer up: for ``step`` (a fresh timer with that step's defaults; "" a
    free timer), its round length (1–60 minutes; a running round keeps its time, the new
    length counts from the next round), how many rounds, and whether it goes on by itself
    at 0:00."""
    if step is not None and step and step not in STEP_IDS:
        raise ValidationError("step", "error.choose_one", options=", ".join(STEP_IDS))
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)
                                or not stt.MIN_MINUTES <= minutes <= stt.MAX_MINUTES):
        raise ValidationError("minutes", "error.step_minutes", low=stt.MIN_MINUTES,
                              high=stt.MAX_MINUTES)
    current = session.step_timer
    low = current.round + 1 if step is None and current.status != "done" else 1
    if rounds is not None and (isinstance(rounds, bool) or not isinstance(rounds, int)
                               or not low <= rounds <= stt.MAX_ROUNDS):
        raise ValidationError("rounds", "error.rounds", low=low, high=stt.MAX_ROUNDS)
    if step is not None:
        fresh = stt.for_step(session, step)
        fresh.auto_advance = current.auto_advance
        session.step_timer = current = fresh
    t = current
    if minutes is not None:
        if t.status in ("idle", "done"):
            t.round, t.status, t.remaining = 0, "idle", minutes * 60.0
        t.minutes = minutes
    if rounds is not None:
        if t.status == "done":
            t.round, t.status, t.remaining = 0, "idle", t.minutes * 60.0
        t.rounds = rounds
    if auto_advance is not None:
        t.auto_advance = bool(auto_advance)
