"""The beamer follows the facilitator: what the editing window shows is written to a small
view file beside the session; the beamer window reads it and shows the same.

The view is not part of the session (no undo, no backup): a dict such as
``{"step": "1.2", "open": "fiche", "id": "i3"}`` or ``{"step": "3.3", "open": "tally",
"id": "i7", "hidden": true, "revealed": ["i2"]}``. The editor checks twice a second what it
shows and writes only when that changed; the beamer checks the file's ``stat`` and reads it
only when it changed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hefboom_tui.fsutil import atomic_write_text

VIEWS_DIR = ".views"
View = dict[str, Any]
PUBLISH_INTERVAL = 0.5
"""Seconds between the editor's checks of what it shows (it writes only on a change)."""


class ViewFile:
    """The shared view of one session."""

    def __init__(self, folder: Path, stem: str) -> None:
        self.path = folder / VIEWS_DIR / f"{stem}.json"
        self._written: View | None = None
        self._seen: tuple[int, int, int] | None = None

    def publish(self, view: View) -> None:
        """Write ``view`` if it differs from what was last written (failures are ignored:
        the beamer then simply keeps showing the step)."""
        if view == self._written:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # no fsync: a view lost in a power cut costs nothing, and the write runs on the
            # app's event loop twice a second while the view changes
            atomic_write_text(self.path, json.dumps(view, ensure_ascii=False), durable=False)
            self._written = dict(view)
        except OSError:
            pass

    def read_if_changed(self) -> View | None:
        """The view, when the file changed since the last call (one ``stat`` otherwise)."""
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        stamp = (info.st_ino, info.st_mtime_ns, info.st_size)  # a replace makes a new inode
        if stamp == self._seen:
            return None
        self._seen = stamp
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None


def current_view(app: Any) -> View:
    """What the editing window shows now: the step and what the topmost session screen has
    open (a fiche, the tally of one initiative…)."""
    from hefboom_tui.tui.result import SessionView

    store = app.store
    view: View = {"step": store.session.step if store is not None else ""}
    for screen in reversed(app.screen_stack):
        if isinstance(screen, SessionView):
            view.update(screen.view_state())  # type: ignore[attr-defined]
            break
    return view


def start_publishing(app: Any) -> None:
    """Check what ``app`` shows every :data:`PUBLISH_INTERVAL` and write it when it changed
    (the editing window, for the beamer)."""
    app.set_interval(PUBLISH_INTERVAL, lambda: publish(app))


def publish(app: Any) -> None:
    """Editor side: write the current view if it changed (called twice a second)."""
    views = getattr(app, "views", None)
    if views is not None and app.store is not None and not app.store.read_only:
        views.publish(current_view(app))


def follow(app: Any) -> None:
    """Beamer side: when the editor's view changed, show the same."""
    views = getattr(app, "views", None)
    view = views.read_if_changed() if views is not None else None
    if view is None or app.store is None:
        return
    from hefboom_tui.tui.result import SessionView

    stack = [s for s in app.screen_stack if isinstance(s, SessionView)]
    if stack and stack[-1].apply_view(view):  # type: ignore[attr-defined]
        return
    kind = view.get("open")
    if kind == "fiche":
        from hefboom_tui.tui.screens.fiche import FicheScreen

        _back_to_step(app)
        order = [str(i) for i in view.get("order") or []]
        app.push_screen(FicheScreen(str(view.get("id")), order))
    elif kind == "tally":
        from hefboom_tui.tui.screens.tally import TallyScreen

        _back_to_step(app)
        screen = TallyScreen()
        engaged = [i.id for i in app.store.session.engaged()]
        wanted = str(view.get("id", ""))
        screen.index = engaged.index(wanted) if wanted in engaged else 0
        screen.overview, screen.hidden = bool(view.get("overview")), bool(view.get("hidden"))
        screen.revealed = {str(i) for i in view.get("revealed") or []}
        app.push_screen(screen)  # its first frame already hides what it must
    elif kind == "parking":
        from hefboom_tui.tui.screens.parking import ParkingScreen

        _back_to_step(app)
        app.push_screen(ParkingScreen())
    elif not kind:
        _back_to_step(app)


def _back_to_step(app: Any) -> None:
    while len(app.screen_stack) > 2:
        app.pop_screen()
