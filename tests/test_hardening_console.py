"""Issue 17, part 5: the command line on a console that is not UTF-8.

Windows gives a redirected ``hefboom export NAME > file`` the ANSI code page (cp1252), like
``PYTHONIOENCODING=cp1252`` here. Before the fix, exporting to standard output and
``participants add NAME "Ayşe"`` ended in a traceback (the latter after the change was saved).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def hefboom(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "HEFBOOM_LANG": "nl"}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "hefboom_tui", "--sessions-dir", str(folder),
                           *args], env=env, capture_output=True, timeout=60, check=False)


@pytest.fixture
def session(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    assert hefboom(folder, "new", "X").returncode == 0
    return folder


def test_export_to_a_file_is_utf8_whatever_the_console(session: Path, tmp_path: Path) -> None:
    path = session / "x.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["participants"] = {"1": {"id": "p1", "name": "Ayşe مطبخ"}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "x.json"
    result = hefboom(session, "export", "X", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["participants"][0]["name"] == "Ayşe مطبخ"


def test_export_to_stdout_is_utf8_whatever_the_console(session: Path) -> None:
    result = hefboom(session, "export", "X", "--format", "csv")  # the BOM alone is not cp1252
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert result.stdout.startswith(b"\xef\xbb\xbf")


def test_participants_add_a_name_outside_cp1252(session: Path) -> None:
    result = hefboom(session, "participants", "add", "X", "Ayşe")
    assert b"Traceback" not in result.stderr
    assert result.returncode == 0  # today: 1, although Ayşe was saved
