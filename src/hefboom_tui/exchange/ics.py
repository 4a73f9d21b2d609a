"""The calendar export: every dated item of a session as an RFC 5545 file (``.ics``) that
Outlook, Google Calendar and Thunderbird import.

Timed items (a visit or an appointment with an hour) are events in Europe/Brussels, with
the time zone's definition in the file; the others are whole-day events. Every event's UID
comes from the session's creation time and the item's stable key, so importing the file a
second time updates the events instead of adding them twice."""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from hefboom_tui.i18n import t
from hefboom_tui.model.calendar import DatedItem, calendar_items
from hefboom_tui.model.session import Session

TIMEZONE = "Europe/Brussels"
PRODID = "-//hefboom-tui//Burgerinitiatieven versterken//NL"


def session_key(session: Session) -> str:
    """A short, stable key of the session: from when it was created (its name may change)."""
    basis = session.created or session.name
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


def uid(session: Session, item: DatedItem) -> str:
    """The event's UID: the same item always gets the same one."""
    return f"{item.key}.{session_key(session)}@hefboom-tui"


def _summary(item: DatedItem) -> str:
    label = t(f"ics.kind.{item.kind}")
    code = f" ({item.code})" if item.code else ""
    return f"{label}: {item.title}{code}"


def _description(item: DatedItem) -> str:
    lines = [f"{t(f'field.{name}').capitalize()}: {text}" for name, text in item.details if text]
    if item.people:
        lines.insert(0, f"{t('field.who').capitalize()}: {', '.join(item.people)}")
    if item.done:
        lines.append(t("ics.done"))
    return "\n".join(lines)


def _event(session: Session, item: DatedItem, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid(session, item))
    event.add("dtstamp", stamp)
    event.add("summary", _summary(item))
    day = dt.date.fromisoformat(item.date)
    if item.time:
        hours, minutes = (int(x) for x in item.time.split(":"))
        start = dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=ZoneInfo(TIMEZONE))
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=item.minutes))
    else:
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a due date does not block the day
    description = _description(item)
    if description:
        event.add("description", description)
    event.add("categories", [t(f"ics.kind.{item.kind}")])
    return event


def export_ics(session: Session, *, now: dt.datetime | None = None) -> bytes:
    """The calendar file of ``session``: one event per dated item."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", session.name)
    calendar.add("x-wr-timezone", TIMEZONE)
    items = calendar_items(session)
    for item in items:
        calendar.add_component(_event(session, item, stamp))
    # the time zone's rules only for the years the events need (Outlook reads them all)
    years = [int(item.date[:4]) for item in items if item.time] or [stamp.year]
    calendar.add_missing_timezones(first_date=dt.date(min(years) - 1, 1, 1),
                                   last_date=dt.date(max(years) + 2, 1, 1))
    return bytes(calendar.to_ical())
