"""The print dialog in the TUI: a worker that outlives the dialog, and quitting while it prints."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from textual.widgets import Button

from hefboom_tui.model import actions
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.wall import WallScreen


@pytest.mark.usefixtures("demo_folder")
async def test_print_dialog_writes_a_pdf_in_a_worker(folder: Path) -> None:
    from hefboom_tui.tui.screens.print_dialog import PrintDialog

    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.result is not None and dialog.result.kind == "pdf"
        assert dialog.result.path.exists() and dialog.result.path.parent == folder / "prints"
        assert str(dialog.result.path) in str(dialog.query_one("#print-status").render())
        assert "Sluit" in str(dialog.query_one("#cancel", Button).label)


@pytest.fixture
def held_print(monkeypatch) -> threading.Event:
    """The real print, held back until the test sets the event this returns."""
    from hefboom_tui.printing import pack

    go_on = threading.Event()
    real_print = pack.print_pack

    def held(*args, **kwargs):
        go_on.wait(30)
        return real_print(*args, **kwargs)

    monkeypatch.setattr(pack, "print_pack", held)
    return go_on


@pytest.mark.usefixtures("demo_folder")
async def test_closing_the_print_dialog_lets_the_print_finish(
        folder: Path, held_print: threading.Event) -> None:
    from hefboom_tui.tui.screens.print_dialog import PrintDialog

    go_on = held_print
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        await pilot.press("ctrl+s", "escape")  # back to the wall while it prints
        assert dialog.busy and isinstance(app.screen, WallScreen)
        await pilot.press("f4", "ctrl+s")  # a second print waits for the first
        assert "al een printopdracht" in str(app.screen.query_one("#print-status").render())
        await pilot.press("escape")
        assert app.do(actions.add_initiative, name="Laat binnengekomen").ok  # edited meanwhile
        go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.result is not None and dialog.result.kind == "pdf"
        assert [p.name for p in (folder / "prints").iterdir()] == [dialog.result.path.name]
        assert any(str(dialog.result.path) in n.message for n in app._notifications)
        # the pack is the session as it was when printing started
        text = " ".join(p.extract_text() for p in PdfReader(str(dialog.result.path)).pages)
        assert "Buurtmoestuin De Kiem" in text and "Laat binnengekomen" not in text


@pytest.mark.usefixtures("demo_folder")
async def test_quitting_while_printing_finishes_the_print_first(
        folder: Path, held_print: threading.Event) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4", "ctrl+s", "escape", "ctrl+q")
        assert app.return_code is None  # still open, and it says why
        assert any("sluit zodra" in n.message for n in app._notifications)
        held_print.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.return_code == 0  # closed once the print was done
    assert len(list((folder / "prints").glob("demo-*.pdf"))) == 1


@pytest.mark.usefixtures("demo_folder")
async def test_second_ctrl_q_quits_without_waiting(folder: Path,
                                                   held_print: threading.Event) -> None:
    import asyncio

    app = make_app(folder, "demo")

    async def keys(pilot) -> None:
        await pilot.press("f4", "ctrl+s", "escape", "ctrl+q", "ctrl+q")

    # run_async, not run_test: the app shuts down as it does for real (no event loop after)
    await app.run_async(headless=True, size=(80, 24), auto_pilot=keys)
    assert app.return_code == 0
    held_print.set()
    for _ in range(600):  # the screen is gone, the pack is still finished and saved
        if list((folder / "prints").glob("demo-*.pdf")):
            break
        await asyncio.sleep(0.05)
    assert len(list((folder / "prints").glob("demo-*.pdf"))) == 1
