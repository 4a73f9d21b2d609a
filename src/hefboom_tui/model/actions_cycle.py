"""Actions of phases 2, 4 and 5, the lenses, and starting a new cycle."""

from __future__ import annotations

from hefboom_tui.model.actions_wall import resolve_participants
from hefboom_tui.model.cycle import (
    APPLIES,
    CHALLENGE_GROUPS,
    CONTACT_EXTERNAL,
    CONTACT_INTERNAL,
    LEVELS,
    PLAN_STATUSES,
    WANTS_SUPPORT,
    Challenge,
    FollowUp,
    Lenses,
    PlanAction,
    Visit,
)
from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import TEXT_MAX, clean_text, parse_date


def _initiative(session: Session, iid: str) -> Initiative:
    item = session.initiative(iid)
    if item is None:
        raise ActionError("error.no_initiative", id=iid)
    return item


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(field, "error.choose_one", options=", ".join(a for a in allowed if a))
    return value


def _lines(value: list[str] | str, field: str) -> list[str]:
    items = value.splitlines() if isinstance(value, str) else list(value)
    return [clean_text(i, field, limit=500) for i in items if str(i).strip()][:100]


def record_visit(session: Session, *, id: str, visitors: list[str] | str = "", date: str = "",
                 now: list[str] | str = "", future: list[str] | str = "",
                 needs: list[str] | str = "", wants_support: str = "") -> None:
    """Phase 2: who visited when, the three flaps as lists, and whether they want support."""
    item = _initiative(session, id)
    item.visit = Visit(
        visitors=resolve_participants(session, visitors, field="visitors"),
        date=parse_date(date), now=_lines(now, "now"), future=_lines(future, "future"),
        needs=_lines(needs, "needs"),
        wants_support=_choice(wants_support, WANTS_SUPPORT, "wants_support"),
    )


def set_lenses(session: Session, *, id: str, willingness: str = "", ability: str = "",
               internal: str = "", external: str = "") -> None:
    """The optional lenses of an initiative."""
    item = _initiative(session, id)
    item.lenses = Lenses(willingness=_choice(willingness, LEVELS, "willingness"),
                         ability=_choice(ability, LEVELS, "ability"),
                         internal=_choice(internal, CONTACT_INTERNAL, "internal"),
                         external=_choice(external, CONTACT_EXTERNAL, "external"))


def add_plan_action(session: Session, *, initiative: str, what: str, who: list[str] | str = "",
                    by_when: str = "") -> str:
    """Phase 4: an action of the cooperation plan with an engaged initiative."""
    item = _initiative(session, initiative)
    if item.decision.decision != "engage":
        raise ActionError("error.not_engaged", name=item.name)
    plan = PlanAction(id=session.new_id("a"), initiative=initiative,
                      what=clean_text(what, "what", limit=500, required=True),
                      who=resolve_participants(session, who, field="who"),
                      by_when=parse_date(by_when, "by_when"))
    session.plan.append(plan)
    return plan.id


def set_plan_status(session: Session, *, id: str, status: str) -> None:
    """Phase 4: to do, doing, done."""
    found = next((a for a in session.plan if a.id == id), None)
    if found is None:
        raise ActionError("error.no_plan_action")
    found.status = _choice(status, PLAN_STATUSES, "status")


def delete_plan_action(session: Session, *, id: str) -> None:
    """Phase 4: remove an action from the plan (undo brings it back)."""
    session.plan = [a for a in session.plan if a.id != id]


def set_follow_up(session: Session, *, id: str, reporting: str = "", feedback_given: bool = False,
                  feedback_date: str = "") -> None:
    """Phase 4: how we report back (engaged) or when feedback and thanks were given (declined)."""
    item = _initiative(session, id)
    item.follow_up = FollowUp(reporting=clean_text(reporting, "reporting", limit=TEXT_MAX),
                              feedback_given=bool(feedback_given),
                              feedback_date=parse_date(feedback_date, "feedback_date"))


def set_challenge(session: Session, *, group: str, applies: str = "", examples: str = "",
                  proposals: str = "", review_date: str = "") -> None:
    """Phase 5: fill one challenge group of the fiche "Organiseren van de organisatie"."""
    _choice(group, CHALLENGE_GROUPS, "group")
    challenge = Challenge(group=group, applies=_choice(applies, APPLIES, "applies"),
                          examples=clean_text(examples, "examples", limit=TEXT_MAX),
                          proposals=clean_text(proposals, "proposals", limit=TEXT_MAX),
                          review_date=parse_date(review_date, "review_date"))
    session.organisation = [c for c in session.organisation if c.group != group] + [challenge]
    session.organisation.sort(key=lambda c: CHALLENGE_GROUPS.index(c.group))


def new_cycle(session: Session) -> int:
    """"You are never done": keep everything learnt and start the steps again for new
    initiatives (they get the next round); return the new cycle number."""
    session.cycle += 1
    session.rounds_completed = session.round
    session.round += 1
    session.step = "1.1"
    return session.cycle
