"""Step 4: each duo marks which initiatives on the wall are strong; tally and ranking."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.model.plenum import strong_ranking
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.widgets.row_table import RowTable


class StrongScreen(SessionScreen):
    """A matrix: initiatives down, duos across; Space toggles a strong mark."""

    TITLE_KEY = "screen.strong"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("space,enter", "toggle_strong", t("key.strong_toggle"), id="strong.toggle"),
        Binding("o", "order", t("key.order"), id="strong.order"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ranked = False
        self._duo_ids: list[str] = []

    def compose_body(self) -> ComposeResult:
        yield RowTable(id="strong", cursor_type="cell")

    def refresh_view(self) -> None:
        s = self.session
        table: DataTable[Any] = self.query_one(RowTable)
        duo_ids = [d.id for d in s.duos]
        row, col = table.cursor_coordinate
        if duo_ids != self._duo_ids or not table.columns:
            table.clear(columns=True)
            table.add_columns(t("col.code"), t("col.name"), *[d.upper() for d in duo_ids],
                              t("col.total"), t("col.rank"))
            self._duo_ids = duo_ids
        else:
            table.clear()
        marks = {(m.duo, m.initiative) for m in s.strong_marks}
        ranking = {iid: (r, n) for r, iid, n in strong_ranking(s)}
        items = list(s.initiatives)
        if self.ranked:
            items.sort(key=lambda i: ranking[i.id][0])
        for item in items:
            r, n = ranking[item.id]
            cells = [Text("✓", style="bold") if (d, item.id) in marks else "·" for d in duo_ids]
            table.add_row(item.code, item.name[:30], *cells, str(n), f"#{r}", key=item.id)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), column=col)
        codes = {i.id: i.code for i in s.initiatives}
        top = [f"{r}. {codes[i]}" for r, i, n in strong_ranking(s)[:5] if n]
        if not duo_ids:
            self.set_hint(t("strong.no_duos"))
        else:
            self.set_hint(t("strong.hint", top=", ".join(top) or "–"))

    def action_toggle_strong(self) -> None:
        table = self.query_one(RowTable)
        if not table.row_count:
            return
        row, col = table.cursor_coordinate
        index = col - 2
        if not 0 <= index < len(self._duo_ids):
            self.notify(t("strong.pick_duo_column"), timeout=3)
            return
        iid = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.do(actions.toggle_strong, duo=self._duo_ids[index], initiative=str(iid))

    def action_order(self) -> None:
        self.ranked = not self.ranked
        self.refresh_view()
