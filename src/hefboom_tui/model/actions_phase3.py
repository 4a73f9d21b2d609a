"""Actions of phase 3: deciding with arguments, the rotation and its timer, and the sticker
tally (the plenum per initiative is in ``actions_plenum``). Time-dependent actions take
``now`` (wall-clock seconds) from the caller, so the rules stay pure and testable."""

from __future__ import annotations

from hefboom_tui.model import rotation as rot
from hefboom_tui.model import timer as tm
from hefboom_tui.model.actions_timer import would_run
from hefboom_tui.model.entities import OPTION_KINDS, Initiative, SupportOption
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.phase3 import DECISIONS, Decision, Rotation, Tally
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import CARD_TEXT_MAX, TEXT_MAX, clean_text

MAX_STICKERS = 999


def _initiative(session: Session, iid: str) -> Initiative:
    item = session.initiative(iid)
    if item is None:
        raise ActionError("error.no_initiative", id=iid)
    return item


def decide(session: Session, *, id: str, decision: str, argument: str = "", innovation: str = "",
           mission: str = "", feedback: str = "") -> None:
    """Engage or decline an initiative; either way the argument is required."""
    item = _initiative(session, id)
    if decision not in DECISIONS:
        raise ValidationError("decision", "error.choose_one", options="engage, decline")
    argument = clean_text(argument, "argument", limit=TEXT_MAX, required=bool(decision))
    old = item.decision
    item.decision = Decision(
        innovation=clean_text(innovation, "innovation", limit=TEXT_MAX),
        mission=clean_text(mission, "mission", limit=TEXT_MAX),
        decision=decision, argument=argument,
        feedback=clean_text(feedback, "feedback", limit=TEXT_MAX),
        cycle=session.cycle, missing_answer=old.missing_answer, missing=old.missing,
        plenum_done=old.plenum_done,
    )


def add_option(session: Session, *, initiative: str, text: str, kind: str = "tip",
               added_by: str = "") -> str:
    """A member adds a support option to one initiative's list during the round."""
    _initiative(session, initiative)
    if kind not in OPTION_KINDS:
        raise ValidationError("kind", "error.choose_one", options=", ".join(OPTION_KINDS))
    option = SupportOption(id=session.new_id("so"), kind=kind,
                           text=clean_text(text, "text", limit=CARD_TEXT_MAX, required=True),
                           initiative=initiative, added_by=clean_text(added_by, "added_by"))
    session.support_options.append(option)
    return option.id


def _tally(session: Session, initiative: str, option: str) -> Tally:
    _initiative(session, initiative)
    if not any(o.id == option for o in session.options_for(initiative)):
        raise ActionError("error.no_option")
    found = session.tally(initiative, option)
    if found is None:
        found = Tally(initiative, option)
        session.tallies.append(found)
    return found


def sticker(session: Session, *, initiative: str, option: str, colour: str, delta: int = 1) -> int:
    """Add (or with a negative delta remove) green or red stickers; return the new count."""
    if colour not in ("green", "red"):
        raise ValidationError("colour", "error.choose_one", options="green, red")
    found = _tally(session, initiative, option)
    current: int = found.green if colour == "green" else found.red
    value = max(0, min(MAX_STICKERS, current + int(delta)))
    setattr(found, colour, value)
    return value


def set_stickers(session: Session, *,
                 initiative: str, option: str, colour: str, count: int) -> None:
    """Set a sticker count directly (the facilitator types the number counted on paper)."""
    if colour not in ("green", "red"):
        raise ValidationError("colour", "error.choose_one", options="green, red")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_STICKERS:
        raise ValidationError("count", "error.count", limit=MAX_STICKERS)
    setattr(_tally(session, initiative, option), colour, count)


def make_rotation(session: Session, *, seed: int, minutes: int | None = None, cap: int = 0) -> int:
    """Spread the present members over the engaged initiatives; return the number of rounds."""
    members = [p.id for p in session.present()]
    places = [i.id for i in session.engaged()]
    if not places:
        raise ActionError("error.no_engaged")
    if not members:
        raise ActionError("error.nobody_present")
    minutes = session.rotation.minutes if minutes is None else minutes
    _check_minutes(minutes)
    if cap < 0:
        raise ValidationError("cap", "error.cap")
    rounds = rot.schedule(members, places, seed, cap)
    session.rotation = Rotation(seed=seed, minutes=minutes, cap=cap, rounds=rounds)
    session.timer.minutes = minutes
    session.timer.round = 0
    session.timer.status = "idle"
    session.timer.remaining = minutes * 60.0
    return len(rounds)


def _check_minutes(minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            tm.MIN_MINUTES <= minutes <= tm.MAX_MINUTES):
        raise ValidationError("minutes", "error.minutes", low=tm.MIN_MINUTES, high=tm.MAX_MINUTES)


def timer(session: Session, *, op: str, now: float, seconds: float = 0.0) -> str:
    """Drive the round timer: start, pause, adjust, restart, next, advance (the next round,
    running: Space at 0:00), expire; return its status."""
    t = session.timer
    rounds = len(session.rotation.rounds)
    if would_run(t, op) and session.step_timer.status == "running":
        raise ActionError("error.step_timer_running")  # one clock in the room at a time
    if op == "start":
        if rounds == 0:
            raise ActionError("error.no_rotation")
        tm.start(t, now)
    elif op == "pause":
        tm.pause(t, now)
    elif op == "adjust":
        tm.adjust(t, seconds, now)
    elif op == "restart":
        tm.restart(t, now)
    elif op == "next":
        tm.next_round(t, rounds, now, run=t.status == "running" or t.auto_advance)
    elif op == "advance":
        tm.next_round(t, rounds, now, run=True)
    elif op == "expire":  # the app saw zero: with auto-advance the next round starts
        if t.auto_advance:
            tm.next_round(t, rounds, now, run=True)
        else:
            t.status, t.remaining = "paused", 0.0
    else:
        raise ActionError("error.unknown_action", action=f"timer {op}")
    return t.status


def timer_settings(session: Session, *,
                   minutes: int | None = None, auto_advance: bool | None = None,
                   resume_paused: bool | None = None) -> None:
    """Round length (1–30 minutes), auto-advance, and whether a restart resumes paused."""
    t = session.timer
    if minutes is not None:
        _check_minutes(minutes)
        if t.status != "running" and t.remaining in (0.0, t.minutes * 60.0):
            t.remaining = minutes * 60.0
        t.minutes = minutes
        session.rotation.minutes = minutes
    if auto_advance is not None:
        t.auto_advance = bool(auto_advance)
    if resume_paused is not None:
        t.resume_paused = bool(resume_paused)
