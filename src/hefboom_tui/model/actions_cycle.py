"""Actions of phases 2 and 4 and the lenses (phase 5 and new cycles: ``actions_org``)."""

from __future__ import annotations

from hefboom_tui.model.actions_wall import resolve_participants
from hefboom_tui.model.cycle import (
    CONTACT_EXTERNAL,
    CONTACT_INTERNAL,
    LEVELS,
    OWNERS,
    PLAN_STATUSES,
    WANTS_SUPPORT,
    Cooperation,
    Lenses,
    PlanAction,
    Visit,
)
from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.plan import APPOINTMENT_PREFIX
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
                 needs: list[str] | str = "", partners: list[str] | str = "",
                 wants_support: str = "", notes: str = "") -> None:
    """Phase 2: who visited when, the three flaps as the citizens filled them in (flap 3:
    what they need and with whom they could go for it), whether they want support, notes."""
    item = _initiative(session, id)
    item.visit = Visit(
        visitors=resolve_participants(session, visitors, field="visitors"),
        date=parse_date(date), now=_lines(now, "now"), future=_lines(future, "future"),
        needs=_lines(needs, "needs"), partners=_lines(partners, "partners"),
        wants_support=_choice(wants_support, WANTS_SUPPORT, "wants_support"),
        notes=clean_text(notes, "notes", limit=TEXT_MAX),
    )


def set_lenses(session: Session, *, id: str, willingness: str = "", ability: str = "",
               internal: str = "", external: str = "") -> None:
    """The optional lenses of an initiative."""
    item = _initiative(session, id)
    item.lenses = Lenses(willingness=_choice(willingness, LEVELS, "willingness"),
                         ability=_choice(ability, LEVELS, "ability"),
                         internal=_choice(internal, CONTACT_INTERNAL, "internal"),
                         external=_choice(external, CONTACT_EXTERNAL, "external"))


def _owner(session: Session, owner: str, who: list[str] | str,
           partner: str) -> tuple[str, list[str], str]:
    owner = _choice(owner, OWNERS, "owner")
    ids = resolve_participants(session, who, field="who") if owner == "team" else []
    name = clean_text(partner, "partner", required=owner == "partner") if owner == "partner" \
        else ""
    return owner, ids, name


def add_plan_action(session: Session, *, initiative: str, what: str, owner: str = "team",
                    who: list[str] | str = "", partner: str = "", by_when: str = "") -> str:
    """Phase 4: an action of the cooperation plan with an engaged initiative, carried by team
    members, by the initiative itself, or by a named partner."""
    item = _initiative(session, initiative)
    if item.decision.decision != "engage":
        raise ActionError("error.not_engaged", name=item.name)
    text = clean_text(what, "what", limit=500, required=True)
    owner, ids, name = _owner(session, owner, who, partner)
    plan = PlanAction(id=session.new_id("a"), initiative=initiative, what=text, who=ids,
                      by_when=parse_date(by_when, "by_when"), owner=owner, partner=name,
                      cycle=session.cycle)
    session.plan.append(plan)
    return plan.id


def _current_action(session: Session, aid: str) -> PlanAction:
    found = session.plan_action(aid)
    if found is None:
        raise ActionError("error.no_plan_action")
    if found.cycle != session.cycle:
        raise ActionError("error.closed_cycle", cycle=found.cycle)
    return found


def edit_plan_action(session: Session, *, id: str, what: str, owner: str = "team",
                     who: list[str] | str = "", partner: str = "", by_when: str = "") -> None:
    """Phase 4: change an action of the current cycle (its status stays)."""
    found = _current_action(session, id)
    text = clean_text(what, "what", limit=500, required=True)
    owner, ids, name = _owner(session, owner, who, partner)
    found.by_when = parse_date(by_when, "by_when")
    found.what, found.owner, found.who, found.partner = text, owner, ids, name


def set_plan_status(session: Session, *, id: str, status: str) -> None:
    """Phase 4: to do, doing, done, for any line of the plan: an action, an engagement of
    step 3.3, or the appointment of step 3.4 (``visit:<initiative>``: done or not)."""
    status = _choice(status, PLAN_STATUSES, "status")
    if id.startswith(APPOINTMENT_PREFIX):
        item = _initiative(session, id.removeprefix(APPOINTMENT_PREFIX))
        item.appointment.done = status == "done"
        return
    engagement = session.engagement(id)
    if engagement is not None:
        if engagement.cycle != session.cycle:
            raise ActionError("error.closed_cycle", cycle=engagement.cycle)
        engagement.status = status
        return
    _current_action(session, id).status = status


def delete_plan_action(session: Session, *, id: str) -> None:
    """Phase 4: remove an action from the plan (undo brings it back)."""
    _current_action(session, id)
    session.plan = [a for a in session.plan if a.id != id]


def set_cooperation(session: Session, *, id: str, strategy: str = "",
                    communication: str = "") -> None:
    """Phase 4: the joint strategy agreed with the initiative, and what is communicated to
    the outside world and the government, and how."""
    item = _initiative(session, id)
    if item.decision.decision != "engage":
        raise ActionError("error.not_engaged", name=item.name)
    item.cooperation = Cooperation(
        strategy=clean_text(strategy, "strategy", limit=TEXT_MAX),
        communication=clean_text(communication, "communication", limit=TEXT_MAX))
