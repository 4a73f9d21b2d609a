"""Actions on the parking lot: park a question or an idea, mark it dealt with, take it off."""

from __future__ import annotations

from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.parking import ParkingNote
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import SHORT_MAX, clean_text

PARKING_MAX = SHORT_MAX  # one or two lines: a note to come back to, not a report


def _note(session: Session, nid: str) -> ParkingNote:
    found = next((n for n in session.parking if n.id == nid), None)
    if found is None:
        raise ActionError("error.no_parking_note")
    return found


def park(session: Session, *, text: str, by: str = "") -> str:
    """Park a question or idea at the step the team is in; return its id."""
    note = ParkingNote(id=session.new_id("q"),
                       text=clean_text(text, "text", limit=PARKING_MAX, required=True),
                       step=session.step, by=clean_text(by, "by"))
    session.parking.append(note)
    return note.id


def set_parked_done(session: Session, *, id: str, done: bool) -> None:
    """Mark a parked note as dealt with (or open again)."""
    _note(session, id).done = bool(done)


def unpark(session: Session, *, id: str) -> None:
    """Take a parked note off the list (undo brings it back)."""
    session.parking.remove(_note(session, id))
