"""The worst-case session for the room tests (screens at 80×24, snapshots): every text at its
validation limit (``worst_case.py``) plus parked questions, written to a sessions folder with
nothing in it that changes from run to run (creation date, file times)."""

from __future__ import annotations

import copy
import os
import tempfile
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


_SAVED: list[tuple[str, bytes, int]] = []  # what saving the room leaves, made once per process
_TYPED: list[Typed] = []


def write_room(folder: Path) -> Typed:
    """Write the room session into ``folder`` as ``worst.json``; return what was typed.

    The files are saved once per process and copied after that: building the worst case and
    saving it durably took ~35 ms of CPU, and over 200 tests start from it."""
    if not _SAVED:
        with tempfile.TemporaryDirectory() as scratch:
            session, typed = room_session()
            SessionStore.create(Path(scratch) / f"{STEM}.json", session).close()
            _TYPED.append(typed)
            _SAVED.extend((str(f.relative_to(scratch)), f.read_bytes(), f.stat().st_mode & 0o777)
                          for f in sorted(Path(scratch).rglob("*")) if f.is_file())
    for relative, data, mode in _SAVED:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        target.chmod(mode)
    path = folder / f"{STEM}.json"
    os.utime(path, (FILE_TIME, FILE_TIME))
    return copy.deepcopy(_TYPED[0])
