"""Every dated item of a session, for the calendar export: the visits of step 1.6, the
appointments of step 3.4, the due dates of phase 4 (actions and engagements, every cycle)
and the review dates of phase 5's proposals (the current cycle and the closed ones).

Each item has a key that never changes for the same item (``visit-i12``, ``action-a50`` …):
the export builds its UID from it, so importing the file again updates the events instead of
duplicating them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hefboom_tui.model.organisation import all_proposals
from hefboom_tui.model.session import Session

DEFAULT_MINUTES = 60


@dataclass(frozen=True)
class DatedItem:
    """One event: what it is, when, for how long, and the facts to describe it."""

    key: str  # stable: kind and the record's id
    kind: str  # visit | return_visit | feedback | engagement | action | review
    date: str  # ISO date
    time: str  # HH:MM or "" (a whole-day event)
    minutes: int  # duration when timed
    title: str  # the record's own text (name, action, proposal)
    code: str  # the initiative's code ("" for a proposal)
    people: tuple[str, ...]  # names
    details: tuple[tuple[str, str], ...]  # (field name, text): the lines of the description
    done: bool = False


_DURATION = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(uur|uren|u|hours|hour|h|minuten|minutes|min|m)?\s*(\d{2})?\b",
    re.IGNORECASE)


def duration_minutes(text: str) -> int:
    """Minutes from a free text such as ``2 uur``, ``1,5 uur``, ``90 min``, ``1u30`` (the
    first amount it names; one hour when nothing can be read)."""
    match = _DURATION.search(text or "")
    if match is None:
        return DEFAULT_MINUTES
    number, unit, extra = match.groups()
    value = float(number.replace(",", "."))
    if (unit or "").lower() in ("minuten", "minutes", "min", "m"):
        total = value
    else:
        total = value * 60 + (int(extra) if extra else 0)
    return int(total) if 0 < total <= 24 * 60 else DEFAULT_MINUTES


def calendar_items(session: Session) -> list[DatedItem]:
    """Every dated item of ``session``, in a stable order."""
    names = {p.id: p.name for p in session.participants}

    def who(ids: list[str]) -> tuple[str, ...]:
        return tuple(names.get(i, "?") for i in ids)

    items: list[DatedItem] = []
    codes = {i.id: i.code for i in session.initiatives}
    for i in session.initiatives:
        a = i.agreement
        if i.choice.chosen and a.date:
            items.append(DatedItem(
                f"visit-{i.id}", "visit", a.date, a.time, duration_minutes(a.time_needed),
                i.name, i.code, who(a.visitors),
                (("contact", i.contact), ("visitor_needs", a.visitor_needs)),
                done=i.visit.done))
        ap = i.appointment
        if i.decision.decision and ap.date:
            engaged = i.decision.decision == "engage"
            items.append(DatedItem(
                f"appointment-{i.id}", "return_visit" if engaged else "feedback", ap.date,
                ap.time, duration_minutes(ap.time_needed), i.name, i.code, who(ap.who),
                (("whom", ap.whom), ("still_needed", ap.still_needed),
                 ("act_together", ap.act_together), ("report_back", ap.report_back))
                if engaged else (("feedback", i.decision.feedback),), done=ap.done))
    for e in session.engagements:
        if e.answer == "yes" and e.by_when:
            items.append(DatedItem(f"engagement-{e.id}", "engagement", e.by_when, "",
                                   DEFAULT_MINUTES, e.what, codes.get(e.initiative, ""),
                                   who(e.who), (("how", e.how), ("steps", e.steps)),
                                   done=e.status == "done"))
    for x in session.plan:
        if x.by_when:
            people = who(x.who) if x.owner == "team" else (x.partner,) if x.partner else ()
            items.append(DatedItem(f"action-{x.id}", "action", x.by_when, "", DEFAULT_MINUTES,
                                   x.what, codes.get(x.initiative, ""), people, (),
                                   done=x.status == "done"))
    seen: set[str] = set()
    for challenges in [session.organisation] + [r.organisation for r in reversed(session.cycles)]:
        for challenge, proposal in all_proposals(challenges):
            if proposal.review_date and proposal.id not in seen:
                seen.add(proposal.id)
                items.append(DatedItem(
                    f"review-{proposal.id}", "review", proposal.review_date, "",
                    DEFAULT_MINUTES, proposal.text, "", (),
                    (("challenge_name", challenge.name),
                     ("review_result", proposal.review_result)), done=proposal.reviewed))
    return items
