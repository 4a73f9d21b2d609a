"""The team: add, rename, remove, mark present or absent (only present people are paired)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.entities import Participant
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut
from hefboom_tui.tui.widgets.row_table import RowTable


class TeamScreen(SessionScreen):
    """A table of participants."""

    TITLE_KEY = "screen.team"
    DETAIL_ID = "team-detail"
    DETAIL_LINES = 3
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="team.back"),
        Binding("n", "add", N_("key.add_people"), id="team.add"),
        Binding("r", "rename", N_("key.rename"), id="team.rename"),
        Binding("space", "present", N_("key.present_toggle"), id="team.present"),
        Binding("delete,x", "remove", N_("key.delete"), id="team.remove"),
    ]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="team")
        table.add_columns(t("col.name"), t("col.present"), t("col.duo"))
        yield table

    def refresh_view(self) -> None:
        duo_of = {m: d.id.upper() for d in self.session.duos for m in d.members}
        room = self.text_room(30)
        rows = [(p.id, [cut(p.name, room),
                        "✓ " + t("cli.present") if p.present else "✗ " + t("cli.absent"),
                        duo_of.get(p.id, "–")]) for p in self.session.participants]
        self.query_one(RowTable).fill(rows)
        present = len(self.session.present())
        self.set_hint(t("team.hint", present=present, total=len(self.session.participants)))

    def detail(self, table: str, key: str) -> str | Text:
        """The person's whole name."""
        person = self.session.participant(key)
        return person.name if person is not None else ""

    def _current(self) -> Participant | None:
        key = self.query_one(RowTable).current_key()
        return self.session.participant(key) if key else None

    @writes
    def action_add(self) -> None:
        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.add_participant, name=values["name"])

        self.app.push_screen(form_screen(t("team.add_title"), [
            Field("name", t("field.name").capitalize())], submit, keep_open=True,
            note=t("team.add_note")))

    @writes
    def action_rename(self) -> None:
        person = self._current()
        if person is None:
            return
        pid = person.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.rename_participant, id=pid, name=values["name"])

        self.app.push_screen(form_screen(t("team.rename_title"), [
            Field("name", t("field.name").capitalize(), value=person.name)], submit))

    @writes
    def action_present(self) -> None:
        person = self._current()
        if person is not None:
            self.do(actions.set_present, id=person.id, present=not person.present)

    @writes
    def action_remove(self) -> None:
        person = self._current()
        if person is None:
            return
        result = self.do(actions.remove_participant, id=person.id)
        if result.ok:
            self.notify(t("cli.participant_removed", person=person.name)
                        + (" " + t(result.value) if result.value else ""), timeout=6)

    def action_back(self) -> None:
        self.app.pop_screen()
