"""Phase 5, "Organiseren van de organisatie", and the cycles that keep their history.

The fiche has five groups of challenges, each with the method's guiding questions, and room
for any number of the team's own, named challenges. Per challenge: does it apply, examples,
and proposals; per proposal a review date and, once applied and reviewed, its result.

"You are never done": a new cycle closes the current one into a :class:`CycleRecord` (its
phase 5 record and the answers to the evaluation questions) that is never changed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CHALLENGE_GROUPS = ("planning", "coaching", "leadership", "communication", "support", "other")
"""Stable ids: ``planning`` Planning en beleid, ``coaching`` Ondersteuning (of the staff),
``leadership`` Leiding geven, ``communication`` Communicatie naar de buitenwereld, ``support``
Draagvlak, ``other`` the team's own challenges (any number, each with a name)."""
FIXED_GROUPS = CHALLENGE_GROUPS[:-1]
OWN = "other"
APPLIES = ("", "yes", "no")
GUIDING_QUESTIONS: dict[str, tuple[str, ...]] = {
    "planning": ("vision", "strategy", "reporting", "budget"),
    "coaching": ("coaching", "skills", "knowledge", "white_time"),
    "leadership": ("leading",),
    "communication": ("outside",),
    "support": ("backing",),
    "other": (),
}
"""Per group, the keys of its guiding questions (texts: ``org.q.<key>``)."""
TIPS = ("learning", "frame", "reflection", "safe_places")
"""The method's tips for proposals (texts: ``org.tip.<key>``), offered as suggestions."""
EVALUATION_QUESTIONS = ("steps_taken", "results", "obstacles", "cooperation", "next_actions")
"""The questions a new cycle asks about the one that closes (texts: ``cycle.q.<key>``)."""


@dataclass
class Proposal:
    """A proposal to put to management and colleagues, and its review once applied."""

    id: str
    text: str
    review_date: str = ""  # ISO date: when we look at it again together
    review_result: str = ""  # what the review found ("" while not reviewed)
    carried_from: str = ""  # the proposal of the previous cycle it continues

    @property
    def reviewed(self) -> bool:
        """Whether the proposal was applied and reviewed (it has a result)."""
        return bool(self.review_result)


@dataclass
class Challenge:
    """One challenge of the fiche: a fixed group (its id is the group) or an own one."""

    id: str
    group: str  # one of CHALLENGE_GROUPS
    name: str = ""  # the name of an own challenge (required for group "other")
    applies: str = ""  # one of APPLIES
    examples: str = ""
    proposals: list[Proposal] = field(default_factory=list)


@dataclass
class Evaluation:
    """The "never done" questions, answered when a cycle closes."""

    steps_taken: str = ""  # which steps were taken?
    results: str = ""  # with what results?
    obstacles: str = ""  # what got stuck, what was unforeseen?
    cooperation: str = ""  # how did the cooperation go?
    next_actions: str = ""  # what follows?


@dataclass
class CycleRecord:
    """A closed cycle: its phase 5 record as it was, and its evaluation. Never changed."""

    number: int
    closed: str = ""  # ISO date
    evaluation: Evaluation = field(default_factory=Evaluation)
    organisation: list[Challenge] = field(default_factory=list)
    carried_actions: list[str] = field(default_factory=list)  # ids carried into the next
    carried_proposals: list[str] = field(default_factory=list)


def challenge_order(challenge: Challenge) -> tuple[int, str]:
    """Sort key: the fixed groups in the fiche's order, then own challenges by name."""
    return CHALLENGE_GROUPS.index(challenge.group), challenge.name.casefold()


def all_proposals(challenges: list[Challenge]) -> list[tuple[Challenge, Proposal]]:
    """Every proposal with its challenge, in the fiche's order."""
    return [(c, p) for c in sorted(challenges, key=challenge_order) for p in c.proposals]
