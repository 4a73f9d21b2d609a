"""The visit guide ("Gespreksleidraad"): what a visitor takes along to a phase 2 visit.

One guide per planned visit: the initiative and its code, its contact, the date and time, the
visitors, the time needed and what the visitor brings (step 1.6); then the method's conditions
and points of attention for a first talk, and the example needs to offer only when the
citizens get stuck on flap 3. The texts are message keys (``guide.*``), written in our own
words; the screen of steps 1.7 and 2 and the print module both read :func:`visit_guide`.
"""

from __future__ import annotations

from dataclasses import dataclass

from hefboom_tui.model.session import Session

CONDITIONS = ("purpose", "equals", "place_time")
"""Conditions of the talk (texts: ``guide.condition.<key>``)."""
ATTENTION = ("learning", "team_decides", "no_push", "ask_support", "their_time")
"""Points of attention (texts: ``guide.attention.<key>``)."""
EXAMPLE_NEEDS = ("network", "leaders", "publicity", "scale", "rooms", "means")
"""Example needs for flap 3, only when the citizens get stuck (texts: ``guide.need.<key>``)."""
FLAPS = ("now", "future", "needs")
"""The poster's flaps; each has a title ``flap.<key>`` and questions ``poster.<key>.q<n>``."""
FLAP_QUESTIONS = {"now": 6, "future": 3, "needs": 2}
"""How many questions each flap asks (``poster.<flap>.q1`` …), addressed to the citizens."""


@dataclass(frozen=True)
class VisitGuide:
    """The facts of one planned visit, for the guide's head."""

    initiative: str  # id
    code: str
    name: str
    contact: str
    date: str  # ISO date of the visit (step 1.6)
    time: str  # HH:MM
    time_needed: str
    visitors: tuple[str, ...]  # names
    visitor_needs: str
    wants_support: str  # what the visit recorded so far ("" before it)


def visit_guide(session: Session, iid: str) -> VisitGuide | None:
    """The guide of initiative ``iid``'s visit (None for an unknown id)."""
    item = session.initiative(iid)
    if item is None:
        return None
    names = {p.id: p.name for p in session.participants}
    a = item.agreement
    return VisitGuide(initiative=item.id, code=item.code, name=item.name, contact=item.contact,
                      date=a.date, time=a.time, time_needed=a.time_needed,
                      visitors=tuple(names.get(v, "?") for v in a.visitors),
                      visitor_needs=a.visitor_needs, wants_support=item.visit.wants_support)


def planned_visits(session: Session) -> list[VisitGuide]:
    """A guide for every chosen initiative (one page each when printed)."""
    guides = [visit_guide(session, i.id) for i in session.initiatives if i.choice.chosen]
    return [g for g in guides if g is not None]
