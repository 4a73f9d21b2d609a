"""Step 3, plenum: merge the duos' relevant and new cards into the session's principles list."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, language, t
from hefboom_tui.model import actions
from hefboom_tui.model.plenum import PlenumItem, plenum_items
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.chip import chip
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

STATUS_MARK = {"proposed": "?", "accepted": "✓", "dropped": "✗", "merged": "↪"}


class PlenumScreen(SessionScreen):
    """Relevant cards grouped by principle, with who chose them and why."""

    TITLE_KEY = "screen.plenum"
    DETAIL_ID = "plenum-detail"
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="plenum.back"),
        Binding("a", "status('accepted')", N_("key.accept"), id="plenum.accept"),
        Binding("x", "status('dropped')", N_("key.drop"), id="plenum.drop"),
        Binding("u", "status('proposed')", N_("key.undecided"), show=False, id="plenum.reset"),
        Binding("m", "merge", N_("key.merge"), id="plenum.merge"),
    ]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="plenum")
        table.add_columns(t("col.principle"), t("col.status"), t("col.card"), t("col.duos"),
                          t("col.arguments"))
        yield table

    def items(self) -> list[PlenumItem]:
        return [i for group in plenum_items(self.session).values() for i in group]

    def refresh_view(self) -> None:
        rows = []
        items = self.items()
        room = self.text_room(30) // 2
        for item in items:
            status = Text(f"{STATUS_MARK[item.status]} {t('list.' + item.status)}",
                          style="bold" if item.status == "accepted" else "")
            text = item.card.text_in(language()) + (f"  ✦ {t('duos.new')}" if item.is_new else "")
            if item.status == "merged":
                target = self.session.card(item.merged_into)
                text += f"  ↪ {target.text_in(language()) if target else '?'}"
            rows.append((item.card.id, [chip(self.session, item.card), status, cut(text, room),
                                        ", ".join(d.upper() for d in item.duos),
                                        cut(" / ".join(item.arguments), room)]))
        self.query_one(RowTable).fill(rows)
        accepted = sum(1 for i in items if i.status == "accepted")
        self.set_hint(t("plenum.hint", accepted=accepted, total=len(items)) if items
                      else t("plenum.none"))

    def detail(self, table: str, key: str) -> str | Text:
        """The whole card, where it was merged into, and every duo's argument for it."""
        item = next((i for i in self.items() if i.card.id == key), None)
        if item is None:
            return ""
        target = self.session.card(item.merged_into) if item.status == "merged" else None
        new = f"  ✦ {t('duos.new')}" if item.is_new else ""
        return detail(item.card.text_in(language()) + new,
                      ("↪", target.text_in(language()) if target else ""),
                      (t("col.duos"), ", ".join(d.upper() for d in item.duos)),
                      *[(t("field.argument").capitalize(), a) for a in item.arguments])

    def _current(self) -> PlenumItem | None:
        table = self.query_one(RowTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((i for i in self.items() if i.card.id == key), None)

    @writes
    def action_status(self, status: str) -> None:
        item = self._current()
        if item is not None:
            self.do(actions.plenum, card=item.card.id, status=status)
            self.query_one(RowTable).action_cursor_down()

    @writes
    def action_merge(self) -> None:
        item = self._current()
        if item is None:
            return
        # a struck card stays in the list, marked, so that picking it says why it cannot be
        others = [(f"{STATUS_MARK[i.status]} {i.card.text_in(language())[:60]}", i.card.id)
                  for i in self.items() if i.card.id != item.card.id]
        cid = item.card.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.plenum, card=cid, status="merged",
                               merged_into=values["target"])

        self.app.push_screen(form_screen(t("plenum.merge_title"), [
            Field("target", t("plenum.merge_into"), "select", "", others)], submit,
            note=item.card.text_in(language())))

    def action_back(self) -> None:
        self.app.pop_screen()
