"""Issue 17, items 6 and 7: locks that wait a little and say the right thing, a read-only
window that follows the writer and offers to take over, and ``new`` that never overwrites."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.fsutil import create_exclusive_bytes
from hefboom_tui.model import actions
from hefboom_tui.store import catalog
from hefboom_tui.store.errors import SessionExistsError
from hefboom_tui.store.session_store import SessionStore, load_session


def run(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["--sessions-dir", str(folder), *args])


def test_cli_waits_then_says_what_to_do(demo_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEFBOOM_LOCK_WAIT", "0.6")
    before = (demo_folder / "demo.json").read_bytes()
    holder = catalog.open_store(demo_folder, "demo")
    try:
        start = time.monotonic()
        result = run(demo_folder, "participants", "add", "demo", "Zoë")
        waited = time.monotonic() - start
    finally:
        holder.close()
    assert result.exit_code == 1 and waited >= 0.6
    assert "ik wacht hoogstens 0.6 seconden" in result.output
    assert "kwam na 0.6 seconden niet vrij" in result.output and "Ctrl+Q" in result.output
    assert "venster" not in result.output.split("ander hefboom-programma")[0]
    assert "Traceback" not in result.output
    assert (demo_folder / "demo.json").read_bytes() == before


def test_cli_goes_on_when_the_other_program_closes(demo_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEFBOOM_LOCK_WAIT", "10")
    holder = catalog.open_store(demo_folder, "demo")
    threading.Timer(0.5, holder.close).start()
    start = time.monotonic()
    result = run(demo_folder, "participants", "add", "demo", "Zoë")
    assert result.exit_code == 0, result.output
    assert 0.4 <= time.monotonic() - start < 8
    assert "wacht" in result.output
    assert "Zoë" in [p.name for p in load_session(demo_folder / "demo.json").participants]


def test_the_tui_and_the_cli_each_say_it_their_way(demo_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEFBOOM_LOCK_WAIT", "0")
    with catalog.open_store(demo_folder, "demo"):
        window = SessionStore(demo_folder / "demo.json")
        window.close()
        command = run(demo_folder, "deal", "demo", "--seed", "1")
    assert window.lock_state == "locked" and "venster" in window.read_only_reason
    assert command.exit_code == 1 and "programma" in command.output
    assert "wacht" not in command.output  # no wait asked for, none announced


async def wait_until(pilot, condition, seconds: float = 8.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


async def test_read_only_window_follows_and_offers_to_become_the_writer(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hefboom_tui.tui import app_session
    from hefboom_tui.tui.app import make_app
    from hefboom_tui.tui.screens.confirm import ConfirmScreen

    monkeypatch.setattr(app_session, "FOLLOW_INTERVAL", 0.05)  # the same checks, sooner

    holder = catalog.open_store(demo_folder, "demo")
    try:
        app = make_app(demo_folder, "demo")
        async with app.run_test(size=(100, 30)) as pilot:
            store = app.store
            assert store.read_only and store.lock_state == "locked"
            holder.do(actions.add_participant, name="Zoë")  # the writer saves…
            await wait_until(pilot, lambda: "Zoë" in [p.name for p in app.store.session.participants])
            assert not isinstance(app.screen, ConfirmScreen)  # …and is still there
            holder.close()
            await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            assert "gesloten" in str(app.screen.question)
            await pilot.press("j")
            await pilot.pause()
            assert not app.store.read_only and app.store.lock_state == "writer"
            assert app.do(actions.add_participant, name="Yusuf").ok
            names = [p.name for p in load_session(demo_folder / "demo.json").participants]
            assert "Zoë" in names and "Yusuf" in names
            with SessionStore(demo_folder / "demo.json") as other:  # now the others wait
                assert other.read_only
    finally:
        holder.close()


async def test_declining_the_offer_keeps_the_window_read_only(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hefboom_tui.tui import app_session
    from hefboom_tui.tui.app import make_app
    from hefboom_tui.tui.screens.confirm import ConfirmScreen

    monkeypatch.setattr(app_session, "FOLLOW_INTERVAL", 0.05)  # an offer check every 0.2 s

    holder = catalog.open_store(demo_folder, "demo")
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        holder.close()
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await pilot.pause(0.6)  # three offer checks later: no offer again
        assert app.store.read_only and not isinstance(app.screen, ConfirmScreen)
    with SessionStore(demo_folder / "demo.json") as after:  # the window took nothing
        assert not after.read_only


def test_new_refuses_an_existing_file_and_leaves_it(folder: Path) -> None:
    first = catalog.create(folder, "Samen")
    first.do(actions.add_participant, name="Ann")
    first.close()
    before = first.path.read_bytes()
    with pytest.raises(SessionExistsError):
        catalog.create(folder, "Samen")
    result = run(folder, "new", "samen")
    assert result.exit_code == 1 and "bestaat al" in result.output
    assert first.path.read_bytes() == before


RACER = """
import sys
from pathlib import Path
from hefboom_tui.store import catalog
from hefboom_tui.store.errors import SessionExistsError
folder, name = Path(sys.argv[1]), sys.argv[2]
session = catalog.new_session(name)  # the slow part first, then both go at once
session.deck_name = sys.argv[3]
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.store.paths import session_path
Path(sys.argv[4]).touch()  # ready
sys.stdin.readline()  # the test says go to both racers together
try:
    SessionStore.create(session_path(folder, name), session).close()
    print("created")
except SessionExistsError:
    print("exists")
"""


def test_two_new_at_once_one_wins_the_other_is_told(folder: Path, tmp_path: Path) -> None:
    for n in range(3):
        flags = [tmp_path / f"ready-{n}-{who}" for who in ("A", "B")]
        procs = [subprocess.Popen([sys.executable, "-c", RACER, str(folder), f"race {n}", who,
                                   str(flag)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True)
                 for who, flag in zip(("A", "B"), flags, strict=True)]
        deadline = time.monotonic() + 60
        while not all(flag.exists() for flag in flags):  # both ready…
            assert all(p.poll() is None for p in procs), "a racer stopped before the race"
            assert time.monotonic() < deadline, "the racers did not get ready"
            time.sleep(0.01)
        for p in procs:  # …then both go at once
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        outs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert sorted(outs) == ["created", "exists"], outs
        winner = "AB"[outs.index("created")]
        assert load_session(folder / f"race-{n}.json").deck_name == winner


def test_exclusive_create_without_hard_links(tmp_path: Path, monkeypatch) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "s.json"
    create_exclusive_bytes(target, b"{}")
    with pytest.raises(FileExistsError):
        create_exclusive_bytes(target, b"[]")
    assert target.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
