"""Shared fixtures: a temporary sessions folder, fresh sessions and stores."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from hefboom_tui.i18n import set_language
from hefboom_tui.store import catalog
from hefboom_tui.store.session_store import SessionStore

os.environ["TZ"] = "UTC"  # snapshots show clock times: make them the same everywhere
if hasattr(time, "tzset"):
    time.tzset()


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
