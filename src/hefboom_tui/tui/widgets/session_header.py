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
            state = "⚠ " + t("header.read_only")
        elif store.saved_at:
            state = "✓ " + t("header.saved",
                             time=dt.datetime.fromtimestamp(store.saved_at).strftime("%H:%M:%S"))
        else:
            state = "✓ " + t("header.opened")
        timers = getattr(self.app, "timers", None)
        clock, alarm = timers.header_part(self.screen) if timers is not None else ("", "")
        self.set_class(alarm == "-warning", "-timer-warning")
        self.set_class(alarm == "-done", "-timer-done")
        round_part = f" · {t('header.round', round=session.round)}" if session.round > 1 else ""
        title = t(current.title_key)
        view = "" if screen_title == title else f" · {screen_title}"
        width = max(10, self.size.width - 2) if self.size.width else 78
        text = self.line(session.name, f"{view}{round_part} · {where}", clock, state, width)
        if text != getattr(self, "_text", None):  # an unchanged line costs no new layout
            self._text = text
            self.update(text, layout=False)  # one line, always: no layout pass for the screen

    @staticmethod
    def line(name: str, where: str, clock: str, state: str, width: int) -> str:
        """``name`` + ``where`` on the left, ``clock`` (a running timer) and ``state`` (saved)
        on the right, in ``width`` cells. What gives way, in this order: the session's name
        down to a few letters (cut with …: the start screen shows it whole), the save state,
        the rest of the name, the timer; the step stays."""
        name = " ".join(name.split())
        right = [part for part in (clock, state) if part]

        def fits(name_cells: int) -> bool:
            shown = min(cell_len(name), name_cells)
            return shown + cell_len(where) + cell_len("   ".join(right)) + 2 <= width

        if state and not fits(min(8, cell_len(name))):
            right.pop()  # the save state gives way before the name goes below a few letters
        if right and not fits(0):
            right = []  # then the timer, before the step
        tail = "   ".join(right)
        room = width - cell_len(where) - cell_len(tail) - (2 if tail else 0)
        if cell_len(name) > room:
            name = set_cell_size(name, max(0, room - 1)) + "…" if room > 1 else ""
        left = name + where if name else where.removeprefix(" · ")
        if cell_len(left) > width:
            left = set_cell_size(left, width - 1) + "…"
        space = max(1, width - cell_len(left) - cell_len(tail))
        return left + (" " * space + tail if tail else "")
