"""The parking lot: questions and ideas that came up, to deal with later (F8 shows it, F7
parks one from any screen). The beamer shows it when the facilitator opens it."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.method import step
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable


class ParkingScreen(SessionScreen):
    """Every parked note, with the step it came up in and whether it was dealt with."""

    TITLE_KEY = "screen.parking"
    DETAIL_ID = "parking-detail"
    DETAIL_LINES = 4
    BINDINGS = [
        Binding("escape,f8", "back", N_("key.back"), id="parking.back"),
        Binding("n,f7", "app.park", N_("key.park"), id="parking.new"),
        Binding("space", "done", N_("key.parking_done"), id="parking.done"),
        Binding("delete,x", "remove", N_("key.delete"), id="parking.remove"),
    ]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="parking")
        table.add_column(t("col.done"), key="done")
        table.add_column(t("col.question"), key="text")
        table.add_column(t("col.step"), key="step")
        yield table

    def refresh_view(self) -> None:
        rows = []
        room = self.text_room(30)
        for note in self.session.parking:
            where = f"{note.step} {t(step(note.step).title_key)}" if note.step else ""
            rows.append((note.id, ["✓" if note.done else "○",
                                   cut(note.text + (f"  — {note.by}" if note.by else ""), room),
                                   cut(where, 20)]))
        self.query_one(RowTable).fill(rows)
        open_ = sum(1 for n in self.session.parking if not n.done)
        self.set_hint(t("parking.hint", open=open_, count=len(self.session.parking))
                      if self.session.parking else t("parking.empty"))

    def detail(self, table: str, key: str) -> str | Text:
        """The whole note, who parked it and in which step."""
        note = next((n for n in self.session.parking if n.id == key), None)
        if note is None:
            return ""
        where = f"{note.step} {t(step(note.step).title_key)}" if note.step else ""
        return detail(note.text, (t("field.added_by").capitalize(), note.by),
                      (t("col.step"), where))

    def view_state(self) -> dict[str, Any]:
        return {"open": "parking"}

    def apply_view(self, view: dict[str, Any]) -> bool:
        return view.get("open") == "parking"

    @writes
    def action_done(self) -> None:
        key = self.current_key()
        note = next((n for n in self.session.parking if n.id == key), None)
        if note is not None:
            self.do(actions.set_parked_done, id=note.id, done=not note.done)

    @writes
    def action_remove(self) -> None:
        key = self.current_key()
        if key and self.do(actions.unpark, id=key).ok:
            self.notify(t("parking.removed"), timeout=3)

    def action_back(self) -> None:
        self.app.pop_screen()
