"""Actions of steps 3.3 (the plenum per engaged initiative) and 3.4 (the appointments to go
back to every decided initiative)."""

from __future__ import annotations

from hefboom_tui.model.actions_wall import resolve_participants
from hefboom_tui.model.cycle import Appointment
from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.phase3 import ANSWERS, MISSING_ANSWERS, Engagement
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import TEXT_MAX, clean_text, parse_date, parse_time


def _initiative(session: Session, iid: str) -> Initiative:
    item = session.initiative(iid)
    if item is None:
        raise ActionError("error.no_initiative", id=iid)
    return item


def _engaged(session: Session, iid: str) -> Initiative:
    item = _initiative(session, iid)
    if item.decision.decision != "engage":
        raise ActionError("error.not_engaged", name=item.name)
    return item


def _answer(answer: str) -> str:
    if answer not in ANSWERS:
        raise ValidationError("answer", "error.answer_required")
    return answer


def add_engagement(session: Session, *, initiative: str, what: str, answer: str, why: str,
                   how: str = "", steps: str = "", who: list[str] | str = "",
                   by_when: str = "", option: str = "") -> str:
    """Plenum of step 3.3: a candidate engagement for an engaged initiative, with the
    method's questions: are we doing this (``answer`` yes/no)? why (required, either way)?
    how, concretely? which steps? ``option`` must be on this initiative's own list."""
    item = _engaged(session, initiative)
    if option and not any(o.id == option for o in session.options_for(item.id)):
        raise ValidationError("option", "error.no_option")
    engagement = Engagement(
        id=session.new_id("e"), initiative=item.id,
        what=clean_text(what, "what", limit=500, required=True),
        who=resolve_participants(session, who, field="who"),
        by_when=parse_date(by_when, "by_when"), option=option, answer=_answer(answer),
        why=clean_text(why, "why_engagement", limit=TEXT_MAX, required=True),
        how=clean_text(how, "how", limit=TEXT_MAX),
        steps=clean_text(steps, "steps", limit=TEXT_MAX), cycle=session.cycle,
    )
    session.engagements.append(engagement)
    return engagement.id


def edit_engagement(session: Session, *, id: str, what: str, answer: str, why: str,
                    how: str = "", steps: str = "", who: list[str] | str = "",
                    by_when: str = "") -> None:
    """Change an engagement's answers (its phase 4 status stays)."""
    found = session.engagement(id)
    if found is None:
        raise ActionError("error.no_engagement")
    what = clean_text(what, "what", limit=500, required=True)
    answer = _answer(answer)
    why = clean_text(why, "why_engagement", limit=TEXT_MAX, required=True)
    how = clean_text(how, "how", limit=TEXT_MAX)
    steps = clean_text(steps, "steps", limit=TEXT_MAX)
    who_ids = resolve_participants(session, who, field="who")
    found.by_when = parse_date(by_when, "by_when")
    found.what, found.answer, found.why, found.how, found.steps = what, answer, why, how, steps
    found.who = who_ids


def delete_engagement(session: Session, *, id: str) -> None:
    """Remove an engagement of the current cycle (undo brings it back); one of a closed cycle
    is history (a later cycle may continue it) and stays."""
    found = session.engagement(id)
    if found is not None and found.cycle != session.cycle:
        raise ActionError("error.closed_cycle", cycle=found.cycle)
    session.engagements = [e for e in session.engagements if e.id != id]


def close_plenum(session: Session, *, id: str, missing_answer: str, missing: str = "",
                 done: bool = True) -> None:
    """Plenum of step 3.3, the last question for an initiative: is anything missing? ``no``
    (nothing is missing) or ``yes`` with what was missing (then add it as an engagement).
    ``done`` closes the initiative's plenum; it needs the question answered."""
    item = _engaged(session, id)
    if missing_answer not in MISSING_ANSWERS:
        raise ValidationError("missing_answer", "error.missing_check")
    text = clean_text(missing, "missing", limit=TEXT_MAX, required=missing_answer == "yes")
    if done and not missing_answer:
        raise ValidationError("missing_answer", "error.missing_check")
    item.decision.missing_answer = missing_answer
    item.decision.missing = text
    item.decision.plenum_done = bool(done)


def set_appointment(session: Session, *, id: str, who: list[str] | str = "", whom: str = "",
                    date: str = "", time: str = "", time_needed: str = "",
                    still_needed: str = "", act_together: str = "", report_back: str = "",
                    done: bool = False) -> None:
    """Step 3.4: going back in phase 4. Engaged: who talks to whom again, when, how long,
    what we still need, how we act together, how we report back to each other. Declined:
    who brings the feedback and thanks, when, and whether it was done."""
    item = _initiative(session, id)
    if not item.decision.decision:
        raise ActionError("error.not_decided", name=item.name)
    engaged = item.decision.decision == "engage"
    item.appointment = Appointment(
        who=resolve_participants(session, who, field="who"),
        whom=clean_text(whom, "whom"),
        date=parse_date(date), time=parse_time(time),
        time_needed=clean_text(time_needed, "time_needed"),
        still_needed=clean_text(still_needed, "still_needed", limit=TEXT_MAX) if engaged else "",
        act_together=clean_text(act_together, "act_together", limit=TEXT_MAX) if engaged else "",
        report_back=clean_text(report_back, "report_back", limit=TEXT_MAX) if engaged else "",
        done=bool(done),
    )
