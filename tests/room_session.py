"""The worst-case session for the room tests (screens at 80×24, snapshots): every text at its
validation limit (``worst_case.py``) plus parked questions, written to a sessions folder with
nothing in it that changes from run to run (creation date, file times)."""

from __future__ import annotations

import os
from pathlib import Path

from worst_case import Typed, name, text, worst_case_session

from hefboom_tui.model import actions
from hefboom_tui.model.actions_parking import PARKING_MAX
from hefboom_tui.model.session import Session
from hefboom_tui.store.session_store import SessionStore

STEM = "worst"
FILE_TIME = 1_790_000_000  # the file's modification time, shown on the start screen
CLOCK = 1000.0
WALL_CLOCK = 1_790_000_000.0


def room_session() -> tuple[Session, Typed]:
    """The worst-case session with three parked questions, and every string typed into it."""
    session, typed = worst_case_session()
    session.created = "2027-01-04T09:00:00"
    for n in range(3):
        note = text(f"park{n}", PARKING_MAX, arabic=n == 1, emoji=n == 2)
        by = name(f"park{n}.by")
        actions.park(session, text=note, by=by)
        typed.strings.setdefault(("park", "text"), []).append(note)
        typed.strings.setdefault(("park", "by"), []).append(by)
    return session, typed


def write_room(folder: Path) -> Typed:
    """Write the room session into ``folder`` as ``worst.json``; return what was typed."""
    session, typed = room_session()
    path = folder / f"{STEM}.json"
    SessionStore.create(path, session).close()
    os.utime(path, (FILE_TIME, FILE_TIME))
    return typed
