"""The beamer view: a second process edits, the read-only view follows, never writes."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hefboom_tui.tui.app import FOLLOW_INTERVAL, make_app
from hefboom_tui.tui.screens.rotation import RotationScreen
from hefboom_tui.tui.screens.wall import WallScreen
from hefboom_tui.tui.widgets.round_timer import RoundTimer
from hefboom_tui.tui.widgets.wall_grid import WallGrid

EDITOR = r"""
import sys, time
from pathlib import Path
from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore
store = SessionStore(Path(sys.argv[1]))
assert not store.read_only
print("ready", flush=True)
for line in sys.stdin:
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "add":
        store.do(actions.add_initiative, name=arg)
    elif cmd == "step":
        store.do(actions.set_step, step=arg)
    elif cmd == "start":
        store.do(actions.timer, op="start", now=time.time())
    elif cmd == "quit":
        break
    print("ok", flush=True)
store.close()
"""

# The view polls every FOLLOW_INTERVAL; this bound is only a failure threshold for a busy
# machine, not a performance figure (that is measured in benchmarks/).
WAIT_LIMIT = 5.0
# How long a child process may take to answer (start-up included) before the test fails: a
# hung or crashed child fails the test in seconds instead of hanging the run.
REPLY_TIMEOUT = 15.0


class Editor:
    """A second process that has the session open for writing, driven line by line. Every
    read has a deadline (a thread reads the pipe; ``reply`` waits on a queue), and ``close``
    kills the process if it does not quit in time."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()
        try:
            assert self.reply() == "ready"
        except BaseException:
            self.kill()
            raise

    def _read(self, stream) -> None:
        with stream:
            for line in stream:
                self.lines.put(line)
        self.lines.put(None)  # end of output: the process exited or closed stdout

    def reply(self, timeout: float | None = None) -> str:
        timeout = REPLY_TIMEOUT if timeout is None else timeout
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the editor process did not answer within {timeout} s") from None
        assert line is not None, f"the editor process exited (code {self.proc.poll()})"
        return line.strip()

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        assert self.reply() == "ok", f"the editor did not do {command!r}"

    def close(self) -> None:
        """Ask the process to quit and wait for it (it must exit cleanly, in time); it is
        killed in any case. Closing a closed or dead editor does nothing more."""
        if self.proc.poll() is not None:
            self.kill()
            return
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            code = self.proc.wait(timeout=REPLY_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the editor did not quit within {REPLY_TIMEOUT} s") from None
        finally:
            self.kill()
        assert code == 0, f"the editor exited with code {code}"

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=REPLY_TIMEOUT)
        try:
            self.proc.stdin.close()  # stdout is closed by the reading thread at its end
        except OSError:
            pass


async def wait_for(pilot, condition) -> float:
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < WAIT_LIMIT, "the beamer did not follow"
        await pilot.pause(FOLLOW_INTERVAL / 5)
    return time.monotonic() - start


@pytest.mark.usefixtures("demo_folder")
async def test_beamer_follows_another_process_and_never_writes(folder: Path) -> None:
    path = folder / "demo.json"
    editor = Editor(path)
    try:
        app = make_app(folder, "demo", beamer=True)
        async with app.run_test(size=(100, 30)) as pilot:
            assert app.store.read_only and app.presenting
            assert isinstance(app.screen, WallScreen)
            editor.send("add Nieuw vanuit de laptop")
            written = path.read_bytes()
            grid = app.screen.query_one(WallGrid)
            await wait_for(pilot, lambda: any(i.name == "Nieuw vanuit de laptop"
                                              for i in grid.items))
            # keys on the beamer change nothing on disk
            await pilot.press("x", "n", "escape", "ctrl+z", "p")
            await pilot.pause(0.3)
            assert path.read_bytes() == written
            # a running timer shows on the beamer with the right remaining time
            editor.send("step 3.3")
            editor.send("start")
            started = time.time()
            await wait_for(pilot, lambda: isinstance(app.screen, RotationScreen)
                           and app.store.session.timer.status == "running")
            await pilot.pause(0.3)
            remaining = app.screen.query_one(RoundTimer).remaining()
            assert abs(remaining - (7 * 60 - (time.time() - started))) < 1.0
            # the editing app closes and is opened again: the beamer keeps following
            editor.close()
            editor = Editor(path)
            editor.send("step 1.1")
            editor.send("add Na de herstart")
            await wait_for(pilot, lambda: isinstance(app.screen, WallScreen) and any(
                i.name == "Na de herstart" for i in app.screen.query_one(WallGrid).items))
            assert path.read_bytes() != written
    finally:
        editor.close()
    assert not any(p.name.endswith(".tmp") for p in folder.iterdir())


def test_beamer_cli_help() -> None:
    out = subprocess.run([sys.executable, "-m", "hefboom_tui", "beamer", "--help"],
                         capture_output=True, text=True, check=True, timeout=REPLY_TIMEOUT)
    assert "alleen-lezen voor de beamer" in out.stdout  # Dutch by default



@pytest.mark.usefixtures("demo_folder")
async def test_alarm_on_the_beamer_shows_but_writes_nothing(folder: Path) -> None:
    path = folder / "demo.json"
    editor = Editor(path)
    try:
        editor.send("step 3.3")
        editor.send("start")
        written = path.read_bytes()
        clock = {"mono": 0.0}
        app = make_app(folder, "demo", beamer=True, clock=lambda: clock["mono"])
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, RotationScreen)
            clock["mono"] += 8 * 60  # the round is over on the beamer's clock
            app.screen.query_one(RoundTimer).tick()
            await pilot.pause()
            assert app.screen.has_class("-alarm")
            assert not any("lezen" in str(n.message).lower() for n in app._notifications)
        assert path.read_bytes() == written
    finally:
        editor.close()
