"""Step 4: each duo marks which initiatives on the wall are strong, with the accepted
principles list beside the matrix; tally and ranking."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Static

from hefboom_tui.i18n import N_, language, t
from hefboom_tui.model import actions
from hefboom_tui.model.change import Change
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable


def mark(duo: str, initiative: str, marks: set[tuple[str, str]]) -> Text | str:
    """The cell of one duo × initiative: a bold ✓ when marked strong, else a dot."""
    return Text("✓", style="bold") if (duo, initiative) in marks else "·"


class StrongScreen(SessionScreen):
    """A matrix: initiatives down, duos across; Space toggles a strong mark."""

    TITLE_KEY = "screen.strong"
    DETAIL_ID = "strong-detail"
    DETAIL_LINES = 3
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("space,enter", "toggle_strong", N_("key.strong_toggle"), id="strong.toggle"),
        Binding("o", "order", N_("key.order"), id="strong.order"),
        Binding("l", "principles", N_("key.principles_side"), id="strong.principles"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ranked = False
        self._duo_ids: list[str] = []
        self._shown: dict[str, tuple[str, str]] = {}  # initiative id -> (total, rank) on screen

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="strong-panes"):
            yield RowTable(id="strong", cursor_type="cell")
            with VerticalScroll(id="strong-side"):
                yield Static("", id="strong-principles")

    def _show_principles(self) -> None:
        """The accepted principles, grouped by principle: what "strong" is judged against."""
        s = self.session
        cards = principles_list(s)
        lines = [f"[b]{t('strong.principles_title')}[/b]"]
        for principle in s.principles:
            mine = [c for c in cards if c.principle == principle.id]
            if mine:
                name = escape(principle.name_in(language()))
                lines.append(f"[{principle.colour}]█[/] [b]{name}[/b]")
                lines += [f"  • {escape(c.text_in(language()))}" for c in mine]
        if not cards:
            lines.append(t("strong.principles_none"))
        self.query_one("#strong-principles", Static).update("\n".join(lines))

    def action_principles(self) -> None:
        side = self.query_one("#strong-side")
        side.display = not side.display

    def refresh_view(self) -> None:
        s = self.session
        self._show_principles()
        table: DataTable[Any] = self.query_one(RowTable)
        duo_ids = [d.id for d in s.duos]
        row, col = table.cursor_coordinate
        if duo_ids != self._duo_ids or not table.columns:
            table.clear(columns=True)
            table.add_column(t("col.code"), key="code")
            table.add_column(t("col.name"), key="name")
            for duo_id in duo_ids:
                table.add_column(duo_id.upper(), key=duo_id)
            table.add_column(t("col.total"), key="total")
            table.add_column(t("col.rank"), key="rank")
            self._duo_ids = duo_ids
        else:
            table.clear()
        marks = {(m.duo, m.initiative) for m in s.strong_marks}
        ranking = {iid: (r, n) for r, iid, n in strong_ranking(s)}
        items = list(s.initiatives)
        if self.ranked:
            items.sort(key=lambda i: ranking[i.id][0])
        self._shown = {}
        room = self.text_room(28 + 4 * len(duo_ids), 0.66)
        for item in items:
            r, n = ranking[item.id]
            cells = [mark(d, item.id, marks) for d in duo_ids]
            self._shown[item.id] = (str(n), f"#{r}")
            table.add_row(item.code, cut(item.name, room), *cells, str(n), f"#{r}",
                          key=item.id)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), column=col)
        self._show_top()

    def session_changed(self, change: Change) -> None:
        """A mark toggled: redraw that cell and the totals and ranks that moved, nothing else
        (a full redraw of 200 rows × 20 duos took half a second per Space)."""
        s = self.session
        if (not change.only("toggle_strong") or self.ranked
                or [d.id for d in s.duos] != self._duo_ids
                or len(self._shown) != len(s.initiatives)):
            super().session_changed(change)
            return
        self.refresh_header()
        marks = {(m.duo, m.initiative) for m in s.strong_marks}
        cells: list[tuple[str, str, Any]] = []
        for step in change.steps:
            duo, iid = str(step.params["duo"]), str(step.params["initiative"])
            if iid in self._shown:
                cells.append((iid, duo, mark(duo, iid, marks)))
        for r, iid, n in strong_ranking(s):
            now = (str(n), f"#{r}")
            if self._shown.get(iid) != now:
                self._shown[iid] = now
                cells += [(iid, "total", now[0]), (iid, "rank", now[1])]
        self.query_one(RowTable).set_cells(cells)
        self._show_top()
        self.show_detail()  # it names the duos that marked the initiative

    def _show_top(self) -> None:
        s = self.session
        codes = {i.id: i.code for i in s.initiatives}
        top = [f"{r}. {codes[i]}" for r, i, n in strong_ranking(s)[:5] if n]
        if not s.duos:
            self.set_hint(t("strong.no_duos"))
        else:
            self.set_hint(t("strong.hint", top=", ".join(top) or "–"))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name and the duos that find it strong."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        duos = [m.duo.upper() for m in self.session.strong_marks if m.initiative == item.id]
        return detail(f"{item.code} {item.name}", (t("col.duos"), ", ".join(duos) or "–"))

    @writes
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
        self.refresh_all()
