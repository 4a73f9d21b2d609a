"""Objects of phases 2 and 4 and of step 3.4: the field visit, the appointment to go back,
acting together, and the lenses from the background reading."""

from __future__ import annotations

from dataclasses import dataclass, field

WANTS_SUPPORT = ("", "yes", "no", "unclear")
PLAN_STATUSES = ("todo", "doing", "done")
OWNERS = ("team", "initiative", "partner")
"""Who carries a phase 4 action: team members, the initiative itself, or another partner."""
LEVELS = ("", "high", "low")
CONTACT_INTERNAL = ("", "close", "loose")  # ties among the initiative's own members
CONTACT_EXTERNAL = ("", "interwoven", "floating")  # ties with the neighbourhood around it


@dataclass
class Visit:
    """Phase 2: the visit and the three flaps of the poster, as the citizens filled them in.

    ``needs`` and ``partners`` are flap 3: what the initiative itself needs to get from now to
    its dream, and with whom it could go for it. They are never the visitor's own practical
    needs (step 1.6, :attr:`Agreement.visitor_needs`)."""

    visitors: list[str] = field(default_factory=list)  # participant ids
    date: str = ""
    now: list[str] = field(default_factory=list)
    future: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    wants_support: str = ""  # one of WANTS_SUPPORT: the method insists on asking
    notes: str = ""

    @property
    def done(self) -> bool:
        """Whether anything of the visit was recorded."""
        return bool(self.date or self.now or self.future or self.needs or self.partners)


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


def initiative_type(lenses: Lenses) -> str:
    """The type the contact typology names (Hurenkamp & Rooduijn): close and interwoven is
    ``federative``, close and floating ``cooperative``, loose and interwoven ``networking``,
    loose and floating ``light`` ("" while a lens is open)."""
    table = {("close", "interwoven"): "federative", ("close", "floating"): "cooperative",
             ("loose", "interwoven"): "networking", ("loose", "floating"): "light"}
    return table.get((lenses.internal, lenses.external), "")


@dataclass
class Appointment:
    """Step 3.4, per decided initiative: going back to it in phase 4.

    For an initiative we engage with: who of the team goes back to whom, when, for how long,
    what we still need to continue the talk, how we will act together and how we report back
    to each other. For a declined one: who brings the feedback and the thanks, and when.
    ``done`` says the talk (or the feedback) took place."""

    who: list[str] = field(default_factory=list)  # participant ids
    whom: str = ""  # who at the initiative
    date: str = ""  # ISO date
    time: str = ""  # HH:MM, Europe/Brussels
    time_needed: str = ""
    still_needed: str = ""
    act_together: str = ""
    report_back: str = ""
    done: bool = False

    @property
    def planned(self) -> bool:
        """Whether someone and a date are set."""
        return bool(self.who and self.date)


@dataclass
class Cooperation:
    """Phase 4 with an engaged initiative: the joint strategy agreed with the citizens, and
    what is told to the outside world and the government, and how (e.g. progress reports)."""

    strategy: str = ""
    communication: str = ""


@dataclass
class PlanAction:
    """Phase 4: one action of the cooperation plan with an engaged initiative.

    ``owner`` says who carries it: ``team`` (the members in ``who``), ``initiative`` (the
    citizens themselves: the initiative stays theirs) or ``partner`` (named in ``partner``).
    ``cycle`` is the cycle it belongs to; ``carried_from`` the id of the unfinished action or
    engagement of the previous cycle it continues."""

    id: str
    initiative: str
    what: str
    who: list[str] = field(default_factory=list)
    by_when: str = ""
    status: str = "todo"  # one of PLAN_STATUSES
    owner: str = "team"  # one of OWNERS
    partner: str = ""
    cycle: int = 1
    carried_from: str = ""
