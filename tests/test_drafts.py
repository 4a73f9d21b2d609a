"""Nothing typed is lost: Ctrl+Q in a form with unsaved input asks and keeps a draft, and a
closed terminal window (SIGHUP) keeps one too; the form opened again offers it back."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest
from tui_helpers import saved, type_text

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.confirm import ConfirmScreen
from hefboom_tui.tui.screens.form import FormScreen

NAME = "Buurtcomité Ter Heide 🌳"


@pytest.mark.usefixtures("demo_folder")
async def test_ctrl_q_with_a_dirty_form_asks_and_keeps_a_draft(folder: Path) -> None:
    count = len(saved(folder).initiatives)
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await type_text(pilot, "Buurtcomite")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.is_running
        await pilot.press("n")  # no: back to the form, nothing lost
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values()["name"] == "Buurtcomite"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("j")  # quit anyway
        await pilot.pause()
    assert app.return_code == 0
    assert len(saved(folder).initiatives) == count  # nothing half-saved
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["name"] == "Buurtcomite"  # the draft came back
        assert "⟲" in str(form.query_one("#draft-note").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert any(i.name == "Buurtcomite" for i in saved(folder).initiatives)
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.values()["name"] == ""  # saved: the draft is gone


@pytest.mark.usefixtures("demo_folder")
async def test_a_clean_form_quits_without_asking(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


def _read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"{needle!r} did not appear within {timeout} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX terminals only")
@pytest.mark.usefixtures("demo_folder")
def test_closing_the_terminal_keeps_a_draft(folder: Path) -> None:
    env = {**os.environ, "HEFBOOM_LANG": "nl", "TERM": "xterm-256color", "COLUMNS": "100",
           "LINES": "30"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app in a real pseudo-terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "hefboom_tui", "--sessions-dir",
                                    str(folder), "open", "demo"], env)
    try:
        _read_until(fd, b"De muur", 30)
        os.write(fd, b"n")
        _read_until(fd, b"Naam", 15)
        os.write(fd, NAME.encode("utf-8"))
        time.sleep(1.0)  # let the app take the keys in
        os.kill(pid, signal.SIGHUP)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                select.select([fd], [], [], 0.1) and os.read(fd, 65536)
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the app did not end after SIGHUP")
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)
    drafts = (folder / ".drafts" / "demo.json").read_text(encoding="utf-8")
    assert NAME in drafts
