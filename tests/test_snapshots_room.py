"""Snapshots of every screen and dialog on the worst-case session (issue 15): every step's
screen, the side screens, every form (opened by the key a user presses, as
``test_undo_forms.CASES`` lists them), help, the step navigator, the print and export
dialogs, the command palette, the step timer, a question and the start screen.

One table (``SHOTS``) drives both rooms: 80×24 in Dutch and 120×40 in English. Nothing in
them changes from run to run: the session is the same (``room_session.py``: fixed seeds,
creation date and file time), the clocks are fixed, the random seeds the forms propose
come from a seeded generator, and the sessions folder is a relative path.

In the 80×24 room each form and dialog is also checked to keep its buttons wholly on screen
(``test_room_80x24.buttons_stay_on_screen``): this pass opens every one of them anyway. The
English room and the forms of both rooms are in the ``slow`` tier (CI runs them; the quick
loop keeps the Dutch 80×24 shots of every screen and dialog).

After an intended visual change: ``pytest tests/test_snapshots_room.py --snapshot-update``,
then look at what changed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from room_session import CLOCK, STEM, WALL_CLOCK, write_room
from test_room_80x24 import WORST_CASE_KEYS, buttons_stay_on_screen
from test_undo_forms import CASES

from hefboom_tui.i18n import set_language
from hefboom_tui.tui.app import SCREENS, make_app

ROOMS = {"nl-80x24": ("nl", (80, 24)), "en-120x40": ("en", (120, 40))}


@dataclass(frozen=True)
class Shot:
    """What to show: the step first (None: stay where the session opens, step 1.1), then the
    keys; ``start``: the start screen, no session opened."""

    id: str
    step: str | None = None
    keys: tuple[str, ...] = ()
    start: bool = False
    button: str = ""  # a dialog's main button: at 80×24 its buttons must stay on screen


SHOTS = [
    *[Shot(f"step-{step_id}", step_id) for step_id in SCREENS],
    Shot("fiche", "1.1", ("enter",)),
    Shot("lenses", "1.1", ("w",)),
    Shot("plenum-1.3", "1.3", ("P",)),
    Shot("tally", "3.3", ("t",)),
    Shot("tally-overview", "3.3", ("t", "v")),
    Shot("plenum-3.3", "3.3", ("t", "p")),
    Shot("guide", "1.7", ("g",)),
    Shot("team", None, ("f3",)),
    Shot("parking", None, ("f8",)),
    Shot("presenting-1.3", "1.3", ("f5",)),
    Shot("help", "1.3", ("question_mark",)),
    Shot("steps-navigator", "3.3", ("f2",)),
    Shot("print-dialog", None, ("f4",), button="#go"),
    Shot("export-dialog", None, ("f6",), button="#go"),
    Shot("command-palette", "1.3", ("ctrl+p",)),
    Shot("step-timer", "1.3", ("f9",)),
    Shot("confirm-close-round", "1.7", ("r",)),
    Shot("start", start=True),
    *[Shot(f"form-{case.id}", case.step, WORST_CASE_KEYS.get(case.id, case.keys),
           button="#save") for case in CASES],
]


@pytest.mark.parametrize("room", [
    "nl-80x24",
    pytest.param("en-120x40", marks=pytest.mark.slow),  # a second pass over every screen: CI
])
@pytest.mark.parametrize("shot", [
    pytest.param(shot, id=shot.id, marks=[pytest.mark.slow] if shot.id.startswith("form-") else [])
    for shot in SHOTS])  # the 37 forms, ~0.4 s each: in the slow tier, which CI runs
def test_room(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shot: Shot,
              room: str) -> None:
    lang, size = ROOMS[room]
    monkeypatch.chdir(tmp_path)
    folder = Path("sessions")  # relative: the dialogs that show a path show the same one
    folder.mkdir()
    write_room(folder)
    set_language(lang)
    app = make_app(folder, None if shot.start else STEM, clock=lambda: CLOCK,
                   wall_clock=lambda: WALL_CLOCK)

    async def before(pilot) -> None:
        await pilot.pause()  # start-up done (the footer mounts after the first frame)
        if shot.step is not None:
            app.show_step(shot.step)
            await pilot.pause()
        random.seed(15)  # the seeds the duo and rotation forms propose
        await pilot.press(*shot.keys)
        if shot.button and size == (80, 24):
            await pilot.pause()
            buttons_stay_on_screen(app, shot.button)

    assert snap_compare(app, terminal_size=size, run_before=before)
