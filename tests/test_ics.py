"""The calendar export: an RFC 5545 file that parses back with ``icalendar``, one event per
dated item, stable UIDs (importing again updates instead of duplicating), Europe/Brussels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from model_helpers import apply
from tui_helpers import saved

from hefboom_tui.cli import cli
from hefboom_tui.demo import build_demo
from hefboom_tui.exchange.ics import export_ics
from hefboom_tui.model.calendar import duration_minutes
from hefboom_tui.model.session import Session
from hefboom_tui.tui.app import make_app

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def dated_items(session: Session) -> set[str]:
    """What should be in the calendar, counted from the session by the method's rules."""
    keys = {f"visit-{i.id}" for i in session.initiatives if i.choice.chosen and i.agreement.date}
    keys |= {f"appointment-{i.id}" for i in session.initiatives
             if i.decision.decision and i.appointment.date}
    keys |= {f"engagement-{e.id}" for e in session.engagements if e.answer == "yes" and e.by_when}
    keys |= {f"action-{a.id}" for a in session.plan if a.by_when}
    keys |= {f"review-{p.id}" for c in session.organisation for p in c.proposals if p.review_date}
    return keys


def events(data: bytes) -> dict[str, object]:
    """The file's events by UID, as a calendar program that imports it keeps them."""
    calendar = Calendar.from_ical(data)
    found = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in found, f"two events with UID {uid}"
        found[uid] = event
    return found


def test_one_event_per_dated_item_and_it_parses_back() -> None:
    session = build_demo()
    data = export_ics(session, now=NOW)
    assert data.startswith(b"BEGIN:VCALENDAR") and b"\r\n" in data  # RFC 5545 line ends
    found = events(data)
    expected = dated_items(session)
    assert len(expected) >= 10
    assert {uid.split(".")[0] for uid in found} == expected
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]


def test_times_are_in_brussels_and_days_are_whole() -> None:
    session = build_demo()
    food = next(i for i in session.initiatives if i.name == "Voedselteam Hoogstraat")
    found = events(export_ics(session, now=NOW))
    visit = next(e for uid, e in found.items() if uid.startswith(f"visit-{food.id}."))
    start = visit.decoded("DTSTART")
    assert start == dt.datetime(2026, 12, 3, 19, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    assert visit["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert visit.decoded("DTEND") - start == dt.timedelta(hours=2)  # "2 uur"
    assert food.name in str(visit["SUMMARY"]) and "Annelies" in str(visit["DESCRIPTION"])
    action = next(e for uid, e in found.items() if uid.startswith("action-"))
    day = action.decoded("DTSTART")
    assert isinstance(day, dt.date) and not isinstance(day, dt.datetime)
    assert action.decoded("DTEND") == day + dt.timedelta(days=1)


def test_importing_again_updates_instead_of_duplicating() -> None:
    session = build_demo()
    first = events(export_ics(session, now=NOW))
    calendar: dict[str, object] = {}
    calendar.update(first)
    calendar.update(events(export_ics(session, now=NOW + dt.timedelta(days=3))))
    assert calendar.keys() == first.keys(), "a second import of the same file adds nothing"
    food = next(i for i in session.initiatives if i.name == "Voedselteam Hoogstraat")
    apply(session, "set_appointment", {"id": food.id, "who": "Bram", "date": "2027-01-19",
                                       "time": "20:00"})
    moved = events(export_ics(session, now=NOW))
    calendar.update(moved)
    assert calendar.keys() == first.keys(), "a moved appointment is the same event"
    uid = next(u for u in moved if u.startswith(f"appointment-{food.id}."))
    assert moved[uid].decoded("DTSTART").date() == dt.date(2027, 1, 19)  # type: ignore[attr-defined]


def test_uids_are_stable_per_session_and_differ_between_sessions() -> None:
    one, other = build_demo(), build_demo()
    other.created = "2020-01-01T10:00:00"
    assert events(export_ics(one, now=NOW)).keys() == events(export_ics(one)).keys()
    assert not events(export_ics(one)).keys() & events(export_ics(other)).keys()


@pytest.mark.parametrize("text,minutes", [("2 uur", 120), ("1,5 uur", 90), ("90 min", 90),
                                          ("1u30", 90), ("een avond", 60), ("", 60)])
def test_duration_from_the_time_needed(text: str, minutes: int) -> None:
    assert duration_minutes(text) == minutes


@pytest.mark.usefixtures("demo_folder")
def test_cli_writes_the_calendar(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda.ics"
    result = CliRunner().invoke(cli, ["--sessions-dir", str(folder), "export", "demo",
                                      "--format", "ics", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert {uid.split(".")[0] for uid in events(out.read_bytes())} == dated_items(
        saved(folder))


@pytest.mark.usefixtures("demo_folder")
async def test_the_export_dialog_writes_the_calendar(folder: Path, tmp_path: Path) -> None:
    from textual.widgets import Input

    from hefboom_tui.tui.screens.export_dialog import ExportDialog

    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#path", Input).value.endswith("demo.ics")
        dialog.query_one("#path", Input).value = str(tmp_path / "uit.ics")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert len(events((tmp_path / "uit.ics").read_bytes())) == len(dated_items(saved(folder)))
