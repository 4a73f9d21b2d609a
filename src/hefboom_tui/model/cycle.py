"""Objects of phases 2, 4 and 5: field visits, acting together, organising the organisation,
and the lenses from the background reading."""

from __future__ import annotations

from dataclasses import dataclass, field

WANTS_SUPPORT = ("", "yes", "no", "unclear")
PLAN_STATUSES = ("todo", "doing", "done")
LEVELS = ("", "high", "low")
CONTACT_INTERNAL = ("", "close", "loose")  # ties among the initiative's own members
CONTACT_EXTERNAL = ("", "interwoven", "floating")  # ties with the neighbourhood around it
CHALLENGE_GROUPS = ("planning", "coaching", "leadership", "communication", "support", "other")
APPLIES = ("", "yes", "no")


@dataclass
class Visit:
    """Phase 2: the visit and the three flaps of the poster, as lists."""

    visitors: list[str] = field(default_factory=list)  # participant ids
    date: str = ""
    now: list[str] = field(default_factory=list)
    future: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    wants_support: str = ""  # one of WANTS_SUPPORT: the method insists on asking

    @property
    def done(self) -> bool:
        return bool(self.date or self.now or self.future or self.needs)


@dataclass
class Lenses:
    """Optional lenses: willingness × ability, and the internal × external contact typology."""

    willingness: str = ""  # one of LEVELS
    ability: str = ""  # one of LEVELS
    internal: str = ""  # one of CONTACT_INTERNAL
    external: str = ""  # one of CONTACT_EXTERNAL


def way_of_working(lenses: Lenses) -> str:
    """The way of working the willingness × ability quadrant suggests (or "")."""
    table = {("high", "high"): "facilitate", ("low", "high"): "motivate",
             ("high", "low"): "support", ("low", "low"): "step_back"}
    return table.get((lenses.willingness, lenses.ability), "")


@dataclass
class PlanAction:
    """Phase 4: one action of the cooperation plan with an engaged initiative."""

    id: str
    initiative: str
    what: str
    who: list[str] = field(default_factory=list)
    by_when: str = ""
    status: str = "todo"  # one of PLAN_STATUSES


@dataclass
class FollowUp:
    """Phase 4 for one initiative: how we report back (engaged) or the feedback given (declined)."""

    reporting: str = ""
    feedback_given: bool = False
    feedback_date: str = ""


@dataclass
class Challenge:
    """Phase 5: one challenge group of the fiche "Organiseren van de organisatie"."""

    group: str  # one of CHALLENGE_GROUPS
    applies: str = ""  # one of APPLIES
    examples: str = ""
    proposals: str = ""
    review_date: str = ""
