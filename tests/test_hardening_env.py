"""Issue 17, item 3: every bad environment ends in a message, never a traceback.

Each case is tried the way a facilitator meets it: through the commands (``list``, ``open``,
``check``, ``export`` in every format, ``new``, a write) and, where it shows, the start
screen. Each one checks: exit code not 0 with a message that names the file and says what
to do, no Python traceback, and the session files and their backups exactly as they were.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hefboom_tui.cli import cli

EXPORTS = [("export", "{name}", "--format", fmt) for fmt in ("json", "csv", "md", "tallies", "ics")]
READERS = [("check", "{name}"), ("open", "{name}"), ("beamer", "{name}"), *EXPORTS]


def files(folder: Path) -> dict[str, bytes | str]:
    """Every file under ``folder`` (backups too) by relative path: its bytes, or where a link
    points. Lock files are left out (taking a lock may create one)."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_file() and not path.name.endswith(".lock"):
            out[rel] = path.read_bytes()
    return out


def invoke(folder: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--sessions-dir", str(folder), *args])


def assert_refused(result: Result, *words: str) -> None:
    """Exit code 1, a message (with ``words`` in it), no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    message = result.output
    assert message.startswith("Fout:") and len(message.strip()) > 20, message
    for word in words:
        assert word in message, (word, message)


def refused_everywhere(folder: Path, name: str, *words: str,
                       commands: list[tuple[str, ...]] | None = None) -> None:
    """Every reading command on session ``name`` is refused with ``words``; nothing changes."""
    before = files(folder)
    for command in commands or READERS:
        result = invoke(folder, *(part.format(name=name) for part in command))
        assert_refused(result, *words)
    assert files(folder) == before


def test_dangling_link(demo_folder: Path) -> None:
    (demo_folder / "spook.json").symlink_to(demo_folder / "weg.json")
    listed = invoke(demo_folder, "list")
    assert listed.exit_code == 0 and "demo" in listed.output
    assert "spook" in listed.output and "niet bestaat" in listed.output
    refused_everywhere(demo_folder, "spook", "spook.json", "weg.json", "bestaat niet")


def test_link_outside_the_folder(demo_folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "echt.json").write_bytes((demo_folder / "demo.json").read_bytes())
    (demo_folder / "buiten.json").symlink_to(elsewhere / "echt.json")
    listed = invoke(demo_folder, "list")
    assert listed.exit_code == 0 and "buiten de sessiemap" in listed.output
    refused_everywhere(demo_folder, "buiten", "buiten.json", "buiten de sessiemap", "kopieer")
    assert_refused(invoke(demo_folder, "participants", "add", "buiten", "Bram"), "buiten.json")
    assert_refused(invoke(demo_folder, "new", "buiten"), "buiten.json")
    assert (elsewhere / "echt.json").read_bytes() == (demo_folder / "demo.json").read_bytes()


def test_link_inside_the_folder_is_followed(demo_folder: Path) -> None:
    (demo_folder / "alias.json").symlink_to("demo.json")
    result = invoke(demo_folder, "participants", "add", "alias", "Zoë")
    assert result.exit_code == 0, result.output
    assert (demo_folder / "alias.json").is_symlink()  # the link stays a link to the real file
    assert "Zoë" in (demo_folder / "demo.json").read_text(encoding="utf-8")


def test_a_session_file_that_is_a_folder(demo_folder: Path) -> None:
    (demo_folder / "map.json").mkdir()
    (demo_folder / "map.json" / "iets.txt").write_text("x", encoding="utf-8")
    listed = invoke(demo_folder, "list")
    assert listed.exit_code == 0 and "een map" in listed.output
    refused_everywhere(demo_folder, "map", "map.json", "is een map")
    assert_refused(invoke(demo_folder, "participants", "add", "map", "Bram"), "is een map")
    assert_refused(invoke(demo_folder, "check", "map", "--repair"), "is een map")


def test_deeply_nested_json(folder: Path) -> None:
    depth = 200_000
    (folder / "diep.json").write_text('{"meta": {"1": {"name": ' + "[" * depth + "]" * depth
                                      + "}}}", encoding="utf-8")
    listed = invoke(folder, "list")
    assert listed.exit_code == 0 and "beschadigd" in listed.output
    refused_everywhere(folder, "diep", "diep.json", "te diep genest", "geen bruikbare")


@pytest.mark.parametrize("damage", ["no_principle", "empty_principle", "unknown_principle",
                                    "short_visit", "long_visit", "unknown_visitor",
                                    "bad_date", "bad_time"])
def test_what_export_relies_on_is_checked(demo_folder: Path, damage: str) -> None:
    """A file that ``check`` passes can be exported: the same validation on every load."""
    path = demo_folder / "demo.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    card = data["cards"]["3"]
    visits = data["meta"]["1"]["rotation"]["rounds"]
    if damage == "no_principle":
        del card["principle"]
    elif damage == "empty_principle":
        card["principle"] = ""
    elif damage == "unknown_principle":
        card["principle"] = "ZZ"
    elif damage == "short_visit":
        visits[0][0] = [visits[0][0][0]]
    elif damage == "long_visit":
        visits[0][0] = [*visits[0][0], "extra"]
    elif damage == "unknown_visitor":
        visits[0][0] = ["p999", visits[0][0][1]]
    else:  # what the calendar export reads
        item = next(d for d in data["initiatives"].values() if d["agreement"]["date"])
        item["agreement"]["date" if damage == "bad_date" else "time"] = "i999"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused_everywhere(demo_folder, "demo", "demo.json", "beschadigd")


def test_full_disk_during_new(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert_refused(invoke(folder, "new", "Vol"), "vol.json", "ruimte vrij")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []  # no session, no temporary file, no lock
    assert invoke(folder, "new", "Vol").exit_code == 0


def test_full_disk_during_a_write_keeps_the_file(demo_folder: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = files(demo_folder)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert_refused(invoke(demo_folder, "participants", "add", "demo", "Bram2"),
                   "demo.json", "ruimte vrij")
    monkeypatch.undo()
    assert files(demo_folder) == before


def test_read_only_folder(demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock file cannot be made and nothing can be written (simulated: tests may run as
    root, who may write anywhere); reading still works."""
    import tempfile

    from hefboom_tui.fsutil import SessionLock

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    before = files(demo_folder)
    monkeypatch.setattr(SessionLock, "_open", denied)  # the lock file cannot be made
    monkeypatch.setattr(tempfile, "mkstemp", denied)  # nor any other file
    assert_refused(invoke(demo_folder, "participants", "add", "demo", "Bram2"),
                   str(demo_folder), "--sessions-dir")
    assert_refused(invoke(demo_folder, "new", "Nieuw"), "nieuw.json", "--sessions-dir")
    assert_refused(invoke(demo_folder, "demo", "--reset", "--no-open"), "demo.json")
    assert invoke(demo_folder, "export", "demo").exit_code == 0
    assert invoke(demo_folder, "check", "demo").exit_code == 0
    assert invoke(demo_folder, "list").exit_code == 0
    monkeypatch.undo()
    assert files(demo_folder) == before


async def test_read_only_folder_in_the_app(demo_folder: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from hefboom_tui.fsutil import SessionLock
    from hefboom_tui.model import actions
    from hefboom_tui.tui.app import make_app

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    before = files(demo_folder)
    monkeypatch.setattr(SessionLock, "_open", denied)
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.store.read_only and app.store.lock_state == "no_lock"
        assert any(str(demo_folder) in n.message and "--sessions-dir" in n.message
                   for n in app._notifications)
        assert not app.do(actions.add_participant, name="Zoë").ok
    assert files(demo_folder) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a user that is not root")
def test_read_only_folder_for_real(demo_folder: Path) -> None:
    before = files(demo_folder)
    demo_folder.chmod(0o555)
    try:
        assert_refused(invoke(demo_folder, "participants", "add", "demo", "Bram2"),
                       str(demo_folder))
        assert_refused(invoke(demo_folder, "new", "Nieuw"), "nieuw.json")
        assert invoke(demo_folder, "export", "demo").exit_code == 0
    finally:
        demo_folder.chmod(0o755)
    assert files(demo_folder) == before


def test_sessions_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    result = invoke(blocker / "sessies", "list")
    assert_refused(result, "sessies", "--sessions-dir")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows arguments are always Unicode")
def test_non_utf8_bytes_in_arguments(folder: Path) -> None:
    for args in ([b"new", b"Caf\xe9"], [b"participants", b"add", b"x", b"Ay\xfee"],
                 [b"export", b"\xff\xfe"]):
        result = subprocess.run([sys.executable.encode(), b"-m", b"hefboom_tui",
                                 b"--sessions-dir", str(folder).encode(), *args],
                                capture_output=True, timeout=60, check=False)
        assert result.returncode == 1, result
        assert b"Traceback" not in result.stderr and b"UTF-8" in result.stderr
        assert b"Caf?" in result.stderr or b"?" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_bug_is_a_sentence_not_a_traceback(folder: Path) -> None:
    """The last line of defence: an unexpected error names itself and where the details
    went, in one sentence."""
    import re

    code = ("import sys, hefboom_tui.entry as c, hefboom_tui.store.catalog as cat\n"
            "def boom(*a, **k): raise KeyError('x')\n"
            "cat.list_sessions = boom\n"
            "sys.argv = ['hefboom', '--sessions-dir', sys.argv[1], 'list']\n"
            "c.main()\n")
    result = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "KeyError" in result.stderr
    log = Path(re.search(r"(\S*hefboom-error-\S*?\.txt)", result.stderr).group(1))
    assert "Traceback" in log.read_text(encoding="utf-8")
    log.unlink()


async def test_start_screen_lists_broken_entries(demo_folder: Path, tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from hefboom_tui.tui.app import make_app

    (demo_folder / "spook.json").symlink_to(demo_folder / "weg.json")
    (demo_folder / "map.json").mkdir()
    (demo_folder / "buiten.json").symlink_to(tmp_path)
    app = make_app(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        options = app.screen.query_one(OptionList)
        texts = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        assert len(texts) == 4 and any("niet bestaat" in x for x in texts)
        options.highlighted = next(n for n, x in enumerate(texts) if "spook" in x)
        await pilot.press("enter")
        await pilot.pause()
        assert any("weg.json" in n.message for n in app._notifications)
        assert type(app.screen).__name__ == "StartScreen"


async def test_full_disk_during_import_from_the_start_screen(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Input

    from hefboom_tui.tui.app import make_app

    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("naam\nTuinclub\nRepair Café\n", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        form = app.screen
        form.query_one("#f-name", Input).value = "Najaar"
        form.query_one("#f-file", Input).value = str(csv_file)

        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        await pilot.press("ctrl+s")
        await pilot.pause()
        monkeypatch.undo()
        assert app.screen is form  # the form stays open, with what was typed
        error = str(form.query_one("#err-name").render())
        assert "najaar.json" in error and "ruimte vrij" in error
        assert list(folder.iterdir()) == []  # no empty session left behind
        await pilot.press("ctrl+s")  # space again: the same form now works
        await pilot.pause()
        assert [i.name for i in app.store.session.initiatives] == ["Tuinclub", "Repair Café"]
