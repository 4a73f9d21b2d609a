"""Objects of phase 3: decisions with arguments, tallies, concrete engagements, the round timer
(and the step timer, the same countdown for the other timed steps: ``model/step_timer``)."""

from __future__ import annotations

from dataclasses import dataclass, field

DECISIONS = ("", "engage", "decline")
ANSWERS = ("yes", "no")  # step 3.3: are we doing this?
MISSING_ANSWERS = ("", "no", "yes")  # step 3.3: is anything missing? (no: nothing missing)
TIMER_STATES = ("idle", "running", "paused", "done")
FREE_MINUTES = 5  # a free step timer


@dataclass
class Decision:
    """Phase 3, step 2: the two touchstones and the decision, with its argument."""

    innovation: str = ""  # touchstone 1: can it bring social innovation?
    mission: str = ""  # touchstone 2: how does it relate to our vision and mission?
    decision: str = ""  # one of DECISIONS
    argument: str = ""
    feedback: str = ""  # for a declined initiative: what we tell them, with thanks
    cycle: int = 1  # the cycle in which it was decided
    # step 3.3, the plenum per engaged initiative: "is anything missing?" and closing it
    missing_answer: str = ""  # one of MISSING_ANSWERS
    missing: str = ""  # what the team found missing (and added)
    plenum_done: bool = False


@dataclass
class Tally:
    """Green (important) and red (not applicable) stickers on one option of one initiative."""

    initiative: str
    option: str
    green: int = 0
    red: int = 0


@dataclass
class Engagement:
    """A candidate engagement weighed in the plenum of step 3.3, with the method's four
    questions: are we doing this (``answer``)? why (not)? how, concretely? which steps? The
    ones answered ``yes`` are the initiative's concrete engagements: they appear in the
    phase 4 plan as they are, and ``status`` follows them there."""

    id: str
    initiative: str
    what: str
    who: list[str] = field(default_factory=list)  # participant ids
    by_when: str = ""  # ISO date
    option: str = ""  # the support option it came from, if any
    answer: str = "yes"  # one of ANSWERS
    why: str = ""
    how: str = ""
    steps: str = ""
    status: str = "todo"  # phase 4: todo / doing / done
    cycle: int = 1


@dataclass
class Rotation:
    """The rotation schedule: rounds of (participant, initiative) visits."""

    seed: int = 0
    minutes: int = 7
    cap: int = 0  # 0: as many rounds as engaged initiatives
    rounds: list[list[list[str]]] = field(default_factory=list)  # [[participant, initiative]]


@dataclass
class Timer:
    """The round timer, saved so a restart resumes it.

    While running, ``ends_at`` is the wall-clock deadline (it survives a restart); the app
    itself counts down against a monotonic clock derived from it. While paused or idle,
    ``remaining`` holds the seconds left."""

    minutes: int = 7
    round: int = 0  # index into Rotation.rounds
    status: str = "idle"  # one of TIMER_STATES
    ends_at: float = 0.0
    remaining: float = 420.0
    auto_advance: bool = True  # the room moves on by itself; a setting turns it off
    resume_paused: bool = False


@dataclass
class StepTimer(Timer):
    """The step timer, saved so a restart resumes it (the same fields as the round timer).

    ``step`` is the step it was set up for ("" for a free timer); ``rounds`` is how many
    rounds it counts (one per presenter in a talk step; 1 otherwise). At 0:00 it stops and
    waits for the facilitator (Space goes to the next round), unless ``auto_advance``."""

    minutes: int = FREE_MINUTES
    remaining: float = FREE_MINUTES * 60.0
    auto_advance: bool = False
    step: str = ""
    rounds: int = 1
