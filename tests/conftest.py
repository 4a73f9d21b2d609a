"""Shared fixtures: a temporary sessions folder, fresh sessions and stores."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pilot_settle import install as install_pilot_settle

from hefboom_tui.demo import write_demo
from hefboom_tui.i18n import set_language
from hefboom_tui.store import catalog
from hefboom_tui.store.session_store import SessionStore

# The suite starts hundreds of Python processes (the workers, the CLI, the kill tests, the
# benchmark smoke run). Where the environment turns bytecode caching off
# (PYTHONDONTWRITEBYTECODE), each of them compiled the whole package from source again: about
# a tenth of the quick loop's CPU time here. The tests and their children may keep compiled
# modules, as Python does by default.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

os.environ["TZ"] = "UTC"  # snapshots show clock times: make them the same everywhere
if hasattr(time, "tzset"):
    time.tzset()

install_pilot_settle()  # the pilot waits for the app's pending work, not fixed 20 ms slices

# Hundreds of apps started in one process allocate far more than one session of the app:
# with Python's default thresholds (700, 10, 10) the TUI tests spent 10-20 % of their CPU in
# the garbage collector. Collected less often here; the app's own freeze after start-up stays.
gc.set_threshold(20_000, 50, 50)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``slow`` tests first (in their own order): with ``-n`` they are spread over the
    workers from the start, so none of them is left running alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def dutch() -> None:
    set_language("nl")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "sessions"
    path.mkdir()
    return path


@pytest.fixture
def store(folder: Path) -> SessionStore:
    s = catalog.create(folder, "Test sessie")
    yield s
    s.close()


# What ``write_demo`` leaves in an empty folder (the session file and its lock file), built
# once per test run: name -> (bytes, mode).
_DEMO_FILES: dict[str, tuple[bytes, int]] = {}


def _demo_files() -> dict[str, tuple[bytes, int]]:
    if not _DEMO_FILES:
        with tempfile.TemporaryDirectory() as scratch:
            write_demo(Path(scratch))
            for path in sorted(Path(scratch).iterdir()):
                _DEMO_FILES[path.name] = (path.read_bytes(), path.stat().st_mode & 0o777)
    return _DEMO_FILES


@pytest.fixture
def demo_folder(folder: Path) -> Path:
    """``folder`` holding the demo session, as ``write_demo(folder)`` leaves it (a copy of
    files written once per run). Tests that take ``folder`` too get this same folder."""
    for name, (data, mode) in _demo_files().items():
        path = folder / name
        path.write_bytes(data)
        path.chmod(mode)
    return folder


@pytest.fixture
def other_window(demo_folder: Path) -> SessionStore:
    """The demo session held open by another window (its store has the lock): an app opened
    on it now is read-only. Let go at the end of the test, if the test did not already."""
    holder = catalog.open_store(demo_folder, "demo")
    yield holder
    holder.close()
