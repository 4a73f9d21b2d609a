"""The beamer follows the facilitator: the fiche, the tally of one initiative (with counts
hidden until the plenum reveals them) and the plain step; and no toast ever shows in front
of the room (presentation mode keeps them for later, the beamer shows none)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tui_helpers import saved

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.fiche import FicheScreen
from hefboom_tui.tui.screens.tally import TallyScreen
from hefboom_tui.tui.widgets.row_table import RowTable

WAIT_LIMIT = 10.0  # a failure threshold for a busy machine, not a performance figure


def view_of(folder: Path) -> dict:
    return json.loads((folder / ".views" / "demo.json").read_text(encoding="utf-8"))


async def wait_for(pilot, condition, what: str) -> None:
    """Until ``condition`` holds, then until the app has done what follows (a screen pushed
    is mounted and filled: checking it at once failed on a busy machine)."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < WAIT_LIMIT, f"timed out waiting for {what}"
        await pilot.pause(0.1)
    await pilot.pause()


@pytest.mark.usefixtures("demo_folder")
async def test_the_editor_publishes_what_it_shows(folder: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from hefboom_tui.tui import view_sync

    monkeypatch.setattr(view_sync, "PUBLISH_INTERVAL", 0.05)  # the same checks, sooner
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: (folder / ".views" / "demo.json").exists(), "a view")
        assert view_of(folder).get("open") is None
        await pilot.press("enter")  # open the fiche under the cursor
        await wait_for(pilot, lambda: view_of(folder).get("open") == "fiche", "the fiche")
        assert isinstance(app.screen, FicheScreen)
        assert view_of(folder)["id"] == app.screen.initiative_id
        await pilot.press("right")
        await wait_for(pilot, lambda: view_of(folder)["id"] == app.screen.initiative_id, "next")
        await pilot.press("escape")
        await wait_for(pilot, lambda: view_of(folder).get("open") is None, "the wall")
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "h")  # the tally, counts hidden on the beamer
        await wait_for(pilot, lambda: view_of(folder).get("hidden") is True, "hidden counts")
        tally = app.screen
        assert isinstance(tally, TallyScreen) and tally.initiative is not None
        assert view_of(folder)["id"] == tally.initiative.id
        await pilot.press("u")  # the plenum reaches this initiative: show its counts
        await wait_for(pilot, lambda: view_of(folder)["revealed"] == [tally.initiative.id],
                       "revealed")


WRITE_VIEW = """
import json, sys
from pathlib import Path
from hefboom_tui.tui.view_sync import ViewFile
ViewFile(Path(sys.argv[1]), "demo").publish(json.loads(sys.argv[2]))
"""


def editor_shows(folder: Path, view: dict) -> None:
    """Another process (the editing window) writes the view."""
    subprocess.run([sys.executable, "-c", WRITE_VIEW, str(folder), json.dumps(view)],
                   check=True, timeout=30)


@pytest.mark.usefixtures("demo_folder")
async def test_the_beamer_shows_what_the_editor_shows(folder: Path) -> None:
    session = saved(folder)
    fiche = session.initiatives[3]
    engaged = session.engaged()[0]
    app = make_app(folder, "demo", beamer=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor_shows(folder, {"step": "1.1", "open": "fiche", "id": fiche.id,
                              "order": [i.id for i in session.initiatives]})
        await wait_for(pilot, lambda: isinstance(app.screen, FicheScreen), "the fiche")
        assert app.screen.initiative_id == fiche.id
        assert fiche.name in str(app.screen.query_one("#fiche-name").render())
        editor_shows(folder, {"step": "1.1"})
        await wait_for(pilot, lambda: not isinstance(app.screen, FicheScreen), "back")
        hidden = {"step": "1.1", "open": "tally", "id": engaged.id, "overview": False,
                  "hidden": True, "revealed": []}
        editor_shows(folder, hidden)
        await wait_for(pilot, lambda: isinstance(app.screen, TallyScreen), "the tally")
        table = app.screen.query_one(RowTable)
        await wait_for(pilot, lambda: table.row_count > 0, "tally rows")
        counts = [str(table.get_row_at(n)[2]) for n in range(table.row_count)]
        assert set(counts) == {"–"}, "hidden from the room until the plenum"
        editor_shows(folder, {**hidden, "revealed": [engaged.id]})
        await wait_for(pilot, lambda: str(table.get_row_at(0)[2]) != "–", "revealed counts")
        assert any(str(table.get_row_at(n)[2]).isdigit() for n in range(table.row_count))
        editor_shows(folder, {"step": "1.1", "open": "parking"})  # F8 on the editor
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ParkingScreen", "parking")
        app.notify("/home/facilitator/secret/path.pdf")
        await pilot.pause()
        assert not app._notifications, "the beamer shows no toasts"
    assert saved(folder) == session, "the beamer never writes"


@pytest.mark.usefixtures("demo_folder")
async def test_no_toast_while_presenting(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        app.notify("PDF geschreven: /tmp/pakket.pdf")
        await pilot.pause()
        assert not app._notifications
        await pilot.press("f5")  # back to the facilitator's view: what was held shows now
        await pilot.pause()
        assert any("pakket.pdf" in n.message for n in app._notifications)


def test_the_view_file_is_written_whole_without_a_fsync(folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The view file is replaced in one step (the beamer never reads half a view), but not
    fsynced: it is written on the app's event loop while the facilitator works, and a view
    lost in a power cut costs nothing."""
    import os

    from hefboom_tui.tui.view_sync import ViewFile

    def no_fsync(fd: int) -> None:
        raise AssertionError("the view file is not worth a fsync")

    monkeypatch.setattr(os, "fsync", no_fsync)
    views = ViewFile(folder, "demo")
    views.publish({"step": "3.3", "open": "tally", "id": "i1"})
    views.publish({"step": "3.3", "open": "tally", "id": "i2"})
    assert view_of(folder) == {"step": "3.3", "open": "tally", "id": "i2"}
    assert sorted(p.name for p in (folder / ".views").iterdir()) == ["demo.json"]  # no temp
