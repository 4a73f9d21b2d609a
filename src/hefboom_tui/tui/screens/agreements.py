"""Step 6: practical agreements per chosen initiative: who visits, when (date and time), how
long, and what the visitor still needs for the visit (G shows the visit's guide)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.choose import round_items
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable


class AgreementsScreen(SessionScreen):
    """A table of the chosen initiatives and who visits them when."""

    TITLE_KEY = "screen.agreements"
    DETAIL_ID = "agreements-detail"
    ROW_ACTION = "edit"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("enter", "edit", N_("key.agreement"), id="agreements.edit"),
        Binding("a", "all_rounds", N_("key.all_rounds"), id="agreements.all"),
        Binding("g", "guide", N_("key.guide"), id="agreements.guide"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="agreements")
        # the time needed and what the visitor still needs: in the detail pane
        table.add_columns(t("col.code"), t("col.name"), t("field.visitors").capitalize(),
                          t("field.date").capitalize())
        yield table

    def refresh_view(self) -> None:
        names = {p.id: p.name for p in self.session.participants}
        items = round_items(self, self.show_all, only_chosen=True)
        rows = []
        room = self.text_room(34) // 2
        for item in items:
            a = item.agreement
            rows.append((item.id, [item.code, cut(item.name, room),
                                   cut(", ".join(names.get(v, "?") for v in a.visitors), room)
                                   or "–",
                                   f"{a.date} {a.time}".strip() or "–"]))
        self.query_one(RowTable).fill(rows)
        done = sum(1 for i in items if i.agreement.visitors and i.agreement.date)
        self.set_hint(t("agreements.hint", done=done, total=len(items)) if items
                      else t("agreements.none"))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name and the agreements for its visit."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        a = item.agreement
        return detail(f"{item.code} {item.name}",
                      (t("field.visitors").capitalize(),
                       ", ".join(self.session.names_of(a.visitors))),
                      (t("field.date").capitalize(), f"{a.date} {a.time}".strip()),
                      (t("field.time_needed").capitalize(), a.time_needed),
                      (t("agreement.visitor_needs"), a.visitor_needs))

    @writes
    def action_edit(self) -> None:
        item = self.current_initiative()
        if item is None:
            return
        iid, a = item.id, item.agreement
        people = [(p.name, p.id) for p in self.session.participants]
        fields = [
            Field("visitors", t("field.visitors").capitalize(), "people", list(a.visitors), people),
            Field("date", t("field.date").capitalize(), value=a.date,
                  placeholder=t("agreement.date_hint")),
            Field("time", t("agreement.time"), value=a.time, placeholder="14:00"),
            Field("time_needed", t("field.time_needed").capitalize(), value=a.time_needed,
                  placeholder=t("agreement.time_hint")),
            Field("visitor_needs", t("agreement.visitor_needs"), "text", a.visitor_needs),
        ]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_agreement, id=iid, **values)

        note = "" if people else t("agreement.no_team")
        self.app.push_screen(form_screen(t("agreement.title", code=item.code, name=item.name),
                                        fields, submit, note=note))

    def action_guide(self) -> None:
        from hefboom_tui.tui.screens.guide import open_guide

        item = self.current_initiative()
        open_guide(self.app, item.id if item else "")

    def action_all_rounds(self) -> None:
        self.show_all = not self.show_all
        self.refresh_all()
