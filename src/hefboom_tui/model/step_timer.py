"""The step timer: the round timer's countdown for every timed step of the method, and a free
timer from any screen.

Step 3.3 keeps its own round timer (``Session.timer``), driven by the rotation schedule. The
step timer is a second saved state (``Session.step_timer``) with the same rules
(``model/timer.py``); the two never run at the same time (see ``actions_timer``).

The method itself times only the rotation (5–10 minutes a round). For the other steps the
defaults below are the app's own suggestion, changed with one key in the timer panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hefboom_tui.model.phase3 import FREE_MINUTES, StepTimer, Timer

if TYPE_CHECKING:
    from hefboom_tui.model.session import Session

MIN_MINUTES, MAX_MINUTES = 1, 60
MAX_ROUNDS = 60


@dataclass(frozen=True)
class StepDefault:
    """What a new step timer for a step starts with: round length and what a round is."""

    minutes: int
    kind: str  # "talk": a round per presenter; "work": one stretch of (duo) work


STEP_DEFAULTS: dict[str, StepDefault] = {
    "1.2": StepDefault(3, "talk"),  # each member presents their fiches, no debate
    "1.3": StepDefault(20, "work"),  # the duos go through their cards
    "1.4": StepDefault(15, "work"),  # the duos check the wall with their relevant cards
    "3.1": StepDefault(5, "talk"),  # the visitors present their posters
}
"""Timed steps besides the rotation (whose timer is the rotation's own, 5–10 minutes)."""


def kind(step_id: str) -> str:
    """``talk``, ``work`` or ``free``: what a round of the step timer stands for in a step."""
    found = STEP_DEFAULTS.get(step_id)
    return found.kind if found is not None else "free"


def default_rounds(session: Session, step_id: str) -> int:
    """Rounds of a new timer for ``step_id``: one per presenter in a talk step (the members
    present in 1.2, the visited initiatives' posters in 3.1), else one."""
    if kind(step_id) != "talk":
        return 1
    if step_id == "3.1":
        count = sum(1 for i in session.initiatives if i.status == "visited")
    else:
        count = len(session.present())
    return max(1, min(MAX_ROUNDS, count))


def for_step(session: Session, step_id: str) -> StepTimer:
    """A new, idle step timer with the defaults of ``step_id`` (a free timer elsewhere)."""
    found = STEP_DEFAULTS.get(step_id)
    minutes = found.minutes if found is not None else FREE_MINUTES
    return StepTimer(minutes=minutes, remaining=minutes * 60.0,
                     step=step_id if found is not None else "",
                     rounds=default_rounds(session, step_id))


def active(timer: Timer) -> bool:
    """Whether a timer is counting or holding a round (running, or paused with time or at
    0:00): what the header and the beamer show."""
    return timer.status in ("running", "paused")
