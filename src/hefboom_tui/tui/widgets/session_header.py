"""The one-line bar at the top: session, where the team is, a running timer's countdown, and
the "saved" indicator."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len, set_cell_size
from textual.widgets import Static

from hefboom_tui.i18n import t
from hefboom_tui.model.method import step


class SessionHeader(Static):
    """Shows ``session · phase › step`` on the left and the save state on the right; while a
    timer counts, its countdown stands before the save state (the whole bar turns to the
    warning colour in the last minute and to the error colour at zero)."""

    DEFAULT_CSS = """
    SessionHeader { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    SessionHeader.-timer-warning { background: $warning; color: $background; }
    SessionHeader.-timer-done { background: $error; color: $background; }
    """

    def update_from(self, screen_title: str) -> None:
        """Redraw from the app's store; ``screen_title`` names the current view."""
        store = getattr(self.app, "store", None)
        if store is None:
            self.update(screen_title)
            return
        session = store.session
        # the step this window shows, not the one recorded (another window may move that)
        current = step(getattr(self.app, "shown_step", "") or session.step)
        where = t("header.where", phase=current.phase, step=t(current.title_key))
        if store.read_only:
            state = short = "⚠ " + t("header.read_only")
        elif store.saved_at:
            state = "✓ " + t("header.saved",
                             time=dt.datetime.fromtimestamp(store.saved_at).strftime("%H:%M:%S"))
            short = "✓ " + t("header.saved_short")
        else:
            state = short = "✓ " + t("header.opened")
        timers = getattr(self.app, "timers", None)
        clock, alarm = timers.header_part(self.screen) if timers is not None else ("", "")
        self.set_class(alarm == "-warning", "-timer-warning")
        self.set_class(alarm == "-done", "-timer-done")
        round_part = f" · {t('header.round', round=session.round)}" if session.round > 1 else ""
        title = t(current.title_key)
        view = "" if screen_title == title else f" · {screen_title}"
        width = max(10, self.size.width - 2) if self.size.width else 78
        text = self.line(session.name, f"{round_part} · {where}", clock, state, width, view=view,
                         short=short)
        if text != getattr(self, "_text", None):  # an unchanged line costs no new layout
            self._text = text
            self.update(text, layout=False)  # one line, always: no layout pass for the screen

    @staticmethod
    def line(name: str, where: str, clock: str, state: str, width: int, view: str = "",
             short: str = "") -> str:
        """``name`` + ``view`` (the view's own title, `` · …``) + ``where`` on the left,
        ``clock`` (a running timer) and ``state`` (saved) on the right, in ``width`` cells.
        The save state always stays. What gives way, in this order (cut with …): the
        session's name down to a few letters (the start screen shows it whole), the view's
        title, the rest of the name, the save state's time (``short`` instead of ``state``),
        the timer, and last the step."""
        name = " ".join(name.split())
        right = [part for part in (clock, state) if part]

        def room(parts: list[str]) -> int:
            tail = "   ".join(parts)
            return width - cell_len(where) - cell_len(tail) - (2 if tail else 0)

        if clock and state and short and room(right) < 0:
            right[-1] = short  # a running timer before the time of the last save
        if clock and room(right) < 0:
            right = [state] if state else []  # the timer gives way before the step
        tail = "   ".join(right)
        free = max(0, room(right))
        name_cells = min(cell_len(name), NAME_MIN, free)
        view_cells = min(cell_len(view), free - name_cells)
        if view_cells < min(cell_len(view), VIEW_MIN):
            view_cells = 0  # too little of the title to read: the name takes the room
        name_cells = min(cell_len(name), free - view_cells)
        if name_cells < min(cell_len(name), NAME_FLOOR):
            name_cells = 0  # a letter or two of a name says nothing: the step takes the room
        left = _cut(name, name_cells) + _cut(view, view_cells) + where
        if not name_cells:
            left = left.removeprefix(" · ")
        fit = width - (cell_len(tail) + 2 if tail else 0)
        if cell_len(left) > fit:
            left = _cut(left, fit)
        space = max(1, width - cell_len(left) - cell_len(tail))
        return left + (" " * space + tail if tail else "")


NAME_MIN = 8
"""The session's name keeps this many cells before the view's title is cut."""
NAME_FLOOR = 4
"""A name cut to fewer cells (``Wi…``) is left out."""
VIEW_MIN = 8
"""A view's title cut to fewer cells (`` · Afs…``) is left out."""


def _cut(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` cells, cut with … when it is longer."""
    if cell_len(text) <= cells:
        return text
    return set_cell_size(text, cells - 1) + "…" if cells > 1 else ""
