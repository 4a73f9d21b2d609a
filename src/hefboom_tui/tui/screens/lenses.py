"""The lenses from the background reading, as a view on the wall: willingness × ability
suggests a way of working; the internal × external contact typology describes the ties."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import (
    CONTACT_EXTERNAL,
    CONTACT_INTERNAL,
    LEVELS,
    initiative_type,
    way_of_working,
)
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut
from hefboom_tui.tui.widgets.row_table import RowTable


class LensesScreen(SessionScreen):
    """Every initiative with its lenses and the way of working they suggest."""

    TITLE_KEY = "screen.lenses"
    DETAIL_ID = "lenses-detail"
    DETAIL_LINES = 3
    ROW_ACTION = "edit"
    BINDINGS = [Binding("escape", "back", N_("key.back"), id="lenses.back"),
                Binding("enter", "edit", N_("key.edit"), id="lenses.edit")]

    def compose_body(self) -> ComposeResult:
        yield Static(t("lenses.explain"), id="lenses-explain", classes="form-note")
        table = RowTable(id="lenses")
        table.add_columns(t("col.code"), t("col.name"), t("field.willingness").capitalize(),
                          t("field.ability").capitalize(), t("lenses.way"),
                          t("field.internal").capitalize(), t("field.external").capitalize(),
                          t("lenses.type"))
        yield table

    def refresh_view(self) -> None:
        rows = []
        for item in self.session.initiatives:
            lens = item.lenses
            way = way_of_working(lens)
            rows.append((item.id, [item.code, cut(item.name, 16),
                                   t(f"level.{lens.willingness or 'open'}"),
                                   t(f"level.{lens.ability or 'open'}"),
                                   t(f"way.{way}") if way else "–",
                                   t(f"internal.{lens.internal}") if lens.internal else "–",
                                   t(f"external.{lens.external}") if lens.external else "–",
                                   t(f"type.{kind}") if (kind := initiative_type(lens)) else "–"]))
        self.query_one(RowTable).fill(rows)
        self.set_hint(t("lenses.hint"))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name."""
        item = self.session.initiative(key)
        return f"{item.code} {item.name}" if item is not None else ""

    @writes
    def action_edit(self) -> None:
        item = self.current_initiative()
        if item is None:
            return
        lens, iid = item.lenses, item.id
        fields = [
            Field("willingness", t("field.willingness").capitalize(), "select", lens.willingness,
                  [(t(f"level.{v}"), v) for v in LEVELS if v]),
            Field("ability", t("field.ability").capitalize(), "select", lens.ability,
                  [(t(f"level.{v}"), v) for v in LEVELS if v]),
            Field("internal", t("field.internal").capitalize(), "select", lens.internal,
                  [(t(f"internal.{v}"), v) for v in CONTACT_INTERNAL if v]),
            Field("external", t("field.external").capitalize(), "select", lens.external,
                  [(t(f"external.{v}"), v) for v in CONTACT_EXTERNAL if v]),
        ]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_lenses, id=iid, **values)

        self.app.push_screen(form_screen(f"{item.code} {item.name}", fields, submit,
                                         note=t("lenses.explain")))

    def action_back(self) -> None:
        self.app.pop_screen()
