"""The phase 4 plan as the team sees it: what phase 3 decided, without typing it again.

The plan of an engaged initiative is put together from three sources, in this order:

1. the **appointment** of step 3.4 (who goes back to whom, when): ``source = "appointment"``,
   its id ``visit:<initiative id>``;
2. the **engagements** answered "yes" in the plenum of step 3.3: ``source = "engagement"``,
   carried by the team members named in them;
3. the **actions** added in phase 4, carried by team members, by the initiative itself or by
   a named partner: ``source = "action"``.

Only the current cycle's items make the plan; an unfinished one can be carried into the next
cycle (it then becomes an action of that cycle, ``carried_from`` its old id).
"""

from __future__ import annotations

from dataclasses import dataclass

from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.session import Session

APPOINTMENT_PREFIX = "visit:"


@dataclass(frozen=True)
class PlanLine:
    """One line of an initiative's plan (a view: change it through its source's actions)."""

    id: str
    initiative: str
    source: str  # appointment | engagement | action
    what: str  # for an appointment: who at the initiative we talk to
    owner: str  # team | initiative | partner
    who: tuple[str, ...]  # team member ids
    partner: str
    when: str  # ISO date
    time: str  # HH:MM (appointments)
    status: str  # todo | doing | done
    cycle: int
    carried_from: str = ""

    @property
    def done(self) -> bool:
        """Whether the line is finished."""
        return self.status == "done"


def appointment_id(iid: str) -> str:
    """The plan line id of initiative ``iid``'s appointment."""
    return APPOINTMENT_PREFIX + iid


def appointment_line(item: Initiative) -> PlanLine:
    """The step 3.4 appointment of ``item`` as a plan line."""
    a = item.appointment
    return PlanLine(id=appointment_id(item.id), initiative=item.id, source="appointment",
                    what=a.whom, owner="team", who=tuple(a.who), partner="", when=a.date,
                    time=a.time, status="done" if a.done else "todo",
                    cycle=item.decision.cycle)


def plan_lines(session: Session, iid: str | None = None,
               cycle: int | None = None) -> list[PlanLine]:
    """The plan of the engaged initiative ``iid`` (all engaged ones when None) in ``cycle``
    (the current one when None): appointment, engagements, then actions, per initiative."""
    wanted = session.cycle if cycle is None else cycle
    lines: list[PlanLine] = []
    for item in session.engaged():
        if iid is not None and item.id != iid:
            continue
        if item.decision.cycle == wanted and (item.appointment.planned or item.appointment.whom):
            lines.append(appointment_line(item))
        lines += [PlanLine(id=e.id, initiative=item.id, source="engagement", what=e.what,
                           owner="team", who=tuple(e.who), partner="", when=e.by_when, time="",
                           status=e.status, cycle=e.cycle)
                  for e in session.engagements
                  if e.initiative == item.id and e.answer == "yes" and e.cycle == wanted]
        lines += [PlanLine(id=a.id, initiative=item.id, source="action", what=a.what,
                           owner=a.owner, who=tuple(a.who), partner=a.partner, when=a.by_when,
                           time="", status=a.status, cycle=a.cycle, carried_from=a.carried_from)
                  for a in session.plan if a.initiative == item.id and a.cycle == wanted]
    return lines


def unfinished(session: Session) -> list[PlanLine]:
    """The current cycle's engagements and actions that are not done (what a new cycle
    offers to carry over; an appointment is not carried: step 3.4 makes a new one)."""
    return [line for line in plan_lines(session)
            if line.source != "appointment" and not line.done]


def feedback_round(session: Session) -> list[Initiative]:
    """The declined initiatives: each gets feedback and thanks (their appointment says who,
    when, and whether it was done)."""
    return [i for i in session.initiatives if i.decision.decision == "decline"]
