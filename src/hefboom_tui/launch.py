"""Starting the full-screen app from the command line: the part of ``hefboom``, ``hefboom
demo``, ``hefboom open NAME`` and ``hefboom beamer NAME`` that does not need click, so the
plain forms of these commands (``entry.quick_command``) skip loading the command-line
machinery on their way to the first frame."""

from __future__ import annotations

from pathlib import Path

from hefboom_tui.cli_common import Ctx, fail
from hefboom_tui.store.errors import StoreError


def run_tui(obj: Ctx, name: str | None, beamer: bool = False) -> None:
    """Run the app on session ``name`` (None: the start screen); read-only for the beamer.
    A session that cannot be opened is said in one line before the screen is taken over."""
    from hefboom_tui.store import catalog
    from hefboom_tui.store.session_store import SessionStore
    from hefboom_tui.tui.app import run_app

    store: SessionStore | None = None
    try:
        if name is not None:  # the app gets the open session, so the file is read once
            store = catalog.open_store(obj.folder, name, read_only=beamer)
        run_app(obj.folder, name, beamer=beamer, store=store)
    except StoreError as exc:
        fail(str(exc))
    finally:
        if store is not None:
            store.close()  # the app closed it already, unless it never started


def demo_path(obj: Ctx, reset: bool = False) -> Path:
    """The demo session's file, written when missing, out of date, or ``reset``."""
    from hefboom_tui.demo import ensure_demo, write_demo

    try:
        return write_demo(obj.folder) if reset else ensure_demo(obj.folder)
    except StoreError as exc:
        fail(str(exc))


def run_demo(obj: Ctx) -> None:
    """Open the demo session in the app (written first when needed)."""
    from hefboom_tui.demo import DEMO_NAME

    demo_path(obj)
    run_tui(obj, DEMO_NAME)
